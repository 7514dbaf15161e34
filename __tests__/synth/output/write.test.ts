/**
 * synth/output/ (write.ts, output-dir.ts, journal.ts, ancestors.ts, bookkeeping.ts): the writer owns
 * only the files it wrote (its manifest) and leaves everything else in the output byte-identical;
 * what it refuses. Reading, recovery, the lock, file-system errors and child processes have files of
 * their own beside this one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OutputDir, OutputError, OutputFsError, writeTreeAtomically } from '../../../synth/output/write';
import { mockFs } from './mocks';
import { deadPid, filesOf, fsError, isForeign, leftovers, MANIFEST, manifestOf, NEW, plant, PREVIOUS, previousOutput, snapshotTree, tmp, useTempDir } from './harness';

jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();

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
