/**
 * The boot tests (`npm run e2e`): real VMs under QEMU in a private network namespace, a private
 * libvirtd. Files end in `.e2e.ts` so that `npm test` never runs them; one at a time (they share
 * two cores), each with its own time limits.
 */
const { base } = require('../support/jest-base.js');

module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/__tests__/e2e'],
  testMatch: ['**/*.e2e.ts'],
  maxWorkers: 1,
  // The guest checks (support/checks.ts) assert by throwing with the guest's evidence, not through expect.
  setupFilesAfterEnv: [],
  testTimeout: 15 * 60_000,
  verbose: true,
};
