import type { K8sRule, RuleFinding } from '../types';
import { describeExceptions, exceptionFor } from './exceptions';
import { containersOf, isObject, podSpecOf } from './pods';

/** Pods stay in their own network, PID and IPC namespaces. */
export const NoHostNetwork: K8sRule = {
  id: 'k8s/NoHostNetwork',
  area: 'k8s',
  severity: 'error',
  message: 'Pods use no host namespaces (hostNetwork, hostPID, hostIPC) or host ports',
  explanation:
    'A pod on the host network bypasses NetworkPolicies and can bind and sniff the node\'s interfaces; hostPID and hostIPC expose every process of the node; a hostPort opens the node\'s address. ' +
    'Checks hostNetwork, hostPID, hostIPC and the containers\' ports[].hostPort of every pod workload. ' +
    `Named exceptions (synth/gates/policy/k8s/exceptions.ts): ${describeExceptions('hostNetwork')}. ` +
    'Fix: expose the pod through a Service (LoadBalancer or NodePort) instead.',
  check: (obj) => {
    const spec = podSpecOf(obj);
    if (!spec) return 'not-applicable';
    if (exceptionFor(obj.metadata?.namespace, 'hostNetwork')) return 'compliant';
    const out: RuleFinding[] = [];
    for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[f] === true) out.push({ detail: `the pod sets ${f}: true` });
    for (const { label, c } of containersOf(spec)) {
      for (const p of Array.isArray(c.ports) ? c.ports : []) {
        if (isObject(p) && p.hostPort !== undefined && p.hostPort !== 0) out.push({ detail: `${label} binds hostPort ${p.hostPort}` });
      }
    }
    return out;
  },
};
