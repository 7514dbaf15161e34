/** Helpers of the GitOps tree tests (__tests__/cluster/gitops/): YAML and kustomize, a scratch directory, the sites whose trees must resolve. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { loadSiteFile, type Site } from '../../site';
import { ROOT, siteWith, type Obj } from './helpers';

export const canon = (v: unknown) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
export const id = (o: Obj) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
export const yamlDocs = (text: string): Obj[] => parseAllDocuments(text).map((d) => d.toJS() as Obj).filter(Boolean);
export const kustomize = (dir: string): Obj[] => yamlDocs(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }));

export function withTmp<T>(f: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-gitops-'));
  try {
    return f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The sites whose trees must resolve: every example, and the default site with each engine. */
export const SITES: [string, Site][] = [
  ['site.yaml (flux)', siteWith()],
  ['site.yaml (argocd)', siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'))],
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f): [string, Site] => [`examples/${f}`, loadSiteFile(path.join(ROOT, 'examples', f)).site]),
];
