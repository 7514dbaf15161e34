/**
 * What the writer's tests share: a fresh temp directory per test, tree readers, the previous, new and
 * foreign files of an output, and helpers for tests that run the writer in child processes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDead } from '../../../synth/output/lock';
import { writeTreeAtomically } from '../../../synth/output/write';
import { resetMocks } from './mocks';

/** The test's temp directory (a fresh one for each test, by useTempDir). */
export let tmp: string;

/** A fresh temp directory before each test; after it, the fs double cleared and the directory removed. */
export function useTempDir(): void {
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-write-'));
  });
  afterEach(() => {
    resetMocks();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
}

/** Every entry under `dir`: files with their bytes (base64), directories as `<dir>/`, links as `-> target`. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(path.join(d, e.name))}`;
      else if (e.isDirectory()) {
        out[`${rel}/`] = '';
        walk(path.join(d, e.name), rel);
      } else out[rel] = fs.readFileSync(path.join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

/** Writes `files` the plain way. */
export function plant(dir: string, files: Record<string, string>): void {
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
}

/** The files of `dir` the snapshot holds whose path `keep` accepts, as path → text. */
export function filesOf(dir: string, keep: (rel: string) => boolean = () => true): Map<string, string> {
  return new Map(
    Object.entries(snapshotTree(dir))
      .filter(([k, v]) => !k.endsWith('/') && !v.startsWith('-> ') && keep(k))
      .map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
  );
}

export const MANIFEST = '.sitekit-manifest.json';
export const manifestOf = (files: Iterable<string>) => `${JSON.stringify({ generator: 'sitekit', version: 1, files: [...files].sort() }, null, 2)}\n`;
/** sitekit's bookkeeping left in `dir` (lock, its leftovers, journal, staging). */
export const leftovers = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith('.sitekit') && n !== MANIFEST) : []);

/** The previous owned files: some stay, some change, some go (one directory with them, one kept by a foreign file). */
export const PREVIOUS = new Map([
  ['clusters/a/kustomization.yaml', 'resources:\n  - x.yaml\n'],
  ['clusters/a/x.yaml', 'kind: Old\n'],
  ['clusters/a/stale.yaml', 'kind: Stale\n'],
  ['clusters/gone/deep/x.yaml', 'kind: Gone\n'],
  ['terraform/nodes/cdk.tf.json', '{"previous": true}\n'],
  ['terraform/old/cdk.tf.json', '{"old": true}\n'],
]);
/** The new owned files: one added beside others, new directories (one nested), changes. */
export const NEW = new Map([
  ['clusters/a/kustomization.yaml', 'resources:\n  - x.yaml\n'],
  ['clusters/a/x.yaml', 'kind: X\n'],
  ['clusters/a/y.yaml', 'kind: Y\n'],
  ['clusters/b/k.yaml', 'kind: K\n'],
  ['clusters/b/sub/z.yaml', 'kind: Z\n'],
  ['terraform/net/cdk.tf.json', '{}\n'],
  ['terraform/nodes/cdk.tf.json', '{"resource": {}}\n'],
]);
/** What a user and Terraform keep in an output: none of it is sitekit's. */
export const FOREIGN = {
  'terraform/nodes/terraform.tfstate': '{"version":4,"resources":[{"instances":[{"attributes":{"result":"SECRET"}}]}]}\n',
  'terraform/nodes/terraform.tfstate.backup': '{"version":4}\n',
  'terraform/nodes/.terraform/providers/registry.terraform.io/x/provider': '\u0000\u0001binary\u00ff',
  'terraform/nodes/.terraform.lock.hcl': 'provider "x" {}\n',
  'terraform/nodes/terraform.tfvars': 'wg_key = "k"\n',
  'terraform/old/terraform.tfstate': '{"version":4,"old":true}\n',
  'clusters/a/flux-system/gotk-components.yaml': 'kind: CustomResourceDefinition\n',
  'README.md': '# my notes\n',
};
export const isForeign = (rel: string) => rel in FOREIGN;

/** An output holding PREVIOUS (written by sitekit) and FOREIGN, and an empty foreign directory. */
export function previousOutput(out: string): void {
  writeTreeAtomically(out, PREVIOUS);
  plant(out, FOREIGN);
  fs.mkdirSync(path.join(out, 'notes', 'empty'), { recursive: true });
}

/** fs errors with a code, as the fs module throws them. */
export const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The pid of a process that has exited (and been reaped). */
export function deadPid(): number {
  const { spawnSync } = jest.requireActual('child_process') as typeof import('child_process');
  const pid = spawnSync(process.execPath, ['-e', '']).pid!;
  expect(isDead(pid)).toBe(true);
  return pid;
}

/**
 * Transpiles the modules of synth/output/ into `dir` for child processes (jest's fs mock is not
 * in them: they get the real fs).
 */
export function transpileWriter(dir: string): void {
  const ts = jest.requireActual('typescript') as typeof import('typescript');
  const sources = path.join(__dirname, '..', '..', '..', 'synth', 'output');
  for (const file of fs.readdirSync(sources).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(sources, file), 'utf8');
    fs.writeFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText);
  }
}
