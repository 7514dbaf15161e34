/**
 * Validates synthesized Terraform JSON against provider schemas in the format of
 * `terraform providers schema -json` (the pinned files in `<schema dir>/terraform/`), offline.
 *
 * What it checks, for every resource, data source and provider configuration whose provider has
 * a schema file for the exact version pinned in `terraform.required_providers`:
 * - the resource / data source type exists in the provider;
 * - unknown attributes (with a did-you-mean), read-only (computed-only) attributes set in config;
 * - missing required attributes, and required blocks (`min_items`);
 * - attribute vs block: a block written as a scalar, an attribute written as a block, nested
 *   attribute types (`nested_type`, nesting single / list / set / map) and block nesting
 *   (single / group / list / set / map) with `min_items` / `max_items`;
 * - value types: string / number / bool / list / set / map / object / tuple, recursively; object
 *   types need every attribute (JSON syntax, like `aws_security_group.ingress`), except the ones
 *   the type marks optional. A string holding a Terraform interpolation (`${...}` or `%{...}`)
 *   is accepted for any type: its value is only known to Terraform.
 * - Terraform meta-arguments (count, for_each, provider, depends_on, lifecycle, ...) and the
 *   shape of `lifecycle`.
 *
 * It does not know validators, defaults, ConflictsWith / ExactlyOneOf (the schema format has
 * none of them). Providers without a schema file for their pinned version are listed as
 * unchecked, with the file that is missing, never silently passed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { schemaDir } from '../../../site/schema-dir';

/** A cty type as `providers schema -json` writes it. */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | readonly ['list' | 'set' | 'map', CtyType]
  | readonly ['object', Readonly<Record<string, CtyType>>, (readonly string[])?]
  | readonly ['tuple', readonly CtyType[]];

export interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: NestedType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly deprecated?: boolean;
  readonly sensitive?: boolean;
}

export interface NestedType {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map';
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, BlockType>>;
  readonly deprecated?: boolean;
}

