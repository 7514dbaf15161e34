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
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { parse, stringify } from 'yaml';
import { loadSite } from '../site';

const ROOT = path.resolve(__dirname, '..', '..');
/** What `npm run synth` runs (scripts/bundle.js), and the same code unbundled. */
const BUNDLE_JS = path.join(ROOT, 'lib', 'bundle', 'synth.js');
const SYNTH_JS = path.join(ROOT, 'lib', 'synth', 'synth.js');
/** Offline and quiet: no telemetry (CHECKPOINT_DISABLE), no update checks, no colours or spinners. */
const ENV = { ...process.env, CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1', NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' };
/** GNU time, when present, gives the CPU time and peak RSS of commands that are not ours (npm, npx). */
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Targets of the issue. */
const TARGET = { processS: 1.0, npmS: 1.5, cliFactor: 10, linearFactor: 2 };
/** A synth still running after this long is stopped and reported as such (the bench has to finish). */
const SYNTH_TIMEOUT_MS = 60_000;

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
step('require the gates (policy pack, secret scan, data-loss guard, app rules)', () => { for (const m of ['synth/gates/policy', 'synth/gates/secrets', 'synth/gates/data-loss', 'synth/output/read-tree', 'cluster/apps/requirements']) require(lib(m)); });
const { loadSiteFile } = require(lib('site'));
const { synthInfra } = require(lib('infra/app'));
const { synthClusters } = require(lib('cluster/app'));
const { toYaml, withoutTokenStacks } = require(lib('synth/render'));
const { writeTreeAtomically } = require(lib('synth/output/write'));
const { checkGates } = require(lib('synth/synth'));
const { assertNoDataLoss } = require(lib('synth/gates/data-loss'));
const { readOutputTree } = require(lib('synth/output/read-tree'));
const { clusterRules } = require(lib('cluster/site-rules'));
const s = step('load + validate the site (with the cluster app\'s rules)', () => loadSiteFile(site, { rules: clusterRules() }).site);
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

interface Run {
  wallMs: number;
  /** User + system CPU time; undefined when it could not be measured. */
  cpuMs?: number;
  maxRssKiB?: number;
}

