/**
 * Renders a loaded site into the files of `dist/`: both apps, the Ansible inventory and the
 * site's docs, one process, no file system.
 */
import { Document, parse, visit } from 'yaml';
import { INVENTORY_FILE, renderInventory } from '../ansible/inventory';
import { type ClusterExtension, synthClusters } from '../cluster/app';
import { type InfraExtension, synthInfra } from '../infra/app';
import type { Site } from '../site';
import { type ClusterFiles, renderSiteDocs } from '../sitedocs';

/** What a render produced: files by path relative to the output directory, and counts for the summary. */
export interface Rendered {
  readonly files: Map<string, string>;
  /** Stack id → number of resources and data sources. */
  readonly stacks: Map<string, number>;
  /** Cluster name → number of Kubernetes objects. */
  readonly clusters: Map<string, number>;
  /**
   * The objects each Kubernetes file of `files` serializes, in order (what parsing the file gives
   * back: render.test.ts checks it), so the gates need not parse the YAML again. Read-only.
   */
  readonly objects: Map<string, readonly unknown[]>;
}

/** Plain scalars that YAML 1.1 reads as booleans or null (`<<` is its merge key). */
const YAML11_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', '~', 'null', 'Null', 'NULL', '', '<<']);
const ambiguous = new Map<string, boolean>();

/**
 * Text that can only be one plain scalar in YAML: no space, no indicator (`:`, `#`, `,`, brackets,
 * quotes, `&`, `*`, `!`, `|`, `>`, `%`, `@`, `?`). (A lone `-` and the document markers `---` and
 * `...` are structure all the same; the caller sends those to the parser.)
 */
const PLAIN_ONLY = /^[-+.0-9][A-Za-z0-9._+/-]*$/;
let tests: RegExp[] | undefined;

/**
 * The tests by which the yaml library resolves a plain scalar under YAML 1.1 (`findScalarTagByTest`:
 * the first `default` tag whose test matches, else a string), taken from the library's own schema.
 */
function yaml11Tests(): RegExp[] {
  tests ??= new Document(null, { version: '1.1' }).schema.tags.filter((t) => t.default === true && t.test instanceof RegExp).map((t) => t.test as RegExp);
  return tests;
}

/** What YAML 1.1 makes of `s`, written plain, by parsing it: anything but this string (or an error) is true. */
function readsBackAsOther(s: string): boolean {
  try {
    return typeof parse(s, { version: '1.1' }) !== 'string';
  } catch {
    return true;
  }
}

/** {@link ambiguousInYaml11} by parsing every time (the reference; for the tests). */
export function ambiguousInYaml11Parsed(s: string): boolean {
  return YAML11_WORDS.has(s) || (/^[-+.0-9]/.test(s) && !s.includes('\n') && readsBackAsOther(s));
}

/**
 * True when `s`, written plain, would not read back as this string under YAML 1.1: `yes`, `no`,
 * `on`, `off`, `y`, `n`, `0755`, `1_000`, `1:20`, dates... kubectl (sigs.k8s.io/yaml → go-yaml v2)
 * reads YAML 1.1, so `data: { enabled: on }` would reach the API server as a boolean. (Strings that
 * YAML 1.2 would misread are quoted by the library itself.)
 */
export function ambiguousInYaml11(s: string): boolean {
  if (YAML11_WORDS.has(s)) return true;
  // Every other YAML 1.1 scalar type (int, float, timestamp) starts with a sign, a dot or a digit.
  if (!/^[-+.0-9]/.test(s) || s.includes('\n')) return false;
  let r = ambiguous.get(s);
  if (r === undefined) {
    r = PLAIN_ONLY.test(s) && !/^(-|---.*|\.\.\..*)$/.test(s) ? yaml11Tests().some((t) => t.test(s)) : readsBackAsOther(s);
    ambiguous.set(s, r);
  }
  return r;
}

/** True when a key or a string anywhere in `value` (plain data) is {@link ambiguousInYaml11}. */
function hasAmbiguousString(value: unknown): boolean {
  if (typeof value === 'string') return ambiguousInYaml11(value);
  if (Array.isArray(value)) return value.some(hasAmbiguousString);
  if (value && typeof value === 'object' && (value.constructor === Object || Object.getPrototypeOf(value) === null)) {
    for (const [k, v] of Object.entries(value)) if (ambiguousInYaml11(k) || hasAmbiguousString(v)) return true;
    return false;
  }
  return value !== null && typeof value === 'object'; // anything else (a Map, a Date...): let the visitor look
}

