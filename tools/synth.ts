/**
 * `npm run synth [-- --site <file>] [-- --out <dir>]`: loads the site once and synthesizes both
 * apps in this one process into `<out>/terraform/<stack>/cdk.tf.json` and `<out>/clusters/<cluster>/`.
 * On any error nothing under <out> changes and the exit code is non-zero.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';

/**
 * A V8 code cache for the modules a synth loads (~380 modules, ~6 MB of JavaScript, after
 * trimModuleLoading): compiling them is most of the time spent loading them, and the cache skips
 * most of that on the next runs. Node >= 22.1 has
 * one built in (`module.enableCompileCache`); on Node 20 this hooks the CommonJS loader the way
 * v8-compile-cache does. Each cache file holds the SHA-1 of the source it was made from: a changed
 * module is recompiled (V8 alone only checks the source length). (SHA-1 rather than MD5: hashing
 * ~19 MB of source on every run is a cost of its own, and SHA-1 has CPU instructions on x86-64 and
 * arm64 that make it ~3x faster here; it only has to tell a changed file apart, not resist an
 * attacker who can write node_modules anyway.) Best effort: any problem with the cache directory
 * just means compiling as usual. Returns whether a cache is in use.
 */
export function enableCompileCache(dir: string): boolean {
  const builtIn = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (builtIn) {
    builtIn(dir);
    return true;
  }
  const proto = Module.prototype as unknown as { _compile(content: string, filename: string): unknown; __sitekitCache?: true };
  const importLoader = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (proto.__sitekitCache) return true;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    return false;
  }
  const internals = Module as unknown as {
    _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
    _resolveLookupPaths(request: string, parent: unknown): string[] | null;
    _extensions: unknown;
    _cache: unknown;
  };
  const pending: { file: string; sum: Buffer; script: vm.Script }[] = [];
  const original = proto._compile;
  proto.__sitekitCache = true;
  proto._compile = function (this: Module, content: string, filename: string) {
    // Dynamic import() needs the default loader option (Node >= 20.12); without it, compile as usual.
    if (!importLoader && content.includes('import(')) return original.call(this, content, filename);
    const file = path.join(dir, createHash('sha1').update(filename).digest('hex'));
    const sum = createHash('sha1').update(content).digest();
    let cachedData: Buffer | undefined;
    try {
      const data = fs.readFileSync(file);
      if (data.subarray(0, sum.length).equals(sum)) cachedData = data.subarray(sum.length);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: importLoader as never });
    if (!cachedData || script.cachedDataRejected) pending.push({ file, sum, script });
    const fn = script.runInThisContext({ displayErrors: true });
    const mod = this;
    const req = ((id: string) => mod.require(id)) as NodeJS.Require;
    const resolve = ((request: string, options?: unknown) => internals._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
    resolve.paths = (request: string) => internals._resolveLookupPaths(request, mod);
    req.resolve = resolve;
    req.main = require.main;
    req.extensions = internals._extensions as NodeJS.RequireExtensions;
    req.cache = internals._cache as NodeJS.Dict<NodeModule>;
    return fn.call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
  };
  // After the run, so that the cache also holds the functions V8 compiled lazily while running.
  process.once('exit', () => {
    for (const { file, sum, script } of pending) {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, Buffer.concat([sum, script.createCachedData()]));
        fs.renameSync(tmp, file);
      } catch {
        /* best effort */
      }
    }
  });
  return true;
}

/** `require.resolve` of `request` as the module `from` (a package path) would resolve it; undefined when either is missing. */
function resolveFrom(request: string, from: string): string | undefined {
  try {
    return require.resolve(request, { paths: [path.dirname(require.resolve(from))] });
  } catch {
    return undefined;
  }
}

