/**
 * Secrets of the node bootstrap. They are never literal in what we synthesize: in Terraform each
 * is an interpolation such as `${random_password.k3s_token.result}`, so the JSON holds only the
 * reference and Terraform fills the value in at apply time. Tests pass placeholder strings.
 *
 * A CDKTF token (`password.result`, which reads `${TfToken[TOKEN.n]}`) works the same way: it is
 * placed verbatim, so CDKTF finds and resolves it at synth.
 *
 * Because the value is only known at apply time, the renderers cannot check its characters; the
 * contract (below, `SECRET_SPECS`) is that every secret is made of `[A-Za-z0-9+/=_.-]` only:
 * `random_password` with `special = false`, or a WireGuard key (base64). The k3s tokens, which
 * land in Ignition data URLs unencoded, must be alphanumeric (`special = false` gives that).
 */
import type { Node, Site } from '../../site';
import { BootstrapError } from './common';
import { tunnelsTo } from './topology';

/** The secrets a bootstrap may need; each a Terraform reference `${...}` (or, in tests, a plain value). */
export interface BootstrapSecrets {
  /** k3s server token: servers join with it. */
  readonly k3sToken: string;
  /** k3s agent token: agents (and storage nodes) join with it; it cannot join a server. */
  readonly k3sAgentToken: string;
  /** Keepalived VRRP `auth_pass` shared by the load balancers (VRRPv2 PASS: at most 8 characters). */
  readonly vrrpPassword: string;
  /** Key the PostgreSQL app roles' passwords are derived from on the database node (database.ts rolePasswordExpression). */
  readonly postgresPassword: string;
  /** WireGuard private key of the gateway (`wg genkey`, base64). */
  readonly wireguardGatewayPrivateKey: string;
  /**
   * WireGuard public key of the gateway's peer (the `tunnel` peer, or the first infra node for a
   * gateway without a tunnel), for the gateway's wg0. Not secret, but only known to Terraform.
   */
  readonly wireguardPeerPublicKey: string;
  /** WireGuard private key of a tunnel peer (the load balancer on the site side), for its own wg0. */
  readonly wireguardPeerPrivateKey: string;
  /** WireGuard public key of the gateway, for the tunnel peer's wg0. Not secret, but only known to Terraform. */
  readonly wireguardGatewayPublicKey: string;
}

export type SecretName = keyof BootstrapSecrets;

/** What each secret is and how to generate it in Terraform. */
export interface SecretSpec {
  readonly description: string;
  /** How to create it, e.g. `random_password` with `length = 48, special = false`. */
  readonly terraform: string;
  /** Longest value that works (after interpolation). */
  readonly maxLength?: number;
  /** Whether the value must be a WireGuard key (32 bytes, base64). */
  readonly wireguardKey?: boolean;
  /** Whether the value must be `[A-Za-z0-9]` only (it may be placed in a URL unencoded). */
  readonly alphanumeric?: boolean;
}

export const SECRET_SPECS: Readonly<Record<SecretName, SecretSpec>> = {
  k3sToken: { description: 'k3s server token (servers join the cluster with it)', terraform: 'random_password, length = 48, special = false', alphanumeric: true },
  k3sAgentToken: { description: 'k3s agent token (agents and storage nodes join with it)', terraform: 'random_password, length = 48, special = false', alphanumeric: true },
  vrrpPassword: { description: 'keepalived VRRP auth_pass of the load balancers', terraform: 'random_password, length = 8, special = false', maxLength: 8 },
  postgresPassword: { description: 'key the PostgreSQL app roles\' passwords are derived from', terraform: 'random_password, length = 32, special = false' },
  wireguardGatewayPrivateKey: { description: 'WireGuard private key of the gateway', terraform: 'a WireGuard (Curve25519) private key, base64', wireguardKey: true },
  wireguardPeerPublicKey: { description: "WireGuard public key of the gateway's peer (the tunnel peer, or the infra node without a tunnel)", terraform: "the public key matching the peer's private key (wg pubkey), base64", wireguardKey: true },
  wireguardPeerPrivateKey: { description: 'WireGuard private key of the tunnel peer (the site side of the public path)', terraform: 'a WireGuard (Curve25519) private key, base64', wireguardKey: true },
  wireguardGatewayPublicKey: { description: 'WireGuard public key of the gateway, for its tunnel peer', terraform: "the public key matching the gateway's private key (wg pubkey), base64", wireguardKey: true },
};

