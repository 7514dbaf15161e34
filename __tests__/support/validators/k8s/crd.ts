/**
 * Validation of custom resources against the `openAPIV3Schema` of their CRD (the version served),
 * from the pinned schema directory (`schemas/` of the repository, or `$SITEKIT_SCHEMA_DIR`).
 *
 * Unknown fields are rejected: every object schema with `properties` gets
 * `additionalProperties: false` unless it says `x-kubernetes-preserve-unknown-fields`, which is
 * what the API server's pruning does to unknown fields silently. `metadata` is checked against
 * the fields of ObjectMeta a manifest may set. CEL rules (`x-kubernetes-validations`) are not run.
 *
 * Test tooling (ajv is a dev dependency): the cluster app never imports this module.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { schemaDir } from '../../../../site/schema-dir';

type Json = Record<string, unknown>;

const OBJECT_META: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 253, pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$' },
    generateName: { type: 'string' },
    namespace: { type: 'string', maxLength: 63, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
    labels: { type: 'object', additionalProperties: { type: 'string', maxLength: 63 } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
    finalizers: { type: 'array', items: { type: 'string' } },
  },
};

/** A CRD schema made strict (see the module comment). */
export function strictSchema(schema: unknown, root = true): unknown {
  if (Array.isArray(schema)) return schema.map((s) => strictSchema(s, false));
  if (!schema || typeof schema !== 'object') return schema;
  const s = schema as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([p, ps]) => [p, strictSchema(ps, false)]));
    } else if (k === 'x-kubernetes-validations' || k === 'default' || k === 'example') {
      continue;
    } else if (typeof v === 'object') out[k] = strictSchema(v, false);
    else out[k] = v;
  }
  if (s['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (s.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (s.properties && s.additionalProperties === undefined && !s['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  if (root) {
    const props = { ...((out.properties as Json) ?? {}) };
    props.apiVersion = { type: 'string' };
    props.kind = { type: 'string' };
    props.metadata = OBJECT_META;
    out.properties = props;
    out.additionalProperties = false;
    out.required = [...new Set([...((out.required as string[]) ?? []), 'apiVersion', 'kind', 'metadata'])];
  }
  return out;
}

/** A validator's verdict on one object. */
export interface Verdict {
  /** False when no schema knows the object's apiVersion and kind. */
  readonly known: boolean;
  readonly errors: readonly string[];
}

/**
 * CRD patterns are Go RE2: a leading `(?i)` becomes the `i` flag; a pattern JavaScript cannot
 * compile is not checked (reported by `uncheckedPatterns`).
 */
export const uncheckedPatterns = new Set<string>();
function re2(pattern: string, flags: string): RegExp {
  let p = pattern;
  let f = flags;
  const m = /^\(\?([a-z]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    if (m[1].includes('i')) f += 'i';
  }
  try {
    return new RegExp(p, f);
  } catch {
    uncheckedPatterns.add(pattern);
    return /(?:)/;
  }
}
re2.code = 'new RegExp';

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, code: { regExp: re2, optimize: false } });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'duration', 'quantity']) ajv.addFormat(f, true);
  return ajv;
}

/**
 * Every CRD of the schema directory: `group/version Kind` (served versions) → strict schema. The
 * 5 MB of CRD YAML are not all parsed up front: each document is found by its `spec.group` and
 * `spec.names.kind` lines, and parsed (and its schemas compiled) when an object of its group and
 * kind is first validated; a document whose parse disagrees with those lines fails loudly.
 */
export class CrdValidator {
  /** `group Kind` → the CRD documents that declare it, in name order (a later release wins). */
  private readonly documents = new Map<string, { text: string; source: string }[]>();
  private readonly schemas = new Map<string, { schema: unknown; source: string }>();
  private readonly parsed = new Set<string>();
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly ajv = newAjv();

  constructor(dir = path.join(schemaDir(), 'crds')) {
    // Folders in name order: a later release of a project (strimzi-1.2.0 after strimzi-0.51.0) wins.
    for (const project of fs.readdirSync(dir).sort()) {
      for (const file of fs.readdirSync(path.join(dir, project)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
        const text = fs.readFileSync(path.join(dir, project, file), 'utf8');
        for (const doc of text.split(/^---[ \t]*$/m)) {
          if (!/^kind: *CustomResourceDefinition *$/m.test(doc)) continue;
          const group = /^ {2}group: *(\S+) *$/m.exec(doc)?.[1];
          const kind = /^ {4}kind: *(\S+) *$/m.exec(doc)?.[1];
          if (!group || !kind) throw new Error(`crds: ${project}/${file} has a CustomResourceDefinition without a "  group:" or "    kind:" line`);
          const key = `${group} ${kind}`;
          this.documents.set(key, [...(this.documents.get(key) ?? []), { text: doc, source: `${project}/${file}` }]);
        }
      }
    }
  }

  /** Parses the documents of a group and kind (once): their served versions' schemas. */
  private load(group: string, kind: string): void {
    const key = `${group} ${kind}`;
    if (this.parsed.has(key)) return;
    this.parsed.add(key);
    for (const { text, source } of this.documents.get(key) ?? []) {
      const crd = parse(text, { maxAliasCount: -1 }) as Json | null;
      const spec = crd?.spec as { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema?: { openAPIV3Schema: unknown } }[] } | undefined;
      if (crd?.kind !== 'CustomResourceDefinition' || spec?.group !== group || spec.names.kind !== kind) {
        throw new Error(`crds: ${source}: its document found as ${key} parses as ${crd?.kind} ${spec?.group} ${spec?.names?.kind}`);
      }
      for (const v of spec.versions) {
        if (!v.served || !v.schema) continue;
        this.schemas.set(`${spec.group}/${v.name} ${spec.names.kind}`, { schema: v.schema.openAPIV3Schema, source });
      }
    }
  }

  /** The schema entry of an object's `apiVersion` and `kind`, its CRD parsed on first use. */
  private entry(apiVersion: unknown, kind: unknown): { schema: unknown; source: string } | undefined {
    const group = typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : undefined;
    if (group !== undefined && typeof kind === 'string') this.load(group, kind);
    return this.schemas.get(`${apiVersion} ${kind}`);
  }

  /** `apiVersion kind` pairs this validator knows. */
  get kinds(): string[] {
    for (const key of this.documents.keys()) this.load(key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1));
    return [...this.schemas.keys()];
  }

  /** Where the schema of an object's kind comes from. */
  source(obj: { apiVersion?: unknown; kind?: unknown }): string | undefined {
    return this.entry(obj.apiVersion, obj.kind)?.source;
  }

  validate(obj: Json): Verdict {
    const key = `${obj.apiVersion} ${obj.kind}`;
    const entry = this.entry(obj.apiVersion, obj.kind);
    if (!entry) return { known: false, errors: [] };
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(strictSchema(entry.schema) as object);
      this.compiled.set(key, fn);
    }
    return { known: true, errors: fn(obj) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`) };
  }
}
