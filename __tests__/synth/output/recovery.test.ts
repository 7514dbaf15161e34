/**
 * The writer's recovery from an interrupted write (its journal), and the output's lock.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LockTimeoutError, lockDirectory } from '../../../synth/output/lock';
import { OutputDir, writeTreeAtomically } from '../../../synth/output/write';
import { mockFs } from './mocks';
import { deadPid, filesOf, fsError, leftovers, MANIFEST, NEW, plant, previousOutput, snapshotTree, tmp, useTempDir } from './harness';

jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();

describe('recovery', () => {
  test('staging directories without a journal (a write that never committed) are deleted', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const before = snapshotTree(out);
    plant(out, { '.sitekit-staging-123-abcd/f0': 'half', '.sitekit-staging-456-ef/d0/x.yaml': 'half' });
    new OutputDir(out).recover();
    expect(snapshotTree(out)).toEqual(before);
  });

  test('a malformed or tampered journal is an error that names it, and nothing is touched', () => {
    const out = path.join(tmp, 'out');
    plant(tmp, { 'victim/x': 'outside\n' });
    previousOutput(out);
    const message = `out/.sitekit-journal.json is malformed; it finishes an interrupted write: delete it and the .sitekit-staging-* directories beside it, then synth again`;
    for (const journal of [
      '{"move": [',
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [], remove: ['../victim/x'] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '../victim', move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f0', '/etc/passwd']], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['../../x', 'a']], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['manifest', 'a']], remove: [] }),
      'null',
      JSON.stringify({ generator: 'other', version: 1, staging: '.sitekit-staging-1-ab', move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 2, staging: '.sitekit-staging-1-ab', move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: 1, move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: ['.sitekit-staging-1-ab'], move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: 'x.sitekit-staging-1-ab', move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-abx', move: [], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: {}, remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [], remove: 'a' }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: ['f0'], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f0', 'a', 'b']], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['xf0', 'a']], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f0x', 'a']], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f0', 1]], remove: [] }),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [], remove: [1] }),
    ]) {
      fs.writeFileSync(path.join(out, '.sitekit-journal.json'), journal);
      const before = snapshotTree(tmp);
      expect(() => new OutputDir(out, 'out').recover()).toThrow(message);
      expect(snapshotTree(tmp)).toEqual(before);
    }
  });

  test('a well-formed journal passes the checks: its moves and removals are applied', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    plant(out, { '.sitekit-staging-1-ab/f12': 'moved\n', '.sitekit-staging-1-ab/d3/y.yaml': 'tree\n' });
    const journal = { generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f12', 'clusters/a/x.yaml'], ['d3', 'new'], ['manifest', MANIFEST]], remove: ['clusters/a/stale.yaml'] };
    fs.writeFileSync(path.join(out, '.sitekit-journal.json'), JSON.stringify(journal));
    new OutputDir(out).recover();
    expect(filesOf(out, (f) => f === 'clusters/a/x.yaml' || f.startsWith('new/') || f === 'clusters/a/stale.yaml')).toEqual(
      new Map([['clusters/a/x.yaml', 'moved\n'], ['new/y.yaml', 'tree\n']]),
    );
    expect(leftovers(out)).toEqual([]);
  });

  test('a move whose target directory went since the write was planned recreates it', () => {
    const out = path.join(tmp, 'out');
    fs.mkdirSync(out);
    plant(out, { '.sitekit-staging-1-ab/f0': 'x\n' });
    fs.writeFileSync(path.join(out, '.sitekit-journal.json'), JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f0', 'a/b/x.yaml']], remove: [] }));
    new OutputDir(out).recover();
    expect(snapshotTree(out)).toEqual({ 'a/': '', 'a/b/': '', 'a/b/x.yaml': Buffer.from('x\n').toString('base64') });
  });

  test('removals: a file already gone, or a directory in its place, is no error; the directories left empty go, up to one that is not', () => {
    const out = path.join(tmp, 'out');
    fs.mkdirSync(out);
    // gone/deep/ went with its file before a kill, gone/ stayed empty; dir/x is now a directory; keep/ holds a foreign file.
    plant(out, { 'dir/x/mine': 'foreign\n', 'keep/other': 'foreign\n', 'keep/sub/x.yaml': 'owned\n' });
    fs.mkdirSync(path.join(out, 'gone'));
    fs.writeFileSync(
      path.join(out, '.sitekit-journal.json'),
      JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [], remove: ['gone/deep/x.yaml', 'dir/x', 'keep/sub/x.yaml'] }),
    );
    new OutputDir(out).recover();
    expect(snapshotTree(out)).toEqual({ 'dir/': '', 'dir/x/': '', 'dir/x/mine': Buffer.from('foreign\n').toString('base64'), 'keep/': '', 'keep/other': Buffer.from('foreign\n').toString('base64') });
  });

  test('a journal that moves a file through a link is refused (the link is never followed)', () => {
    const out = path.join(tmp, 'out');
    fs.mkdirSync(path.join(tmp, 'victim'));
    previousOutput(out);
    plant(out, { '.sitekit-staging-1-ab/f0': 'x\n' });
    fs.symlinkSync(path.join(tmp, 'victim'), path.join(out, 'link'));
    fs.writeFileSync(path.join(out, '.sitekit-journal.json'), JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [['f0', 'link/x']], remove: [] }));
    expect(() => new OutputDir(out, 'out').recover()).toThrow('out/link is a symbolic link where sitekit needs a directory');
    expect(fs.readdirSync(path.join(tmp, 'victim'))).toEqual([]);
  });

  test('a journal that removes a file through a link is refused (the link is never followed)', () => {
    const out = path.join(tmp, 'out');
    plant(tmp, { 'victim/x': 'outside\n' });
    previousOutput(out);
    fs.symlinkSync(path.join(tmp, 'victim'), path.join(out, 'link'));
    fs.writeFileSync(path.join(out, '.sitekit-journal.json'), JSON.stringify({ generator: 'sitekit', version: 1, staging: '.sitekit-staging-1-ab', move: [], remove: ['link/x'] }));
    expect(() => new OutputDir(out, 'out').recover()).toThrow('out/link is a symbolic link where sitekit needs a directory');
    expect(fs.readFileSync(path.join(tmp, 'victim/x'), 'utf8')).toBe('outside\n');
  });
});

describe('the lock', () => {
  const lockOf = (info: object) => `${JSON.stringify(info)}\n`;

  test('is held during the write and released after it; a missing output directory is created for it', () => {
    const out = path.join(tmp, 'new', 'out');
    const seen: string[] = [];
    mockFs.fail = (call, args) => {
      if (call === 'renameSync' && String(args[1]).endsWith('.sitekit-journal.json')) {
        const lock = JSON.parse(fs.readFileSync(path.join(out, '.sitekit.lock'), 'utf8'));
        seen.push(`${lock.pid === process.pid} ${lock.host === os.hostname()} ${/^\d{4}-\d\d-\d\dT/.test(lock.started)} ${/^[0-9a-f]{16}$/.test(lock.nonce)}`);
      }
    };
    writeTreeAtomically(out, NEW);
    expect(seen).toEqual(['true true true true']);
    expect(leftovers(out)).toEqual([]);
  });

  test('a lock whose process is dead is taken over', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    fs.writeFileSync(path.join(out, '.sitekit.lock'), lockOf({ pid: deadPid(), host: os.hostname(), started: '2020-01-01T00:00:00.000Z', nonce: 'dead' }));
    expect(writeTreeAtomically(out, NEW, { timeoutMs: 0 }).added).toBe(4);
    expect(leftovers(out)).toEqual([]);
  });

  test('a marker left by a process that died while taking a stale lock over is cleared too', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    fs.writeFileSync(path.join(out, '.sitekit.lock'), lockOf({ pid: deadPid(), host: os.hostname(), started: 'x', nonce: 'dead' }));
    fs.writeFileSync(path.join(out, '.sitekit.lock.stale-dead'), lockOf({ pid: deadPid(), host: os.hostname(), started: 'x', nonce: 'd1ed' }));
    fs.writeFileSync(path.join(out, `.sitekit.lock.${deadPid()}-0123.tmp`), 'x');
    expect(writeTreeAtomically(out, NEW, { timeoutMs: 0 }).added).toBe(4);
    expect(leftovers(out)).toEqual([]);
  });

  test.each([
    ['a live process', () => ({ pid: process.ppid, host: os.hostname(), started: '2020-01-01T00:00:00.000Z', nonce: 'a1' }), 'pid'],
    ['a process on another host', () => ({ pid: deadPid(), host: `not-${os.hostname()}`, started: '2020-01-01T00:00:00.000Z', nonce: 'a2' }), 'pid'],
    ['an unreadable lock file', () => 'garbage', 'unknown'],
  ])('a lock held by %s is waited for, then reported; the output is untouched', (_what, holder, kind) => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const info = holder();
    fs.writeFileSync(path.join(out, '.sitekit.lock'), typeof info === 'string' ? info : lockOf(info));
    const before = snapshotTree(tmp);
    const waits: unknown[] = [];
    const t0 = Date.now();
    let error: unknown;
    try {
      writeTreeAtomically(out, NEW, { timeoutMs: 300, onWait: (h) => waits.push(h) });
    } catch (e) {
      error = e;
    }
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).holder).toEqual(kind === 'pid' ? info : undefined);
    expect(waits).toEqual([kind === 'pid' ? info : undefined]);
    expect(snapshotTree(tmp)).toEqual(before);
  });

  test('the directories the locking created are removed when nothing was written', () => {
    const out = path.join(tmp, 'a', 'b', 'out');
    const lock = lockDirectory(out);
    expect(fs.readdirSync(out)).toEqual(['.sitekit.lock']);
    lock.release();
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test('on a file system without hard links the lock is an exclusive create, and still excludes', () => {
    const out = path.join(tmp, 'out');
    mockFs.fail = (call) => {
      if (call === 'linkSync') throw fsError('EPERM');
    };
    const lock = lockDirectory(out);
    expect(JSON.parse(fs.readFileSync(path.join(out, '.sitekit.lock'), 'utf8')).pid).toBe(process.pid);
    expect(() => lockDirectory(out, { timeoutMs: 50 })).toThrow(LockTimeoutError);
    lock.release();
    expect(fs.existsSync(out)).toBe(false);
  });

  test('release keeps a lock that is no longer this one', () => {
    const out = path.join(tmp, 'out');
    const lock = lockDirectory(out);
    fs.writeFileSync(path.join(out, '.sitekit.lock'), lockOf({ pid: 1, host: 'h', started: 'x', nonce: 'ff' }));
    lock.release();
    expect(fs.existsSync(path.join(out, '.sitekit.lock'))).toBe(true);
  });
});