/** One object as the yaml library writes it: block style, no line folding, YAML 1.1 look-alikes double-quoted. */
function libraryYaml(o: unknown): string {
  const doc = new Document(o, { aliasDuplicateObjects: false });
  // Most objects have no such string: a walk of the plain data is much cheaper than the visitor.
  if (hasAmbiguousString(o)) {
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === 'string' && ambiguousInYaml11(node.value)) node.type = 'QUOTE_DOUBLE';
      },
    });
  }
  return doc.toString({ lineWidth: 0, indent: 2 });
}

/**
 * The yaml library's rules for a one-line string (stringifyString.ts, `plainString`): plain
 * unless it starts with an indicator, has `: ` or ` #`, ends with a space or `:`, or would read
 * back as another type under YAML 1.2 (the tests of the core schema's tags).
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
let coreTests: RegExp[] | undefined;

/**
 * A key or a string value as {@link libraryYaml} writes it, for the strings whose rule is simple:
 * one line of printable ASCII, plain or double-quoted without escapes, or the empty string (`""`).
 * Anything else: undefined.
 */
function simpleScalar(s: string): string | undefined {
  let r = scalars.get(s);
  if (r === undefined) {
    r = simpleScalarText(s) ?? null;
    if (scalars.size >= 1 << 16) scalars.clear();
    scalars.set(s, r);
  }
  return r ?? undefined;
}

/** Keys and values repeat a lot (`apiVersion`, `metadata`, label names): each string is decided once. */
const scalars = new Map<string, string | null>();

function simpleScalarText(s: string): string | undefined {
  if (s.length === 0) return '""';
  if (s.length > 1000 || !/^[\x20-\x7e]+$/.test(s) || /^(---|\.\.\.)/.test(s)) return undefined;
  const quoted = s.includes('"') || s.includes('\\') ? undefined : `"${s}"`;
  if (ambiguousInYaml11(s)) return quoted;
  coreTests ??= new Document(null).schema.tags.filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test instanceof RegExp).map((t) => t.test as RegExp);
  return NOT_PLAIN.test(s) || coreTests.some((t) => t.test(s)) ? quoted : s;
}

/** A scalar value as {@link libraryYaml} writes it, when its rule is simple; else undefined. */
function simpleValue(v: unknown): string | undefined {
  if (typeof v === 'string') return simpleScalar(v);
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? JSON.stringify(v) : undefined;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The lines of a non-empty map or sequence at `indent`, as {@link libraryYaml} writes them; undefined when not simple. */
function simpleBlock(v: Record<string, unknown> | unknown[], indent: string, out: string[]): boolean {
  const entries: [string | undefined, unknown][] = Array.isArray(v) ? v.map((x) => [undefined, x]) : Object.entries(v);
  for (const [k, x] of entries) {
    let head: string;
    if (k === undefined) head = `${indent}-`;
    else {
      const key = simpleScalar(k);
      if (key === undefined) return false;
      head = `${indent}${key}:`;
    }
    if (Array.isArray(x) || isPlainObject(x)) {
      const empty = Array.isArray(x) ? x.length === 0 : Object.keys(x).length === 0;
      if (empty) {
        out.push(`${head} ${Array.isArray(x) ? '[]' : '{}'}`);
      } else if (k === undefined) {
        // A collection in a sequence starts on the dash's line: `- a: 1` / `- - x`.
        const start = out.length;
        if (!simpleBlock(x, `${indent}  `, out)) return false;
        out[start] = `${head} ${out[start].slice(indent.length + 2)}`;
      } else {
        out.push(head);
        if (!simpleBlock(x, `${indent}  `, out)) return false;
      }
    } else {
      const text = simpleValue(x) ?? (typeof x === 'string' ? literalBlock(x, `${indent}  `) : undefined);
      if (text === undefined) return false;
      out.push(`${head} ${text}`);
    }
  }
  return true;
}

/** Characters the library writes double-quoted (stringifyString.ts), and tabs. */
const NOT_IN_BLOCK = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/**
 * A multi-line string value as the library writes it with `lineWidth: 0` (stringifyString.ts,
 * `blockString`): a literal block `|-` (or `|` when it ends in one newline), its lines at `indent`,
 * empty lines empty. Only the simple case: no leading space or newline (no indentation indicator),
 * no other whitespace at the end, no tab or control character. Anything else: undefined.
 */
function literalBlock(s: string, indent: string): string | undefined {
  if (!s.includes('\n') || s[0] === ' ' || s[0] === '\n' || NOT_IN_BLOCK.test(s)) return undefined;
  const clip = s.endsWith('\n');
  const body = clip ? s.slice(0, -1) : s;
  if (body.endsWith('\n') || body.endsWith(' ')) return undefined;
  return `|${clip ? '' : '-'}\n${indent}${body.replace(/\n+/g, `$&${indent}`)}`;
}

/**
 * {@link libraryYaml} without the library, for objects made only of the simple cases (maps,
 * sequences, numbers, booleans, null, one-line ASCII strings, multi-line strings as literal blocks): most manifests. The library builds
 * and walks a node tree for every object, which was most of the serialization time of a synth.
 * Undefined for anything else, which the library then writes. (__tests__/synth/render-yaml11.test.ts
 * checks both agree, on random objects.)
 */
export function simpleYaml(o: unknown): string | undefined {
  if (!isPlainObject(o) || Object.keys(o).length === 0) return undefined;
  const out: string[] = [];
  return simpleBlock(o, '', out) ? `${out.join('\n')}\n` : undefined;
}

/** Multi-document YAML with stable formatting, read back identically by YAML 1.2 and 1.1 parsers. */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map((o) => simpleYaml(o) ?? libraryYaml(o)).join('---\n');
}

