/**
 * Property tests: malformed and hostile sites always end in a clear user error.
 *
 * Random valid sites (fuzz-arbitrary.ts) are mutated (a wrong type at a random path, hostile or
 * very long strings in string fields, huge and non-integer numbers, overlapping CIDRs, duplicate
 * addresses and names), and whole files are replaced by hostile text (empty, binary garbage, deep
 * nesting, alias bombs). For each, `main(['--site', file, '--out', out])` returns 1 (never 2, an
 * internal error), prints no stack trace, names the field path and the line:column, and leaves `out`
 * (a previous synth) byte-for-byte unchanged; `loadSite` throws a SiteError whose issues all
 * carry a path and a location.
 *
 * FUZZ_SEED=<n> changes the fixed seed, FUZZ_RUNS=<n> the number of runs of each property.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { stringify } from 'yaml';
import { formatPath, loadSite, SiteError, type PathSegment } from '../../site';
import { main } from '../../synth/synth';
import { buildSite, FUZZ_SEED, fuzzRuns, sitePlan, type SiteDoc } from './fuzz-arbitrary';

const FILE = 'fuzz.yaml';
let tmp: string;
let out: string;
let site: string;
let before: string;
let baseText: string;

/** Every entry under `dir` with the bytes of each file, as one string (for "byte-for-byte unchanged"). */
function rawTree(dir: string): string {
  const entries: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${prefix}/${e.name}`;
      if (e.isDirectory()) {
        entries.push(`${rel}/`);
        walk(path.join(d, e.name), rel);
      } else entries.push(`${rel}:${fs.readFileSync(path.join(d, e.name)).toString('base64')}`);
    }
  };
  walk(dir, '');
  return entries.join('\n');
}

/** Small valid sites (the mutations that still load are synthesized: keep that quick). */
const smallSite = sitePlan.map((p) => buildSite({ ...p, clusters: p.clusters.map((c) => ({ ...c, agents: Math.min(c.agents, 2), storage: Math.min(c.storage, 1) })) }));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-fuzz-'));
  out = path.join(tmp, 'out');
  site = path.join(tmp, FILE);
  // The previous tree: a real synth of a valid site.
  const [doc] = fc.sample(smallSite, { seed: FUZZ_SEED, numRuns: 1 });
  baseText = stringify(doc);
  fs.writeFileSync(site, baseText);
  const err: string[] = [];
  expect([main(['--site', site, '--out', out, '--quiet'], () => undefined, (s) => err.push(s)), err]).toEqual([0, []]);
  before = rawTree(out);
  expect(before.split('\n').length).toBeGreaterThan(10);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Outcome {
  readonly code: number;
  readonly err: string;
}

/** Runs the synth CLI on `content` (text or bytes) into the pre-populated `out`. */
function synth(content: string | Uint8Array): Outcome {
  fs.writeFileSync(site, content);
  const err: string[] = [];
  const code = main(['--site', site, '--out', out, '--quiet'], () => undefined, (s) => err.push(s));
  return { code, err: err.join('\n') };
}

/**
 * The user-error contract: exit 1, `synth failed: <file>: N error(s)`, every error line with
 * `file:line:column: error: <path>: `, no stack trace, `out` unchanged. Returns the error lines.
 */
function expectUserError(content: string | Uint8Array): string[] {
  const { code, err } = synth(content);
  if (code !== 1) {
    restoreOut();
    throw new Error(`exit code ${code} (expected 1):\n${err.slice(0, 3000)}`);
  }
  expect(err).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(err).not.toMatch(/internal error|TypeError|RangeError|ReferenceError/);
  const [head, ...lines] = err.split('\n');
  expect(head).toMatch(new RegExp(`^synth failed: ${escape(site)}: [1-9]\\d* error\\(s\\) in the site$`));
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(l).toMatch(new RegExp(`^${escape(site)}:\\d+:\\d+: error: \\S.*: \\S`));
  if (rawTree(out) !== before) throw new Error('the output directory changed');
  return lines;
}

/** Puts the previous tree back after a failure wrote another one (so that one failure does not fail every later case). */
function restoreOut(): void {
  if (rawTree(out) === before) return;
  fs.writeFileSync(site, baseText);
  main(['--site', site, '--out', out, '--quiet'], () => undefined, () => undefined);
}

/** The same at the library level: a SiteError whose issues all have a path and a location. */
function expectSiteError(text: string): SiteError {
  let error: unknown;
  try {
    loadSite(text, FILE);
  } catch (e) {
    error = e;
  }
  if (!(error instanceof SiteError)) throw new Error(`expected a SiteError, got ${error instanceof Error ? error.stack : String(error)}`);
  expect(error.issues.length).toBeGreaterThan(0);
  for (const i of error.issues) {
    expect(Array.isArray(i.path)).toBe(true);
    expect(i.location).toMatch(/^fuzz\.yaml:\d+:\d+$/);
  }
  return error;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// Mutations of a parsed site document.
// ---------------------------------------------------------------------------------------------

/** Every path of a document with its value (the root excluded). */
function pathsOf(value: unknown, prefix: PathSegment[] = [], out: [PathSegment[], unknown][] = []): [PathSegment[], unknown][] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([[...prefix, i], v]), pathsOf(v, [...prefix, i], out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([[...prefix, k], v]), pathsOf(v, [...prefix, k], out);
  return out;
}

function setIn(doc: SiteDoc, p: readonly PathSegment[], value: unknown): void {
  let o = doc;
  for (const seg of p.slice(0, -1)) o = o[seg];
  o[p[p.length - 1]] = value;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A mutation: a site document and a choice (index into its paths, replacement...). */
const mutation = <T>(choice: fc.Arbitrary<T>) => fc.tuple(smallSite, fc.nat(), choice);

/** The error lines must include one at exactly `p`, containing `text`. */
function expectErrorAt(lines: string[], p: readonly PathSegment[], text = ''): void {
  const at = `: error: ${formatPath(p)}: `;
  if (!lines.some((l) => l.includes(at) && l.includes(text))) throw new Error(`no error at ${formatPath(p)}${text ? ` with "${text}"` : ''}:\n${lines.join('\n').slice(0, 3000)}`);
}

const params = (runs: number) => ({ seed: FUZZ_SEED, numRuns: fuzzRuns(runs), endOnFailure: true });

/** Values of each type, to put where another type belongs. */
const OTHER_TYPES: readonly unknown[] = [7, -3, 2.5, true, false, null, [], ['x'], {}, { a: 1 }, 'text', ''];

test('a value of the wrong type at any path: exit 1, naming that path', () => {
  fc.assert(
    fc.property(mutation(fc.constantFrom(...OTHER_TYPES)), ([doc, i, value]) => {
      const paths = pathsOf(doc);
      const [p, old] = paths[i % paths.length];
      fc.pre(typeOf(old) !== typeOf(value) && !(typeof old === 'string' && typeof value === 'string'));
      setIn(doc, p, value);
      const text = stringify(doc);
      const lines = expectUserError(text);
      expectErrorAt(lines, p);
      expectSiteError(text);
    }),
    params(150),
  );
});

/** Hostile text: shell and config metacharacters, template syntax, unicode, control characters. */
const HOSTILE: readonly string[] = [
  'x; rm -rf /',
  '$(rm -rf /)',
  '`id`',
  "a'b",
  'a"b',
  'a\nrm -rf /',
  'a\r\nb',
  '{{ .Values.x }}',
  '${file("/etc/shadow")}',
  '%{ if true }x%{ endif }',
  '#comment',
  'x\u0000y',
  '\n[Peer]\nAllowedIPs = 0.0.0.0/0',
  '\ninclude /etc/shadow',
  '../../etc/passwd',
  'naïve-ünïcödé',
  '\u202etxt.exe',
  '\ud83d\ude00',
  ' ',
  'a\tb',
  '\\x41',
  '- [x]',
  '&a *a',
];

/** Characters no constrained field takes (only free text, such as an SSH key comment, takes some). */
const REJECTED_EVERYWHERE = /[\s"`{}\\\x00-\x1f\u202e]/;

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => `${s} \u0001`));
const appendable = fc.oneof(fc.constantFrom(...HOSTILE.filter((h) => REJECTED_EVERYWHERE.test(h))), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => `${s}\n`));

