/**
 * site/ip.ts, blocks and ranges: CIDR syntax, containment, overlaps, host addresses, ranges and
 * their sizes; table-driven, plus a few properties checked with fast-check. Addresses are compared
 * as numbers, never as text: 10.0.2.0/23 and 10.0.20.0/24 do not overlap.
 */
import * as fc from 'fast-check';
import { ip } from '../../../site';

const cidr = ip.parseCidr;
const range = ip.parseRange;

describe('isCidrSyntax', () => {
  test.each(['0.0.0.0/0', '10.0.0.0/8', '10.17.4.0/24', '10.17.4.5/24', '1.2.3.4/31', '1.2.3.4/32', '255.255.255.255/32', '192.168.0.0/16'])(
    '%s is a block (host bits may be set)',
    (t) => {
      expect(ip.isCidrSyntax(t)).toBe(true);
    },
  );

  test.each([
    '10.0.0.0', // no prefix
    '10.0.0.0/', // empty prefix
    '10.0.0.0/33', // prefix too long
    '10.0.0.0/100',
    '10.0.0.0/-1',
    '10.0.0.0/08', // leading zero in the prefix
    '10.0.0.0/00',
    '10.0.0.0/ 8',
    '10.0.0.0/8 ',
    '10.0.0.0/8/8',
    'x/10.0.0.0/24', // an extra segment before the block
    '10.0.0.01/8', // leading zero in the address
    '10.0.0/8', // missing octet
    '256.0.0.0/8',
    '/8',
    '',
    '10.0.0.0-10.0.0.255',
    '::/0',
  ])('%j is not a block', (t) => {
    expect(ip.isCidrSyntax(t)).toBe(false);
  });

  test('a non-string is not a block', () => {
    expect(ip.isCidrSyntax(undefined as unknown as string)).toBe(false);
    expect(ip.isCidrSyntax(24 as unknown as string)).toBe(false);
    // Not even one whose text would be a block.
    expect(ip.isCidrSyntax(['10.0.0.0/8'] as unknown as string)).toBe(false);
  });
});

describe('parseCidr', () => {
  test.each<[string, string, string, number, string, string, string]>([
    // input, text, network, prefix, netmask, first, last
    ['10.17.4.0/24', '10.17.4.0/24', '10.17.4.0', 24, '255.255.255.0', '10.17.4.0', '10.17.4.255'],
    ['10.17.4.5/24', '10.17.4.0/24', '10.17.4.0', 24, '255.255.255.0', '10.17.4.0', '10.17.4.255'],
    ['10.0.2.0/23', '10.0.2.0/23', '10.0.2.0', 23, '255.255.254.0', '10.0.2.0', '10.0.3.255'],
    ['10.0.3.7/23', '10.0.2.0/23', '10.0.2.0', 23, '255.255.254.0', '10.0.2.0', '10.0.3.255'],
    ['172.16.0.0/12', '172.16.0.0/12', '172.16.0.0', 12, '255.240.0.0', '172.16.0.0', '172.31.255.255'],
    ['10.96.0.0/12', '10.96.0.0/12', '10.96.0.0', 12, '255.240.0.0', '10.96.0.0', '10.111.255.255'],
    ['0.0.0.0/0', '0.0.0.0/0', '0.0.0.0', 0, '0.0.0.0', '0.0.0.0', '255.255.255.255'],
    ['255.255.255.255/1', '128.0.0.0/1', '128.0.0.0', 1, '128.0.0.0', '128.0.0.0', '255.255.255.255'],
    ['1.2.3.4/30', '1.2.3.4/30', '1.2.3.4', 30, '255.255.255.252', '1.2.3.4', '1.2.3.7'],
    ['1.2.3.5/31', '1.2.3.4/31', '1.2.3.4', 31, '255.255.255.254', '1.2.3.4', '1.2.3.5'],
    ['1.2.3.4/32', '1.2.3.4/32', '1.2.3.4', 32, '255.255.255.255', '1.2.3.4', '1.2.3.4'],
  ])('%s', (input, text, network, prefix, netmask, first, last) => {
    const c = cidr(input);
    expect(c).toEqual({ text, network, prefix, netmask, start: ip.toBig(first), end: ip.toBig(last) });
  });

  test.each(['10.0.0.0', '10.0.0.0/33', '10.0.0.0/08', '10.00.0.0/8', '10.0.0/8', 'x', ''])('%j throws', (t) => {
    expect(() => cidr(t)).toThrow(`not an IPv4 CIDR block: ${JSON.stringify(t)}`);
  });

  test('a block has 2^(32-prefix) addresses and starts on a multiple of its size (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (a, prefix) => {
        const c = cidr(`${a}/${prefix}`);
        const n = 2n ** BigInt(32 - prefix);
        expect([ip.size(c), c.start % n, ip.contains(c, a), c.prefix]).toEqual([n, 0n, true, prefix]);
      }),
    );
  });
});

