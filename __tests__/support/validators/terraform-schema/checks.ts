/**
 * The checks of one block body against its schema: meta-arguments and lifecycle, attributes, nested
 * attribute types, block types and value types, each problem as a violation of the address.
 */
import type { BlockType, CtyType, NestedType, SchemaAttribute, SchemaBlock } from './schema';

/** One problem: where (Terraform address + attribute path) and what. */
export interface Violation {
  /** `libvirt_domain.master1_domain_1234ABCD`, `data.cloudflare_zone.zone`, `provider.libvirt`. */
  readonly address: string;
  /** Attribute path inside it, e.g. `devices.disks[0].target.dev`; empty for the whole object. */
  readonly path: string;
  readonly message: string;
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string Terraform evaluates (interpolation or template directive): any type is accepted. */
export const isExpression = (v: unknown): boolean => typeof v === 'string' && /\$\{|%\{/.test(v);

const LIFECYCLE_KEYS = new Set(['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by', 'precondition', 'postcondition']);

export class Context {
  constructor(
    readonly address: string,
    private readonly violations: Violation[],
    private readonly warnings: Violation[],
  ) {}

  error(path: string, message: string): void {
    this.violations.push({ address: this.address, path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ address: this.address, path, message });
  }
}

export function without(obj: JsonObject, keys: ReadonlySet<string>): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.has(k)));
}

const join = (base: string, key: string) => (base ? `${base}.${key}` : key);

export function checkMeta(ctx: Context, body: JsonObject, kind: 'resource' | 'data'): void {
  if (body.count !== undefined && body.for_each !== undefined) ctx.error('count', '"count" and "for_each" cannot both be set');
  if (body.depends_on !== undefined && !(Array.isArray(body.depends_on) && body.depends_on.every((d) => typeof d === 'string'))) ctx.error('depends_on', 'must be a list of strings');
  if (body.provider !== undefined && typeof body.provider !== 'string') ctx.error('provider', 'must be a string such as "libvirt.alias"');
  const lc = body.lifecycle;
  if (lc === undefined) return;
  if (!isObject(lc)) {
    ctx.error('lifecycle', 'must be an object');
    return;
  }
  for (const [k, v] of Object.entries(lc)) {
    const p = `lifecycle.${k}`;
    if (!LIFECYCLE_KEYS.has(k)) ctx.error(p, `unknown lifecycle argument${didYouMean(k, [...LIFECYCLE_KEYS])}`);
    else if ((k === 'create_before_destroy' || k === 'prevent_destroy') && typeof v !== 'boolean' && !isExpression(v)) ctx.error(p, `must be a bool, got ${describe(v)}`);
    else if (k === 'ignore_changes' && !(v === 'all' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) ctx.error(p, 'must be "all" or a list of attribute names');
    else if (k === 'replace_triggered_by' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) ctx.error(p, 'must be a list of references');
    else if (kind === 'data' && (k === 'prevent_destroy' || k === 'create_before_destroy')) ctx.error(p, 'is not allowed on a data source');
  }
}

/** A block body: attributes and nested blocks of `schema`. */
export function checkBlock(ctx: Context, at: string, body: JsonObject, schema: SchemaBlock): void {
  const attrs = schema.attributes ?? {};
  const blocks = schema.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    const p = join(at, key);
    const attr = attrs[key];
    const block = blocks[key];
    if (attr) checkAttribute(ctx, p, value, attr);
    else if (block) checkBlockType(ctx, p, value, block);
    else if (key === 'dynamic' && isObject(value)) {
      for (const name of Object.keys(value)) if (!blocks[name]) ctx.error(join(p, name), `dynamic block of an unknown block type${didYouMean(name, Object.keys(blocks))}`);
    } else ctx.error(p, `unknown attribute${didYouMean(key, [...Object.keys(attrs), ...Object.keys(blocks)])}`);
  }
  for (const [key, attr] of Object.entries(attrs)) {
    if (attr.required && body[key] === undefined) ctx.error(join(at, key), 'missing required attribute');
  }
  for (const [key, block] of Object.entries(blocks)) {
    if ((block.min_items ?? 0) > 0 && body[key] === undefined && !(isObject(body.dynamic) && body.dynamic[key] !== undefined)) {
      ctx.error(join(at, key), `missing required block (at least ${block.min_items})`);
    }
  }
}

