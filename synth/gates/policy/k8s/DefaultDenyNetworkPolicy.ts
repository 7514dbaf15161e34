import type { K8sObject, K8sRule } from '../types';
import { isObject, podSourcesIn, selectsAll, type Json } from './pods';

/** A NetworkPolicy that denies all ingress to every pod of its namespace. */
export function isDefaultDenyIngress(np: K8sObject): boolean {
  if (np.kind !== 'NetworkPolicy' || !np.apiVersion?.startsWith('networking.k8s.io/')) return false;
  const spec = (np as Json).spec;
  if (!isObject(spec) || !selectsAll(spec.podSelector ?? {})) return false;
  // Without policyTypes a policy is an Ingress policy (plus Egress when it has egress rules).
  const types: unknown[] = Array.isArray(spec.policyTypes) ? spec.policyTypes : ['Ingress'];
  const ingress = spec.ingress;
  return types.includes('Ingress') && (ingress === undefined || ingress === null || (Array.isArray(ingress) && ingress.length === 0));
}

/** Every namespace that runs pods denies ingress by default. */
export const DefaultDenyNetworkPolicy: K8sRule = {
  id: 'k8s/DefaultDenyNetworkPolicy',
  area: 'k8s',
  severity: 'error',
  message: 'Namespaces that run pods have a default-deny ingress NetworkPolicy',
  explanation:
    'Kubernetes allows all traffic between pods until a NetworkPolicy selects them: per-app policies protect only the pods they select, and any pod added later ' +
    '(a chart upgrade, a debug pod, an operator\'s pods) is open to the whole cluster. A default-deny policy makes "allowed" the exception. ' +
    'Checks every Namespace object of the tree whose namespace runs pods, looking at the whole cluster: pod workloads, Flux HelmReleases (targetNamespace, else their namespace), ' +
    'Argo CD Applications with a Helm source (destination namespace), and operator resources that run pods (CloudNativePG Cluster, Strimzi Kafka/KafkaNodePool, Prometheus, Alertmanager). ' +
    'It needs a NetworkPolicy in that namespace with podSelector {}, policyTypes including Ingress and no ingress rules. ' +
    'Fix: add that policy plus allow rules for the traffic the namespace needs (ingress controller, Prometheus, API-server webhooks, peers).',
  check: (obj, ctx) => {
    if (obj.kind !== 'Namespace') return 'not-applicable';
    const ns = obj.metadata?.name;
    if (!ns) return 'not-applicable';
    const sources = podSourcesIn(ctx, ns);
    if (!sources.length) return 'not-applicable';
    if (ctx.objects.some((o) => o.metadata?.namespace === ns && isDefaultDenyIngress(o))) return 'compliant';
    const names = sources.map((s) => `${s.kind} ${s.metadata?.namespace === ns ? '' : `${s.metadata?.namespace}/`}${s.metadata?.name}`);
    const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
    return [{ detail: `namespace ${ns} runs pods (${shown}) and has no NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules` }];
  },
};
