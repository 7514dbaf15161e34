/**
 * `npm run bench`: how long a synth takes and how much memory it needs, against the targets of the
 * one-process synth, and compared with the two CLIs it replaces (`cdktf synth` + `cdk8s synth`).
 *
 * Every measurement is a fresh child process, as a user runs it:
 *  (a) the default site, (b) generated sites with 10x and 100x its nodes: the bundled synth that
 *      `npm run synth` runs (lib/bundle/synth.js, loaded by a `node -e` wrapper that turns on Node's
 *      compile cache as bin/synth.js does and reports its CPU time and peak RSS), 3 runs,
 *      median; the default site also unbundled (lib/synth/synth.js);
 *  (c) `npm run synth` end to end (after one warm-up run, which may rebuild lib/), 3 runs, median;
 *  (d) `npx cdktf synth` and `npx cdk8s synth` on the default site, 2 runs each, median.
 * Then it prints the tables and writes BENCHMARKS.md. Nothing is written under the repository's dist/.
 *
 * `npm run bench -- --runs <n>` changes the number of runs of (a)-(c); `--no-cli` skips (d).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { parse, stringify } from 'yaml';
import { loadSite } from '../site';
import { fmtS, writeReport } from './bench-report';

export const ROOT = path.resolve(__dirname, '..', '..');
/** What `npm run synth` runs (scripts/bundle.js), and the same code unbundled. */
const BUNDLE_JS = path.join(ROOT, 'lib', 'bundle', 'synth.js');
const SYNTH_JS = path.join(ROOT, 'lib', 'synth', 'synth.js');
/** Offline and quiet: no telemetry (CHECKPOINT_DISABLE), no update checks, no colours or spinners. */
const ENV = { ...process.env, CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1', NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' };
/** GNU time, when present, gives the CPU time and peak RSS of commands that are not ours (npm, npx). */
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Targets of the issue. */
export const TARGET = { processS: 1.0, npmS: 1.5, cliFactor: 10, linearFactor: 2 };
/** A synth still running after this long is stopped and reported as such (the bench has to finish). */
export const SYNTH_TIMEOUT_MS = 60_000;

class TimedOut extends Error {}

/** Loads the synth (the bundle or lib/synth/synth.js) in a fresh process as bin/synth.js does, runs it, reports times, CPU and peak RSS on stdout. */
const WRAPPER = `
require('module').enableCompileCache?.();
const { main } = require(process.argv[1]);
const t1 = performance.now();
const code = main(process.argv.slice(2));
const t2 = performance.now();
const cpu = process.cpuUsage();
process.stdout.write('\\n@@bench ' + JSON.stringify({ code, startupMs: t1, mainMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKiB: process.resourceUsage().maxRSS }) + '\\n');
process.exitCode = code;
`;

/** Times the steps of a synth one by one in a fresh process (the unbundled modules of lib/): module loading by package, then each phase. */
const BREAKDOWN = `
const fs = require('fs');
const path = require('path');
const [root, site, out] = process.argv.slice(1);
const r = { 'node start-up': performance.now() };
let t = performance.now();
const step = (name, f) => { const v = f(); const n = performance.now(); r[name] = n - t; t = n; return v; };
const lib = (p) => path.join(root, 'lib', p);
const mod = (p) => require.resolve(p, { paths: [root] });
step("enable Node's compile cache (Node >= 22.1, as bin/synth.js does)", () => require('module').enableCompileCache?.());
step('require yaml', () => require(mod('yaml')));
step('require zod', () => require(mod('zod')));
step('require site/ (ip-address, schema)', () => require(lib('site')));
step('require constructs + cdktf', () => { require(mod('constructs')); require(mod('cdktf')); });
step('require infra/', () => require(lib('infra/app')));
step('require cdk8s', () => require(mod('cdk8s')));
step('require cluster/ (cdk8s-plus and CRD bindings)', () => require(lib('cluster/app')));
step('require synth/', () => { require(lib('synth/render')); require(lib('synth/output/write')); });
step('require the gates (policy pack, secret scan, data-loss guard, app rules)', () => { for (const m of ['synth/gates/policy', 'synth/gates/secrets', 'synth/gates/data-loss', 'synth/output/read-tree', 'cluster/site-rules']) require(lib(m)); });
const { loadSiteFile } = require(lib('site'));
const { synthInfra } = require(lib('infra/app'));
const { synthClusters } = require(lib('cluster/app'));
const { toYaml, withoutTokenStacks } = require(lib('synth/render'));
const { writeTreeAtomically } = require(lib('synth/output/write'));
const { checkGates } = require(lib('synth/synth'));
const { assertNoDataLoss } = require(lib('synth/gates/data-loss'));
const { readOutputTree } = require(lib('synth/output/read-tree'));
const { clusterRules } = require(lib('cluster/site-rules'));
const s = step('load + validate the site (with the rules of the cluster app)', () => loadSiteFile(site, { rules: clusterRules() }).site);
const infra = step('infra: build + synth stacks (loads the backend and provider bindings)', () => withoutTokenStacks(() => synthInfra(s)));
const clusters = step('clusters: build + synth charts', () => withoutTokenStacks(() => synthClusters(s)));
const parsed = new Map();
const files = step('serialize (JSON + YAML)', () => {
  const f = new Map();
  for (const [id, tf] of infra) f.set('terraform/' + id + '/cdk.tf.json', JSON.stringify(tf, null, 2) + '\\n');
  for (const [name, tree] of clusters) for (const [file, objects] of tree) { f.set('clusters/' + name + '/' + file, toYaml(objects)); parsed.set('clusters/' + name + '/' + file, objects); }
  return new Map([...f].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
});
step('gates: policy pack + secret scan', () => checkGates(s, files, parsed));
step('data-loss guard (against the previous output)', () => assertNoDataLoss(readOutputTree(out), files, s));
step('write the tree atomically', () => writeTreeAtomically(out, files));
const bytes = {};
let total = 0;
for (const f of Object.keys(require.cache)) {
  const size = fs.statSync(f).size;
  total += size;
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f);
  const key = m ? m[1] : path.relative(root, f).split(path.sep).slice(0, 4).join('/');
  bytes[key] = (bytes[key] || 0) + size;
}
r['@modules'] = Object.keys(require.cache).length;
r['@bytes'] = total;
for (const [k, v] of Object.entries(bytes).sort((a, b) => b[1] - a[1]).slice(0, 6)) r['@top ' + k] = v;
process.stdout.write('\\n@@bench ' + JSON.stringify(r) + '\\n');
`;

