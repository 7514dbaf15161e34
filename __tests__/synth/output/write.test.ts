/**
 * synth/output/ (write.ts, output-dir.ts, journal.ts, ancestors.ts, bookkeeping.ts, lock.ts): the
 * writer owns only the files it wrote (its manifest), leaves everything else in the output
 * byte-identical, writes through a journal (a failure before it commits leaves the previous owned
 * files, a kill at any step is finished or undone by recovery), and one writer at a time holds the
 * output's lock.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Ancestors } from '../../../synth/output/ancestors';
import { isDead, LockTimeoutError, lockDirectory } from '../../../synth/output/lock';
import { OutputDir, OutputError, OutputFsError, readTree, writeTreeAtomically } from '../../../synth/output/write';

/** Failures injected into the fs calls of synth/output/ (everything else goes to the real fs). */
const mockFs: {
  fail?: (call: string, args: unknown[]) => void;
  failRead?: (call: string, args: unknown[]) => void;
  /** Replaces what a reading call returns. */
  readResult?: (call: string, result: unknown) => unknown;
} = {};
/** The mutating calls (and accessSync, which the writer uses to check permissions before it commits). */
const CALLS = ['writeFileSync', 'mkdirSync', 'renameSync', 'rmSync', 'linkSync', 'unlinkSync', 'rmdirSync', 'accessSync'];
jest.mock('fs', () => {
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
});

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-write-'));
});
afterEach(() => {
  mockFs.fail = undefined;
  mockFs.failRead = undefined;
  mockFs.readResult = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every entry under `dir`: files with their bytes (base64), directories as `<dir>/`, links as `-> target`. */
function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(path.join(d, e.name))}`;
      else if (e.isDirectory()) {
        out[`${rel}/`] = '';
        walk(path.join(d, e.name), rel);
      } else out[rel] = fs.readFileSync(path.join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

/** Writes `files` the plain way. */
function plant(dir: string, files: Record<string, string>): void {
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
}

/** The files of `dir` the snapshot holds whose path `keep` accepts, as path → text. */
function filesOf(dir: string, keep: (rel: string) => boolean = () => true): Map<string, string> {
  return new Map(
    Object.entries(snapshotTree(dir))
      .filter(([k, v]) => !k.endsWith('/') && !v.startsWith('-> ') && keep(k))
      .map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
  );
}

const MANIFEST = '.sitekit-manifest.json';
const manifestOf = (files: Iterable<string>) => `${JSON.stringify({ generator: 'sitekit', version: 1, files: [...files].sort() }, null, 2)}\n`;
/** sitekit's bookkeeping left in `dir` (lock, its leftovers, journal, staging). */
const leftovers = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith('.sitekit') && n !== MANIFEST) : []);

/** The previous owned files: some stay, some change, some go (one directory with them, one kept by a foreign file). */
const PREVIOUS = new Map([
  ['clusters/a/kustomization.yaml', 'resources:\n  - x.yaml\n'],
  ['clusters/a/x.yaml', 'kind: Old\n'],
  ['clusters/a/stale.yaml', 'kind: Stale\n'],
  ['clusters/gone/deep/x.yaml', 'kind: Gone\n'],
  ['terraform/nodes/cdk.tf.json', '{"previous": true}\n'],
  ['terraform/old/cdk.tf.json', '{"old": true}\n'],
]);
/** The new owned files: one added beside others, new directories (one nested), changes. */
const NEW = new Map([
  ['clusters/a/kustomization.yaml', 'resources:\n  - x.yaml\n'],
  ['clusters/a/x.yaml', 'kind: X\n'],
  ['clusters/a/y.yaml', 'kind: Y\n'],
  ['clusters/b/k.yaml', 'kind: K\n'],
  ['clusters/b/sub/z.yaml', 'kind: Z\n'],
  ['terraform/net/cdk.tf.json', '{}\n'],
  ['terraform/nodes/cdk.tf.json', '{"resource": {}}\n'],
]);
/** What a user and Terraform keep in an output: none of it is sitekit's. */
const FOREIGN = {
  'terraform/nodes/terraform.tfstate': '{"version":4,"resources":[{"instances":[{"attributes":{"result":"SECRET"}}]}]}\n',
  'terraform/nodes/terraform.tfstate.backup': '{"version":4}\n',
  'terraform/nodes/.terraform/providers/registry.terraform.io/x/provider': '\u0000\u0001binary\u00ff',
  'terraform/nodes/.terraform.lock.hcl': 'provider "x" {}\n',
  'terraform/nodes/terraform.tfvars': 'wg_key = "k"\n',
  'terraform/old/terraform.tfstate': '{"version":4,"old":true}\n',
  'clusters/a/flux-system/gotk-components.yaml': 'kind: CustomResourceDefinition\n',
  'README.md': '# my notes\n',
};
const isForeign = (rel: string) => rel in FOREIGN;

/** An output holding PREVIOUS (written by sitekit) and FOREIGN, and an empty foreign directory. */
function previousOutput(out: string): void {
  writeTreeAtomically(out, PREVIOUS);
  plant(out, FOREIGN);
  fs.mkdirSync(path.join(out, 'notes', 'empty'), { recursive: true });
}

/** fs errors with a code, as the fs module throws them. */
const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('the writer owns only the files in its manifest', () => {
  test('a missing output directory is created with the files and the manifest', () => {
    const out = path.join(tmp, 'a', 'out');
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 7, changed: 0, removed: 0, unchanged: 0, adopted: 0 });
    expect(filesOf(out)).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));
    expect(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).toBe(
      '{\n  "generator": "sitekit",\n  "version": 1,\n  "files": [\n    "clusters/a/kustomization.yaml",\n    "clusters/a/x.yaml",\n    "clusters/a/y.yaml",\n    "clusters/b/k.yaml",\n    "clusters/b/sub/z.yaml",\n    "terraform/net/cdk.tf.json",\n    "terraform/nodes/cdk.tf.json"\n  ]\n}\n',
    );
    expect(leftovers(out)).toEqual([]);
  });

  test('adds, changes and removes owned files only; foreign files of every kind stay byte for byte', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const foreign = Object.entries(snapshotTree(out)).filter(([k]) => isForeign(k) || k === 'notes/' || k === 'notes/empty/');
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 4, changed: 2, removed: 3, unchanged: 1, adopted: 0 });
    const after = snapshotTree(out);
    expect(Object.entries(after).filter(([k]) => isForeign(k) || k === 'notes/' || k === 'notes/empty/')).toEqual(foreign);
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));
    // Directories: clusters/gone went with its only file; terraform/old stays for its state file.
    expect(Object.keys(after).filter((k) => k.endsWith('/'))).toEqual([
      'clusters/',
      'clusters/a/',
      'clusters/a/flux-system/',
      'clusters/b/',
      'clusters/b/sub/',
      'notes/',
      'notes/empty/',
      'terraform/',
      'terraform/net/',
      'terraform/nodes/',
      'terraform/nodes/.terraform/',
      'terraform/nodes/.terraform/providers/',
      'terraform/nodes/.terraform/providers/registry.terraform.io/',
      'terraform/nodes/.terraform/providers/registry.terraform.io/x/',
      'terraform/old/',
    ]);
    expect(leftovers(out)).toEqual([]);
  });

  test('100 writes alternating two trees: the owned files are always exactly the last tree, the foreign ones never change', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const foreign = snapshotTree(out);
    const keepForeign = (snap: Record<string, string>) => Object.fromEntries(Object.entries(snap).filter(([k]) => isForeign(k) || k.startsWith('notes/')));
    for (let i = 0; i < 100; i++) {
      const files = i % 2 ? PREVIOUS : NEW;
      writeTreeAtomically(out, files);
      expect({ i, owned: filesOf(out, (f) => !isForeign(f)) }).toEqual({ i, owned: new Map([[MANIFEST, manifestOf(files.keys())], ...files]) });
      expect({ i, foreign: keepForeign(snapshotTree(out)) }).toEqual({ i, foreign: keepForeign(foreign) });
    }
    expect(leftovers(out)).toEqual([]);
  });

  test('nothing changed: nothing is written (not even a staging directory)', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    writeTreeAtomically(out, NEW);
    const before = snapshotTree(out);
    const calls: string[] = [];
    mockFs.fail = (call, args) => calls.push(`${call} ${path.relative(out, String(args[0]))}`);
    const output = new OutputDir(out);
    expect(output.write(NEW)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 7, adopted: 0 });
    expect(calls).toEqual([]);
    expect(snapshotTree(out)).toEqual(before);
  });

  test('only contents changed (same files, same directories, same manifest): the changed files are written', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    writeTreeAtomically(out, NEW);
    const edited = new Map(NEW);
    edited.set('clusters/a/x.yaml', 'kind: Edited\n');
    edited.set('clusters/b/sub/z.yaml', 'kind: EditedToo\n');
    expect(new OutputDir(out).write(edited)).toEqual({ added: 0, changed: 2, removed: 0, unchanged: 5, adopted: 0 });
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...edited]));
    expect(leftovers(out)).toEqual([]);
  });

  test('only the manifest differs (the same list, written another way): it is rewritten in its own form', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    writeTreeAtomically(out, NEW);
    fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify({ files: [...NEW.keys()].reverse(), version: 1, generator: 'sitekit' }));
    expect(new OutputDir(out).write(NEW)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 7, adopted: 0 });
    expect(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).toBe(manifestOf(NEW.keys()));
    expect(leftovers(out)).toEqual([]);
  });

  test('a directory of owned files the user deleted is written again, though the manifest does not change', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    writeTreeAtomically(out, NEW);
    fs.rmSync(path.join(out, 'clusters/b'), { recursive: true });
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 2, changed: 0, removed: 0, unchanged: 5, adopted: 0 });
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));
  });

  test('the owned files a caller gives are what is removed, even when the manifest does not change', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    writeTreeAtomically(out, NEW);
    plant(out, { 'clusters/a/stale.yaml': 'kind: Stale\n' });
    expect(new OutputDir(out).write(NEW, { owned: [...NEW.keys(), 'clusters/a/stale.yaml'] })).toEqual({ added: 0, changed: 0, removed: 1, unchanged: 7, adopted: 0 });
    expect(fs.existsSync(path.join(out, 'clusters/a/stale.yaml'))).toBe(false);
  });

  test('contents the caller already read (previous) are compared, not read again', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    writeTreeAtomically(out, NEW);
    fs.writeFileSync(path.join(out, 'clusters/a/x.yaml'), 'edited on disk\n');
    const opened: string[] = [];
    mockFs.failRead = (call, args) => {
      if (call === 'openSync') opened.push(path.relative(out, String(args[0])));
    };
    const previous = new Map([...NEW].filter(([f]) => f.startsWith('clusters/')));
    expect(new OutputDir(out).write(NEW, { previous })).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 7, adopted: 0 });
    expect(opened).toEqual([MANIFEST, 'terraform/net/cdk.tf.json', 'terraform/nodes/cdk.tf.json', MANIFEST]);
  });

  test('an owned directory replaced by a link, with nothing rendered under it, is refused before anything is written', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    plant(tmp, { 'elsewhere/deep/x.yaml': 'not sitekit\n' });
    fs.rmSync(path.join(out, 'clusters/gone'), { recursive: true });
    fs.symlinkSync(path.join(tmp, 'elsewhere'), path.join(out, 'clusters/gone'));
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, NEW)).toThrow(
      new OutputError(`${out}/clusters/gone is a symbolic link where sitekit needs a directory (it never follows links or replaces what it did not write in its output): move it away and synth again`),
    );
    expect(snapshotTree(tmp)).toEqual(before);
  });

  test('an empty map leaves only the manifest and the foreign files', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    expect(writeTreeAtomically(out, new Map())).toEqual({ added: 0, changed: 0, removed: 6, unchanged: 0, adopted: 0 });
    expect(filesOf(out, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf([])]]));
  });

  test('an owned file the user deleted is not counted as removed; one replaced by a directory is left alone', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, PREVIOUS);
    fs.rmSync(path.join(out, 'clusters/a/stale.yaml'));
    fs.rmSync(path.join(out, 'terraform/old/cdk.tf.json'));
    fs.mkdirSync(path.join(out, 'terraform/old/cdk.tf.json'));
    expect(writeTreeAtomically(out, NEW)).toEqual({ added: 4, changed: 2, removed: 1, unchanged: 1, adopted: 0 });
    expect(fs.statSync(path.join(out, 'terraform/old/cdk.tf.json')).isDirectory()).toBe(true);
  });

  test.each([['../escape'], ['/abs/file'], ['a//b'], ['a/./b'], ['a/../../b'], [''], ['a\\b']])('rejects the unsafe path %j without touching anything', (bad) => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, new Map([...NEW, [bad, 'x']]))).toThrow(
      `invalid output path ${JSON.stringify(bad)}: expected a relative path with / separators, without . or .. segments`,
    );
    expect(snapshotTree(tmp)).toEqual(before);
  });

  test.each([[MANIFEST], ['.sitekit.lock'], ['.sitekit-journal.json'], ['.sitekit-staging-1-ab/x']])('rejects a file named like sitekit bookkeeping (%j)', (bad) => {
    const out = path.join(tmp, 'out');
    expect(() => writeTreeAtomically(out, new Map([[bad, 'x']]))).toThrow(`invalid output path ${JSON.stringify(bad)}: names starting with .sitekit are sitekit's own bookkeeping`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('a rendered path that is both a file and a directory is an internal error, before anything is written', () => {
    const out = path.join(tmp, 'out');
    previousOutput(out);
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, new Map([...NEW, ['clusters/x.yaml', 'a'], ['clusters/x.yaml-b', 'b'], ['clusters/x.yaml/c.yaml', 'c']]))).toThrow(
      'invalid output paths: "clusters/x.yaml" is both a file and a directory of the output',
    );
    expect(snapshotTree(tmp)).toEqual(before);
  });
});

