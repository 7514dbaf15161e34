/**
 * What a simulated provider does to values: computed attributes unknown and write-only ones null in a
 * plan, the places where a change is refused or forces replacement, concrete paths in a value, and the
 * values it generates for unknowns at apply.
 */
import {
  canonical,
  type CtyType,
  type CtyValue,
  equal,
  generate,
  isObj,
  isUnknown,
  typeFromJson,
  Unknown,
  UNKNOWN,
} from './cty';
import type { RefusalCondition, ReplaceRule, ResourceBehaviour } from './behaviour';
import type { JsonAttribute, JsonBlock } from './schema';

/** One step of a concrete path: an attribute, a list index or a map key. */
export type Step = { attr: string } | { index: number } | { key: string };

/** Whether a change at one place is refused: any change, or only the kind `when` names. */
export function refuses(when: RefusalCondition | undefined, p: Pair): boolean {
  const changed = equal(p.a, p.b, p.t) !== true;
  if (!changed || when === undefined) return changed;
  if (when === 'added') return p.a === null && p.b !== null;
  if (when === 'removed') return p.a !== null && p.b === null;
  if (when === 'decrease' || when === 'increase') {
    if (typeof p.a !== 'number' || typeof p.b !== 'number') return false;
    return when === 'decrease' ? p.b < p.a : p.b > p.a;
  }
  return canonical(p.a) === canonical(when.from as CtyValue) && canonical(p.b) === canonical(when.to as CtyValue);
}

/** Computed attributes left null become unknown, through nested attributes and nested blocks. */
export function unknownComputed(block: JsonBlock, v: CtyValue): CtyValue {
  if (!isObj(v)) return v;
  const out: Record<string, CtyValue> = { ...v };
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    const cur = out[n] ?? null;
    if (a.computed && cur === null) out[n] = UNKNOWN;
    else if (a.nested_type && cur !== null && !isUnknown(cur)) {
      const inner = { attributes: a.nested_type.attributes };
      out[n] = eachElement(cur, a.nested_type.nesting_mode, (e) => unknownComputed(inner, e));
    }
  }
  for (const [n, bt] of Object.entries(block.block_types ?? {})) {
    const cur = out[n] ?? null;
    if (cur !== null && !isUnknown(cur)) out[n] = eachElement(cur, bt.nesting_mode, (e) => unknownComputed(bt.block, e));
  }
  return out;
}

/** Write-only attributes are never planned or stored: null everywhere. */
export function nullWriteOnly(block: JsonBlock, v: CtyValue): CtyValue {
  if (!isObj(v)) return v;
  const out: Record<string, CtyValue> = { ...v };
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    const cur = out[n] ?? null;
    if (a.write_only) out[n] = null;
    else if (a.nested_type && cur !== null && !isUnknown(cur)) {
      const inner = { attributes: a.nested_type.attributes };
      out[n] = eachElement(cur, a.nested_type.nesting_mode, (e) => nullWriteOnly(inner, e));
    }
  }
  for (const [n, bt] of Object.entries(block.block_types ?? {})) {
    const cur = out[n] ?? null;
    if (cur !== null && !isUnknown(cur)) out[n] = eachElement(cur, bt.nesting_mode, (e) => nullWriteOnly(bt.block, e));
  }
  return out;
}

/** `f` over a nested value: the object itself (single, group), or each element with its index or key. */
export function eachElement(v: CtyValue, mode: string, f: (e: CtyValue, key?: string | number) => CtyValue): CtyValue {
  if (mode === 'single' || mode === 'group') return f(v);
  if (mode === 'map') return Object.fromEntries(Object.entries(v as Record<string, CtyValue>).map(([k, e]) => [k, f(e, k)]));
  return (v as CtyValue[]).map((e, i) => f(e, i));
}

/** The same place in two values, with its type, for every concrete path a table path (`*` steps) names. */
export interface Pair {
  steps: Step[];
  a: CtyValue;
  b: CtyValue;
  t: CtyType;
  /** Whether the walk reached the end of the path (not stopped early at a set, a null or an unknown). */
  complete: boolean;
}