describe('hostBitsSet', () => {
  test.each<[string, string | undefined]>([
    ['10.17.4.0/24', undefined],
    ['10.17.4.5/24', '10.17.4.0/24'],
    ['10.17.4.255/24', '10.17.4.0/24'],
    ['10.42.1.0/16', '10.42.0.0/16'],
    ['10.0.3.0/23', '10.0.2.0/23'],
    ['10.0.2.0/23', undefined],
    ['192.168.10.230/28', '192.168.10.224/28'],
    ['0.0.0.0/0', undefined],
    ['1.2.3.4/0', '0.0.0.0/0'],
    ['1.2.3.5/31', '1.2.3.4/31'],
    ['1.2.3.4/31', undefined],
    ['1.2.3.5/32', undefined],
  ])('%s → %j', (t, expected) => {
    expect(ip.hostBitsSet(t)).toBe(expected);
  });

  test('throws on a malformed block', () => {
    expect(() => ip.hostBitsSet('10.0.0.0/08')).toThrow('not an IPv4 CIDR block: "10.0.0.0/08"');
  });
});

describe('contains', () => {
  test.each<[string, string, boolean]>([
    ['10.17.4.0/24', '10.17.4.0', true], // network address
    ['10.17.4.0/24', '10.17.4.21', true],
    ['10.17.4.0/24', '10.17.4.255', true], // broadcast
    ['10.17.4.0/24', '10.17.5.0', false],
    ['10.17.4.0/24', '10.17.3.255', false],
    ['10.0.2.0/23', '10.0.3.200', true],
    ['10.0.2.0/23', '10.0.20.1', false], // textual prefix, not inside
    ['10.0.20.0/24', '10.0.2.1', false],
    ['1.2.3.4/32', '1.2.3.4', true],
    ['1.2.3.4/32', '1.2.3.5', false],
    ['1.2.3.4/31', '1.2.3.5', true],
    ['0.0.0.0/0', '255.255.255.255', true],
    ['0.0.0.0/0', '0.0.0.0', true],
  ])('%s contains %s: %s', (block, a, expected) => {
    expect(ip.contains(cidr(block), a)).toBe(expected);
    expect(ip.contains(cidr(block), ip.toBig(a))).toBe(expected);
  });

  test.each<[string, string, boolean]>([
    ['10.0.0.10-10.0.0.20', '10.0.0.10', true],
    ['10.0.0.10-10.0.0.20', '10.0.0.20', true],
    ['10.0.0.10-10.0.0.20', '10.0.0.9', false],
    ['10.0.0.10-10.0.0.20', '10.0.0.21', false],
    ['10.0.0.9-10.0.0.10', '10.0.0.100', false], // "10.0.0.100" sorts between them as text
  ])('range %s contains %s: %s', (r, a, expected) => {
    expect(ip.contains(range(r), a)).toBe(expected);
  });

  test('throws on a malformed address', () => {
    expect(() => ip.contains(cidr('10.0.0.0/8'), '10.0.0.256')).toThrow('not an IPv4 address: "10.0.0.256"');
  });
});

