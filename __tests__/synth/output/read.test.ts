/**
 * Reading an output: readTree (what the secret scan of a written tree reads), read errors of the
 * environment named with their path, what counts as sitekit's bookkeeping and how messages name the
 * output.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Ancestors } from '../../../synth/output/ancestors';
import { OutputDir, OutputError, OutputFsError, readTree, writeTreeAtomically } from '../../../synth/output/write';
import { mockFs } from './mocks';
import { fsError, MANIFEST, NEW, plant, PREVIOUS, previousOutput, snapshotTree, tmp, useTempDir } from './harness';

jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();

describe('readTree (the secret scan of a written tree)', () => {
  test('reads the files the manifest lists, or every file of a tree without one', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    expect(readTree(out)).toEqual(PREVIOUS);
    expect(readTree(out, (f) => f.startsWith('terraform/'))).toEqual(new Map([...PREVIOUS].filter(([f]) => f.startsWith('terraform/'))));
    const plain = path.join(tmp, 'plain');
    plant(plain, { 'a/b.txt': 'b\n', c: 'c\n' });
    expect(readTree(plain)).toEqual(new Map([['a/b.txt', 'b\n'], ['c', 'c\n']]));
    expect(readTree(plain, (f) => f !== 'c')).toEqual(new Map([['a/b.txt', 'b\n']]));
  });
});

describe('read errors: the environment\'s are reported with the path, others are passed on', () => {
  /** What was thrown, as comparable fields. */
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      const err = e as OutputFsError;
      return { type: err.constructor.name, message: err.message, rel: err.rel, committed: err.committed };
    }
    return 'nothing thrown';
  };
  /** Fails the read call `call` on the path (relative to `out`) `rel` with `code`; readFileSync is matched by the path last opened. */
  const failRead = (out: string, call: string, rel: string, code: string) => {
    let opened = '';
    mockFs.failRead = (c, args) => {
      const p = typeof args[0] === 'number' ? opened : path.relative(out, String(args[0]));
      if (c === 'openSync') opened = p;
      if (c === call && p === rel) throw fsError(code);
    };
  };
  const readError = (rel: string, code: string, reason: string) => ({ type: 'OutputFsError', message: `cannot read ${rel || '.'}: ${reason} (${code})`, rel, committed: false });
  const passedOn = (code: string) => ({ type: 'Error', message: `${code}: injected`, rel: undefined, committed: undefined });

  test('listing the output directory (what it owns, what to recover)', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    failRead(out, 'readdirSync', '', 'EACCES');
    expect(thrown(() => new OutputDir(out).owned())).toEqual(readError('', 'EACCES', 'permission denied'));
    expect(thrown(() => new OutputDir(out).recover())).toEqual(readError('', 'EACCES', 'permission denied'));
    failRead(out, 'readdirSync', '', 'EINVAL');
    expect(thrown(() => new OutputDir(out).owned())).toEqual(passedOn('EINVAL'));
    expect(thrown(() => new OutputDir(out).recover())).toEqual(passedOn('EINVAL'));
  });

  test('a missing output owns nothing and reads as empty (a first synth)', () => {
    const missing = new OutputDir(path.join(tmp, 'missing'));
    expect([missing.owned(), missing.read(['a/b.yaml', 'c.yaml'])]).toEqual([[], new Map()]);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test('recovery of a missing output, or of a path that is a file, has nothing to do', () => {
    const file = path.join(tmp, 'file');
    fs.writeFileSync(file, 'x\n');
    expect(thrown(() => new OutputDir(path.join(tmp, 'missing')).recover())).toBe('nothing thrown');
    expect(thrown(() => new OutputDir(file).recover())).toBe('nothing thrown');
    expect(snapshotTree(tmp)).toEqual({ file: Buffer.from('x\n').toString('base64') });
  });

  test('opening or reading a file, and the manifest', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    for (const call of ['openSync', 'readFileSync']) {
      failRead(out, call, 'clusters/a/x.yaml', 'EIO');
      expect({ call, e: thrown(() => new OutputDir(out).read(['clusters/a/x.yaml'])) }).toEqual({ call, e: readError('clusters/a/x.yaml', 'EIO', 'input/output error') });
      failRead(out, call, 'clusters/a/x.yaml', 'EINVAL');
      expect({ call, e: thrown(() => new OutputDir(out).read(['clusters/a/x.yaml'])) }).toEqual({ call, e: passedOn('EINVAL') });
      failRead(out, call, MANIFEST, 'EACCES');
      expect({ call, e: thrown(() => new OutputDir(out).owned()) }).toEqual({ call, e: readError(MANIFEST, 'EACCES', 'permission denied') });
    }
  });

  test('the state of a rendered file, and of a directory on the way to one', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const before = snapshotTree(tmp);
    failRead(out, 'lstatSync', 'clusters/a/x.yaml', 'EACCES');
    expect(thrown(() => writeTreeAtomically(out, NEW))).toEqual(readError('clusters/a/x.yaml', 'EACCES', 'permission denied'));
    failRead(out, 'lstatSync', 'clusters/a/x.yaml', 'EINVAL');
    expect(thrown(() => writeTreeAtomically(out, NEW))).toEqual(passedOn('EINVAL'));
    failRead(out, 'lstatSync', 'clusters/a', 'EACCES');
    expect(thrown(() => writeTreeAtomically(out, NEW))).toEqual(readError('clusters/a', 'EACCES', 'permission denied'));
    failRead(out, 'lstatSync', 'clusters/a', 'EINVAL');
    expect(thrown(() => writeTreeAtomically(out, NEW))).toEqual(passedOn('EINVAL'));
    mockFs.failRead = undefined;
    expect(snapshotTree(tmp)).toEqual(before);
  });

  test('reading closes every file it opened, also after an error; a listed file that is gone is not in the result', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    fs.rmSync(path.join(out, 'clusters/a/stale.yaml'));
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    expect(new OutputDir(out).read(PREVIOUS.keys())).toEqual(new Map([...PREVIOUS].filter(([f]) => f !== 'clusters/a/stale.yaml')));
    failRead(out, 'readFileSync', 'clusters/a/x.yaml', 'EIO');
    expect(thrown(() => new OutputDir(out).read(['clusters/a/x.yaml']))).toEqual(readError('clusters/a/x.yaml', 'EIO', 'input/output error'));
    expect(open()).toBe(before);
  });

  test('a directory at a path to read is not a file of the output: skipped', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    expect(new OutputDir(out).read(['clusters/a', 'clusters/a/x.yaml'])).toEqual(new Map([['clusters/a/x.yaml', 'kind: Old\n']]));
  });
});

