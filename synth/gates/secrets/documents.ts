/**
 * Structured documents (JSON, YAML) as a small tree whose scalars keep where they are written, so
 * that the walk can judge values with their keys in view and report them at their place.
 */
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { childLayer, Layer, MAX_DEPTH, sliceLayer } from './decoders';

/** A parsed document: maps, sequences and scalars, each scalar able to give its value as a layer with positions. */
export type TNode = TMap | TSeq | TScalar;
export interface TMap {
  readonly t: 'map';
  readonly entries: { readonly key: string | undefined; readonly value: TNode }[];
}
export interface TSeq {
  readonly t: 'seq';
  readonly items: TNode[];
}
export interface TScalar {
  readonly t: 'scalar';
  /** The string value; a number's source text; undefined for booleans and null. */
  readonly str: string | undefined;
  readonly isString: boolean;
  /** True when the value is written differently in the source (escapes, folding, block scalar...). */
  readonly transformed: boolean;
  /** The value as a layer, with positions in the file. */
  readonly layer: () => Layer;
  /** A boolean's value. */
  readonly bool?: boolean;
}

/** null, a boolean or anything else without text: its layer is past MAX_DEPTH, so nothing looks into it. */
const NULL_SCALAR: TScalar = { t: 'scalar', str: undefined, isString: false, transformed: false, layer: () => ({ text: '', at: () => 0, depth: MAX_DEPTH + 1 }) };

/**
 * The layer's documents when it is JSON or YAML (undefined for other text). In the quick pass,
 * JSON is read with `JSON.parse`, without positions.
 */
export function parseStructured(layer: Layer, quick: boolean, hint?: 'json' | 'yaml'): TNode[] | undefined {
  const text = layer.text;
  const head = text.trimStart();
  if (hint === 'json' || head.startsWith('{') || head.startsWith('[')) {
    // The quick pass reads rendered JSON (no duplicate keys) natively, without positions.
    const json = quick ? quickJson(text) : parseJson(layer);
    if (json || hint === 'json') return json ? [json] : undefined;
  }
  if (hint === 'yaml' || looksLikeYaml(text)) return parseYaml(layer);
  return undefined;
}

/** Text that reads as YAML from its first lines (a cloud-config, a document marker, `key:` or `- `). */
function looksLikeYaml(text: string): boolean {
  if (text.startsWith('#cloud-config')) return true;
  for (const line of text.split('\n', 50)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    return t.startsWith('---') || /^(?:-\s|["']?[A-Za-z0-9_./-]+["']?:(?:\s|$))/.test(line);
  }
  return false;
}

/** A JSON text as a tree, without positions. */
function quickJson(text: string): TNode | undefined {
  const v = jsonValue(text);
  return v ? fromValue(v[0]) : undefined;
}

/** `[value]` of a JSON text, or undefined when it is not JSON. */
export function jsonValue(text: string): unknown[] | undefined {
  try {
    return [JSON.parse(text)];
  } catch {
    return undefined;
  }
}

/** A plain value (parsed YAML or JSON) as a tree for `walk`; positions are not kept (offset 0). */
export function fromValue(v: unknown): TNode {
  if (Array.isArray(v)) return { t: 'seq', items: v.map(fromValue) };
  if (v !== null && typeof v === 'object') return { t: 'map', entries: Object.entries(v).filter(([, x]) => x !== undefined).map(([key, value]) => ({ key, value: fromValue(value) })) };
  if (typeof v === 'string') return { t: 'scalar', str: v, isString: true, transformed: true, layer: () => ({ text: v, at: () => 0, depth: 1 }) };
  if (typeof v === 'boolean') return { ...NULL_SCALAR, bool: v };
  if (typeof v === 'number' || typeof v === 'bigint') {
    const str = String(v);
    return { t: 'scalar', str, isString: false, transformed: false, layer: () => ({ text: str, at: () => 0, depth: 1 }) };
  }
  return NULL_SCALAR;
}

// --- JSON, with the offset of every string.

/** The JSON document of the layer, with the position of every string; undefined when it is not JSON. */
function parseJson(layer: Layer): TNode | undefined {
  const s = layer.text;
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t')) i++;
  };
  const fail = (): never => {
    throw new SyntaxError('json');
  };
  const value = (depth: number): TNode => {
    if (depth > 512) fail();
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      const entries: { key: string | undefined; value: TNode }[] = [];
      ws();
      if (s[i] === '}') {
        i++;
        return { t: 'map', entries };
      }
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        const key = readJsonString(s, i, false);
        if (!key) fail();
        i = key!.end;
        ws();
        if (s[i++] !== ':') fail();
        entries.push({ key: key!.value, value: value(depth + 1) });
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') {
          i++;
          return { t: 'map', entries };
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      const items: TNode[] = [];
      ws();
      if (s[i] === ']') {
        i++;
        return { t: 'seq', items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') {
          i++;
          return { t: 'seq', items };
        } else fail();
      }
    }
    if (c === '"') {
      const q = i;
      const r = readJsonString(s, q, false);
      if (!r) fail();
      i = r!.end;
      const transformed = r!.end - q - 2 !== r!.value.length;
      return {
        t: 'scalar',
        str: r!.value,
        isString: true,
        transformed,
        layer: () => {
          const m = readJsonString(s, q, true)!;
          return childLayer(layer, m.value, m.map!);
        },
      };
    }
    const lit = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(s.slice(i, i + 64));
    if (!lit) fail();
    const start = i;
    i += lit![0].length;
    if (lit![0] === 'true' || lit![0] === 'false') return { ...NULL_SCALAR, bool: lit![0] === 'true' };
    if (lit![0] === 'null') return NULL_SCALAR;
    return { t: 'scalar', str: lit![0], isString: false, transformed: false, layer: () => sliceLayer(layer, start, start + lit![0].length) };
  };
  try {
    const root = value(0);
    ws();
    return i === s.length ? root : undefined;
  } catch {
    return undefined;
  }
}

