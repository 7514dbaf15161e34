/**
 * Light stand-ins for the generated cdk8s bindings, for the synth's own process.
 *
 * cluster/ builds its objects with generated classes: cdk8s-plus-28's `lib/imports/k8s.js` (every
 * Kubernetes kind, 2.6 MB) and our `imports/k8s/*.js` (one module per CRD group, up to 0.6 MB
 * each). Loading them was ~60 ms of a ~450 ms synth, nearly all of it spent on code that only
 * says, for each type, which keys to write in which order. These stand-ins do the same from a
 * table of those orders, read from the generated source once and kept next to the compile cache.
 *
 * The table only takes what matches the generator's patterns exactly (`toJson_X` functions built
 * from ten kinds of field conversion, `ApiObject` subclasses that add a GVK, `fromString` /
 * `fromNumber` value classes, string enums); everything else, and anything whose conversion
 * reaches something else, is left out, and asking the stand-in for a name it lacks loads the real
 * module and answers from it. So the output is the generated code's, byte for byte
 * (__tests__/light-bindings.test.ts synthesizes every cluster both ways).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';

/** Bump when the table format or the parser changes: older cached tables are then ignored. */
const TABLE_VERSION = 2;

/**
 * How a `toJson_X` function writes one field (`T` the field, `F` another `toJson_` function):
 * s `obj.T`, f `F(obj.T)`, fl `obj.T?.map(y => F(y))`, l `obj.T?.map(y => y)`, v `obj.T?.value`,
 * d `obj.T?.toISOString()`, and over the entries of a map: m `i[1]`, mv `i[1]?.value`,
 * mf `F(i[1])`, ml `i[1]?.map(y => y)`, mfl `i[1]?.map(y => F(y))`.
 */
type FieldKind = 's' | 'f' | 'fl' | 'l' | 'v' | 'd' | 'm' | 'mv' | 'mf' | 'ml' | 'mfl';
type Field = [json: string, ts: string, kind: FieldKind, fn?: string];

/**
 * What a generated module holds, as far as the stand-in can take it over. Kept as JSON next to
 * the compile cache, and read on every synth: a `toJson_` function's fields are one string
 * (`json\tts\tkind\tfn` lines; `ts` empty when it is `json`), split on first use.
 */
export interface BindingTable {
  /** `toJson_X` → its fields, in the order it writes them (encoded, see above). */
  readonly fns: Record<string, string>;
  /** `ApiObject` subclasses: name → GVK and the `toJson_` function of their props. */
  readonly classes: Record<string, { readonly apiVersion: string; readonly kind: string; readonly props: string }>;
  /** Value classes (`IntOrString`, `Quantity`...): name → their static factories. */
  readonly values: Record<string, string[]>;
  /** String enums: name → members. */
  readonly enums: Record<string, Record<string, string>>;
}

const ID = '[A-Za-z_$][\\w$]*';
const MAP = (value: string) => `\\(\\(obj\\.(${ID})\\) === undefined\\) \\? undefined : \\(Object\\.entries\\(obj\\.(${ID})\\)\\.reduce\\(\\(r, i\\) => \\(i\\[1\\] === undefined\\) \\? r : \\(\\{ \\.\\.\\.r, \\[i\\[0\\]\\]: ${value} \\}\\), \\{\\}\\)\\)`;
/** The field conversions, as regular expressions over one field's expression. */
const FIELD_PATTERNS: readonly [FieldKind, RegExp][] = [
  ['s', new RegExp(`^obj\\.(${ID})$`)],
  ['f', new RegExp(`^(toJson_\\w+)\\(obj\\.(${ID})\\)$`)],
  ['fl', new RegExp(`^obj\\.(${ID})\\?\\.map\\(y => (toJson_\\w+)\\(y\\)\\)$`)],
  ['l', new RegExp(`^obj\\.(${ID})\\?\\.map\\(y => y\\)$`)],
  ['v', new RegExp(`^obj\\.(${ID})\\?\\.value$`)],
  ['d', new RegExp(`^obj\\.(${ID})\\?\\.toISOString\\(\\)$`)],
  ['m', new RegExp(`^${MAP('i\\[1\\]')}$`)],
  ['mv', new RegExp(`^${MAP('i\\[1\\]\\?\\.value')}$`)],
  ['mf', new RegExp(`^${MAP('(toJson_\\w+)\\(i\\[1\\]\\)')}$`)],
  ['ml', new RegExp(`^${MAP('i\\[1\\]\\?\\.map\\(y => y\\)')}$`)],
  ['mfl', new RegExp(`^${MAP('i\\[1\\]\\?\\.map\\(y => (toJson_\\w+)\\(y\\)\\)')}$`)],
];

