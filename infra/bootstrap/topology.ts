/**
 * Who talks to whom: the sources and targets the bootstrap pieces share, so that a firewall
 * rule, a pg_hba line, an NFS export and an HAProxy backend can never disagree. Every address
 * comes from the site; nothing here computes one.
 */
import type { Cluster, Network, Node, Site } from '../../site';
import * as ip from '../../site/ip';
import type { VipSpec } from '../../site/schema';
import { nodeDatabases } from '../../cluster/apps/databases';
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

/** The networks (CIDR blocks) the given nodes live on, in site order. */
export function networksOf(site: Site, nodes: readonly Node[]): string[] {
  const names = new Set(nodes.map((n) => n.network));
  return site.networks.filter((n) => names.has(n.name)).map((n) => n.block.text);
}

/** The networks (CIDR blocks) a cluster's nodes live on, in site order. */
export function clusterNetworks(site: Site, cluster: Cluster): string[] {
  return networksOf(site, clusterNodes(cluster));
}

/**
 * The admin sources SSH is open to: the networks holding the hypervisor hosts (the LAN the admins
 * sit on), and, for a node on a libvirt NAT network, that network's gateway: the host's own
 * address on the NAT bridge, where sessions from the hypervisor come from; and the admin devices
 * of the gateways' tunnels (see `adminDeviceSources`).
 */
export function adminSources(site: Site, node: Node): string[] {
  const out = [...new Set(site.hosts.map((h) => site.networkOf(h.address)?.block.text ?? `${h.address}/32`))];
  const own = site.networkOfNode(node);
  if (own.kind === 'nat' && own.gateway) out.push(own.gateway);
  out.push(...adminDeviceSources(site, node));
  return out;
}

/**
 * Where the admin devices of the gateways' tunnels (`tunnel.admins`) come from, as a node sees
 * them: the gateway and the tunnel's peer see the devices' own addresses; every other node sees
 * the peer's site address, to which the peer translates the devices' traffic into the site.
 */
