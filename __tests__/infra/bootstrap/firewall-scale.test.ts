/**
 * The firewall at scale: source sets reduced in O(k log k) with the same result as before, cluster
 * lists built once per site, and long source lists declared once per ruleset as named interval
 * sets (consecutive addresses as ranges) that accept exactly the same addresses.
 */
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { ip, loadSite, loadSiteFile, type Site } from '../../../site';
import { addressRanges, addressSet, BootstrapError, checkCidr } from '../../../infra/bootstrap/common';
import { firewallRules, INLINE_SOURCES, nftablesRuleset } from '../../../infra/bootstrap/firewall';
import { checkNft, withTools } from '../../support/validators/bootstrap';
import { scaledSite } from '../../../scripts/bench';

const ROOT = path.join(__dirname, '..', '..', '..');
const SITE_TEXT = fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8');
const site = loadSiteFile(path.join(ROOT, 'site.yaml')).site;
const scaled = (factor: number): Site => loadSite(scaledSite(SITE_TEXT, factor).text, `site-x${factor}.yaml`).site;

/** The former addressSet: every element against every other one (kept here as the reference). */
function referenceAddressSet(items: readonly string[]): string[] {
  const parsed = [...new Set(items.map((i) => (ip.isIPv4(i) ? i : checkCidr(i, 'address block'))))].map((text) => ({ text, range: ip.parseRange(text) }));
  const kept = parsed.filter(
    (a) => !parsed.some((b) => b !== a && b.range.start <= a.range.start && b.range.end >= a.range.end && (b.range.end - b.range.start > a.range.end - a.range.start || parsed.indexOf(b) < parsed.indexOf(a))),
  );
  return kept.sort((a, b) => (a.range.start < b.range.start ? -1 : a.range.start > b.range.start ? 1 : 0)).map((a) => a.text);
}

/** Addresses and blocks in a small space (10.0.0.0/24 and around), so that they overlap often. */
const element = fc.oneof(
  fc.integer({ min: 0, max: 300 }).map((n) => ip.fromBig(0x0a000000n + BigInt(n))),
  fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 22, max: 32 })).map(([n, p]) => {
    const size = 2n ** BigInt(32 - p);
    return `${ip.fromBig(((0x0a000000n + BigInt(n)) / size) * size)}/${p}`;
  }),
  fc.constantFrom('10.0.0.5/32', '10.0.0.0/24', '0.0.0.0/0'),
);

/** The inclusive intervals a set of elements (addresses, blocks, `a-b` ranges) accepts, merged. */
function intervals(elements: readonly string[]): [bigint, bigint][] {
  const r = elements.map((e) => ip.parseRange(e)).map((x) => [x.start, x.end] as [bigint, bigint]);
  r.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [bigint, bigint][] = [];
  for (const [s, e] of r) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1n) last[1] = e > last[1] ? e : last[1];
    else out.push([s, e]);
  }
  return out;
}

describe('addressSet', () => {
  it('gives what the pairwise version gave, on any mix of addresses and blocks', () => {
    fc.assert(fc.property(fc.array(element, { maxLength: 40 }), (items) => expect(addressSet(items)).toEqual(referenceAddressSet(items))), { numRuns: 500 });
  });

  it('still refuses a block with host bits set', () => {
    expect(() => addressSet(['10.0.0.0/24', '10.17.4.1/24'])).toThrow(BootstrapError);
  });

  it('is fast on a big list (one sort, one sweep)', () => {
    const big = Array.from({ length: 20000 }, (_, i) => ip.fromBig(0x0a000000n + BigInt((i * 7919) % 65536)));
    const t = Date.now();
    expect(addressSet([...big, '10.0.0.0/16'])).toEqual(['10.0.0.0/16']);
    expect(Date.now() - t).toBeLessThan(2000); // the pairwise version took minutes
  });
});

