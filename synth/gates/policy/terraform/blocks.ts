/**
 * Terraform JSON → blocks (resources, data sources, outputs, providers, variables), their
 * addresses, and walking their attributes.
 */
import type { TerraformBlock } from '../types';

export type Json = any;

export function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every block of a stack's `cdk.tf.json`, in file order. */
export function blocksOf(stack: string, tf: Record<string, Json>): TerraformBlock[] {
  const out: TerraformBlock[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, byName] of Object.entries(isObject(tf[kind]) ? tf[kind] : {})) {
      for (const [name, body] of Object.entries(isObject(byName) ? byName : {})) out.push({ stack, kind, type, name, body: isObject(body) ? body : {} });
    }
  }
  for (const [name, body] of Object.entries(isObject(tf.output) ? tf.output : {})) out.push({ stack, kind: 'output', type: 'output', name, body: isObject(body) ? body : {} });
  for (const [name, body] of Object.entries(isObject(tf.variable) ? tf.variable : {})) out.push({ stack, kind: 'variable', type: 'variable', name, body: isObject(body) ? body : {} });
  for (const [type, configs] of Object.entries(isObject(tf.provider) ? tf.provider : {})) {
    const list = Array.isArray(configs) ? configs : [configs];
    list.forEach((body, i) => out.push({ stack, kind: 'provider', type, name: isObject(body) && typeof body.alias === 'string' ? body.alias : String(i), body: isObject(body) ? body : {} }));
  }
  return out;
}

/**
 * The block's Terraform-style address: `<type>.<name>`, `data.<type>.<name>`, `output.<name>`,
 * `variable.<name>`, `provider.<type>` (`provider.<type>.<alias-or-index>` for the second and later).
 */
export function addressOf(b: TerraformBlock): string {
  switch (b.kind) {
    case 'resource':
      return `${b.type}.${b.name}`;
    case 'data':
      return `data.${b.type}.${b.name}`;
    case 'output':
      return `output.${b.name}`;
    case 'variable':
      return `variable.${b.name}`;
    case 'provider':
      return b.name === '0' ? `provider.${b.type}` : `provider.${b.type}.${b.name}`;
  }
}

/** A string attribute found by {@link walkStrings}: its path (`ssh.password`, `disk[1].size`) and key. */
export interface StringAttribute {
  readonly path: string;
  readonly key: string;
  readonly value: unknown;
}

/** Every leaf attribute of a block body (CDKTF's `//` metadata excluded), depth first. */
export function leaves(body: unknown, path = '', key = ''): StringAttribute[] {
  if (Array.isArray(body)) return body.flatMap((v, i) => leaves(v, `${path}[${i}]`, key));
  if (isObject(body)) {
    return Object.entries(body)
      .filter(([k]) => k !== '//')
      .flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k, k));
  }
  return [{ path, key, value: body }];
}

/** Roots a secret may come from: a variable (set outside the code), or a generated secret Terraform keeps as sensitive. */
export const SECRET_SOURCES = ['var', 'random_password', 'tls_private_key'] as const;

/**
 * True when `value` holds a Terraform interpolation of an allowed secret source (`${var.x}`,
 * `${random_password.x.result}`, `${base64encode(tls_private_key.x.private_key_pem)}`), and no
 * interpolation of anything else.
 */
export function isSecretReference(value: string): boolean {
  const exprs = [...value.matchAll(/(?<!\$)\$\{([^{}]*)\}/g)].map((m) => m[1]);
  if (!exprs.length) return false;
  return exprs.every((e) => {
    if (e.includes('"')) return false;
    const roots = [...e.matchAll(/(?:^|[^A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_-]*)\.[A-Za-z0-9_-]/g)].map((m) => m[1]);
    return roots.length > 0 && roots.every((r) => (SECRET_SOURCES as readonly string[]).includes(r));
  });
}