describe('overlaps', () => {
  test.each<[string, string, boolean]>([
    // The lexicographic trap: as text, "10.0.2" is a prefix of "10.0.20"; as numbers they are far apart.
    ['10.0.2.0/23', '10.0.20.0/24', false],
    ['10.0.2.0/23', '10.0.3.0/24', true],
    ['10.0.2.0/23', '10.0.4.0/24', false],
    ['10.0.2.0/23', '10.0.1.0/24', false],
    ['10.0.2.0/23', '10.0.2.0/23', true],
    ['10.0.0.0/8', '10.255.255.255/32', true],
    ['10.0.0.0/8', '11.0.0.0/8', false],
    ['10.42.0.0/16', '10.43.0.0/16', false],
    ['10.42.0.0/16', '10.42.128.0/17', true],
    ['192.168.0.0/16', '192.168.10.0/24', true],
    ['0.0.0.0/0', '1.2.3.4/32', true],
    ['1.2.3.4/32', '1.2.3.4/32', true],
    ['1.2.3.4/32', '1.2.3.5/32', false],
    ['1.2.3.4/31', '1.2.3.5/32', true],
    ['1.2.3.4/31', '1.2.3.6/31', false],
    // Ranges and blocks mix.
    ['10.0.0.0/24', '10.0.0.255-10.0.1.10', true],
    ['10.0.0.0/24', '10.0.1.0-10.0.1.10', false],
    ['10.0.0.10-10.0.0.20', '10.0.0.20-10.0.0.30', true], // touching ends share one address
    ['10.0.0.10-10.0.0.20', '10.0.0.21-10.0.0.30', false],
    ['10.0.0.10-10.0.0.20', '10.0.0.12', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(ip.overlaps(range(a), range(b))).toBe(expected);
    expect(ip.overlaps(range(b), range(a))).toBe(expected);
  });

  test('agrees with "some address is in both" (property, small blocks)', () => {
    const block = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 24, max: 32 })).map(([last, p]) => cidr(`10.0.0.${last}/${p}`));
    fc.assert(
      fc.property(block, block, (a, b) => {
        let shared = false;
        for (let v = a.start; v <= a.end && !shared; v++) shared = ip.contains(b, v);
        expect([ip.overlaps(a, b), ip.overlaps(b, a)]).toEqual([shared, shared]);
      }),
    );
  });
});

describe('isHostAddress', () => {
  test.each<[string, string, boolean]>([
    ['10.17.4.0/24', '10.17.4.1', true],
    ['10.17.4.0/24', '10.17.4.254', true],
    ['10.17.4.0/24', '10.17.4.0', false], // network address
    ['10.17.4.0/24', '10.17.4.255', false], // broadcast
    ['10.17.4.0/24', '10.17.5.1', false], // outside
    ['10.0.2.0/23', '10.0.2.255', true], // not the broadcast of a /23
    ['10.0.2.0/23', '10.0.3.0', true],
    ['10.0.2.0/23', '10.0.3.255', false],
    ['1.2.3.0/30', '1.2.3.1', true],
    ['1.2.3.0/30', '1.2.3.3', false],
    // RFC 3021: both addresses of a /31 are usable; a /32 is its one address.
    ['1.2.3.4/31', '1.2.3.4', true],
    ['1.2.3.4/31', '1.2.3.5', true],
    ['1.2.3.4/31', '1.2.3.6', false],
    ['1.2.3.4/32', '1.2.3.4', true],
    ['1.2.3.4/32', '1.2.3.5', false],
    ['0.0.0.0/0', '0.0.0.0', false],
    ['0.0.0.0/0', '8.8.8.8', true],
  ])('%s: %s is a host address: %s', (block, a, expected) => {
    expect(ip.isHostAddress(cidr(block), a)).toBe(expected);
  });

  test('throws on a malformed address', () => {
    expect(() => ip.isHostAddress(cidr('10.0.0.0/8'), '10.0.0')).toThrow('not an IPv4 address: "10.0.0"');
  });
});

describe('hostRange', () => {
  test.each<[string, string]>([
    ['10.17.4.0/24', '10.17.4.1-10.17.4.254'],
    ['10.0.2.0/23', '10.0.2.1-10.0.3.254'],
    ['1.2.3.0/30', '1.2.3.1-1.2.3.2'],
    ['1.2.3.4/31', '1.2.3.4-1.2.3.5'],
    ['1.2.3.4/32', '1.2.3.4-1.2.3.4'],
    ['0.0.0.0/0', '0.0.0.1-255.255.255.254'],
  ])('%s → %s', (block, expected) => {
    expect(ip.hostRange(cidr(block))).toBe(expected);
  });
});

