/**
 * The fs double of the writer's tests, installed by each test file with
 *   jest.mock('fs', () => jest.requireActual('./mocks').fsModule());
 * and cleared after each test by useTempDir (harness.ts).
 */

/** Failures injected into the fs calls of synth/output/ (everything else goes to the real fs). */
export const mockFs: {
  fail?: (call: string, args: unknown[]) => void;
  failRead?: (call: string, args: unknown[]) => void;
  /** Replaces what a reading call returns. */
  readResult?: (call: string, result: unknown) => unknown;
} = {};
/** The mutating calls (and accessSync, which the writer uses to check permissions before it commits). */
export const CALLS = ['writeFileSync', 'mkdirSync', 'renameSync', 'rmSync', 'linkSync', 'unlinkSync', 'rmdirSync', 'accessSync'];
/** fs with the mutating calls behind mockFs.fail and the reading calls behind mockFs.failRead/readResult. */
export function fsModule(): object {
  const actual = jest.requireActual('fs');
  const wrapped: Record<string, unknown> = {};
  for (const name of ['writeFileSync', 'mkdirSync', 'renameSync', 'rmSync', 'linkSync', 'unlinkSync', 'rmdirSync', 'accessSync']) {
    wrapped[name] = (...args: unknown[]) => {
      mockFs.fail?.(name, args);
      return actual[name](...args);
    };
  }
  // The reading calls, with a hook of their own.
  for (const name of ['readdirSync', 'openSync', 'readFileSync', 'lstatSync']) {
    wrapped[name] = (...args: unknown[]) => {
      mockFs.failRead?.(name, args);
      const result = actual[name](...args);
      return mockFs.readResult ? mockFs.readResult(name, result) : result;
    };
  }
  return { ...actual, ...wrapped };
}

export function resetMocks(): void {
  mockFs.fail = undefined;
  mockFs.failRead = undefined;
  mockFs.readResult = undefined;
}
