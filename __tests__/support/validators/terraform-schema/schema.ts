/** Provider schemas as `terraform providers schema -json` writes them, and where the pinned ones are. */
import * as fs from 'fs';
import * as path from 'path';
import { schemaDir } from '../../../../site/schema-dir';

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