function checkAttribute(ctx: Context, p: string, value: Json, attr: SchemaAttribute): void {
  if (attr.computed && !attr.optional && !attr.required) {
    ctx.error(p, 'is read-only (computed by the provider) and cannot be set');
    return;
  }
  if (attr.deprecated) ctx.warn(p, 'is deprecated');
  if (value === null && attr.required) ctx.error(p, 'is required and cannot be null');
  if (value === null || isExpression(value)) return;
  if (attr.nested_type) checkNested(ctx, p, value, attr.nested_type);
  else if (attr.type !== undefined) checkType(ctx, p, value, attr.type, true);
}

/** A nested attribute type (plugin framework `SingleNestedAttribute`, `ListNestedAttribute`, ...). */
function checkNested(ctx: Context, p: string, value: Json, nested: NestedType): void {
  const object = (q: string, v: Json) => {
    if (v === null || isExpression(v)) return;
    if (!isObject(v)) {
      ctx.error(q, `must be an object (nested attributes), got ${describe(v)}`);
      return;
    }
    checkBlock(ctx, q, v, { attributes: nested.attributes });
  };
  switch (nested.nesting_mode) {
    case 'single':
      if (Array.isArray(value)) ctx.error(p, `must be an object (single nested attribute), got a list`);
      else object(p, value);
      return;
    case 'list':
    case 'set':
      if (!Array.isArray(value)) {
        ctx.error(p, `must be a list of objects (${nested.nesting_mode} nested attribute), got ${describe(value)}`);
        return;
      }
      checkCount(ctx, p, value.length, nested.min_items, nested.max_items, 'elements');
      value.forEach((v, i) => object(`${p}[${i}]`, v));
      return;
    case 'map':
      if (!isObject(value)) {
        ctx.error(p, `must be a map of objects (map nested attribute), got ${describe(value)}`);
        return;
      }
      checkCount(ctx, p, Object.keys(value).length, nested.min_items, nested.max_items, 'elements');
      for (const [k, v] of Object.entries(value)) object(`${p}[${JSON.stringify(k)}]`, v);
      return;
  }
}

/** A block type: JSON syntax takes one object, or a list of objects for list/set blocks. */
function checkBlockType(ctx: Context, p: string, value: Json, bt: BlockType): void {
  if (isExpression(value) || (typeof value !== 'object' && value !== null)) {
    ctx.error(p, `is a block (${bt.nesting_mode}), not an attribute: write an object${bt.nesting_mode === 'list' || bt.nesting_mode === 'set' ? ' or a list of objects' : ''}, got ${describe(value)}`);
    return;
  }
  if (value === null) {
    ctx.error(p, `is a block; a block cannot be null (leave it out)`);
    return;
  }
  const body = (q: string, v: Json) => {
    if (!isObject(v)) ctx.error(q, `block body must be an object, got ${describe(v)}`);
    else checkBlock(ctx, q, v, bt.block);
  };
  switch (bt.nesting_mode) {
    case 'single':
    case 'group':
      if (Array.isArray(value)) {
        if (value.length > 1) ctx.error(p, `is a single block; got ${value.length}`);
        value.forEach((v, i) => body(`${p}[${i}]`, v));
      } else body(p, value);
      return;
    case 'list':
    case 'set': {
      const items = Array.isArray(value) ? value : [value];
      checkCount(ctx, p, items.length, bt.min_items, bt.max_items, 'blocks');
      if (Array.isArray(value)) items.forEach((v, i) => body(`${p}[${i}]`, v));
      else body(p, value);
      return;
    }
    case 'map':
      if (Array.isArray(value)) {
        ctx.error(p, 'is a map block: write an object keyed by label');
        return;
      }
      checkCount(ctx, p, Object.keys(value).length, bt.min_items, bt.max_items, 'blocks');
      for (const [k, v] of Object.entries(value)) body(`${p}[${JSON.stringify(k)}]`, v);
      return;
  }
}

