/**
 * Rules that relate the fields of a parsed site to each other. Pure: spec in, issues out.
 * Every issue names the path, the value received, what is allowed, and a fix.
 */
import { didYouMean, PathSegment, SiteIssue, Severity } from './errors';
import * as ip from './ip';
import type { ClusterSpec, SiteSpec } from './schema';

const MEMBER_ROLES = ['server', 'agent', 'storage'];

interface Claim {
  readonly owner: string;
  readonly path: readonly PathSegment[];
  readonly range: ip.IpRange;
}

class Issues {
  readonly list: SiteIssue[] = [];
  add(severity: Severity, path: readonly PathSegment[], message: string, allowed?: string, fix?: string): void {
    this.list.push({ severity, path, message, allowed, fix });
  }
  error(path: readonly PathSegment[], message: string, allowed?: string, fix?: string): void {
    this.add('error', path, message, allowed, fix);
  }
  warn(path: readonly PathSegment[], message: string, allowed?: string, fix?: string): void {
    this.add('warning', path, message, allowed, fix);
  }
}

const p = (path: readonly PathSegment[]) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** Reports names used twice in a list; returns a map name → first index. */
function uniqueNames(out: Issues, list: readonly { name: string }[], key: string, what: string): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.name);
    if (first === undefined) seen.set(item.name, i);
    else
      out.error([key, i, 'name'], `${what} name "${item.name}" is already used by ${key}[${first}]`, `a ${what} name used once`, `rename one of the two ${what}s`);
  });
  return seen;
}

/** Checks a reference by name, with "did you mean". Returns true when it resolves. */
function reference(out: Issues, path: readonly PathSegment[], name: string, names: Map<string, number> | string[], what: string): boolean {
  if (Array.isArray(names) ? names.includes(name) : names.has(name)) return true; // without copying the names: a cluster references every node
  const list = Array.isArray(names) ? names : [...names.keys()];
  const guess = didYouMean(name, list);
  out.error(
    path,
    `unknown ${what} "${name}"`,
    list.length ? `one of: ${list.join(', ')}` : `a ${what} defined in the site (there are none)`,
    guess ? `did you mean "${guess}"?` : `define ${what} "${name}" or reference an existing one`,
  );
  return false;
}

