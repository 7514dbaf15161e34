/**
 * A write is journaled, so that a failure or a kill at any point leaves either the previous or the
 * complete new set of owned files (after the next synth's recovery), never a mix:
 *  1. every added or changed file and the new manifest are written into a staging directory inside
 *     the output (same file system, so renames are atomic);
 *  2. a journal naming the moves and deletions is renamed into place: the write is committed;
 *  3. the journal is applied, with renames and unlinks only: staged files (or whole new
 *     directories) onto their targets, owned files no longer rendered deleted (with the
 *     directories that leaves empty), the manifest last; then the journal and the staging go.
 * Recovery applies a journal it finds again, which is idempotent.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Ancestors, type OutputPaths } from './ancestors';
import { errno, isPath, JOURNAL, MANIFEST, OutputError, STAGING } from './bookkeeping';
import { isEnvironmentError, OutputFsError } from './lock';

/** A write journal: staged entries to move onto targets, owned files to delete. */
export interface Journal {
  readonly generator: 'sitekit';
  readonly version: 1;
  readonly staging: string;
  /** [name in the staging directory, target relative to the output]; the manifest's move is last. */
  readonly move: readonly (readonly [string, string])[];
  readonly remove: readonly string[];
}

/** What a write changes: files whose directory exists, missing directories with the files under them, owned files to delete. */
export interface WritePlan {
  readonly flat: readonly string[];
  readonly trees: ReadonlyMap<string, readonly string[]>;
  readonly removals: readonly string[];
  /** The new manifest's text. */
  readonly manifest: string;
}

/**
 * Steps 1 and 2: stages every byte of the new files, then commits the write by renaming the journal
 * into place. A failure before the commit deletes the staging and leaves the output as it was.
 */
export function commitWrite(out: OutputPaths, files: ReadonlyMap<string, string>, plan: WritePlan): Journal {
  const staging = `${STAGING}${process.pid}-${randomBytes(4).toString('hex')}`;
  const stagingDir = out.path(staging);
  const move: [string, string][] = [];
  const j: Journal = { generator: 'sitekit', version: 1, staging, move, remove: plan.removals };
  let writing = '';
  try {
    fs.mkdirSync(stagingDir);
    plan.flat.forEach((f, i) => {
      writing = f;
      fs.writeFileSync(path.join(stagingDir, `f${i}`), files.get(f)!);
      move.push([`f${i}`, f]);
    });
    [...plan.trees].forEach(([dir, under], i) => {
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
    fs.writeFileSync(path.join(stagingDir, 'manifest'), plan.manifest);
    move.push(['manifest', MANIFEST]);
    writing = JOURNAL;
    fs.writeFileSync(path.join(stagingDir, 'journal'), `${JSON.stringify(j)}\n`);
    fs.renameSync(path.join(stagingDir, 'journal'), out.path(JOURNAL));
  } catch (e) {
    try {
      // Stryker disable next-line BooleanLiteral: an error here is ignored, so force (no error when it is missing) changes nothing
      fs.rmSync(stagingDir, { recursive: true, force: true });
    } catch {
      /* recovery deletes a staging directory without a journal */
    }
    if (isEnvironmentError(e)) throw new OutputFsError(writing, e.code, false);
    throw e;
  }
  return j;
}

/**
 * Step 3: applies a committed journal: the staged files and directories onto their targets, the
 * owned files no longer rendered deleted, then the manifest; then the journal and the staging go.
 * Idempotent, so that recovery can run it again after a kill.
 */
export function applyJournal(out: OutputPaths, j: Journal): void {
  const staging = out.path(j.staging);
  const ancestors = new Ancestors(out);
  // Stryker disable next-line StringLiteral: every step names its path before it can fail
  let rel = '';
  const moveIn = ([from, to]: readonly [string, string]) => {
    rel = to;
    const source = path.join(staging, from);
    if (!fs.existsSync(source)) return; // moved before a kill
    // The target's directory existed when the write was planned; recreate it if it went since.
    if (ancestors.firstMissing(to) !== undefined) fs.mkdirSync(out.path(path.posix.dirname(to)), { recursive: true });
    fs.renameSync(source, out.path(to));
  };
  try {
    for (const m of j.move) if (m[1] !== MANIFEST) moveIn(m);
    for (const f of j.remove) {
      rel = f;
      ancestors.firstMissing(f); // throws on a link on the way
      try {
        fs.unlinkSync(out.path(f));
      } catch (e) {
        if (errno(e) !== 'ENOENT' && errno(e) !== 'EISDIR') throw e;
      }
      // The directories this leaves empty go (also those a kill left on the way); one that still
      // holds anything stays, and so does one that cannot be removed (it only costs an empty directory).
      // Stryker disable next-line StringLiteral: the output itself holds the journal while this runs, so removing it fails and ends the loop
      for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) {
        try {
          fs.rmdirSync(out.path(d));
        } catch (e) {
          // Stryker disable next-line ConditionalExpression: going on after a directory that stays only tries its parents, which hold it and stay too
          if (errno(e) !== 'ENOENT') break;
        }
      }
    }
    // Stryker disable next-line ConditionalExpression: the other moves are done, their sources gone
    for (const m of j.move) if (m[1] === MANIFEST) moveIn(m);
    rel = JOURNAL;
    fs.unlinkSync(out.path(JOURNAL));
  } catch (e) {
    if (isEnvironmentError(e)) throw new OutputFsError(rel, e.code, true);
    throw Object.assign(e as Error, { committed: true });
  }
  try {
    // Stryker disable next-line BooleanLiteral: an error here is ignored, so force (no error when it is missing) changes nothing
    fs.rmSync(staging, { recursive: true, force: true });
  } catch {
    /* the write is complete; recovery deletes a staging directory without a journal */
  }
}

/** Parses and validates a journal: a tampered one never leads outside the output. */
export function parseJournal(out: OutputPaths, text: string): Journal {
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
