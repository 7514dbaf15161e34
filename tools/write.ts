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

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(path.join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

/** Puts back a tree left aside by an interrupted swap (the `.old` sibling) when the tree itself is gone. */
export function recoverInterrupted(outDir: string): void {
  const old = `${outDir}.old`;
  if (!fs.existsSync(outDir) && fs.existsSync(old)) fs.renameSync(old, outDir);
  fs.rmSync(old, { recursive: true, force: true });
  fs.rmSync(`${outDir}.new`, { recursive: true, force: true });
}

/** Replaces `outDir` with exactly `files` (path → content). */
export function writeTreeAtomically(outDir: string, files: ReadonlyMap<string, string>): WriteResult {
  outDir = path.resolve(outDir);
  recoverInterrupted(outDir);
  const before = new Map(listFiles(outDir).map((f) => [f, fs.readFileSync(path.join(outDir, f), 'utf8')]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [f, content] of files) {
    const prev = before.get(f);
    if (prev === undefined) added++;
    else if (prev === content) unchanged++;
    else changed++;
  }
  const removed = [...before.keys()].filter((f) => !files.has(f)).length;
  if (added + changed + removed === 0) return { added, changed, removed, unchanged };

  const staging = `${outDir}.new`;
  fs.mkdirSync(staging, { recursive: true });
  for (const [f, content] of files) {
    const target = path.join(staging, f);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  const old = `${outDir}.old`;
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(staging, outDir);
  fs.rmSync(old, { recursive: true, force: true });
  return { added, changed, removed, unchanged };
}
