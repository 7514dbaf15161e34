/**
 * The host side of the boot tests: running commands, the run's work directory, and cleaning up
 * what a run created (VMs, network namespaces, a private libvirtd), also after a run that was
 * killed: every run records what it starts under its directory, and the next run removes what a
 * dead run left behind. Only processes a run started (recorded pid whose command line names that
 * run's directory) are ever signalled.
 */
import { spawn, spawnSync, type SpawnOptions } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Where runs keep their disks, seeds, sockets and logs (one directory per run). */
export const RUNS_DIR = process.env.SITEKIT_E2E_RUNS ?? '/var/tmp/sitekit-e2e';
/** Prefix of every network namespace a run creates: `<prefix><pid>-<name>`. */
export const NETNS_PREFIX = 'ske2e';

export interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion (no shell), with a time limit. */
export function run(cmd: string, args: readonly string[], opts: { input?: string | Buffer; timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env, cwd: opts.cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot run ${cmd}: ${e.message}`));
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(opts.input ?? '');
  });
}

/** The same, failing with the command, its exit code and its error output unless it exits 0. */
export async function must(cmd: string, args: readonly string[], opts: Parameters<typeof run>[2] = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${r.code ?? 'on a signal (time limit?)'}:\n${(r.stderr || r.stdout).trim().slice(-3000)}`);
  return r.stdout;
}