export interface BlockType {
  readonly nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** The schema of one provider: `provider_schemas[<address>]` of a `providers schema -json` file. */
export interface ProviderSchema {
  readonly provider?: { readonly block: SchemaBlock };
  readonly resource_schemas?: Readonly<Record<string, { readonly block: SchemaBlock }>>;
  readonly data_source_schemas?: Readonly<Record<string, { readonly block: SchemaBlock }>>;
}

/** One problem: where (Terraform address + attribute path) and what. */
export interface Violation {
  /** `libvirt_domain.master1_domain_1234ABCD`, `data.cloudflare_zone.zone`, `provider.libvirt`. */
  readonly address: string;
  /** Attribute path inside it, e.g. `devices.disks[0].target.dev`; empty for the whole object. */
  readonly path: string;
  readonly message: string;
}

export interface ValidationResult {
  readonly violations: readonly Violation[];
  /** Deprecated attributes, blocks or resource types in use (not errors). */
  readonly warnings: readonly Violation[];
  /** Addresses validated against a schema. */
  readonly checked: readonly string[];
  /** Addresses that could not be validated (no schema for their provider), with the reason. */
  readonly unchecked: readonly { readonly address: string; readonly reason: string }[];
}

/** Renders a violation as one line: `address: path: message`. */
export function formatViolation(v: Violation): string {
  return `${v.address}${v.path ? `: ${v.path}` : ''}: ${v.message}`;
}

/** Finds the schema of a provider by registry source (`dmacvicar/libvirt`) and exact version. */
export type SchemaLookup = (source: string, version: string) => ProviderSchema | undefined;

/** The schema file of a provider version, relative to the schema directory: `terraform/<namespace>-<name>-<version>.json`. */
export function providerSchemaFile(source: string, version: string): string {
  const [ns, name] = normalizeSource(source).split('/');
  return `terraform/${ns}-${name}-${version}.json`;
}

/**
 * Schema files of `<dir>/terraform/<namespace>-<name>-<version>.json` (default dir: the pinned
 * schema directory), loaded on first use. Returns undefined for a provider/version that has no file.
 */
export function schemaLookup(dir = schemaDir()): SchemaLookup {
  const cache = new Map<string, ProviderSchema | undefined>();
  return (source, version) => {
    const key = `${source}@${version}`;
    if (!cache.has(key)) {
      const [ns, name] = normalizeSource(source).split('/');
      const file = path.join(dir, providerSchemaFile(source, version));
      let schema: ProviderSchema | undefined;
      if (fs.existsSync(file)) {
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { provider_schemas: Record<string, ProviderSchema> };
        const entry = Object.entries(json.provider_schemas).find(([addr]) => normalizeSource(addr) === `${ns}/${name}`);
        if (!entry) throw new Error(`${file}: no provider schema for ${source}`);
        schema = entry[1];
      }
      cache.set(key, schema);
    }
    return cache.get(key);
  };
}

/** `registry.terraform.io/dmacvicar/libvirt` and `dmacvicar/libvirt` → `dmacvicar/libvirt` (lower case). */
function normalizeSource(source: string): string {
  const parts = source.toLowerCase().split('/');
  return parts.slice(-2).join('/');
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string Terraform evaluates (interpolation or template directive): any type is accepted. */
const isExpression = (v: unknown): boolean => typeof v === 'string' && /\$\{|%\{/.test(v);

/**
 * Terraform's built-in provider (terraform.io/builtin/terraform), which no required_providers entry
 * names: `terraform_data` as Terraform 1.11 defines it (internal/builtin/providers/terraform/resource_data.go).
 */
const BUILTIN_TERRAFORM: ProviderSchema = {
  resource_schemas: {
    terraform_data: {
      block: {
        attributes: {
          id: { type: 'string', computed: true },
          input: { type: 'dynamic', optional: true },
          output: { type: 'dynamic', computed: true },
          triggers_replace: { type: 'dynamic', optional: true },
        },
      },
    },
  },
};

const RESOURCE_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', '//']);
const DATA_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', '//']);
const PROVIDER_META = new Set(['alias', 'version']);
const LIFECYCLE_KEYS = new Set(['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by', 'precondition', 'postcondition']);

/** Validates one synthesized stack (`cdk.tf.json` as an object). */
export function validateTerraformJson(tf: object, lookup: SchemaLookup): ValidationResult {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  const checked: string[] = [];
  const unchecked: { address: string; reason: string }[] = [];
  const doc = tf as JsonObject;
  const required = (isObject(doc.terraform) && isObject(doc.terraform.required_providers) ? doc.terraform.required_providers : {}) as JsonObject;

  /** The schema of the provider with that local name, or why there is none. */
  const providerOf = (local: string): ProviderSchema | string => {
    const req = required[local];
    if (local === 'terraform' && req === undefined) return BUILTIN_TERRAFORM;
    if (!isObject(req) || typeof req.source !== 'string') return `provider "${local}" is not in terraform.required_providers`;
    if (typeof req.version !== 'string' || !/^=?\s*\d+\.\d+\.\d+$/.test(req.version)) return `provider "${local}" (${req.source}) is not pinned to an exact version (${JSON.stringify(req.version)})`;
    const version = req.version.replace(/^=\s*/, '');
    return lookup(req.source, version) ?? `no schema file for ${req.source} ${version} (${providerSchemaFile(req.source, version)} of the schema directory)`;
  };

  for (const [local, configs] of Object.entries(isObject(doc.provider) ? doc.provider : {})) {
    for (const [i, config] of (Array.isArray(configs) ? configs : [configs]).entries()) {
      const alias = isObject(config) && typeof config.alias === 'string' ? `.${config.alias}` : '';
      const address = `provider.${local}${alias}`;
      const schema = providerOf(local);
      if (typeof schema === 'string') {
        unchecked.push({ address, reason: schema });
        continue;
      }
      if (!isObject(config)) {
        violations.push({ address, path: '', message: `provider configuration #${i} must be an object` });
        continue;
      }
      checked.push(address);
      const ctx = new Context(address, violations, warnings);
      checkBlock(ctx, '', without(config, PROVIDER_META), schema.provider?.block ?? {});
    }
  }

  for (const [kind, key] of [
    ['resource', 'resource_schemas'],
    ['data', 'data_source_schemas'],
  ] as const) {
    const section = doc[kind];
    if (section === undefined) continue;
    if (!isObject(section)) {
      violations.push({ address: kind, path: '', message: `"${kind}" must be an object of types` });
      continue;
    }
    for (const [type, instances] of Object.entries(section)) {
      for (const [name, body] of Object.entries(isObject(instances) ? instances : {})) {
        const address = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        const explicit = isObject(body) && typeof body.provider === 'string' ? body.provider.split('.')[0] : undefined;
        const local = explicit ?? type.split('_')[0];
        const schema = providerOf(local);
        if (typeof schema === 'string') {
          unchecked.push({ address, reason: schema });
          continue;
        }
        const ctx = new Context(address, violations, warnings);
        const typeSchema = schema[key]?.[type];
        if (!typeSchema) {
          const known = Object.keys(schema[key] ?? {});
          ctx.error('', `unknown ${kind === 'data' ? 'data source' : 'resource'} type "${type}" in provider "${local}"${didYouMean(type, known)}`);
          continue;
        }
        if (!isObject(body)) {
          ctx.error('', 'must be an object');
          continue;
        }
        checked.push(address);
        if (typeSchema.block.deprecated) ctx.warn('', `${type} is deprecated`);
        const meta = kind === 'data' ? DATA_META : RESOURCE_META;
        checkMeta(ctx, body, kind);
        checkBlock(ctx, '', without(body, meta), typeSchema.block);
      }
    }
  }
  return { violations, warnings, checked, unchecked };
}

class Context {
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

function without(obj: JsonObject, keys: ReadonlySet<string>): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.has(k)));
}

const join = (base: string, key: string) => (base ? `${base}.${key}` : key);

function checkMeta(ctx: Context, body: JsonObject, kind: 'resource' | 'data'): void {
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
function checkBlock(ctx: Context, at: string, body: JsonObject, schema: SchemaBlock): void {
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

function didYouMean(name: string, candidates: readonly string[]): string {
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
