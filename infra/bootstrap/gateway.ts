/**
 * WireGuard: both ends of a gateway's tunnel.
 *
 * The gateway (an external VPS): `wg0.conf` with its tunnel address, ListenPort 51820, its private
 * key (a Terraform reference), and one peer, through which it reaches every non-WireGuard site
 * network. The site side sits behind NAT and dials out, so the peer has no Endpoint.
 *
 * With a `tunnel` block (the public path) the peer is the tunnel's load balancer, at its tunnel
 * address: the gateway DNATs the public `forward` ports to that address (nftables, see
 * `firewall.ts`) and forwards them (`net.ipv4.ip_forward = 1`), and the load balancer gets its own
 * `wg0.conf` (Endpoint = the gateway's publicAddress, PersistentKeepalive) and HAProxy binds the
 * forwarded ports on its tunnel address (`loadbalancer.ts`). Nothing connects into the
 * hypervisor's NAT networks: the load balancer opens the tunnel from inside.
 *
 * The tunnel's admin devices (`tunnel.admins`) are further peers of the gateway, each allowed its
 * own address; the gateway forwards them wg0 to wg0 into the site networks, to the load balancer,
 * whose WireGuard side allows their addresses too, and which forwards them into the site from its
 * own address (`firewall.ts`), so replies come back through it and the nodes need no route to the
 * tunnel network.
 *
 * Without a `tunnel` block the peer is the first infra node, whose side of the tunnel is
 * configured by hand; nothing public is forwarded.
 */
import type { Node, Site } from '../../site';
import { WIREGUARD_KEY } from '../../site/validate/tunnels';
import { BootFile, BootPlan, BootstrapError, checkCidr, checkIPv4, checkLabel, checkPort, lines } from './common';
import { WIREGUARD_INTERFACE, WIREGUARD_PORT } from './firewall';
import { checkSecret } from './secrets';
import type { BootstrapSecrets } from './secrets';
import { gatewayPeer, routedNetworks, tunnelOf, tunnelTo } from './topology';

export { WIREGUARD_INTERFACE };
export const WIREGUARD_CONFIG = `/etc/wireguard/${WIREGUARD_INTERFACE}.conf`;
/** The gateway's sysctl drop-in (forwarding for the public path). */
export const FORWARDING_SYSCTL = '/etc/sysctl.d/90-sitekit-gateway.conf';
/** The tunnel peer's sysctl drop-in (forwarding for the admin devices). */
export const PEER_FORWARDING_SYSCTL = '/etc/sysctl.d/90-sitekit-tunnel.conf';

/** `wg0.conf` of a gateway (wg-quick format). */
export function wireguardConfig(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): string {
  const net = site.networkOfNode(node);
  if (net.kind !== 'wireguard') throw new BootstrapError(`gateway ${node.name} is on network ${net.name} of kind ${net.kind}, not a wireguard network`);
  const tunnel = tunnelOf(site, node);
  const peer = gatewayPeer(site, node);
  const routed = routedNetworks(site);
  const allowed = routed.map((n) => checkCidr(n.block.text, 'routed network'));
  if (!allowed.length) throw new BootstrapError('the site has no network for the gateway to route to');
  const routes = `routes ${routed.map((n) => n.name).join(', ')}`;
  return lines(
    `# sitekit: WireGuard tunnel of ${checkLabel(node.name, 'node name')}, network ${net.name}`,
    '[Interface]',
    `Address = ${checkIPv4(node.address, 'tunnel address')}/${net.prefix}`,
    `ListenPort = ${WIREGUARD_PORT}`,
    `PrivateKey = ${checkSecret('wireguardGatewayPrivateKey', secrets.wireguardGatewayPrivateKey)}`,
    '',
    '[Peer]',
    tunnel
      ? `# ${checkLabel(peer.name, 'node name')}: the site side at ${tunnel.peerAddress}, public tcp ${tunnel.forward.join(', ')} forwarded to it; ${routes}`
      : `# ${checkLabel(peer.name, 'node name')}: the site side (configured by hand, no public path), ${routes}`,
    `PublicKey = ${checkSecret('wireguardPeerPublicKey', secrets.wireguardPeerPublicKey)}`,
    `AllowedIPs = ${[...(tunnel ? [checkCidr(checkIPv4(tunnel.peerAddress, 'tunnel address'), 'tunnel address')] : []), ...allowed].join(', ')}`,
    ...(tunnel?.admins ?? []).flatMap((a) => [
      '',
      '[Peer]',
      `# admin device ${checkLabel(a.name, 'admin device name')}: routed through the tunnel to the site networks`,
      `PublicKey = ${checkPublicKey(a.publicKey, a.name)}`,
      `AllowedIPs = ${checkCidr(checkIPv4(a.address, 'admin device address'), 'admin device address')}`,
    ]),
  );
}

