/**
 * The output directory: sitekit owns only the files it wrote there, listed in its manifest
 * (`.sitekit-manifest.json`); everything else (Terraform state, `.terraform/`, a user's files) is
 * never read, changed or deleted.
 *
 * A write is journaled, so that a failure or a kill at any point leaves either the previous or the
 * complete new set of owned files (after the next synth's recovery), never a mix:
 *  1. every added or changed file and the new manifest are written into a staging directory inside
 *     the output (same file system, so renames are atomic);
 *  2. a journal naming the moves and deletions is renamed into place: the write is committed;
 *  3. the journal is applied, with renames and unlinks only: staged files (or whole new
 *     directories) onto their targets, owned files no longer rendered deleted (with the
 *     directories that leaves empty), the manifest last; then the journal and the staging go.
 * Recovery (at the start of every synth, under the lock) applies a journal it finds again, which is
 * idempotent, and deletes staging directories without one.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { cleanLockLeftovers, HeldLock, isEnvironmentError, LOCK, lockDirectory, LockOptions, OutputFsError } from './lock';

export { OutputFsError } from './lock';

/** The list of the files sitekit owns in an output directory. Part of the output. */
export const MANIFEST = '.sitekit-manifest.json';
/** A committed write not yet fully applied. */
const JOURNAL = '.sitekit-journal.json';
/** Prefix of the staging directories of writes in progress. */
const STAGING = '.sitekit-staging-';

/** Entries of the output's top level that are sitekit's bookkeeping of a write or lock, never output. */
function isBookkeeping(name: string): boolean {
  return name === LOCK || name.startsWith(`${LOCK}.`) || name === JOURNAL || name.startsWith(STAGING);
}

/** Counts of what a write changed, compared with the previous owned files. */
export interface WriteResult {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Files that were there without being sitekit's and are now owned (with --adopt). */
  readonly adopted: number;
}

/** The output directory refuses the write: not sitekit's, a malformed manifest, something in the way. */
export class OutputError extends Error {
  readonly userError = true;
}

/** Rejects paths that would land outside the output directory, name it, or name sitekit's own files. */
function checkPath(f: string): void {
  const parts = f.split('/');
  if (!f || f.startsWith('/') || f.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`invalid output path ${JSON.stringify(f)}: expected a relative path with / separators, without . or .. segments`);
  }
  if (parts[0].startsWith('.sitekit')) throw new Error(`invalid output path ${JSON.stringify(f)}: names starting with .sitekit are sitekit's own bookkeeping`);
}

/** The manifest's text for `files`: deterministic (sorted, no time stamps). */
function manifestText(files: Iterable<string>): string {
  return `${JSON.stringify({ generator: 'sitekit', version: 1, files: [...files].sort() }, null, 2)}\n`;
}

