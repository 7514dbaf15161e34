import type { K8sRule } from '../types';
import { describeExceptions, exceptionFor } from './exceptions';
import { perContainer, podSpecOf } from './pods';

/** Containers are not privileged. */
export const NoPrivilegedContainers: K8sRule = {
  id: 'k8s/NoPrivilegedContainers',
  area: 'k8s',
  severity: 'error',
  message: 'Containers are not privileged',
  explanation:
    'A privileged container has every capability and every device of the node: it is root on the node. ' +
    'Checks securityContext.privileged of every container and init container of pod workloads. ' +
    `Named exceptions (synth/gates/policy/k8s/exceptions.ts): ${describeExceptions('privileged')}. ` +
    'Fix: drop privileged and add the one capability the process needs.',
  check: (obj) => {
    if (!podSpecOf(obj)) return 'not-applicable';
    if (exceptionFor(obj.metadata?.namespace, 'privileged')) return 'compliant';
    return perContainer(obj, ({ label, c }) => (c.securityContext?.privileged === true ? `${label} is privileged` : undefined));
  },
};