export function adminDeviceSources(site: Site, node: Node): string[] {
  const out: string[] = [];
  for (const t of memo(site, 'admin-tunnels', () => site.nodesByRole('gateway').map((g) => tunnelOf(site, g)).filter((t): t is Tunnel => !!t && t.admins.length > 0))) {
    if (node.name === t.gateway.name || node.name === t.peer.name) out.push(...t.admins.map((a) => a.address));
    else out.push(t.peer.address);
  }
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

/**
 * True when the load balancers send the PROXY protocol (v2) to the cluster's ingress: its ingress
 * VIP is served by HAProxy and its controller is Traefik, whose entry points take the header
 * from the load balancers only (cluster/components/traefik.ts). The client's address then
 * reaches Traefik through HAProxy's TCP proxying.
 */
export function sendsProxyProtocol(cluster: Cluster): boolean {
  return !!cluster.ingressVipSpec && cluster.ingress?.controller === 'traefik' && !!cluster.components.traefik;
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

/** One database of a database node, with the blocks its role may connect from. */
export interface NodeDatabaseAccess {
  readonly database: string;
  readonly role: string;
  /** The node networks and pod CIDR of the clusters whose apps use the database, in site order. */
  readonly clients: readonly string[];
}

/** The databases a database node holds (cluster/apps/databases.ts) and who reaches each. */
export function nodeDatabaseClients(site: Site, node: Node): readonly NodeDatabaseAccess[] {
  return memo(site, `databases:${node.name}`, () =>
    Object.freeze(
      nodeDatabases(site, node).map((d) => ({ database: d.database, role: d.role, clients: [...new Set(d.clusters.flatMap((c) => [...clusterNetworks(site, c), c.podCidr]))] })),
    ),
  );
}

/** Who may reach PostgreSQL on a database node: the clients of every database it holds. */
export function databaseClients(site: Site, node: Node): string[] {
  return [...new Set(nodeDatabaseClients(site, node).flatMap((d) => d.clients))];
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

/**
 * A gateway's public path (its `tunnel` block): the gateway forwards the public `forward` ports
 * through its WireGuard tunnel to `peerAddress`, the tunnel address of `peer`, a load balancer
 * that holds the ingress VIP of `cluster`; HAProxy on the peer proxies them to that ingress.
 */
export interface Tunnel {
  readonly gateway: Node;
  /** The gateway's wireguard network (the tunnel's addresses). */
  readonly network: Network;
  /** The site side: a load balancer; it dials out to the gateway. */
  readonly peer: Node;
  /** The peer's address on the tunnel. */
  readonly peerAddress: string;
  /** Public TCP ports forwarded to the peer, each to the ingress VIP port of the same number. */
  readonly forward: readonly number[];
  /** PersistentKeepalive of the peer. */
  readonly keepaliveSeconds: number;
  /** Sources the public ports are forwarded from; undefined: anywhere. */
  readonly allowFrom?: readonly string[];
  /** The cluster whose ingress the forwarded ports reach. */
  readonly cluster: Cluster;
  /**
   * The cluster's MetalLB ingress address, when the peer holds no ingress VIP of it (the peer
   * then proxies to that address); undefined when the peer holds the cluster's ingress VIP.
   */
  readonly ingressAddress?: string;
  /** Administrators' devices: WireGuard peers of the gateway, routed through the tunnel to `peer`. */
  readonly admins: readonly AdminDevice[];
}

/** An administrator's device on a gateway's tunnel (`tunnel.admins`). */
export interface AdminDevice {
  readonly name: string;
  readonly publicKey: string;
  readonly address: string;
}

/** The public path of a gateway, or undefined when it has no `tunnel` block. */
export function tunnelOf(site: Site, gateway: Node): Tunnel | undefined {
  const t = gateway.tunnel;
  if (!t || gateway.role !== 'gateway') return undefined;
  return memo(site, `tunnel:${gateway.name}`, () => {
    const network = site.networkOfNode(gateway);
    if (network.kind !== 'wireguard') throw new BootstrapError(`gateway ${gateway.name} is on network ${network.name} of kind ${network.kind}, not a wireguard network`);
    const peer = site.node(t.peer);
    if (peer.role !== 'loadbalancer') throw new BootstrapError(`the tunnel peer ${peer.name} of gateway ${gateway.name} has role ${peer.role}; it must be a load balancer`);
    // The cluster whose ingress VIP the peer holds; failing that, the one cluster with a MetalLB ingress address.
    const held = site.clusters.filter((c) => c.ingressVipSpec && loadBalancersOf(site, c.ingressVipSpec).some((n) => n.name === peer.name));
    const clusters = held.length ? held : site.clusters.filter((c) => c.ingress?.address !== undefined);
    if (clusters.length !== 1) {
      throw new BootstrapError(
        `the tunnel peer ${peer.name} of gateway ${gateway.name} can front the ingress of ${clusters.length} clusters; it must hold the ingress VIP of exactly one (or the site have one cluster with an ingress address)`,
      );
    }
    if (!ip.isHostAddress(network.block, t.peerAddress) || t.peerAddress === gateway.address) {
      throw new BootstrapError(`tunnel address ${t.peerAddress} of gateway ${gateway.name} is not a free host address of ${network.block.text}`);
    }
    const ingressAddress = held.length ? undefined : clusters[0].ingress?.address;
    return Object.freeze({ gateway, network, peer, peerAddress: t.peerAddress, forward: Object.freeze([...new Set(t.forward)]), keepaliveSeconds: t.keepaliveSeconds, allowFrom: t.allowFrom && Object.freeze([...t.allowFrom]), cluster: clusters[0], ingressAddress, admins: Object.freeze((t.admins ?? []).map((a) => Object.freeze({ ...a }))) });
  });
}

/** The public paths that end on a node (it is their `peer`); at most one on a valid site. */
export function tunnelsTo(site: Site, node: Node): readonly Tunnel[] {
  return memo(site, 'tunnels', () => Object.freeze(site.nodesByRole('gateway').map((g) => tunnelOf(site, g)).filter((t): t is Tunnel => !!t))).filter(
    (t) => t.peer.name === node.name,
  );
}

/** The one public path that ends on a node, if any (a valid site has at most one per node). */
export function tunnelTo(site: Site, node: Node): Tunnel | undefined {
  const tunnels = tunnelsTo(site, node);
  if (tunnels.length > 1) throw new BootstrapError(`node ${node.name} is the tunnel peer of ${tunnels.length} gateways (${tunnels.map((t) => t.gateway.name).join(', ')}); it can be the peer of one`);
  return tunnels[0];
}

/**
 * The WireGuard peer of a gateway: the `peer` of its tunnel, or, for a gateway without a `tunnel`
 * block, the first infra node (the site side configured by hand; the gateway only routes the site
 * networks to it, nothing public is forwarded).
 */
export function gatewayPeer(site: Site, gateway: Node): Node {
  const t = tunnelOf(site, gateway);
  if (t) return t.peer;
  const infra = infraNodes(site)[0];
  if (!infra) throw new BootstrapError(`gateway ${gateway.name} has no tunnel block, so it needs an infra node as the site side of its WireGuard tunnel, and the site has none`);
  return infra;
}

/** The networks the gateway routes into the tunnel: every site network that is not a WireGuard one. */
export function routedNetworks(site: Site): readonly Network[] {
  return site.networks.filter((n) => n.kind !== 'wireguard');
}
