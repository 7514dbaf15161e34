import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** Every container and init container requests CPU and memory. */
export const ResourceRequests: K8sRule = {
  id: 'k8s/ResourceRequests',
  area: 'k8s',
  severity: 'error',
  message: 'Containers request CPU and memory',
  explanation:
    'The scheduler places pods by their requests: a container without them can land on a full node and is the first evicted under pressure (QoS BestEffort). ' +
    'Checks resources.requests.cpu and resources.requests.memory of every container and init container of Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs. ' +
    'Fix: set both requests in the workload (for seed apps, AppSpec.resources.cpu/memory).',
  check: (obj) =>
    perContainer(obj, ({ label, c }) => {
      const missing = ['cpu', 'memory'].filter((r) => c.resources?.requests?.[r] === undefined);
      return missing.length ? `${label} has no ${missing.map((r) => `resources.requests.${r}`).join(' or ')}` : undefined;
    }),
};
