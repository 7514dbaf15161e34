/**
 * site/ip.ts, single addresses: syntax, numbers, order, reverse names; table-driven, plus a few
 * properties checked with fast-check.
 */
import * as fc from 'fast-check';
import { ip } from '../../../site';

/** Inputs that are not a dotted IPv4 address. */
const NOT_ADDRESSES = [
  '',
  '1.2.3', // missing octet
  '1.2', // missing octets
  '1', // a bare number
  '1.2.3.4.5', // one octet too many
  '256.1.1.1', // octet out of range
  '1.2.3.256',
  '999.999.999.999',
  '01.2.3.4', // leading zeros
  '10.017.4.5',
  '1.2.3.04',
  '00.0.0.0',
  '1.2.3.-1',
  '1..2.3',
  '1.2.3.4.',
  '.1.2.3',
  ' 1.2.3.4', // surrounding blanks
  '1.2.3.4 ',
  '1.2.3.a',
  '0x1.2.3.4', // hex
  '1.2.3.4/32', // a block, not an address
  '::1', // IPv6
  '::ffff:1.2.3.4',
  '1.2.3.4%eth0',
];

describe('isIPv4', () => {
  test.each(['0.0.0.0', '1.2.3.4', '10.17.4.21', '192.168.0.255', '255.255.255.255', '100.64.0.0'])('%s is an address', (a) => {
    expect(ip.isIPv4(a)).toBe(true);
  });

  test.each(NOT_ADDRESSES)('%j is not an address', (a) => {
    expect(ip.isIPv4(a)).toBe(false);
  });

  test.each([undefined, null, 16909060, {}, ['1.2.3.4']])('%j (not a string) is not an address', (a) => {
    expect(ip.isIPv4(a as unknown as string)).toBe(false);
  });
});

describe('toBig and fromBig', () => {
  test.each<[string, bigint]>([
    ['0.0.0.0', 0n],
    ['0.0.0.1', 1n],
    ['0.0.1.0', 256n],
    ['1.2.3.4', 16909060n],
    ['10.0.0.0', 167772160n],
    ['10.17.4.21', 168887317n],
    ['127.255.255.255', 2147483647n],
    ['128.0.0.0', 2147483648n],
    ['255.255.255.255', 4294967295n],
  ])('%s ⇄ %d', (a, v) => {
    expect(ip.toBig(a)).toBe(v);
    expect(ip.fromBig(v)).toBe(a);
  });

  test.each(NOT_ADDRESSES)('toBig(%j) throws', (a) => {
    expect(() => ip.toBig(a)).toThrow(`not an IPv4 address: ${JSON.stringify(a)}`);
  });

  test('toBig of a non-string throws the same', () => {
    expect(() => ip.toBig(5 as unknown as string)).toThrow('not an IPv4 address: 5');
  });

  test.each([-1n, 4294967296n, 2n ** 64n])('fromBig(%d) throws', (v) => {
    expect(() => ip.fromBig(v)).toThrow(`not an IPv4 address value: ${v} (allowed: 0-4294967295)`);
  });

  test('round trip (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 4294967295n }), (v) => {
        expect(ip.toBig(ip.fromBig(v))).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.ipV4(), (a) => {
        expect(ip.fromBig(ip.toBig(a))).toBe(a);
      }),
    );
  });
});

describe('compareAddresses', () => {
  test.each<[string, string, number]>([
    ['10.0.0.9', '10.0.0.10', -1], // "10.0.0.10" < "10.0.0.9" as text
    ['10.0.0.10', '10.0.0.9', 1],
    ['10.0.2.0', '10.0.20.0', -1],
    ['9.255.255.255', '10.0.0.0', -1],
    ['192.168.0.1', '192.168.0.1', 0],
    ['0.0.0.0', '255.255.255.255', -1],
  ])('%s vs %s = %d', (a, b, expected) => {
    expect(ip.compareAddresses(a, b)).toBe(expected);
  });

  test('sorts numerically', () => {
    const list = ['10.0.0.10', '10.0.0.9', '10.0.0.100', '9.0.0.1', '10.0.0.2'];
    expect([...list].sort(ip.compareAddresses)).toEqual(['9.0.0.1', '10.0.0.2', '10.0.0.9', '10.0.0.10', '10.0.0.100']);
  });

  test('throws on a malformed address', () => {
    expect(() => ip.compareAddresses('10.0.0.1', '10.0.0')).toThrow('not an IPv4 address: "10.0.0"');
  });
});

describe('reverseName', () => {
  test.each<[string, string]>([
    ['10.17.4.21', '21.4.17.10.in-addr.arpa'],
    ['192.168.0.1', '1.0.168.192.in-addr.arpa'],
    ['0.0.0.0', '0.0.0.0.in-addr.arpa'],
    ['255.255.255.255', '255.255.255.255.in-addr.arpa'],
  ])('%s → %s', (a, expected) => {
    expect(ip.reverseName(a)).toBe(expected);
  });

  test.each(['10.17.4', '10.17.4.021', '10.17.4.21/24'])('%j throws', (a) => {
    expect(() => ip.reverseName(a)).toThrow(`not an IPv4 address: ${JSON.stringify(a)}`);
  });
});
