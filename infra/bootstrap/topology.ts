/**
 * Who talks to whom: the sources and targets the bootstrap pieces share, so that a firewall
 * rule, a pg_hba line, an NFS export and an HAProxy backend can never disagree. Every address
 * comes from the site; nothing here computes one.
 */
import type { Cluster, Network, Node, Site } from '../../site';
import * as ip from '../../site/ip';
import type { VipSpec } from '../../site/schema';
import { BootstrapError } from './common';

/**
 * Values derived from a site, computed once per site: every node's bootstrap asks the same
 * questions about its cluster (its members, its load balancers...), and answering each from
 * scratch made a synth quadratic in nodes. Keyed by the (frozen) site object, so a new site,
 * e.g. in tests, starts empty. Callers must not mutate what it returns.
 */
const memos = new WeakMap<Site, Map<string, unknown>>();

export function memo<T>(site: Site, key: string, compute: () => T): T {
  let m = memos.get(site);
  if (!m) memos.set(site, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/** The cluster a node belongs to, if any. */
export function clusterOf(site: Site, node: Node): Cluster | undefined {
  return node.cluster ? site.cluster(node.cluster) : undefined;
}

const nodesOf = new WeakMap<Cluster, readonly Node[]>();

/** Every node of a cluster (servers first, then agents and storage nodes). */
export function clusterNodes(cluster: Cluster): readonly Node[] {
  let nodes = nodesOf.get(cluster);
  if (!nodes) nodesOf.set(cluster, (nodes = Object.freeze([...cluster.servers, ...cluster.agents])));
  return nodes;
}

/** The addresses of a cluster's nodes, in {@link clusterNodes} order. */
export function clusterAddresses(site: Site, cluster: Cluster): readonly string[] {
  return memo(site, `addresses:${cluster.name}`, () => Object.freeze(clusterNodes(cluster).map((n) => n.address)));
}

/** The networks (CIDR blocks) a cluster's nodes live on, in site order. */
export function clusterNetworks(site: Site, cluster: Cluster): string[] {
  const names = new Set(clusterNodes(cluster).map((n) => n.network));
  return site.networks.filter((n) => names.has(n.name)).map((n) => n.block.text);
}

/**
 * The admin sources SSH is open to: the network holding the hypervisor host (the LAN the admins
 * sit on), and, for a node on a libvirt NAT network, that network's gateway: the host's own
 * address on the NAT bridge, where sessions from the hypervisor come from.
 */
export function adminSources(site: Site, node: Node): string[] {
  const host = site.spec.hypervisor.host;
  const lan = site.networkOf(host);
  const out = [lan ? lan.block.text : `${host}/32`];
  const own = site.networkOfNode(node);
  if (own.kind === 'nat' && own.gateway) out.push(own.gateway);
  return out;
}

/** The load balancer nodes of the site, in site order (the first is the VRRP master). */
export function loadBalancers(site: Site): readonly Node[] {
  return site.nodesByRole('loadbalancer');
}

/** The VIPs a load balancer holds: every site VIP on its own network, in site order. */
export function vipsOf(site: Site, lb: Node): readonly VipSpec[] {
  const net = site.networkOfNode(lb);
  return site.vips.filter((v) => ip.contains(net.block, v.address));
}

/** The load balancers that hold a VIP (those on its network), in site order. */
export function loadBalancersOf(site: Site, vip: VipSpec): readonly Node[] {
  return loadBalancers(site).filter((lb) => ip.contains(site.networkOfNode(lb).block, vip.address));
}

/** The load balancers that front a cluster (hold its API or ingress VIP). */
export function loadBalancersFor(site: Site, cluster: Cluster): readonly Node[] {
  return memo(site, `lbs:${cluster.name}`, () => {
    const vips = [cluster.apiVipSpec, cluster.ingressVipSpec].filter((v): v is VipSpec => !!v);
    return Object.freeze(loadBalancers(site).filter((lb) => vips.some((v) => loadBalancersOf(site, v).includes(lb))));
  });
}

const targetsOf = new WeakMap<Cluster, readonly Node[]>();

/** Where the load balancers send ingress traffic: the cluster's nodes of role agent (all its nodes when it has none). */
export function ingressTargets(cluster: Cluster): readonly Node[] {
  let targets = targetsOf.get(cluster);
  if (!targets) {
    const agents = cluster.agents.filter((n) => n.role === 'agent');
    targetsOf.set(cluster, (targets = agents.length ? Object.freeze(agents) : clusterNodes(cluster)));
  }
  return targets;
}

const targetNames = new WeakMap<Cluster, ReadonlySet<string>>();

/** True when the node is one of the cluster's {@link ingressTargets}. */
export function isIngressTarget(cluster: Cluster, node: Node): boolean {
  let names = targetNames.get(cluster);
  if (!names) targetNames.set(cluster, (names = new Set(ingressTargets(cluster).map((n) => n.name))));
  return names.has(node.name);
}

/** The database nodes of the site. */
export function databases(site: Site): readonly Node[] {
  return site.nodesByRole('database');
}

/** Who may reach PostgreSQL: every cluster's node networks and pod CIDR. */
export function databaseClients(site: Site): string[] {
  return [...new Set(site.clusters.flatMap((c) => [...clusterNetworks(site, c), c.podCidr]))];
}

/** One NFS export of a storage node. */
export interface NfsExport {
  readonly path: string;
  /** CIDR blocks allowed to mount it. */
  readonly clients: readonly string[];
  /** Export options (`rw,sync,...`). */
  readonly options: string;
}

/** NFS data mount point on storage nodes. */
export const NFS_ROOT = '/srv/nfs';

/**
 * The exports of a storage node: `/srv/nfs/postgresql` for the database nodes' networks (backups
 * of the database VM), `/srv/nfs/shared` for the network(s) of the storage node's cluster (every
 * cluster's when the storage node is in none): the NFS CSI driver provisions volumes there.
 */
export function nfsExports(site: Site, node: Node): NfsExport[] {
  const dbNets = [...new Set(databases(site).map((d) => site.networkOfNode(d).block.text))];
  const own = clusterOf(site, node);
  const clusterNets = [...new Set((own ? [own] : site.clusters).flatMap((c) => clusterNetworks(site, c)))];
  const out: NfsExport[] = [];
  if (dbNets.length) out.push({ path: `${NFS_ROOT}/postgresql`, clients: dbNets, options: 'rw,sync,no_subtree_check,root_squash' });
  if (clusterNets.length) out.push({ path: `${NFS_ROOT}/shared`, clients: clusterNets, options: 'rw,sync,no_subtree_check,no_root_squash' });
  return out;
}

/** Every network of the site (infra serves DNS and NTP to all of them). */
export function siteNetworks(site: Site): string[] {
  return site.networks.map((n) => n.block.text);
}

/** The infra nodes (DNS + NTP), in site order. */
export function infraNodes(site: Site): readonly Node[] {
  return site.nodesByRole('infra');
}

/** NTP servers a node uses: the infra nodes (none for the infra nodes themselves and external nodes). */
export function ntpServers(site: Site, node: Node): string[] {
  if (node.role === 'infra' || node.external) return [];
  return infraNodes(site).map((n) => n.address);
}

/**
 * DNS servers a node uses: its network's resolvers (infra nodes first). An infra node puts its
 * upstream servers first and itself last, so it resolves before its own dnsmasq is installed.
 */
export function resolversOf(site: Site, node: Node): string[] {
  const net = site.networkOfNode(node);
  if (node.role !== 'infra') return [...net.resolvers];
  const infra = new Set(infraNodes(site).map((n) => n.address));
  return [...net.dns.filter((d) => !infra.has(d)), node.address];
}

/** Upstream DNS servers of an infra node: its network's `dns` list, without the infra nodes. */
export function upstreamDns(site: Site, node: Node): string[] {
  const infra = new Set(infraNodes(site).map((n) => n.address));
  return site.networkOfNode(node).dns.filter((d) => !infra.has(d));
}

/** The site side of the WireGuard tunnel: the first infra node. */
export function tunnelSitePeer(site: Site): Node {
  const infra = infraNodes(site)[0];
  if (!infra) throw new BootstrapError('the gateway needs an infra node as the site side of its WireGuard tunnel, and the site has none');
  return infra;
}

/** The networks the gateway routes into the tunnel: every site network that is not a WireGuard one. */
export function routedNetworks(site: Site): readonly Network[] {
  return site.networks.filter((n) => n.kind !== 'wireguard');
}