/** The version in the package.json of the package holding `file`, if it can be found. */
function packageVersion(file: string, name: string): string | undefined {
  const i = file.lastIndexOf(`${path.sep}node_modules${path.sep}${name}${path.sep}`);
  if (i < 0) return undefined;
  try {
    const root = file.slice(0, i + `${path.sep}node_modules${path.sep}${name}`.length);
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Modules cdktf requires when it loads, by the module that requires them, which only call them for
 * work a synth does not do (see trimModuleLoading).
 */
const DEFERRED: readonly { readonly request: string; readonly from: string; readonly esModule?: true }[] = [
  // Zips an asset directory, in a child process of its own (`node fs.js src dest`).
  { request: 'archiver', from: 'cdktf/lib/private/fs' },
  // Writes the manifest and stack files of `app.synth()`; we serialize the stacks ourselves.
  { request: 'json-stable-stringify', from: 'cdktf/lib/manifest' },
  // Checks the terraform binary's version, for the features that need a minimum one.
  { request: 'semver', from: 'cdktf/lib/validations/validate-binary-version' },
  // zod's error messages in ~60 languages (64 modules), re-exported as `z.locales`; zod itself
  // loads English from its own module, and the site's messages are ours. Imported with
  // `__importStar`, which only asks an ES module (`__esModule`) for nothing else.
  { request: '../locales/index.cjs', from: 'zod/v4/core', esModule: true },
];

/**
 * Loads less in the synth's own process; the output does not change. Two kinds of modules:
 *
 * - Required when a library loads, but only called for work a synth does not do (DEFERRED).
 *   cdktf's asset support (lib/private/fs.js) requires `archiver` at load (~200 modules: async,
 *   lodash, readable-stream, glob, zip-stream...: a third of all the modules a synth loaded,
 *   ~50 ms), and only calls it in a child process of its own that zips an asset directory (`node
 *   fs.js src dest`, which loads the real one). Each is a stand-in that loads the real module on
 *   first use: should a synth need one after all, it only costs the time saved.
 * - A second copy of a package the synth loads anyway, at the same version: cdk8s bundles its own
 *   `yaml` (2.9.1, like ours), which `cdk8s` requires at load for its `Yaml` helpers (we write YAML
 *   ourselves). It gets ours: the same code, loaded once.
 *
 * With `cacheDir` (the compile cache's directory), the generated cdk8s bindings also get their
 * light stand-ins (light-bindings.ts), whose tables are kept there.
 *
 * Only for a process that runs `main()`, never under jest (which has its own module registry).
 * Idempotent. Returns the modules it stood in for or shared, for the tests and the bench.
 */
export function trimModuleLoading(cacheDir?: string): string[] {
  const done: string[] = [];
  const cache = require.cache;
  for (const { request, from, esModule } of DEFERRED) {
    const deferred = resolveFrom(request, from);
    if (!deferred || cache[deferred]) continue;
    let real: object | undefined;
    const load = (): object => {
      if (!real) {
        delete cache[deferred];
        real = require(deferred) as object;
      }
      return real;
    };
    // A function, so that it can stand in for a module that exports one (archiver, json-stable-stringify).
    const standIn = new Proxy(function deferred() {}, {
      apply: (_t, self, args) => Reflect.apply(load() as (...a: unknown[]) => unknown, self, args),
      construct: (_t, args) => Reflect.construct(load() as new (...a: unknown[]) => object, args),
      get: (_t, key) => (esModule && key === '__esModule' && !real ? true : Reflect.get(load(), key)),
      set: (_t, key, value) => Reflect.set(load(), key, value),
      has: (_t, key) => Reflect.has(load(), key),
    });
    const m = new Module(deferred);
    m.filename = deferred;
    m.loaded = true;
    m.exports = standIn;
    cache[deferred] = m;
    done.push(deferred);
  }
  const copy = resolveFrom('yaml', 'cdk8s/lib/yaml');
  const ours = resolveFrom('yaml', __filename);
  if (copy && ours && copy !== ours && !cache[copy] && packageVersion(copy, 'yaml') !== undefined && packageVersion(copy, 'yaml') === packageVersion(ours, 'yaml')) {
    require(ours);
    cache[copy] = cache[ours];
    done.push(copy);
  }
  if (cacheDir) {
    const { lightenBindings } = require('./light-bindings') as typeof import('./light-bindings');
    done.push(...lightenBindings(cacheDir));
  }
  return done;
}

/**
 * Where the synth keeps its compile cache: SITEKIT_COMPILE_CACHE when it is an absolute path, else
 * node_modules/.cache/sitekit-synth of the package, by Node version; undefined when turned off
 * (SITEKIT_COMPILE_CACHE=0) and under jest (which loads modules its own way).
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.SITEKIT_COMPILE_CACHE;
  if (setting === '0' || env.JEST_WORKER_ID) return undefined;
  if (setting && path.isAbsolute(setting)) return setting;
  let root = __dirname; // tools/ or lib/tools/: the package root is the nearest directory with a package.json
  while (!fs.existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  return path.join(root, 'node_modules', '.cache', 'sitekit-synth', `${process.version}-${process.arch}`);
}

interface Options {
  readonly site: string;
  readonly out: string;
  readonly quiet: boolean;
  readonly adopt: boolean;
  readonly help: boolean;
}

class UsageError extends Error {
  readonly userError = true;
}

/** A problem of the output directory's file system or lock, reported in one line (exit 1). */
class OutputProblem extends Error {
  readonly userError = true;
}

/** `npm run synth -- --help`. */
export const USAGE = [
  'usage: npm run synth -- [--site <file>] [--out <dir>] [--adopt] [--quiet] [--help]',
  '',
  'Synthesizes a site into Terraform JSON (<out>/terraform/<stack>/cdk.tf.json) and a GitOps tree',
  '(<out>/clusters/<cluster>/), after the policy pack, the secret scan and the data-loss guard.',
  '',
  'options:',
  '  --site <file>  the site to synthesize (default: site.yaml)',
  '  --out <dir>    the output directory (default: dist). sitekit writes, changes and deletes only the',
  '                 files it wrote there, listed in <dir>/.sitekit-manifest.json; everything else',
  '                 (Terraform state, .terraform/, your own files) is left alone',
  '  --adopt        take over an existing directory sitekit did not write (or files in the way): the',
  '                 files this synth renders are overwritten and owned from now on, the rest is kept',
  '  --quiet        print nothing but warnings and errors',
  '  -h, --help     print this help and exit',
  '',
  'Exit status: 0 written (or already up to date); 1 stopped by the site, an option, a gate, the',
  'output directory or the file system (the message says what became of the output); 2 an internal error.',
  'SITEKIT_LOCK_TIMEOUT_MS: how long to wait for another synth writing the same output (default 60000).',
].join('\n');

function parseArgs(argv: readonly string[]): Options {
  let site = 'site.yaml';
  let out = 'dist';
  let quiet = false;
  let adopt = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--site') site = value();
    else if (a === '--out') out = value();
    else if (a === '--quiet') quiet = true;
    else if (a === '--adopt') adopt = true;
    else if (a === '--help' || a === '-h') return { site, out, quiet, adopt, help: true };
    else throw new UsageError(`unknown option ${JSON.stringify(a)}\n${USAGE}`);
  }
  return { site, out, quiet, adopt, help: false };
}

/**
 * The real path of the output directory `out` (symbolic links resolved: the rules apply to the
 * target), refused when it is not a directory or holds the current directory or the site file.
 * Nothing is created here.
 */
function resolveOutput(out: string, site: string): string {
  const abs = path.resolve(out);
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') throw e;
    if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new UsageError(`--out ${out} is a symbolic link to ${fs.readlinkSync(abs)}, which does not exist; create that directory or choose another --out`);
    }
    // A new directory: the real path of its nearest existing ancestor, and the rest.
    let base = path.dirname(abs);
    while (!fs.existsSync(base)) base = path.dirname(base);
    if (!fs.statSync(base).isDirectory()) throw new UsageError(`--out ${out} cannot be created: ${base} is not a directory`);
    real = path.join(fs.realpathSync(base), path.relative(base, abs));
  }
  if (fs.existsSync(real) && !fs.statSync(real).isDirectory()) throw new UsageError(`--out ${out} exists and is not a directory; choose a directory of its own, e.g. dist`);
  const inside = (dir: string, p: string) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  const realOrResolved = (p: string) => (fs.existsSync(p) ? fs.realpathSync(p) : path.resolve(p));
  if (inside(real, realOrResolved(process.cwd())) || inside(real, realOrResolved(site))) {
    throw new UsageError(`--out ${out} holds the current directory or the site file; choose an output directory of its own, e.g. dist`);
  }
  return real;
}

