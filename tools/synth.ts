/**
 * `npm run synth [-- --site <file>] [-- --out <dir>]`: loads the site once and synthesizes both
 * apps in this one process into `<out>/terraform/<stack>/cdk.tf.json` and `<out>/clusters/<cluster>/`.
 * On any error nothing under <out> changes and the exit code is non-zero.
 */
import * as path from 'path';
import { formatIssue, loadSiteFile, SiteError } from '../site';
import { renderSite } from './render';
import { writeTreeAtomically } from './write';

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
  return { site, out, quiet };
}

/** Runs a synth; returns the process exit code. */
export function main(argv: readonly string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const t0 = process.hrtime.bigint();
  try {
    const opts = parseArgs(argv);
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
    if (e instanceof SiteError || (e as { userError?: boolean }).userError) {
      err(`synth failed: ${(e as Error).message}`);
      return 1;
    }
    err(`synth failed with an internal error (dist/ unchanged):\n${(e as Error).stack ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
