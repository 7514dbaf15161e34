import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** Every container and init container has a memory limit. */
export const MemoryLimits: K8sRule = {
  id: 'k8s/MemoryLimits',
  area: 'k8s',
  severity: 'error',
  message: 'Containers set a memory limit',
  explanation:
    'Memory is not compressible: a container without a limit can take a node\'s memory until the kernel OOM-kills other pods or the kubelet. ' +
    'Checks resources.limits.memory of every container and init container of pod workloads. ' +
    'Fix: set a memory limit (for seed apps, AppSpec.resources.memoryLimit, which defaults to the request).',
  check: (obj) => perContainer(obj, ({ label, c }) => (c.resources?.limits?.memory === undefined ? `${label} has no resources.limits.memory` : undefined)),
};