/**
 * Walks `path` through both values at once: `*` (or a missing `*`) visits every list index or map key
 * either side has, a side without it giving null. A set cannot be addressed by element, so the walk
 * stops at the set and compares it whole, as the provider frameworks do.
 */
export function pairsAt(a: CtyValue, b: CtyValue, t: CtyType, path: string[]): Pair[] {
  const out: Pair[] = [];
  const walk = (x: CtyValue, y: CtyValue, ty: CtyType, rest: string[], steps: Step[]) => {
    if (rest.length === 0 || ty.kind === 'set' || isUnknown(x) || isUnknown(y) || (x === null && y === null)) {
      out.push({ steps, a: x, b: y, t: ty, complete: rest.length === 0 });
      return;
    }
    if (ty.kind === 'object') {
      const at = ty.attrs[rest[0]];
      if (!at) return;
      walk(isObj(x) ? (x[rest[0]] ?? null) : null, isObj(y) ? (y[rest[0]] ?? null) : null, at, rest.slice(1), [...steps, { attr: rest[0] }]);
    } else if (ty.kind === 'list' || ty.kind === 'tuple') {
      const next = rest[0] === '*' ? rest.slice(1) : rest;
      const xs = (x ?? []) as CtyValue[];
      const ys = (y ?? []) as CtyValue[];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++)
        walk(xs[i] ?? null, ys[i] ?? null, ty.kind === 'tuple' ? ty.elems[i] : ty.elem, next, [...steps, { index: i }]);
    } else if (ty.kind === 'map') {
      const next = rest[0] === '*' ? rest.slice(1) : rest;
      const xm = (x ?? {}) as Record<string, CtyValue>;
      const ym = (y ?? {}) as Record<string, CtyValue>;
      for (const k of [...new Set([...Object.keys(xm), ...Object.keys(ym)])].sort()) walk(xm[k] ?? null, ym[k] ?? null, ty.elem, next, [...steps, { key: k }]);
    } else out.push({ steps, a: x, b: y, t: ty, complete: false });
  };
  walk(a, b, t, path, []);
  return out;
}

/**
 * The paths terraform is told force replacement: a listed path whose planned value differs from the prior
 * one. An unknown planned value counts for framework RequiresReplace(IfConfigured), whose modifiers compare
 * plan and state values (unknown never equals a known value), and for any rule when the table sets
 * unknownForcesNew (SDKv2 ForceNew: an unknown planned value marks the diff RequiresNew).
 */
export function replacePaths(rules: ResourceBehaviour, type: CtyType, prior: CtyValue, planned: CtyValue, config: CtyValue): Step[][] {
  const out = new Map<string, Step[]>();
  const onUnknown = (rule: ReplaceRule) => rules.unknownForcesNew === true || rule.kind === 'RequiresReplace' || rule.kind === 'RequiresReplaceIfConfigured';
  for (const rule of rules.replace ?? []) {
    for (const p of pairsAt(prior, planned, type, rule.path)) {
      const eq = equal(p.a, p.b, p.t);
      if (eq === true || (eq === 'unknown' && !onUnknown(rule))) continue;
      if (rule.kind === 'RequiresReplaceIfConfigured' && getAt(config, p.steps) === null) continue;
      out.set(JSON.stringify(p.steps), p.steps);
    }
  }
  return [...out.values()];
}

export function getAt(v: CtyValue, steps: Step[]): CtyValue {
  let cur: CtyValue = v;
  for (const s of steps) {
    if (cur === null || cur instanceof Unknown) return cur;
    if ('index' in s) cur = (cur as CtyValue[])[s.index] ?? null;
    else cur = (cur as Record<string, CtyValue>)['attr' in s ? s.attr : s.key] ?? null;
  }
  return cur;
}

/** A copy of `v` with the value at `steps` replaced (the path must exist). */
export function setAt(v: CtyValue, steps: Step[], value: CtyValue): CtyValue {
  if (steps.length === 0) return value;
  const [s, ...rest] = steps;
  if ('index' in s) {
    const copy = [...(v as CtyValue[])];
    copy[s.index] = setAt(copy[s.index] ?? null, rest, value);
    return copy;
  }
  const k = 'attr' in s ? s.attr : s.key;
  const o = v as Record<string, CtyValue>;
  return { ...o, [k]: setAt(o[k] ?? null, rest, value) };
}