/** The first names of a list and how many more there are, for a message. */
function someOf(names: readonly string[]): string {
  return names.slice(0, 3).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** A write journal: staged entries to move onto targets, owned files to delete. */
interface Journal {
  readonly generator: 'sitekit';
  readonly version: 1;
  readonly staging: string;
  /** [name in the staging directory, target relative to the output]; the manifest's move is last. */
  readonly move: readonly (readonly [string, string])[];
  readonly remove: readonly string[];
}

/** Options of OutputDir.write. */
export interface WriteOptions {
  /** The files sitekit owns now (the manifest's list); read from the manifest when not given. */
  readonly owned?: readonly string[];
  /** Contents of owned (or adopted) files already read (OutputDir.read), not read again. */
  readonly previous?: ReadonlyMap<string, string>;
  /** Take over rendered files that are there without being sitekit's, instead of refusing. */
  readonly adopt?: boolean;
}

/**
 * Checks, with a cache, that the directories on the way to a path of the output are real
 * directories: a file or a symbolic link there is "in the way" (sitekit never follows a link
 * inside its output, so a planted link cannot lead it outside).
 */
class Ancestors {
  private readonly state = new Map<string, boolean>();
  constructor(private readonly out: OutputDir) {}

  /** Whether directory `rel` exists ('.' is the output itself); throws when something else is there. */
  exists(rel: string): boolean {
    if (rel === '.') return true;
    const known = this.state.get(rel);
    if (known !== undefined) return known;
    let exists = false;
    if (this.exists(path.posix.dirname(rel))) {
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(this.out.path(rel));
      } catch (e) {
        if (errno(e) !== 'ENOENT') throw isEnvironmentError(e) ? new OutputFsError(rel, e.code, false, 'read') : e;
      }
      if (st && !st.isDirectory()) {
        throw new OutputError(`${this.out.name(rel)} is ${st.isSymbolicLink() ? 'a symbolic link' : 'a file'} where sitekit needs a directory (it never follows links or replaces what it did not write in its output): move it away and synth again`);
      }
      exists = st !== undefined;
    }
    this.state.set(rel, exists);
    return exists;
  }

  /** The shallowest missing directory on the way to file `rel`, or undefined when its directory exists. */
  firstMissing(rel: string): string | undefined {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!this.exists(d)) return d;
    }
    return undefined;
  }
}

/** An output directory (absolute, symbolic links resolved) and the name messages give it. */
export class OutputDir {
  constructor(
    readonly dir: string,
    /** How messages name the directory, e.g. `dist` (the `--out` the user gave). */
    readonly label: string = dir,
  ) {}

  /** The absolute path of `rel` (relative, `/`-separated). */
  path(rel: string): string {
    return path.join(this.dir, ...rel.split('/'));
  }

  /** `rel` as messages name it: `<label>/<rel>`. */
  name(rel = ''): string {
    return `${this.label.replace(/\/+$/, '')}/${rel}`;
  }

  /** Takes the output's lock (creating the directory if needed); see lock.ts. */
  lock(options?: LockOptions): HeldLock {
    return lockDirectory(this.dir, options);
  }

  /**
   * The files sitekit owns here: the manifest's list; none in a missing or empty directory (sitekit's
   * bookkeeping aside). A directory with other content and no manifest is refused unless `adopt`.
   */
  owned(adopt = false): string[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch (e) {
      if (errno(e) === 'ENOENT') return [];
      if (errno(e) === 'ENOTDIR') throw new OutputError(`${this.name()} exists and is not a directory; choose a directory of its own, e.g. dist`);
      if (isEnvironmentError(e)) throw new OutputFsError('', e.code, false, 'read');
      throw e;
    }
    if (names.includes(MANIFEST)) return this.readManifest();
    const foreign = names.filter((n) => !isBookkeeping(n)).sort();
    if (foreign.length && !adopt) {
      throw new OutputError(
        `${this.name()} is not empty and sitekit did not write it (no ${MANIFEST}): it holds ${someOf(foreign)}. ` +
          `sitekit writes only into a new or empty directory or one it wrote before; choose another --out, ` +
          `or add --adopt to take over the files this synth renders there and leave everything else alone`,
      );
    }
    return [];
  }

  /** The manifest's list of owned files, validated: a tampered manifest never leads outside the output. */
  private readManifest(): string[] {
    const bad = (what: string) =>
      new OutputError(`${this.name(MANIFEST)} is malformed: ${what}; it lists the files sitekit owns in ${this.name()}: restore it (e.g. from git), or delete it and synth again with --adopt`);
    const text = this.readFile(MANIFEST) ?? '';
    let m: { generator?: unknown; version?: unknown; files?: unknown };
    try {
      m = JSON.parse(text);
    } catch (e) {
      throw bad(`not JSON (${(e as Error).message})`);
    }
    if (!m || typeof m !== 'object' || m.generator !== 'sitekit' || m.version !== 1 || !Array.isArray(m.files)) {
      throw bad('expected {"generator": "sitekit", "version": 1, "files": [...]}');
    }
    const seen = new Set<string>();
    for (const f of m.files as unknown[]) {
      if (typeof f !== 'string') throw bad(`the entry ${JSON.stringify(f)} is not a path`);
      try {
        checkPath(f);
      } catch (e) {
        throw bad(`the entry ${JSON.stringify(f)} is not a path inside the output directory`);
      }
      if (seen.has(f)) throw bad(`the entry ${JSON.stringify(f)} is listed twice`);
      seen.add(f);
    }
    return [...seen];
  }

