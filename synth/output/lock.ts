/**
 * The output directory's lock: one synth at a time reads, guards and writes an output. An advisory
 * lock file `<out>/.sitekit.lock`, created atomically (a fully written temporary file hard-linked
 * into place, so that its content is never seen half-written), holding who took it. A lock whose
 * process is dead on this host is stale and taken over; a live one is waited for, then reported.
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The lock file, in the output directory. */
export const LOCK = '.sitekit.lock';

/** What a lock file holds. `nonce` tells two locks of the same process apart. */
export interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
  readonly nonce: string;
}

export interface LockOptions {
  /** How long to wait for a live lock before giving up (default 60 s). */
  readonly timeoutMs?: number;
  /** Called once when the lock is held by another live process and the wait begins. */
  readonly onWait?: (holder: LockInfo | undefined) => void;
}

/** A lock this process holds. */
export interface HeldLock {
  /** Deletes the lock (if it is still this one), then the directories the locking created if they are empty. */
  release(): void;
}

/** The output is locked by another live synth and stayed so for the whole wait. */
export class LockTimeoutError extends Error {
  readonly userError = true;
  constructor(
    readonly file: string,
    readonly holder: LockInfo | undefined,
    /** How long it waited: the timeout. */
    readonly timeoutMs: number,
  ) {
    super(`${file} is held by ${holder ? `pid ${holder.pid} on ${holder.host} since ${holder.started}` : 'an unknown process (the lock file is unreadable)'}`);
  }
}

/** A file-system error on a path of the output, with its code (ENOSPC, EACCES...). */
export class OutputFsError extends Error {
  readonly userError = true;
  constructor(
    /** The path that could not be written or read, relative to the output directory ('' for the directory). */
    readonly rel: string,
    readonly code: string,
    /** Whether the write was committed (journal written) when it failed: the next synth finishes it. */
    readonly committed: boolean,
    readonly verb: 'write' | 'read' = 'write',
  ) {
    super(`cannot ${verb} ${rel || '.'}: ${describeCode(code)} (${code})`);
  }
}

/** Codes of the environment (permissions, space, read-only file system), reported in one line. */
const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
};

export function describeCode(code: string): string {
  return FS_REASONS[code] ?? code;
}

/** Whether `e` is an fs error of the environment (see FS_REASONS), to report as OutputFsError. */
export function isEnvironmentError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in FS_REASONS;
}

/** Reads a lock file; undefined when it is missing, null when it cannot be parsed. */
export function readLock(file: string): LockInfo | undefined | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (Number.isInteger(v.pid) && typeof v.host === 'string' && typeof v.started === 'string' && typeof v.nonce === 'string' && /^[0-9a-f]+$/.test(v.nonce)) return v as LockInfo;
  } catch {
    /* unreadable */
  }
  return null;
}

/** Whether process `pid` is gone on this host (a process of another user still counts as alive). */
export function isDead(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const isStale = (info: LockInfo): boolean => info.host === os.hostname() && isDead(info.pid);

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Creates `file` holding a fresh LockInfo, atomically and only if it does not exist: the content
 * goes to a temporary file (named with our pid, so that a dead writer's one can be cleaned up)
 * that is then hard-linked into place. Returns the info, or undefined when `file` exists.
 */
function createExclusive(file: string): LockInfo | undefined {
  const info: LockInfo = { pid: process.pid, host: os.hostname(), started: new Date().toISOString(), nonce: randomBytes(8).toString('hex') };
  const text = `${JSON.stringify(info)}\n`;
  const tmp = `${path.join(path.dirname(file), LOCK)}.${process.pid}-${info.nonce}.tmp`;
  const removeTmp = () => {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* a leftover is deleted by a later recovery, once this process is gone */
    }
  };
  try {
    fs.writeFileSync(tmp, text, { flag: 'wx' });
    fs.linkSync(tmp, file);
    return info;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return undefined;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
  } finally {
    removeTmp();
  }
  // A file system without hard links: an exclusive create, written right after.
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
    return info;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw e;
  }
}

