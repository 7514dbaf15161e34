/**
 * `npm run synth [-- --site <file>] [-- --out <dir>]`: loads the site once and synthesizes both
 * apps in this one process into `<out>/terraform/<stack>/cdk.tf.json` and `<out>/clusters/<cluster>/`.
 * On any error nothing under <out> changes and the exit code is non-zero.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clusterRules } from '../cluster/site-rules';
import { formatIssue, loadSiteFile, type Site } from '../site';
import { assertNoDataLoss } from './gates/data-loss';
import { FLUX_GENERATED, fluxBootstrapFiles } from './gates/flux-bootstrap';
import { describeCode, LOCK, type LockInfo, LockTimeoutError, OutputFsError } from './output/lock';
import { countFindings, formatFindings, runPolicies } from './gates/policy';
import { readOutputTree } from './output/read-tree';
import { type Extensions, renderSite } from './render';
import { formatSecretFindings, scanSecrets } from './gates/secrets';
import { OutputDir, type WriteResult } from './output/write';

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
export function checkGates(site: Site, files: ReadonlyMap<string, string>, parsed?: ReadonlyMap<string, readonly unknown[]>): GateReport {
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
 * Runs a synth; returns the process exit code. `extensions` add stacks and cluster objects of
 * your own (a script of yours that calls this instead of `npm run synth`).
 */
export function main(argv: readonly string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error, extensions: Extensions = {}): number {
  const t0 = process.hrtime.bigint();
  /** What an internal error left of the output, for its message. */
  let state = 'the output directory unchanged';
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      log(USAGE);
      return 0;
    }
    const output = new OutputDir(resolveOutput(opts.out, opts.site), opts.out);
    const out = output.name();
    state = `${out} unchanged`;
    try {
      return synthInto(output, opts, t0, log, err, extensions);
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
function holderOf(holder: LockInfo | undefined): string {
  return holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.started}` : 'unknown: its lock file is unreadable';
}

/**
 * The synth proper, into an output directory that passed resolveOutput: the site is loaded,
 * rendered and gated; then, holding the output's lock, the previous owned files are read, the
 * data-loss guard compares, and the new files are written. Returns the exit code.
 */
function synthInto(output: OutputDir, opts: Options, t0: bigint, log: (s: string) => void, err: (s: string) => void, extensions: Extensions): number {
  // Refused before any work, and again under the lock (where it counts).
  output.owned(opts.adopt);
  if (!fs.existsSync(output.dir) && fs.existsSync(`${output.dir}.old`)) {
    err(`warning: ${output.name().slice(0, -1)}.old/ is beside a missing ${output.name()}: an interrupted write of an older sitekit may have left it; this synth writes a new ${output.name()}, and the data-loss guard has no previous output to compare with`);
  }
  const { site, warnings } = loadSiteFile(opts.site, { rules: clusterRules() });
  for (const w of warnings) err(formatIssue(w));
  const rendered = renderSite(site, extensions);
  const gates = checkGates(site, rendered.files, rendered.objects);
  for (const w of gates.warnings) err(w);
  const timeout = process.env.SITEKIT_LOCK_TIMEOUT_MS ? Number(process.env.SITEKIT_LOCK_TIMEOUT_MS) : NaN;
  const lock = output.lock({
    timeoutMs: timeout >= 0 ? timeout : undefined,
    onWait: (holder) => {
      if (!opts.quiet) err(`waiting for ${output.name()}: another synth is writing it (${holderOf(holder)})`);
    },
  });
  let result: WriteResult;
  let kept: ReturnType<typeof assertNoDataLoss>;
  try {
    output.recover();
    // flux-system/ files flux bootstrap wrote are its own: never overwritten, never deleted.
    const bootstrapped = fluxBootstrapFiles(output.dir, output.owned(opts.adopt));
    const clash = bootstrapped.filter((f) => rendered.files.has(f));
    if (clash.length) {
      const cluster = clash[0].split('/')[1];
      throw new OutputProblem(
        `${output.name(clash[0])} was written by flux bootstrap ("${FLUX_GENERATED}"), and the synth writes it too (cluster "${cluster}" has gitops.bootstrap: tree): each would undo the other's commit; allowed: flux-system/ written by the synth alone (gitops.bootstrap: tree, no flux bootstrap) or by flux bootstrap alone (gitops.bootstrap: flux); fix: set gitops.bootstrap: flux for cluster "${cluster}" to keep bootstrap's files, or delete ${clash.map((f) => output.name(f)).join(', ')} to go back to the synth's`,
      );
    }
    const owned = output.owned(opts.adopt).filter((f) => !bootstrapped.includes(f));
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
