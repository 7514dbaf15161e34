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
 * A V8 code cache for the ~750 modules (~19 MB of JavaScript) a synth loads: compiling them is most
 * of the time spent loading them, and the cache skips most of that on the next runs. Node >= 22.1 has
 * one built in (`module.enableCompileCache`); on Node 20 this hooks the CommonJS loader the way
 * v8-compile-cache does. Each cache file holds the MD5 of the source it was made from: a changed
 * module is recompiled (V8 alone only checks the source length). Best effort: any problem with the
 * cache directory just means compiling as usual. Returns whether a cache is in use.
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
    const file = path.join(dir, createHash('md5').update(filename).digest('hex'));
    const sum = createHash('md5').update(content).digest();
    let cachedData: Buffer | undefined;
    try {
      const data = fs.readFileSync(file);
      if (data.subarray(0, 16).equals(sum)) cachedData = data.subarray(16);
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
}

class UsageError extends Error {
  readonly userError = true;
}

function parseArgs(argv: readonly string[]): Options {
  let site = 'site.yaml';
  let out = 'dist';
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value; usage: npm run synth -- [--site <file>] [--out <dir>] [--quiet]`);
      return v;
    };
    if (a === '--site') site = value();
    else if (a === '--out') out = value();
    else if (a === '--quiet') quiet = true;
    else throw new UsageError(`unknown argument ${JSON.stringify(a)}; usage: npm run synth -- [--site <file>] [--out <dir>] [--quiet]`);
  }
  const resolved = path.resolve(out);
  const inside = (dir: string, p: string) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  if (inside(resolved, process.cwd()) || inside(resolved, path.resolve(site))) {
    throw new UsageError(`--out ${out} would replace a directory holding the current directory or the site file; choose an output directory of its own, e.g. dist`);
  }
  return { site, out, quiet };
}

/**
 * Runs a synth; returns the process exit code. The libraries load here, not at the top of the
 * module, so that they load through the compile cache (see compileCacheDir).
 */
export function main(argv: readonly string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const t0 = process.hrtime.bigint();
  let out = 'the output directory';
  try {
    const opts = parseArgs(argv);
    out = `${opts.out}/`;
    const cacheDir = compileCacheDir();
    if (cacheDir) enableCompileCache(cacheDir);
    const { formatIssue, loadSiteFile } = require('../site') as typeof import('../site');
    const { renderSite } = require('./render') as typeof import('./render');
    const { writeTreeAtomically } = require('./write') as typeof import('./write');
    const { site, warnings } = loadSiteFile(opts.site);
    for (const w of warnings) err(formatIssue(w));
    const rendered = renderSite(site);
    const result = writeTreeAtomically(opts.out, rendered.files);
    if (!opts.quiet) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const rel = path.relative(process.cwd(), path.resolve(opts.out)) || '.';
      log(`synthesized site "${site.name}" from ${opts.site} into ${rel}/`);
      for (const [id, n] of rendered.stacks) log(`  terraform/${id}: ${n} resources and data sources`);
      for (const [name, n] of rendered.clusters) log(`  clusters/${name}: ${n} Kubernetes objects`);
      log(`  files: ${rendered.files.size} (${result.added} added, ${result.changed} changed, ${result.removed} removed, ${result.unchanged} unchanged)`);
      log(`  elapsed: ${ms.toFixed(0)} ms`);
    }
    return 0;
  } catch (e) {
    if ((e as { userError?: boolean } | undefined)?.userError) {
      err(`synth failed: ${(e as Error).message}`);
      return 1;
    }
    err(`synth failed with an internal error (${out} unchanged):\n${(e as Error | undefined)?.stack ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
