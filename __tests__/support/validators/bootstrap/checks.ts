/** A check per configuration format, script and systemd unit: the tool's verdict and everything it printed. */
import { spawn } from 'child_process';
import * as dgram from 'dgram';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SystemdUnit } from '../../../../infra/bootstrap/common';
import { type CheckResult, inTemp, run } from './tools';

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

/**
 * `ansible-inventory -i <file> --list --output <json>`, which by default only warns about a file it
 * cannot parse (then lists no host): with ANSIBLE_INVENTORY_UNPARSED_FAILED it fails instead. Passes
 * on exit 0 with no warning; `list` is what Ansible read (`_meta.hostvars`, the groups).
 */
export function checkAnsibleInventory(text: string): CheckResult & { list?: unknown } {
  return inTemp('ansible', (dir) => {
    const file = path.join(dir, 'inventory.yaml');
    const json = path.join(dir, 'list.json');
    fs.writeFileSync(file, text);
    const env = ['ANSIBLE_INVENTORY_UNPARSED_FAILED=true', `ANSIBLE_LOCAL_TEMP=${dir}/tmp`, `ANSIBLE_HOME=${dir}/home`];
    const r = run('env', [...env, 'ansible-inventory', '-i', file, '--list', '--output', json]);
    const ok = r.status === 0 && !/WARNING|ERROR/.test(r.output) && fs.existsSync(json);
    return { ok, command: r.command, output: r.output, notes: ['ANSIBLE_INVENTORY_UNPARSED_FAILED=true: an unparsed file fails'], ...(ok ? { list: JSON.parse(fs.readFileSync(json, 'utf8')) } : {}) };
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

/** The files under `dir` (none if it does not exist), by path relative to it, with their text. */
export function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
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
    return { ok: r.status === 0 && !/Traceback|ERROR|WARNING/.test(r.output), command: r.command, output: r.output, notes: [`rendered with the ${renderer} renderer`], files: filesUnder(out) };
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
        const service = '[Unit]\nDescription=stub of an OS unit\n\n[Service]\nExecStart=/bin/true\n';
        if (u.name.endsWith('.timer')) {
          // A timer stub, and a stub of the service it starts (which verify looks for).
          fs.writeFileSync(file, '[Unit]\nDescription=stub of an OS unit\n\n[Timer]\nOnCalendar=daily\n');
          fs.writeFileSync(path.join(dir, u.name.replace(/\.timer$/, '.service')), service);
        } else fs.writeFileSync(file, service);
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

/** A DNS question for `queryDnsmasq`: an A record of a name, or the PTR record of an IPv4 address. */
export type DnsQuestion = { type: 'A'; name: string } | { type: 'PTR'; address: string };

/**
 * Starts the real dnsmasq on `config` (in the foreground, on a free port of 127.0.0.1, which the
 * config must listen on), asks each question over UDP and stops it. Returns the answers of each
 * question in order (addresses for A, names for PTR; empty when it has none) and what dnsmasq printed.
 */
export async function queryDnsmasq(config: string, questions: readonly DnsQuestion[]): Promise<{ answers: string[][]; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-dnsmasq-'));
  const file = path.join(dir, 'dnsmasq.conf');
  fs.writeFileSync(file, config);
  const port = await freeUdpPort();
  const daemon = spawn('dnsmasq', ['-k', '-C', file, `--port=${port}`, '--pid-file=', '--log-facility=-'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  daemon.stdout.on('data', (d) => (output += d));
  daemon.stderr.on('data', (d) => (output += d));
  try {
    const answers: string[][] = [];
    for (const [i, q] of questions.entries()) {
      const name = q.type === 'A' ? q.name : `${q.address.split('.').reverse().join('.')}.in-addr.arpa`;
      answers.push(await askUdp(port, i + 1, name, q.type === 'A' ? 1 : 12));
    }
    return { answers, output };
  } finally {
    daemon.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket('udp4');
    s.on('error', reject);
    s.bind(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** One question, resent every 200 ms until an answer comes (dnsmasq may still be starting), for 10 s at most. */
function askUdp(port: number, id: number, name: string, type: number): Promise<string[]> {
  const header = Buffer.from([id >> 8, id & 255, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  const qname = Buffer.concat([...name.split('.').map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])), Buffer.from([0])]);
  const query = Buffer.concat([header, qname, Buffer.from([0, type, 0, 1])]);
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket('udp4');
    const send = () => s.send(query, port, '127.0.0.1');
    const timer = setInterval(send, 200);
    const give = setTimeout(() => done(new Error(`no answer from dnsmasq on port ${port} for ${name}`)), 10_000);
    const done = (err?: Error, value?: string[]) => {
      clearInterval(timer);
      clearTimeout(give);
      s.close();
      if (err) reject(err);
      else resolve(value!);
    };
    s.on('message', (msg) => {
      if (msg.readUInt16BE(0) !== id) return;
      try {
        done(undefined, parseAnswers(msg, type));
      } catch (e) {
        done(e as Error);
      }
    });
    s.on('error', (e) => done(e));
    send();
  });
}

/** The answers of a DNS response of one question: IPv4 addresses (type 1) or names (type 12). */
function parseAnswers(msg: Buffer, type: number): string[] {
  const readName = (at: number): [string, number] => {
    const labels: string[] = [];
    let pos = at;
    let end = -1;
    for (;;) {
      const len = msg[pos];
      if (len === 0) {
        pos += 1;
        break;
      }
      if ((len & 0xc0) === 0xc0) {
        if (end < 0) end = pos + 2;
        pos = msg.readUInt16BE(pos) & 0x3fff;
        continue;
      }
      labels.push(msg.toString('latin1', pos + 1, pos + 1 + len));
      pos += 1 + len;
    }
    return [labels.join('.'), end < 0 ? pos : end];
  };
  const count = msg.readUInt16BE(6);
  let pos = readName(12)[1] + 4;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    pos = readName(pos)[1];
    const rtype = msg.readUInt16BE(pos);
    const rdlen = msg.readUInt16BE(pos + 8);
    const rdata = pos + 10;
    if (rtype === type) out.push(type === 1 ? [...msg.subarray(rdata, rdata + 4)].join('.') : readName(rdata)[0]);
    pos = rdata + rdlen;
  }
  return out;
}