describe('addressRanges', () => {
  it('accepts exactly the addresses addressSet accepts, with no more elements', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 40 }), (items) => {
        const ranges = addressRanges(items);
        expect(intervals(ranges)).toEqual(intervals(addressSet(items)));
        expect(ranges.length).toBeLessThanOrEqual(addressSet(items).length);
      }),
      { numRuns: 500 },
    );
  });

  it('writes runs of consecutive addresses as ranges and leaves blocks as written', () => {
    expect(addressRanges(['10.17.4.23', '10.17.4.21', '10.17.4.22', '10.17.4.27', '10.42.0.0/16', '10.43.0.0', '10.43.0.1'])).toEqual([
      '10.17.4.21-10.17.4.23',
      '10.17.4.27',
      '10.42.0.0/16',
      '10.43.0.0-10.43.0.1',
    ]);
  });
});

describe('rulesets of a big cluster', () => {
  const x10 = scaled(10);

  it('short source lists stay inline, as before (the default site has no named set)', () => {
    for (const n of site.nodes) expect(nftablesRuleset(site, n)).not.toMatch(/\bset |@/);
  });

  it('a list longer than INLINE_SOURCES is a named interval set, declared once and used by the rule that needs it', () => {
    // Cluster rules name networks, so a long list is the site's own: e.g. 40 external SSH sources.
    const many = loadSite(SITE_TEXT.replace(/^ssh:\n/m, `ssh:\n  externalFrom: [${Array.from({ length: 40 }, (_, i) => `198.51.${i}.0/24`).join(', ')}]\n`), 'many.yaml').site;
    const text = nftablesRuleset(many, many.node('wg-gateway'));
    expect(text.match(/^ {2}set sources\S* \{$/gm)).toHaveLength(1);
    expect(text).toContain('    flags interval\n');
    expect(text.match(/ip saddr @sources\S* tcp dport 22 accept/g)).toHaveLength(1);
  });

  it('cluster rules name the cluster networks, whatever the number of nodes', () => {
    const text = nftablesRuleset(x10, x10.node('worker1'));
    expect(text).not.toMatch(/\bset |@/);
    expect(text).toContain('ip saddr { 10.17.4.0/24, 10.42.0.0/16, 10.100.0.0/16 } tcp dport 10250 accept'); // the scaled site's extra network
  });

  it('the named sets accept exactly the sources of the rules', () => {
    for (const name of ['master1', 'worker1', 'storage1', 'bench-agent-00001', 'loadbalancer1']) {
      const node = x10.node(name);
      const text = nftablesRuleset(x10, node);
      const sets = new Map<string, string[]>();
      for (const m of text.matchAll(/^ {2}set (\S+) \{\n(?: {4}.*\n)*? {4}elements = \{\n((?: {6}\S+\n)*) {4}\}\n {2}\}$/gm)) {
        sets.set(m[1], m[2].trim().split(/,?\n\s*/).map((e) => e.replace(/,$/, '')));
      }
      const rules = firewallRules(x10, node).filter((r) => r.from !== 'any');
      const lines = text.split('\n').filter((l) => / accept comment /.test(l) && l.includes('ip saddr'));
      expect(lines).toHaveLength(rules.length);
      rules.forEach((r, i) => {
        const named = /ip saddr @(\S+) /.exec(lines[i]);
        const from = r.from as readonly string[];
        if (addressSet(from).length > INLINE_SOURCES) {
          expect(named).not.toBeNull();
          expect(intervals(sets.get(named![1])!)).toEqual(intervals(addressSet(from)));
        } else {
          expect(named).toBeNull();
        }
      });
    }
  });

  it('a ruleset stays the same size as the cluster grows', () => {
    const x30 = scaled(30);
    const size = (s: Site) => nftablesRuleset(s, s.node('bench-agent-00001')).length;
    expect(size(x30)).toBe(size(x10));
  });

  for (const name of ['master1', 'worker1', 'bench-agent-00001', 'loadbalancer1', 'postgresql1']) {
    withTools(it, ['nft', 'unshare'])(`nft -c accepts the ruleset of ${name} (10x site)`, () => {
      expect(checkNft(nftablesRuleset(x10, x10.node(name)))).toMatchObject({ ok: true, output: '' });
    });
  }
});
