/**
 * What the rule families share: the issue list, a path as text, names used once, references by
 * name, and the indexes of the site built once by validateSite.
 */
import { didYouMean, PathSegment, SiteIssue, Severity } from '../errors';
import type * as ip from '../ip';
import type { SiteSpec } from '../schema';
import type { Addresses } from './addresses';
import type { Dhcp } from './networks';

export class Issues {
  readonly list: SiteIssue[] = [];
  add(severity: Severity, path: readonly PathSegment[], message: string, allowed?: string, fix?: string): void {
    this.list.push({ severity, path, message, allowed, fix });
  }
  error(path: readonly PathSegment[], message: string, allowed?: string, fix?: string): void {
    this.add('error', path, message, allowed, fix);
  }
  warn(path: readonly PathSegment[], message: string, allowed?: string, fix?: string): void {
    this.add('warning', path, message, allowed, fix);
  }
}

export const p = (path: readonly PathSegment[]) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** `a` or `an` before a word, by its first letter (`a VIP`, `an image`, `an ingress VIP`). */
export const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** Reports names used twice in a list; returns a map name → first index. */
export function uniqueNames(out: Issues, list: readonly { name: string }[], key: string, what: string): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.name);
    if (first === undefined) seen.set(item.name, i);
    else
      out.error([key, i, 'name'], `${what} name "${item.name}" is already used by ${key}[${first}]`, `${article(what)} ${what} name used once`, `rename one of the two ${what}s`);
  });
  return seen;
}

/** Checks a reference by name, with "did you mean". Returns true when it resolves. */
export function reference(out: Issues, path: readonly PathSegment[], name: string, names: Map<string, number> | string[], what: string): boolean {
  if (Array.isArray(names) ? names.includes(name) : names.has(name)) return true; // without copying the names: a cluster references every node
  const list = Array.isArray(names) ? names : [...names.keys()];
  const guess = didYouMean(name, list);
  out.error(
    path,
    `unknown ${what} "${name}"`,
    list.length ? `one of: ${list.join(', ')}` : `${article(what)} ${what} defined in the site (there are none)`,
    guess ? `did you mean "${guess}"?` : `define ${what} "${name}" or reference an existing one`,
  );
  return false;
}

/** The site and its indexes, built once by validateSite and read by every rule family. */
export interface Context {
  readonly out: Issues;
  readonly site: SiteSpec;
  /** Network, node and VIP names → the index of the first of that name. */
  readonly networks: Map<string, number>;
  readonly nodes: Map<string, number>;
  readonly vips: Map<string, number>;
  /** Network name → its block (the first network of a name). */
  readonly blocks: Map<string, ip.Cidr>;
  /** The network whose block holds `address`, as [name, block]. */
  readonly networkOf: (address: string) => [string, ip.Cidr] | undefined;
  /** The first DHCP range that overlaps `range`. */
  readonly inDhcp: (range: ip.IpRange) => Dhcp | undefined;
  readonly addresses: Addresses;
}
