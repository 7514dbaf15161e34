/**
 * The directories on the way to a path of the output: sitekit writes only through real directories,
 * never through a file or a symbolic link there (so a planted link cannot lead it outside).
 */
import * as fs from 'fs';
import * as path from 'path';
import { errno, OutputError } from './bookkeeping';
import { isEnvironmentError, OutputFsError } from './lock';

/** What Ancestors needs of an output directory. */
export interface OutputPaths {
  /** The absolute path of `rel` (relative, `/`-separated). */
  path(rel: string): string;
  /** `rel` as messages name it. */
  name(rel?: string): string;
}

/**
 * Checks, with a cache, that the directories on the way to a path of the output are real
 * directories: a file or a symbolic link there is "in the way".
 */
export class Ancestors {
  private readonly state = new Map<string, boolean>();
  constructor(private readonly out: OutputPaths) {}

  /** Whether directory `rel` exists ('.' is the output itself); throws when something else is there. */
  exists(rel: string): boolean {
    if (rel === '.') return true;
    const known = this.state.get(rel);
    // Stryker disable next-line ConditionalExpression: a cache; looking again gives the same answer
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
