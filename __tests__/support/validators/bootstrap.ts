/**
 * Runs the real validators (Debian packages: haproxy, keepalived, nftables, dnsmasq, chrony,
 * wireguard-tools, cloud-init, ignition, systemd, shellcheck, yamllint) on rendered bootstrap
 * files. Used by the tests; usable by any tool that wants to check a render on a Debian machine.
 *
 * Each check writes the text to a temporary directory, runs the tool, and returns whether it
 * passed and everything it printed. A check passes only when the tool exits 0 AND prints no
 * warning, so a deprecation or a "not verified" warning fails too.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SystemdUnit } from '../../../infra/bootstrap/common';
import type { BootstrapSecrets } from '../../../infra/bootstrap/secrets';

/**
 * Secrets as the Terraform wiring passes them: references only. (Resource names are examples; the
 * renderers accept any single-expression reference.)
 */
export const PLACEHOLDER_REFERENCES: BootstrapSecrets = {
  k3sToken: '${random_password.k3s_token.result}',
  k3sAgentToken: '${random_password.k3s_agent_token.result}',
  vrrpPassword: '${random_password.vrrp.result}',
  postgresPassword: '${random_password.postgres.result}',
  wireguardGatewayPrivateKey: '${wireguard_asymmetric_key.gateway.private_key}',
  wireguardPeerPublicKey: '${wireguard_asymmetric_key.peer.public_key}',
  wireguardPeerPrivateKey: '${wireguard_asymmetric_key.peer.private_key}',
  wireguardGatewayPublicKey: '${wireguard_asymmetric_key.gateway.public_key}',
};

/**
 * Values of the shape Terraform resolves the references to (`special = false` passwords, real
 * WireGuard key pairs made with `wg genkey`/`wg pubkey` for these tests and used nowhere else): what
 * the validators see on a node.
 */
export const EXAMPLE_SECRETS: BootstrapSecrets = {
  k3sToken: 'K3sServerToken0123456789abcdefABCDEF0123456789ab',
  k3sAgentToken: 'K3sAgentToken0123456789abcdefABCDEF0123456789abc',
  vrrpPassword: 'Vr7pPass',
  postgresPassword: 'PgPassw0rd0123456789abcdefABCDEF',
  wireguardGatewayPrivateKey: 'mIUKXmU2P/PCaIlYYkyo35mRgsBWdipQk/ohYkKzC24=',
  wireguardPeerPublicKey: 'S7RIINSKeVvDYL1OExpoxHt9yavSP1IHQLdrT4frXVs=',
  wireguardPeerPrivateKey: 'OLHfByTmR/Utu1xUASAcsu296QjucySWep/GOw0972s=',
  wireguardGatewayPublicKey: 'vrrucqklolJLYmlC4uZtB56GIXWZX1kQi46zVK+TNgA=',
};

/** What Terraform does with rendered text at apply time: every reference of `refs` replaced by the matching value of `values`. */
export function resolveReferences(text: string, refs: Partial<BootstrapSecrets>, values: Partial<BootstrapSecrets>): string {
  let out = text;
  for (const [name, ref] of Object.entries(refs) as [keyof BootstrapSecrets, string | undefined][]) {
    const value = values[name];
    if (ref === undefined || value === undefined) continue;
    out = out.split(ref).join(value);
  }
  return out;
}

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

