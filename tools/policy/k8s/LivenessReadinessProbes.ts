import type { K8sRule } from '../types';
import { perContainer } from './pods';

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
    'Fix: add both probes (for seed apps, AppSpec.probes).',
  check: (obj) => {
    if (obj.kind !== 'Deployment' && obj.kind !== 'StatefulSet') return 'not-applicable';
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