describe('parseRange and isRangeSyntax', () => {
  test.each<[string, string, string]>([
    // text, first, last
    ['10.17.4.200-10.17.4.220', '10.17.4.200', '10.17.4.220'],
    ['10.0.0.9-10.0.0.10', '10.0.0.9', '10.0.0.10'], // numeric order, not text order
    ['10.0.0.255-10.0.1.0', '10.0.0.255', '10.0.1.0'],
    ['10.0.0.1-10.0.0.1', '10.0.0.1', '10.0.0.1'],
    ['0.0.0.0-255.255.255.255', '0.0.0.0', '255.255.255.255'],
    ['10.17.4.0/24', '10.17.4.0', '10.17.4.255'],
    ['10.17.4.5/24', '10.17.4.0', '10.17.4.255'], // a block with host bits set: the whole block
    ['1.2.3.4/32', '1.2.3.4', '1.2.3.4'],
    ['1.2.3.4', '1.2.3.4', '1.2.3.4'], // a single address
  ])('%s', (text, first, last) => {
    expect(range(text)).toEqual({ text, start: ip.toBig(first), end: ip.toBig(last) });
    expect(ip.isRangeSyntax(text)).toBe(true);
  });

  test.each<[string, string]>([
    ['10.0.0.5-10.0.0.1', 'range starts after it ends: "10.0.0.5-10.0.0.1"'],
    ['10.0.0.10-10.0.0.9', 'range starts after it ends: "10.0.0.10-10.0.0.9"'],
    ['10.0.0.1-', 'not an IPv4 range: "10.0.0.1-"'],
    ['-10.0.0.1', 'not an IPv4 range: "-10.0.0.1"'],
    ['10.0.0.1--10.0.0.2', 'not an IPv4 range: "10.0.0.1--10.0.0.2"'],
    ['10.0.0.1 - 10.0.0.2', 'not an IPv4 range: "10.0.0.1 - 10.0.0.2"'],
    ['10.0.0.1-10.0.0.2-10.0.0.3', 'not an IPv4 range: "10.0.0.1-10.0.0.2-10.0.0.3"'],
    ['10.0.0.1-10.0.0.256', 'not an IPv4 range: "10.0.0.1-10.0.0.256"'],
    ['10.0.0.01-10.0.0.2', 'not an IPv4 range: "10.0.0.01-10.0.0.2"'],
    ['10.0.0-10.0.1', 'not an IPv4 range: "10.0.0-10.0.1"'],
    ['10.0.0.0/33', 'not an IPv4 range: "10.0.0.0/33"'],
    ['10.0.0.0/08', 'not an IPv4 range: "10.0.0.0/08"'],
    ['', 'not an IPv4 range: ""'],
    ['pool', 'not an IPv4 range: "pool"'],
  ])('%j throws %s', (text, message) => {
    expect(() => range(text)).toThrow(message);
    expect(ip.isRangeSyntax(text)).toBe(false);
  });

  test('a non-string throws', () => {
    expect(() => range(undefined as unknown as string)).toThrow('not an IPv4 range: undefined');
    expect(ip.isRangeSyntax(undefined as unknown as string)).toBe(false);
  });
});

describe('size', () => {
  test.each<[string, bigint]>([
    ['0.0.0.0/0', 4294967296n],
    ['10.0.0.0/8', 16777216n],
    ['10.0.2.0/23', 512n],
    ['10.17.4.0/24', 256n],
    ['1.2.3.4/31', 2n],
    ['1.2.3.4/32', 1n],
    ['10.17.4.200-10.17.4.220', 21n],
    ['10.0.0.255-10.0.1.0', 2n],
    ['1.2.3.4', 1n],
  ])('%s has %d addresses', (text, n) => {
    expect(ip.size(range(text))).toBe(n);
  });
});
