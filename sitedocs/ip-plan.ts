/**
 * The IP plan: every network with its block, gateway and DHCP range, and every address the site
 * gives out on it with what holds it (node, VIP, MetalLB pool, ingress address, tunnel end), in
 * address order; then the blocks outside the site networks (public addresses, pod and service
 * CIDRs). Every address is the site's own; nothing is derived here.
 */
import type { Site } from '../site';
import * as ip from '../site/ip';
import { loadBalancersOf, tunnelOf } from '../infra/bootstrap/topology';
import { code, doc, GENERATED, table } from './markdown';

/** One address or range of a network, with what holds it. */
export interface Allocation {
  /** An address, or a range `a-b`, or a CIDR block. */
  readonly address: string;
  readonly holder: string;
  readonly what: string;
}

const startOf = (text: string): bigint => ip.parseRange(text).start;

/** The allocations of the site by network name (site order of networks), and those in no site network. */
export function allocations(site: Site): { byNetwork: Map<string, Allocation[]>; outside: Allocation[] } {
  const byNetwork = new Map(site.networks.map((n) => [n.name, [] as Allocation[]]));
  const outside: Allocation[] = [];
  const add = (a: Allocation) => {
    const net = site.networkOf(ip.fromBig(startOf(a.address)));
    (net ? byNetwork.get(net.name)! : outside).push(a);
  };
  for (const n of site.networks) {
    if (n.gateway) add({ address: n.gateway, holder: 'gateway', what: `default gateway of ${n.name}` });
    if (n.dhcp) add({ address: `${n.dhcp.start}-${n.dhcp.end}`, holder: 'DHCP', what: `DHCP range of ${n.name} (never a node's address)` });
    for (const d of n.dns) if (ip.contains(n.block, d) && d !== n.gateway) add({ address: d, holder: 'DNS', what: `DNS server of ${n.name}` });
  }
  const hv = site.spec.hypervisor;
  for (const h of site.hosts) add({ address: h.address, holder: 'hypervisor', what: `${hv.kind} host${hv.kind === 'proxmox' ? ` (node ${h.name})` : site.multiHost ? ` ${h.name}` : ''}` });
  // A Proxmox cluster's API endpoint, when it is not one of its nodes' addresses.
  if (hv.kind === 'proxmox' && !site.hosts.some((h) => h.address === hv.host)) add({ address: hv.host, holder: 'hypervisor', what: 'Proxmox VE API endpoint' });
  for (const node of site.nodes) {
    const where = [node.role, node.cluster ? `cluster ${node.cluster}` : '', node.external ? 'external' : 'VM'].filter(Boolean).join(', ');
    add({ address: node.address, holder: `node ${node.name}`, what: where });
    if (node.publicAddress) add({ address: node.publicAddress, holder: `node ${node.name}`, what: 'public address' });
    const t = tunnelOf(site, node);
    if (t) add({ address: t.peerAddress, holder: `node ${t.peer.name} (tunnel)`, what: `${t.peer.name}'s end of the WireGuard tunnel of gateway ${node.name}` });
    for (const a of t?.admins ?? []) add({ address: a.address, holder: `admin device ${a.name}`, what: `an administrator's device on the WireGuard tunnel of gateway ${node.name}` });
  }
  for (const v of site.vips) {
    const lbs = loadBalancersOf(site, v).map((n) => n.name);
    add({ address: v.address, holder: `VIP ${v.name}`, what: `${v.purpose} VIP${lbs.length ? `, held by ${lbs.join(', ')} (keepalived)` : ''}` });
  }
  for (const c of site.clusters) {
    for (const p of c.pools) for (const a of p.addresses) add({ address: a, holder: `pool ${p.name}`, what: `MetalLB pool ${p.name} of cluster ${c.name}` });
    if (c.ingress?.address) add({ address: c.ingress.address, holder: `ingress ${c.name}`, what: `ingress address of cluster ${c.name} (MetalLB)` });
    outside.push({ address: c.podCidr, holder: `pods ${c.name}`, what: `pod CIDR of cluster ${c.name}` });
    outside.push({ address: c.serviceCidr, holder: `services ${c.name}`, what: `service CIDR of cluster ${c.name}` });
  }
  const target = site.spec.cloudflare?.target;
  if (target && ip.isIPv4(target)) add({ address: target, holder: 'Cloudflare target', what: 'where the public DNS records point' });
  const order = (a: Allocation, b: Allocation) => {
    const x = startOf(a.address);
    const y = startOf(b.address);
    return x < y ? -1 : x > y ? 1 : a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0;
  };
  for (const list of byNetwork.values()) list.sort(order);
  outside.sort(order);
  return { byNetwork, outside };
}

/** `docs/ip-plan.md`. */
export function ipPlanDoc(site: Site): string {
  const { byNetwork, outside } = allocations(site);
  const overview = table(
    ['network', 'kind', 'CIDR', 'gateway', 'DHCP range', 'VLAN', 'DNS servers', 'host addresses'],
    site.networks.map((n) => [
      `[${n.name}](#${n.name})`,
      n.kind,
      code(n.cidr),
      code(n.gateway),
      n.dhcp ? code(`${n.dhcp.start}-${n.dhcp.end}`) : '',
      n.vlan,
      n.resolvers.join(', '),
      `${code(ip.hostRange(n.block))} (${ip.size(n.block) - (n.prefix >= 31 ? 0n : 2n)})`,
    ]),
  );
  const sections = site.networks.map((n) => [
    `## ${n.name}`,
    '',
    `${n.kind} network ${code(n.cidr)}${n.gateway ? `, gateway ${code(n.gateway)}` : ''}${n.dhcp ? `, DHCP ${code(`${n.dhcp.start}-${n.dhcp.end}`)}` : ''}.`,
    '',
    ...table(['address', 'held by', 'what'], byNetwork.get(n.name)!.map((a) => [code(a.address), a.holder, a.what])),
  ]);
  return doc(`IP plan of ${site.name}`, GENERATED, [
    overview,
    ...sections,
    ['## Outside the site networks', '', ...table(['address or block', 'held by', 'what'], outside.map((a) => [code(a.address), a.holder, a.what]))],
  ]);
}
