/**
 * ts-jest only transpiles each file (isolatedModules); `npm test` type-checks the sources and the
 * tests first (`tsc -b tsconfig.test.json`).
 * (@swc/jest would be faster, but its platform binaries are not all on the registry reachable here,
 * so a lockfile with it fails `npm ci`.)
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { target: 'ES2022', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, sourceMap: true, isolatedModules: true } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120000,
  // A test that makes no assertion fails.
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/has-assertions.js'],
};
