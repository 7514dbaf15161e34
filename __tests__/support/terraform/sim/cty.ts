/**
 * cty values for the tfplugin6 simulator: types read from the JSON type notation terraform uses, a
 * type-directed msgpack codec (go-cty decodes an object only if every attribute of its type is present),
 * state JSON (cty JSON) to values, equality with unknowns, and deterministic fill-ins for unknowns.
 *
 * Values in JS: null, string, number | bigint, boolean, arrays (list, set, tuple), plain objects (map,
 * object), `Dyn` for a value of type "dynamic", and `Unknown` for an unknown value of any type.
 */
import { createHash } from 'crypto';
import { decode, encode, ExtData } from '@msgpack/msgpack';

export type CtyType =
  | { kind: 'string' | 'number' | 'bool' | 'dynamic' }
  | { kind: 'list' | 'set' | 'map'; elem: CtyType }
  | { kind: 'object'; attrs: Record<string, CtyType> }
  | { kind: 'tuple'; elems: CtyType[] };

/** An unknown value, kept as the ext bytes terraform sent so refinements survive a round trip. */
export class Unknown {
  constructor(readonly ext: ExtData = new ExtData(0, new Uint8Array([0]))) {}
}
export const UNKNOWN = new Unknown();

/** A value of type "dynamic": its concrete type travels with it. */
export class Dyn {
  constructor(
    readonly typeJson: unknown,
    readonly value: CtyValue,
  ) {}
}

export type CtyValue = null | string | number | bigint | boolean | Unknown | Dyn | CtyValue[] | { [k: string]: CtyValue };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;
export const isObj = (v: unknown): v is { [k: string]: CtyValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Dyn);

/** The type named by terraform's JSON type notation ("string", ["list","string"], ["object",{...}], ...). */
export function typeFromJson(t: unknown): CtyType {
  if (t === 'string' || t === 'number' || t === 'bool' || t === 'dynamic') return { kind: t };
  if (Array.isArray(t)) {
    const [k, arg] = t;
    if (k === 'list' || k === 'set' || k === 'map') return { kind: k, elem: typeFromJson(arg) };
    if (k === 'object') return { kind: 'object', attrs: Object.fromEntries(Object.entries(arg as object).map(([n, a]) => [n, typeFromJson(a)])) };
    if (k === 'tuple') return { kind: 'tuple', elems: (arg as unknown[]).map(typeFromJson) };
  }
  throw new Error(`unsupported cty type ${JSON.stringify(t)}`);
}

/** terraform's JSON type notation of a type (for dynamic values). */
export function typeToJson(t: CtyType): unknown {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, typeToJson(t.elem)];
    case 'object':
      return ['object', Object.fromEntries(Object.entries(t.attrs).map(([n, a]) => [n, typeToJson(a)]))];
    case 'tuple':
      return ['tuple', t.elems.map(typeToJson)];
    default:
      return t.kind;
  }
}

/** A value decoded without a type into the shape of `t`: objects gain missing attributes as null and lose extra ones. */
export function shape(v: unknown, t: CtyType): CtyValue {
  if (v === null || v === undefined) return null;
  if (v instanceof ExtData) return new Unknown(v);
  if (v instanceof Unknown || v instanceof Dyn) return v;
  switch (t.kind) {
    case 'dynamic':
      return shapeDynamic(v);
    case 'list':
    case 'set':
      return (v as unknown[]).map((e) => shape(e, t.elem));
    case 'tuple':
      return (v as unknown[]).map((e, i) => shape(e, t.elems[i]));
    case 'map':
      return Object.fromEntries(Object.entries(v as object).map(([k, e]) => [k, shape(e, t.elem)]));
    case 'object': {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.entries(t.attrs).map(([n, at]) => [n, shape(o[n], at)]));
    }
    default:
      return v as CtyValue;
  }
}

/** Dynamic values: msgpack carries [type JSON bytes, value], cty JSON carries {"value":..., "type":...}. */
function shapeDynamic(v: unknown): CtyValue {
  let typeJson: unknown;
  let inner: unknown;
  if (Array.isArray(v) && v.length === 2 && v[0] instanceof Uint8Array) {
    typeJson = JSON.parse(Buffer.from(v[0]).toString('utf8'));
    inner = v[1];
  } else if (isObj(v) && 'type' in v && 'value' in v) {
    typeJson = v.type;
    inner = v.value;
  } else {
    throw new Error(`cannot read a dynamic value from ${JSON.stringify(v)}`);
  }
  return new Dyn(typeJson, shape(inner, typeFromJson(typeJson)));
}

/** Prepares a value for the msgpack encoder: every object attribute present, dynamics as [type, value], unknowns as ext. */
function toWire(v: CtyValue, t: CtyType): unknown {
  if (v === null) return null;
  if (v instanceof Unknown) return v.ext;
  if (v instanceof Dyn) return [Buffer.from(JSON.stringify(v.typeJson)), toWire(v.value, typeFromJson(v.typeJson))];
  switch (t.kind) {
    case 'dynamic':
      throw new Error('a dynamic value must be a Dyn');
    case 'list':
    case 'set':
      return (v as CtyValue[]).map((e) => toWire(e, t.elem));
    case 'tuple':
      return (v as CtyValue[]).map((e, i) => toWire(e, t.elems[i]));
    case 'map':
      return Object.fromEntries(Object.entries(v as object).map(([k, e]) => [k, toWire(e, t.elem)]));
    case 'object': {
      const o = v as Record<string, CtyValue>;
      return Object.fromEntries(Object.entries(t.attrs).map(([n, at]) => [n, toWire(o[n] ?? null, at)]));
    }
    case 'number':
      // go-cty reads numbers from msgpack ints, floats or decimal strings; a number that is not a safe integer
      // or a finite float is sent as a string so no precision is lost.
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      return v;
    default:
      return v;
  }
}

