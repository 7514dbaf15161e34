/**
 * The loaded site: validated, frozen, with the queries both apps use. Neither app derives an
 * address on its own; everything comes from here.
 */
import { resolveApp } from './apps/resolve';
import type { AppSpec } from './apps/types';
import { didYouMean } from './errors';
import { type Host, hostsOf, placeNodes } from './hosts';
import * as ip from './ip';
import type { ClusterSpec, ComponentName, MaintenanceSpec, NetworkSpec, NodeSpec, Role, SiteSpec, VipSpec } from './schema';

/** `cloudflare.target` of a site whose public address changes: the DDNS updater keeps a record at it. */
export const DYNAMIC_TARGET = 'dynamic';

/** Who writes a public hostname's record. */
export type PublicDns = 'terraform' | 'externalDns';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** A network with its parsed block. */
export interface Network extends NetworkSpec {
  readonly block: ip.Cidr;
  /** Prefix length, e.g. 24. */
  readonly prefix: number;
  /** DNS servers nodes on this network use: the site's infra nodes first, then the network's own list. */
  readonly resolvers: readonly string[];
}

/** A node with the facts both apps need. */
export interface Node extends NodeSpec {
  /** `name.domain`. */
  readonly fqdn: string;
  /** The cluster this node belongs to, if any. */
  readonly cluster?: string;
  /** True when the OS image is Flatcar (boots with Ignition). */
  readonly flatcar: boolean;
}

/** A cluster with its nodes and apps resolved. */
export interface Cluster extends Omit<ClusterSpec, 'apps'> {
  /** Its apps, each with its catalog app's fields filled in (apps/resolve.ts), in site order. */
  readonly apps: readonly AppSpec[];
  /** Server nodes, in site order; the first one initialises the cluster. */
  readonly servers: readonly Node[];
  /** Agent and storage nodes, in site order. */
  readonly agents: readonly Node[];
  /** The address clients reach the Kubernetes API on: the API VIP, or the first server. */
  readonly apiAddress: string;
  /** The kube-api VIP, when the cluster has one. */
  readonly apiVipSpec?: VipSpec;
  /** The ingress VIP, when the ingress goes through the load balancers. */
  readonly ingressVipSpec?: VipSpec;
  /** Public hostnames routed to this cluster. */
  readonly hostnames: readonly string[];
}

/** Lookups by name and role, built on first use (a site is frozen, so they live beside it). */
interface Index {
  nodes?: Map<string, Node>;
  networks?: Map<string, Network>;
  clusters?: Map<string, Cluster>;
  byRole: Map<string, readonly Node[]>;
}
const indexes = new WeakMap<Site, Index>();

function indexOf(site: Site): Index {
  let i = indexes.get(site);
  if (!i) indexes.set(site, (i = { byRole: new Map() }));
  return i;
}

/** Name → element, the first one of each name (as `find` would return). */
function byName<T extends { name: string }>(list: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of list) if (!m.has(x.name)) m.set(x.name, x);
  return m;
}

/** The validated site. Build it with `loadSite`/`loadSiteFile`; it is deeply frozen. */
export class Site {
  readonly spec: SiteSpec;
  readonly name: string;
  readonly domain: string;
  readonly networks: readonly Network[];
  readonly nodes: readonly Node[];
  readonly vips: readonly VipSpec[];
  readonly clusters: readonly Cluster[];
  /** The hypervisor hosts, in site order (one for a single-host site). */
  readonly hosts: readonly Host[];
  /** VM name → the name of the host it runs on (site/hosts.ts placeNodes). */
  private readonly placement: ReadonlyMap<string, string>;

