/**
 * The output directory: sitekit owns only the files it wrote there, listed in its manifest
 * (`.sitekit-manifest.json`); everything else (Terraform state, `.terraform/`, a user's files) is
 * never read, changed or deleted. Writes go through a journal (journal.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Ancestors } from './ancestors';
import { checkPath, errno, isBookkeeping, JOURNAL, MANIFEST, manifestText, OutputError, someOf, STAGING } from './bookkeeping';
import { applyJournal, commitWrite, parseJournal } from './journal';
import { cleanLockLeftovers, HeldLock, isEnvironmentError, lockDirectory, LockOptions, OutputFsError } from './lock';

/** Counts of what a write changed, compared with the previous owned files. */
export interface WriteResult {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Files that were there without being sitekit's and are now owned (with --adopt). */
  readonly adopted: number;
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
    // Stryker disable next-line ConditionalExpression: a value that is not an object has no generator, which the next check refuses
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
    // Stryker disable next-line StringLiteral: '' names the output too, and is reported as ''
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

    // Stage and commit, then apply (journal.ts).
    applyJournal(this, commitWrite(this, files, { flat, trees, removals, manifest }));
    return result;
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
    // Stryker disable next-line StringLiteral: a journal that cannot be read is malformed whatever the stand-in text
    if (names.includes(JOURNAL)) applyJournal(this, parseJournal(this, this.readFile(JOURNAL) ?? ''));
    // Stryker disable next-line BooleanLiteral: the entry was just listed, under the lock: force (no error when it is missing) changes nothing
    for (const n of names) if (n.startsWith(STAGING)) fs.rmSync(this.path(n), { recursive: true, force: true });
  }
}
