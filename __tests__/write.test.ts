/**
 * tools/write.ts: the output directory is replaced atomically by exactly the new file map, and a
 * failure at any step leaves the previous tree byte-identical.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { recoverInterrupted, writeTreeAtomically } from '../tools/write';

/** Failures injected into the fs calls of tools/write.ts (everything else goes to the real fs). */
const mockFs: { fail?: (call: string, args: unknown[]) => void } = {};
jest.mock('fs', () => {
  const actual = jest.requireActual('fs');
  const wrap =
    (name: string) =>
    (...args: unknown[]) => {
      mockFs.fail?.(name, args);
      return actual[name](...args);
    };
  return { ...actual, writeFileSync: wrap('writeFileSync'), mkdirSync: wrap('mkdirSync'), renameSync: wrap('renameSync'), rmSync: wrap('rmSync') };
});

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-write-'));
});
afterEach(() => {
  mockFs.fail = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every entry under `dir`: files with their bytes (as text), directories as `<dir>/`. */
function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out[`${rel}/`] = '';
        walk(path.join(d, e.name), rel);
      } else out[rel] = fs.readFileSync(path.join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

/** The files of `dir` as a path → content map. */
function filesOf(dir: string): Map<string, string> {
  const snap = snapshotTree(dir);
  return new Map(Object.entries(snap).filter(([k]) => !k.endsWith('/')).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

/** Writes `files` the plain way, to set up a previous tree. */
function plant(dir: string, files: Record<string, string>): void {
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
}

const siblings = (out: string) => fs.readdirSync(path.dirname(out)).filter((n) => n.startsWith(`${path.basename(out)}.`));

const NEW = new Map([
  ['clusters/a/kustomization.yaml', 'resources:\n  - x.yaml\n'],
  ['clusters/a/x.yaml', 'kind: X\n'],
  ['terraform/net/cdk.tf.json', '{}\n'],
  ['terraform/nodes/cdk.tf.json', '{"resource": {}}\n'],
]);

describe('writeTreeAtomically', () => {
  test('creates a missing output directory with exactly the files', () => {
    const out = path.join(tmp, 'out');
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 4, changed: 0, removed: 0, unchanged: 0 });
    expect(filesOf(out)).toEqual(NEW);
    expect(siblings(out)).toEqual([]);
  });

  test('replaces a previous tree with extra and changed files by exactly the new map, and counts', () => {
    const out = path.join(tmp, 'out');
    plant(out, {
      'clusters/a/kustomization.yaml': 'resources:\n  - x.yaml\n', // unchanged
      'clusters/a/x.yaml': 'kind: Old\n', // changed
      'clusters/a/stale.yaml': 'kind: Gone\n', // removed
      'terraform/old/cdk.tf.json': '{}\n', // removed, with its directory
      'README': 'not ours\n', // removed
    });
    fs.mkdirSync(path.join(out, 'empty/nested'), { recursive: true });
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 2, changed: 1, removed: 3, unchanged: 1 });
    expect(filesOf(out)).toEqual(NEW);
    expect(Object.keys(snapshotTree(out)).filter((k) => k.endsWith('/'))).toEqual(['clusters/', 'clusters/a/', 'terraform/', 'terraform/net/', 'terraform/nodes/']);
    expect(siblings(out)).toEqual([]);
  });

  test('an identical tree is left alone: everything unchanged, the directory not swapped', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, NEW);
    const inode = fs.statSync(out).ino;
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(fs.statSync(out).ino).toBe(inode);
    expect(filesOf(out)).toEqual(NEW);
  });

  test('same files but an extra empty directory: the directory goes', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, NEW);
    fs.mkdirSync(path.join(out, 'clusters/b'));
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(fs.existsSync(path.join(out, 'clusters/b'))).toBe(false);
    expect(filesOf(out)).toEqual(NEW);
  });

  test('an empty map gives an empty directory', () => {
    const out = path.join(tmp, 'out');
    plant(out, { 'a/b': 'x' });
    expect(writeTreeAtomically(out, new Map())).toEqual({ added: 0, changed: 0, removed: 1, unchanged: 0 });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  test.each([['../escape'], ['/abs/file'], ['a//b'], ['a/./b'], ['a/../../b'], [''], ['a\\b']])('rejects the unsafe path %j without touching anything', (bad) => {
    const out = path.join(tmp, 'out');
    plant(out, { keep: 'me' });
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, new Map([...NEW, [bad, 'x']]))).toThrow(/invalid output path/);
    expect(snapshotTree(tmp)).toEqual(before);
  });
});