  constructor(input: SiteSpec) {
    // A copy: freezing the site must not freeze the caller's object.
    const spec = deepFreeze(structuredClone(input));
    this.spec = spec;
    this.name = spec.name;
    this.domain = spec.domain;
    const infra = spec.nodes.filter((n) => n.role === 'infra').map((n) => n.address);
    this.networks = spec.networks.map((n) => {
      const block = ip.parseCidr(n.cidr);
      return { ...n, block, prefix: block.prefix, resolvers: [...new Set([...infra, ...n.dns])] };
    });
    const memberOf = new Map<string, string>();
    for (const c of spec.clusters) for (const n of c.nodes) memberOf.set(n, c.name);
    this.nodes = spec.nodes.map((n) => ({
      ...n,
      fqdn: `${n.name}.${spec.domain}`,
      cluster: memberOf.get(n.name),
      flatcar: spec.images[n.image]?.os === 'flatcar',
    }));
    this.vips = spec.vips;
    this.hosts = hostsOf(spec.hypervisor);
    this.placement = placeNodes(spec);
    this.clusters = spec.clusters.map((c) => {
      const members = c.nodes.map((name) => this.node(name));
      const servers = members.filter((n) => n.role === 'server');
      const apiVipSpec = c.apiVip ? spec.vips.find((v) => v.name === c.apiVip) : undefined;
      const ingressVipSpec = c.ingress?.vip ? spec.vips.find((v) => v.name === c.ingress!.vip) : undefined;
      return {
        ...c,
        servers,
        agents: members.filter((n) => n.role !== 'server'),
        apiAddress: apiVipSpec?.address ?? servers[0].address,
        apiVipSpec,
        ingressVipSpec,
        hostnames: (spec.cloudflare?.hostnames ?? []).filter((h) => h.cluster === c.name).map((h) => h.name),
        apps: c.apps.map((a) => resolveApp(a).app),
      };
    });
    deepFreeze(this);
  }

  /**
   * The maintenance window of a node or cluster: its cluster's `maintenance`, else the site's;
   * undefined when neither sets one (nothing sitekit sets up installs updates or reboots).
   */
  maintenance(of: Node | Cluster): MaintenanceSpec | undefined {
    const cluster = 'servers' in of ? of.name : of.cluster;
    return (cluster !== undefined ? this.spec.clusters.find((c) => c.name === cluster)?.maintenance : undefined) ?? this.spec.maintenance;
  }

  /** The node of that name; throws when there is none. */
  node(name: string): Node {
    const i = indexOf(this);
    const n = (i.nodes ??= byName(this.nodes)).get(name);
    if (!n) throw this.unknown('node', name, this.nodes);
    return n;
  }

  /** The network of that name; throws when there is none. */
  network(name: string): Network {
    const i = indexOf(this);
    const n = (i.networks ??= byName(this.networks)).get(name);
    if (!n) throw this.unknown('network', name, this.networks);
    return n;
  }

  /** The cluster of that name; throws when there is none. */
  cluster(name: string): Cluster {
    const i = indexOf(this);
    const c = (i.clusters ??= byName(this.clusters)).get(name);
    if (!c) throw this.unknown('cluster', name, this.clusters);
    return c;
  }

  /** The VIP of that name; throws when there is none. */
  vip(name: string): VipSpec {
    const v = this.vips.find((x) => x.name === name);
    if (!v) throw this.unknown('VIP', name, this.vips);
    return v;
  }

  /** `site "x" has no node "mastr1"; did you mean "master1"?` (or the names there are). */
  private unknown(what: string, name: string, list: readonly { name: string }[]): Error {
    const names = list.map((x) => x.name);
    const guess = didYouMean(name, names);
    const hint = guess ? `did you mean "${guess}"?` : names.length ? `${what}s: ${names.join(', ')}` : `it has no ${what}s`;
    return new Error(`site "${this.name}" has no ${what} "${name}"; ${hint}`);
  }

  /** Nodes of one or more roles, in site order. */
  nodesByRole(...roles: Role[]): readonly Node[] {
    const cache = indexOf(this).byRole;
    const key = roles.join(',');
    let nodes = cache.get(key);
    if (!nodes) cache.set(key, (nodes = Object.freeze(this.nodes.filter((n) => roles.includes(n.role)))));
    return nodes;
  }

  /** Nodes provisioned as VMs on the hypervisor (not external). */
  get vms(): readonly Node[] {
    return this.nodes.filter((n) => !n.external);
  }

