/**
 * The GitOps tree of one cluster: files (by path relative to `clusters/<cluster>/`) holding
 * Kubernetes objects. Charts are synthesized one App each (cdk8s re-validates the whole App
 * per chart, so one App for many charts grows quadratically).
 */
import { App, Chart } from 'cdk8s';

/** Builds one file of the tree: `build` adds objects to a fresh chart. */
export function chartObjects(build: (chart: Chart) => void): Record<string, unknown>[] {
  const app = new App({ outdir: '/nonexistent' });
  const chart = new Chart(app, 'chart', { disableResourceNameHashes: true });
  build(chart);
  const errors = chart.node.validate();
  if (errors.length) throw new Error(`invalid objects: ${errors.join('; ')}`);
  return chart.toJson();
}

/** A directory listing for `kustomize`: every file and sub-directory of the directory, sorted. */
export function kustomization(resources: readonly string[]): Record<string, unknown> {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...resources].sort(),
  };
}

/** A cluster's tree: relative path → the objects of that file. */
export type ClusterTree = Map<string, Record<string, unknown>[]>;

/** Adds a `kustomization.yaml` to every directory of the tree that lacks one. */
export function addKustomizations(tree: ClusterTree): void {
  const children = new Map<string, Set<string>>();
  for (const file of tree.keys()) {
    const parts = file.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!children.has(dir)) children.set(dir, new Set());
      children.get(dir)!.add(parts[i]);
    }
  }
  for (const [dir, entries] of children) {
    const file = dir ? `${dir}/kustomization.yaml` : 'kustomization.yaml';
    if (tree.has(file)) continue;
    entries.delete('kustomization.yaml');
    tree.set(file, [kustomization([...entries])]);
  }
}