/** What the gates said about a render that passed them. */
interface GateReport {
  /** Lines for stderr: policy warnings (printed even with --quiet). */
  readonly warnings: readonly string[];
  /** Lines for the summary: the policy counts, each suppressed finding with its reason, the secret scan. */
  readonly summary: readonly string[];
}

class GateError extends Error {
  readonly userError = true;
}

/**
 * The gates every synth passes before anything is written: the policy pack (errors fail the synth,
 * warnings are printed, suppressions are listed with their reasons) and the secret scan of every
 * file (any finding fails the synth, naming file:line:column). Throws a user error (exit 1) with
 * every finding; the output directory is then left as it was. `parsed`: the renderer's objects of
 * the Kubernetes files (`Rendered.objects`), which spare the policy pack and the secret scan
 * parsing them again.
 */
export function checkGates(site: import('../site').Site, files: ReadonlyMap<string, string>, parsed?: ReadonlyMap<string, readonly unknown[]>): GateReport {
  const { countFindings, formatFindings, runPolicies } = require('./policy') as typeof import('./policy');
  const { formatSecretFindings, scanSecrets } = require('./scan-secrets') as typeof import('./scan-secrets');
  const policy = runPolicies(files, site.spec.policy.suppressions, undefined, parsed);
  const secrets = scanSecrets(files, parsed);
  const { errors } = countFindings(policy.findings);
  const problems: string[] = [];
  if (errors) {
    const errorsOnly = { findings: policy.findings.filter((f) => f.severity === 'error'), suppressed: [] };
    problems.push(
      `${formatFindings(policy).split('\n')[0]}\n` +
        formatFindings(errorsOnly, { indent: '    ' }).split('\n').slice(1).join('\n') +
        '\n  fix the code or the site; or, where the finding is intended, add { rule, object, reason } to policy.suppressions in the site',
    );
  }
  if (secrets.length) {
    problems.push(`secret scan:\n${formatSecretFindings(secrets).split('\n').map((l) => `    ${l}`).join('\n')}`);
  }
  if (problems.length) throw new GateError(`the output did not pass its gates (nothing written):\n  ${problems.join('\n  ')}`);
  const warnings = policy.findings.filter((f) => f.severity === 'warning');
  const text = formatFindings(policy, { indent: '    ', suppressed: true }).split('\n');
  return {
    warnings: warnings.map((f) => `warning: ${f.rule} ${f.object}: ${f.message}`),
    summary: [`  ${text[0]}`, ...text.slice(1).filter((l) => !l.trimStart().startsWith('warning')), '  secrets: none found in the output'],
  };
}

