/**
 * Address claims: every address (or range) has exactly one owner. Claims never overlap (a
 * clashing one is reported, not kept), so one address has at most one owner: single addresses
 * are found by value, and only ranges (pools, few) are compared one by one.
 */
import type { PathSegment } from '../errors';
import * as ip from '../ip';
import { Issues, p } from './common';

export interface Claim {
  readonly owner: string;
  readonly path: readonly PathSegment[];
  readonly range: ip.IpRange;
}

/** The claims made so far, in claim order. */
export interface Addresses {
  readonly claims: readonly Claim[];
  /** The first claim (in claim order) that overlaps `range`, as `claims.find` would give it. */
  readonly firstClash: (range: ip.IpRange) => Claim | undefined;
  /** Gives `text` (an address or a range) to `owner`, or reports the claim it clashes with. */
  readonly claim: (owner: string, path: readonly PathSegment[], text: string) => void;
}

export function addressClaims(out: Issues): Addresses {
  // Stryker disable next-line ArrayDeclaration: an extra first element shifts no index this code compares
  const claims: Claim[] = [];
  const single = new Map<bigint, number>();
  // Stryker disable next-line ArrayDeclaration: a non-number entry never compares below `first`
  const spans: number[] = [];
  const firstClash = (range: ip.IpRange): Claim | undefined => {
    let first = Infinity;
    // Stryker disable next-line ConditionalExpression: a single address looked up as a one-address span is found by the span loop instead: the same claim
    if (range.start === range.end) first = single.get(range.start) ?? Infinity;
    else for (const [at, i] of single) if (i < first && at >= range.start && at <= range.end) first = i;
    // Stryker disable next-line EqualityOperator: claim indices are unique, so `<=` never meets an equal one
    for (const i of spans) if (i < first && ip.overlaps(claims[i].range, range)) first = i;
    return claims[first];
  };
  const claim = (owner: string, path: readonly PathSegment[], text: string) => {
    const range = ip.parseRange(text);
    const clash = firstClash(range);
    if (clash) {
      const what = range.start === range.end ? `${text} is` : `range ${text} includes an address`;
      out.error(path, `${what} already used by ${clash.owner} (${p(clash.path)}: ${clash.range.text})`, 'each address used by one owner only', `give ${owner} an unused address`);
      return;
    }
    // Stryker disable next-line ConditionalExpression: a single address stored as a one-address span is found by the span loop: the same answers
    if (range.start === range.end) single.set(range.start, claims.length);
    else spans.push(claims.length);
    claims.push({ owner, path, range });
  };
  return { claims, firstClash, claim };
}