/** Validates the relations inside a parsed site. Returns errors and warnings. */
export function validateSite(site: SiteSpec): SiteIssue[] {
  const out = new Issues();
  const networks = uniqueNames(out, site.networks, 'networks', 'network');
  const nodes = uniqueNames(out, site.nodes, 'nodes', 'node');
  const vips = uniqueNames(out, site.vips, 'vips', 'VIP');
  uniqueNames(out, site.clusters, 'clusters', 'cluster');

  // Networks: canonical CIDRs, no overlaps, gateway/DHCP inside, VLAN ids where they belong.
  const blocks = new Map<string, ip.Cidr>();
  site.networks.forEach((net, i) => {
    const block = ip.parseCidr(net.cidr);
    const canonical = ip.hostBitsSet(net.cidr);
    if (canonical) {
      out.error(['networks', i, 'cidr'], `${net.cidr} has host bits set`, 'a network address with its prefix', `did you mean ${canonical}?`);
    }
    for (const [otherName, other] of blocks) {
      if (ip.overlaps(block, other)) {
        out.error(['networks', i, 'cidr'], `${net.cidr} overlaps network "${otherName}" (${other.text}, networks[${networks.get(otherName)}])`, 'networks that share no address', 'choose a CIDR that does not overlap any other network');
      }
    }
    if (!blocks.has(net.name)) blocks.set(net.name, block);
    if (net.kind === 'vlan' && net.vlan === undefined) {
      out.error(['networks', i, 'vlan'], `network "${net.name}" is of kind vlan but has no VLAN id`, 'an integer 1-4094', 'add vlan: <id>, or change kind');
    }
    if (net.kind !== 'vlan' && net.vlan !== undefined) {
      out.error(['networks', i, 'vlan'], `VLAN id ${net.vlan} on a network of kind ${net.kind}`, 'vlan only on networks of kind vlan', 'remove vlan or set kind: vlan');
    }
    if (net.gateway !== undefined && !ip.isHostAddress(block, net.gateway)) {
      out.error(['networks', i, 'gateway'], `gateway ${net.gateway} is not a host address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'use an address inside the network');
    }
    if (net.dhcp) {
      const { start, end } = net.dhcp;
      if (!ip.isHostAddress(block, start) || !ip.isHostAddress(block, end)) {
        out.error(['networks', i, 'dhcp'], `DHCP range ${start}-${end} is not inside ${block.text}`, `addresses in ${ip.hostRange(block)}`, 'move the DHCP range inside the network');
      } else if (ip.toBig(start) > ip.toBig(end)) {
        out.error(['networks', i, 'dhcp', 'start'], `DHCP range starts at ${start}, after its end ${end}`, 'start <= end', 'swap start and end');
      }
    }
  });

  const networkOf = (address: string) => [...blocks].find(([, b]) => ip.contains(b, address));
  const dhcpRanges = site.networks
    .map((net, i) => ({ net, i }))
    .filter(({ net }) => net.dhcp && ip.isIPv4(net.dhcp.start) && ip.toBig(net.dhcp.start) <= ip.toBig(net.dhcp.end))
    .map(({ net, i }) => ({ name: net.name, i, range: ip.parseRange(`${net.dhcp!.start}-${net.dhcp!.end}`) }));
  const inDhcp = (range: ip.IpRange) => dhcpRanges.find((d) => ip.overlaps(d.range, range));

  // Address claims: every address (or range) has exactly one owner. Claims never overlap (a
  // clashing one is reported, not kept), so one address has at most one owner: single addresses
  // are found by value, and only ranges (pools, few) are compared one by one.
  const claims: Claim[] = [];
  const single = new Map<bigint, number>();
  const spans: number[] = [];
  /** The first claim (in claim order) that overlaps `range`, as `claims.find` would give it. */
  const firstClash = (range: ip.IpRange): Claim | undefined => {
    let first = Infinity;
    if (range.start === range.end) first = single.get(range.start) ?? Infinity;
    else for (const [at, i] of single) if (i < first && at >= range.start && at <= range.end) first = i;
    for (const i of spans) if (i < first && ip.overlaps(claims[i].range, range)) first = i;
    return claims[first];
  };
  const claim = (owner: string, path: readonly PathSegment[], text: string) => {
    const range = ip.parseRange(text);
    const clash = firstClash(range);
    if (clash) {
      const what = range.start === range.end ? `${text} is` : `range ${text} includes an address`;
      out.error(path, `${what} already used by ${clash.owner} (${p(clash.path)}: ${clash.range.text})`, 'each address used by one owner only', `give ${owner} an unused address`);
      return;
    }
    if (range.start === range.end) single.set(range.start, claims.length);
    else spans.push(claims.length);
    claims.push({ owner, path, range });
  };

  site.networks.forEach((net, i) => net.gateway && claim(`the gateway of network "${net.name}"`, ['networks', i, 'gateway'], net.gateway));
  // The hypervisor's own address (it may also be a network's gateway, when the host routes).
  const host = site.hypervisor.host;
  if (!site.networks.some((net) => net.gateway === host)) claim('the hypervisor host', ['hypervisor', 'host'], host);

  // Nodes: network, address inside it, MACs, images, disks, role needs.
  const macs = new Map<string, number>();
  site.nodes.forEach((node, i) => {
    const here = ['nodes', i];
    if (reference(out, [...here, 'network'], node.network, networks, 'network')) {
      const block = blocks.get(node.network)!;
      if (!ip.contains(block, node.address)) {
        const actual = networkOf(node.address);
        out.error([...here, 'address'], `${node.address} is outside network "${node.network}" (${block.text})`, `an address in ${ip.hostRange(block)}`, actual ? `set network: ${actual[0]}, or pick an address in ${block.text}` : `pick an address in ${block.text}`);
      } else if (!ip.isHostAddress(block, node.address)) {
        out.error([...here, 'address'], `${node.address} is the network or broadcast address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'pick a host address');
      }
    }
    claim(`node "${node.name}"`, [...here, 'address'], node.address);
    if (node.mac) {
      const first = macs.get(node.mac);
      if (first !== undefined) out.error([...here, 'mac'], `MAC ${node.mac} is already used by node "${site.nodes[first].name}" (nodes[${first}].mac)`, 'a MAC address used once', 'change one MAC, or remove it to have one derived from the address');
      else macs.set(node.mac, i);
    }
    reference(out, [...here, 'image'], node.image, Object.keys(site.images), 'image');
    const osDisks = node.disks.filter((d) => d.purpose === 'os').length;
    if (osDisks !== 1) {
      out.error([...here, 'disks'], `node "${node.name}" has ${osDisks} disks of purpose os`, 'exactly one disk with purpose: os', 'mark exactly one disk as purpose: os');
    }
    const diskNames = new Set<string>();
    node.disks.forEach((d, j) => {
      if (diskNames.has(d.name)) out.error([...here, 'disks', j, 'name'], `disk name "${d.name}" is used twice on node "${node.name}"`, 'unique disk names per node', 'rename one of the disks');
      diskNames.add(d.name);
    });
    const needsDisk: Record<string, string> = { storage: 'nfs', database: 'postgresql' };
    const need = needsDisk[node.role];
    if (need && !node.disks.some((d) => d.purpose === need)) {
      out.error([...here, 'disks'], `node "${node.name}" of role ${node.role} has no disk of purpose ${need}`, `a disk with purpose: ${need} on every ${node.role} node`, `add a disk with purpose: ${need}`);
    }
    if (node.role === 'gateway' && !node.publicAddress) {
      out.error([...here, 'publicAddress'], `gateway node "${node.name}" has no publicAddress`, 'the public IPv4 address of the gateway', 'add publicAddress: <its public address>');
    }
    if (node.publicAddress && !node.external) {
      out.error([...here, 'publicAddress'], `node "${node.name}" has a publicAddress but is not external`, 'publicAddress only on external nodes (a VPS outside the hypervisor)', 'add external: true, or remove publicAddress');
    }
  });

  // VIPs: inside a site network, outside DHCP, one owner.
  site.vips.forEach((vip, i) => {
    const path = ['vips', i, 'address'];
    const net = networkOf(vip.address);
    if (!net) {
      out.error(path, `VIP ${vip.address} is not inside any site network`, `an address in one of: ${[...blocks.values()].map((b) => b.text).join(', ')}`, 'pick an address on the load balancers\' network');
    } else if (!ip.isHostAddress(net[1], vip.address)) {
      out.error(path, `VIP ${vip.address} is the network or broadcast address of ${net[1].text}`, `an address in ${ip.hostRange(net[1])}`, 'pick a host address');
    }
    const dhcp = inDhcp(ip.parseRange(`${vip.address}-${vip.address}`));
    if (dhcp) out.error(path, `VIP ${vip.address} is inside the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'an address outside every DHCP range', 'move the VIP or shrink the DHCP range');
    claim(`VIP "${vip.name}"`, path, vip.address);
  });
  site.nodes.forEach((node, i) => {
    const dhcp = inDhcp(ip.parseRange(`${node.address}-${node.address}`));
    if (dhcp) out.error(['nodes', i, 'address'], `static address ${node.address} is inside the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'static addresses outside every DHCP range', 'move the node or shrink the DHCP range');
  });

  // DNS servers: a reference to an infra node or a gateway is fine; anything else in the site is a clash.
  const infraAddrs = new Set(site.nodes.filter((n) => n.role === 'infra').map((n) => n.address));
  const gateways = new Set(site.networks.map((n) => n.gateway).filter((g): g is string => !!g));
  site.networks.forEach((net, i) =>
    net.dns.forEach((dns, j) => {
      if (infraAddrs.has(dns) || gateways.has(dns) || dns === host) return;
      const owner = ip.isIPv4(dns) ? firstClash(ip.parseRange(dns)) : claims.find((c) => ip.contains(c.range, dns));
      if (owner) out.error(['networks', i, 'dns', j], `DNS server ${dns} is already used by ${owner.owner} (${p(owner.path)})`, 'an infra node, a network gateway, the hypervisor host, or an address outside the site', 'point DNS at the infra node');
    }),
  );

  // Clusters.
  const membership = new Map<string, string>();
  const vipUsers = new Map<string, string>();
  site.clusters.forEach((cluster, c) => validateCluster(out, site, cluster, c, { nodes, vips, blocks, membership, vipUsers, inDhcp, claim }));

  // Cloudflare and public hostnames.
  if (site.cloudflare) {
    const cf = site.cloudflare;
    if (!ip.isIPv4(cf.target)) {
      if (reference(out, ['cloudflare', 'target'], cf.target, nodes, 'node')) {
        const n = site.nodes[nodes.get(cf.target)!];
        if (n.role !== 'gateway' || !n.publicAddress) {
          out.error(['cloudflare', 'target'], `node "${n.name}" is not a gateway with a publicAddress`, 'an IPv4 address, or a gateway node with publicAddress', 'name the gateway node or give the public address');
        }
      }
    }
    const seen = new Set<string>();
    cf.hostnames.forEach((h, i) => {
      const path = ['cloudflare', 'hostnames', i];
      if (h.name !== cf.zone && !h.name.endsWith(`.${cf.zone}`)) {
        out.error([...path, 'name'], `hostname ${h.name} is not in zone ${cf.zone}`, `${cf.zone} or a name ending in .${cf.zone}`, `rename it to <name>.${cf.zone}`);
      }
      if (seen.has(h.name)) out.error([...path, 'name'], `hostname ${h.name} is declared twice`, 'each hostname once', 'remove the duplicate');
      seen.add(h.name);
      const clusterNames = site.clusters.map((x) => x.name);
      if (reference(out, [...path, 'cluster'], h.cluster, clusterNames, 'cluster')) {
        const cl = site.clusters.find((x) => x.name === h.cluster)!;
        if (!cl.ingress) out.error([...path, 'cluster'], `hostname ${h.name} routes to cluster "${cl.name}", which has no ingress`, 'a cluster with an ingress', `add ingress: to cluster "${cl.name}"`);
      }
    });
  }
  return out.list;
}

