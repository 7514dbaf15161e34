/**
 * IPv4 arithmetic for the site: the one place where addresses are parsed and compared.
 *
 * Everything here is built on `ip-address`; no dotted-quad parsing by hand. Addresses are
 * compared as bigints, never as strings (10.0.2.0/23 and 10.0.20.0/24 do not overlap).
 */
import { Address4 } from 'ip-address';

/** A parsed IPv4 CIDR block. */
export interface Cidr {
  /** The block as written in canonical form, e.g. `10.17.4.0/24`. */
  readonly text: string;
  /** Network address, e.g. `10.17.4.0`. */
  readonly network: string;
  /** Prefix length, 0-32. */
  readonly prefix: number;
  /** Dotted netmask, e.g. `255.255.255.0`. */
  readonly netmask: string;
  /** First and last address of the block, inclusive (network and broadcast). */
  readonly start: bigint;
  readonly end: bigint;
}

/** An inclusive range of IPv4 addresses. */
export interface IpRange {
  readonly text: string;
  readonly start: bigint;
  readonly end: bigint;
}

/**
 * Parsed addresses by text: `null` for a string that is not a plain dotted IPv4 address. A site
 * parses the same few addresses over and over (every firewall rule, pool and claim of every
 * node), and `ip-address` takes microseconds per parse. Bounded: cleared when it gets large.
 */
const parsed = new Map<string, bigint | null>();
const PARSED_MAX = 1 << 16;

function parseAddress(text: string): bigint | null {
  let v = parsed.get(text);
  // Stryker disable next-line ConditionalExpression: a cache; parsing again on a hit gives the same value
  if (v === undefined) {
    const plain =
      !text.includes('/') &&
      Address4.isValid(text) &&
      // A second guard: ip-address 10.7's isValid already refuses what correctForm would rewrite (leading zeros).
      // Stryker disable next-line ConditionalExpression: equivalent with ip-address 10.7 (see above)
      new Address4(text).correctForm() === text;
    v = plain ? new Address4(text).bigInt() : null;
    // Stryker disable next-line all: when the bounded cache is cleared changes no result
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(text, v);
  }
  return v;
}

/** True when `text` is a plain dotted IPv4 address (no prefix). */
export function isIPv4(text: string): boolean {
  return typeof text === 'string' && parseAddress(text) !== null;
}

/** The numeric value of an IPv4 address. Throws on anything that is not one. */
export function toBig(address: string): bigint {
  const v = typeof address === 'string' ? parseAddress(address) : null;
  if (v === null) throw new Error(`not an IPv4 address: ${JSON.stringify(address)}`);
  return v;
}

/** The dotted form of a numeric IPv4 address. */
export function fromBig(value: bigint): string {
  if (value < 0n || value > 0xffffffffn) throw new Error(`not an IPv4 address value: ${value} (allowed: 0-4294967295)`);
  return Address4.fromBigInt(value).correctForm();
}

/** True when `text` is `a.b.c.d/n` with a valid address and prefix 0-32 without leading zeros (host bits may be set). */
export function isCidrSyntax(text: string): boolean {
  if (typeof text !== 'string') return false;
  const m = /^([^/]+)\/(0|[1-9]\d?)$/.exec(text);
  return !!m && isIPv4(m[1]) && Number(m[2]) <= 32;
}

/** Parses `a.b.c.d/n`. Throws when the syntax is wrong; see {@link hostBitsSet} for the canonical check. */
export function parseCidr(text: string): Cidr {
  if (!isCidrSyntax(text)) throw new Error(`not an IPv4 CIDR block: ${JSON.stringify(text)}`);
  const a = new Address4(text);
  const start = a.startAddress().bigInt();
  const end = a.endAddress().bigInt();
  const network = fromBig(start);
  return {
    text: `${network}/${a.subnetMask}`,
    network,
    prefix: a.subnetMask,
    netmask: a.subnetMaskAddress().correctForm(),
    start,
    end,
  };
}

/** When `text` has host bits set, the block it probably meant (`10.17.4.5/24` → `10.17.4.0/24`); else undefined. */
export function hostBitsSet(text: string): string | undefined {
  const c = parseCidr(text);
  return c.text === text ? undefined : c.text;
}

/** True when the address lies inside the block (network and broadcast included). */
export function contains(block: Cidr | IpRange, address: string | bigint): boolean {
  const v = typeof address === 'bigint' ? address : toBig(address);
  return v >= block.start && v <= block.end;
}

/** True when the two blocks or ranges share at least one address. */
export function overlaps(a: Cidr | IpRange, b: Cidr | IpRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** True when the address is usable by a host: inside the block and, for prefixes up to /30, not its network or broadcast address. */
export function isHostAddress(block: Cidr, address: string): boolean {
  const v = toBig(address);
  if (!contains(block, v)) return false;
  if (block.prefix >= 31) return true;
  return v !== block.start && v !== block.end;
}

/** The first and last usable host addresses of a block, as text (`10.17.4.1-10.17.4.254`). */
export function hostRange(block: Cidr): string {
  if (block.prefix >= 31) return `${fromBig(block.start)}-${fromBig(block.end)}`;
  return `${fromBig(block.start + 1n)}-${fromBig(block.end - 1n)}`;
}

/** Parses an address range `a.b.c.d-e.f.g.h`, a CIDR block or a single address into an inclusive range. */
export function parseRange(text: string): IpRange {
  if (isCidrSyntax(text)) {
    const c = parseCidr(text);
    return { text, start: c.start, end: c.end };
  }
  if (isIPv4(text)) {
    const v = toBig(text);
    return { text, start: v, end: v };
  }
  // Stryker disable next-line ArrayDeclaration: any list that is not two parts is refused alike
  const parts = typeof text === 'string' ? text.split('-') : [];
  if (parts.length !== 2 || !isIPv4(parts[0]) || !isIPv4(parts[1])) {
    throw new Error(`not an IPv4 range: ${JSON.stringify(text)}`);
  }
  const start = toBig(parts[0]);
  const end = toBig(parts[1]);
  if (start > end) throw new Error(`range starts after it ends: ${JSON.stringify(text)}`);
  return { text, start, end };
}

/** True when `text` parses as a range (`a-b` with a <= b) or a CIDR block. */
export function isRangeSyntax(text: string): boolean {
  try {
    parseRange(text);
    return true;
  } catch {
    return false;
  }
}

/** Number of addresses in a range or block. */
export function size(block: Cidr | IpRange): bigint {
  return block.end - block.start + 1n;
}

/** Sorts addresses numerically (never lexicographically). */
export function compareAddresses(a: string, b: string): number {
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The reverse-DNS name of an address (`21.4.17.10.in-addr.arpa`). */
export function reverseName(address: string): string {
  toBig(address);
  // Stryker disable next-line ObjectLiteral: omitSuffix is false by default; written out to say the suffix is wanted
  return new Address4(address).reverseForm({ omitSuffix: false }).replace(/\.$/, '');
}