export interface FillContext {
  seed: string;
  /** Whether to leave an unknown for a template (names: attribute names from the root, undefined inside a collection). */
  keep: (names: string[] | undefined) => boolean;
}

/**
 * Replaces the unknowns of an object of `block`. A generated nested object fills only its computed
 * attributes, as a provider reading the object back would: the others stay null, else the next plan
 * (which takes them from the configuration) would show a change.
 */
export function fillBlock(block: JsonBlock, v: CtyValue, ctx: FillContext, names: string[] | undefined, path: (string | number)[]): CtyValue {
  if (!isObj(v)) return v;
  const out: Record<string, CtyValue> = { ...v };
  for (const [n, a] of Object.entries(block.attributes ?? {})) out[n] = fillAttribute(a, out[n] ?? null, ctx, names && [...names, n], [...path, n]);
  for (const [n, bt] of Object.entries(block.block_types ?? {})) {
    const cur = out[n] ?? null;
    if (cur === null || isUnknown(cur)) continue;
    const single = bt.nesting_mode === 'single' || bt.nesting_mode === 'group';
    out[n] = eachElement(cur, bt.nesting_mode, (e, k) => fillBlock(bt.block, e, ctx, single && names ? [...names, n] : undefined, k === undefined ? [...path, n] : [...path, n, k]));
  }
  return out;
}

export function fillAttribute(a: JsonAttribute, v: CtyValue, ctx: FillContext, names: string[] | undefined, path: (string | number)[]): CtyValue {
  if (isUnknown(v)) return ctx.keep(names) ? v : generateAttribute(a, `${ctx.seed}/${path.join('/')}`, String(path[path.length - 1]));
  if (v === null) return v;
  if (!a.nested_type) return fillValue(v, typeFromJson(a.type), `${ctx.seed}/${path.join('/')}`);
  const inner = { attributes: a.nested_type.attributes };
  const single = a.nested_type.nesting_mode === 'single';
  return eachElement(v, a.nested_type.nesting_mode, (e, k) => fillBlock(inner, e, ctx, single ? names : undefined, k === undefined ? path : [...path, k]));
}

export function generateAttribute(a: JsonAttribute, seed: string, name: string): CtyValue {
  if (!a.nested_type) return generate(typeFromJson(a.type), seed, name);
  if (a.nested_type.nesting_mode !== 'single') return a.nested_type.nesting_mode === 'map' ? {} : [];
  return Object.fromEntries(Object.entries(a.nested_type.attributes).map(([n, x]) => [n, x.computed ? generateAttribute(x, `${seed}/${n}`, n) : null]));
}

/** Unknowns inside a value of a plain (not nested-attribute) type. */
export function fillValue(v: CtyValue, t: CtyType, seed: string): CtyValue {
  if (isUnknown(v)) return generate(t, seed, seed.slice(seed.lastIndexOf('/') + 1));
  if (v === null) return v;
  switch (t.kind) {
    case 'object':
      return Object.fromEntries(Object.entries(t.attrs).map(([n, at]) => [n, fillValue((v as Record<string, CtyValue>)[n] ?? null, at, `${seed}/${n}`)]));
    case 'list':
    case 'set':
      return (v as CtyValue[]).map((e, i) => fillValue(e, t.elem, `${seed}/${i}`));
    case 'tuple':
      return (v as CtyValue[]).map((e, i) => fillValue(e, t.elems[i], `${seed}/${i}`));
    case 'map':
      return Object.fromEntries(Object.entries(v as Record<string, CtyValue>).map(([k, e]) => [k, fillValue(e, t.elem, `${seed}/${k}`)]));
    default:
      return v;
  }
}

export function leafType(t: CtyType, names: string[]): CtyType | undefined {
  let cur: CtyType | undefined = t;
  for (const n of names) cur = cur?.kind === 'object' ? cur.attrs[n] : undefined;
  return cur;
}
