/**
 * `npm test` runs every test file except the slow ones below; `npm run test:slow` runs those
 * (`__tests__/jest.slow.config.js`; `.ci/run` runs both, then the boot tests). ts-jest only transpiles each file (isolatedModules);
 * `npm test` type-checks the sources and all tests (`tsc -b tsconfig.test.json`) at the same time.
 * (@swc/jest would be faster, but its platform binaries are not all on the registry reachable here,
 * so a lockfile with it fails `npm ci`.)
 */

const { base, SLOW } = require('./__tests__/support/jest-base.js');

module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/', ...SLOW],
  // Both cores: the tests are CPU-bound and most of them run in the worker itself.
  maxWorkers: '100%',
};
