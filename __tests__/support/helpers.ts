/** Helpers shared by the test files (not a test file itself: jest runs only *.test.ts). */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { ARGOCD_VALUES_FILE } from '../../cluster/argocd-install';
import type { ClusterTree } from '../../cluster/tree';
import { loadSite, type Site } from '../../site';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

export const ROOT = path.join(__dirname, '..', '..');

/** The default site.yaml, optionally edited as YAML data before loading. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function siteWith(mutate?: (doc: any) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8'));
  mutate?.(doc);
  return loadSite(stringify(doc), 'site.yaml').site;
}

/** Every object of a cluster tree with its file, kustomization.yaml files and the Argo CD chart values (not an object) left out. */
export const objectsOf = (tree: ClusterTree): [string, Obj][] =>
  [...tree].filter(([f]) => !f.endsWith('kustomization.yaml') && f !== `argocd/${ARGOCD_VALUES_FILE}`).flatMap(([f, objs]) => objs.map((o) => [f, o as Obj] as [string, Obj]));
