/**
 * The inventory: cpu, memory and disks of every node, and their totals per host: the hypervisor
 * for the VMs, each external node for itself. The site gives no host capacity, so the totals are
 * what the VMs ask of the host, to compare with the machine's own.
 */
import type { Node, Site } from '../site';
import { DISK_PURPOSES } from '../site/schema';
import { code, doc, GENERATED, table } from './markdown';

const gib = (mib: number) => `${Number.isInteger(mib / 1024) ? mib / 1024 : (mib / 1024).toFixed(1)} GiB`;
const diskTotal = (n: Node) => n.disks.reduce((s, d) => s + d.sizeGiB, 0);

/** What a set of nodes asks for in total. */
export interface Totals {
  readonly nodes: number;
  readonly cpu: number;
  readonly memoryMiB: number;
  readonly diskGiB: number;
  /** Disk GiB by purpose (only purposes in use), in DISK_PURPOSES order. */
  readonly byPurpose: readonly [string, number][];
}

export function totals(nodes: readonly Node[]): Totals {
  const byPurpose = DISK_PURPOSES.map((p): [string, number] => [p, nodes.reduce((s, n) => s + n.disks.filter((d) => d.purpose === p).reduce((t, d) => t + d.sizeGiB, 0), 0)]).filter(([, v]) => v > 0);
  return {
    nodes: nodes.length,
    cpu: nodes.reduce((s, n) => s + n.cpu, 0),
    memoryMiB: nodes.reduce((s, n) => s + n.memoryMiB, 0),
    diskGiB: nodes.reduce((s, n) => s + diskTotal(n), 0),
    byPurpose,
  };
}

/** The host a node runs on: the hypervisor's name, or the node itself when it is external. */
export function hostOf(site: Site, node: Node): string {
  if (node.external) return `${node.name} (external)`;
  const h = site.hostOf(node);
  if (!h) return `${node.name} (no host)`;
  if (site.spec.hypervisor.kind === 'proxmox') return `proxmox ${h.name} (${h.address})`;
  return site.multiHost ? `libvirt ${h.name} (${h.address})` : `libvirt ${h.address}`;
}

/** `docs/inventory.md`. */
export function inventoryDoc(site: Site): string {
  const nodes = table(
    ['node', 'role', 'cluster', 'host', 'image', 'vCPU', 'memory', 'disks', 'disk total'],
    site.nodes.map((n) => [
      n.name,
      n.role,
      n.cluster,
      hostOf(site, n),
      `${n.image} (${site.spec.images[n.image]?.os ?? '?'})`,
      n.cpu,
      gib(n.memoryMiB),
      n.disks.map((d) => `${code(d.name)} ${d.sizeGiB} GiB ${d.purpose}`).join(', '),
      `${diskTotal(n)} GiB`,
    ]),
  );
  const hosts = [...new Set(site.nodes.map((n) => hostOf(site, n)))].map((h) => {
    const t = totals(site.nodes.filter((n) => hostOf(site, n) === h));
    return [h, t.nodes, t.cpu, gib(t.memoryMiB), `${t.diskGiB} GiB`, t.byPurpose.map(([p, v]) => `${p} ${v} GiB`).join(', ')];
  });
  const clusters = site.clusters.map((c) => {
    const t = totals([...c.servers, ...c.agents]);
    return [c.name, t.nodes, t.cpu, gib(t.memoryMiB), `${t.diskGiB} GiB`, t.byPurpose.map(([p, v]) => `${p} ${v} GiB`).join(', ')];
  });
  const all = totals(site.nodes);
  return doc(`Inventory of ${site.name}`, GENERATED, [
    ['## Nodes', '', ...nodes],
    [
      '## Per host',
      '',
      'What the nodes ask of each host. The site does not give a host\'s capacity: compare with the machine (vCPUs may be overcommitted; memory and disk should fit).',
      '',
      ...table(['host', 'nodes', 'vCPU', 'memory', 'disk', 'disk by purpose'], hosts),
    ],
    ['## Per cluster', '', ...table(['cluster', 'nodes', 'vCPU', 'memory', 'disk', 'disk by purpose'], clusters)],
    ['## Site total', '', `${all.nodes} nodes, ${all.cpu} vCPU, ${gib(all.memoryMiB)} memory, ${all.diskGiB} GiB of disk (${all.byPurpose.map(([p, v]) => `${p} ${v} GiB`).join(', ')}).`],
  ]);
}
