/**
 * What a Proxmox VE node hands a cloud-init VM that sitekit defines
 * (`proxmox_virtual_environment_vm` of bpg/proxmox 0.111): the user-data snippet as it is, the
 * network data Proxmox generates itself from `ip_config` and `dns` (the NoCloud format, which
 * Proxmox uses for Linux VMs: network config version 1, net0 matched by its MAC and named
 * eth0), and the devices at the PCI addresses qemu-server gives them on the i440fx machine.
 */
import { createHash } from 'crypto';
import type { Json, Seed } from './site';
import type { PciAddress } from './vm';

/** qemu-server's fixed PCI addresses on bus 0 (i440fx). */
export const PVE_PCI: Readonly<Record<string, PciAddress>> = {
  vga: { slot: 2 },
  balloon0: { slot: 3 },
  virtio0: { slot: 10 },
  virtio1: { slot: 11 },
  net0: { slot: 18 },
};

function netmask(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 255).join('.');
}

/** The network-config Proxmox writes for net0 from the VM's `initialization` (NoCloud, version 1). */
export function proxmoxNetworkConfig(vm: Json): string {
  const init = vm.initialization;
  const nic = vm.network_device[0];
  const ip = init.ip_config[0].ipv4;
  const [address, prefix] = ip.address.split('/');
  const lines = [
    'version: 1',
    'config:',
    '    - type: physical',
    '      name: eth0',
    `      mac_address: '${String(nic.mac_address).toLowerCase()}'`,
    '      subnets:',
    '      - type: static',
    `        address: '${address}'`,
    `        netmask: '${netmask(Number(prefix))}'`,
    ...(ip.gateway ? [`        gateway: '${ip.gateway}'`] : []),
  ];
  const dns = init.dns;
  if (dns) {
    lines.push('    - type: nameserver');
    if (dns.servers?.length) lines.push('      address:', ...dns.servers.map((s: string) => `      - '${s}'`));
    if (dns.domain) lines.push('      search:', `      - '${dns.domain}'`);
  }
  return `${lines.join('\n')}\n`;
}

/** The seed of a Proxmox cloud-init VM: the snippet's user-data, Proxmox's network data and meta-data. */
export function proxmoxSeed(vm: Json, userData: string): Seed {
  const networkConfig = proxmoxNetworkConfig(vm);
  return { userData, networkConfig, metaData: `instance-id: ${createHash('sha1').update(userData + networkConfig).digest('hex')}\n` };
}