/** A Terraform interpolation of one expression: `${random_password.x.result}` (no nesting, no quotes). */
const REFERENCE = /^\$\{([^{}"\\\n$%]+)\}$/;
/** The characters a literal secret (tests) may hold: nothing a shell, YAML or config line would interpret. */
const LITERAL = /^[A-Za-z0-9+/=_.-]+$/;

/** True when the value is a Terraform interpolation `${...}`. */
export function isReference(value: string): boolean {
  return REFERENCE.test(value);
}

/** The expression inside a reference (`random_password.x.result`). */
export function referenceExpression(value: string): string {
  const m = REFERENCE.exec(value);
  if (!m) throw new BootstrapError(`${JSON.stringify(value)} is not a Terraform reference`);
  return m[1];
}

/** Checks one secret: a Terraform reference, or a literal of safe characters (length and WireGuard format checked for literals). */
export function checkSecret(name: SecretName, value: string | undefined): string {
  if (value === undefined || value === '') throw new BootstrapError(`the bootstrap needs secret ${name} (${SECRET_SPECS[name].description}), but none was given`);
  if (typeof value !== 'string') throw new BootstrapError(`secret ${name} must be a string`);
  if (isReference(value)) return value;
  if (value.includes('${') || value.includes('%{')) {
    throw new BootstrapError(`secret ${name} must be a single Terraform reference such as \${random_password.x.result}, not a template`);
  }
  if (!LITERAL.test(value)) throw new BootstrapError(`secret ${name} holds characters other than [A-Za-z0-9+/=_.-]; generate it with special = false`);
  const spec = SECRET_SPECS[name];
  if (spec.alphanumeric && !/^[A-Za-z0-9]+$/.test(value)) throw new BootstrapError(`secret ${name} must be alphanumeric (random_password with special = false)`);
  if (spec.maxLength !== undefined && value.length > spec.maxLength) throw new BootstrapError(`secret ${name} is ${value.length} characters long; at most ${spec.maxLength} work`);
  if (spec.wireguardKey && !/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(value)) throw new BootstrapError(`secret ${name} is not a WireGuard key (44 characters of base64)`);
  return value;
}

/** Reads a needed secret from a partial set, with a clear error when it is missing. */
export function secret(secrets: Partial<BootstrapSecrets>, name: SecretName): string {
  return checkSecret(name, secrets[name]);
}

/** The secrets the bootstrap of one node needs, in a stable order. */
export function secretsFor(site: Site, node: Node): SecretName[] {
  const out: SecretName[] = [];
  if (node.cluster) {
    site.cluster(node.cluster);
    out.push(...(node.role === 'server' ? (['k3sToken', 'k3sAgentToken'] as const) : (['k3sAgentToken'] as const)));
  }
  if (node.role === 'loadbalancer') out.push('vrrpPassword');
  if (node.role === 'database') out.push('postgresPassword');
  if (node.role === 'gateway') out.push('wireguardGatewayPrivateKey', 'wireguardPeerPublicKey');
  if (tunnelsTo(site, node).length) out.push('wireguardPeerPrivateKey', 'wireguardGatewayPublicKey');
  return out;
}

/** Every secret some node of the site needs: what Terraform has to generate. */
export function siteSecrets(site: Site): SecretName[] {
  const all = new Set(site.nodes.flatMap((n) => secretsFor(site, n)));
  return (Object.keys(SECRET_SPECS) as SecretName[]).filter((n) => all.has(n));
}

/**
 * Checks that rendered text holds no Terraform template syntax other than the given secret
 * references: a site value cannot smuggle `${...}` or `%{...}` into what Terraform evaluates.
 */
export function checkTemplateFree(text: string, secrets: Partial<BootstrapSecrets>, where: string): void {
  let rest = text;
  const refs = Object.values(secrets).filter((v): v is string => typeof v === 'string' && isReference(v));
  for (const r of refs.sort((x, y) => y.length - x.length)) rest = rest.split(r).join('');
  const m = /[$%]\{/.exec(rest);
  if (m) {
    const at = rest.indexOf(m[0]);
    throw new BootstrapError(`${where} contains Terraform template syntax that is not a secret reference: ${JSON.stringify(rest.slice(Math.max(0, at - 20), at + 40))}`);
  }
}

/** The secret a reference stands for, if it is one of `secrets`. */
export function secretNameOf(secrets: Partial<BootstrapSecrets>, value: string): SecretName | undefined {
  return (Object.keys(secrets) as SecretName[]).find((k) => secrets[k] === value);
}