export const encodeMsgpack = (v: CtyValue, t: CtyType): Uint8Array => encode(toWire(v, t), { useBigInt64: true });
export const decodeMsgpack = (bytes: Uint8Array, t: CtyType): CtyValue => shape(decode(bytes, { useBigInt64: true }), t);

/** A tfplugin6 DynamicValue (msgpack or JSON) decoded with type `t`. Absent or empty means null. */
export function decodeDynamicValue(dv: { msgpack?: Uint8Array; json?: Uint8Array } | null | undefined, t: CtyType): CtyValue {
  if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, t);
  if (dv?.json && dv.json.length > 0) return shape(JSON.parse(Buffer.from(dv.json).toString('utf8')), t);
  return null;
}

export type Tri = true | false | 'unknown';

/** cty equality of two values of type `t`: false if a known part differs, unknown if an unknown part could decide it. */
export function equal(a: CtyValue, b: CtyValue, t: CtyType): Tri {
  if (a instanceof Unknown || b instanceof Unknown) return 'unknown';
  if (a === null || b === null) return a === b;
  if (a instanceof Dyn || b instanceof Dyn) {
    if (!(a instanceof Dyn && b instanceof Dyn)) return false;
    return JSON.stringify(a.typeJson) === JSON.stringify(b.typeJson) ? equal(a.value, b.value, typeFromJson(a.typeJson)) : false;
  }
  switch (t.kind) {
    case 'set':
      return equalSets(a as CtyValue[], b as CtyValue[]);
    case 'list':
    case 'tuple': {
      const la = a as CtyValue[];
      const lb = b as CtyValue[];
      if (la.length !== lb.length) return false;
      return all(la.map((e, i) => equal(e, lb[i], t.kind === 'tuple' ? t.elems[i] : t.elem)));
    }
    case 'map': {
      const ma = a as Record<string, CtyValue>;
      const mb = b as Record<string, CtyValue>;
      const ka = Object.keys(ma).sort();
      if (ka.join('\0') !== Object.keys(mb).sort().join('\0')) return false;
      return all(ka.map((k) => equal(ma[k], mb[k], t.elem)));
    }
    case 'object': {
      const oa = a as Record<string, CtyValue>;
      const ob = b as Record<string, CtyValue>;
      return all(Object.entries(t.attrs).map(([n, at]) => equal(oa[n] ?? null, ob[n] ?? null, at)));
    }
    case 'number':
      return String(a) === String(b);
    default:
      return a === b;
  }
}

/** Set equality: order does not matter; with an unknown inside, the answer is unknown unless the sizes differ. */
export function equalSets(a: CtyValue[], b: CtyValue[]): Tri {
  if (a.length !== b.length) return false;
  if (a.some(hasUnknown) || b.some(hasUnknown)) return 'unknown';
  const ca = a.map(canonical).sort();
  const cb = b.map(canonical).sort();
  return ca.every((c, i) => c === cb[i]);
}

function all(results: Tri[]): Tri {
  if (results.includes(false)) return false;
  return results.includes('unknown') ? 'unknown' : true;
}

export function hasUnknown(v: CtyValue): boolean {
  if (v instanceof Unknown) return true;
  if (v instanceof Dyn) return hasUnknown(v.value);
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (isObj(v)) return Object.values(v).some(hasUnknown);
  return false;
}

/** A stable string of a value (sorted keys), for set comparison and hashing. */
export function canonical(v: CtyValue): string {
  return JSON.stringify(toPlain(v, true));
}

/** A JSON-friendly copy of a value: unknowns as {"$unknown":true}, bigints as strings. */
export function toPlain(v: CtyValue, sortKeys = false): unknown {
  if (v instanceof Unknown) return { $unknown: true };
  if (v instanceof Dyn) return { $type: v.typeJson, value: toPlain(v.value, sortKeys) };
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map((e) => toPlain(e, sortKeys));
  if (isObj(v)) {
    const keys = sortKeys ? Object.keys(v).sort() : Object.keys(v);
    return Object.fromEntries(keys.map((k) => [k, toPlain(v[k], sortKeys)]));
  }
  return v;
}

export const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * A known value of type `t` in place of an unknown, derived from `seed` so repeated runs give the same
 * result: strings "<attr>-<8 hex>" ("sim-<16 hex>" for an id), numbers from the hash, false, empty
 * collections, objects filled attribute by attribute.
 */
export function generate(t: CtyType, seed: string, attr: string): CtyValue {
  const h = hash(seed);
  switch (t.kind) {
    case 'string':
      return attr === 'id' ? `sim-${h.slice(0, 16)}` : `${attr || 'value'}-${h.slice(0, 8)}`;
    case 'number':
      return parseInt(h.slice(0, 6), 16) % 100000;
    case 'bool':
      return false;
    case 'list':
    case 'set':
      return [];
    case 'map':
      return {};
    case 'tuple':
      return t.elems.map((e, i) => generate(e, `${seed}/${i}`, attr));
    case 'object':
      return Object.fromEntries(Object.entries(t.attrs).map(([n, at]) => [n, generate(at, `${seed}/${n}`, n)]));
    case 'dynamic':
      return new Dyn('string', `${attr || 'value'}-${h.slice(0, 8)}`);
  }
}