export interface Run {
  wallMs: number;
  /** User + system CPU time; undefined when it could not be measured. */
  cpuMs?: number;
  maxRssKiB?: number;
}

export interface Sample extends Run {
  startupMs: number;
  mainMs: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const medianOf = (runs: readonly Run[], key: 'wallMs' | 'cpuMs' | 'maxRssKiB') => {
  const xs = runs.map((r) => r[key]).filter((x): x is number => x !== undefined);
  return xs.length === runs.length && xs.length ? median(xs) : undefined;
};

function parseArgs(argv: readonly string[]): { runs: number; cli: boolean } {
  let runs = 3;
  let cli = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs' && /^[1-9]\d*$/.test(argv[i + 1] ?? '')) runs = Number(argv[++i]);
    else if (argv[i] === '--no-cli') cli = false;
    else throw new Error(`unknown argument ${JSON.stringify(argv[i])}; usage: npm run bench -- [--runs <n>] [--no-cli]`);
  }
  return { runs, cli };
}

/**
 * Runs a command and returns its wall time (and, through GNU time when `measure`, its CPU time
 * and peak RSS, children included); throws with its output when it fails.
 */
function timed(cmd: string, args: readonly string[], measure = false, timeoutMs?: number, env: NodeJS.ProcessEnv = {}): Run & { stdout: string; stderr: string } {
  const [file, argv] = measure && GNU_TIME ? [GNU_TIME, ['-f', '@@time %e %U %S %M', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd: ROOT, env: { ...ENV, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (timeoutMs !== undefined && wallMs >= timeoutMs && r.signal === 'SIGKILL') throw new TimedOut(`unfinished, stopped after ${fmtS(timeoutMs)}`);
  if (/heap out of memory/.test(r.stderr ?? '')) throw new TimedOut(`out of memory after ${fmtS(wallMs)}`);
  if (r.error || r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error ? r.error.message : `exit ${r.status}`}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  const m = /@@time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return { wallMs, cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : undefined, maxRssKiB: m ? Number(m[4]) : undefined, stdout: r.stdout, stderr: r.stderr };
}

function report(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('@@bench '));
  if (!line) throw new Error(`no measurement in the child's output:\n${stdout}`);
  return JSON.parse(line.slice('@@bench '.length));
}

/** One fresh `node <synth> --site <site> --out <tmp> --quiet` (synth: the bundle or lib/synth/synth.js). */
function synthOnce(site: string, tmp: string, synth = BUNDLE_JS): Sample {
  const out = fs.mkdtempSync(path.join(tmp, 'out-'));
  const r = timed(process.execPath, ['-e', WRAPPER, synth, '--site', site, '--out', out, '--quiet'], false, SYNTH_TIMEOUT_MS);
  const m = report(r.stdout);
  if (m.code !== 0) throw new Error(`synth of ${site} exited ${m.code}:\n${r.stderr}`);
  fs.rmSync(out, { recursive: true, force: true });
  return { wallMs: r.wallMs, cpuMs: m.cpuMs, maxRssKiB: m.maxRssKiB, startupMs: m.startupMs, mainMs: m.mainMs };
}

/**
 * The default site with `factor` times its nodes: the extra nodes are agents of the first cluster
 * (copies of its first agent, or a plain 4-CPU agent) on a NAT network of their own (a /16),
 * checked with `loadSite`.
 */
export function scaledSite(text: string, factor: number): { text: string; nodes: number } {
  type Doc = Record<string, unknown> & { nodes: Record<string, unknown>[]; networks: unknown[]; clusters: Record<string, unknown>[]; images: Record<string, unknown> };
  const site = parse(text) as Doc;
  const base = site.nodes.length;
  const extra = base * factor - base;
  if (extra <= 0) return { text, nodes: base };
  if (extra > 65000) throw new Error(`a factor of ${factor} needs more addresses than a /16 holds`);
  const cluster = site.clusters[0] as Record<string, unknown> & { nodes: string[] };
  const members = new Set(cluster.nodes);
  const found = site.nodes.find((n) => n.role === 'agent' && members.has(String(n.name)));
  const { mac: _mac, publicAddress: _public, external: _external, ...template } = found ?? {
    cpu: 4,
    memoryMiB: 8192,
    image: Object.keys(site.images)[0],
    disks: [{ name: 'os', sizeGiB: 40, purpose: 'os' }],
  };
  let lastError = '';
  for (const second of [100, 150, 200, 250]) {
    const network = `bench${second}`;
    const nodes = Array.from({ length: extra }, (_, i) => {
      const host = i + 10; // .1 is the gateway
      return { ...template, name: `bench-agent-${String(i + 1).padStart(5, '0')}`, role: 'agent', network, address: `10.${second}.${Math.floor(host / 256)}.${host % 256}` };
    });
    const scaled = {
      ...site,
      networks: [...site.networks, { name: network, kind: 'nat', cidr: `10.${second}.0.0/16`, gateway: `10.${second}.0.1` }],
      nodes: [...site.nodes, ...nodes],
      clusters: [{ ...cluster, nodes: [...cluster.nodes, ...nodes.map((n) => n.name)] }, ...site.clusters.slice(1)],
    };
    const out = `# Generated by npm run bench: site.yaml with ${factor}x its nodes.\n${stringify(scaled, { lineWidth: 0, aliasDuplicateObjects: false })}`;
    try {
      loadSite(out, `site-x${factor}.yaml`);
      return { text: out, nodes: base + extra };
    } catch (e) {
      lastError = (e as Error).message; // e.g. the /16 overlaps a network of the site: try the next one
    }
  }
  throw new Error(`could not generate a valid ${factor}x site:\n${lastError}`);
}

export interface SizeResult {
  label: string;
  nodes: number;
  /** Why the runs stopped (a timeout, out of memory), when they did. */
  failed?: string;
  samples: Sample[];
  wallMs: number;
  cpuMs: number;
  startupMs: number;
  mainMs: number;
  maxRssMiB: number;
}

function measureSize(label: string, site: string, nodes: number, runs: number, tmp: string, synth = BUNDLE_JS): SizeResult {
  const samples: Sample[] = [];
  let failed: string | undefined;
  for (let i = 0; i < runs && !failed; i++) {
    try {
      samples.push(synthOnce(site, tmp, synth));
    } catch (e) {
      if (!(e instanceof TimedOut)) throw e;
      failed = e.message;
    }
  }
  const of = (k: 'startupMs' | 'mainMs') => (samples.length ? median(samples.map((s) => s[k])) : NaN);
  if (failed && samples.length === 0) return { label, nodes, failed, samples, wallMs: NaN, cpuMs: NaN, startupMs: NaN, mainMs: NaN, maxRssMiB: NaN };
  return {
    label,
    nodes,
    failed,
    samples,
    wallMs: medianOf(samples, 'wallMs')!,
    cpuMs: medianOf(samples, 'cpuMs')!,
    startupMs: of('startupMs'),
    mainMs: of('mainMs'),
    maxRssMiB: medianOf(samples, 'maxRssKiB')! / 1024,
  };
}

function breakdown(site: string, runs: number, tmp: string): Map<string, number> {
  const all: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const out = fs.mkdtempSync(path.join(tmp, 'breakdown-'));
    all.push(report(timed(process.execPath, ['-e', BREAKDOWN, ROOT, site, out], false, SYNTH_TIMEOUT_MS).stdout));
    fs.rmSync(out, { recursive: true, force: true });
  }
  return new Map(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k]))]));
}

