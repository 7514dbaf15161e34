/**
 * VIP rules: inside a site network, outside DHCP, one owner; the load balancers that hold them
 * (a load balancer serves the VIPs of its network: keepalived moves them on one L2 segment).
 */
import * as ip from '../ip';
import type { Context } from './common';

/** keepalived priorities of the load balancers of a VIP: 150, 140, ... 10 (infra/bootstrap/loadbalancer.ts). */
const MAX_LBS_PER_VIP = 15;

/** VIPs: inside a site network, outside DHCP, one owner. */
export function validateVips({ out, site, blocks, networkOf, inDhcp, addresses: { claim } }: Context): void {
  site.vips.forEach((vip, i) => {
    const path = ['vips', i, 'address'];
    const net = networkOf(vip.address);
    if (!net) {
      out.error(path, `VIP ${vip.address} is not inside any site network`, `an address in one of: ${[...blocks.values()].map((b) => b.text).join(', ')}`, 'pick an address on the load balancers\' network');
    } else if (!ip.isHostAddress(net[1], vip.address)) {
      out.error(path, `VIP ${vip.address} is the network or broadcast address of ${net[1].text}`, `an address in ${ip.hostRange(net[1])}`, 'pick a host address');
    }
    const dhcp = inDhcp(ip.parseRange(`${vip.address}-${vip.address}`));
    if (dhcp) out.error(path, `VIP ${vip.address} is inside the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'an address outside every DHCP range', 'move the VIP or shrink the DHCP range');
    claim(`VIP "${vip.name}"`, path, vip.address);
  });
}

/** Load balancers on a network that holds no VIP. */
export function validateLbNetworks({ out, site, blocks }: Context): void {
  const holdsVip = (net: string) => site.vips.some((v) => blocks.has(net) && ip.contains(blocks.get(net)!, v.address));
  const lbs = site.nodes.filter((n) => n.role === 'loadbalancer');
  // When no load balancer is on a VIP's network, the cluster's VIP rule already says so.
  const vipRuleReports = !lbs.some((n) => holdsVip(n.network)) && site.clusters.some((c) => c.apiVip !== undefined || c.ingress?.vip !== undefined);
  site.nodes.forEach((node, i) => {
    if (node.role !== 'loadbalancer' || !blocks.has(node.network) || holdsVip(node.network) || vipRuleReports) return;
    out.error(['nodes', i, 'network'], `load balancer "${node.name}" is on network "${node.network}", which holds no VIP of the site`, 'load balancers on the network of a VIP', 'move it to the network of a VIP, or add a VIP on its network');
  });
}

/** keepalived gives each load balancer of a VIP its own priority: 150, 140, ... 10. */
export function validateLbCount({ out, site, networkOf }: Context): void {
  const lbs = site.nodes.filter((n) => n.role === 'loadbalancer');
  site.vips.forEach((vip) => {
    const net = ip.isIPv4(vip.address) ? networkOf(vip.address)?.[0] : undefined;
    const holders = lbs.filter((n) => n.network === net);
    if (holders.length <= MAX_LBS_PER_VIP) return;
    const extra = holders[MAX_LBS_PER_VIP];
    out.error(['nodes', site.nodes.indexOf(extra), 'network'], `VIP "${vip.name}" would be held by ${holders.length} load balancers on network "${extra.network}"; keepalived's priorities (150, 140, ... 10) take ${MAX_LBS_PER_VIP}`, `at most ${MAX_LBS_PER_VIP} load balancers on the network of a VIP`, `remove load balancers from network "${extra.network}" (from "${extra.name}" on)`);
  });
}
