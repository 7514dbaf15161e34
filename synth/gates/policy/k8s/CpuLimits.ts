import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** Every container and init container has a CPU limit. */
export const CpuLimits: K8sRule = {
  id: 'k8s/CpuLimits',
  area: 'k8s',
  severity: 'warning',
  message: 'Containers set a CPU limit',
  explanation:
    'A CPU limit bounds what one container can take from its neighbours on a node. It is a warning, not an error: CPU is compressible, and leaving it unlimited ' +
    '(requests only) is a defensible choice that avoids CFS throttling of latency-sensitive services; where that is the intent, suppress the finding with that reason. ' +
    'Checks resources.limits.cpu of every container and init container of pod workloads. ' +
    'Fix: set a CPU limit (for seed apps, AppSpec.resources.cpuLimit).',
  check: (obj) => perContainer(obj, ({ label, c }) => (c.resources?.limits?.cpu === undefined ? `${label} has no resources.limits.cpu` : undefined)),
};