/** Fields whose text is free: a hostile suffix may be accepted there (injection.test.ts shows it stays quoted). */
const FREE_TEXT = (p: readonly PathSegment[]) => p[0] === 'ssh' && p[1] === 'authorizedKeys';

test('hostile text in any string field (replacing it, or appended to it): exit 1 naming the field, or (free-text fields only) a synth', () => {
  fc.assert(
    fc.property(mutation(fc.oneof(fc.tuple(hostileString, fc.constant(false)), fc.tuple(appendable, fc.constant(true)))), ([doc, i, [bad, append]]) => {
      const strings = pathsOf(doc).filter(([, v]) => typeof v === 'string');
      const [p, old] = strings[i % strings.length];
      const value = append ? `${old as string}${bad}` : bad;
      setIn(doc, p, value);
      const text = stringify(doc);
      if (append && FREE_TEXT(p) && !/[\x00-\x1f\x7f]|[$%]\{/.test(value)) {
        fs.writeFileSync(site, text);
        const accepted = path.join(tmp, 'accepted');
        const err: string[] = [];
        expect([main(['--site', site, '--out', accepted, '--quiet'], () => undefined, (s) => err.push(s)), err]).toEqual([0, []]);
        fs.rmSync(accepted, { recursive: true });
        return;
      }
      try {
        expectErrorAt(expectUserError(text), p);
      } catch (e) {
        throw new Error(`${formatPath(p)} = ${JSON.stringify(value).slice(0, 200)}: ${(e as Error).message}`);
      }
      expectSiteError(text);
    }),
    params(150),
  );
});

test('huge, negative, fractional and non-finite numbers: exit 1 naming the field', () => {
  const numbers = fc.constantFrom(1e308, 2 ** 53, 2 ** 53 + 2, -1, -0.5, 0.5, 1.5, Infinity, -Infinity, NaN, 123456789012345678901234567890, 4294967296);
  fc.assert(
    fc.property(mutation(numbers), ([doc, i, n]) => {
      const nums = pathsOf(doc).filter(([, v]) => typeof v === 'number');
      const [p] = nums[i % nums.length];
      setIn(doc, p, n);
      const text = stringify(doc);
      expectErrorAt(expectUserError(text), p);
      expectSiteError(text);
    }),
    params(60),
  );
});

test('overlapping CIDRs: a network on another one\'s block, or inside a cluster\'s pod network', () => {
  fc.assert(
    fc.property(mutation(fc.constantFrom('same', 'supernet', 'pod')), ([doc, i, how]) => {
      const nets = doc.networks as SiteDoc[];
      const j = 1 + (i % (nets.length - 1));
      if (how === 'pod') {
        const c = i % doc.clusters.length;
        doc.clusters[c].podCidr = nets[0].cidr;
        const lines = expectUserError(stringify(doc));
        expectErrorAt(lines, ['clusters', c, 'podCidr'], `overlaps site network "${nets[0].name}"`);
        return;
      }
      nets[j].cidr = how === 'same' ? nets[0].cidr : '10.0.0.0/8';
      const lines = expectUserError(stringify(doc));
      expectErrorAt(lines, ['networks', j, 'cidr'], 'overlaps network');
    }),
    params(30),
  );
});

test('duplicate addresses and names: exit 1 naming the second one', () => {
  const lists = fc.constantFrom('nodes', 'networks', 'clusters', 'vips', 'address', 'vipAddress');
  fc.assert(
    fc.property(mutation(fc.tuple(lists, fc.nat())), ([doc, i, [what, k]]) => {
      const key = what === 'address' ? 'nodes' : what === 'vipAddress' ? 'vips' : what;
      const list = doc[key] as SiteDoc[];
      fc.pre(list.length >= (what === 'vipAddress' ? 1 : 2));
      if (what === 'vipAddress') {
        // A VIP on a node's address.
        const v = i % list.length;
        const n = doc.nodes.find((x: SiteDoc) => x.network === doc.nodes.find((y: SiteDoc) => y.role === 'loadbalancer')?.network) ?? doc.nodes[0];
        list[v].address = n.address;
        expectErrorAt(expectUserError(stringify(doc)), ['vips', v, 'address'], `is already used by node "${n.name}"`);
        return;
      }
      const a = i % list.length;
      const b = (a + 1 + (k % (list.length - 1))) % list.length;
      const [first, second] = a < b ? [a, b] : [b, a];
      if (what === 'address') {
        list[second].address = list[first].address;
        expectErrorAt(expectUserError(stringify(doc)), ['nodes', second, 'address'], `${list[first].address} is already used by node "${list[first].name}"`);
        return;
      }
      list[second].name = list[first].name;
      expectErrorAt(expectUserError(stringify(doc)), [key, second, 'name'], `is already used by ${key}[${first}]`);
    }),
    params(40),
  );
});

test('very long strings (256 KiB) in any string field: exit 1 quickly, the value shortened in the message', () => {
  fc.assert(
    fc.property(mutation(fc.constantFrom('a', '-', 'é', '[', ' ')), ([doc, i, ch]) => {
      const strings = pathsOf(doc).filter(([, v]) => typeof v === 'string');
      const [p] = strings[i % strings.length];
      setIn(doc, p, ch.repeat(1 << 18));
      const t0 = Date.now();
      const lines = expectUserError(stringify(doc));
      expect(Date.now() - t0).toBeLessThan(10000);
      expectErrorAt(lines, p);
      for (const l of lines) expect(l.length).toBeLessThan(2000);
    }),
    params(12),
  );
});

// ---------------------------------------------------------------------------------------------
// Whole files.
// ---------------------------------------------------------------------------------------------

test('binary garbage: exit 1 at the first byte that is not text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 4096 }), (bytes) => {
      const text = Buffer.from(bytes).toString('utf8');
      const { code, err } = synth(bytes);
      if (code !== 1) throw new Error(`exit code ${code}:\n${err}`);
      expect(err).toMatch(new RegExp(`^synth failed: ${escape(site)}: [1-9]\\d* error\\(s\\) in the site\n${escape(site)}:\\d+:\\d+: error: `));
      expect(rawTree(out)).toBe(before);
      expectSiteError(text);
    }),
    params(100),
  );
});

