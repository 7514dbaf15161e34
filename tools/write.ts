/**
 * Atomic replacement of an output directory: the new tree is written next to it and swapped in
 * with renames, so a failure (or a kill) at any point leaves the previous tree in place.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Counts of what a write changed, compared with the previous tree. */
export interface WriteResult {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
}

/** Every file of `dir` (relative, `/`-separated) and every directory (relative, including empty ones). */
function listTree(dir: string, prefix = '', out = { files: [] as string[], dirs: [] as string[] }): { files: string[]; dirs: string[] } {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      out.dirs.push(rel);
      listTree(path.join(dir, e.name), rel, out);
    } else out.files.push(rel);
  }
  return out;
}

/** The files of `dir` (relative, `/`-separated path → content) whose path `include` accepts. */
export function readTree(dir: string, include: (rel: string) => boolean = () => true): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of listTree(dir).files) if (include(rel)) files.set(rel, fs.readFileSync(path.join(dir, ...rel.split('/')), 'utf8'));
  return files;
}

/** The directories a tree of exactly `files` has. */
function dirsOf(files: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) for (let d = path.posix.dirname(f); d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
  return dirs;
}

/** Rejects paths that would land outside the output directory or name it. */
function checkPath(f: string): void {
  const parts = f.split('/');
  if (!f || f.startsWith('/') || f.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`invalid output path ${JSON.stringify(f)}: expected a relative path with / separators, without . or .. segments`);
  }
}

/** Puts back a tree left aside by an interrupted swap (the `.old` sibling) when the tree itself is gone. */
export function recoverInterrupted(outDir: string): void {
  const old = `${outDir}.old`;
  if (!fs.existsSync(outDir) && fs.existsSync(old)) fs.renameSync(old, outDir);
  fs.rmSync(old, { recursive: true, force: true });
  fs.rmSync(`${outDir}.new`, { recursive: true, force: true });
}

/**
 * Replaces `outDir` with exactly `files` (path → content). `previous`: contents of the tree already
 * read (readTree), which are not read again.
 */
export function writeTreeAtomically(outDir: string, files: ReadonlyMap<string, string>, previous?: ReadonlyMap<string, string>): WriteResult {
  for (const f of files.keys()) checkPath(f);
  outDir = path.resolve(outDir);
  recoverInterrupted(outDir);
  const exists = fs.existsSync(outDir);
  const tree = exists ? listTree(outDir) : { files: [], dirs: [] };
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const present = new Set(tree.files);
  for (const [f, content] of files) {
    if (!present.has(f)) added++;
    else if ((previous?.get(f) ?? fs.readFileSync(path.join(outDir, f), 'utf8')) === content) unchanged++;
    else changed++;
  }
  const removed = tree.files.filter((f) => !files.has(f)).length;
  const result = { added, changed, removed, unchanged };
  // Nothing to do only when the files and the directories (empty ones included) are exactly the same.
  const dirs = dirsOf(files.keys());
  if (exists && added + changed + removed === 0 && tree.dirs.length === dirs.size && tree.dirs.every((d) => dirs.has(d))) return result;

  const staging = `${outDir}.new`;
  try {
    fs.mkdirSync(staging, { recursive: true });
    for (const d of [...dirs].sort()) fs.mkdirSync(path.join(staging, d), { recursive: true });
    for (const [f, content] of files) fs.writeFileSync(path.join(staging, f), content);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  const old = `${outDir}.old`;
  if (exists) fs.renameSync(outDir, old);
  try {
    fs.renameSync(staging, outDir);
  } catch (e) {
    // Put the previous tree back before reporting the failure.
    if (exists) fs.renameSync(old, outDir);
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  // The new tree is in place; a failure to delete the old one is cleaned up by the next write.
  try {
    fs.rmSync(old, { recursive: true, force: true });
  } catch {
    /* left for recoverInterrupted */
  }
  return result;
}
