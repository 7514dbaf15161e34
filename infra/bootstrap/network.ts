/**
 * Static network configuration of a node: a systemd-networkd file for Flatcar (Ignition) and a
 * network-config v2 document for cloud-init. Address, prefix, gateway and resolvers come from the
 * site (`Site.networkOfNode`, `Network.resolvers`).
 *
 * Interface name. The name the kernel gives a NIC depends on the VM's devices (a virtio NIC is
 * `ens2` in PCI slot 2 of a libvirt domain without video, `ens18` on Proxmox VE), so no name is
 * assumed: every VM's NIC is matched by the MAC its hypervisor gives it (`macOf`, the site's
 * `mac:` or one derived from the address) and renamed `eth0` (`PRIMARY_INTERFACE`), which
 * keepalived then names. On Proxmox VE, its own cloud-init network data (`ip_config`, the NoCloud
 * format it uses for Linux VMs) does the same for net0: matched by MAC, named `eth0`.
 * An external node (a VPS, MAC unknown) takes DHCP on its Ethernet NICs (`e*`), keeping the
 * kernel's name: cloud-init can only rename a NIC it matches by MAC, and netplan's network file
 * for a renamed NIC matches the new name only, which the NIC would not have until a reboot.
 * Nothing on a gateway names its NIC (its firewall names wg0 only).
 * Flatcar's networkd file matches the MAC too (no renaming: nothing on Flatcar names the NIC).
 */
import { stringify } from 'yaml';
import type { Node, Site } from '../../site';
import { macOf } from '../backends/common';
import { checkFqdn, checkIPv4, checkLabel, lines } from './common';
import { ntpServers, resolversOf } from './topology';

/** The name of every VM's NIC once cloud-init has configured it (see the module comment). */
export const PRIMARY_INTERFACE = 'eth0';
/** Path of the networkd file on Flatcar. */
export const NETWORKD_FILE = '/etc/systemd/network/00-sitekit.network';

/** The name of a VM's NIC once cloud-init has configured it: the same on every hypervisor. */
export function primaryInterface(_site: Site, _node: Node): string {
  return PRIMARY_INTERFACE;
}

/** Address, gateway and resolvers of a node (all from the site, checked). */
export function staticAddressing(site: Site, node: Node): { address: string; prefix: number; gateway?: string; resolvers: string[]; domain: string; ntp: string[] } {
  const net = site.networkOfNode(node);
  return {
    address: checkIPv4(node.address, `address of node ${node.name}`),
    prefix: net.prefix,
    gateway: net.gateway === undefined ? undefined : checkIPv4(net.gateway, `gateway of network ${net.name}`),
    resolvers: resolversOf(site, node).map((r) => checkIPv4(r, `resolver of node ${node.name}`)),
    domain: checkFqdn(site.domain, 'site domain'),
    ntp: ntpServers(site, node).map((a) => checkIPv4(a, 'NTP server')),
  };
}

/** The systemd-networkd `.network` file of a Flatcar node. */
export function networkdConfig(site: Site, node: Node): string {
  checkLabel(node.name, 'node name');
  const a = staticAddressing(site, node);
  return lines(
    `# sitekit: static address of ${node.name} on network ${site.networkOfNode(node).name}`,
    '[Match]',
    node.external ? 'Name=en* eth*' : `MACAddress=${macOf(node)}`,
    'Type=ether',
    '',
    '[Network]',
    `Address=${a.address}/${a.prefix}`,
    a.gateway && `Gateway=${a.gateway}`,
    a.resolvers.map((r) => `DNS=${r}`),
    `Domains=${a.domain}`,
    a.ntp.map((n) => `NTP=${n}`),
    'LinkLocalAddressing=no',
    'IPv6AcceptRA=no',
  );
}

/** The cloud-init network-config (version 2) of a node. External nodes (a VPS) take DHCP from their provider. */
export function cloudInitNetworkConfig(site: Site, node: Node): string {
  const name = primaryInterface(site, node);
  if (node.external) {
    return stringify({ version: 2, ethernets: { [name]: { match: { name: 'e*' }, dhcp4: true } } }, { lineWidth: 0 });
  }
  const a = staticAddressing(site, node);
  const eth: Record<string, unknown> = { match: { macaddress: macOf(node) }, 'set-name': name, dhcp4: false };
  eth.addresses = [`${a.address}/${a.prefix}`];
  // cloud-init 22.4 (Debian 12) rejects `to: default`; 0.0.0.0/0 works with every renderer.
  if (a.gateway) eth.routes = [{ to: '0.0.0.0/0', via: a.gateway }];
  eth.nameservers = { addresses: a.resolvers, search: [a.domain] };
  return stringify({ version: 2, ethernets: { [name]: eth } }, { lineWidth: 0 });
}