interface ClusterContext {
  readonly nodes: Map<string, number>;
  readonly vips: Map<string, number>;
  readonly blocks: Map<string, ip.Cidr>;
  readonly membership: Map<string, string>;
  readonly vipUsers: Map<string, string>;
  readonly inDhcp: (range: ip.IpRange) => { name: string; range: ip.IpRange } | undefined;
  readonly claim: (owner: string, path: readonly PathSegment[], text: string) => void;
}

function validateCluster(out: Issues, site: SiteSpec, cluster: ClusterSpec, c: number, ctx: ClusterContext): void {
  const here = ['clusters', c];
  const members = cluster.nodes.filter((name, j) => {
    if (!reference(out, [...here, 'nodes', j], name, ctx.nodes, 'node')) return false;
    const node = site.nodes[ctx.nodes.get(name)!];
    if (!MEMBER_ROLES.includes(node.role)) {
      out.error([...here, 'nodes', j], `node "${name}" has role ${node.role}, which does not join a cluster`, `nodes of role ${MEMBER_ROLES.join(', ')}`, `remove "${name}" from the cluster's nodes`);
      return false;
    }
    const other = ctx.membership.get(name);
    if (other !== undefined) {
      out.error([...here, 'nodes', j], `node "${name}" is already in cluster "${other}"`, 'each node in one cluster', `remove "${name}" from one of the clusters`);
      return false;
    }
    ctx.membership.set(name, cluster.name);
    return true;
  });
  const servers = members.filter((n) => site.nodes[ctx.nodes.get(n)!].role === 'server');
  if (servers.length === 0) {
    out.error([...here, 'nodes'], `cluster "${cluster.name}" has no k3s server`, 'at least one node of role server (3 for HA)', 'add a node of role server to the cluster');
  } else if (servers.length % 2 === 0) {
    out.warn([...here, 'nodes'], `cluster "${cluster.name}" has ${servers.length} k3s servers; etcd quorum tolerates no more failures than with ${servers.length - 1}`, 'an odd number of servers (1, 3, 5)', 'add or remove one server');
  }

  // Pod and service CIDRs.
  const pod = ip.parseCidr(cluster.podCidr);
  const svc = ip.parseCidr(cluster.serviceCidr);
  for (const [key, text] of [['podCidr', cluster.podCidr], ['serviceCidr', cluster.serviceCidr]] as const) {
    const canonical = ip.hostBitsSet(text);
    if (canonical) out.error([...here, key], `${text} has host bits set`, 'a network address with its prefix', `did you mean ${canonical}?`);
  }
  if (ip.overlaps(pod, svc)) {
    out.error([...here, 'serviceCidr'], `service CIDR ${cluster.serviceCidr} overlaps the pod CIDR ${cluster.podCidr}`, 'pod and service CIDRs that share no address', 'use e.g. podCidr 10.42.0.0/16 and serviceCidr 10.43.0.0/16');
  }
  for (const [key, block] of [['podCidr', pod], ['serviceCidr', svc]] as const) {
    for (const [name, net] of ctx.blocks) {
      if (ip.overlaps(block, net)) {
        out.error([...here, key], `${block.text} overlaps site network "${name}" (${net.text})`, 'a CIDR that no site network uses', 'choose another private range for the cluster');
      }
    }
  }

  // VIPs and load balancers.
  const hasLb = site.nodes.some((n) => n.role === 'loadbalancer');
  const useVip = (key: 'apiVip' | 'vip', name: string | undefined, purpose: string, path: readonly PathSegment[]) => {
    if (name === undefined) return;
    if (!reference(out, path, name, ctx.vips, 'VIP')) return;
    const vip = site.vips[ctx.vips.get(name)!];
    if (vip.purpose !== purpose) out.error(path, `VIP "${name}" has purpose ${vip.purpose}`, `a VIP with purpose ${purpose}`, `point ${key} at a ${purpose} VIP`);
    const user = ctx.vipUsers.get(name);
    if (user && user !== cluster.name) out.error(path, `VIP "${name}" is already used by cluster "${user}"`, 'one cluster per VIP', 'give each cluster its own VIP');
    ctx.vipUsers.set(name, cluster.name);
    if (!hasLb) {
      out.error(path, `VIP "${name}" needs load balancers, but the site has no node of role loadbalancer`, 'a VIP served by at least one loadbalancer node (two or more for failover)', 'add loadbalancer nodes, or remove the VIP');
      return;
    }
    // Keepalived moves a VIP between load balancers on one L2 segment: it must be on their network.
    const lbNets = [...new Set(site.nodes.filter((n) => n.role === 'loadbalancer').map((n) => n.network))].filter((n) => ctx.blocks.has(n));
    if (lbNets.length && !lbNets.some((n) => ip.contains(ctx.blocks.get(n)!, vip.address))) {
      out.error(path, `VIP "${name}" (${vip.address}) is not on a network of the load balancers`, `an address in ${lbNets.map((n) => `${ctx.blocks.get(n)!.text} (network "${n}")`).join(', ')}`, `move VIP "${name}" to the load balancers' network`);
    }
  };
  useVip('apiVip', cluster.apiVip, 'kube-api', [...here, 'apiVip']);

  // MetalLB pools.
  const pools: ip.IpRange[] = [];
  cluster.pools.forEach((pool, k) => {
    pool.addresses.forEach((text, a) => {
      const path = [...here, 'pools', k, 'addresses', a];
      if (!ip.isRangeSyntax(text)) {
        out.error(path, `${JSON.stringify(text)} is not an address range`, 'a range a.b.c.d-e.f.g.h (start <= end) or a CIDR block', 'write e.g. 10.17.4.200-10.17.4.220');
        return;
      }
      const canonical = ip.isCidrSyntax(text) ? ip.hostBitsSet(text) : undefined;
      if (canonical) {
        out.error(path, `pool block ${text} has host bits set`, 'a network address with its prefix, or a range a.b.c.d-e.f.g.h', `did you mean ${canonical}?`);
        return;
      }
      const range = ip.parseRange(text);
      pools.push(range);
      const net = [...ctx.blocks].find(([, b]) => range.start >= b.start && range.end <= b.end);
      if (!net) out.error(path, `pool range ${text} is not inside a site network`, 'a range inside the network its nodes are on', 'move the range into a site network');
      const dhcp = ctx.inDhcp(range);
      if (dhcp) out.error(path, `pool range ${text} overlaps the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'pool ranges outside every DHCP range', 'shrink the DHCP range or move the pool');
      ctx.claim(`pool "${pool.name}" of cluster "${cluster.name}"`, path, text);
    });
  });
  if (cluster.pools.length && !cluster.components.metallb) {
    out.error([...here, 'pools'], `cluster "${cluster.name}" has address pools but MetalLB is not enabled`, 'pools only with components.metallb', 'add components.metallb: { version: ... }, or remove pools');
  }

  // Ingress.
  if (cluster.ingress) {
    const ing = cluster.ingress;
    const ipath = [...here, 'ingress'];
    const component = ing.controller === 'traefik' ? 'traefik' : 'ingressNginx';
    if (!cluster.components[component]) {
      out.error([...ipath, 'controller'], `ingress controller ${ing.controller} is not among the cluster's components`, `components.${component} with a version`, `add components.${component}: { version: ... }`);
    }
    if ((ing.vip === undefined) === (ing.address === undefined)) {
      out.error(ipath, 'ingress needs exactly one of vip or address', 'vip: <ingress VIP name> (through the load balancers) or address: <MetalLB address>', 'set one of the two');
    }
    useVip('vip', ing.vip, 'ingress', [...ipath, 'vip']);
    if (ing.address !== undefined && !pools.some((r) => ip.contains(r, ing.address!))) {
      out.error([...ipath, 'address'], `ingress address ${ing.address} is not in any pool of cluster "${cluster.name}"`, pools.length ? `an address in ${pools.map((r) => r.text).join(', ')}` : 'an address from a MetalLB pool of the cluster (it has none)', 'pick an address from a pool');
    }
  }

  // Components that need nodes of a kind.
  const memberNodes = members.map((n) => site.nodes[ctx.nodes.get(n)!]);
  if (cluster.components.longhorn && !memberNodes.some((n) => n.disks.some((d) => d.purpose === 'longhorn'))) {
    out.error([...here, 'components', 'longhorn'], `Longhorn is enabled but no node of cluster "${cluster.name}" has a longhorn disk`, 'at least one member node with a disk of purpose longhorn', 'add a longhorn disk to the storage or agent nodes');
  }
  if (cluster.components.nfs && !site.nodes.some((n) => n.role === 'storage')) {
    out.error([...here, 'components', 'nfs'], 'NFS is enabled but the site has no node of role storage', 'a storage node exporting /srv/nfs/shared', 'add a node of role storage');
  }
}