/**
 * Runs a synth; returns the process exit code. The libraries load here, not at the top of the
 * module, so that they load through the compile cache (see compileCacheDir).
 */
export function main(argv: readonly string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const t0 = process.hrtime.bigint();
  /** What an internal error left of the output, for its message. */
  let state = 'the output directory unchanged';
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      log(USAGE);
      return 0;
    }
    const cacheDir = compileCacheDir();
    if (cacheDir) enableCompileCache(cacheDir);
    if (!process.env.JEST_WORKER_ID) trimModuleLoading(cacheDir);
    const { OutputDir } = require('./write') as typeof import('./write');
    const { LOCK, LockTimeoutError, OutputFsError, describeCode } = require('./lock') as typeof import('./lock');
    const output = new OutputDir(resolveOutput(opts.out, opts.site), opts.out);
    const out = output.name();
    state = `${out} unchanged`;
    try {
      return synthInto(output, opts, t0, log, err);
    } catch (e) {
      // The environment's errors in one line, saying what became of the output.
      if (e instanceof OutputFsError) {
        const outcome = e.committed ? `the write into ${out} is committed but not finished: fix the cause and synth again, which finishes it first` : `${out} unchanged`;
        throw new OutputProblem(`cannot ${e.verb} ${output.name(e.rel)}: ${describeCode(e.code)} (${e.code}); ${outcome}`);
      }
      if (e instanceof LockTimeoutError) {
        throw new OutputProblem(`${out} is locked by another synth (${holderOf(e.holder)}); waited ${e.timeoutMs / 1000} s. If no synth is running there, delete ${output.name(LOCK)}`);
      }
      if ((e as { committed?: boolean } | undefined)?.committed) state = `the write into ${out} is committed but not finished; the next synth finishes it`;
      throw e;
    }
  } catch (e) {
    if ((e as { userError?: boolean } | undefined)?.userError) {
      err(`synth failed: ${(e as Error).message}`);
      return 1;
    }
    err(`synth failed with an internal error (${state}):\n${(e as Error | undefined)?.stack ?? String(e)}`);
    return 2;
  }
}

