/**
 * A file-system error at any step before the journal commits leaves the previous files
 * byte-identical; after it, the next write finishes the commit.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OutputDir, OutputFsError, writeTreeAtomically } from '../../../synth/output/write';
import { mockFs } from './mocks';
import { CALLS } from './mocks';
import { filesOf, fsError, isForeign, leftovers, MANIFEST, manifestOf, NEW, PREVIOUS, previousOutput, snapshotTree, tmp, useTempDir } from './harness';

jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();

describe('a file-system error before the journal leaves the previous files byte-identical', () => {
  /** The mutating calls of a write of NEW over previousOutput, in order, with the path relative to the output. */
  function stepsOfWrite(): string[] {
    const out = path.join(tmp, 'count');
    previousOutput(out);
    const steps: string[] = [];
    mockFs.fail = (call, args) => {
      if (CALLS.includes(call)) steps.push(`${call} ${path.relative(out, String(args[0]))}`);
    };
    writeTreeAtomically(out, NEW);
    mockFs.fail = undefined;
    return steps;
  }

  test('every step before the journal commits fails cleanly with ENOSPC, EACCES and EROFS', () => {
    const steps = stepsOfWrite();
    const commit = steps.findIndex((s) => s.startsWith('renameSync .sitekit-staging-') && s.endsWith('/journal'));
    expect(commit).toBeGreaterThan(8);
    // The steps up to the commit: the lock, the write permission checks, the staging of every file, the journal.
    expect(steps.slice(0, commit + 1).map((s) => s.split(' ')[0])).toEqual([
      'writeFileSync', 'linkSync', 'rmSync', ...Array(7).fill('accessSync'), 'mkdirSync', 'writeFileSync', 'writeFileSync', 'writeFileSync',
      'mkdirSync', 'writeFileSync', 'mkdirSync', 'writeFileSync', 'mkdirSync', 'writeFileSync', 'writeFileSync', 'writeFileSync', 'renameSync',
    ]);
    let n = 0;
    for (const code of ['ENOSPC', 'EACCES', 'EROFS']) {
      for (let k = 1; k <= commit + 1; k++) {
        const out = path.join(tmp, `out-${++n}`);
        previousOutput(out);
        const before = snapshotTree(out);
        let calls = 0;
        let failed = '';
        mockFs.fail = (call, args) => {
          if (CALLS.includes(call) && ++calls === k) {
            failed = `${call} ${path.relative(out, String(args[0]))}`;
            throw fsError(code);
          }
        };
        let error: unknown;
        try {
          writeTreeAtomically(out, NEW);
        } catch (e) {
          error = e;
        }
        mockFs.fail = undefined;
        if (/^rmSync \.sitekit\.lock\.\d+-[0-9a-f]+\.tmp$/.test(failed)) {
          // The lock's temporary file is removed best effort: the write goes on, and a later
          // recovery deletes the leftover once this process is gone.
          expect({ k, error, owned: filesOf(out, (f) => !isForeign(f) && !f.startsWith('.sitekit.lock.')) }).toEqual({ k, error: undefined, owned: new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]) });
          continue;
        }
        expect({ k, failed, error }).toEqual({ k, failed: expect.any(String), error: expect.any(OutputFsError) });
        expect({ k, code: (error as OutputFsError).code, committed: (error as OutputFsError).committed }).toEqual({ k, code, committed: false });
        expect({ k, tree: snapshotTree(out) }).toEqual({ k, tree: before });
      }
    }
  });

  test('the failing path is named: the target of a staged file, the lock, the output directory, the journal', () => {
    const failAt = (match: (call: string, p: string) => boolean) => {
      const out = path.join(tmp, `named-${Math.random().toString(16).slice(2)}`);
      previousOutput(out);
      mockFs.fail = (call, args) => {
        if (match(call, String(args[0]))) throw fsError('ENOSPC');
      };
      try {
        writeTreeAtomically(out, NEW);
      } catch (e) {
        return (e as OutputFsError).rel;
      } finally {
        mockFs.fail = undefined;
      }
      return 'no error';
    };
    expect(failAt((c, p) => c === 'writeFileSync' && p.includes('.sitekit.lock.'))).toBe('.sitekit.lock');
    expect(failAt((c, p) => c === 'accessSync' && /named-[0-9a-f]+$/.test(p))).toBe('');
    expect(failAt((c, p) => c === 'accessSync' && p.endsWith('/clusters/a'))).toBe('clusters/a');
    expect(failAt((c, p) => c === 'mkdirSync' && /\.sitekit-staging-\d+-[0-9a-f]+$/.test(p))).toBe('');
    expect(failAt((c, p) => c === 'writeFileSync' && p.endsWith('/f1'))).toBe('clusters/a/y.yaml');
    expect(failAt((c, p) => c === 'writeFileSync' && p.endsWith('/d0/sub/z.yaml'))).toBe('clusters/b/sub/z.yaml');
    expect(failAt((c, p) => c === 'writeFileSync' && p.endsWith('/manifest'))).toBe('.sitekit-manifest.json');
    expect(failAt((c, p) => c === 'renameSync' && p.endsWith('/journal'))).toBe('.sitekit-journal.json');
  });

  test('an error that is not the environment\'s is passed on as it is: before the commit the previous files stay, after it the error says committed', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const before = snapshotTree(out);
    const attempt = () => {
      try {
        writeTreeAtomically(out, NEW);
      } catch (e) {
        return { type: (e as Error).constructor.name, message: (e as Error).message, committed: (e as { committed?: boolean }).committed };
      } finally {
        mockFs.fail = undefined;
      }
      return 'nothing thrown';
    };
    mockFs.fail = (call, args) => {
      if (call === 'writeFileSync' && String(args[0]).endsWith('/f1')) throw fsError('EINVAL');
    };
    expect(attempt()).toEqual({ type: 'Error', message: 'EINVAL: injected', committed: undefined });
    expect(snapshotTree(out)).toEqual(before);
    let committed = false;
    mockFs.fail = (call, args) => {
      if (call === 'renameSync' && String(args[1]).endsWith('.sitekit-journal.json')) committed = true;
      else if (committed && call === 'renameSync') throw fsError('EINVAL');
    };
    expect(attempt()).toEqual({ type: 'Error', message: 'EINVAL: injected', committed: true });
    new OutputDir(out).recover();
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));
  });

  test('a permission check that fails for another reason is passed on', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    mockFs.fail = (call) => {
      if (call === 'accessSync') throw fsError('EINVAL');
    };
    expect(() => writeTreeAtomically(out, NEW)).toThrow(new Error('EINVAL: injected'));
  });

  test('the manifest moves after the removals: a failure while removing leaves it listing the previous files until recovery', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    mockFs.fail = (call) => {
      if (call === 'unlinkSync') throw fsError('EACCES');
    };
    expect(() => writeTreeAtomically(out, NEW)).toThrow(new OutputFsError('clusters/a/stale.yaml', 'EACCES', true));
    mockFs.fail = undefined;
    expect(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).toBe(manifestOf(PREVIOUS.keys()));
    new OutputDir(out).recover();
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));
  });

  test('a failure after the journal committed is reported as such, and recovery finishes the write', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    let committed = false;
    mockFs.fail = (call, args) => {
      if (call === 'renameSync' && String(args[1]).endsWith('.sitekit-journal.json')) committed = true;
      else if (committed && call === 'renameSync') throw fsError('EACCES');
    };
    let error: unknown;
    try {
      writeTreeAtomically(out, NEW);
    } catch (e) {
      error = e;
    }
    mockFs.fail = undefined;
    expect(error).toEqual(new OutputFsError('clusters/a/x.yaml', 'EACCES', true));
    expect((error as OutputFsError).committed).toBe(true);
    expect(fs.existsSync(path.join(out, '.sitekit-journal.json'))).toBe(true);
    // The manifest moves last: until the journal is applied, it still lists the previous files.
    expect(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).toBe(manifestOf(PREVIOUS.keys()));
    new OutputDir(out).recover();
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));
    expect(leftovers(out)).toEqual([]);
  });
});
