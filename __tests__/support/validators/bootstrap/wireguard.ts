/** WireGuard configurations: wireguard-tools' parsers, on a real device where one can be made, and strict checks of the stripped file. */
import * as fs from 'fs';
import * as path from 'path';
import { type CheckResult, inTemp, run } from './tools';

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
