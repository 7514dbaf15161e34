/**
 * What the tests of the synth command share: a temp directory per test file, `synth()` (main in
 * this process, its output captured), tree readers, the foreign files a user keeps in an output,
 * and site B (site.yaml with a node changed, one component and one hostname fewer).
 */
import { createHash } from 'crypto';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../synth/synth';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SITE = path.join(ROOT, 'site.yaml');
export const CLI = path.join(ROOT, 'lib', 'synth', 'synth.js');
/** What `npm run synth` runs: the compiled synth and its libraries bundled into one file (scripts/bundle.js). */
export const BUNDLE = path.join(ROOT, 'lib', 'bundle', 'synth.js');
export const MANIFEST = '.sitekit-manifest.json';

/** The test file's temp directory (set in beforeAll by useTempDir). */
export let tmp: string;
/** site.yaml edited: synthesizing it and site.yaml one after the other adds, changes and removes owned files, and the data-loss guard lets both directions through. */
export let SITE_B: string;

/** Makes the temp directory and site B before the file's tests, and removes the directory after them. */
export function useTempDir(): void {
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-synth-'));
    let edited = fs.readFileSync(SITE, 'utf8');
    for (const [from, to] of [
      ['address: 10.17.5.14, cpu: 2', 'address: 10.17.5.14, cpu: 3'],
      ['      externalSecrets: { version: 2.9.0 }\n', ''],
      ['    - { name: grafana.socialdevs.site, cluster: microcloud }\n', ''],
      ['      grafana: { public: true }\n', '      grafana: { public: false }\n'],
    ]) {
      expect(edited).toContain(from);
      edited = edited.replace(from, to);
    }
    // External Secrets' source namespace holds hand-made Secrets: its removal is declared.
    expect(edited).not.toMatch(/^changes:/m);
    edited += 'changes:\n  removals:\n    - { object: clusters/microcloud/Namespace/_/site-secrets, reason: "site B keeps its secrets elsewhere" }\n';
    SITE_B = path.join(tmp, 'site-b.yaml');
    fs.writeFileSync(SITE_B, edited);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
}

let n = 0;
/** A fresh, not yet existing directory under the test's temp dir. */
export const freshDir = (name = 'out') => path.join(tmp, `${name}-${++n}`);

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** The synth in this process: its exit code and what it printed, by line. */
export function synth(...args: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (s) => out.push(...s.split('\n')), (s) => err.push(...s.split('\n')));
  return { code, out, err };
}

/** Every file under `dir` by relative path, sorted, with its content. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else files[rel] = fs.readFileSync(path.join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every entry under `dir` (directories too) with the bytes of each file: for "byte-identical". */
export function rawTree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        entries[`${rel}/`] = 'dir';
        walk(path.join(d, e.name), rel);
      } else entries[rel] = fs.readFileSync(path.join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return entries;
}


/**
 * Synthesizes `site` into a fresh directory and returns the tree without the manifest (checked
 * here: it lists exactly the other files); fails the test on a non-zero exit.
 */
export function synthTree(site: string): { dir: string; tree: Record<string, string>; run: Run } {
  const dir = freshDir();
  const run = synth('--site', site, '--out', dir, '--quiet');
  if (run.code !== 0) throw new Error(`synth of ${site} exited ${run.code}:\n${run.err.join('\n')}`);
  const { [MANIFEST]: manifest, ...tree } = readTree(dir);
  expect(JSON.parse(manifest)).toEqual({ generator: 'sitekit', version: 1, files: Object.keys(tree) });
  return { dir, tree, run };
}

/**
 * Snapshots a tree: its file list, then one snapshot per file, named by its path. The Flux install
 * (gotk-components.yaml, ~6 000 lines of pinned upstream objects, checked against kubectl kustomize
 * in cluster/gitops.test.ts) is snapshotted by its digest.
 */
export function expectTreeSnapshot(tree: Record<string, string>): void {
  expect(Object.keys(tree)).toMatchSnapshot('(file list)');
  for (const [file, content] of Object.entries(tree)) {
    const digest = file.endsWith('/flux-system/gotk-components.yaml') ? `sha256 ${createHash('sha256').update(content).digest('hex')}, ${content.length} characters` : undefined;
    expect(digest ?? content).toMatchSnapshot(file);
  }
}

/** `npm run build` (tsc -b does nothing when lib/ is up to date): tests that run the compiled CLI or the bundle need it. */
export function ensureBuilt(): void {
  for (const args of [[require.resolve('typescript/bin/tsc'), '-b'], [path.join(ROOT, 'scripts', 'bundle.js')]]) {
    const step = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    expect({ status: step.status, output: step.stdout + step.stderr }).toEqual({ status: 0, output: '' });
  }
}

/** What a user and Terraform keep in an output directory: none of it is sitekit's. */
export const FOREIGN: Record<string, string> = {
  'terraform/nodes/terraform.tfstate': '{"version":4,"resources":[{"type":"random_password","instances":[{"attributes":{"result":"SECRET"}}]}]}\n',
  'terraform/nodes/.terraform/providers/registry.terraform.io/dmacvicar/libvirt/0.9.7/linux_amd64/terraform-provider-libvirt': '\u007fELF\u0000\u0001',
  'terraform/nodes/.terraform.lock.hcl': '# This file is maintained automatically by "terraform init".\n',
  'terraform/nodes/terraform.tfvars': 'wireguard_private_key = "not-a-real-key"\n',
  'clusters/microcloud/flux-system/gotk-patches.yaml': '# a patch of the user, beside the files the synth writes\nkind: Namespace\n',
  'README.md': '# my notes about this output\n',
};
/** FOREIGN, and an empty directory of the user's. */
export function plantForeign(dir: string): void {
  for (const [f, content] of Object.entries(FOREIGN)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
  fs.mkdirSync(path.join(dir, 'notes', 'empty'), { recursive: true });
}
/** The entries of a rawTree that are FOREIGN (with their directories' own entries for the empty one). */
export const foreignOf = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([k]) => k in FOREIGN || k.startsWith('notes/')));
/** A rawTree without the FOREIGN entries (and the directories that only they need). */
export const ownedOf = (tree: Record<string, string>) =>
  Object.fromEntries(Object.entries(tree).filter(([k]) => !(k in FOREIGN) && !k.startsWith('notes/') && !k.startsWith('terraform/nodes/.terraform/') && !k.startsWith('clusters/microcloud/flux-system/gotk')));

/** The example sites and the valid fixtures, relative to the repository. */
export function exampleSites(): string[] {
  const list = (dir: string) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [...list('examples'), ...list('__tests__/fixtures/valid')];
}
