/**
 * Provider schemas in the `terraform providers schema -json` layout: reading them, the cty type a block
 * implies, marking attributes computed by path, and the tfplugin6 `Schema` messages sent to terraform.
 */
import * as fs from 'fs';
import { type CtyType, typeFromJson } from './cty';

export interface JsonAttribute {
  type?: unknown;
  nested_type?: JsonNestedType;
  description?: string;
  description_kind?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}
export interface JsonNestedType {
  attributes: Record<string, JsonAttribute>;
  nesting_mode: 'single' | 'list' | 'set' | 'map';
}
export interface JsonBlockType {
  nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  block: JsonBlock;
  min_items?: number;
  max_items?: number;
}
export interface JsonBlock {
  attributes?: Record<string, JsonAttribute>;
  block_types?: Record<string, JsonBlockType>;
  description?: string;
  description_kind?: string;
  deprecated?: boolean;
}
export interface JsonSchema {
  version?: number;
  block: JsonBlock;
}
export interface ProviderSchemaJson {
  provider: JsonSchema;
  resource_schemas?: Record<string, JsonSchema>;
  data_source_schemas?: Record<string, JsonSchema>;
}

/** Every provider in one schema file, by provider address (registry.terraform.io/<namespace>/<name>). */
export function readSchemaFile(file: string): Map<string, ProviderSchemaJson> {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { provider_schemas?: Record<string, ProviderSchemaJson> };
  if (!doc.provider_schemas) throw new Error(`${file}: not a \`terraform providers schema -json\` document (no provider_schemas)`);
  return new Map(Object.entries(doc.provider_schemas));
}

export function blockType(b: JsonBlock): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [n, a] of Object.entries(b.attributes ?? {})) attrs[n] = attributeType(a);
  for (const [n, bt] of Object.entries(b.block_types ?? {})) {
    const obj = blockType(bt.block);
    attrs[n] = bt.nesting_mode === 'single' || bt.nesting_mode === 'group' ? obj : { kind: bt.nesting_mode, elem: obj };
  }
  return { kind: 'object', attrs };
}

export function attributeType(a: JsonAttribute): CtyType {
  if (!a.nested_type) return typeFromJson(a.type);
  const obj = blockType({ attributes: a.nested_type.attributes });
  return a.nested_type.nesting_mode === 'single' ? obj : { kind: a.nested_type.nesting_mode, elem: obj };
}

/**
 * Marks the attribute at `path` computed, so an optional one becomes optional+computed as in the real
 * provider (a `*` step passes a list, set or map element).
 * Returns a problem text when the path names nothing in the block.
 */
export function markComputed(root: JsonBlock, path: string[]): string | undefined {
  let block: JsonBlock = root;
  for (let i = 0; i < path.length; i++) {
    const name = path[i];
    const attr = block.attributes?.[name];
    const nested = block.block_types?.[name];
    const last = i === path.length - 1;
    if (attr && last) {
      if (attr.required) return `${JSON.stringify(path)} is required, so it cannot also be computed`;
      attr.computed = true;
      return undefined;
    }
    if (attr?.nested_type) block = { attributes: attr.nested_type.attributes };
    else if (nested && !last) block = nested.block;
    else return `no attribute at ${JSON.stringify(path)}`;
    if (path[i + 1] === '*') i++;
  }
  return `no attribute at ${JSON.stringify(path)}`;
}

/** Why `path` (with `*` element steps) names no attribute or block of the block, or undefined when it does. */
export function pathProblem(root: JsonBlock, path: string[]): string | undefined {
  let block: JsonBlock = root;
  for (let i = 0; i < path.length; i++) {
    const name = path[i];
    const attr: JsonAttribute | undefined = block.attributes?.[name];
    const nested: JsonBlockType | undefined = block.block_types?.[name];
    if (!attr && !nested) return `no attribute or block "${name}" at ${JSON.stringify(path.slice(0, i + 1))}`;
    if (attr && !attr.nested_type) return typePathProblem(typeFromJson(attr.type), path, i + 1);
    const collection = attr ? attr.nested_type!.nesting_mode !== 'single' : nested!.nesting_mode !== 'single' && nested!.nesting_mode !== 'group';
    if (collection && i + 1 < path.length) {
      if (path[i + 1] !== '*') return `${JSON.stringify(path)} needs a "*" step after "${name}" (a collection)`;
      i++;
    }
    block = attr ? { attributes: attr.nested_type!.attributes } : nested!.block;
  }
  return undefined;
}

/** The same check inside a plain-typed attribute, from step `i` of `path`. */
function typePathProblem(t: CtyType, path: string[], i: number): string | undefined {
  for (; i < path.length; i++) {
    if (t.kind === 'list' || t.kind === 'set' || t.kind === 'map') {
      if (path[i] !== '*') return `${JSON.stringify(path)} needs a "*" step before "${path[i]}" (a collection)`;
      t = t.elem;
    } else if (t.kind === 'object' && path[i] in t.attrs) t = t.attrs[path[i]];
    else return `no attribute "${path[i]}" at ${JSON.stringify(path.slice(0, i + 1))}`;
  }
  return undefined;
}

/** Whether `path` goes inside a plain-typed (not nested-attribute) attribute, where no flag can mark it computed. */
export function insideValue(root: JsonBlock, path: string[]): boolean {
  let block: JsonBlock = root;
  for (let i = 0; i < path.length; i++) {
    const attr = block.attributes?.[path[i]];
    const nested = block.block_types?.[path[i]];
    if (attr && !attr.nested_type) return i < path.length - 1;
    if (attr?.nested_type) block = { attributes: attr.nested_type.attributes };
    else if (nested) block = nested.block;
    else return false;
    if (path[i + 1] === '*') i++;
  }
  return false;
}

const BLOCK_NESTING = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP', group: 'GROUP' } as const;
const KIND = (k?: string) => (k === 'markdown' ? 'MARKDOWN' : 'PLAIN');

/** The tfplugin6 `Schema` message (as a plain object for the protobuf encoder). */
export function schemaMessage(s: JsonSchema): object {
  return { version: s.version ?? 0, block: blockMessage(s.block) };
}

function blockMessage(b: JsonBlock): object {
  return {
    attributes: Object.entries(b.attributes ?? {}).map(([n, a]) => attributeMessage(n, a)),
    block_types: Object.entries(b.block_types ?? {}).map(([n, bt]) => ({
      type_name: n,
      block: blockMessage(bt.block),
      nesting: BLOCK_NESTING[bt.nesting_mode],
      min_items: bt.min_items ?? 0,
      max_items: bt.max_items ?? 0,
    })),
    description: b.description ?? '',
    description_kind: KIND(b.description_kind),
    deprecated: !!b.deprecated,
  };
}

function attributeMessage(name: string, a: JsonAttribute): object {
  return {
    name,
    type: a.nested_type ? Buffer.alloc(0) : Buffer.from(JSON.stringify(a.type)),
    nested_type: a.nested_type
      ? { attributes: Object.entries(a.nested_type.attributes).map(([n, x]) => attributeMessage(n, x)), nesting: a.nested_type.nesting_mode.toUpperCase() }
      : undefined,
    description: a.description ?? '',
    description_kind: KIND(a.description_kind),
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecated,
    write_only: !!a.write_only,
  };
}
