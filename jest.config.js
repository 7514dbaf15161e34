/**
 * Tests run TypeScript through ts-jest without type checking (isolatedModules): `tsc -b` type-checks.
 * (@swc/jest would be faster, but its platform binaries are not all on the registry reachable here,
 * so a lockfile with it fails `npm ci`.)
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: { target: 'ES2022', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, sourceMap: true } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120000,
};
