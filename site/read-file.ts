/**
 * Reading a site file: a regular file of at most {@link MAX_SITE_BYTES}, refused before it is read
 * otherwise.
 */
import * as fs from 'fs';
import { SiteError } from './errors';

/**
 * The largest site file read. A site is a few KB (a thousand nodes take a few hundred KB); the cap
 * keeps a wrong `--site` (a disk image, a log) from costing seconds and gigabytes before it fails.
 */
export const MAX_SITE_BYTES = 1024 * 1024;

/**
 * The text of a site file: a regular file of at most {@link MAX_SITE_BYTES}. Anything else is
 * refused before it is read: `/dev/zero` would be read until memory runs out, and opening a FIFO
 * blocks until something writes to it.
 */
export function readSiteFile(file: string): string {
  const fail = (message: string, fix: string, allowed?: string) => new SiteError(file, [{ severity: 'error', path: [], message, allowed, fix }]);
  const cannotRead = (e: unknown) => fail(`cannot read the site file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'pass an existing file with --site <file>');
  const notRegular = (st: fs.Stats) =>
    fail(`cannot read the site file: ${file} is ${fileKind(st)}, not a regular file`, 'pass the site YAML file with --site <file> (save piped input to a file first)', 'a regular file');
  const tooBig = (size: string) =>
    fail(`the site file is ${size}, over the limit of ${MAX_SITE_BYTES} bytes (1 MiB)`, 'check that --site names the site YAML file', `a site file of at most ${MAX_SITE_BYTES} bytes`);
  let fd: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw notRegular(st);
    if (st.size > MAX_SITE_BYTES) throw tooBig(`${st.size} bytes`);
    // Non-blocking: should the path have become a FIFO since the stat, the open does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw e instanceof SiteError ? e : cannotRead(e);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw notRegular(st);
    // At most one byte over the limit: files that grow, or report no size (/proc), are cut off too.
    const buffer = Buffer.alloc(MAX_SITE_BYTES + 1);
    let length = 0;
    for (;;) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a read of 0 bytes into the full buffer returns 0, which ends the loop the same way
      const n = length < buffer.length ? fs.readSync(fd, buffer, length, buffer.length - length, null) : 0;
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_SITE_BYTES) throw tooBig(`more than ${MAX_SITE_BYTES} bytes`);
    return buffer.toString('utf8', 0, length);
  } catch (e) {
    throw e instanceof SiteError ? e : cannotRead(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** What a file that is not a regular file is, for a message. */
function fileKind(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'an unknown kind of file';
}