const JSON_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };

/** The JSON string whose opening quote is at `q`: its value, the index after the closing quote, and optionally value index → source index. */
function readJsonString(s: string, q: number, withMap: boolean): { value: string; end: number; map?: number[] } | undefined {
  const parts: string[] = [];
  const map: number[] | undefined = withMap ? [] : undefined;
  let i = q + 1;
  let run = i;
  for (;;) {
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) {
      if (i > run) {
        parts.push(s.slice(run, i));
        if (map) for (let k = run; k < i; k++) map.push(k);
      }
      if (c === 34) {
        map?.push(i);
        return { value: parts.join(''), end: i + 1, map };
      }
      const e = s[i + 1];
      if (e === 'u') {
        const hex = s.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        parts.push(String.fromCharCode(parseInt(hex, 16)));
        map?.push(i);
        i += 6;
      } else if (e !== undefined && e in JSON_ESCAPES) {
        parts.push(JSON_ESCAPES[e]);
        map?.push(i);
        i += 2;
      } else return undefined;
      run = i;
    } else if (c < 0x20) return undefined;
    else i++;
  }
}

// --- YAML, through the yaml library (positions from node ranges).

/** The YAML documents of the layer; undefined when it does not parse or is plain text. */
function parseYaml(layer: Layer): TNode[] | undefined {
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(layer.text, { uniqueKeys: false, strict: false, prettyErrors: false, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) return undefined;
  const roots = docs.map((d) => fromYaml(d.contents, layer));
  // A "document" that is one plain scalar is text, not YAML (a script, a config file...).
  if (roots.every((r) => r.t === 'scalar')) return undefined;
  return roots;
}

/** A yaml library node as a TNode; string scalars map back to their source through the node range. */
function fromYaml(node: unknown, layer: Layer): TNode {
  if (isMap(node)) {
    return {
      t: 'map',
      entries: node.items.map((pair) => {
        const k = pair.key;
        const key = isScalar(k) && k.value !== null && k.value !== undefined ? String(k.value) : undefined;
        return { key, value: fromYaml(pair.value, layer) };
      }),
    };
  }
  if (isSeq(node)) return { t: 'seq', items: node.items.map((item) => fromYaml(item, layer)) };
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const v = node.value;
    if (typeof v === 'string') {
      const raw = layer.text.slice(start, end);
      return {
        t: 'scalar',
        str: v,
        isString: true,
        transformed: raw !== v,
        layer: () => {
          if (node.type === 'QUOTE_DOUBLE') {
            const d = readJsonString(layer.text, start, true);
            if (d && d.value === v) return childLayer(layer, v, d.map!);
          }
          return childLayer(layer, v, searchMap(v, layer.text, start, end));
        },
      };
    }
    if (typeof v === 'boolean') return { ...NULL_SCALAR, bool: v };
    if (typeof v === 'number' || typeof v === 'bigint') {
      return { t: 'scalar', str: layer.text.slice(start, end).trim(), isString: false, transformed: false, layer: () => sliceLayer(layer, start, end) };
    }
  }
  return NULL_SCALAR;
}

/** Maps each line of `value` to where it is written in text[start, end) (block scalars, folded and quoted text). */
function searchMap(value: string, text: string, start: number, end: number): number[] {
  const map: number[] = [];
  let cursor = start;
  const lines = value.split('\n');
  lines.forEach((line, n) => {
    const found = line ? text.indexOf(line, cursor) : -1;
    const base = found !== -1 && found + line.length <= end ? found : -1;
    for (let k = 0; k < line.length; k++) map.push(base === -1 ? cursor : base + k);
    if (base !== -1) cursor = base + line.length;
    if (n < lines.length - 1) map.push(cursor);
  });
  map.push(cursor);
  return map;
}
