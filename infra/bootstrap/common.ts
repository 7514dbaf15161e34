/**
 * The shared pieces of node bootstrap: a plan of files and systemd units that both boot formats
 * (Ignition for Flatcar, cloud-init for Debian/Ubuntu) package, plus the checks that keep site
 * values from injecting a command or a config line.
 *
 * Everything here is pure: site values in, strings out. Rendered text ends up inside Terraform
 * strings, so it must never contain `${` or `%{` except for the secret references themselves
 * (see `secrets.ts`): shell scripts use `$var`, never `${var}`.
 */
import { DNS_LABEL } from '../../site/schema';
import * as ip from '../../site/ip';

/** A bootstrap input the renderers refuse (a value that could inject, a role an OS cannot run). */
export class BootstrapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BootstrapError';
  }
}

/** One file written on the node. */
export interface BootFile {
  /** Absolute path. */
  readonly path: string;
  /** Octal mode, e.g. 0o644. Files holding secrets are 0o600. */
  readonly mode: number;
  readonly content: string;
  /**
   * cloud-init only: write the file before packages are installed (`write_files` in the init
   * stage) instead of after them (`defer: true`, the default), e.g. to change how a package
   * installs. Ignition writes every file before the first boot.
   */
  readonly early?: boolean;
}

/** A systemd drop-in of a unit. */
export interface DropIn {
  /** File name in `<unit>.d/`, e.g. `10-sitekit.conf`. */
  readonly name: string;
  readonly contents: string;
}

/** A systemd unit: our own (`contents`) or one the OS ships (only `enabled`/`dropins`). */
export interface SystemdUnit {
  readonly name: string;
  readonly contents?: string;
  /** Enabled (and, with cloud-init, started) at first boot. */
  readonly enabled?: boolean;
  readonly dropins?: readonly DropIn[];
}

/** What a node needs, independent of the boot format. */
export interface BootPlan {
  readonly files: readonly BootFile[];
  readonly units: readonly SystemdUnit[];
  /** Distribution packages (cloud-init only; a plan for Flatcar must have none). */
  readonly packages: readonly string[];
  /** Commands run once after files, packages and units are in place (cloud-init `runcmd`, argv form, no shell). */
  readonly commands: readonly (readonly string[])[];
}

export const EMPTY_PLAN: BootPlan = { files: [], units: [], packages: [], commands: [] };

/** Merges plans in order. Two files at one path or two units of one name are a bug: throws. */
export function mergePlans(...plans: readonly BootPlan[]): BootPlan {
  const files: BootFile[] = [];
  const units = new Map<string, SystemdUnit>();
  const packages: string[] = [];
  const commands: (readonly string[])[] = [];
  for (const p of plans) {
    for (const f of p.files) {
      if (files.some((x) => x.path === f.path)) throw new BootstrapError(`two bootstrap pieces write ${f.path}`);
      files.push(f);
    }
    for (const u of p.units) {
      const prev = units.get(u.name);
      if (prev && (prev.contents !== undefined) && (u.contents !== undefined)) throw new BootstrapError(`two bootstrap pieces define unit ${u.name}`);
      units.set(u.name, prev ? { name: u.name, contents: prev.contents ?? u.contents, enabled: !!(prev.enabled || u.enabled), dropins: [...(prev.dropins ?? []), ...(u.dropins ?? [])] } : u);
    }
    for (const pkg of p.packages) if (!packages.includes(pkg)) packages.push(pkg);
    commands.push(...p.commands);
  }
  return { files, units: [...units.values()], packages, commands };
}

/** Where our scripts live (writable on Flatcar, whose /usr is read-only). */
export const SCRIPT_DIR = '/opt/sitekit/bin';
/** Where our configuration lives. */
export const CONFIG_DIR = '/etc/sitekit';
/** Where a unit of ours is written with cloud-init. */
export const UNIT_DIR = '/etc/systemd/system';

