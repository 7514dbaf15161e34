/**
 * Helpers the Kubernetes rules share: where a workload keeps its pod spec, its containers, the
 * effective security context, label selectors, and which namespaces run pods.
 */
import type { CheckResult, K8sContext, K8sObject, RuleFinding } from '../types';

export type Json = any;

/** Kinds whose objects carry a pod template (or are a pod), and where. */
export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'] as const;

export function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The pod spec of a workload object; undefined for every other object. */
export function podSpecOf(obj: K8sObject): Record<string, Json> | undefined {
  const o = obj as Json;
  let spec: unknown;
  switch (obj.kind) {
    case 'Pod':
      spec = o.spec;
      break;
    case 'CronJob':
      spec = o.spec?.jobTemplate?.spec?.template?.spec;
      break;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      spec = o.spec?.template?.spec;
      break;
    default:
      return undefined;
  }
  return isObject(spec) ? spec : {};
}

/** Labels of the pods a workload creates. */
export function podLabelsOf(obj: K8sObject): Record<string, string> {
  const o = obj as Json;
  if (obj.kind === 'Pod') return o.metadata?.labels ?? {};
  if (obj.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {};
  return o.spec?.template?.metadata?.labels ?? {};
}

export interface ContainerRef {
  /** `container "x"` or `initContainer "x"`, for details. */
  readonly label: string;
  readonly init: boolean;
  readonly c: Record<string, Json>;
}

/** Containers and init containers of a pod spec. */
export function containersOf(spec: Record<string, Json>, opts: { init?: boolean } = { init: true }): ContainerRef[] {
  const list = (key: string, init: boolean): ContainerRef[] =>
    (Array.isArray(spec[key]) ? spec[key] : []).filter(isObject).map((c: Record<string, Json>) => ({ label: `${init ? 'initContainer' : 'container'} "${c.name ?? '?'}"`, init, c }));
  return [...(opts.init ? list('initContainers', true) : []), ...list('containers', false)];
}

/**
 * A security-context field as Kubernetes applies it to a container: the container's value, else
 * the pod's. Only fields that exist at both levels merge (runAsNonRoot, runAsUser, runAsGroup,
 * seccompProfile, seLinuxOptions, windowsOptions); allowPrivilegeEscalation, capabilities,
 * privileged and readOnlyRootFilesystem exist only on containers.
 */
export function effective(spec: Record<string, Json>, c: Record<string, Json>, field: string): unknown {
  const own = c.securityContext?.[field];
  return own !== undefined ? own : spec.securityContext?.[field];
}

/** `clusters/<cluster>/<Kind>/<namespace|_>/<name>` without the cluster prefix, for details. */
export function shortRef(obj: K8sObject): string {
  return `${obj.kind}/${obj.metadata?.namespace ?? '_'}/${obj.metadata?.name ?? '?'}`;
}

/** Runs `f` over every container of a workload; not-applicable for other objects. */
export function perContainer(obj: K8sObject, f: (c: ContainerRef, spec: Record<string, Json>) => string | undefined, opts: { init?: boolean } = { init: true }): CheckResult {
  const spec = podSpecOf(obj);
  if (!spec) return 'not-applicable';
  const out: RuleFinding[] = [];
  for (const c of containersOf(spec, opts)) {
    const detail = f(c, spec);
    if (detail) out.push({ detail });
  }
  return out;
}

/** A LabelSelector (matchLabels, matchExpressions) against labels. An empty selector matches everything. */
export function selectorMatches(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  if (!isObject(selector)) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values: string[] = Array.isArray(e.values) ? e.values : [];
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[e.key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** True for a selector that selects every pod: absent fields, or `{}`. */
export function selectsAll(selector: unknown): boolean {
  if (selector === undefined || selector === null) return true;
  if (!isObject(selector)) return false;
  const labels = selector.matchLabels ?? {};
  const exprs = selector.matchExpressions ?? [];
  return isObject(labels) && Object.keys(labels).length === 0 && Array.isArray(exprs) && exprs.length === 0;
}

const group = (obj: K8sObject) => (obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '');

/** Custom resources whose operators run pods in the resource's namespace. */
export const POD_RUNNING_RESOURCES: readonly { readonly group: string; readonly kind: string }[] = [
  { group: 'postgresql.cnpg.io', kind: 'Cluster' },
  { group: 'kafka.strimzi.io', kind: 'Kafka' },
  { group: 'kafka.strimzi.io', kind: 'KafkaNodePool' },
  { group: 'monitoring.coreos.com', kind: 'Prometheus' },
  { group: 'monitoring.coreos.com', kind: 'Alertmanager' },
];

/**
 * The namespace an object makes pods run in, if it does: a workload's own namespace, a Flux
 * HelmRelease's `spec.targetNamespace` (else its namespace), an Argo CD Application with a Helm
 * chart source's `spec.destination.namespace`, a pod-running custom resource's namespace.
 */
export function podNamespaceOf(obj: K8sObject): string | undefined {
  const o = obj as Json;
  const ns = obj.metadata?.namespace;
  if (podSpecOf(obj)) return ns;
  if (obj.kind === 'HelmRelease' && group(obj) === 'helm.toolkit.fluxcd.io') return o.spec?.targetNamespace ?? ns;
  if (obj.kind === 'Application' && group(obj) === 'argoproj.io') {
    const sources = [o.spec?.source, ...(Array.isArray(o.spec?.sources) ? o.spec.sources : [])].filter(isObject);
    if (sources.some((s) => s.chart !== undefined || s.helm !== undefined)) return o.spec?.destination?.namespace;
    return undefined;
  }
  if (POD_RUNNING_RESOURCES.some((r) => r.group === group(obj) && r.kind === obj.kind)) return ns;
  return undefined;
}

/** Objects of the cluster that run pods in `namespace`. */
export function podSourcesIn(ctx: K8sContext, namespace: string): K8sObject[] {
  return ctx.objects.filter((o) => podNamespaceOf(o) === namespace);
}
