/**
 * Objects that hold data, and how the GitOps engine is kept from deleting them.
 *
 * Flux prunes (deletes) every object that leaves the Git tree, and Argo CD does the same with
 * automated prune: dropping a PersistentVolumeClaim, a PostgreSQL `Cluster` or a `Kafka` from the
 * tree, or the Namespace holding them, would delete the data with it. `protectState` marks every
 * such object of a cluster's tree (one pass over the finished tree, so no component can forget
 * it) with the engine's "never prune" annotation; the synth's data-loss guard (synth/gates/data-loss.ts)
 * refuses an output that drops one unless the site declares the removal.
 */
import type { Engine } from './context';
import type { ClusterTree } from './tree';

/** Kinds whose objects hold data, by API group (`''`: the core group). */
export const STATEFUL_KINDS: readonly { readonly group: string; readonly kind: string }[] = [
  { group: '', kind: 'PersistentVolumeClaim' },
  { group: '', kind: 'PersistentVolume' },
  { group: 'apps', kind: 'StatefulSet' },
  { group: 'postgresql.cnpg.io', kind: 'Cluster' },
  { group: 'kafka.strimzi.io', kind: 'Kafka' },
  { group: 'kafka.strimzi.io', kind: 'KafkaNodePool' },
  { group: 'longhorn.io', kind: 'Volume' },
  { group: 'elasticsearch.k8s.elastic.co', kind: 'Elasticsearch' },
];

/** The annotation (name, value) that keeps an object from being pruned, per engine. */
export const KEEP_ANNOTATION: Readonly<Record<Engine, readonly [string, string]>> = {
  // Flux leaves the object in the cluster when it leaves the source, and when the Kustomization is deleted.
  flux: ['kustomize.toolkit.fluxcd.io/prune', 'disabled'],
  // Argo CD: not pruned when it leaves the source, not deleted with its Application (which has the cascading finalizer).
  argocd: ['argocd.argoproj.io/sync-options', 'Prune=false,Delete=false'],
};

/** What the checks need of an object: its apiVersion, kind, metadata. */
export interface ObjectMeta {
  readonly apiVersion?: unknown;
  readonly kind?: unknown;
  readonly metadata?: { readonly namespace?: unknown; readonly name?: unknown; readonly annotations?: unknown } | unknown;
}

const groupOf = (apiVersion: unknown) => (typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');

/** True when the object is of a kind that holds data (STATEFUL_KINDS). */
export function isStatefulKind(obj: ObjectMeta): boolean {
  const group = groupOf(obj.apiVersion);
  return STATEFUL_KINDS.some((k) => k.kind === obj.kind && k.group === group);
}

function annotationsOf(obj: ObjectMeta): Record<string, unknown> {
  const meta = obj.metadata as { annotations?: unknown } | undefined;
  const a = meta?.annotations;
  return a && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : {};
}

/** True when the object carries either engine's "never prune" annotation. */
export function isKeptFromPruning(obj: ObjectMeta): boolean {
  const a = annotationsOf(obj);
  const sync = a[KEEP_ANNOTATION.argocd[0]];
  return a[KEEP_ANNOTATION.flux[0]] === KEEP_ANNOTATION.flux[1] || (typeof sync === 'string' && sync.split(',').some((o) => o.trim() === 'Prune=false'));
}

/** Adds the engine's "never prune" annotation to the object (merging Argo CD's sync options). */
function keep(obj: Record<string, unknown>, engine: Engine): void {
  const meta = ((obj.metadata ??= {}) as Record<string, unknown>);
  const annotations = { ...((meta.annotations as Record<string, string> | undefined) ?? {}) };
  const [key, value] = KEEP_ANNOTATION[engine];
  if (engine === 'argocd' && annotations[key]) {
    const options = annotations[key].split(',').map((o) => o.trim()).filter((o) => o && !/^(Prune|Delete)=/.test(o));
    annotations[key] = [...options, value].join(',');
  } else annotations[key] = value;
  meta.annotations = annotations;
}

/**
 * A chart release into a namespace holding data (a Flux HelmRelease there, an Argo CD Application
 * deploying there): pruning it uninstalls the chart, with the settings of the volumes it manages
 * (Longhorn's replica counts, backup target and recurring jobs; Prometheus' and Loki's storage).
 */
function isDataRelease(obj: ObjectMeta & { spec?: unknown }, namespaces: ReadonlySet<string>): boolean {
  const group = groupOf(obj.apiVersion);
  if (obj.kind === 'HelmRelease' && group === 'helm.toolkit.fluxcd.io') {
    const ns = (obj.metadata as { namespace?: unknown } | undefined)?.namespace;
    return typeof ns === 'string' && namespaces.has(ns);
  }
  if (obj.kind === 'Application' && group === 'argoproj.io') {
    const ns = (obj.spec as { destination?: { namespace?: unknown } } | undefined)?.destination?.namespace;
    return typeof ns === 'string' && namespaces.has(ns);
  }
  return false;
}

/**
 * Marks the objects of a cluster's tree that hold data with the engine's "never prune"
 * annotation: every object of a STATEFUL_KINDS kind, every Namespace that holds one or that
 * is in `dataNamespaces` (namespaces whose charts keep volumes: deleting a namespace deletes the
 * PersistentVolumeClaims in it), and the chart releases into those namespaces. Returns the ids (`<Kind>/<namespace|_>/<name>`) it marked.
 */
export function protectState(tree: ClusterTree, engine: Engine, dataNamespaces: Iterable<string> = []): string[] {
  const namespaces = new Set(dataNamespaces);
  const all = [...tree.values()].flat();
  for (const obj of all) {
    const ns = (obj.metadata as { namespace?: unknown } | undefined)?.namespace;
    if (isStatefulKind(obj) && typeof ns === 'string') namespaces.add(ns);
  }
  const marked: string[] = [];
  for (const obj of all) {
    const meta = obj.metadata as { namespace?: string; name?: string } | undefined;
    const isDataNamespace = obj.kind === 'Namespace' && groupOf(obj.apiVersion) === '' && namespaces.has(meta?.name ?? '');
    if (!isStatefulKind(obj) && !isDataNamespace && !isDataRelease(obj, namespaces)) continue;
    keep(obj, engine);
    marked.push(`${String(obj.kind)}/${meta?.namespace ?? '_'}/${meta?.name ?? '?'}`);
  }
  return marked.sort();
}