// ---------------------------------------------------------------------------------------------
// Checks: every site value that reaches a script or a config file goes through one of these.
// The schema already enforces most of them; they are repeated here because the renderers are
// public functions that can be called with any object, and a broken invariant must fail loudly.
// ---------------------------------------------------------------------------------------------

/** A DNS label (node, cluster, VIP, network names). */
export function checkLabel(value: string, what: string): string {
  if (typeof value !== 'string' || !DNS_LABEL.test(value)) throw new BootstrapError(`${what} ${JSON.stringify(value)} is not a DNS label`);
  return value;
}

const FQDN = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** A lower-case DNS name. */
export function checkFqdn(value: string, what: string): string {
  if (typeof value !== 'string' || !FQDN.test(value)) throw new BootstrapError(`${what} ${JSON.stringify(value)} is not a DNS name`);
  return value;
}

/** A dotted IPv4 address. */
export function checkIPv4(value: string, what: string): string {
  if (!ip.isIPv4(value)) throw new BootstrapError(`${what} ${JSON.stringify(value)} is not an IPv4 address`);
  return value;
}

/** A canonical IPv4 block (`10.42.0.0/16`); an address is returned as `a.b.c.d/32`. */
export function checkCidr(value: string, what: string): string {
  if (ip.isIPv4(value)) return `${value}/32`;
  if (!ip.isCidrSyntax(value) || ip.hostBitsSet(value)) throw new BootstrapError(`${what} ${JSON.stringify(value)} is not a canonical IPv4 block`);
  return value;
}

/** An absolute path of plain characters (no spaces, quotes, `$`, globs). */
export function checkPath(value: string, what: string): string {
  if (typeof value !== 'string' || !/^(\/[A-Za-z0-9._@+-]+)+\/?$/.test(value) || value.includes('/../') || value.endsWith('/..')) {
    throw new BootstrapError(`${what} ${JSON.stringify(value)} is not a plain absolute path`);
  }
  return value;
}

/** A k3s release such as v1.33.5+k3s1. */
export function checkK3sVersion(value: string): string {
  if (typeof value !== 'string' || !/^v\d+\.\d+\.\d+\+k3s\d+$/.test(value)) throw new BootstrapError(`k3s version ${JSON.stringify(value)} is not a release such as v1.33.5+k3s1`);
  return value;
}

const SSH_KEY = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\x00-\x1f\x7f]*)?$/;

/** An OpenSSH public key line; its comment must not look like a Terraform template. */
export function checkSshKey(value: string): string {
  if (typeof value !== 'string' || !SSH_KEY.test(value) || /[$%]\{/.test(value)) {
    throw new BootstrapError(`ssh key ${JSON.stringify(value.slice(0, 40))}... is not a single OpenSSH public key line (or its comment contains "\${"/"%{")`);
  }
  return value;
}

/** A systemd unit name of ours or of the OS (`k3s.service`, `var-lib-longhorn.mount`, `wg-quick@wg0.service`). */
export function checkUnitName(value: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9:_.@\\-]+\.(service|mount|target|timer|socket|path|device)$/.test(value)) {
    throw new BootstrapError(`${JSON.stringify(value)} is not a systemd unit name`);
  }
  return value;
}

/** A port number. */
export function checkPort(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new BootstrapError(`${what} ${value} is not a port`);
  return value;
}

/** A single-line value for an INI/unit/config line: no control characters. */
export function checkLine(value: string, what: string): string {
  if (typeof value !== 'string' || /[\x00-\x1f\x7f]/.test(value)) throw new BootstrapError(`${what} ${JSON.stringify(value)} contains a line break or a control character`);
  return value;
}

/** Quotes a string for POSIX sh (single quotes). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.
// ---------------------------------------------------------------------------------------------

/** Joins lines and ends the text with one newline. */
export function lines(...items: readonly (string | false | undefined | null | readonly string[])[]): string {
  const out: string[] = [];
  for (const i of items) {
    if (i === false || i === undefined || i === null) continue;
    if (typeof i === 'string') out.push(i);
    else out.push(...i);
  }
  return `${out.join('\n')}\n`;
}