function parseField(line: string): Field | undefined {
  const m = /^'([^'\\\t\n]+)': (.*),$/.exec(line);
  if (!m) return undefined;
  const [, json, expr] = m;
  for (const [kind, re] of FIELD_PATTERNS) {
    const x = re.exec(expr);
    if (!x) continue;
    switch (kind) {
      case 'f':
        return [json, x[2], kind, x[1]];
      case 'fl':
        return [json, x[1], kind, x[2]];
      case 'm':
      case 'mv':
      case 'ml':
        return x[1] === x[2] ? [json, x[1], kind] : undefined;
      case 'mf':
      case 'mfl':
        return x[1] === x[2] ? [json, x[1], kind, x[3]] : undefined;
      default:
        return [json, x[1], kind];
    }
  }
  return undefined;
}

/** Source without comments, whitespace collapsed (for comparing a class with its expected form). */
function normalize(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/^\s*\/\/.*$/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FN_HEAD = ['if (obj === undefined) {', 'return undefined;', '}', 'const result = {'];
const FN_TAIL = ['};', '// filter undefined values', 'return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});'];

/** Reads a generated cdk8s binding module (compiled JavaScript) into a table. */
export function parseBindings(source: string): BindingTable {
  const fns: Record<string, Field[]> = {};
  const refs = new Map<string, string[]>();
  for (const m of source.matchAll(/^function (toJson_\w+)\(obj\) \{\n([\s\S]*?)\n\}$/gm)) {
    const lines = m[2].split('\n').map((l) => l.trim());
    const head = lines.slice(0, FN_HEAD.length);
    const tail = lines.slice(lines.length - FN_TAIL.length);
    if (head.join('\n') !== FN_HEAD.join('\n') || tail.join('\n') !== FN_TAIL.join('\n')) continue;
    const fields = lines.slice(FN_HEAD.length, lines.length - FN_TAIL.length).map(parseField);
    if (fields.some((f) => !f)) continue;
    fns[m[1]] = fields as Field[];
    refs.set(m[1], (fields as Field[]).flatMap((f) => (f[3] ? [f[3]] : [])));
  }
  // Keep only the functions whose every conversion the table has, transitively.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [fn, uses] of refs) {
      if (fns[fn] && uses.some((u) => !fns[u])) {
        delete fns[fn];
        changed = true;
      }
    }
  }

  const classes: Record<string, { apiVersion: string; kind: string; props: string }> = {};
  const values: Record<string, string[]> = {};
  for (const m of source.matchAll(/^class (\w+)( extends cdk8s_1\.ApiObject)? \{\n[\s\S]*?\n\}$/gm)) {
    const [text, name, api] = m;
    const body = normalize(text);
    if (api) {
      const props = /\.\.\.(toJson_\w+)\(resolved\)/.exec(body)?.[1];
      const inner = /static GVK = \{ apiVersion: '([^'\\]+)', kind: '([^'\\]+)', \};/.exec(body);
      const after = new RegExp(`^${name}\\.GVK = \\{\\n\\s+apiVersion: '([^'\\\\]+)',\\n\\s+kind: '([^'\\\\]+)',\\n\\};$`, 'm').exec(source);
      const gvk = inner ?? after;
      if (!props || !gvk || !fns[props]) continue;
      const parts = [
        inner ? `static GVK = { apiVersion: '${gvk[1]}', kind: '${gvk[2]}', };` : '',
        `static manifest(props = {}) { return { ...${name}.GVK, ...${props}(props), }; }`,
        `constructor(scope, id, props = {}) { super(scope, id, { ...${name}.GVK, ...props, }); }`,
        `toJson() { const resolved = super.toJson(); return { ...${name}.GVK, ...${props}(resolved), }; }`,
      ];
      const rest = parts.reduce((b, p) => (p ? b.replace(p, '').replace(p.replace('props = {}', 'props'), '') : b), body);
      if (rest.replace(/\s+/g, '') !== `class${name}extendscdk8s_1.ApiObject{}`) continue;
      classes[name] = { apiVersion: gvk[1], kind: gvk[2], props };
    } else {
      const factories = [...body.matchAll(new RegExp(`static (from\\w+)\\(value\\) \\{ return new ${name}\\(value\\); \\}`, 'g'))].map((f) => f[1]);
      const rest = body
        .replace(new RegExp(`static (from\\w+)\\(value\\) \\{ return new ${name}\\(value\\); \\}`, 'g'), '')
        .replace('constructor(value) { this.value = value; }', '')
        .replace(/\bvalue;/, '');
      if (!factories.length || rest.replace(/\s+/g, '') !== `class${name}{}`) continue;
      values[name] = factories;
    }
  }

  const enums: Record<string, Record<string, string>> = {};
  for (const m of source.matchAll(/^var (\w+);\n\(function \(\1\) \{\n([\s\S]*?)\n\}\)\((?:\1 \|\| \(exports\.\1 = \1 = \{\}\)|\1 = exports\.\1 \|\| \(exports\.\1 = \{\}\))\);$/gm)) {
    const members: Record<string, string> = {};
    let ok = true;
    for (const line of normalize(m[2]).split(';').map((l) => l.trim()).filter(Boolean)) {
      const x = new RegExp(`^${m[1]}\\[("(?:[^"\\\\]|\\\\.)*")\\] = ("(?:[^"\\\\]|\\\\.)*")$`).exec(line);
      if (!x) {
        ok = false;
        break;
      }
      members[JSON.parse(x[1]) as string] = JSON.parse(x[2]) as string;
    }
    if (ok) enums[m[1]] = members;
  }
  const encoded: Record<string, string> = {};
  for (const [fn, fields] of Object.entries(fns)) encoded[fn] = fields.map(([json, ts, kind, child]) => `${json}\t${ts === json ? '' : ts}\t${kind}\t${child ?? ''}`).join('\n');
  return { fns: encoded, classes, values, enums };
}

