import type { K8sObject, K8sRule } from '../types';
import { podLabelsOf, selectorMatches, type Json } from './pods';

const SCALABLE = ['Deployment', 'StatefulSet', 'ReplicaSet'];

/** The replica count a workload runs with at least: the HPA's minReplicas when one targets it, else spec.replicas (default 1). */
export function minReplicas(obj: K8sObject, objects: readonly K8sObject[]): number {
  const hpa = objects.find(
    (o) =>
      o.kind === 'HorizontalPodAutoscaler' &&
      o.metadata?.namespace === obj.metadata?.namespace &&
      (o as Json).spec?.scaleTargetRef?.kind === obj.kind &&
      (o as Json).spec?.scaleTargetRef?.name === obj.metadata?.name,
  );
  if (hpa) return Number((hpa as Json).spec?.minReplicas ?? 1);
  return Number((obj as Json).spec?.replicas ?? 1);
}

/** Replicated workloads keep some pods through voluntary disruptions (drains, upgrades). */
export const PodDisruptionBudget: K8sRule = {
  id: 'k8s/PodDisruptionBudget',
  area: 'k8s',
  severity: 'warning',
  message: 'Workloads with more than one replica are covered by a PodDisruptionBudget that allows disruptions',
  explanation:
    'A node drain (k3s upgrade, maintenance) evicts pods without regard for the service: without a PDB, every replica can be evicted at once. ' +
    'A PDB that allows no disruption (maxUnavailable 0, or minAvailable equal to the replicas) blocks drains instead. ' +
    'Checks Deployments, StatefulSets and ReplicaSets whose replicas (or, when a HorizontalPodAutoscaler targets them, its minReplicas) exceed 1: ' +
    'a PodDisruptionBudget in the same namespace must select their pod labels, and allow at least one disruption. ' +
    'Fix: a PDB with minAvailable 1 or maxUnavailable 1 selecting the pods (seed apps get one when replicas > 1).',
  check: (obj, ctx) => {
    if (!SCALABLE.includes(obj.kind ?? '')) return 'not-applicable';
    const replicas = minReplicas(obj, ctx.objects);
    if (!(replicas > 1)) return 'not-applicable';
    const labels = podLabelsOf(obj);
    const pdbs = ctx.objects.filter((o) => o.kind === 'PodDisruptionBudget' && o.metadata?.namespace === obj.metadata?.namespace && selectorMatches((o as Json).spec?.selector, labels));
    if (!pdbs.length) return [{ detail: `${replicas} replicas and no PodDisruptionBudget selects its pods` }];
    const blocking = pdbs.filter((p) => {
      const s = (p as Json).spec ?? {};
      if (s.maxUnavailable === 0 || s.maxUnavailable === '0%') return true;
      if (s.minAvailable === '100%') return true;
      return typeof s.minAvailable === 'number' && s.minAvailable >= replicas;
    });
    if (blocking.length === pdbs.length) return [{ detail: `PodDisruptionBudget ${blocking.map((p) => p.metadata?.name).join(', ')} allows no disruption of its ${replicas} replicas` }];
    return 'compliant';
  },
};