function run(cmd: string, args: readonly string[], opts: { input?: string; cwd?: string } = {}): { status: number | null; output: string; command: string } {
  const r = spawnSync(cmd, args as string[], { input: opts.input, cwd: opts.cwd, encoding: 'utf8', timeout: 60000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${String(r.error)}` : ''}`;
  return { status: r.status, output, command: [cmd, ...args].join(' ') };
}

/** Runs `fn` with a temporary directory, removed afterwards. */
function inTemp<T>(prefix: string, fn: (dir: string) => T): T {
  const dir = tempDir(prefix);
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `haproxy -c -f`: valid, and no [WARNING]/[ALERT]. */
export function checkHaproxy(config: string): CheckResult {
  return inTemp('haproxy', (dir) => {
    const file = path.join(dir, 'haproxy.cfg');
    fs.writeFileSync(file, config);
    const r = run('haproxy', ['-c', '-f', file]);
    return { ok: r.status === 0 && /Configuration file is valid/.test(r.output) && !/\[(WARNING|ALERT)\]/.test(r.output), command: r.command, output: r.output, notes: [] };
  });
}

/**
 * `keepalived --config-test -f` inside fresh mount and network namespaces where the interfaces
 * the config names exist (veth pairs). Passes on exit 0 with no WARNING.
 */
export function checkKeepalived(config: string, interfaces: readonly string[]): CheckResult {
  return inTemp('keepalived', (dir) => {
    const file = path.join(dir, 'keepalived.conf');
    fs.writeFileSync(file, config);
    const setup = interfaces.map((name, i) => `ip link add ${name} type veth peer name sitekitpeer${i}`).join(' && ');
    const script = `${setup ? `${setup} && ` : ''}exec keepalived --config-test -f "$1"`;
    const flags = process.getuid?.() === 0 ? ['-m', '-n'] : ['-r', '-m', '-n'];
    const r = run('unshare', [...flags, 'sh', '-c', script, 'sh', file]);
    return { ok: r.status === 0 && !/WARNING|error/i.test(r.output), command: `unshare ${flags.join(' ')} sh -c '${script}'`, output: r.output, notes: [`created interface(s) ${interfaces.join(', ')} in a new network namespace`] };
  });
}

/** `nft -c -f` in a new (user and) network namespace. */
export function checkNft(ruleset: string): CheckResult {
  return inTemp('nft', (dir) => {
    const file = path.join(dir, 'nftables.conf');
    fs.writeFileSync(file, ruleset);
    const r = run('unshare', ['-rn', 'nft', '-c', '-f', file]);
    return { ok: r.status === 0 && r.output.trim() === '', command: r.command, output: r.output, notes: [] };
  });
}

/** `dnsmasq --test -C`. */
export function checkDnsmasq(config: string): CheckResult {
  return inTemp('dnsmasq', (dir) => {
    const file = path.join(dir, 'dnsmasq.conf');
    fs.writeFileSync(file, config);
    const r = run('dnsmasq', ['--test', '-C', file]);
    return { ok: r.status === 0 && /syntax check OK/.test(r.output), command: r.command, output: r.output, notes: [] };
  });
}

/** `chronyd -p -f` (parses the file and prints it back; exits non-zero on any invalid directive). */
export function checkChrony(config: string): CheckResult {
  return inTemp('chrony', (dir) => {
    const file = path.join(dir, 'chrony.conf');
    fs.writeFileSync(file, config);
    const r = run('chronyd', ['-p', '-f', file]);
    return { ok: r.status === 0 && !/error|warning/i.test(r.output), command: r.command, output: r.output, notes: [] };
  });
}

/** `cloud-init schema --config-file`: must print only "Valid cloud-config" (no deprecations). */
export function checkCloudConfig(userData: string): CheckResult {
  return inTemp('cloud-init', (dir) => {
    const file = path.join(dir, 'user-data');
    fs.writeFileSync(file, userData);
    const r = run('cloud-init', ['schema', '--config-file', file]);
    return { ok: r.status === 0 && r.output.trim() === `Valid cloud-config: ${file}`, command: r.command, output: r.output, notes: [] };
  });
}

/**
 * cloud-init 22.4 has no schema for network-config; its own converter is the validator:
 * `cloud-init devel net-convert` parses the v2 document and renders it with a distribution's
 * renderer. Returns the rendered files (relative path → text) with the result.
 */
export function checkNetworkConfig(networkConfig: string, renderer: 'eni' | 'networkd' | 'netplan' = 'eni'): CheckResult & { files: Record<string, string> } {
  return inTemp('netconf', (dir) => {
    const file = path.join(dir, 'network-config');
    const out = path.join(dir, 'out');
    fs.writeFileSync(file, networkConfig);
    const r = run('cloud-init', ['devel', 'net-convert', '-p', file, '-k', 'yaml', '-D', 'debian', '-O', renderer, '-d', out]);
    const files: Record<string, string> = {};
    const walk = (d: string) => {
      if (!fs.existsSync(d)) return;
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files[path.relative(out, p)] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(out);
    return { ok: r.status === 0 && !/Traceback|ERROR|WARNING/.test(r.output), command: r.command, output: r.output, notes: [`rendered with the ${renderer} renderer`], files };
  });
}

/** `ignition-validate`: exit 0 and NO output at all (warnings fail). */
export function checkIgnition(config: object | string): CheckResult {
  return inTemp('ignition', (dir) => {
    const file = path.join(dir, 'config.ign');
    fs.writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
    const r = run('ignition-validate', [file]);
    return { ok: r.status === 0 && r.output.trim() === '', command: r.command, output: r.output, notes: [] };
  });
}

/** `shellcheck` (all severities, POSIX sh unless the shebang says otherwise). */
export function checkShell(script: string): CheckResult {
  const r = run('shellcheck', ['--severity=style', '-'], { input: script });
  return { ok: r.status === 0 && r.output.trim() === '', command: `${r.command} < script`, output: r.output, notes: [] };
}

/** `yamllint` (strict: warnings fail) with line length off (ssh keys, scripts), no `---` required, and comments without a starting space allowed (`#cloud-config` must be written so). */
export function checkYaml(text: string): CheckResult {
  return inTemp('yamllint', (dir) => {
    const file = path.join(dir, 'doc.yaml');
    fs.writeFileSync(file, text);
    const cfg = '{extends: default, rules: {line-length: disable, document-start: disable, comments: {require-starting-space: false, min-spaces-from-content: 1}}}';
    const r = run('yamllint', ['-s', '-d', cfg, file]);
    return { ok: r.status === 0 && r.output.trim() === '', command: r.command, output: r.output, notes: [] };
  });
}

const EXEC_KEYS = /^(ExecStart|ExecStartPre|ExecStartPost|ExecStop|ExecStopPost|ExecReload|ExecCondition)=([-@:+!]*)(\S+)(.*)$/;

/**
 * `systemd-analyze verify --man=no --generators=no` on the units, written to a temporary directory
 * (drop-ins in `<unit>.d/`, with a stub base unit for an OS unit we only extend). Executables that
 * exist only on the node (/opt/bin/k3s, our scripts) are replaced by /bin/true in the copies, and
 * the notes say which; every other line systemd prints about our files fails the check.
 */
export function checkUnits(units: readonly SystemdUnit[]): CheckResult {
  return inTemp('units', (dir) => {
    const notes: string[] = [];
    const files: string[] = [];
    const substitute = (text: string) =>
      text
        .split('\n')
        .map((line) => {
          const m = EXEC_KEYS.exec(line);
          if (!m || fs.existsSync(m[3])) return line;
          notes.push(`${m[3]} does not exist on this machine: verified as /bin/true`);
          return `${m[1]}=${m[2]}/bin/true${m[4]}`;
        })
        .join('\n');
    for (const u of units) {
      const file = path.join(dir, u.name);
      if (u.contents !== undefined) fs.writeFileSync(file, substitute(u.contents));
      else if (u.dropins?.length) {
        fs.writeFileSync(file, '[Unit]\nDescription=stub of an OS unit\n\n[Service]\nExecStart=/bin/true\n');
        notes.push(`${u.name} is an OS unit: verified as a stub with our drop-ins`);
      } else continue;
      for (const d of u.dropins ?? []) {
        fs.mkdirSync(`${file}.d`, { recursive: true });
        fs.writeFileSync(path.join(`${file}.d`, d.name), substitute(d.contents));
      }
      files.push(file);
    }
    if (!files.length) return { ok: true, command: 'systemd-analyze verify (no units)', output: '', notes };
    const r = run('systemd-analyze', ['verify', '--man=no', '--generators=no', ...files], { cwd: dir });
    const ours = r.output.split('\n').filter((l) => l.trim() && (l.includes(dir) || units.some((u) => l.startsWith(`${u.name}:`) || l.includes(` ${u.name}`))));
    return { ok: r.status === 0 && ours.length === 0, command: r.command, output: r.output, notes: [...new Set(notes)] };
  });
}

/**
 * WireGuard: `wg-quick strip` (wireguard-tools' own parser for the wg-quick format) must accept
 * the file and return only `wg` keys; then `wg setconf` parses the stripped file on a real wg0
 * device in a new network namespace when the kernel has WireGuard. When it has not (containers),
 * the notes say so and the stripped file is checked strictly here instead.
 */
/**
 * Makes a wg0 device in a new user, network and mount namespace (the kernel's, else wireguard-go's
 * userspace one, its control socket on a private tmpfs) and feeds it the file with `wg setconf`:
 * prints `device: <kind>` once a device exists.
 */
const WG_PROBE = [
  'set -e',
  'mkdir -p /run/wireguard',
  'mount -t tmpfs none /run/wireguard',
  'if ip link add wg0 type wireguard 2>/dev/null; then dev=kernel; else',
  '  command -v wireguard-go >/dev/null',
  '  WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD=1 wireguard-go -f wg0 >/dev/null 2>&1 &',
  '  pid=$!; trap \'kill $pid 2>/dev/null\' EXIT; dev=wireguard-go',
  '  i=0; while [ ! -S /run/wireguard/wg0.sock ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done',
  '  [ -S /run/wireguard/wg0.sock ]',
  'fi',
  'echo "device: $dev"',
  'wg setconf wg0 "$1"',
  'wg showconf wg0 >/dev/null',
].join('\n');

export function checkWireguard(config: string): CheckResult & { stripped: string } {
  return inTemp('wg', (dir) => {
    const file = path.join(dir, 'wg0.conf');
    fs.writeFileSync(file, config, { mode: 0o600 });
    const strip = run('wg-quick', ['strip', file]);
    const stripped = strip.status === 0 ? strip.output.replace(/^Warning: .*\n?/gm, '') : '';
    const notes: string[] = [];
    const problems = strip.status === 0 ? strictWireguardProblems(stripped) : [`wg-quick strip failed: ${strip.output}`];
    const strippedFile = path.join(dir, 'wg0.stripped');
    fs.writeFileSync(strippedFile, stripped, { mode: 0o600 });
    const probe = run('unshare', ['-rnm', 'sh', '-c', WG_PROBE, 'sh', strippedFile]);
    const device = /^device: (.*)$/m.exec(probe.output)?.[1];
    if (!device) {
      notes.push(`no WireGuard device could be made here (no kernel module, no wireguard-go: ${probe.output.trim()}): wg setconf not run; the stripped file was checked strictly instead`);
    } else if (probe.status !== 0) problems.push(`wg setconf rejected it: ${probe.output.replace(/^device: .*\n/m, '')}`);
    else notes.push(`wg setconf accepted it on a wg0 device (${device}) in a new network namespace`);
    return { ok: problems.length === 0, command: `wg-quick strip ${file}`, output: [strip.output, ...problems].join('\n'), notes, stripped };
  });
}

const WG_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/** Strict checks of a `wg` (not wg-quick) configuration: sections, known keys, value formats. */
export function strictWireguardProblems(text: string): string[] {
  const problems: string[] = [];
  const allowed: Record<string, RegExp> = {
    PrivateKey: WG_KEY,
    ListenPort: /^\d{1,5}$/,
    FwMark: /^(off|\d+|0x[0-9a-f]+)$/,
    PublicKey: WG_KEY,
    PresharedKey: WG_KEY,
    AllowedIPs: /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}(, *\d{1,3}(\.\d{1,3}){3}\/\d{1,2})*$/,
    Endpoint: /^[^\s:]+:\d{1,5}$/,
    PersistentKeepalive: /^(off|\d+)$/,
  };
  const sectionKeys: Record<string, string[]> = { Interface: ['PrivateKey', 'ListenPort', 'FwMark'], Peer: ['PublicKey', 'PresharedKey', 'AllowedIPs', 'Endpoint', 'PersistentKeepalive'] };
  let section: string | undefined;
  let peers = 0;
  let interfaces = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const s = /^\[(Interface|Peer)\]$/.exec(line);
    if (s) {
      section = s[1];
      if (section === 'Peer') peers++;
      else interfaces++;
      continue;
    }
    const kv = /^([A-Za-z]+) = (.+)$/.exec(line);
    if (!kv) {
      problems.push(`unparsable line: ${line}`);
      continue;
    }
    if (!section || !sectionKeys[section].includes(kv[1])) problems.push(`key ${kv[1]} not allowed in [${section ?? 'none'}]`);
    else if (!allowed[kv[1]].test(kv[2])) problems.push(`bad value for ${kv[1]}: ${kv[2]}`);
    if (kv[1] === 'ListenPort' && Number(kv[2]) > 65535) problems.push(`ListenPort ${kv[2]} out of range`);
  }
  if (interfaces !== 1) problems.push(`${interfaces} [Interface] sections`);
  if (!peers) problems.push('no [Peer]');
  return problems;
}