/**
 * Removes the lock file `file` if its holder is dead on this host. Only the process that created
 * the marker `<lock>.stale-<nonce>` (exclusively) may remove a lock with that nonce, and it checks
 * the nonce again first: no other process can remove or replace that lock meanwhile, so the one it
 * removes is the stale one. A marker left by a process that died while holding it is itself stale
 * and removed the same way.
 */
function breakIfStale(file: string, depth = 0): void {
  const info = readLock(file);
  if (!info || !isStale(info) || depth > 8) return;
  const marker = `${path.join(path.dirname(file), LOCK)}.stale-${info.nonce}`;
  if (!createExclusive(marker)) {
    breakIfStale(marker, depth + 1);
    return;
  }
  try {
    if (readLock(file)?.nonce === info.nonce) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(marker, { force: true });
  }
}

/**
 * Deletes what dead lockers left in `dir`: temporary lock files and stale-lock markers of
 * processes that are gone. For the recovery of an output, under its lock.
 */
export function cleanLockLeftovers(dir: string, names: readonly string[]): void {
  for (const name of names) {
    if (!name.startsWith(`${LOCK}.`)) continue;
    const tmp = /^\.sitekit\.lock\.(\d+)-[0-9a-f]+\.tmp$/.exec(name);
    const file = path.join(dir, name);
    if (tmp) {
      if (isDead(Number(tmp[1]))) fs.rmSync(file, { force: true });
    } else if (/^\.sitekit\.lock\.stale-[0-9a-f]+$/.test(name)) {
      const info = readLock(file);
      if (info && isStale(info)) fs.rmSync(file, { force: true });
    }
  }
}

/**
 * Takes the lock of directory `dir` (created, with its missing parents, when needed), waiting for
 * a live holder up to `timeoutMs` with a growing pause. Throws LockTimeoutError when the wait runs
 * out, OutputFsError when the lock cannot be created (read-only, no space, no permission).
 */
export function lockDirectory(dir: string, options: LockOptions = {}): HeldLock {
  const file = path.join(dir, LOCK);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const start = Date.now();
  let created: string | undefined;
  let pause = 5;
  let waiting = false;
  let staleRetries = 0;
  let mine: LockInfo | undefined;
  try {
    for (;;) {
      try {
        mine = createExclusive(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        // The directory is missing (or another synth that created it removed it again): create it.
        created = fs.mkdirSync(dir, { recursive: true }) ?? created;
        continue;
      }
      if (mine) break;
      breakIfStale(file);
      const holder = readLock(file);
      if (holder === undefined) continue; // released or broken meanwhile: try again at once
      // Still stale: another process is taking it over, or a dead one left a marker (now cleared).
      if (holder && isStale(holder) && staleRetries++ < 10) continue;
      const waited = Date.now() - start;
      if (waited >= timeoutMs) throw new LockTimeoutError(file, holder ?? undefined, timeoutMs);
      // A stale holder is being taken over by another process right now: no need to say so.
      if (!waiting && !(holder && isStale(holder))) {
        options.onWait?.(holder ?? undefined);
        waiting = true;
      }
      sleep(Math.min(pause, timeoutMs - waited));
      pause = Math.min(pause * 2, 250);
    }
  } catch (e) {
    removeCreated(dir, created);
    if (isEnvironmentError(e)) throw new OutputFsError(LOCK, e.code, false);
    throw e;
  }
  const held = mine;
  return {
    release() {
      try {
        if (readLock(file)?.nonce === held.nonce) fs.rmSync(file, { force: true });
      } catch {
        /* a lock left behind is stale once this process is gone, and taken over then */
      }
      removeCreated(dir, created);
    },
  };
}

/** Removes `dir` and its parents up to `created` (the first directory the locking created) while they are empty. */
function removeCreated(dir: string, created: string | undefined): void {
  if (!created) return;
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      fs.rmdirSync(d);
    } catch {
      return; // not empty (a write happened, or another process uses it) or already gone
    }
    if (d === created || path.dirname(d) === d) return;
  }
}