describe('recovery of an interrupted swap', () => {
  test('<out>.old present and <out> missing: the old tree is restored', () => {
    const out = path.join(tmp, 'out');
    plant(`${out}.old`, { 'a.txt': 'previous\n', 'd/b.txt': 'b\n' });
    plant(`${out}.new`, { 'half-written': '' });
    recoverInterrupted(out);
    expect(filesOf(out)).toEqual(new Map([['a.txt', 'previous\n'], ['d/b.txt', 'b\n']]));
    expect(siblings(out)).toEqual([]);
  });

  test('a write after an interrupted swap counts against the restored tree', () => {
    const out = path.join(tmp, 'out');
    plant(`${out}.old`, Object.fromEntries(NEW));
    plant(`${out}.new`, { 'clusters/a/x.yaml': 'partial' });
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(filesOf(out)).toEqual(NEW);
    expect(siblings(out)).toEqual([]);
  });

  test('<out> and <out>.old both present (swap done, clean-up interrupted): <out> is kept, .old deleted', () => {
    const out = path.join(tmp, 'out');
    plant(out, { current: 'new\n' });
    plant(`${out}.old`, { current: 'old\n' });
    recoverInterrupted(out);
    expect(filesOf(out)).toEqual(new Map([['current', 'new\n']]));
    expect(siblings(out)).toEqual([]);
  });
});

