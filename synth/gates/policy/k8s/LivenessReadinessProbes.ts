import type { K8sRule } from '../types';
import { perContainer, shortRef } from './pods';

/**
 * Named exceptions, by `<Kind>/<namespace>/<name>`: workloads whose image has nothing a probe could
 * run or call. Each names why; anything else gets no such allowance.
 */
export const PROBE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'Deployment/system-upgrade/system-upgrade-controller':
    'the image holds only the controller binary (no shell) and the controller serves no port; it exits when it loses its leader lease or the API server, and Kubernetes restarts it',
};

/** Long-running workloads probe their containers. */
export const LivenessReadinessProbes: K8sRule = {
  id: 'k8s/LivenessReadinessProbes',
  area: 'k8s',
  severity: 'error',
  message: 'Containers of Deployments and StatefulSets have liveness and readiness probes',
  explanation:
    'Without a readiness probe a Service sends traffic to a pod before it can answer, and rolling updates cannot tell a broken version from a working one; ' +
    'without a liveness probe a hung process is never restarted. ' +
    'Checks livenessProbe and readinessProbe of every container (not init containers, which run to completion) of Deployments and StatefulSets. ' +
    `Named exceptions (synth/gates/policy/k8s/LivenessReadinessProbes.ts): ${Object.entries(PROBE_EXCEPTIONS).map(([ref, why]) => `${ref}: ${why}`).join('; ')}. ` +
    'Fix: add both probes (for seed apps, AppSpec.probes).',
  check: (obj) => {
    if (obj.kind !== 'Deployment' && obj.kind !== 'StatefulSet') return 'not-applicable';
    if (Object.prototype.hasOwnProperty.call(PROBE_EXCEPTIONS, shortRef(obj))) return 'compliant';
    return perContainer(
      obj,
      ({ label, c }) => {
        const missing = ['livenessProbe', 'readinessProbe'].filter((p) => c[p] === undefined);
        return missing.length ? `${label} has no ${missing.join(' or ')}` : undefined;
      },
      { init: false },
    );
  },
};
