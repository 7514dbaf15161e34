/**
 * Facts both hypervisor backends derive the same way from the site.
 */
import type { Host, Node, Site } from '../../site';
import type { DiskSpec, ImageSpec } from '../../site/schema';

export const GiB = 1024 ** 3;

/** Disk purposes whose contents outlive the VM: their volumes carry `lifecycle.prevent_destroy`. */
export function isStateful(disk: DiskSpec): boolean {
  return disk.purpose !== 'os';
}

/** True when any disk of the node holds state. */
export function hasStatefulDisk(node: Node): boolean {
  return node.disks.some(isStateful);
}

/**
 * True when losing the VM loses data: a data disk, or a k3s server, whose etcd member lives on
 * its OS disk. Such VMs (and on libvirt their OS volume) carry `lifecycle.prevent_destroy`.
 */
export function holdsState(node: Node): boolean {
  return node.role === 'server' || hasStatefulDisk(node);
}

/** The node's OS disk (the site guarantees exactly one). */
export function osDisk(node: Node): DiskSpec {
  return node.disks.find((d) => d.purpose === 'os')!;
}

/** The node's data disks, in site order. */
export function dataDisks(node: Node): DiskSpec[] {
  return node.disks.filter((d) => d.purpose !== 'os');
}

/**
 * The node's MAC address: the one in the site, or one derived from its address
 * (52:54:00 + the last three octets in hex: 10.17.4.21 → 52:54:00:11:04:15), so that DHCP host
 * entries and the VM's NIC agree without writing the MAC twice.
 */
export function macOf(node: Pick<Node, 'mac' | 'address'>): string {
  if (node.mac) return node.mac;
  const [, b, c, d] = node.address.split('.').map((o) => Number(o).toString(16).padStart(2, '0'));
  return `52:54:00:${b}:${c}:${d}`;
}

/** Images used by at least one VM of the site (external nodes are not provisioned), by key, in key order. */
export function usedImages(site: Site): [string, ImageSpec][] {
  const used = new Set(site.vms.map((n) => n.image));
  return Object.entries(site.spec.images)
    .filter(([key]) => used.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Disk image format of a cloud image, from its URL (cloud images are qcow2 unless they say raw). */
export function imageFormat(image: ImageSpec): 'qcow2' | 'raw' {
  return /\.raw(\?.*)?$/.test(image.url) ? 'raw' : 'qcow2';
}

/** A construct-id / Terraform-name-safe form of a name: `wg-gateway` → `wg_gateway`. */
export function tfName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The name a renamed node had (`changes.renames` of the site), if it was renamed. */
export function formerName(site: Site, node: Pick<Node, 'name'>): string | undefined {
  return site.spec.changes.renames.find((r) => r.to === node.name)?.node;
}

/** The host a VM runs on (its `host`, or where the site places it). Only VMs are placed: an external node is an error. */
export function vmHost(site: Site, node: Node): Host {
  const host = site.hostOf(node);
  if (!host) throw new Error(`node "${node.name}" has no host: only VMs are placed`);
  return host;
}

/** The VMs that run on `host`: every VM on a one-host site. */
export function vmsOn(site: Site, host: Host): readonly Node[] {
  return site.multiHost ? site.vms.filter((n) => vmHost(site, n) === host) : site.vms;
}

/**
 * Construct id of a per-host resource (a Terraform address, so a contract): `id` on the first host,
 * as on a one-host site, `<id>-on-<host>` on the others.
 */
export function idOnHost(site: Site, host: Host, id: string): string {
  return host === site.hosts[0] ? id : `${id}-on-${host.name}`;
}