  /**
   * The contents of the files `rels` that exist (relative path → content), whose path `include`
   * accepts. Links are not followed: a link at such a path is an error.
   */
  read(rels: Iterable<string>, include: (rel: string) => boolean = () => true): Map<string, string> {
    const ancestors = new Ancestors(this);
    const files = new Map<string, string>();
    for (const rel of rels) {
      if (!include(rel) || ancestors.firstMissing(rel) !== undefined) continue;
      const text = this.readFile(rel);
      if (text !== undefined) files.set(rel, text);
    }
    return files;
  }

  /** One file's text; undefined when missing. */
  private readFile(rel: string): string | undefined {
    let fd: number;
    try {
      fd = fs.openSync(this.path(rel), fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    } catch (e) {
      if (errno(e) === 'ENOENT') return undefined;
      if (errno(e) === 'ELOOP') throw new OutputError(`${this.name(rel)} is a symbolic link; sitekit does not follow links in its output: replace it with a file or delete it`);
      if (isEnvironmentError(e)) throw new OutputFsError(rel, e.code, false, 'read');
      throw e;
    }
    try {
      return fs.readFileSync(fd, 'utf8');
    } catch (e) {
      if (errno(e) === 'EISDIR') return undefined; // a directory where a file was: not a file of the output
      if (isEnvironmentError(e)) throw new OutputFsError(rel, e.code, false, 'read');
      throw e;
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Makes `files` (relative path → content) the owned files of the output: writes the added and
   * changed ones, deletes owned files no longer in `files`, leaves everything else alone. The caller
   * holds the lock and has recovered the directory. Nothing is written when nothing changed.
   */
  write(files: ReadonlyMap<string, string>, options: WriteOptions = {}): WriteResult {
    const rendered = [...files.keys()].sort();
    for (const f of rendered) checkPath(f);
    for (const f of rendered) {
      for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) {
        if (files.has(d)) throw new Error(`invalid output paths: ${JSON.stringify(d)} is both a file and a directory of the output`);
      }
    }
    const owned = new Set(options.owned ?? this.owned(options.adopt));
    const ancestors = new Ancestors(this);
    const flat: string[] = []; // targets whose directory exists
    const trees = new Map<string, string[]>(); // missing directory → targets under it
    const foreign: string[] = [];
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    let adopted = 0;
    for (const f of rendered) {
      const missing = ancestors.firstMissing(f);
      if (missing !== undefined) {
        added++;
        const under = trees.get(missing);
        if (under) under.push(f);
        else trees.set(missing, [f]);
        continue;
      }
      const st = this.lstat(f);
      if (!st) {
        added++;
        flat.push(f);
        continue;
      }
      if (st.isDirectory()) throw new OutputError(`${this.name(f)} is a directory where sitekit writes a file: move it away and synth again`);
      if (!owned.has(f)) {
        if (!options.adopt) foreign.push(f);
        adopted++;
      }
      const before = st.isSymbolicLink() ? undefined : (options.previous?.get(f) ?? this.readFile(f));
      if (before === files.get(f)) unchanged++;
      else {
        changed++;
        flat.push(f);
      }
    }
    if (foreign.length) {
      throw new OutputError(`${foreign.length} file(s) this synth renders are in ${this.name()} but sitekit did not write them: ${someOf(foreign)}; move them away, or add --adopt to take them over`);
    }
    const removals: string[] = [];
    for (const f of [...owned].sort()) {
      if (files.has(f) || ancestors.firstMissing(f) !== undefined) continue;
      const st = this.lstat(f);
      if (st && !st.isDirectory()) removals.push(f);
    }
    const manifest = manifestText(rendered);
    const current = this.readFile(MANIFEST);
    const result = { added, changed, removed: removals.length, unchanged, adopted };
    if (flat.length === 0 && trees.size === 0 && removals.length === 0 && current === manifest) return result;

    // Everything the apply renames into or deletes from must be writable, checked before committing.
    const dirs = new Set(['.']);
    for (const f of [...flat, ...removals]) dirs.add(path.posix.dirname(f));
    for (const d of trees.keys()) dirs.add(path.posix.dirname(d));
    for (const d of dirs) {
      try {
        fs.accessSync(this.path(d), fs.constants.W_OK);
      } catch (e) {
        if (isEnvironmentError(e)) throw new OutputFsError(d === '.' ? '' : d, e.code, false);
        throw e;
      }
    }

    // Staging: every byte of the new files is written before the journal commits the write.
    const staging = `${STAGING}${process.pid}-${randomBytes(4).toString('hex')}`;
    const stagingDir = this.path(staging);
    const move: [string, string][] = [];
    const j: Journal = { generator: 'sitekit', version: 1, staging, move, remove: removals };
    let writing = '';
    try {
      fs.mkdirSync(stagingDir);
      flat.forEach((f, i) => {
        writing = f;
        fs.writeFileSync(path.join(stagingDir, `f${i}`), files.get(f)!);
        move.push([`f${i}`, f]);
      });
      [...trees].forEach(([dir, under], i) => {
        const root = path.join(stagingDir, `d${i}`);
        for (const f of under) {
          writing = f;
          const target = path.join(root, ...f.slice(dir.length + 1).split('/'));
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, files.get(f)!);
        }
        move.push([`d${i}`, dir]);
      });
      writing = MANIFEST;
      fs.writeFileSync(path.join(stagingDir, 'manifest'), manifest);
      move.push(['manifest', MANIFEST]);
      writing = JOURNAL;
      fs.writeFileSync(path.join(stagingDir, 'journal'), `${JSON.stringify(j)}\n`);
      fs.renameSync(path.join(stagingDir, 'journal'), this.path(JOURNAL));
    } catch (e) {
      try {
        fs.rmSync(stagingDir, { recursive: true, force: true });
      } catch {
        /* recovery deletes a staging directory without a journal */
      }
      if (isEnvironmentError(e)) throw new OutputFsError(writing, e.code, false);
      throw e;
    }
    this.apply(j);
    return result;
  }

  /**
   * Applies a committed journal: the staged files and directories onto their targets, the owned
   * files no longer rendered deleted, then the manifest; then the journal and the staging go.
   * Idempotent, so that recovery can run it again after a kill.
   */
  private apply(j: Journal): void {
    const staging = this.path(j.staging);
    const ancestors = new Ancestors(this);
    let rel = '';
    const moveIn = ([from, to]: readonly [string, string]) => {
      rel = to;
      const source = path.join(staging, from);
      if (!fs.existsSync(source)) return; // moved before a kill
      // The target's directory existed when the write was planned; recreate it if it went since.
      if (ancestors.firstMissing(to) !== undefined) fs.mkdirSync(this.path(path.posix.dirname(to)), { recursive: true });
      fs.renameSync(source, this.path(to));
    };
    try {
      for (const m of j.move) if (m[1] !== MANIFEST) moveIn(m);
      for (const f of j.remove) {
        rel = f;
        ancestors.firstMissing(f); // throws on a link on the way
        try {
          fs.unlinkSync(this.path(f));
        } catch (e) {
          if (errno(e) !== 'ENOENT' && errno(e) !== 'EISDIR') throw e;
        }
        // The directories this leaves empty go (also those a kill left on the way); one that still
        // holds anything stays, and so does one that cannot be removed (it only costs an empty directory).
        for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) {
          try {
            fs.rmdirSync(this.path(d));
          } catch (e) {
            if (errno(e) !== 'ENOENT') break;
          }
        }
      }
      for (const m of j.move) if (m[1] === MANIFEST) moveIn(m);
      rel = JOURNAL;
      fs.unlinkSync(this.path(JOURNAL));
    } catch (e) {
      if (isEnvironmentError(e)) throw new OutputFsError(rel, e.code, true);
      throw Object.assign(e as Error, { committed: true });
    }
    try {
      fs.rmSync(staging, { recursive: true, force: true });
    } catch {
      /* the write is complete; recovery deletes a staging directory without a journal */
    }
  }

