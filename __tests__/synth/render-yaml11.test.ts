/**
 * synth/render.ts decides which strings YAML 1.1 would misread without parsing each one: plain
 * text (no space, no indicator) goes through the yaml library's own YAML 1.1 scalar tests. It
 * must agree with parsing, on any string. And most objects are written without the library
 * (`simpleYaml`), which must write what the library writes whenever it takes an object.
 */
import * as fc from 'fast-check';
import { ambiguousInYaml11, ambiguousInYaml11Parsed, simpleYaml, toYaml, toYamlByLibrary } from '../../synth/render';

describe('ambiguousInYaml11', () => {
  it('agrees with parsing the string as YAML 1.1, on strings made of YAML-significant characters', () => {
    const chars = fc.constantFrom(...'-+._/0189aeEbxXoOtTZ:# ,[]{}\'"&*!|>%@?`~\t'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 0, maxLength: 10 }), (cs) => {
        const s = cs.join('');
        expect([s, ambiguousInYaml11(s)]).toEqual([s, ambiguousInYaml11Parsed(s)]);
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['-', true],
    ['---', true],
    ['...', true],
    ['.', true],
    ['0755', true],
    ['1_000', true],
    ['1:20', true],
    ['2024-01-01', true],
    ['1e3', true],
    ['-.inf', true],
    ['0.5', true],
    ['1.2.3', false],
    ['10.17.4.21', false],
    ['10.42.0.0/16', false],
    ['64Mi', false],
    ['100m', false],
    ['+', false],
    ['v1.33.5+k3s1', false],
  ])('%s → %s', (s, expected) => {
    expect(ambiguousInYaml11(s)).toBe(expected);
    expect(ambiguousInYaml11Parsed(s)).toBe(expected);
  });

  it('quotes what it finds, keys included', () => {
    expect(toYaml([{ a: '0755', '1_000': 'x', b: '1.2.3' }])).toBe('a: "0755"\n"1_000": x\nb: 1.2.3\n');
  });
});

describe('simpleYaml', () => {
  const text = fc.oneof(
    fc.array(fc.constantFrom(...'-+._/0189aeEbxXnNoOyYtTZ:# ,[]{}\'"&*!|>%@?`~\\\t\n'.split('')), { maxLength: 8 }).map((cs) => cs.join('')),
    fc.constantFrom('true', 'null', 'on', 'yes', '0755', '1_000', '1.0', '1e3', '.inf', '---x', '...', '- a', 'a: b', 'a #b', 'http://x/y', 'v1.2.3', 'é', 'a\u0000b', ' lead', 'trail '),
    fc.constantFrom('a\nb', 'a\n', 'a\n\nb\n', 'a \nb', ' a\nb', '\na', 'a\n ', 'a\nb\n\n', 'a\n  b', '- a\nb: c', '---\nx', 'x\n---', '# c\nx', 'a\tb\nc', 'é\n’', 'a\r\nb', 'on\n'),
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[a-z0-9 ._:/'"#-]{1,10}$/),
    fc.stringMatching(/^[a-z0-9._/-]{1,10}$/),
  );
  const values = (str: fc.Arbitrary<string>, num: fc.Arbitrary<number>) =>
    fc.letrec((tie) => ({
      scalar: fc.oneof(str, num, fc.boolean(), fc.constant(null)),
      node: fc.oneof({ depthSize: 'small' }, tie('scalar'), tie('map'), tie('seq')),
      map: fc.dictionary(str, tie('node'), { maxKeys: 4 }),
      seq: fc.array(tie('node'), { maxLength: 4 }),
    })).map as fc.Arbitrary<Record<string, unknown>>;
  const tame = fc.oneof(fc.stringMatching(/^[a-z0-9._/-]{1,10}$/), fc.stringMatching(/^[a-z0-9 ._:/'"#-]{1,10}$/), fc.constantFrom('true', 'on', '0755', '1e3', '1.5', '.inf', 'a: b', 'a #b', 'x:', '- a', '-', '?', 'http://x/y'));

  /** Runs the comparison; how many objects the fast path took, and how many of those had a literal block. */
  const agree = (arb: fc.Arbitrary<Record<string, unknown>>, runs: number) => {
    let taken = 0;
    let blocks = 0;
    fc.assert(
      fc.property(arb, (o) => {
        const fast = simpleYaml(o);
        if (fast !== undefined) {
          taken++;
          if (/[:-] \|-?\n/.test(fast)) blocks++;
          expect(fast).toBe(toYamlByLibrary([o]));
        }
      }),
      { numRuns: runs },
    );
    return { taken, blocks };
  };

  it('writes what the yaml library writes, whenever it takes the object', () => {
    const { taken, blocks } = agree(values(text, fc.oneof(fc.integer(), fc.double(), fc.constant(-0))), 10000);
    expect(taken).toBeGreaterThan(300);
    expect(blocks).toBeGreaterThan(40);
  });

  it('takes most objects of plain-ish strings and numbers, and writes them as the library does', () => {
    expect(agree(values(tame, fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))), 5000).taken).toBeGreaterThan(1500);
  });

  it('takes the usual shapes of a manifest', () => {
    const o = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', labels: { 'app.kubernetes.io/name': 'x' } }, data: { port: '8080', on: 'on', list: '' }, spec: { ports: [{ port: 80 }, []], empty: {}, none: [], nested: [[1, 2], { a: [] }] } };
    expect(simpleYaml({ ...o, data: { port: '8080' } })).toBe(toYamlByLibrary([{ ...o, data: { port: '8080' } }]));
    expect(simpleYaml(o)).toBe(toYamlByLibrary([o])); // the empty string, quoted
    const described = { ...o, data: { text: 'first line\n  indented\n\nlast line\n', note: 'a\nb' } };
    expect(simpleYaml(described)).toContain('  text: |\n    first line\n      indented\n\n    last line\n  note: |-\n    a\n    b\n');
    expect(simpleYaml(described)).toBe(toYamlByLibrary([described]));
    expect(simpleYaml({ a: ' leading space\nx' })).toBeUndefined(); // an indentation indicator: the library's
    expect(toYaml([o, o])).toBe(toYamlByLibrary([o, o]));
  });
});
