/** A check per configuration format, script and systemd unit: the tool's verdict and everything it printed. */
import * as fs from 'fs';
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