function decode(fields: string): Field[] {
  return fields.split('\n').map((line) => {
    const [json, ts, kind, child] = line.split('\t');
    return [json, ts || json, kind as FieldKind, child || undefined];
  });
}

/** Defines `key` on `o` as an ordinary data property (`o[key] = v` would misread `__proto__`). */
function define(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A map's entries as the generated reduce writes them: undefined values dropped. */
function mapEntries(x: object, each: (v: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) if (v !== undefined) define(out, k, each(v));
  return out;
}

/** The `toJson_` functions of a table, as the generated code runs them. */
export function converters(table: BindingTable): (fn: string, obj: unknown) => unknown {
  const decoded = new Map<string, Field[]>();
  const convert = (fn: string, obj: unknown): unknown => {
    if (obj === undefined) return undefined;
    const o = obj as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let fields = decoded.get(fn);
    if (!fields) decoded.set(fn, (fields = decode(table.fns[fn])));
    for (const [json, ts, kind, child] of fields) {
      const x = o[ts] as { map?: (f: (y: unknown) => unknown) => unknown; value?: unknown; toISOString?: () => unknown } | undefined;
      let v: unknown;
      switch (kind) {
        case 's':
          v = x;
          break;
        case 'f':
          v = convert(child!, x);
          break;
        case 'fl':
          v = x?.map!((y) => convert(child!, y));
          break;
        case 'l':
          v = x?.map!((y) => y);
          break;
        case 'v':
          v = x?.value;
          break;
        case 'd':
          v = x?.toISOString!();
          break;
        case 'm':
          v = x === undefined ? undefined : mapEntries(x, (y) => y);
          break;
        case 'mv':
          v = x === undefined ? undefined : mapEntries(x, (y) => (y as { value?: unknown } | null)?.value);
          break;
        case 'mf':
          v = x === undefined ? undefined : mapEntries(x, (y) => convert(child!, y));
          break;
        case 'ml':
          v = x === undefined ? undefined : mapEntries(x, (y) => (y as { map?: (f: (z: unknown) => unknown) => unknown } | null)?.map!((z) => z));
          break;
        case 'mfl':
          v = x === undefined ? undefined : mapEntries(x, (y) => (y as { map?: (f: (z: unknown) => unknown) => unknown } | null)?.map!((z) => convert(child!, z)));
          break;
      }
      if (v !== undefined) define(out, json, v);
    }
    return out;
  };
  return convert;
}

/**
 * The stand-in exports of a module: what the table holds, built on cdk8s's `ApiObject` (loaded
 * from where the module loads it); any other name comes from the real module, loaded then.
 */
export function lightExports(file: string, table: BindingTable, real: () => Record<string, unknown>): Record<string, unknown> {
  let apiObject: typeof import('cdk8s').ApiObject | undefined;
  const convert = converters(table);
  const own = Object.prototype.hasOwnProperty;
  const build = (name: string): unknown => {
    if (own.call(table.fns, name)) return (obj: unknown) => convert(name, obj);
    if (own.call(table.classes, name)) {
      const { apiVersion, kind, props } = table.classes[name];
      const gvk = { apiVersion, kind };
      apiObject ??= (Module.createRequire(file)('cdk8s') as typeof import('cdk8s')).ApiObject;
      const C = class extends apiObject {
        static readonly GVK = gvk;
        static manifest(p: object = {}) {
          return { ...gvk, ...(convert(props, p) as object) };
        }
        constructor(scope: import('constructs').Construct, id: string, p: object = {}) {
          super(scope, id, { ...gvk, ...p } as import('cdk8s').ApiObjectProps);
        }
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        toJson(): any {
          const resolved = super.toJson();
          return { ...gvk, ...(convert(props, resolved) as object) };
        }
      };
      Object.defineProperty(C, 'name', { value: name });
      return C;
    }
    if (own.call(table.values, name)) {
      const V = class {
        constructor(readonly value: unknown) {}
      } as unknown as Record<string, unknown> & (new (value: unknown) => object);
      for (const f of table.values[name]) V[f] = (value: unknown) => new V(value);
      Object.defineProperty(V, 'name', { value: name });
      return V;
    }
    if (own.call(table.enums, name)) return { ...table.enums[name] };
    return undefined;
  };
  // Built on first use, once: most of a module's names are never asked for.
  const light: Record<string, unknown> = { __esModule: true };
  const get = (key: string): unknown => {
    if (own.call(light, key)) return light[key];
    const v = build(key);
    if (v === undefined) return real()[key];
    light[key] = v;
    return v;
  };
  const names = (): string[] => [...new Set([...Object.keys(light), ...Object.keys(real())])];
  return new Proxy(light, {
    get: (t, key) => (typeof key === 'string' ? get(key) : Reflect.get(t, key)),
    has: (t, key) => key in t || (typeof key === 'string' && (own.call(table.fns, key) || own.call(table.classes, key) || own.call(table.values, key) || own.call(table.enums, key))) || key in real(),
    // Listing the names (`export *`, `Object.keys`) needs the real module's list: rare, so it is loaded then.
    ownKeys: () => names(),
    getOwnPropertyDescriptor: (t, key) => {
      if (typeof key !== 'string' || !names().includes(key)) return undefined;
      return { value: get(key), writable: true, enumerable: true, configurable: true };
    },
  });
}

/** The generated cdk8s binding modules a synth loads. */
function bindingFiles(): string[] {
  const files: string[] = [];
  try {
    files.push(require.resolve('cdk8s-plus-28/lib/imports/k8s'));
  } catch {
    /* not installed: nothing to stand in for */
  }
  const dir = path.join(__dirname, '..', 'imports', 'k8s');
  try {
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.js')) files.push(path.join(dir, f));
  } catch {
    /* no CRD bindings */
  }
  return files;
}

/** A module's table: from the cache when the file is unchanged since (size, times, inode), else parsed and cached. */
function tableOf(file: string, cacheDir: string): BindingTable {
  const st = fs.statSync(file);
  const key = `${TABLE_VERSION}:${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
  const cached = path.join(cacheDir, `light-${createHash('sha1').update(file).digest('hex')}.json`);
  try {
    const c = JSON.parse(fs.readFileSync(cached, 'utf8')) as { key?: string; table?: BindingTable };
    if (c.key === key && c.table) return c.table;
  } catch {
    /* no cached table yet */
  }
  const table = parseBindings(fs.readFileSync(file, 'utf8'));
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ key, table }));
    fs.renameSync(tmp, cached);
  } catch {
    /* best effort */
  }
  return table;
}

/**
 * Puts the stand-ins in `require.cache` for the binding modules not loaded yet; returns their
 * paths. For the synth's own process only (see `trimModuleLoading` in synth.ts).
 */
export function lightenBindings(cacheDir: string): string[] {
  const done: string[] = [];
  for (const file of bindingFiles()) {
    if (require.cache[file]) continue;
    let table: BindingTable;
    try {
      table = tableOf(file, cacheDir);
    } catch {
      continue; // unreadable: the real module loads as usual
    }
    let real: Record<string, unknown> | undefined;
    const load = (): Record<string, unknown> => {
      if (!real) {
        const standIn = require.cache[file];
        delete require.cache[file];
        try {
          real = require(file) as Record<string, unknown>;
        } finally {
          if (standIn) require.cache[file] = standIn;
        }
      }
      return real;
    };
    const m = new Module(file);
    m.filename = file;
    m.loaded = true;
    m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
    m.exports = lightExports(file, table, load);
    require.cache[file] = m;
    done.push(file);
  }
  return done;
}