/** Synchronous variant for cleanup paths (exit handlers cannot wait for promises). */
export function runSync(cmd: string, args: readonly string[]): Result {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A command found on PATH (or an absolute path that exists). */
export function have(tool: string): boolean {
  if (tool.startsWith('/')) return fs.existsSync(tool);
  return (process.env.PATH ?? '').split(':').some((d) => d && fs.existsSync(path.join(d, tool)));
}

/** Debian packages of the host tools the boot tests use, by command. */
export const HOST_TOOLS: Readonly<Record<string, string>> = {
  'qemu-system-x86_64': 'qemu-system-x86',
  'qemu-img': 'qemu-utils',
  mmdebstrap: 'mmdebstrap',
  genisoimage: 'genisoimage',
  'mkfs.ext4': 'e2fsprogs',
  libvirtd: 'libvirt-daemon-system',
  virsh: 'libvirt-clients',
  ip: 'iproute2',
  nft: 'nftables',
  unshare: 'util-linux',
  setpriv: 'util-linux',
  dnsmasq: 'dnsmasq-base',
  psql: 'postgresql-client',
  curl: 'curl',
};

/** Fails, naming the packages to install, unless the boot tests can run here. */
export function requireHost(tools: readonly string[] = Object.keys(HOST_TOOLS)): void {
  if (process.getuid?.() !== 0) throw new Error('the boot tests need root (network namespaces, tap devices, libvirtd): run `npm run e2e` as root');
  const missing = tools.filter((t) => !have(t));
  if (missing.length) {
    const pkgs = [...new Set(missing.map((t) => HOST_TOOLS[t] ?? t))];
    throw new Error(`the boot tests need ${missing.join(', ')}: apt-get install ${pkgs.join(' ')}`);
  }
  if (!fs.existsSync('/dev/net/tun')) throw new Error('the boot tests need /dev/net/tun (tap devices for the VMs)');
}

/** True while a process exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

type Cleanup = () => void;

/**
 * The watchdog of a run (plain JavaScript, run with `node -e`; arguments: the run directory, the
 * owner's pid, the namespace prefix). When the owner is gone and the directory is still there, it
 * kills the recorded processes (and their process groups) whose command line names the
 * directory, deletes the owner's namespaces and the directory. It ends when the directory goes.
 */
const REAPER = `
const fs = require('fs'), cp = require('child_process');
const [dir, owner, prefix] = process.argv.slice(1);
const alive = (p) => { try { process.kill(p, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const cmd = (p) => { try { return fs.readFileSync('/proc/' + p + '/cmdline', 'utf8').split('\\0').join(' '); } catch { return ''; } };
const t = setInterval(() => {
  if (!fs.existsSync(dir)) return clearInterval(t);
  if (alive(Number(owner))) return;
  clearInterval(t);
  const pids = fs.existsSync(dir + '/pids') ? fs.readdirSync(dir + '/pids').map(Number) : [];
  for (const p of pids) if (p && alive(p) && cmd(p).includes(dir)) for (const x of [-p, p]) { try { process.kill(x, 'SIGKILL'); } catch {} }
  const list = cp.spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout || '';
  for (const l of list.split('\\n')) { const n = l.split(' ')[0]; if (n.startsWith(prefix + owner + '-')) cp.spawnSync('ip', ['netns', 'del', n]); }
  if (!process.env.SITEKIT_E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
}, 500);
`;

/**
 * One run: its directory (`<RUNS_DIR>/run-<pid>`), the processes and namespaces it created, and
 * the cleanups that remove them, run once, in reverse order, on `close()`, at exit or on
 * SIGINT/SIGTERM/SIGHUP.
 */
export class Run {
  readonly id = String(process.pid);
  readonly dir: string;
  private readonly cleanups: { what: string; fn: Cleanup }[] = [];
  private closed = false;
  private readonly onSignal = (sig: NodeJS.Signals) => {
    this.close();
    process.kill(process.pid, sig);
  };

  constructor(readonly label: string) {
    reapStaleRuns();
    this.dir = path.join(RUNS_DIR, `run-${this.id}-${label}`);
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(this.dir, 'pids'), { recursive: true });
    fs.writeFileSync(path.join(this.dir, 'owner'), `${process.pid}\n`);
    process.once('exit', () => this.close());
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(s, this.onSignal);
    // Signal handlers do not reach a test file under jest (its `process` is a sandbox): a
    // watchdog outside cleans up as soon as this process is gone, however it ended.
    spawn(process.execPath, ['-e', REAPER, this.dir, String(process.pid), NETNS_PREFIX], { detached: true, stdio: 'ignore' }).unref();
  }

  /** Registers a cleanup (run in reverse order of registration). */
  defer(what: string, fn: Cleanup): void {
    this.cleanups.push({ what, fn });
  }

  /** A path in the run's directory (its parent created). */
  file(...parts: string[]): string {
    const p = path.join(this.dir, ...parts);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    return p;
  }

  /** A network namespace name of this run. */
  netns(name: string): string {
    return `${NETNS_PREFIX}${this.id}-${name}`;
  }

  /**
   * Starts a long-running process that dies with this one (SIGKILL on parent death), records its
   * pid, and kills it on cleanup. `marker` must appear in its command line (the run directory).
   */
  spawnDaemon(what: string, cmd: string, args: readonly string[], opts: { netns?: string; log: string; env?: NodeJS.ProcessEnv }): { pid: number; exited: Promise<number | null> } {
    const full = [...(opts.netns ? ['ip', 'netns', 'exec', opts.netns] : []), 'setpriv', '--pdeathsig', 'KILL', cmd, ...args];
    const log = fs.openSync(opts.log, 'a');
    // Its own process group: the cleanup stops whatever it started too.
    const so: SpawnOptions = { stdio: ['ignore', log, log], env: opts.env ?? process.env, detached: true };
    const child = spawn(full[0], full.slice(1), so);
    fs.closeSync(log);
    if (!child.pid) throw new Error(`cannot start ${what}: ${full.join(' ')}`);
    const pid = child.pid;
    fs.writeFileSync(path.join(this.dir, 'pids', `${pid}`), `${what}\n`);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    this.defer(`stop ${what}`, () => {
      for (const target of [-pid, pid]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    });
    return { pid, exited };
  }

  /** Runs every cleanup once; failures are reported, not thrown (the others still run). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const { what, fn } of this.cleanups.reverse()) {
      try {
        fn();
      } catch (e) {
        process.stderr.write(`sitekit-e2e cleanup (${what}): ${(e as Error).message}\n`);
      }
    }
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeListener(s, this.onSignal);
    if (!process.env.SITEKIT_E2E_KEEP) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Removes what runs that are no longer alive left behind: their processes (only a recorded pid
 * whose command line still names that run's directory), their network namespaces, their
 * directories.
 */
export function reapStaleRuns(): void {
  if (fs.existsSync(RUNS_DIR)) {
    for (const entry of fs.readdirSync(RUNS_DIR)) {
      const dir = path.join(RUNS_DIR, entry);
      const owner = Number(/^run-(\d+)-/.exec(entry)?.[1]);
      // A live owner is a run going on now (several may, from several work trees).
      if (!owner || owner === process.pid || alive(owner)) continue;
      const pids = fs.existsSync(path.join(dir, 'pids')) ? fs.readdirSync(path.join(dir, 'pids')).map(Number) : [];
      for (const pid of pids) if (pid && alive(pid) && cmdline(pid).includes(dir)) process.kill(pid, 'SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const list = runSync('ip', ['netns', 'list']).stdout;
  for (const line of list.split('\n')) {
    const name = line.split(' ')[0];
    const m = new RegExp(`^${NETNS_PREFIX}(\\d+)-`).exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) runSync('ip', ['netns', 'del', name]);
  }
}

/** Waits until `check` returns a value (not undefined), polling; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined> | T | undefined, everyMs = 1000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Seconds since `t0`, one decimal. */
export const since = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;