test('random text, YAML-ish token soup and unicode: exit 1, never an internal error', () => {
  const tokens = fc.constantFrom('name:', ' ', '\n', '- ', '[', ']', '{', '}', ',', ': ', '&a ', '*a', '!!str ', '!t ', '"', "'", '#', '|', '>', '? ', '---', '...', '%YAML 1.2', 'nodes:', '  ', 'x', '1', '<<: ', 'é', '\t');
  const text = fc.oneof(fc.array(tokens, { maxLength: 60 }).map((t) => t.join('')), fc.string({ unit: 'binary', maxLength: 200 }));
  fc.assert(
    fc.property(text, (t) => {
      expectUserError(t);
      expectSiteError(t);
    }),
    params(200),
  );
});

/** Exact messages: one regression case per hostile input that used to crash or mislead. */
describe('hostile files, exact messages', () => {
  const deep = (n: number) => `name: ${'['.repeat(n)}${']'.repeat(n)}\n`;
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
  const TOO_DEEP = 'invalid YAML: collections nested more than 100 levels deep; allowed: at most 100 levels of nested lists and mappings (a site has fewer than 10); fix: check the brackets and the indentation here';

  test.each<[string, () => string, string]>([
    ['an empty file', () => '', '1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/'],
    ['only whitespace', () => '  \n\n   \n', '1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/'],
    // 10k nested lists: the yaml library's recursive composer ran out of stack ("Maximum call stack size exceeded").
    ['10k nested flow lists', () => deep(10000), `1:106: error: (root): ${TOO_DEEP}`],
    // 100k after 10k: V8 aborted the whole process (FATAL ERROR: RegExpCompiler Allocation failed).
    ['100k nested flow lists', () => deep(100000), `1:106: error: (root): ${TOO_DEEP}`],
    ['10k nested flow mappings', () => `name: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`, `1:400: error: (root): ${TOO_DEEP}`],
    // Block nesting takes one more space per level: 1400 levels stay under the 1 MiB cap on site files.
    ['1400 nested block mappings', () => `${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} x\n`, `100:101: error: (root): ${TOO_DEEP}`],
    ['1400 nested block lists', () => `name:\n${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}-`).join('\n')} x\n`, `100:101: error: (root): ${TOO_DEEP}`],
    ['an alias bomb', () => bomb, '1:1: error: (root): invalid YAML: Excessive alias count indicates a resource exhaustion attack'],
    ['an alias to itself', () => 'a: &a [*a]\n', '1:1: error: a: unknown key "a"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, maintenance, ssh, terraform, policy, changes; fix: remove "a"'],
    // A key with a control character (a double-quoted escape): escaped in the message, not written raw to the terminal.
    ['a key with an escape sequence', () => '"\\e[2Jname": x\n', '1:1: error: ["\\u001b[2Jname"]: unknown key "\\u001b[2Jname"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, maintenance, ssh, terraform, policy, changes; fix: remove "\\u001b[2Jname"'],
  ])('%s', (_what, text, line) => {
    const lines = expectUserError(text());
    expect(lines).toContain(`${site}:${line}`);
    expect(expectSiteError(text()).message.split('\n')).toContain(`${FILE}:${line}`);
  });
});
