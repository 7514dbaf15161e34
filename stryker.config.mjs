/**
 * Mutation testing (`npm run mutate`, not part of `npm test`): each target file of
 * stryker.targets.json is mutated on its own and checked by its own test files only (per-test
 * coverage then picks the tests that reach each mutant). scripts/mutate.js runs the targets one after
 * the other; `npx stryker run --mutate <file>` runs one. Equivalent mutants are disabled in the
 * source with a `// Stryker disable next-line <mutator>: <why>` comment.
 */
import * as fs from 'fs';
import * as path from 'path';

/** File under test → the test files (paths under __tests__/) that pin its behaviour. */
const TARGETS = JSON.parse(fs.readFileSync(new URL('./stryker.targets.json', import.meta.url), 'utf8'));

/** The target: SITEKIT_MUTATE, else the `--mutate`/`-m` argument of `stryker run`. */
function target() {
  if (process.env.SITEKIT_MUTATE) return process.env.SITEKIT_MUTATE;
  const argv = process.argv;
  const i = argv.findIndex((a) => a === '--mutate' || a === '-m');
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith('--mutate='));
  if (eq) return eq.slice('--mutate='.length);
  throw new Error(`name the file to mutate: npx stryker run --mutate <file> (one of: ${Object.keys(TARGETS).join(', ')}), or npm run mutate`);
}

// One file, optionally with line ranges (Stryker's `file:from-to`), comma-separated for several.
const mutate = target().split(',');
const file = mutate[0].split(':')[0];
const tests = TARGETS[file];
if (!tests) throw new Error(`no mutation target ${file}: one of ${Object.keys(TARGETS).join(', ')} (add it and its tests to stryker.targets.json)`);
if (mutate.some((m) => m.split(':')[0] !== file)) throw new Error(`one file per run: ${mutate.join(', ')}`);
const name = path.basename(file, '.ts');

export default {
  mutate,
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // The sandbox has no lib/ (ignored below): the bindings load from imports/ as TypeScript.
    config: { testMatch: tests.map((t) => `<rootDir>/__tests__/${t}`), moduleNameMapper: {} },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.SITEKIT_MUTATE_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  // Not needed to run the tests above: generated output, build output, reports.
  ignorePatterns: ['dist', 'lib', 'reports', 'cdktf.out', 'cdk8s.out', '.tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
