/**
 * How the boot tests lay a site out on the run's private network and on QEMU: the bridge of a site
 * network, the segments of its hypervisor networks, a VM with the devices libvirt assigned its
 * domain, and the broken load balancer's first-boot files.
 */
import { parse, stringify } from 'yaml';
import type { Node, Site } from '../../../site';
import type { DefinedDomain } from './libvirt';
import type { Seed } from './site';
import type { VmSpec } from './vm';

/** The bridge of the private namespace a site network maps to: one per bridge network, one for all NAT networks (as libvirt's shared NAT network). */
export function bridgeOf(s: Site, node: Node, prefix: string): string {
  const n = s.networkOfNode(node);
  return n.kind === 'nat' ? `${prefix}-nat` : `${prefix}-${n.name}`.slice(0, 15);
}

/** The segments (bridges and gateway addresses) of a site's hypervisor networks. */
export function segments(s: Site, prefix: string): { bridge: string; addresses: string[] }[] {
  const out = new Map<string, string[]>();
  for (const n of s.networks) {
    if (n.kind === 'wireguard') continue;
    const bridge = n.kind === 'nat' ? `${prefix}-nat` : `${prefix}-${n.name}`.slice(0, 15);
    out.set(bridge, [...(out.get(bridge) ?? []), ...(n.gateway ? [`${n.gateway}/${n.prefix}`] : [])]);
  }
  return [...out].map(([bridge, addresses]) => ({ bridge, addresses }));
}

/** A VM of `site` with the devices libvirt assigned its domain. */
export function libvirtSpec(site: Site, node: Node, d: DefinedDomain, seed: Seed, overrides: Partial<VmSpec> = {}): VmSpec {
  const a = d.assigned;
  const virtio = a.disks.filter((x) => x.bus === 'virtio');
  const cd = a.disks.find((x) => x.device === 'cdrom')?.drive;
  const usb = a.controllers.find((c) => c.type === 'usb')?.pci;
  return {
    name: node.name,
    memoryMiB: Math.min(node.memoryMiB, 1024),
    cpus: 1,
    machine: a.machine,
    nic: { mac: a.nics[0].mac, bridge: bridgeOf(site, node, 'br'), pci: a.nics[0].pci },
    disks: virtio.map((x, i) => ({ pci: x.pci!, serial: x.serial, blankGiB: i === 0 ? undefined : node.disks[i].sizeGiB })),
    cdrom: cd && { bus: cd.bus, unit: cd.unit },
    balloon: a.balloon,
    usb: usb && { slot: usb.slot, fn: usb.fn },
    seed,
    ...overrides,
  };
}

/** The load balancer config with the two defects the harness must catch. */
export function brokenSeed(seed: Seed): Seed {
  // The network-config sitekit wrote before it matched NICs by MAC: the name it assumed.
  const doc = parse(seed.networkConfig!);
  const eth = doc.ethernets.eth0;
  delete eth.match;
  delete eth['set-name'];
  const networkConfig = stringify({ version: 2, ethernets: { ens3: eth } });
  const userData = seed.userData.replace('default_backend ingress-http-microcloud', 'default_backend ingress-htp-microcloud').replace(/interface eth0/g, 'interface ens3').replace(/ dev eth0/g, ' dev ens3');
  if (userData === seed.userData) throw new Error('the broken copy did not change the user-data');
  return { ...seed, userData, networkConfig };
}
