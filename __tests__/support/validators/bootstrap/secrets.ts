/** Secrets for the bootstrap renderers in tests: references as the Terraform wiring passes them, example values, and what Terraform makes of the one with the other. */
import type { BootstrapSecrets } from '../../../../infra/bootstrap/secrets';

/**
 * Secrets as the Terraform wiring passes them: references only. (Resource names are examples; the
 * renderers accept any single-expression reference.)
 */
export const PLACEHOLDER_REFERENCES: BootstrapSecrets = {
  k3sToken: '${random_password.k3s_token.result}',
  k3sAgentToken: '${random_password.k3s_agent_token.result}',
  vrrpPassword: '${random_password.vrrp.result}',
  postgresPassword: '${random_password.postgres.result}',
  wireguardGatewayPrivateKey: '${wireguard_asymmetric_key.gateway.private_key}',
  wireguardPeerPublicKey: '${wireguard_asymmetric_key.peer.public_key}',
  wireguardPeerPrivateKey: '${wireguard_asymmetric_key.peer.private_key}',
  wireguardGatewayPublicKey: '${wireguard_asymmetric_key.gateway.public_key}',
};

/**
 * Values of the shape Terraform resolves the references to (`special = false` passwords, real
 * WireGuard key pairs made with `wg genkey`/`wg pubkey` for these tests and used nowhere else): what
 * the validators see on a node.
 */
export const EXAMPLE_SECRETS: BootstrapSecrets = {
  k3sToken: 'K3sServerToken0123456789abcdefABCDEF0123456789ab',
  k3sAgentToken: 'K3sAgentToken0123456789abcdefABCDEF0123456789abc',
  vrrpPassword: 'Vr7pPass',
  postgresPassword: 'PgPassw0rd0123456789abcdefABCDEF',
  wireguardGatewayPrivateKey: 'mIUKXmU2P/PCaIlYYkyo35mRgsBWdipQk/ohYkKzC24=',
  wireguardPeerPublicKey: 'S7RIINSKeVvDYL1OExpoxHt9yavSP1IHQLdrT4frXVs=',
  wireguardPeerPrivateKey: 'OLHfByTmR/Utu1xUASAcsu296QjucySWep/GOw0972s=',
  wireguardGatewayPublicKey: 'vrrucqklolJLYmlC4uZtB56GIXWZX1kQi46zVK+TNgA=',
};

/** What Terraform does with rendered text at apply time: every reference of `refs` replaced by the matching value of `values`. */
export function resolveReferences(text: string, refs: Partial<BootstrapSecrets>, values: Partial<BootstrapSecrets>): string {
  let out = text;
  for (const [name, ref] of Object.entries(refs) as [keyof BootstrapSecrets, string | undefined][]) {
    const value = values[name];
    if (ref === undefined || value === undefined) continue;
    out = out.split(ref).join(value);
  }
  return out;
}
