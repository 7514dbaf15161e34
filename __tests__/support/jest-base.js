/** What the jest configurations share (jest.config.js, __tests__/jest.slow.config.js, __tests__/e2e/jest.config.js). */

/** Test files that run whole programs many times, each a pattern on the path from the repository root. */
const SLOW = [
  // The real terraform binary against the simulated providers: init, plan and apply of every stack.
  '/__tests__/terraform/',
  // Property tests: random sites rendered and checked by every validator, the loader fuzzed, the
  // YAML writer against the YAML 1.1 reading of thousands of random strings, and the Terraform
  // template escaping against its reference on random texts.
  '/__tests__/sites/fuzz-',
  '/__tests__/synth/render-yaml11\\.test\\.ts$',
  '/__tests__/infra/bootstrap/escape\\.test\\.ts$',
  // The batched cloud-init checks against cloud-init's CLI run once per document.
  '/__tests__/support/validators/cloud-init\\.test\\.ts$',
  // kubectl kustomize over every directory of every example site's trees.
  '/__tests__/cluster/tree\\.test\\.ts$',
  '/__tests__/cluster/gitops',
  // The synth and the writer as processes: the CLI, the bundle, concurrent synths and writers,
  // real file systems, a writer killed at every step.
  '/__tests__/synth/(output/)?processes\\.test\\.ts$',
  // Renovate's schema, taken from the npm registry (once per fresh node_modules).
  '/__tests__/scripts/renovate-schema\\.test\\.ts$',
  // The change report: pairs of sites synthesized in the test, and `npm run diff` against a commit
  // (git archive, esbuild, the base's synth as a process).
  '/__tests__/synth/diff/(pairs|cli)\\.test\\.ts$',
];

const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { target: 'ES2022', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, sourceMap: true, isolatedModules: true } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The product (and the generated bindings) load as tsc compiled them into lib/ (`npm ci` builds
  // it, and every test script runs `tsc -b` first), so jest transpiles only the tests, and not the
  // product again for every fresh cache. Inside lib/ the same paths lead to the same files.
  moduleNameMapper: {
    '^(?:\\.\\./)+(imports|site|infra|cluster|synth|ansible|sitedocs|scripts)(/.*)?$': '<rootDir>/lib/$1$2',
    '^(?:\\.\\./)+index$': '<rootDir>/lib/index',
  },
  testTimeout: 120000,
  // A test that makes no assertion fails.
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/has-assertions.js'],
};

module.exports = { base, SLOW };