describe('what the writer refuses', () => {
  test('a non-empty directory without a manifest; --adopt takes over the rendered files and keeps the rest', () => {
    const out = path.join(tmp, 'home');
    plant(out, { '.ssh/id_ed25519': 'KEY\n', 'docs/a.md': 'a\n', 'b.txt': 'b\n', 'c.txt': 'c\n', 'clusters/a/x.yaml': 'mine\n' });
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, NEW)).toThrow(
      new OutputError(
        `${out}/ is not empty and sitekit did not write it (no .sitekit-manifest.json): it holds .ssh, b.txt, c.txt, and 2 more. ` +
          'sitekit writes only into a new or empty directory or one it wrote before; choose another --out, or add --adopt to take over the files this synth renders there and leave everything else alone',
      ),
    );
    expect(snapshotTree(tmp)).toEqual(before);

    expect(writeTreeAtomically(out, NEW, { adopt: true })).toEqual({ added: 6, changed: 1, removed: 0, unchanged: 0, adopted: 1 });
    expect(filesOf(out)).toEqual(new Map([['.ssh/id_ed25519', 'KEY\n'], [MANIFEST, manifestOf(NEW.keys())], ['b.txt', 'b\n'], ['c.txt', 'c\n'], ...NEW, ['docs/a.md', 'a\n']]));
    // From now on the directory is sitekit's: no --adopt needed, and the adopted file is owned.
    expect(writeTreeAtomically(out, PREVIOUS)).toEqual({ added: 3, changed: 2, removed: 4, unchanged: 1, adopted: 0 });
    expect(fs.existsSync(path.join(out, 'clusters/a/y.yaml'))).toBe(false);
    expect(fs.readFileSync(path.join(out, '.ssh/id_ed25519'), 'utf8')).toBe('KEY\n');
  });

  test('a directory holding only sitekit bookkeeping (a dead lock, a staging directory) counts as empty', () => {
    const out = path.join(tmp, 'out');
    plant(out, { '.sitekit.lock': JSON.stringify({ pid: deadPid(), host: os.hostname(), started: 'x', nonce: 'ab' }), '.sitekit-staging-1-ab/f0': 'half' });
    expect(writeTreeAtomically(out, NEW).added).toBe(7);
    expect(leftovers(out)).toEqual([]);
  });

  test('a rendered file in an owned directory that sitekit did not write is refused, or adopted with --adopt', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, PREVIOUS);
    plant(out, { 'clusters/a/y.yaml': 'my own\n', 'terraform/net/cdk.tf.json': 'my own\n' });
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, NEW)).toThrow(
      `2 file(s) this synth renders are in ${out}/ but sitekit did not write them: clusters/a/y.yaml, terraform/net/cdk.tf.json; move them away, or add --adopt to take them over`,
    );
    expect(snapshotTree(tmp)).toEqual(before);
    expect(writeTreeAtomically(out, NEW, { adopt: true })).toEqual({ added: 2, changed: 4, removed: 3, unchanged: 1, adopted: 2 });
  });

  test('files and owned lists given in any order are handled in path order (the message, the first removal)', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, PREVIOUS);
    plant(out, { 'clusters/a/y.yaml': 'my own\n', 'terraform/net/cdk.tf.json': 'my own\n' });
    expect(() => new OutputDir(out).write(new Map([...NEW].reverse()))).toThrow(
      `2 file(s) this synth renders are in ${out}/ but sitekit did not write them: clusters/a/y.yaml, terraform/net/cdk.tf.json; move them away, or add --adopt to take them over`,
    );
    fs.rmSync(path.join(out, 'clusters/a/y.yaml'));
    fs.rmSync(path.join(out, 'terraform/net/cdk.tf.json'));
    mockFs.fail = (call) => {
      if (call === 'unlinkSync') throw fsError('EACCES');
    };
    expect(() => new OutputDir(out).write(NEW, { owned: [...PREVIOUS.keys()].reverse() })).toThrow(new OutputFsError('clusters/a/stale.yaml', 'EACCES', true));
  });

  test('an output path that is a file is refused, and the file stays', () => {
    const out = path.join(tmp, 'out');
    fs.writeFileSync(out, 'a file\n');
    expect(() => new OutputDir(out, 'out').owned()).toThrow('out/ exists and is not a directory; choose a directory of its own, e.g. dist');
    expect(fs.readFileSync(out, 'utf8')).toBe('a file\n');
  });

  const malformed: [string, string, string][] = [
    ['not JSON', '{"files": [', 'not JSON (Unexpected end of JSON input)'],
    ['another shape', '{"files": ["a"]}', 'expected {"generator": "sitekit", "version": 1, "files": [...]}'],
    ['null', 'null', 'expected {"generator": "sitekit", "version": 1, "files": [...]}'],
    ['a number for the whole', '1', 'expected {"generator": "sitekit", "version": 1, "files": [...]}'],
    ['another generator', '{"generator": "other", "version": 1, "files": []}', 'expected {"generator": "sitekit", "version": 1, "files": [...]}'],
    ['another version', '{"generator": "sitekit", "version": 2, "files": []}', 'expected {"generator": "sitekit", "version": 1, "files": [...]}'],
    ['files that are not a list', '{"generator": "sitekit", "version": 1, "files": "a"}', 'expected {"generator": "sitekit", "version": 1, "files": [...]}'],
    ['a parent path', manifestOf(['../victim/x']), 'the entry "../victim/x" is not a path inside the output directory'],
    ['an absolute path', manifestOf(['/etc/passwd']), 'the entry "/etc/passwd" is not a path inside the output directory'],
    ['bookkeeping', manifestOf(['.sitekit.lock']), 'the entry ".sitekit.lock" is not a path inside the output directory'],
    ['a number', '{"generator": "sitekit", "version": 1, "files": [1]}', 'the entry 1 is not a path'],
    ['a duplicate', '{"generator": "sitekit", "version": 1, "files": ["a", "a"]}', 'the entry "a" is listed twice'],
  ];
  test.each(malformed)('a manifest with %s is an error, and nothing is touched (inside or outside)', (_what, text, detail) => {
    const out = path.join(tmp, 'out');
    plant(tmp, { 'victim/x': 'outside\n' });
    writeTreeAtomically(out, PREVIOUS);
    fs.writeFileSync(path.join(out, MANIFEST), text);
    const before = snapshotTree(tmp);
    expect(() => writeTreeAtomically(out, NEW)).toThrow(
      `${out}/.sitekit-manifest.json is malformed: ${detail}; it lists the files sitekit owns in ${out}/: restore it (e.g. from git), or delete it and synth again with --adopt`,
    );
    expect(snapshotTree(tmp)).toEqual(before);
  });

  test('a symbolic link inside the output is never followed: an owned directory replaced by a link to elsewhere', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, PREVIOUS);
    plant(tmp, { 'elsewhere/x.yaml': 'not sitekit\n', 'elsewhere/stale.yaml': 'not sitekit\n' });
    fs.rmSync(path.join(out, 'clusters/a'), { recursive: true });
    fs.symlinkSync(path.join(tmp, 'elsewhere'), path.join(out, 'clusters/a'));
    const before = snapshotTree(tmp);
    const message = `${out}/clusters/a is a symbolic link where sitekit needs a directory (it never follows links or replaces what it did not write in its output): move it away and synth again`;
    expect(() => new OutputDir(out).read(PREVIOUS.keys())).toThrow(message);
    expect(() => writeTreeAtomically(out, NEW)).toThrow(message);
    expect(snapshotTree(tmp)).toEqual(before);
  });

  test('an owned file replaced by a link is not read through; the write replaces the link, not its target', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, PREVIOUS);
    plant(tmp, { 'secret.txt': 'outside\n' });
    fs.rmSync(path.join(out, 'clusters/a/x.yaml'));
    fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(out, 'clusters/a/x.yaml'));
    expect(() => new OutputDir(out, 'out').read(['clusters/a/x.yaml'])).toThrow('out/clusters/a/x.yaml is a symbolic link; sitekit does not follow links in its output: replace it with a file or delete it');
    expect(writeTreeAtomically(out, NEW).changed).toBe(2);
    expect(fs.lstatSync(path.join(out, 'clusters/a/x.yaml')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(tmp, 'secret.txt'), 'utf8')).toBe('outside\n');
  });

  test('a file where a rendered directory must go, or a directory where a rendered file must go', () => {
    const out = path.join(tmp, 'out');
    writeTreeAtomically(out, PREVIOUS);
    plant(out, { 'clusters/b': 'a file of mine\n' });
    expect(() => writeTreeAtomically(out, NEW)).toThrow(
      `${out}/clusters/b is a file where sitekit needs a directory (it never follows links or replaces what it did not write in its output): move it away and synth again`,
    );
    fs.rmSync(path.join(out, 'clusters/b'));
    fs.mkdirSync(path.join(out, 'clusters/a/y.yaml'));
    expect(() => writeTreeAtomically(out, NEW)).toThrow(`${out}/clusters/a/y.yaml is a directory where sitekit writes a file: move it away and synth again`);
    expect(filesOf(out)).toEqual(new Map([[MANIFEST, manifestOf(PREVIOUS.keys())], ...PREVIOUS]));
  });
});

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

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  const { spawnSync } = jest.requireActual('child_process') as typeof import('child_process');
  const pid = spawnSync(process.execPath, ['-e', '']).pid!;
  expect(isDead(pid)).toBe(true);
  return pid;
}

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

