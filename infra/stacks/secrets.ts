/**
 * The site's secrets, generated or supplied in Terraform: nothing secret is ever literal in
 * `site.yaml` or `dist/`. They live in the nodes stack, next to the first-boot configurations that
 * interpolate them. Field names follow `BootstrapSecrets` of `infra/bootstrap/secrets.ts`.
 *
 * - `random_password.k3s_token_<cluster>` / `k3s_agent_token_<cluster>`: the k3s server and agent
 *   join tokens, one pair per cluster (48 alphanumerics);
 * - `random_password.vrrp_password`: keepalived's VRRP auth_pass of the load balancers (PASS
 *   authentication uses at most 8 characters);
 * - `random_password.postgresql_password`: the key the PostgreSQL app roles' passwords are derived
 *   from on the database node (32 alphanumerics); each role's password is the sensitive output
 *   `postgresql_password_<role>`, for the site's secret store (Secret `postgresql-<role>`);
 * - `var.wireguard_private_key_<node>`: the WireGuard private key of each end of a tunnel that
 *   sitekit configures (each gateway, and the `tunnel` peer of a gateway that has one), a
 *   sensitive variable (Terraform cannot make Curve25519 keys; the operator keeps the pairs,
 *   `wg genkey`), and `var.wireguard_public_key_<node>`, the public key (`wg pubkey`, not secret)
 *   of each node the other end needs: the gateway's peer (its `tunnel` peer, or the first infra
 *   node for a gateway without one) and, with a tunnel, the gateway itself.
 *
 * Generated values are alphanumeric (`special = false`): safe inside YAML, JSON, INI and shell
 * without quoting, as the bootstrap renderers require.
 */
import { Password } from '@cdktf/provider-random/lib/password';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import type { Node, Site } from '../../site';
import { credentialsSecret, nodeDatabases } from '../../cluster/apps/databases';
import { rolePasswordExpression, type BootstrapSecrets } from '../bootstrap';
import { gatewayPeer, tunnelOf, tunnelTo } from '../bootstrap/topology';
import { tfName } from '../backends/common';
import { TerraformOutput, TerraformStack, TerraformVariable } from '../tf';

/** The Terraform output (of the secrets stack) that holds a PostgreSQL app role's password. */
export function rolePasswordOutput(role: string): string {
  return `postgresql_password_${tfName(role)}`;
}

/** The secrets one node's first boot may use, as Terraform interpolations (`${...}`). */
export type NodeSecrets = Partial<BootstrapSecrets>;

export class SiteSecrets {
  private readonly k3s = new Map<string, { server: string; agent: string }>();
  private readonly vrrp?: string;
  private readonly postgres?: string;
  /** WireGuard private and public key variables, by node name. */
  private readonly wgPrivate = new Map<string, string>();
  private readonly wgPublic = new Map<string, string>();

  constructor(
    private readonly stack: TerraformStack,
    private readonly site: Site,
  ) {
    new RandomProvider(stack, 'random');
    for (const cluster of site.clusters) {
      const id = tfName(cluster.name);
      this.k3s.set(cluster.name, {
        server: this.result(new Password(stack, `k3s_token_${id}`, { length: 48, special: false })),
        agent: this.result(new Password(stack, `k3s_agent_token_${id}`, { length: 48, special: false })),
      });
    }
    if (site.nodesByRole('loadbalancer').length) {
      this.vrrp = this.result(new Password(stack, 'vrrp_password', { length: 8, special: false }));
    }
    if (site.nodesByRole('database').length) {
      this.postgres = this.result(new Password(stack, 'postgresql_password', { length: 32, special: false }));
      for (const node of site.nodesByRole('database')) {
        for (const d of nodeDatabases(site, node)) {
          new TerraformOutput(stack, rolePasswordOutput(d.role), {
            value: rolePasswordExpression(this.postgres, d.role),
            sensitive: true,
            description: `Password of PostgreSQL role ${d.role} (database ${d.database} on ${node.name}): the password key of Secret ${credentialsSecret(d.role)} in the site's secret store (username ${d.role}).`,
          });
        }
      }
    }
    for (const gw of site.nodesByRole('gateway')) {
      const tunnel = tunnelOf(site, gw);
      const peer = gatewayPeer(site, gw);
      this.privateKey(gw, `the gateway ${gw.name}`);
      this.publicKey(peer, tunnel ? `the tunnel peer ${peer.name} of the gateway ${gw.name}` : `the site side of the tunnel of the gateway ${gw.name} (configured by hand)`);
      if (tunnel) {
        this.privateKey(peer, `the tunnel peer ${peer.name} of the gateway ${gw.name}`);
        this.publicKey(gw, `the gateway ${gw.name}, for its tunnel peer ${peer.name}`);
      }
    }
  }

  /** `var.wireguard_private_key_<node>`, sensitive. */
  private privateKey(node: Node, what: string): void {
    if (this.wgPrivate.has(node.name)) return;
    const v = new TerraformVariable(this.stack, `wireguard_private_key_${tfName(node.name)}`, {
      type: 'string',
      sensitive: true,
      description: `WireGuard private key of ${what} (base64, from \`wg genkey\`).`,
    });
    this.wgPrivate.set(node.name, this.variable(v));
  }

  /** `var.wireguard_public_key_<node>` (a public key is not secret). */
  private publicKey(node: Node, what: string): void {
    if (this.wgPublic.has(node.name)) return;
    const v = new TerraformVariable(this.stack, `wireguard_public_key_${tfName(node.name)}`, {
      type: 'string',
      description: `WireGuard public key of ${what} (base64, from \`wg pubkey\`).`,
    });
    this.wgPublic.set(node.name, this.variable(v));
  }

  /** `${random_password.<name>.result}`: a plain interpolation string, stable and greppable. */
  private result(p: Password): string {
    return `\${${p.terraformResourceType}.${this.stack.getLogicalId(p)}.result}`;
  }

  private variable(v: TerraformVariable): string {
    return `\${var.${this.stack.getLogicalId(v)}}`;
  }

  /** The secrets a node's first boot may use (only the ones that apply to it). */
  forNode(node: Node): NodeSecrets {
    const k3s = node.cluster ? this.k3s.get(node.cluster) : undefined;
    const tunnel = tunnelTo(this.site, node);
    return {
      ...(k3s && node.role === 'server' ? { k3sToken: k3s.server } : {}),
      ...(k3s ? { k3sAgentToken: k3s.agent } : {}),
      ...(node.role === 'loadbalancer' && this.vrrp ? { vrrpPassword: this.vrrp } : {}),
      ...(node.role === 'database' && this.postgres ? { postgresPassword: this.postgres } : {}),
      ...(node.role === 'gateway' ? { wireguardGatewayPrivateKey: this.wgPrivate.get(node.name), wireguardPeerPublicKey: this.wgPublic.get(gatewayPeer(this.site, node).name) } : {}),
      ...(tunnel ? { wireguardPeerPrivateKey: this.wgPrivate.get(node.name), wireguardGatewayPublicKey: this.wgPublic.get(tunnel.gateway.name) } : {}),
    };
  }

  /** Every secret interpolation of the site (the only `${...}` left live in bootstrap text). */
  all(): string[] {
    return [
      ...[...this.k3s.values()].flatMap((t) => [t.server, t.agent]),
      ...[this.vrrp, this.postgres, ...this.wgPrivate.values(), ...this.wgPublic.values()].filter((s): s is string => !!s),
    ];
  }
}
