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
import { Context, checkBlock, checkMeta, didYouMean, isObject, type JsonObject, type Violation, without } from './checks';
import { providerSchemaFile, type ProviderSchema, type SchemaLookup } from './schema';

export * from './schema';
export type { Violation } from './checks';

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
