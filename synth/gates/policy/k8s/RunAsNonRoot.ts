import type { K8sRule } from '../types';
import { describeExceptions, exceptionFor } from './exceptions';
import { effective, perContainer, podSpecOf } from './pods';

/** Containers cannot run as root. */
export const RunAsNonRoot: K8sRule = {
  id: 'k8s/RunAsNonRoot',
  area: 'k8s',
  severity: 'error',
  message: 'Containers run with runAsNonRoot: true',
  explanation:
    'A process running as UID 0 in a container is root on the node as soon as anything else goes wrong (a kernel bug, a host mount, an added capability). ' +
    'Checks that securityContext.runAsNonRoot is true for every container and init container, taking the container\'s value, else the pod\'s (as Kubernetes merges them), ' +
    'and that runAsUser is not 0 at either level. ' +
    `Named exceptions (synth/gates/policy/k8s/exceptions.ts): ${describeExceptions('root')}. ` +
    'Fix: set runAsNonRoot: true and a non-zero runAsUser in the pod securityContext.',
  check: (obj) => {
    if (!podSpecOf(obj)) return 'not-applicable';
    if (exceptionFor(obj.metadata?.namespace, 'root')) return 'compliant';
    return perContainer(obj, ({ label, c }, spec) => {
      if (effective(spec, c, 'runAsUser') === 0) return `${label} runs as user 0`;
      const v = effective(spec, c, 'runAsNonRoot');
      if (v === true) return undefined;
      return v === undefined ? `${label} does not set runAsNonRoot (pod or container securityContext)` : `${label} sets runAsNonRoot: ${JSON.stringify(v)}`;
    });
  },
};
