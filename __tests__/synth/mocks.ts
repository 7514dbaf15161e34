/**
 * The two test doubles of the in-process synth tests, installed by each test file with
 *   jest.mock('../../synth/render', () => jest.requireActual('./mocks').renderModule());
 *   jest.mock('fs', () => jest.requireActual('./mocks').fsModule());
 * and reset after each test with `afterEach(resetMocks)` (which keeps the memo of renders).
 */

/**
 * Lets a test make the render step fail (an internal error), hand write() a given file map or add
 * files to the render; `memo` keeps each site's render (by its spec), so that tests which synthesize
 * the same sites many times render each once (a render is deterministic: the determinism tests
 * run without it).
 */
export const mockRender: { fail?: Error; files?: Map<string, string>; extra?: Map<string, string>; memo?: Map<string, unknown> } = {};

/** Failures injected into the fs calls of the synth (everything else goes to the real fs). */
export const mockFs: { fail?: (call: string, args: unknown[]) => void } = {};

/** synth/render with renderSite behind mockRender. */
export function renderModule(): object {
  const actual = jest.requireActual('../../synth/render');
  return {
    ...actual,
    renderSite: (site: { spec: unknown }) => {
      if (mockRender.fail) throw mockRender.fail;
      let rendered;
      if (mockRender.memo) {
        const key = JSON.stringify(site.spec);
        if (!mockRender.memo.has(key)) mockRender.memo.set(key, actual.renderSite(site));
        rendered = mockRender.memo.get(key);
      } else rendered = actual.renderSite(site);
      if (!mockRender.files && !mockRender.extra) return rendered;
      const files = new Map<string, string>(mockRender.files ?? rendered.files);
      for (const [f, c] of mockRender.extra ?? []) files.set(f, c);
      return { ...rendered, files };
    },
  };
}

/** fs with the write calls behind mockFs. */
export function fsModule(): object {
  const actual = jest.requireActual('fs');
  const wrapped: Record<string, unknown> = {};
  for (const name of ['writeFileSync', 'mkdirSync', 'renameSync', 'linkSync', 'rmSync', 'unlinkSync', 'rmdirSync']) {
    wrapped[name] = (...args: unknown[]) => {
      mockFs.fail?.(name, args);
      return actual[name](...args);
    };
  }
  return { ...actual, ...wrapped };
}

/** Clears the failures and files of the test that ends; the memo of renders stays for the file. */
export function resetMocks(): void {
  mockRender.fail = undefined;
  mockRender.files = undefined;
  mockRender.extra = undefined;
  mockFs.fail = undefined;
}
