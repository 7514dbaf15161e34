import * as ip from '../ip';
import type { NodeSpec } from '../schema';
import { Context, reference } from './common';

/** A WireGuard public key as `wg pubkey` prints it: 32 bytes of base64 (the last character before `=` carries 4 bits). */
export const WIREGUARD_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/**
 * The `tunnel` blocks of gateway nodes (the public path): only on gateways, which must be on a
 * wireguard network; the peer a load balancer holding the ingress VIP of exactly one cluster (its
 * HAProxy proxies the forwarded ports to that ingress) and the peer of one gateway only; the peer
 * address a host address of the gateway's network that nothing else uses; each port forwarded once;
 * each admin device with its own name, WireGuard public key and free address of that network.
 */
export function validateTunnels({ out, site, nodes, blocks, addresses: { claim } }: Context): void {
  // Stryker disable next-line ConditionalExpression: a short cut; without a tunnel the loop below reports nothing
  if (!site.nodes.some((n) => n.tunnel)) return;
  // The clusters whose ingress VIP is on each network: the load balancers of that network hold it.
  const ingressOn = new Map<string, string[]>();
  for (const c of site.clusters) {
    const vip = c.ingress?.vip === undefined ? undefined : site.vips.find((v) => v.name === c.ingress!.vip);
    const net = vip && ip.isIPv4(vip.address) ? [...blocks].find(([, b]) => ip.contains(b, vip.address)) : undefined;
    if (net) ingressOn.set(net[0], [...(ingressOn.get(net[0]) ?? []), c.name]);
  }
  // A load balancer without an ingress VIP may front the one cluster whose ingress is a MetalLB address.
  const addressed = site.clusters.filter((c) => c.ingress?.address !== undefined);
  const fronts = (n: { network: string }) => (ingressOn.get(n.network)?.length ?? 0) === 1 || (!ingressOn.has(n.network) && addressed.length === 1);
  const candidates = site.nodes.filter((n) => n.role === 'loadbalancer' && fronts(n)).map((n) => n.name);
  const allowed = `a load balancer holding the ingress VIP of one cluster${candidates.length ? `: one of: ${candidates.join(', ')}` : ' (the site has none)'}`;
  const fix = 'set peer to a load balancer on the network of the ingress VIP';
  const peers = new Map<string, number>();
  site.nodes.forEach((node, i) => {
    const t = node.tunnel;
    if (!t) return;
    const here = ['nodes', i, 'tunnel'];
    if (node.role !== 'gateway') {
      out.error(here, `node "${node.name}" of role ${node.role} has a tunnel`, 'tunnel only on nodes of role gateway', 'remove tunnel, or set role: gateway');
      return;
    }
    if (reference(out, [...here, 'peer'], t.peer, nodes, 'node')) {
      const peer = site.nodes[nodes.get(t.peer)!];
      const clusters = ingressOn.get(peer.network) ?? [];
      const first = peers.get(peer.name);
      if (peer.role !== 'loadbalancer') {
        out.error([...here, 'peer'], `node "${peer.name}" has role ${peer.role} and cannot be the site side of the tunnel`, allowed, fix);
      } else if (!clusters.length && addressed.length !== 1) {
        out.error([...here, 'peer'], `load balancer "${peer.name}" holds no ingress VIP (no cluster's ingress VIP is on its network "${peer.network}")`, allowed, fix);
      } else if (clusters.length > 1) {
        out.error([...here, 'peer'], `load balancer "${peer.name}" holds the ingress VIPs of clusters ${clusters.map((c) => `"${c}"`).join(', ')}; the tunnel forwards to one ingress`, allowed, 'put the public cluster\'s ingress VIP on a network of its own load balancers and peer with one of them');
      } else if (first !== undefined) {
        out.error([...here, 'peer'], `node "${peer.name}" is already the tunnel peer of gateway "${site.nodes[first].name}" (nodes[${first}].tunnel.peer)`, 'each load balancer the peer of one gateway', 'give each gateway its own peer');
      } else peers.set(peer.name, i);
    }
    const net = site.networks.find((n) => n.name === node.network);
    const block = blocks.get(node.network);
    if (net && net.kind !== 'wireguard') {
      out.error(['nodes', i, 'network'], `gateway "${node.name}" has a tunnel but is on network "${net.name}" of kind ${net.kind}`, 'a gateway with a tunnel on a network of kind wireguard', 'put the gateway on its wireguard network');
    } else if (block) {
      const path = [...here, 'peerAddress'];
      if (!ip.contains(block, t.peerAddress)) {
        out.error(path, `tunnel address ${t.peerAddress} is outside network "${node.network}" (${block.text}) of gateway "${node.name}"`, `an address in ${ip.hostRange(block)}`, `pick a free address in ${block.text}`);
      } else if (!ip.isHostAddress(block, t.peerAddress)) {
        out.error(path, `tunnel address ${t.peerAddress} is the network or broadcast address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'pick a host address');
      } else if (t.peerAddress === node.address) {
        out.error(path, `tunnel address ${t.peerAddress} is the address of gateway "${node.name}" itself`, `a free address in ${ip.hostRange(block)} other than ${node.address}`, `give the peer its own address in ${block.text}`);
      } else claim(`the tunnel of gateway "${node.name}"`, path, t.peerAddress);
      validateAdmins(out, node, t, i, block, claim);
    }
    const ports = new Set<number>();
    t.forward.forEach((port, j) => {
      if (ports.has(port)) out.error([...here, 'forward', j], `port ${port} is forwarded twice`, 'each port once', 'remove the duplicate');
      ports.add(port);
    });
  });
}

/** The admin devices of a gateway's tunnel: a name and a public key each once, a free host address of the gateway's network. */
function validateAdmins(out: Context['out'], node: NodeSpec, t: NonNullable<NodeSpec['tunnel']>, i: number, block: ip.Cidr, claim: Context['addresses']['claim']): void {
  const names = new Map<string, number>();
  const keys = new Map<string, number>();
  (t.admins ?? []).forEach((admin, j) => {
    const here = ['nodes', i, 'tunnel', 'admins', j];
    const first = names.get(admin.name);
    if (first !== undefined) out.error([...here, 'name'], `admin device "${admin.name}" is listed twice (nodes[${i}].tunnel.admins[${first}])`, 'each device once, by a name of its own', 'rename the device or remove the duplicate');
    else names.set(admin.name, j);
    if (!WIREGUARD_KEY.test(admin.publicKey)) {
      out.error([...here, 'publicKey'], `public key ${JSON.stringify(admin.publicKey)} of admin device "${admin.name}" is not a WireGuard public key`, '44 characters of base64 ending in "=", as wg pubkey prints them', 'on the device, run wg genkey | tee private.key | wg pubkey and give the printed public key; the private key stays on the device');
    } else if (keys.has(admin.publicKey)) {
      out.error([...here, 'publicKey'], `admin device "${admin.name}" has the public key of admin device "${t.admins![keys.get(admin.publicKey)!].name}"`, 'a key pair of its own for each device', 'make a key pair on the device with wg genkey and give its public key');
    } else keys.set(admin.publicKey, j);
    const path = [...here, 'address'];
    if (!ip.contains(block, admin.address)) {
      out.error(path, `address ${admin.address} of admin device "${admin.name}" is outside network "${node.network}" (${block.text}) of gateway "${node.name}"`, `an address in ${ip.hostRange(block)}`, `pick a free address in ${block.text}`);
    } else if (!ip.isHostAddress(block, admin.address)) {
      out.error(path, `address ${admin.address} of admin device "${admin.name}" is the network or broadcast address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'pick a host address');
    } else claim(`admin device "${admin.name}"`, path, admin.address);
  });
}
