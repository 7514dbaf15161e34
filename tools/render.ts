/**
 * Renders a loaded site into the files of `dist/`: both apps, one process, no file system.
 */
import { stringify } from 'yaml';
import { synthClusters } from '../cluster/app';
import { synthInfra } from '../infra/app';
import type { Site } from '../site';

/** What a render produced: files by path relative to the output directory, and counts for the summary. */
export interface Rendered {
  readonly files: Map<string, string>;
  /** Stack id → number of resources and data sources. */
  readonly stacks: Map<string, number>;
  /** Cluster name → number of Kubernetes objects. */
  readonly clusters: Map<string, number>;
}

/** Multi-document YAML with stable formatting. */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false })).join('---\n');
}

function countResources(tf: Record<string, Record<string, Record<string, unknown>> | undefined>): number {
  let n = 0;
  for (const key of ['resource', 'data']) for (const byType of Object.values(tf[key] ?? {})) n += Object.keys(byType).length;
  return n;
}

/** Renders every file of the site's output, sorted by path. */
export function renderSite(site: Site): Rendered {
  const files = new Map<string, string>();
  const stacks = new Map<string, number>();
  const clusters = new Map<string, number>();
  for (const [id, tf] of synthInfra(site)) {
    files.set(`terraform/${id}/cdk.tf.json`, `${JSON.stringify(tf, null, 2)}\n`);
    stacks.set(id, countResources(tf as never));
  }
  for (const [name, tree] of synthClusters(site)) {
    let count = 0;
    for (const [file, objects] of tree) {
      files.set(`clusters/${name}/${file}`, toYaml(objects));
      if (!file.endsWith('kustomization.yaml')) count += objects.length;
    }
    clusters.set(name, count);
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), stacks, clusters };
}
