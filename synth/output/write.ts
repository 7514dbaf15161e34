/**
 * The writer's entry: `writeTreeAtomically` (lock, recover, write) and `readTree`. The output
 * directory and what sitekit owns there are in output-dir.ts, the journaled write in journal.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MANIFEST } from './bookkeeping';
import type { LockOptions } from './lock';
import { OutputDir, type WriteOptions, type WriteResult } from './output-dir';

export { MANIFEST, OutputError } from './bookkeeping';
export { OutputFsError } from './lock';
export { OutputDir, type WriteOptions, type WriteResult } from './output-dir';

/**
 * Locks `outDir`, finishes an interrupted write, and makes `files` its owned files (what
 * `npm run synth` does around its data-loss guard).
 */
export function writeTreeAtomically(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions & LockOptions = {}): WriteResult {
  const output = new OutputDir(path.resolve(outDir));
  const lock = output.lock(options);
  try {
    output.recover();
    return output.write(files, options);
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