export interface CommandResult {
  command: string;
  runs: Run[];
  wallMs?: number;
  cpuMs?: number;
  note: string;
}

function measureCommand(cmd: string, args: (out: string) => string[], display: string, runs: number, tmp: string, check: (out: string) => string): CommandResult {
  const done: Run[] = [];
  let note = '';
  try {
    for (let i = 0; i < runs; i++) {
      const out = fs.mkdtempSync(path.join(tmp, 'cmd-'));
      done.push(timed(cmd, args(out), true));
      note = check(out);
      fs.rmSync(out, { recursive: true, force: true });
    }
    return { command: display, runs: done, wallMs: medianOf(done, 'wallMs'), cpuMs: medianOf(done, 'cpuMs'), note };
  } catch (e) {
    return { command: display, runs: done, note: `failed: ${(e as Error).message.split('\n').slice(0, 6).join(' / ')}` };
  }
}

function main(argv: readonly string[]): void {
  const { runs, cli } = parseArgs(argv);
  for (const f of [BUNDLE_JS, SYNTH_JS]) if (!fs.existsSync(f)) throw new Error(`${f} is missing: run npm run build first`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-bench-'));
  const load0 = os.loadavg()[0];
  const started = Date.now();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  try {
    const defaultSite = path.join(ROOT, 'site.yaml');
    const defaultText = fs.readFileSync(defaultSite, 'utf8');
    const sites = [{ label: '1x (site.yaml)', file: defaultSite, nodes: loadSite(defaultText, defaultSite).site.nodes.length }];
    for (const factor of [10, 100]) {
      const { text, nodes } = scaledSite(defaultText, factor);
      const file = path.join(tmp, `site-x${factor}.yaml`);
      fs.writeFileSync(file, text);
      sites.push({ label: `${factor}x`, file, nodes });
    }

    log('warming up (disk cache): one synth of the default site');
    synthOnce(defaultSite, tmp);
    const sizes: SizeResult[] = [];
    for (const s of sites) {
      log(`synth process, ${s.label}, ${s.nodes} nodes: ${runs} runs`);
      sizes.push(measureSize(s.label, s.file, s.nodes, runs, tmp));
    }
    log(`synth process, default site, unbundled: ${runs} runs`);
    const unbundled = measureSize('1x, unbundled', defaultSite, sites[0].nodes, runs, tmp, SYNTH_JS);
    log(`step by step breakdown: ${runs} runs of the default site, 1 of each bigger site that finished`);
    const phases = breakdown(defaultSite, runs, tmp);
    const bigPhases = new Map(sites.slice(1).filter((_, i) => !sizes[i + 1].failed).map((s) => [s.label, breakdown(s.file, 1, tmp)]));

    log(`npm run synth: 1 warm-up + ${runs} runs`);
    const npmArgs = (out: string) => ['run', 'synth', '--silent', '--', '--out', out, '--quiet'];
    const npmFirst = timed('npm', npmArgs(fs.mkdtempSync(path.join(tmp, 'npm-'))), true);
    const npm = measureCommand('npm', npmArgs, 'npm run synth', runs, tmp, () => '');
    if (npm.wallMs === undefined) throw new Error(`npm run synth ${npm.note}`);

    const clis: CommandResult[] = [];
    if (cli) {
      const ours = fs.mkdtempSync(path.join(tmp, 'ours-'));
      timed(process.execPath, [BUNDLE_JS, '--site', defaultSite, '--out', ours, '--quiet']);
      log('npx cdktf synth: 2 runs');
      clis.push(
        measureCommand('npx', (out) => ['cdktf', 'synth', '--output', out], 'npx cdktf synth --output <tmp>', 2, tmp, (out) => {
          const dir = path.join(out, 'stacks');
          const stacks = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
          const same = stacks.every((id) => {
            const mine = path.join(ours, 'terraform', id, 'cdk.tf.json');
            return fs.existsSync(mine) && isDeepStrictEqual(JSON.parse(fs.readFileSync(path.join(dir, id, 'cdk.tf.json'), 'utf8')), JSON.parse(fs.readFileSync(mine, 'utf8')));
          });
          return `${stacks.length} stacks (${stacks.join(', ')}); their Terraform JSON is ${same ? 'equal to' : 'DIFFERENT from'} the one-process synth's`;
        }),
      );
      log('npx cdk8s synth: 2 runs');
      clis.push(
        measureCommand('npx', (out) => ['cdk8s', 'synth', '--no-check-upgrade', '--output', out], 'npx cdk8s synth --no-check-upgrade --output <tmp>', 2, tmp, (out) => {
          const n = fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.endsWith('.yaml')).length : 0;
          return `${n} manifests, one per chart, flat (no kustomizations, no GitOps tree)`;
        }),
      );
    }
    writeReport({ runs, sizes, unbundled, phases, bigPhases, npmFirst, npm, clis, load: [load0, os.loadavg()[0]], seconds: (Date.now() - started) / 1000 });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench failed: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