/** An admin device's public key, as `wg pubkey` prints it (anything else could inject a line into wg0.conf). */
function checkPublicKey(key: string, device: string): string {
  if (!WIREGUARD_KEY.test(key)) throw new BootstrapError(`admin device ${device}: ${JSON.stringify(key)} is not a WireGuard public key`);
  return key;
}

/**
 * `wg0.conf` of a tunnel peer (the site side): its tunnel address, its private key, and the
 * gateway as its only peer, dialled at the gateway's public address. AllowedIPs is the gateway's
 * tunnel address alone: WireGuard drops anything else the gateway sends, and nothing of the site
 * is routed to the gateway.
 */
export function peerWireguardConfig(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): string {
  const t = tunnelTo(site, node);
  if (!t) throw new BootstrapError(`node ${node.name} is the tunnel peer of no gateway`);
  const gw = t.gateway;
  if (!gw.publicAddress) throw new BootstrapError(`gateway ${gw.name} has no publicAddress for its tunnel peer ${node.name} to dial`);
  return lines(
    `# sitekit: WireGuard tunnel of ${checkLabel(node.name, 'node name')} to gateway ${checkLabel(gw.name, 'node name')}, network ${t.network.name}`,
    '[Interface]',
    `Address = ${checkIPv4(t.peerAddress, 'tunnel address')}/${t.network.prefix}`,
    `PrivateKey = ${checkSecret('wireguardPeerPrivateKey', secrets.wireguardPeerPrivateKey)}`,
    '',
    '[Peer]',
    `# ${gw.name}: public tcp ${t.forward.join(', ')} arrive from ${gw.address} through this tunnel`,
    `PublicKey = ${checkSecret('wireguardGatewayPublicKey', secrets.wireguardGatewayPublicKey)}`,
    `Endpoint = ${checkIPv4(gw.publicAddress, 'gateway public address')}:${WIREGUARD_PORT}`,
    ...(t.admins.length ? [`# admin devices ${t.admins.map((a) => checkLabel(a.name, 'admin device name')).join(', ')} arrive from their own addresses; forwarded into the site networks from this node's address (nftables)`] : []),
    `AllowedIPs = ${[gw.address, ...t.admins.map((a) => a.address)].map((a) => checkCidr(checkIPv4(a, 'tunnel address'), 'tunnel address')).join(', ')}`,
    `PersistentKeepalive = ${checkPort(t.keepaliveSeconds, 'keepalive interval')}`,
  );
}

/** Files, packages and commands of a gateway. */
export function gatewayPlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  if (node.flatcar) throw new BootstrapError(`gateway ${node.name} needs the wireguard-tools package; give it a debian or ubuntu image`);
  const tunnel = tunnelOf(site, node);
  const files: BootFile[] = [{ path: WIREGUARD_CONFIG, mode: 0o600, content: wireguardConfig(site, node, secrets) }];
  if (tunnel) {
    files.push({ path: FORWARDING_SYSCTL, mode: 0o644, content: lines(`# sitekit: ${node.name} forwards public tcp ${tunnel.forward.join(', ')} to ${tunnel.peer.name} through ${WIREGUARD_INTERFACE}`, 'net.ipv4.ip_forward = 1') });
  }
  return {
    files,
    units: [],
    packages: ['wireguard-tools'],
    commands: [...(tunnel ? [['sysctl', '--system']] : []), ['systemctl', 'enable', '--now', `wg-quick@${WIREGUARD_INTERFACE}.service`]],
  };
}

/** Files, packages and commands of a tunnel peer (on top of its load balancer plan); empty for any other node. */
export function tunnelPeerPlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  if (!tunnelTo(site, node)) return { files: [], units: [], packages: [], commands: [] };
  if (node.flatcar) throw new BootstrapError(`tunnel peer ${node.name} needs the wireguard-tools package; give it a debian or ubuntu image`);
  const t = tunnelTo(site, node)!;
  const files: BootFile[] = [{ path: WIREGUARD_CONFIG, mode: 0o600, content: peerWireguardConfig(site, node, secrets) }];
  if (t.admins.length) {
    files.push({ path: PEER_FORWARDING_SYSCTL, mode: 0o644, content: lines(`# sitekit: ${node.name} forwards the admin devices of gateway ${t.gateway.name} from ${WIREGUARD_INTERFACE} into the site networks`, 'net.ipv4.ip_forward = 1') });
  }
  return {
    files,
    units: [],
    packages: ['wireguard-tools'],
    commands: [...(t.admins.length ? [['sysctl', '--system']] : []), ['systemctl', 'enable', '--now', `wg-quick@${WIREGUARD_INTERFACE}.service`]],
  };
}
