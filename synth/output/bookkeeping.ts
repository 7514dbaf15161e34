/**
 * The names sitekit keeps for itself in an output directory (manifest, journal, staging, lock),
 * the paths it accepts for output files, and the manifest's text.
 */
import { LOCK } from './lock';

/** The list of the files sitekit owns in an output directory. Part of the output. */
export const MANIFEST = '.sitekit-manifest.json';
/** A committed write not yet fully applied. */
export const JOURNAL = '.sitekit-journal.json';
/** Prefix of the staging directories of writes in progress. */
export const STAGING = '.sitekit-staging-';

/** Entries of the output's top level that are sitekit's bookkeeping of a write or lock, never output. */
export function isBookkeeping(name: string): boolean {
  return name === LOCK || name.startsWith(`${LOCK}.`) || name === JOURNAL || name.startsWith(STAGING);
}

/** The output directory refuses the write: not sitekit's, a malformed manifest, something in the way. */
export class OutputError extends Error {
  readonly userError = true;
}

/** Rejects paths that would land outside the output directory, name it, or name sitekit's own files. */
export function checkPath(f: string): void {
  const parts = f.split('/');
  // An empty path and an absolute one have an empty segment.
  if (f.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`invalid output path ${JSON.stringify(f)}: expected a relative path with / separators, without . or .. segments`);
  }
  if (parts[0].startsWith('.sitekit')) throw new Error(`invalid output path ${JSON.stringify(f)}: names starting with .sitekit are sitekit's own bookkeeping`);
}

/** Whether `f` is a path checkPath accepts. */
export function isPath(f: unknown): boolean {
  try {
    checkPath(f as string);
    // Stryker disable next-line ConditionalExpression: checkPath throws on anything but a string (it has no split)
    return typeof f === 'string';
  } catch {
    return false;
  }
}

/** The manifest's text for `files`: deterministic (sorted, no time stamps). */
export function manifestText(files: Iterable<string>): string {
  // Stryker disable next-line MethodExpression: its one caller passes a sorted list
  return `${JSON.stringify({ generator: 'sitekit', version: 1, files: [...files].sort() }, null, 2)}\n`;
}

/** The first names of a list and how many more there are, for a message. */
export function someOf(names: readonly string[]): string {
  return names.slice(0, 3).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
}

/** The code of an fs error (ENOENT, ...). */
export function errno(e: unknown): string | undefined {
  // Stryker disable next-line OptionalChaining: its callers pass what fs threw, an error object
  return (e as NodeJS.ErrnoException | undefined)?.code;
}
