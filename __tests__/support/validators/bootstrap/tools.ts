/** The validators' tools: which are installed, whether a network namespace can be made, tests that need them, and how a check runs one. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The outcome of one validator run. */
export interface CheckResult {
  readonly ok: boolean;
  /** The command line run. */
  readonly command: string;
  /** stdout + stderr. */
  readonly output: string;
  /** Notes on what the check did besides running the tool (substitutions, fallbacks). */
  readonly notes: readonly string[];
}

/** The Debian package that provides each validator (for the "install it" message). */
export const VALIDATOR_PACKAGES: Readonly<Record<string, string>> = {
  haproxy: 'haproxy',
  keepalived: 'keepalived',
  nft: 'nftables',
  dnsmasq: 'dnsmasq-base',
  chronyd: 'chrony',
  wg: 'wireguard-tools',
  'wg-quick': 'wireguard-tools',
  'wireguard-go': 'wireguard-go',
  'cloud-init': 'cloud-init',
  'ignition-validate': 'ignition',
  'systemd-analyze': 'systemd',
  shellcheck: 'shellcheck',
  yamllint: 'yamllint',
  unshare: 'util-linux',
  ip: 'iproute2',
  losetup: 'mount',
  'ansible-inventory': 'ansible-core',
};

const PATH_DIRS = (process.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':').concat(['/usr/sbin', '/sbin']);

/** The absolute path of a command, or undefined when it is not installed. */
export function which(command: string): string | undefined {
  for (const dir of PATH_DIRS) {
    const p = path.join(dir, command);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

let unshareWorks: boolean | undefined;
/** True when `unshare -rn` can make a network namespace here (root, or user namespaces allowed). */
export function canUnshare(): boolean {
  if (unshareWorks === undefined) unshareWorks = !!which('unshare') && spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore' }).status === 0;
  return unshareWorks;
}

/** Why the tools are unusable here, or undefined when they all work. */
export function missingTools(tools: readonly string[]): string | undefined {
  const missing = tools.filter((t) => !which(t));
  if (missing.length) return `${missing.join(', ')} not installed (apt-get install ${[...new Set(missing.map((m) => VALIDATOR_PACKAGES[m] ?? m))].join(' ')})`;
  if (tools.includes('unshare') && !canUnshare()) return 'unshare cannot create a network namespace here (needs root or user namespaces)';
  return undefined;
}

type TestBody = () => void;
type TestFn = (name: string, fn: TestBody, timeout?: number) => void;
/** The part of jest's `it` we use (passed in, so this module does not depend on jest's types). */
export interface TestApi extends TestFn {
  readonly skip: TestFn;
}

/**
 * `it` when the tools are here. When one is missing: a LOUD warning, then a failing test when
 * `CI=true` (the validators are part of CI), a skipped test otherwise.
 */
export function withTools(it: TestApi, tools: readonly string[]): TestFn {
  const why = missingTools(tools);
  if (!why) return it;
  const banner = `\n!!!!! VALIDATOR MISSING: ${why}\n!!!!! tests that need ${tools.join(', ')} are ${process.env.CI === 'true' ? 'FAILING (CI=true)' : 'SKIPPED (set CI=true to fail instead)'}\n`;
  console.warn(banner);
  if (process.env.CI === 'true') {
    return (name, _fn, timeout) =>
      it(name, () => {
        throw new Error(`validator missing in CI: ${why}`);
      }, timeout);
  }
  return (name, fn, timeout) => it.skip(`${name} [SKIPPED: ${why}]`, fn, timeout);
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sitekit-${prefix}-`));
}

export function run(cmd: string, args: readonly string[], opts: { input?: string; cwd?: string } = {}): { status: number | null; output: string; command: string } {
  const r = spawnSync(cmd, args as string[], { input: opts.input, cwd: opts.cwd, encoding: 'utf8', timeout: 60000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${String(r.error)}` : ''}`;
  return { status: r.status, output, command: [cmd, ...args].join(' ') };
}

/** Runs `fn` with a temporary directory, removed afterwards. */
export function inTemp<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = tempDir(prefix);
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