/**
 * Transpiles the modules of synth/output/ into `dir` for child processes (jest's fs mock is not
 * in them: they get the real fs).
 */
function transpileWriter(dir: string): void {
  const ts = jest.requireActual('typescript') as typeof import('typescript');
  const sources = path.join(__dirname, '..', '..', '..', 'synth', 'output');
  for (const file of fs.readdirSync(sources).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(sources, file), 'utf8');
    fs.writeFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText);
  }
}

describe('concurrent writers (child processes)', () => {
  test('two processes writing 100 times each into one output: no error, no leftovers, one complete tree', async () => {
    transpileWriter(tmp);
    const child = path.join(tmp, 'writer.js');
    fs.writeFileSync(
      child,
      [
        "const fs = require('fs');",
        "const { writeTreeAtomically } = require('./write.js');",
        "const files = new Map(JSON.parse(fs.readFileSync(process.env.FILES, 'utf8')));",
        'for (let i = 0; i < 100; i++) writeTreeAtomically(process.env.OUT, files);',
        '',
      ].join('\n'),
    );
    const out = path.join(tmp, 'out');
    const wanted: Record<string, Record<string, string>> = {};
    for (const [name, files] of [['previous', PREVIOUS], ['new', NEW]] as const) {
      fs.writeFileSync(path.join(tmp, `${name}.json`), JSON.stringify([...files]));
      const ref = path.join(tmp, `ref-${name}`);
      previousOutput(ref);
      writeTreeAtomically(ref, files);
      wanted[name] = snapshotTree(ref);
    }
    previousOutput(out);
    const { spawn } = jest.requireActual('child_process') as typeof import('child_process');
    const run = (name: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [child], { env: { ...process.env, FILES: path.join(tmp, `${name}.json`), OUT: out } });
        let stderr = '';
        p.stderr.on('data', (d) => (stderr += d));
        p.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run('previous'), run('new')]);
    expect(results).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    const now = snapshotTree(out);
    expect([wanted.previous, wanted.new]).toContainEqual(now);
  });
});