type UnitValue = string | number | boolean | readonly string[] | undefined;

/**
 * Renders a systemd unit (or drop-in) from sections. Arrays repeat the key; `undefined` skips it.
 * `%` is escaped to `%%` (we use no specifiers), values must be single lines.
 */
export function renderUnit(header: string, sections: Readonly<Record<string, Readonly<Record<string, UnitValue>>>>): string {
  const out: string[] = [`# ${checkLine(header, 'unit header')}`];
  for (const [section, keys] of Object.entries(sections)) {
    out.push('', `[${section}]`);
    for (const [key, value] of Object.entries(keys)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        const text = typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
        out.push(`${key}=${checkLine(text, `${section}.${key}`).replace(/%/g, '%%')}`);
      }
    }
  }
  return lines(out);
}

/** The mount unit name of a path (`/var/lib/longhorn` → `var-lib-longhorn.mount`), as `systemd-escape --path` does for plain paths. */
export function mountUnitName(path: string): string {
  checkPath(path, 'mount point');
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '-.mount';
  const escaped = trimmed
    .split(/\/+/)
    .map((part) => part.replace(/[^A-Za-z0-9:_.]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
    .join('-')
    .replace(/^\./, '\\x2e');
  return `${escaped}.mount`;
}

/** The device unit name of a device path (`/dev/vdb` → `dev-vdb.device`). */
export function deviceUnitName(path: string): string {
  return mountUnitName(path).replace(/\.mount$/, '.device');
}

interface Source {
  readonly text: string;
  readonly start: bigint;
  readonly end: bigint;
  /** A plain address (not a block). */
  readonly single: boolean;
}

/**
 * The addresses and blocks of `items`, deduplicated, without any element another one covers (an
 * element covered by an equal one is dropped when it comes later), sorted by first address. One
 * sort and one sweep: O(k log k).
 */
function reduceSources(items: readonly string[]): Source[] {
  const seen = new Set<string>();
  const all: Source[] = [];
  for (const i of items) {
    const single = ip.isIPv4(i);
    const text = single ? i : checkCidr(i, 'address block');
    if (seen.has(text)) continue;
    seen.add(text);
    const range = ip.parseRange(text);
    all.push({ text, start: range.start, end: range.end, single });
  }
  // By first address, then the larger first, then the earlier first: an element is covered by
  // another iff an element before it in this order ends at or after its end.
  const order = all.map((s, index) => ({ s, index }));
  order.sort((a, b) => (a.s.start !== b.s.start ? (a.s.start < b.s.start ? -1 : 1) : a.s.end !== b.s.end ? (a.s.end > b.s.end ? -1 : 1) : a.index - b.index));
  const kept: Source[] = [];
  let maxEnd = -1n;
  for (const { s } of order) {
    if (s.end <= maxEnd) continue;
    kept.push(s);
    maxEnd = s.end;
  }
  return kept;
}

/** Sorts and deduplicates addresses and blocks, dropping any element another one covers. */
export function addressSet(items: readonly string[]): string[] {
  return reduceSources(items).map((s) => s.text);
}

/**
 * {@link addressSet}, with every run of two or more consecutive plain addresses written as one
 * range (`10.17.4.21-10.17.4.27`): the same addresses, fewer elements. Blocks stay as written.
 */
export function addressRanges(items: readonly string[]): string[] {
  const kept = reduceSources(items);
  const out: string[] = [];
  for (let i = 0; i < kept.length; ) {
    let j = i;
    if (kept[i].single) while (j + 1 < kept.length && kept[j + 1].single && kept[j + 1].start === kept[j].start + 1n) j++;
    out.push(j === i ? kept[i].text : `${kept[i].text}-${kept[j].text}`);
    i = j + 1;
  }
  return out;
}
