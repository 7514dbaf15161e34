/**
 * Gateway (an external WireGuard VPS): `wg0.conf` with its tunnel address, ListenPort 51820, its
 * private key (a Terraform reference), and one peer, the site side of the tunnel (the first
 * infra node), through which it reaches every non-WireGuard site network. The site side sits
 * behind NAT and dials out, so the peer has no Endpoint; it keeps the tunnel open.
 */
import type { Node, Site } from '../../site';
import { BootPlan, BootstrapError, checkCidr, checkIPv4, checkLabel, lines } from './common';
import { WIREGUARD_PORT } from './firewall';
import { checkSecret } from './secrets';
import type { BootstrapSecrets } from './secrets';
import { routedNetworks, tunnelSitePeer } from './topology';

export const WIREGUARD_INTERFACE = 'wg0';
export const WIREGUARD_CONFIG = `/etc/wireguard/${WIREGUARD_INTERFACE}.conf`;

/** `wg0.conf` of a gateway (wg-quick format). */
export function wireguardConfig(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): string {
  const net = site.networkOfNode(node);
  if (net.kind !== 'wireguard') throw new BootstrapError(`gateway ${node.name} is on network ${net.name} of kind ${net.kind}, not a wireguard network`);
  const peer = tunnelSitePeer(site);
  const allowed = routedNetworks(site).map((n) => checkCidr(n.block.text, 'routed network'));
  if (!allowed.length) throw new BootstrapError('the site has no network for the gateway to route to');
  return lines(
    `# sitekit: WireGuard tunnel of ${checkLabel(node.name, 'node name')}, network ${net.name}`,
    '[Interface]',
    `Address = ${checkIPv4(node.address, 'tunnel address')}/${net.prefix}`,
    `ListenPort = ${WIREGUARD_PORT}`,
    `PrivateKey = ${checkSecret('wireguardGatewayPrivateKey', secrets.wireguardGatewayPrivateKey)}`,
    '',
    '[Peer]',
    `# ${checkLabel(peer.name, 'node name')}: the site side, routes ${routedNetworks(site).map((n) => n.name).join(', ')}`,
    `PublicKey = ${checkSecret('wireguardSitePublicKey', secrets.wireguardSitePublicKey)}`,
    `AllowedIPs = ${allowed.join(', ')}`,
  );
}

/** Files, packages and commands of a gateway. */
export function gatewayPlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  if (node.flatcar) throw new BootstrapError(`gateway ${node.name} needs the wireguard-tools package; give it a debian or ubuntu image`);
  return {
    files: [{ path: WIREGUARD_CONFIG, mode: 0o600, content: wireguardConfig(site, node, secrets) }],
    units: [],
    packages: ['wireguard-tools'],
    commands: [['systemctl', 'enable', '--now', `wg-quick@${WIREGUARD_INTERFACE}.service`]],
  };
}