describe('a failure while writing leaves the previous tree byte-identical', () => {
  const PREVIOUS = { 'clusters/a/x.yaml': 'kind: Old\n', 'terraform/net/cdk.tf.json': '{"old": true}\n', 'bin.dat': '\u0000\u00ff binary-ish' };

  function expectUnchangedAfter(files: ReadonlyMap<string, string>, error: RegExp | string, fail?: typeof mockFs.fail): void {
    const out = path.join(tmp, 'out');
    plant(out, PREVIOUS);
    const before = snapshotTree(tmp);
    mockFs.fail = fail;
    expect(() => writeTreeAtomically(out, files)).toThrow(error);
    mockFs.fail = undefined;
    expect(snapshotTree(tmp)).toEqual(before);
    expect(siblings(out)).toEqual([]);
  }

  test('a path component that is a file (EISDIR/ENOTDIR while staging)', () => {
    expectUnchangedAfter(new Map([...NEW, ['clusters/a/x.yaml/deeper.yaml', 'kind: Y\n']]), /E(ISDIR|NOTDIR|EXIST)/);
  });

  test('writeFileSync fails half-way (disk full)', () => {
    let n = 0;
    expectUnchangedAfter(NEW, /ENOSPC/, (call) => {
      if (call === 'writeFileSync' && ++n === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    expect(n).toBe(3);
  });

  test('mkdirSync of the staging directory fails', () => {
    expectUnchangedAfter(NEW, /EACCES/, (call, args) => {
      if (call === 'mkdirSync' && String(args[0]).endsWith('out.new')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
  });

  test('the swap rename fails after the previous tree was moved aside: it is put back', () => {
    const renames: string[] = [];
    expectUnchangedAfter(NEW, /EXDEV/, (call, args) => {
      if (call !== 'renameSync') return;
      renames.push(`${path.basename(String(args[0]))} -> ${path.basename(String(args[1]))}`);
      if (String(args[0]).endsWith('out.new')) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    expect(renames).toEqual(['out -> out.old', 'out.new -> out', 'out.old -> out']);
  });

  test('failing to delete <out>.old after the swap does not fail the write', () => {
    const out = path.join(tmp, 'out');
    plant(out, PREVIOUS);
    mockFs.fail = (call, args) => {
      if (call === 'rmSync' && String(args[0]).endsWith('out.old') && fs.existsSync(`${out}.old`)) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    };
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 2, changed: 2, removed: 1, unchanged: 0 });
    mockFs.fail = undefined;
    expect(filesOf(out)).toEqual(NEW);
    // The next write cleans the leftover up.
    expect(writeTreeAtomically(out, NEW).unchanged).toBe(4);
    expect(siblings(out)).toEqual([]);
  });

  test('an output path that is a file is an error, and the file stays', () => {
    const out = path.join(tmp, 'out');
    fs.writeFileSync(out, 'a file\n');
    expect(() => writeTreeAtomically(out, NEW)).toThrow(/ENOTDIR/);
    expect(fs.readFileSync(out, 'utf8')).toBe('a file\n');
    expect(siblings(out)).toEqual([]);
  });
});

/**
 * A real SIGKILL at every step of a write: a child process runs writeTreeAtomically (transpiled
 * from tools/write.ts) with its fs calls counted and kills itself just before the k-th one, for
 * every k. SIGKILL cannot be caught, so this is what a power cut or `kill -9` does.
 */
describe('killed at any step (SIGKILL in a child process)', () => {
  const PREVIOUS = { 'clusters/a/kustomization.yaml': 'resources: []\n', 'clusters/old/x.yaml': 'kind: Old\n', 'terraform/net/cdk.tf.json': '{"previous": true}\n' };
  let child: string;
  let writeJs: string;
  let filesJson: string;
  beforeEach(() => {
    // jest's fs mock is not in the child: it gets the real fs, wrapped by the counting prelude below.
    const ts = jest.requireActual('typescript') as typeof import('typescript');
    const source = fs.readFileSync(path.join(__dirname, '..', 'tools', 'write.ts'), 'utf8');
    writeJs = path.join(tmp, 'write.js');
    fs.writeFileSync(writeJs, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText);
    filesJson = path.join(tmp, 'files.json');
    fs.writeFileSync(filesJson, JSON.stringify([...NEW]));
    child = path.join(tmp, 'child.js');
    fs.writeFileSync(
      child,
      [
        "const fs = require('fs');",
        'const killAt = Number(process.env.KILL_AT);',
        'let calls = 0;',
        "for (const name of ['mkdirSync', 'writeFileSync', 'renameSync', 'rmSync']) {",
        '  const real = fs[name];',
        "  fs[name] = function (...args) { if (++calls === killAt) process.kill(process.pid, 'SIGKILL'); return real.apply(this, args); };",
        '}',
        "const { writeTreeAtomically } = require(process.env.WRITE_JS);",
        "writeTreeAtomically(process.env.OUT, new Map(JSON.parse(fs.readFileSync(process.env.FILES, 'utf8'))));",
        'process.stdout.write(String(calls));',
        '',
      ].join('\n'),
    );
  });

  function run(out: string, killAt: number): ReturnType<typeof import('child_process').spawnSync> {
    const { spawnSync } = jest.requireActual('child_process') as typeof import('child_process');
    return spawnSync(process.execPath, [child], { env: { ...process.env, KILL_AT: String(killAt), WRITE_JS: writeJs, FILES: filesJson, OUT: out }, encoding: 'utf8' });
  }

  test('the previous tree or the complete new one is always there (or, between the two renames of the swap, the previous one as <out>.old, which the next write puts back)', () => {
    const fresh = path.join(tmp, 'count');
    plant(fresh, PREVIOUS);
    const full = run(fresh, 0);
    expect(full.status).toBe(0);
    const steps = Number(full.stdout);
    expect(steps).toBeGreaterThan(8); // recovery, staging directories and files, the swap, the clean-up
    const wanted = snapshotTree(fresh);
    expect(filesOf(fresh)).toEqual(NEW);

    const seen = new Set<string>();
    for (let k = 1; k <= steps; k++) {
      const out = path.join(tmp, `killed-${k}`);
      plant(out, PREVIOUS);
      const previous = snapshotTree(out);
      const r = run(out, k);
      expect({ k, signal: r.signal }).toEqual({ k, signal: 'SIGKILL' });
      let state: string;
      if (fs.existsSync(out)) {
        const now = snapshotTree(out);
        state = JSON.stringify(now) === JSON.stringify(previous) ? 'previous' : 'new';
        expect({ k, tree: now }).toEqual({ k, tree: state === 'previous' ? previous : wanted });
      } else {
        state = 'aside';
        expect({ k, old: snapshotTree(`${out}.old`) }).toEqual({ k, old: previous });
      }
      seen.add(state);
      // Whatever was left, the next write ends with exactly the new tree and no siblings.
      recoverInterrupted(out);
      expect(snapshotTree(out)).toEqual(state === 'new' ? wanted : previous);
      writeTreeAtomically(out, NEW);
      expect({ k, tree: snapshotTree(out), siblings: siblings(out) }).toEqual({ k, tree: wanted, siblings: [] });
    }
    // Every kind of interruption was hit: before the swap, between its two renames, after it.
    expect([...seen].sort()).toEqual(['aside', 'new', 'previous']);
  });
});