  /** The host a VM runs on (its `host`, or where the site places it); undefined for an external node. */
  hostOf(node: Node | string): Host | undefined {
    const name = this.placement.get(typeof node === 'string' ? node : node.name);
    return name === undefined ? undefined : this.hosts.find((h) => h.name === name);
  }

  /** True when the site has more than one host: nodes then carry their host as their zone. */
  get multiHost(): boolean {
    return this.hosts.length > 1;
  }

  /** The network an address belongs to, if any. */
  networkOf(address: string): Network | undefined {
    return this.networks.find((n) => ip.contains(n.block, address));
  }

  /** The network a node is attached to. */
  networkOfNode(node: Node | string): Network {
    return this.network(typeof node === 'string' ? this.node(node).network : node.network);
  }

  /** The address of a node. */
  addressOf(name: string): string {
    return this.node(name).address;
  }

  /** MetalLB pools of a cluster, as `{ name, addresses }`. */
  pools(cluster: string): ClusterSpec['pools'] {
    return this.cluster(cluster).pools;
  }

  /** True when the cluster enables that component. */
  enabled(cluster: string, component: ComponentName): boolean {
    return !!this.cluster(cluster).components[component];
  }

  /**
   * The internal hostnames a cluster's ingress serves (routes with a certificate of the internal CA,
   * no public record): its apps' `internalHost` in site order, then Kibana's and Jenkins'. The site
   * rules keep them under the site's domain; the infra node's DNS answers them with the cluster's
   * ingress address (`ingressAddress`). Grafana has none: it is public or not routed.
   */
  internalHostnames(cluster: Cluster | string): readonly string[] {
    const c = typeof cluster === 'string' ? this.cluster(cluster) : cluster;
    if (!c.ingress) return [];
    const hosts = [...c.apps.map((a) => a.internalHost), c.components.eck ? c.kibana?.internalHost : undefined, c.components.jenkins ? c.jenkins?.internalHost : undefined];
    return hosts.filter((h): h is string => h !== undefined);
  }

  /**
   * The address a cluster's ingress answers on inside the site: its ingress VIP's (the load
   * balancers), else its MetalLB `ingress.address` (the site rules ask for one of the two);
   * undefined for a cluster without an ingress.
   */
  ingressAddress(cluster: Cluster | string): string | undefined {
    const c = typeof cluster === 'string' ? this.cluster(cluster) : cluster;
    return c.ingressVipSpec?.address ?? c.ingress?.address;
  }

  /** Every public hostname of the site, with its cluster, in site order. */
  get hostnames(): readonly { name: string; cluster: string; dns?: PublicDns }[] {
    return this.spec.cloudflare?.hostnames ?? [];
  }

  /** Public hostnames whose record Terraform writes (the edge stack), in site order. */
  get terraformHostnames(): readonly { name: string; cluster: string }[] {
    return this.hostnames.filter((h) => (h.dns ?? 'terraform') === 'terraform');
  }

  /** Public hostnames of `cluster` whose record its ExternalDNS writes, in site order. */
  externalDnsHostnames(cluster: string): readonly string[] {
    return this.hostnames.filter((h) => h.cluster === cluster && h.dns === 'externalDns').map((h) => h.name);
  }

  /** Where public DNS records point: the gateway's public address, or the literal address; none when the target is dynamic. */
  get publicAddress(): string | undefined {
    const target = this.spec.cloudflare?.target;
    if (target === undefined || target === DYNAMIC_TARGET) return undefined;
    return ip.isIPv4(target) ? target : this.node(target).publicAddress;
  }

  /**
   * The record every public hostname gets: an A record of the public address, or, with the
   * target dynamic, a CNAME to the name the DDNS updater keeps at the address.
   */
  get publicRecord(): { readonly type: 'A' | 'CNAME'; readonly content: string } | undefined {
    const cf = this.spec.cloudflare;
    if (!cf) return undefined;
    if (cf.target === DYNAMIC_TARGET) return cf.ddns ? { type: 'CNAME', content: cf.ddns.name } : undefined;
    const address = this.publicAddress;
    return address ? { type: 'A', content: address } : undefined;
  }
}