/** {@link toYaml}, always through the yaml library (the reference; for the tests). */
export function toYamlByLibrary(objects: readonly unknown[]): string {
  return objects.map(libraryYaml).join('---\n');
}

function countResources(tf: Record<string, Record<string, Record<string, unknown>> | undefined>): number {
  let n = 0;
  for (const key of ['resource', 'data']) for (const byType of Object.values(tf[key] ?? {})) n += Object.keys(byType).length;
  return n;
}

/**
 * Runs `f` with cdktf's token creation stacks turned off. cdktf (0.21, pinned and archived) records a
 * full stack trace (`Error.stackTraceLimit = Infinity`) for every token it creates, only to print it
 * if the token later fails to resolve: a cost in time and memory that grows with every resource
 * (BENCHMARKS.md). Set SITEKIT_TOKEN_STACKS=1 to keep them when debugging a resolution error.
 */
export function withoutTokenStacks<T>(f: () => T): T {
  let stackTrace: { captureStackTrace: (below?: unknown) => string[] } | undefined;
  try {
    if (!process.env.SITEKIT_TOKEN_STACKS) stackTrace = require('cdktf/lib/tokens/private/stack-trace');
  } catch {
    stackTrace = undefined; // another cdktf layout: synthesize with the stacks
  }
  if (!stackTrace || typeof stackTrace.captureStackTrace !== 'function') return f();
  const saved = stackTrace.captureStackTrace;
  stackTrace.captureStackTrace = () => [];
  try {
    return f();
  } finally {
    stackTrace.captureStackTrace = saved;
  }
}

/** Stacks and cluster objects of your own, rendered, gated and written with the site's. */
export interface Extensions {
  /** @default none */
  readonly infra?: InfraExtension;
  /** @default none */
  readonly clusters?: ClusterExtension;
}

/** Renders every file of the site's output, sorted by path. */
export function renderSite(site: Site, extensions: Extensions = {}): Rendered {
  return withoutTokenStacks(() => render(site, extensions));
}

function render(site: Site, extensions: Extensions): Rendered {
  const files = new Map<string, string>();
  const stacks = new Map<string, number>();
  const clusters = new Map<string, number>();
  const objectsOf = new Map<string, readonly unknown[]>();
  const terraform = synthInfra(site, extensions.infra);
  const trees = new Map<string, ClusterFiles>();
  for (const [id, tf] of terraform) {
    files.set(`terraform/${id}/cdk.tf.json`, `${JSON.stringify(tf, null, 2)}\n`);
    stacks.set(id, countResources(tf as never));
  }
  for (const [name, tree] of synthClusters(site, { extend: extensions.clusters })) {
    trees.set(name, tree);
    let count = 0;
    for (const [file, objects] of tree) {
      files.set(`clusters/${name}/${file}`, toYaml(objects));
      objectsOf.set(`clusters/${name}/${file}`, objects);
      if (!file.endsWith('kustomization.yaml')) count += objects.length;
    }
    clusters.set(name, count);
  }
  files.set(INVENTORY_FILE, renderInventory(site));
  for (const [file, text] of renderSiteDocs(site, { terraform, clusters: trees })) files.set(file, text);
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), stacks, clusters, objects: objectsOf };
}