/**
 * A real SIGKILL at every step of a write: a child process runs writeTreeAtomically (transpiled
 * from synth/output/) with its fs calls counted and kills itself just before
 * the k-th one, for every k. SIGKILL cannot be caught, so this is what a power cut or `kill -9`
 * does (short of losing what the kernel had not flushed).
 */
describe('killed at any step (SIGKILL in a child process)', () => {
  let child: string;
  let filesJson: string;
  beforeEach(() => {
    // The child's fs calls are counted by the prelude below.
    transpileWriter(tmp);
    filesJson = path.join(tmp, 'files.json');
    fs.writeFileSync(filesJson, JSON.stringify([...NEW]));
    child = path.join(tmp, 'child.js');
    fs.writeFileSync(
      child,
      [
        "const fs = require('fs');",
        'const killAt = Number(process.env.KILL_AT);',
        'let calls = 0;',
        `for (const name of ${JSON.stringify(CALLS.filter((c) => c !== 'accessSync'))}) {`,
        '  const real = fs[name];',
        "  fs[name] = function (...args) { if (++calls === killAt) process.kill(process.pid, 'SIGKILL'); return real.apply(this, args); };",
        '}',
        "const { writeTreeAtomically } = require('./write.js');",
        "writeTreeAtomically(process.env.OUT, new Map(JSON.parse(fs.readFileSync(process.env.FILES, 'utf8'))));",
        'process.stdout.write(String(calls));',
        '',
      ].join('\n'),
    );
  });

  function run(out: string, killAt: number): ReturnType<typeof import('child_process').spawnSync> {
    const { spawnSync } = jest.requireActual('child_process') as typeof import('child_process');
    return spawnSync(process.execPath, [child], { env: { ...process.env, KILL_AT: String(killAt), FILES: filesJson, OUT: out }, encoding: 'utf8' });
  }

  /** The signal that ended a child killed at step `killAt`. */
  function runKilled(out: string, killAt: number): Promise<NodeJS.Signals | null> {
    const { spawn } = jest.requireActual('child_process') as typeof import('child_process');
    return new Promise((resolve) => {
      const p = spawn(process.execPath, [child], { env: { ...process.env, KILL_AT: String(killAt), FILES: filesJson, OUT: out }, stdio: 'ignore' });
      p.on('close', (_code, signal) => resolve(signal));
    });
  }

  test('after recovery, the owned files are exactly the previous or the new ones, foreign files untouched, no bookkeeping left', async () => {
    const full = path.join(tmp, 'count');
    previousOutput(full);
    const previous = snapshotTree(full);
    const r = run(full, 0);
    expect(r.status).toBe(0);
    const steps = Number(r.stdout);
    expect(steps).toBeGreaterThan(20); // the lock, staging, the journal, the moves and deletions, the clean-up
    const wanted = snapshotTree(full);
    expect(filesOf(full, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));

    // One output per step, killed by children running three at a time (each in its own directory).
    const outs = Array.from({ length: steps }, (_, i) => path.join(tmp, `killed-${i + 1}`));
    for (const out of outs) previousOutput(out);
    const signals: (NodeJS.Signals | null)[] = [];
    let next = 0;
    const worker = async () => {
      while (next < steps) {
        const k = ++next;
        signals[k - 1] = await runKilled(outs[k - 1], k);
      }
    };
    await Promise.all([worker(), worker(), worker()]);

    const seen = new Set<string>();
    for (let k = 1; k <= steps; k++) {
      const out = outs[k - 1];
      expect({ k, signal: signals[k - 1] }).toEqual({ k, signal: 'SIGKILL' });
      // What the next synth does first: take the (now stale) lock, recover.
      const output = new OutputDir(out);
      const lock = output.lock({ timeoutMs: 0 });
      output.recover();
      lock.release();
      const now = snapshotTree(out);
      const state = JSON.stringify(now) === JSON.stringify(previous) ? 'previous' : 'new';
      expect({ k, tree: now }).toEqual({ k, tree: state === 'previous' ? previous : wanted });
      seen.add(state);
      // And the write then ends with exactly the new tree.
      writeTreeAtomically(out, NEW);
      expect({ k, tree: snapshotTree(out) }).toEqual({ k, tree: wanted });
    }
    // Kills before the commit and after it were both hit.
    expect([...seen].sort()).toEqual(['new', 'previous']);
  });
});
