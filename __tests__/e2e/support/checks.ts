/**
 * Assertions made from inside a guest (through its agent). Each fails with what was expected,
 * what the guest showed, and the tail of the guest's serial console (`Vm.fail`).
 */
import { createHash } from 'crypto';
import { sleep } from './host';
import type { Vm } from './vm';

interface IpAddr {
  ifname: string;
  address?: string;
  operstate?: string;
  flags?: string[];
  addr_info?: { family: string; local: string; prefixlen: number }[];
}

/** The guest's interfaces (`ip -j addr`). */
export async function interfaces(vm: Vm): Promise<IpAddr[]> {
  return JSON.parse(await vm.must('ip -j addr show', 'list the interfaces'));
}

const describeIfs = (ifs: IpAddr[]) =>
  ifs
    .filter((i) => i.ifname !== 'lo')
    .map((i) => `${i.ifname} ${i.address ?? ''} ${i.operstate ?? ''} ${(i.addr_info ?? []).map((a) => `${a.local}/${a.prefixlen}`).join(' ')}`.trim())
    .join('; ');

/**
 * The NIC with `mac` is up, named `name` (when given), and holds `address` (CIDR) — waiting a
 * little, as networkd may still be configuring it.
 */
export async function nicUp(vm: Vm, want: { mac: string; name?: string; address: string }, waitMs = 20_000): Promise<void> {
  const end = Date.now() + waitMs;
  for (;;) {
    const ifs = await interfaces(vm);
    const nic = ifs.find((i) => i.address === want.mac);
    const ok = nic && (want.name === undefined || nic.ifname === want.name) && nic.operstate === 'UP' && (nic.addr_info ?? []).some((a) => a.family === 'inet' && `${a.local}/${a.prefixlen}` === want.address);
    if (ok) return;
    if (Date.now() > end) {
      throw vm.fail(
        `the NIC with MAC ${want.mac} should be up${want.name ? ` as ${want.name}` : ''} with ${want.address}, but ${nic ? `it is ${nic.ifname}, ${nic.operstate}, with [${(nic.addr_info ?? []).map((a) => `${a.local}/${a.prefixlen}`).join(', ')}]` : 'no interface has that MAC'} (interfaces: ${describeIfs(ifs)})`,
      );
    }
    await sleep(2000);
  }
}

/** The addresses (without prefix) the guest holds on an interface. */
export async function addressesOn(vm: Vm, ifname: string): Promise<string[]> {
  const nic = (await interfaces(vm)).find((i) => i.ifname === ifname);
  return (nic?.addr_info ?? []).filter((a) => a.family === 'inet').map((a) => a.local);
}

/**
 * The live nftables ruleset equals the generated file loaded alone (in a scratch network
 * namespace of the guest, by the guest's own nft), and the file on disk is the generated one.
 */
export async function nftablesLoaded(vm: Vm, file: string, generated: string): Promise<void> {
  const sha = createHash('sha256').update(generated).digest('hex');
  const onDisk = (await vm.must(`sha256sum ${file}`, `hash ${file}`)).split(' ')[0];
  if (onDisk !== sha) throw vm.fail(`${file} is not the generated ruleset (sha256 ${onDisk}, generated ${sha})`);
  const live = await vm.must('nft list ruleset', 'list the live ruleset');
  const alone = await vm.must(`unshare -n sh -c 'nft -f ${file} && nft list ruleset'`, `load ${file} in a scratch namespace`);
  if (live.trim() !== alone.trim() || !alone.includes('table inet filter')) {
    throw vm.fail(`the live nftables ruleset is not the generated one\n--- live ---\n${live}\n--- ${file} loaded alone ---\n${alone}`);
  }
}

/** No failed systemd unit (`systemctl --failed`), with the journal of any that failed. */
export async function noFailedUnits(vm: Vm, allowed: readonly string[] = []): Promise<void> {
  const out = await vm.must('systemctl --failed --no-legend --plain --no-pager', 'list failed units');
  const failed = out
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0])
    .filter((u) => u && !allowed.includes(u));
  if (!failed.length) return;
  const logs = await vm.sh(failed.map((u) => `echo "== ${u}"; journalctl -b -u ${u} --no-pager -n 15 -o cat`).join('; '));
  throw vm.fail(`failed units: ${failed.join(', ')}\n${logs.stdout}`);
}

/** A unit is active; fails with its status and journal. */
export async function unitActive(vm: Vm, unit: string): Promise<void> {
  const r = await vm.sh(`systemctl is-active ${unit}`);
  if (r.stdout.trim() === 'active') return;
  const logs = await vm.sh(`systemctl status --no-pager -n 0 ${unit}; journalctl -b -u ${unit} --no-pager -n 20 -o cat`);
  throw vm.fail(`${unit} is ${r.stdout.trim() || 'unknown'}, not active\n${logs.stdout}`);
}

/** TCP sockets listening in the guest, as `address:port`. */
export async function listening(vm: Vm): Promise<string[]> {
  const out = await vm.must('ss -Htln', 'list listening sockets');
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[3])
    .filter(Boolean);
}

/**
 * HAProxy is active and listens on every `address:port` given (its frontends), and its local
 * health endpoint (what keepalived tracks) answers.
 */
export async function haproxyListens(vm: Vm, binds: readonly string[], health: string): Promise<void> {
  await unitActive(vm, 'haproxy.service');
  const socks = await listening(vm);
  const missing = binds.filter((b) => !socks.includes(b));
  if (missing.length) throw vm.fail(`HAProxy does not listen on ${missing.join(', ')} (listening: ${socks.join(', ')})`);
  const h = await vm.sh(`curl -fsS -o /dev/null -w '%{http_code}' --max-time 5 ${health}`);
  if (h.code !== 0 || h.stdout !== '200') throw vm.fail(`HAProxy's health endpoint ${health} answered ${h.stdout || h.stderr.trim()}`);
}
