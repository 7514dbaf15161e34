/**
 * Network rules: canonical CIDRs, no overlaps, gateway and DHCP inside, VLAN ids where they
 * belong; libvirt's one NAT network; DNS servers that are not some other owner's address.
 */
import { hostsOf } from '../hosts';
import * as ip from '../ip';
import type { SiteSpec } from '../schema';
import { Context, Issues, p } from './common';

/** A network's DHCP range. */
export interface Dhcp {
  readonly name: string;
  readonly i: number;
  readonly range: ip.IpRange;
}

/** Checks each network on its own and against the ones before it; returns name → block. */
export function validateNetworks(out: Issues, site: SiteSpec, networks: Map<string, number>): Map<string, ip.Cidr> {
  const blocks = new Map<string, ip.Cidr>();
  site.networks.forEach((net, i) => {
    const block = ip.parseCidr(net.cidr);
    const canonical = ip.hostBitsSet(net.cidr);
    if (canonical) {
      out.error(['networks', i, 'cidr'], `${net.cidr} has host bits set`, 'a network address with its prefix', `did you mean ${canonical}?`);
    }
    for (const [otherName, other] of blocks) {
      if (ip.overlaps(block, other)) {
        out.error(['networks', i, 'cidr'], `${net.cidr} overlaps network "${otherName}" (${other.text}, networks[${networks.get(otherName)}])`, 'networks that share no address', 'choose a CIDR that does not overlap any other network');
      }
    }
    if (!blocks.has(net.name)) blocks.set(net.name, block);
    if (net.kind === 'vlan' && net.vlan === undefined) {
      out.error(['networks', i, 'vlan'], `network "${net.name}" is of kind vlan but has no VLAN id`, 'an integer 1-4094', 'add vlan: <id>, or change kind');
    }
    if (net.kind !== 'vlan' && net.vlan !== undefined) {
      out.error(['networks', i, 'vlan'], `VLAN id ${net.vlan} on a network of kind ${net.kind}`, 'vlan only on networks of kind vlan', 'remove vlan or set kind: vlan');
    }
    if (net.gateway !== undefined && !ip.isHostAddress(block, net.gateway)) {
      out.error(['networks', i, 'gateway'], `gateway ${net.gateway} is not a host address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'use an address inside the network');
    }
    if (net.dhcp) {
      const { start, end } = net.dhcp;
      if (!ip.isHostAddress(block, start) || !ip.isHostAddress(block, end)) {
        out.error(['networks', i, 'dhcp'], `DHCP range ${start}-${end} is not inside ${block.text}`, `addresses in ${ip.hostRange(block)}`, 'move the DHCP range inside the network');
      } else if (ip.toBig(start) > ip.toBig(end)) {
        out.error(['networks', i, 'dhcp', 'start'], `DHCP range starts at ${start}, after its end ${end}`, 'start <= end', 'swap start and end');
      }
    }
  });
  return blocks;
}

/** The first DHCP range (in network order, valid ranges only) that overlaps a range. */
export function dhcpLookup(site: SiteSpec): (range: ip.IpRange) => Dhcp | undefined {
  const dhcpRanges = site.networks
    .map((net, i) => ({ net, i }))
    .filter(({ net }) => net.dhcp && ip.isIPv4(net.dhcp.start) && ip.toBig(net.dhcp.start) <= ip.toBig(net.dhcp.end))
    .map(({ net, i }) => ({ name: net.name, i, range: ip.parseRange(`${net.dhcp!.start}-${net.dhcp!.end}`) }));
  return (range) => dhcpRanges.find((d) => ip.overlaps(d.range, range));
}

/** libvirt puts every NAT network of the site on one libvirt network (infra/backends/libvirt.ts). */
export function validateLibvirtNat({ out, site }: Context): void {
  if (site.hypervisor.kind === 'libvirt') {
    let first: SiteSpec['networks'][number] | undefined; // the first NAT network that names a bridge
    let withDhcp: number | undefined;
    site.networks.forEach((net, j) => {
      if (net.kind !== 'nat') return;
      if (net.bridge !== undefined) {
        if (first && first.bridge !== net.bridge) {
          out.error(['networks', j, 'bridge'], `NAT network "${net.name}" names bridge ${net.bridge}, NAT network "${first.name}" bridge ${first.bridge}`, 'one bridge for all NAT networks on libvirt (they share one libvirt network)', `name bridge ${first.bridge} on both, or no bridge`);
        } else first ??= net;
      }
      if (net.dhcp) {
        if (withDhcp !== undefined) {
          out.error(['networks', j, 'dhcp'], `NAT networks "${site.networks[withDhcp].name}" and "${net.name}" both declare a dhcp range`, 'a dhcp range on one NAT network at most on libvirt (they share one libvirt network, which serves DHCP on one range)', 'keep dhcp on one of them (nodes have static addresses)');
        } else withDhcp = j;
      }
    });
  }
}

/** DNS servers: a reference to an infra node or a gateway is fine; anything else in the site is a clash. */
export function validateDns({ out, site, addresses: { firstClash } }: Context): void {
  const hosts = new Set([...hostsOf(site.hypervisor).map((h) => h.address), site.hypervisor.host]);
  const infraAddrs = new Set(site.nodes.filter((n) => n.role === 'infra').map((n) => n.address));
  // Stryker disable next-line MethodExpression: an undefined entry never equals a DNS server (a string)
  const gateways = new Set(site.networks.map((n) => n.gateway).filter((g): g is string => !!g));
  site.networks.forEach((net, i) =>
    net.dns.forEach((dns, j) => {
      if (infraAddrs.has(dns) || gateways.has(dns) || hosts.has(dns)) return;
      const owner = firstClash(ip.parseRange(dns)); // the schema takes IPv4 addresses only
      if (owner) out.error(['networks', i, 'dns', j], `DNS server ${dns} is already used by ${owner.owner} (${p(owner.path)})`, 'an infra node, a network gateway, the hypervisor host, or an address outside the site', 'point DNS at the infra node');
    }),
  );
}