/** "pid N on host, since T" for a lock holder. */
function holderOf(holder: import('./lock').LockInfo | undefined): string {
  return holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.started}` : 'unknown: its lock file is unreadable';
}

/**
 * The synth proper, into an output directory that passed resolveOutput: the site is loaded,
 * rendered and gated; then, holding the output's lock, the previous owned files are read, the
 * data-loss guard compares, and the new files are written. Returns the exit code.
 */
function synthInto(output: import('./write').OutputDir, opts: Options, t0: bigint, log: (s: string) => void, err: (s: string) => void): number {
  // Refused before any work, and again under the lock (where it counts).
  output.owned(opts.adopt);
  if (!fs.existsSync(output.dir) && fs.existsSync(`${output.dir}.old`)) {
    err(`warning: ${output.name().slice(0, -1)}.old/ is beside a missing ${output.name()}: an interrupted write of an older sitekit may have left it; this synth writes a new ${output.name()}, and the data-loss guard has no previous output to compare with`);
  }
  const { formatIssue, loadSiteFile } = require('../site') as typeof import('../site');
  const { renderSite } = require('./render') as typeof import('./render');
  const { clusterRules } = require('../cluster/site-rules') as typeof import('../cluster/site-rules');
  const { site, warnings } = loadSiteFile(opts.site, { rules: clusterRules() });
  for (const w of warnings) err(formatIssue(w));
  const rendered = renderSite(site);
  const gates = checkGates(site, rendered.files, rendered.objects);
  for (const w of gates.warnings) err(w);
  const { assertNoDataLoss } = require('./data-loss') as typeof import('./data-loss');
  const { readOutputTree } = require('./read-tree') as typeof import('./read-tree');
  const timeout = process.env.SITEKIT_LOCK_TIMEOUT_MS ? Number(process.env.SITEKIT_LOCK_TIMEOUT_MS) : NaN;
  const lock = output.lock({
    timeoutMs: timeout >= 0 ? timeout : undefined,
    onWait: (holder) => {
      if (!opts.quiet) err(`waiting for ${output.name()}: another synth is writing it (${holderOf(holder)})`);
    },
  });
  let result: import('./write').WriteResult;
  let kept: ReturnType<typeof assertNoDataLoss>;
  try {
    output.recover();
    const owned = output.owned(opts.adopt);
    // The data-loss guard: nothing stateful of the previous output disappears unless the site
    // declares it. Its baseline: the owned files, and with --adopt those about to be taken over.
    const previous = readOutputTree(output, opts.adopt ? new Set([...owned, ...rendered.files.keys()]) : owned);
    kept = assertNoDataLoss(previous, rendered.files, site, rendered.objects);
    for (const w of kept.warnings) err(w);
    result = output.write(rendered.files, { owned, previous, adopt: opts.adopt });
  } finally {
    lock.release();
  }
  if (!opts.quiet) {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const rel = path.relative(process.cwd(), output.dir) || '.';
    log(`synthesized site "${site.name}" from ${opts.site} into ${rel}/`);
    for (const [id, n] of rendered.stacks) log(`  terraform/${id}: ${n} resources and data sources`);
    for (const [name, n] of rendered.clusters) log(`  clusters/${name}: ${n} Kubernetes objects`);
    for (const l of gates.summary) log(l);
    for (const l of kept.summary) log(`  ${l}`);
    log(`  files: ${rendered.files.size} (${result.added} added, ${result.changed} changed, ${result.removed} removed, ${result.unchanged} unchanged)`);
    if (result.adopted) log(`  adopted: ${result.adopted} file(s) that were already there are sitekit's from now on; nothing else in ${output.name()} was touched`);
    log(`  elapsed: ${ms.toFixed(0)} ms`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
