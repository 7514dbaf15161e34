/**
 * The hypervisor hosts of a site and which host each VM runs on.
 *
 * A site has one host (the single-host fields of `hypervisor`) or a list (`hypervisor.hosts`).
 * Both read as a list here; the first host is the one a single-host site had, so its Terraform
 * keeps the default provider and its addresses.
 *
 * Placement: a VM with `host` runs there. The others are placed in site order, each on the host
 * that holds the fewest VMs of its kind so far (ties: the first such host in hosts order), where a
 * kind is: the servers of one cluster, the load balancers, the Longhorn nodes of one cluster
 * (nodes with a longhorn disk), the rest. So servers, load balancers and Longhorn replicas spread
 * over the hosts. A VM on a libvirt NAT network stays on the first host, where that network lives. The rule depends on the nodes list: a node inserted before others can move them,
 * which the data-loss guard refuses (set `host` on the nodes to pin them).
 */
import type { NodeSpec, SiteSpec } from './schema';

/** One hypervisor host, whichever way the site wrote it. */
export interface Host {
  /** Name (`hosts[].name`; one-host sites: the Proxmox node, or the libvirt host's address). */
  readonly name: string;
  /** Its address. */
  readonly address: string;
  /** Bridge to the LAN (Proxmox: the default bridge of its VMs). */
  readonly bridge: string;
  /** libvirt: the connection URI (the default filled in). */
  readonly uri?: string;
  /** libvirt: its storage pool. */
  readonly pool?: { readonly name: string; readonly path: string };
  /** Proxmox: the datastore of its VMs' disks. */
  readonly datastore?: string;
}

/**
 * The hosts of the site, in site order. A site without hosts and with a single-host field missing
 * (which validation reports) yields its host with that field empty.
 */
export function hostsOf(hv: SiteSpec['hypervisor']): Host[] {
  if (hv.kind === 'libvirt') {
    if (hv.hosts) return hv.hosts.map((h) => ({ name: h.name, address: h.host, bridge: h.bridge, uri: h.uri ?? `qemu+ssh://root@${h.host}/system`, pool: h.pool }));
    const address = hv.host ?? '';
    return [{ name: address, address, bridge: hv.bridge ?? '', uri: hv.uri ?? `qemu+ssh://root@${address}/system`, pool: hv.pool ?? { name: '', path: '' } }];
  }
  if (hv.hosts) return hv.hosts.map((h) => ({ name: h.name, address: h.host, bridge: h.bridge ?? hv.bridge, datastore: h.datastore ?? hv.datastore }));
  return [{ name: hv.node ?? '', address: hv.host, bridge: hv.bridge, datastore: hv.datastore }];
}

/** The kind of a VM, for spreading: servers of a cluster, load balancers, Longhorn nodes of a cluster, the rest. */
function kindOf(node: NodeSpec, cluster: string | undefined): string {
  if (node.role === 'server') return `server:${cluster ?? ''}`;
  if (node.role === 'loadbalancer') return 'loadbalancer';
  if (node.disks.some((d) => d.purpose === 'longhorn')) return `longhorn:${cluster ?? ''}`;
  return 'other';
}

/**
 * Node name → host name, for every VM (external nodes are not placed). A `host` that names no host
 * is kept as written (validation reports it).
 */
export function placeNodes(spec: Pick<SiteSpec, 'hypervisor' | 'nodes' | 'clusters' | 'networks'>): Map<string, string> {
  const hosts = hostsOf(spec.hypervisor).map((h) => h.name);
  const memberOf = new Map<string, string>();
  // Stryker disable next-line ConditionalExpression: a node listed by two clusters is an error of its own (validate/clusters.ts), whichever cluster its kind then names
  for (const c of spec.clusters) for (const n of c.nodes) if (!memberOf.has(n)) memberOf.set(n, c.name);
  const vms = spec.nodes.filter((n) => !n.external);
  // kind → host → how many VMs of that kind it holds.
  const counts = new Map<string, Map<string, number>>();
  const count = (kind: string, host: string) => {
    let m = counts.get(kind);
    if (!m) counts.set(kind, (m = new Map()));
    m.set(host, (m.get(host) ?? 0) + 1);
  };
  const placed = new Map<string, string>();
  // Pinned VMs first, so that the placed ones spread around them.
  // Stryker disable next-line ConditionalExpression: an unpinned VM counted under no host changes no host's count
  for (const n of vms) if (n.host !== undefined) count(kindOf(n, memberOf.get(n.name)), n.host);
  for (const n of vms) {
    if (n.host !== undefined) {
      placed.set(n.name, n.host);
      continue;
    }
    const kind = kindOf(n, memberOf.get(n.name));
    const m = counts.get(kind);
    let best = hosts[0];
    // A libvirt NAT network lives on the first host: its VMs stay there.
    const nat = spec.hypervisor.kind === 'libvirt' && spec.networks.some((net) => net.name === n.network && net.kind === 'nat');
    if (!nat) for (const h of hosts) if ((m?.get(h) ?? 0) < (m?.get(best) ?? 0)) best = h;
    placed.set(n.name, best);
    count(kind, best);
  }
  return placed;
}
