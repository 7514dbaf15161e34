/**
 * Static network configuration of a node: a systemd-networkd file for Flatcar (Ignition) and a
 * network-config v2 document for cloud-init. Address, prefix, gateway and resolvers come from the
 * site (`Site.networkOfNode`, `Network.resolvers`).
 *
 * Interface name. cloud-init's eni and networkd renderers (Debian 12 uses eni) configure the
 * interface by the key of the `ethernets` entry and can only rename a NIC matched by MAC, so the
 * name must be known in advance, and keepalived needs it too:
 *  - a node with `mac:` in the site is matched by MAC and renamed to `eth0` (`RENAMED_INTERFACE`);
 *  - otherwise the name is the one the kernel gives the first virtio NIC on the hypervisor:
 *    `ens3` on libvirt (i440fx machine, NIC in PCI slot 3) and `ens18` on Proxmox VE (slot 18),
 *    `PRIMARY_INTERFACE`. Give load balancers a `mac:` when your VMs name it differently.
 * Flatcar (networkd, no keepalived) matches any Ethernet NIC (`en* eth*`) or the MAC.
 */
import { stringify } from 'yaml';
import type { Node, Site } from '../../site';
import { checkFqdn, checkIPv4, checkLabel, lines } from './common';
import { ntpServers, resolversOf } from './topology';

/** Name of the first virtio NIC per hypervisor, when the site gives no MAC. */
export const PRIMARY_INTERFACE: Readonly<Record<'libvirt' | 'proxmox', string>> = { libvirt: 'ens3', proxmox: 'ens18' };
/** Name a NIC matched by its MAC is renamed to. */
export const RENAMED_INTERFACE = 'eth0';
/** Path of the networkd file on Flatcar. */
export const NETWORKD_FILE = '/etc/systemd/network/00-sitekit.network';

/** The name of a node's NIC once cloud-init has configured it (see the module comment). */
export function primaryInterface(site: Site, node: Node): string {
  if (node.mac || node.external) return RENAMED_INTERFACE;
  return PRIMARY_INTERFACE[site.spec.hypervisor.kind];
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
    node.mac ? `MACAddress=${node.mac}` : 'Name=en* eth*',
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
    return stringify({ version: 2, ethernets: { [name]: { match: { name: 'e*' }, 'set-name': name, dhcp4: true } } }, { lineWidth: 0 });
  }
  const a = staticAddressing(site, node);
  const eth: Record<string, unknown> = {};
  if (node.mac) {
    eth.match = { macaddress: node.mac };
    eth['set-name'] = name;
  }
  eth.dhcp4 = false;
  eth.addresses = [`${a.address}/${a.prefix}`];
  // cloud-init 22.4 (Debian 12) rejects `to: default`; 0.0.0.0/0 works with every renderer.
  if (a.gateway) eth.routes = [{ to: '0.0.0.0/0', via: a.gateway }];
  eth.nameservers = { addresses: a.resolvers, search: [a.domain] };
  return stringify({ version: 2, ethernets: { [name]: eth } }, { lineWidth: 0 });
}
