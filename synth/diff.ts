/**
 * `npm run diff -- [--base <git ref>] [--site <file>] [--out <file>]`: the change report. Synthesizes
 * the site of the working tree and the one of a commit (default HEAD), each with its own code, and
 * prints in Markdown (for a pull request comment) what applying the first over the second does:
 * Terraform resources created, updated, replaced, deleted per stack (VMs replaced or restarted
 * first), Kubernetes objects per cluster, other output files, documentation, and the data-loss
 * guard's verdict. Nothing is written outside a temporary directory (and --out).
 *
 * The base is synthesized from its own commit, not from a committed `dist/`: `dist/` is committed
 * for the default site only and may lag its code, while this compares any site the two commits
 * have. `git archive` puts the commit's files into a temporary directory, esbuild transpiles its
 * TypeScript (no type check, like ts-jest's isolatedModules), and its own `synth/synth.ts` runs there
 * with the working tree's node_modules. No network.
 *
 * Exit status: 0 the report was printed (whatever it says); 1 a user error (an option, a ref, a site
 * that does not synthesize); 2 an internal error.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { clusterRules } from '../cluster/site-rules';
import { loadSiteFile } from '../site';
import { loadBehaviour } from './diff/behaviour';
import { compareOutputs } from './diff/compare';
import { formatReport } from './diff/markdown';
import { renderSite } from './render';
import { checkGates } from './synth';

export const USAGE = [
  'usage: npm run diff -- [--base <git ref>] [--site <file>] [--out <file>] [--help]',
  '',
  'Prints, as Markdown for a pull request comment, what the working tree changes in the synthesized',
  'output of a site compared with a commit: Terraform resources per stack (replaced or restarted VMs',
  'first), Kubernetes objects per cluster, other files, docs, and the data-loss verdict.',
  '',
  'options:',
  '  --base <ref>   the commit to compare with (default: HEAD); its own code synthesizes its own site',
  '  --site <file>  the site file, in the working tree and at the same path in the base (default: site.yaml)',
  '  --out <file>   write the report to this file instead of standard output',
  '  -h, --help     print this help and exit',
  '',
  'Exit status: 0 the report was made (whatever it says); 1 an option, the ref or a site that does not',
  'synthesize; 2 an internal error.',
].join('\n');

class DiffError extends Error {
  readonly userError = true;
}

interface Options {
  readonly base: string;
  readonly site: string;
  readonly out?: string;
  readonly help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let base = 'HEAD';
  let site = 'site.yaml';
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new DiffError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--base') base = value();
    else if (a === '--site') site = value();
    else if (a === '--out') out = value();
    else if (a === '--help' || a === '-h') return { base, site, out, help: true };
    else throw new DiffError(`unknown option ${JSON.stringify(a)}\n${USAGE}`);
  }
  return { base, site, out, help: false };
}

function git(args: readonly string[], cwd: string, input?: Buffer): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new DiffError(`cannot run git (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): the change report needs git on PATH`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString().trim() };
}

/** Every file under `dir` (path relative to it, `/`-separated) for which `keep` holds. */
function readFiles(dir: string, keep: (rel: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else if (e.isFile() && keep(rel)) out.set(rel, fs.readFileSync(path.join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  return out;
}

/** The documentation of a tree: `docs/` and the Markdown files of its root. */
function docsOf(root: string): Map<string, string> {
  const docs = readFiles(path.join(root, 'docs'), () => true);
  const top = fs.existsSync(root) ? fs.readdirSync(root).filter((f) => f.endsWith('.md') && fs.statSync(path.join(root, f)).isFile()).sort() : [];
  return new Map([...top.map((f): [string, string] => [f, fs.readFileSync(path.join(root, f), 'utf8')]), ...[...docs].map(([f, t]): [string, string] => [`docs/${f}`, t])]);
}

/** The files of a synthesized output directory, without sitekit's own bookkeeping (`.sitekit-*`). */
export function outputFiles(dir: string): Map<string, string> {
  return readFiles(dir, (rel) => !rel.split('/').some((part) => part.startsWith('.sitekit')));
}

/**
 * The folders of a commit's product code, as its own tsconfig.json lists them (the first segment of
 * each `include` pattern; the developer scripts left out): a folder added later is found in the
 * commits that have it, and no list here goes stale.
 */
function sourceFolders(src: string): string[] {
  const { include = [] } = JSON.parse(fs.readFileSync(path.join(src, 'tsconfig.json'), 'utf8')) as { include?: string[] };
  return [...new Set(include.filter((p) => p.includes('/')).map((p) => p.split('/')[0]))].filter((d) => d !== 'scripts');
}

/**
 * The base's output: the commit's files into `<tmp>/src` (`git archive`), its TypeScript
 * transpiled in place, its synth run on its site into `<tmp>/out`. Undefined when the commit has no
 * such site file.
 */
function synthesizeBase(repo: string, commit: string, siteRel: string, tmp: string): Map<string, string> | undefined {
  const src = path.join(tmp, 'src');
  fs.mkdirSync(src, { recursive: true });
  const archive = git(['archive', '--format=tar', commit], repo);
  if (archive.status !== 0) throw new DiffError(`git archive ${commit} failed: ${archive.stderr}`);
  const tar = spawnSync('tar', ['-x', '-C', src], { input: archive.stdout, maxBuffer: 1024 * 1024 * 1024 });
  if (tar.error || tar.status !== 0) throw new DiffError(`cannot unpack the base's files with tar: ${tar.error?.message ?? tar.stderr.toString().trim()}`);
  if (!fs.existsSync(path.join(src, siteRel))) return undefined;
  // The working tree's node_modules (a node_modules of the commit, such as a symbolic link, gives way).
  fs.rmSync(path.join(src, 'node_modules'), { recursive: true, force: true });
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  const entryPoints: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) entryPoints.push(p);
    }
  };
  for (const d of sourceFolders(src)) if (fs.existsSync(path.join(src, d))) walk(path.join(src, d));
  let esbuild: typeof import('esbuild');
  try {
    esbuild = require('esbuild') as typeof import('esbuild');
  } catch {
    throw new DiffError('esbuild (a development dependency) is needed to build the base\'s code: run npm ci');
  }
  esbuild.buildSync({ entryPoints, outdir: src, outbase: src, bundle: false, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  const out = path.join(tmp, 'out');
  const r = spawnSync(process.execPath, [path.join(src, 'synth', 'synth.js'), '--site', path.join(src, siteRel), '--out', out, '--quiet'], { cwd: src, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new DiffError(`the base (${commit.slice(0, 12)}) does not synthesize ${siteRel}:\n${(r.stderr || r.stdout || r.error?.message || '').trim()}`);
  return outputFiles(out);
}

/** Makes the report; returns the exit code. */
export function main(argv: readonly string[], log: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = console.error): number {
  let tmp: string | undefined;
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      log(`${USAGE}\n`);
      return 0;
    }
    const top = git(['rev-parse', '--show-toplevel'], process.cwd());
    if (top.status !== 0) throw new DiffError(`${process.cwd()} is not in a git repository: the change report compares with a commit (${top.stderr})`);
    const repo = top.stdout.toString().trim();
    const rev = git(['rev-parse', '--verify', '--quiet', `${opts.base}^{commit}`], repo);
    if (rev.status !== 0) throw new DiffError(`--base ${opts.base} is not a commit of this repository; allowed: a branch, tag or commit id (in CI, fetch the base branch first: git fetch origin <branch>)`);
    const commit = rev.stdout.toString().trim();
    const sitePath = path.resolve(opts.site);
    const siteRel = path.relative(fs.realpathSync(repo), fs.existsSync(sitePath) ? fs.realpathSync(sitePath) : sitePath);
    if (siteRel.startsWith('..') || path.isAbsolute(siteRel)) throw new DiffError(`--site ${opts.site} is outside the repository ${repo}; the base's site is read at the same path in the commit`);

    // The working tree: loaded, rendered and gated as `npm run synth` does, nothing written.
    const { site } = loadSiteFile(opts.site, { rules: clusterRules() });
    const rendered = renderSite(site);
    checkGates(site, rendered.files, rendered.objects);

    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-diff-'));
    const base = synthesizeBase(repo, commit, siteRel, tmp);
    const notes: string[] = [];
    if (!base) notes.push(`The base has no ${siteRel}: everything is new.`);
    const lock = (root: string) => (fs.existsSync(path.join(root, 'package-lock.json')) ? fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8') : '');
    if (base && lock(path.join(tmp, 'src')) !== lock(repo)) notes.push('The base\'s package-lock.json differs from the working tree\'s: its code ran with the working tree\'s node_modules.');
    const report = compareOutputs(base ?? new Map(), rendered.files, site, loadBehaviour(), { base: docsOf(path.join(tmp, 'src')), next: docsOf(repo) });
    const short = commit.slice(0, 12);
    const text = formatReport(report, { base: opts.base === short || opts.base === commit ? `\`${short}\`` : `\`${opts.base}\` (\`${short}\`)`, next: 'The working tree', site: siteRel.split(path.sep).join('/') });
    const full = notes.length ? text.replace('\n\n', `\n\n${notes.join(' ')}\n\n`) : text;
    if (opts.out) fs.writeFileSync(opts.out, full);
    else log(full);
    return 0;
  } catch (e) {
    if ((e as { userError?: boolean } | undefined)?.userError) {
      err(`diff failed: ${(e as Error).message}`);
      return 1;
    }
    err(`diff failed with an internal error:\n${(e as Error | undefined)?.stack ?? String(e)}`);
    return 2;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