  /** lstat of `rel`; undefined when it is missing. */
  private lstat(rel: string): fs.Stats | undefined {
    try {
      return fs.lstatSync(this.path(rel));
    } catch (e) {
      if (errno(e) === 'ENOENT') return undefined;
      if (isEnvironmentError(e)) throw new OutputFsError(rel, e.code, false, 'read');
      throw e;
    }
  }

  /**
   * Finishes or undoes an interrupted write: applies a journal left by a write that was committed,
   * deletes staging directories without one and what dead lockers left. Under the lock.
   */
  recover(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch (e) {
      if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return;
      if (isEnvironmentError(e)) throw new OutputFsError('', e.code, false, 'read');
      throw e;
    }
    cleanLockLeftovers(this.dir, names);
    if (names.includes(JOURNAL)) this.apply(parseJournal(this, this.readFile(JOURNAL) ?? ''));
    for (const n of names) if (n.startsWith(STAGING)) fs.rmSync(this.path(n), { recursive: true, force: true });
  }
}

/** Parses and validates a journal: a tampered one never leads outside the output. */
function parseJournal(out: OutputDir, text: string): Journal {
  const bad = () => new OutputError(`${out.name(JOURNAL)} is malformed; it finishes an interrupted write: delete it and the ${STAGING}* directories beside it, then synth again`);
  let j: Journal;
  try {
    j = JSON.parse(text);
  } catch {
    throw bad();
  }
  const valid =
    j?.generator === 'sitekit' &&
    j.version === 1 &&
    typeof j.staging === 'string' &&
    /^\.sitekit-staging-\d+-[0-9a-f]+$/.test(j.staging) &&
    Array.isArray(j.move) &&
    Array.isArray(j.remove) &&
    j.move.every((m) => Array.isArray(m) && m.length === 2 && (m[0] === 'manifest' ? m[1] === MANIFEST : /^[fd]\d+$/.test(m[0]) && isPath(m[1]))) &&
    j.remove.every(isPath);
  if (!valid) throw bad();
  return j;
}

function isPath(f: unknown): boolean {
  try {
    checkPath(f as string);
    return typeof f === 'string';
  } catch {
    return false;
  }
}

/**
 * Locks `outDir`, finishes an interrupted write, and makes `files` its owned files (what
 * `npm run synth` does around its data-loss guard).
 */
export function writeTreeAtomically(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions & LockOptions = {}): WriteResult {
  const output = new OutputDir(path.resolve(outDir));
  const lock = output.lock(options);
  try {
    output.recover();
    return output.write(files, { ...options, owned: options.owned ?? output.owned(options.adopt) });
  } finally {
    lock.release();
  }
}

/**
 * The files of the output tree `dir` (relative, `/`-separated path → content) whose path `include`
 * accepts: those its manifest lists, or every file of a tree without one. For scanning a tree.
 */
export function readTree(dir: string, include: (rel: string) => boolean = () => true): Map<string, string> {
  const output = new OutputDir(path.resolve(dir));
  if (fs.existsSync(output.path(MANIFEST))) return output.read(output.owned(), include);
  const files = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else if (include(rel)) files.set(rel, fs.readFileSync(path.join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  return files;
}