interface Sample extends Run {
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

interface SizeResult {
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

interface CommandResult {
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

const fmtS = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const fmtMs = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const status = (ok: boolean) => (ok ? '**met**' : '**missed**');

function table(rows: string[][]): string {
  return rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n');
}

interface Results {
  runs: number;
  sizes: SizeResult[];
  unbundled: SizeResult;
  phases: Map<string, number>;
  /** Breakdowns of the bigger sites that finished, by label. */
  bigPhases: Map<string, Map<string, number>>;
  npmFirst: Run;
  npm: CommandResult;
  clis: CommandResult[];
  load: number[];
  seconds: number;
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

function writeReport(r: Results): void {
  const [one, ten, hundred] = r.sizes;
  const cliOk = r.clis.length === 2 && r.clis.every((c) => c.wallMs !== undefined);
  const cliWall = cliOk ? r.clis.reduce((s, c) => s + c.wallMs!, 0) : undefined;
  const cliCpu = cliOk && r.clis.every((c) => c.cpuMs !== undefined) ? r.clis.reduce((s, c) => s + c.cpuMs!, 0) : undefined;
  const factorWall = cliWall !== undefined ? cliWall / one.wallMs : undefined;
  const factorCpu = cliCpu !== undefined ? cliCpu / one.cpuMs : undefined;
  // Linearity on CPU time: on a shared machine wall time also measures the neighbours.
  const slope = (a: SizeResult, b: SizeResult) => (b.cpuMs - a.cpuMs) / (b.nodes - a.nodes);
  const slopeLow = slope(one, ten);
  const slopeHigh = hundred.failed && !hundred.samples.length ? NaN : slope(ten, hundred);
  const linear = !one.failed && !ten.failed && !hundred.failed && slopeHigh <= TARGET.linearFactor * Math.max(slopeLow, 0.05);
  const runsOf = (runs: readonly Run[]) => runs.map((x) => fmtS(x.wallMs)).join(', ');
  const perNode = r.sizes.map((s) => `${s.label.split(' ')[0]} ${s.samples.length ? fmtMs(s.wallMs / s.nodes) : `n/a (${s.failed})`}`).join(', ');

  const targetRows = [
    ['target', 'measured (median wall time)', 'status'],
    [`synth process <= ${TARGET.processS.toFixed(1)} s (default site)`, `${fmtS(one.wallMs)} (CPU ${fmtS(one.cpuMs)})`, status(one.wallMs <= TARGET.processS * 1000)],
    [`\`npm run synth\` <= ${TARGET.npmS.toFixed(1)} s`, `${fmtS(r.npm.wallMs)} (CPU ${fmtS(r.npm.cpuMs)})`, status(r.npm.wallMs! <= TARGET.npmS * 1000)],
    [
      `>= ${TARGET.cliFactor}x faster than \`cdktf synth\` + \`cdk8s synth\``,
      factorWall !== undefined ? `${factorWall.toFixed(1)}x (${fmtS(cliWall)} / ${fmtS(one.wallMs)}); on CPU time ${factorCpu !== undefined ? `${factorCpu.toFixed(1)}x` : 'n/a'}` : 'CLIs not measured',
      factorWall !== undefined ? status(factorWall >= TARGET.cliFactor) : 'n/a',
    ],
    [
      `cost linear in nodes: CPU per added node ${ten.label}→${hundred.label} within ${TARGET.linearFactor}x of 1x→${ten.label}`,
      `${fmtMs(slopeLow)}/node → ${Number.isNaN(slopeHigh) ? `n/a (${hundred.label}: ${hundred.failed})` : `${fmtMs(slopeHigh)}/node`}; wall per node: ${perNode}`,
      status(linear),
    ],
  ];
  const cacheNote = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function' ? ", Node's compile cache warm" : ' (this Node has no compile cache)';
  const sideRows = [
    ['command (default site)', 'wall (median)', 'CPU (median)', 'runs', 'notes'],
    ['`node lib/bundle/synth.js` (fresh process)', fmtS(one.wallMs), fmtS(one.cpuMs), runsOf(one.samples), `both apps, one process, atomic write of the whole tree; one bundled file${cacheNote}`],
    ['`node lib/synth/synth.js`', fmtS(r.unbundled.wallMs), fmtS(r.unbundled.cpuMs), runsOf(r.unbundled.samples), `the same code unbundled, one file per module: start-up and loading take ${fmtMs(r.unbundled.startupMs)} instead of ${fmtMs(one.startupMs)}`],
    ['`npm run synth`', fmtS(r.npm.wallMs), fmtS(r.npm.cpuMs), runsOf(r.npm.runs), `npm + bin/synth.js (the build only when a source changed since the last one) + the bundle; first run ${fmtS(r.npmFirst.wallMs)}`],
    ...r.clis.map((c) => [`\`${c.command}\``, fmtS(c.wallMs), fmtS(c.cpuMs), runsOf(c.runs), c.note]),
    ...(cliWall !== undefined ? [['both CLIs together', fmtS(cliWall), fmtS(cliCpu), '', `${factorWall!.toFixed(1)}x the one-process synth's wall time`]] : []),
  ];
  const sizeRows = [
    ['site', 'nodes', 'wall (median)', 'runs', 'CPU', 'start-up: node, loading the synth', 'main(): synthesize (and load the provider bindings it needs), write', 'wall per node', 'CPU per node', 'peak RSS'],
    ...r.sizes.map((s) => [
      s.label,
      String(s.nodes),
      fmtS(s.wallMs),
      `${runsOf(s.samples)}${s.failed ? `${s.samples.length ? '; then ' : ''}${s.failed}` : ''}`,
      fmtS(s.cpuMs),
      fmtMs(s.startupMs),
      fmtMs(s.mainMs),
      fmtMs(s.wallMs / s.nodes),
      fmtMs(s.cpuMs / s.nodes),
      Number.isNaN(s.maxRssMiB) ? 'n/a' : `${s.maxRssMiB.toFixed(0)} MiB`,
    ]),
  ];
  const big = r.sizes.slice(1).filter((s) => r.bigPhases.has(s.label));
  const phaseRows = [
    ['step', 'default site', ...big.map((s) => `${s.label} (${s.nodes} nodes)`)],
    ...[...r.phases].filter(([k]) => !k.startsWith('@')).map(([k, v]) => [k, fmtMs(v), ...big.map((s) => fmtMs(r.bigPhases.get(s.label)!.get(k)))]),
  ];
  const requireTotal = (m: Map<string, number>) => [...m].filter(([k]) => k.startsWith('require') || k.startsWith('enable')).reduce((s, [, v]) => s + v, 0);
  const mb = (b: number | undefined) => `${((b ?? 0) / 1e6).toFixed(1)} MB`;
  const loaded = `${r.phases.get('@modules')} modules, ${mb(r.phases.get('@bytes'))} of JavaScript; the largest: ${[...r.phases]
    .filter(([k]) => k.startsWith('@top '))
    .map(([k, v]) => `${k.slice(5)} ${mb(v)}`)
    .join(', ')}`;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, nproc ${os.availableParallelism?.() ?? os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node.js ${process.version}`;

  const md = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; run it again to refresh this file.

- Machine: ${machine}.
- Load average (1 min) at start / end: ${r.load.map((l) => l.toFixed(2)).join(' / ')}. The machine is shared, so wall times
  include the neighbours' load: every figure is the median of ${r.runs} fresh processes (2 for the CLIs), and
  CPU times (user + system, children included) are given next to them.
- Bench duration: ${r.seconds.toFixed(0)} s.

## Targets

${table(targetRows)}

The one-process synth includes what the two CLIs do not do: the site's validation, and the gates of every
synth (policy pack, secret scan, data-loss guard; their cost is in "Where the time goes" below).

## The one-process synth next to the two CLIs (default site)

${table(sideRows)}

The CLIs run offline: \`CHECKPOINT_DISABLE=1\` (cdktf telemetry) and \`--no-check-upgrade\` (cdk8s asks npm for a
newer version otherwise). \`cdktf synth\` needs no terraform binary to synthesize.

## Scaling: the default site, 10x and 100x its nodes

The generated sites are site.yaml plus agent nodes of the first cluster on an extra NAT network (/16), checked with
\`loadSite\`. Each run is a fresh \`node lib/bundle/synth.js --site <site> --out <tmp> --quiet\`, loaded by a
\`node -e\` wrapper (Node's compile cache on where there is one, as in \`npm run synth\`) that reports the time before and in \`main()\`, the CPU time and the peak RSS
(\`process.resourceUsage().maxRSS\`). A run still going after ${fmtS(SYNTH_TIMEOUT_MS)} is stopped, and so are the
remaining runs of that size.

${table(sizeRows)}

## Where the time goes

A fresh process runs the steps of \`main()\` one by one (median of ${r.runs} for the default site, 1 run for each
bigger site that finished). The infra step includes loading the provider bindings of the site's hypervisor,
which infra/ requires on first use.
Loading the modules (the steps up to \`require the gates\`) takes ${fmtMs(requireTotal(r.phases))} of an unbundled default-site synth:
${loaded}.

${table(phaseRows)}

${FINDINGS}
`;
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md);
  process.stdout.write(`${[targetRows, sideRows, sizeRows, phaseRows].map(table).join('\n\n')}\n\nwrote BENCHMARKS.md\n`);
}

/** What the profiles (`node --cpu-prof lib/synth/synth.js ...`) showed, and what to do about it. */
const FINDINGS = `## Findings and suggestions

- **Done (synth/render.ts): cdktf's token creation stacks are off while rendering.** cdktf 0.21 records a full
  stack trace (\`Error.stackTraceLimit = Infinity\`, then \`Error.captureStackTrace\` and formatting every frame)
  for every token it creates (\`Lazy\`, intrinsics, computed lists), only to print it if the token later fails to
  resolve. Measured before the change (and before infra/ grew per-node firewall rules): the 10x synth went from
  3.3 s to 1.2 s and the 100x one from 27.8 s to ~5.5 s (peak RSS 1.5 GB → 0.3 GB); \`SITEKIT_TOKEN_STACKS=1\` brings the stacks back for debugging. Under jest,
  whose source-map support maps each of those frames, a default-site synth went from 1.5 s to 0.1 s.
  \`cdktf synth\` (infra/main.ts) still pays it.
- **Done: one bundled file and Node's own compile cache, no loader tricks.** \`npm run build\` bundles the compiled
  synth and its libraries with esbuild (scripts/bundle.js) into lib/bundle/synth.js, which \`npm run synth\` runs:
  Node reads and compiles one file (5.8 MB, comments stripped) instead of resolving, reading and compiling ~800
  modules. The bundle leaves out, as declared build configuration, code a synth never runs: cdktf's \`archiver\`
  (asset zipping, ~270 modules) and zod's messages in ~60 languages; cdk8s's own copy of \`yaml\` (our version) is
  bundled once. On Node >= 22.1 bin/synth.js turns on Node's compile cache (\`module.enableCompileCache()\`;
  \`NODE_DISABLE_COMPILE_CACHE=1\` turns it off); Node 20 has none. This replaced three loader tricks: a V8 code
  cache made by hooking Node's CommonJS loader, Proxy stand-ins for unused modules put into
  \`require.cache\`, and stand-ins for the generated cdk8s bindings built from regular expressions over their
  JavaScript (tools/light-bindings.ts). The default site, one fresh process, median of 7 runs of each variant
  interleaved (wall / CPU, user + system):

  | | Node 20.20.2 (load 0.7 to 1.0) | Node 22.23.5 (load 1.7 to 2.3) |
  |---|---|---|
  | before: the loader tricks (hand-made code cache on Node 20, \`module.enableCompileCache\` on Node 22) | 0.85 s / 1.21 s | 1.18 s / 1.51 s |
  | after: lib/bundle/synth.js, as \`npm run synth\` runs it (Node 22: compile cache on) | 0.91 s / 1.20 s | 1.16 s / 1.47 s |
  | after, unbundled: lib/synth/synth.js (Node 22: compile cache on) | 1.13 s / 1.48 s | 1.38 s / 1.77 s |
  | after, bundled, with the generated \`libvirt_domain\` binding (see below) | 1.26 s / 1.61 s | |

  Without the tricks and without the bundle the synth misses the 1.0 s budget on Node 20 (+0.28 s); the bundle
  costs the CPU the tricks did and ~50 ms more wall time. In 11 runs on a busy machine (load 8.5 to 9.9) the CPU
  times compared the same way: Node 20 before 1.51 s, bundle 1.48 s, unbundled 1.91 s; Node 22 1.41, 1.34, 1.70 s.
  The bundle is the product's entry point; lib/synth/synth.js stays for \`node lib/synth/synth.js\` and the
  tests. The output is byte-identical (__tests__/synth.test.ts runs the bundle on every example site and on
  invalid ones).
- **Kept: infra/backends/libvirt-domain.ts**, \`libvirt_domain\` without its generated binding (6.3 MB of
  JavaScript, ~3,000 classes, a ~30-object tree of output references per domain): the dozen attributes we set,
  written in the generated binding's order (__tests__/libvirt-domain.test.ts compares both bindings on every
  libvirt site and checks the order against the generated code). It still pays with the bundle: with the
  generated binding instead, the default site's synth takes 1.26 s instead of 0.91 s (CPU 1.61 s instead of 1.20 s)
  on Node 20 (table above).
- **\`npm test\` type-checks first** (\`tsc -b tsconfig.test.json\`). The tests are checked against the product
  build's declarations (tsconfig.json is a composite project the test config references), so the 14 MB of generated
  bindings in imports/ are not checked a second time: ~13 s of CPU the first time after a build (~38 s as one
  program over sources and tests), ~1 s when nothing changed, ~6 s after one test file changed (load 10 to 15).
- **Done (synth/render.ts): YAML without a node tree for most manifests.** The yaml library built and walked a
  Document for every object (~60 ms, mostly cold code), and parsed every number-like string again to decide its
  YAML 1.1 quoting. \`simpleYaml\` writes maps, sequences and one-line ASCII scalars itself (118 of the default
  site's 120 objects), and the YAML 1.1 check uses the library's own tag tests; both are checked against the library
  on random input (__tests__/render-yaml11.test.ts). Serialization: ~60 ms → ~15 ms.
- **Done: linear in nodes.** The per-node firewall (infra/bootstrap/firewall.ts) listed every cluster member in
  several rules of every node's ruleset: output quadratic in nodes (~180 MB of Terraform JSON at 100x), and
  \`addressSet\` compared every element with every other one, re-parsing each address, for every rule of every node.
  Now each cluster's lists are built once per site (infra/bootstrap/topology.ts \`memo\`), reduced once with a sort
  and a sweep, a list longer than 32 sources is declared once per ruleset as a named nftables interval set (runs of
  consecutive addresses as ranges: the same addresses, a constant-size ruleset for the generated sites), and
  addresses are parsed once (site/ip.ts). Short lists stay inline, so the default site's rulesets did not change.
  site/validate.ts compared every address claim with every earlier one, and copied every node name per cluster
  member: claims are now found by address, names by key. infra/stacks/bootstrap.ts \`escapeTemplate\` built each
  node's Ignition config one character at a time (\`out += c\`, ~20 MB of strings at 100x): it now copies the text
  between the \`\${\` / \`%{\` it finds (100x: ~6 s and 750 MiB → ~3 s and 300 MiB). The 100x site went from
  unfinished (> 60 s) to ~3 s; CPU per added node is lower from 10x to 100x than from 1x to 10x.
- **What is left.** Fixed cost: Node's own start-up (~55 ms), then yaml, zod and cdktf (~20-30 ms each), loading and
  validating the site (~45 ms, mostly cold code: the yaml parser with source positions, zod), building and
  resolving the stacks (~80-95 ms, cold code). Per node (~3 ms of CPU): cdktf building and resolving each resource
  (linear), parsing the site (yaml with source positions, ~0.4 s at 100x), rendering each node's bootstrap.
  Rules with more than 32 sources that are not runs of consecutive addresses (a cluster whose nodes are scattered
  over a network) still list each address, once per ruleset.
`;

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench failed: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