describe('what counts as sitekit\'s bookkeeping, and how messages name the output', () => {
  test('the lock, its leftovers, a journal and staging directories are not output; any other .sitekit name is', () => {
    const out = path.join(tmp, 'out');
    plant(out, { '.sitekit.lock': 'x', '.sitekit.lock.stale-1': 'x', '.sitekit-journal.json': '{}', '.sitekit-staging-1-ab/f0': 'x' });
    expect(new OutputDir(out).owned()).toEqual([]);
    plant(out, { '.sitekit.lockx': 'x', '.sitekit-journal.json.bak': 'x', '.sitekit-stagin': 'x' });
    expect(() => new OutputDir(out, 'out').owned()).toThrow(
      'out/ is not empty and sitekit did not write it (no .sitekit-manifest.json): it holds .sitekit-journal.json.bak, .sitekit-stagin, .sitekit.lockx. ',
    );
    // The CLI prints an error the user can fix without a stack trace.
    expect(() => new OutputDir(out).owned()).toThrow(expect.objectContaining({ userError: true }));
  });

  test('Ancestors.exists on its own: a directory under a missing one is missing; under a file, the file is in the way', () => {
    const out = path.join(tmp, 'out');
    plant(out, { f: 'x\n', 'd/x': 'x\n' });
    const ancestors = new Ancestors(new OutputDir(out, 'out'));
    expect([ancestors.exists('missing/sub'), ancestors.exists('d'), ancestors.exists('.')]).toEqual([false, true, true]);
    expect(() => ancestors.exists('f/sub')).toThrow(new OutputError('out/f is a file where sitekit needs a directory (it never follows links or replaces what it did not write in its output): move it away and synth again'));
  });

  test('the foreign names are listed in order, whatever order the directory lists them in', () => {
    const out = path.join(tmp, 'out');
    plant(out, { a: 'x', b: 'x', c: 'x', d: 'x' });
    mockFs.readResult = (call, result) => (call === 'readdirSync' ? [...(result as string[])].sort().reverse() : result);
    expect(() => new OutputDir(out, 'out').owned()).toThrow('out/ is not empty and sitekit did not write it (no .sitekit-manifest.json): it holds a, b, c, and 1 more. ');
  });

  test('a directory in the manifest\'s place is a manifest that is not JSON', () => {
    const out = path.join(tmp, 'out');
    fs.mkdirSync(path.join(out, MANIFEST), { recursive: true });
    expect(() => new OutputDir(out, 'out').owned()).toThrow(
      'out/.sitekit-manifest.json is malformed: not JSON (Unexpected end of JSON input); it lists the files sitekit owns in out/: restore it (e.g. from git), or delete it and synth again with --adopt',
    );
  });

  test('a label given with trailing slashes names the output with one', () => {
    const file = path.join(tmp, 'file');
    fs.writeFileSync(file, 'x\n');
    expect(() => new OutputDir(file, 'my/out//').owned()).toThrow('my/out/ exists and is not a directory; choose a directory of its own, e.g. dist');
  });
});