function checkCount(ctx: Context, p: string, n: number, min: number | undefined, max: number | undefined, what: string): void {
  if (min !== undefined && min > 0 && n < min) ctx.error(p, `needs at least ${min} ${what}, got ${n}`);
  if (max !== undefined && max > 0 && n > max) ctx.error(p, `takes at most ${max} ${what}, got ${n}`);
}

/**
 * A value against a cty type. Objects need every attribute of their type unless the type marks it
 * optional: JSON syntax gives attribute values, converted like HCL attribute syntax (the classic
 * `aws_security_group.ingress` trap; SDKv2 "attributes as blocks" are attributes in JSON).
 * `top` is the attribute's own value (for a better hint when a block was written).
 */
function checkType(ctx: Context, p: string, value: Json, type: CtyType, top = false): void {
  if (value === null || isExpression(value)) return;
  if (typeof type === 'string') {
    switch (type) {
      case 'dynamic':
        return;
      case 'string':
        if (typeof value !== 'string') ctx.error(p, `must be a string, got ${describe(value)}`);
        return;
      case 'number':
        if (typeof value !== 'number') ctx.error(p, `must be a number, got ${describe(value)}`);
        return;
      case 'bool':
        if (typeof value !== 'boolean') ctx.error(p, `must be a bool, got ${describe(value)}`);
        return;
    }
    ctx.error(p, `unsupported schema type ${JSON.stringify(type)}`);
    return;
  }
  const [kind] = type;
  switch (kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(value)) {
        const hint = top && isObject(value) && Array.isArray(type[1]) && type[1][0] === 'object' ? ' (an attribute, not a block: write a list of objects)' : '';
        ctx.error(p, `must be a ${kind} of ${typeName(type[1])}, got ${describe(value)}${hint}`);
        return;
      }
      value.forEach((v, i) => checkType(ctx, `${p}[${i}]`, v, type[1] as CtyType));
      return;
    case 'map':
      if (!isObject(value)) {
        ctx.error(p, `must be a map of ${typeName(type[1])}, got ${describe(value)}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) checkType(ctx, `${p}[${JSON.stringify(k)}]`, v, type[1] as CtyType);
      return;
    case 'object': {
      if (!isObject(value)) {
        ctx.error(p, `must be an object, got ${describe(value)}`);
        return;
      }
      const fields = type[1] as Record<string, CtyType>;
      const optional = new Set((type as readonly unknown[])[2] as string[] | undefined);
      for (const [k, v] of Object.entries(value)) {
        if (!(k in fields)) ctx.error(join(p, k), `unknown attribute of the object${didYouMean(k, Object.keys(fields))}`);
        else checkType(ctx, join(p, k), v, fields[k]);
      }
      const missing = Object.keys(fields).filter((k) => !(k in value) && !optional.has(k));
      if (missing.length) ctx.error(p, `object is missing attribute${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (Terraform requires every attribute of an object type; set unused ones to null)`);
      return;
    }
    case 'tuple': {
      const elems = type[1] as readonly CtyType[];
      if (!Array.isArray(value) || value.length !== elems.length) {
        ctx.error(p, `must be a tuple of ${elems.length} elements, got ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => checkType(ctx, `${p}[${i}]`, v, elems[i]));
      return;
    }
  }
  ctx.error(p, `unsupported schema type ${JSON.stringify(type)}`);
}

function typeName(t: CtyType): string {
  if (typeof t === 'string') return t;
  if (t[0] === 'object') return 'object';
  if (t[0] === 'tuple') return 'tuple';
  return `${t[0]}(${typeName(t[1] as CtyType)})`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${v.length} elements)`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v === 'boolean' ? 'bool' : typeof v} ${JSON.stringify(v)}`;
}

export function didYouMean(name: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
