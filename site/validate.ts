/**
 * Rules that relate the fields of a parsed site to each other. Pure: spec in, issues out.
 * Every issue names the path, the value received, what is allowed, and a fix.
 */
import { didYouMean, PathSegment, show, SiteIssue, Severity } from './errors';
import * as ip from './ip';
import type { ClusterSpec, SiteSpec } from './schema';

const MEMBER_ROLES = ['server', 'agent', 'storage'];
/** Disk purposes the bootstrap formats and mounts (infra/bootstrap/disks.ts MOUNT_POINTS): one disk each. */
const MOUNTED_PURPOSES: Record<string, string | undefined> = { longhorn: '/var/lib/longhorn', nfs: '/srv/nfs', postgresql: '/srv/postgresql' };
/** keepalived priorities of the load balancers of a VIP: 150, 140, ... 10 (infra/bootstrap/loadbalancer.ts). */
const MAX_LBS_PER_VIP = 15;
/**
 * The major version of grafana-community's loki chart whose values cluster/components/loki.ts
 * writes (cluster/versions.ts pins a release of it). Another major reads them differently: with
 * grafana/loki's 6.x, which that repository also serves, they render no Loki, so an upgrade deletes
 * the running StatefulSet, and with it (6.x's PVC retention policy) the volume of the logs.
 */
export const LOKI_CHART_MAJOR = 18;
/** Roles whose bootstrap installs distribution packages (none on Flatcar): the packages, by role. */
const ROLE_PACKAGES: Record<string, string | undefined> = { loadbalancer: 'haproxy and keepalived', database: 'postgresql', infra: 'dnsmasq and chrony', gateway: 'wireguard-tools' };

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
  // Stryker disable next-line ArrayDeclaration: an extra first element shifts no index this code compares
  const claims: Claim[] = [];
  const single = new Map<bigint, number>();
  // Stryker disable next-line ArrayDeclaration: a non-number entry never compares below `first`
  const spans: number[] = [];
  /** The first claim (in claim order) that overlaps `range`, as `claims.find` would give it. */
  const firstClash = (range: ip.IpRange): Claim | undefined => {
    let first = Infinity;
    // Stryker disable next-line ConditionalExpression: a single address looked up as a one-address span is found by the span loop instead: the same claim
    if (range.start === range.end) first = single.get(range.start) ?? Infinity;
    else for (const [at, i] of single) if (i < first && at >= range.start && at <= range.end) first = i;
    // Stryker disable next-line EqualityOperator: claim indices are unique, so `<=` never meets an equal one
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
    // Stryker disable next-line ConditionalExpression: a single address stored as a one-address span is found by the span loop: the same answers
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
    const mounted = new Map<string, number>();
    node.disks.forEach((d, j) => {
      if (diskNames.has(d.name)) out.error([...here, 'disks', j, 'name'], `disk name "${d.name}" is used twice on node "${node.name}"`, 'unique disk names per node', 'rename one of the disks');
      diskNames.add(d.name);
      const mount = MOUNTED_PURPOSES[d.purpose];
      if (!mount) return;
      const first = mounted.get(d.purpose);
      if (first !== undefined) {
        out.error([...here, 'disks', j, 'purpose'], `node "${node.name}" has a second disk of purpose ${d.purpose} (the first is disks[${first}])`, `one disk of purpose ${d.purpose} per node (the bootstrap mounts it at ${mount})`, 'make it one larger disk, or give this one purpose: data');
      } else mounted.set(d.purpose, j);
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
    // What the bootstrap renderers and backends refuse (infra/): a user error here, not an internal one there.
    const needs = ROLE_PACKAGES[node.role];
    if (needs && site.images[node.image]?.os === 'flatcar') {
      out.error([...here, 'image'], `node "${node.name}" of role ${node.role} needs the ${needs} packages, which Flatcar cannot install`, `a debian or ubuntu image for ${node.role} nodes`, 'give it a debian or ubuntu image');
    }
    const kind = site.networks.find((n) => n.name === node.network)?.kind;
    if (kind === 'wireguard' && !node.external && !node.publicAddress) {
      out.error([...here, 'network'], `node "${node.name}" is a VM on the wireguard network "${node.network}", which the hypervisor has no bridge for`, 'VMs on bridge, nat or vlan networks; external nodes on wireguard networks', 'add external: true, or put the node on another network');
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
  // A load balancer serves the VIPs of its network (keepalived moves them on one L2 segment).
  const holdsVip = (net: string) => site.vips.some((v) => blocks.has(net) && ip.contains(blocks.get(net)!, v.address));
  const lbs = site.nodes.filter((n) => n.role === 'loadbalancer');
  // When no load balancer is on a VIP's network, the cluster's VIP rule already says so.
  const vipRuleReports = !lbs.some((n) => holdsVip(n.network)) && site.clusters.some((c) => c.apiVip !== undefined || c.ingress?.vip !== undefined);
  site.nodes.forEach((node, i) => {
    if (node.role !== 'loadbalancer' || !blocks.has(node.network) || holdsVip(node.network) || vipRuleReports) return;
    out.error(['nodes', i, 'network'], `load balancer "${node.name}" is on network "${node.network}", which holds no VIP of the site`, 'load balancers on the network of a VIP', 'move it to the network of a VIP, or add a VIP on its network');
  });
  site.nodes.forEach((node, i) => {
    const dhcp = inDhcp(ip.parseRange(`${node.address}-${node.address}`));
    if (dhcp) out.error(['nodes', i, 'address'], `static address ${node.address} is inside the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'static addresses outside every DHCP range', 'move the node or shrink the DHCP range');
  });

  // keepalived gives each load balancer of a VIP its own priority: 150, 140, ... 10.
  site.vips.forEach((vip) => {
    const net = ip.isIPv4(vip.address) ? networkOf(vip.address)?.[0] : undefined;
    const holders = lbs.filter((n) => n.network === net);
    if (holders.length <= MAX_LBS_PER_VIP) return;
    const extra = holders[MAX_LBS_PER_VIP];
    out.error(['nodes', site.nodes.indexOf(extra), 'network'], `VIP "${vip.name}" would be held by ${holders.length} load balancers on network "${extra.network}"; keepalived's priorities (150, 140, ... 10) take ${MAX_LBS_PER_VIP}`, `at most ${MAX_LBS_PER_VIP} load balancers on the network of a VIP`, `remove load balancers from network "${extra.network}" (from "${extra.name}" on)`);
  });

  // A gateway without a tunnel block routes the site through the first infra node.
  site.nodes.forEach((node, i) => {
    if (node.role === 'gateway' && !node.tunnel && !site.nodes.some((n) => n.role === 'infra')) {
      out.error(['nodes', i], `gateway "${node.name}" has no tunnel block, and the site has no infra node to be the site side of its WireGuard tunnel`, 'a tunnel block (a load balancer as the site side), or a node of role infra', 'add tunnel: { peer: <a load balancer>, peerAddress: <a free address of its wireguard network> }, or add an infra node');
    }
  });

  // libvirt puts every NAT network of the site on one libvirt network (infra/backends/libvirt.ts).
  if (site.hypervisor.kind === 'libvirt') {
    let bridged: number | undefined;
    let withDhcp: number | undefined;
    site.networks.forEach((net, j) => {
      if (net.kind !== 'nat') return;
      if (net.bridge !== undefined) {
        const first = bridged === undefined ? undefined : site.networks[bridged];
        if (first && first.bridge !== net.bridge) {
          out.error(['networks', j, 'bridge'], `NAT network "${net.name}" names bridge ${net.bridge}, NAT network "${first.name}" bridge ${first.bridge}`, 'one bridge for all NAT networks on libvirt (they share one libvirt network)', `name bridge ${first.bridge} on both, or no bridge`);
        } else bridged ??= j;
      }
      if (net.dhcp) {
        if (withDhcp !== undefined) {
          out.error(['networks', j, 'dhcp'], `NAT networks "${site.networks[withDhcp].name}" and "${net.name}" both declare a dhcp range`, 'a dhcp range on one NAT network at most on libvirt (they share one libvirt network, which serves DHCP on one range)', 'keep dhcp on one of them (nodes have static addresses)');
        } else withDhcp = j;
      }
    });
  }

  // Gateway tunnels (the public path): after every node and VIP has claimed its address.
  validateTunnels(out, site, nodes, blocks, claim);

  // DNS servers: a reference to an infra node or a gateway is fine; anything else in the site is a clash.
  const infraAddrs = new Set(site.nodes.filter((n) => n.role === 'infra').map((n) => n.address));
  // Stryker disable next-line MethodExpression: an undefined entry never equals a DNS server (a string)
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
  // (Unless a cluster lists an unknown node: most likely this one, misspelt, which that error names.)
  const unknownMember = site.clusters.some((c) => c.nodes.some((n) => !nodes.has(n)));
  site.nodes.forEach((node, i) => {
    if ((node.role === 'server' || node.role === 'agent') && !membership.has(node.name) && !unknownMember) {
      out.error(['nodes', i, 'role'], `node "${node.name}" of role ${node.role} is in no cluster`, `${node.role} nodes listed in the nodes of a cluster`, `add "${node.name}" to a cluster's nodes, or change its role`);
    }
  });

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
    // The names the infra node's DNS answers inside the site (infra/bootstrap/infranode.ts dnsRecords).
    const internal = new Map<string, string>();
    site.vips.forEach((v, j) => internal.set(`${v.name}.${site.domain}`, `VIP "${v.name}" (vips[${j}]: ${v.address})`));
    site.nodes.forEach((n, j) => internal.set(`${n.name}.${site.domain}`, `node "${n.name}" (nodes[${j}]: ${n.address})`));
    cf.hostnames.forEach((h, i) => {
      const path = ['cloudflare', 'hostnames', i];
      const owner = internal.get(h.name);
      if (owner) {
        const what = owner.slice(0, owner.indexOf(' ('));
        out.error([...path, 'name'], `public hostname ${h.name} is also the internal name of ${owner}: inside the site it would resolve to that address, outside to the public ingress`, `a public hostname that no node or VIP is named as in domain ${site.domain}`, `rename ${what}, or choose another public hostname`);
      }
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

  // Declared node renames: from a name no node has any more to a node of the site, each name once.
  const renamed = new Map<string, number>();
  const renamedTo = new Map<string, number>();
  site.changes.renames.forEach((r, i) => {
    const path = ['changes', 'renames', i];
    const still = nodes.get(r.node);
    if (still !== undefined) {
      out.error([...path, 'node'], `node "${r.node}" is renamed to "${r.to}" but still exists (nodes[${still}])`, 'the old name of a renamed node, which no node of the site has any more', r.node === r.to ? 'remove the rename: the node keeps its name' : `rename nodes[${still}] to "${r.to}", or remove the rename`);
    } else if (renamed.has(r.node)) {
      out.error([...path, 'node'], `node "${r.node}" is renamed twice (changes.renames[${renamed.get(r.node)}])`, 'each old name renamed once', 'remove one of the two renames');
    }
    if (!renamed.has(r.node)) renamed.set(r.node, i);
    if (still === undefined && reference(out, [...path, 'to'], r.to, nodes, 'node')) {
      const first = renamedTo.get(r.to);
      if (first !== undefined) out.error([...path, 'to'], `node "${r.to}" is the new name of two renames (changes.renames[${first}] from "${site.changes.renames[first].node}")`, 'one old name per node', 'keep the rename from the node\'s last name and remove the other');
      else renamedTo.set(r.to, i);
    }
  });
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
  // The networks the cluster's nodes have an interface on (one each), in site order.
  const memberNets = new Set(members.map((n) => site.nodes[ctx.nodes.get(n)!].network));
  const nodeNets = [...ctx.blocks.keys()].filter((n) => memberNets.has(n));
  const poolNames = new Map<string, number>();
  cluster.pools.forEach((pool, k) => {
    const first = poolNames.get(pool.name);
    if (first !== undefined) out.error([...here, 'pools', k, 'name'], `pool name "${pool.name}" is used twice in cluster "${cluster.name}" (pools[${first}])`, 'unique pool names per cluster (each is an IPAddressPool)', 'rename one of the pools, or merge their addresses');
    else poolNames.set(pool.name, k);
    pool.addresses.forEach((text, a) => {
      const path = [...here, 'pools', k, 'addresses', a];
      if (!ip.isRangeSyntax(text)) {
        out.error(path, `${show(text)} is not an address range`, 'a range a.b.c.d-e.f.g.h (start <= end) or a CIDR block', 'write e.g. 10.17.4.200-10.17.4.220');
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
      else if (nodeNets.length && !nodeNets.includes(net[0])) {
        // MetalLB in L2 mode answers ARP for a pool address on the nodes' own interfaces only.
        const on = nodeNets.map((n) => `${ctx.blocks.get(n)!.text} (network "${n}")`).join(', ');
        out.error(path, `pool range ${text} is on network "${net[0]}" (${net[1].text}), where no node of cluster "${cluster.name}" has an interface; MetalLB (L2) answers for pool addresses on the nodes' own networks only`, `a range on a network of the cluster's nodes: ${on}`, `move the range into ${nodeNets.length === 1 ? ctx.blocks.get(nodeNets[0])!.text : 'one of those networks'}, or put nodes of the cluster on network "${net[0]}"`);
      }
      const dhcp = ctx.inDhcp(range);
      if (dhcp) out.error(path, `pool range ${text} overlaps the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'pool ranges outside every DHCP range', 'shrink the DHCP range or move the pool');
      ctx.claim(`pool "${pool.name}" of cluster "${cluster.name}"`, path, text);
    });
  });
  if (cluster.pools.length && !cluster.components.metallb) {
    out.error([...here, 'pools'], `cluster "${cluster.name}" has address pools but MetalLB is not enabled`, 'pools only with components.metallb', 'add components.metallb: { version: ... }, or remove pools');
  }

  if (cluster.gitops.bootstrap === 'flux' && cluster.gitops.engine !== 'flux') {
    out.error([...here, 'gitops', 'bootstrap'], `gitops.bootstrap is flux, but cluster "${cluster.name}" runs ${cluster.gitops.engine}`, 'bootstrap: flux only with engine: flux (Argo CD is installed by the tree)', 'remove gitops.bootstrap, or set engine: flux');
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

  // Where the apps' PostgreSQL databases live.
  if (cluster.postgresql === 'node' && !site.nodes.some((n) => n.role === 'database')) {
    out.error([...here, 'postgresql'], `cluster "${cluster.name}" keeps its databases on the database node, but the site has no node of role database`, 'postgresql: node with a node of role database in the site, or postgresql: cloudnativePg', 'add a node of role database, or set postgresql: cloudnativePg');
  }
  if (cluster.postgresql === 'cloudnativePg' && !cluster.components.cloudnativePg) {
    out.error([...here, 'postgresql'], `cluster "${cluster.name}" keeps its databases in CloudNativePG, which it does not enable`, 'postgresql: cloudnativePg with components.cloudnativePg', 'add components.cloudnativePg: { version: ... }, or set postgresql: node');
  }

  // Monitoring: alerts go where the site says, Grafana is public only when asked.
  if (cluster.components.kubePrometheusStack && !cluster.monitoring?.alerts) {
    out.error([...here, 'components', 'kubePrometheusStack'], `kube-prometheus-stack is enabled, but cluster "${cluster.name}" names no alert receiver: Alertmanager would send every alert nowhere`, 'monitoring.alerts with receiver webhook, email or none', 'add monitoring: { alerts: { receiver: webhook } } (or email), or receiver: none to say so');
  }
  if (cluster.monitoring && !cluster.components.kubePrometheusStack) {
    out.error([...here, 'monitoring'], `cluster "${cluster.name}" configures monitoring, but does not enable kube-prometheus-stack`, 'monitoring with components.kubePrometheusStack', 'add components.kubePrometheusStack: { version: ... }, or remove monitoring');
  }
  if (cluster.monitoring?.grafana.public) {
    const host = `grafana.${site.domain}`;
    if (!(site.cloudflare?.hostnames ?? []).some((h) => h.name === host && h.cluster === cluster.name)) {
      out.error([...here, 'monitoring', 'grafana', 'public'], `Grafana is public, but ${host} is not a public hostname of cluster "${cluster.name}"`, `${host} in cloudflare.hostnames with cluster: ${cluster.name}`, `add { name: ${host}, cluster: ${cluster.name} } to cloudflare.hostnames, or set public: false`);
    }
  }

  const loki = cluster.components.loki?.version;
  if (loki !== undefined && Number(loki.replace(/^v/, '').split('.')[0]) !== LOKI_CHART_MAJOR) {
    out.error([...here, 'components', 'loki', 'version'], `loki chart version ${loki} is not ${LOKI_CHART_MAJOR}.x, the chart sitekit writes Loki's values for (grafana-community's loki chart): with grafana/loki's 6.x they render no Loki, and the upgrade deletes its StatefulSet and volume`, `${LOKI_CHART_MAJOR}.x of https://grafana-community.github.io/helm-charts`, `set components.loki.version to ${LOKI_CHART_MAJOR}.x, e.g. the release sitekit pins (cluster/versions.ts); see README, Day 2`);
  }

  if (cluster.backups && !cluster.components.longhorn) {
    out.error([...here, 'backups'], `cluster "${cluster.name}" names a backup target, but does not enable Longhorn, whose volumes it backs up`, 'backups with components.longhorn', 'add components.longhorn: { version: ... }, or remove backups');
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

/**
 * The `tunnel` blocks of gateway nodes (the public path): only on gateways, which must be on a
 * wireguard network; the peer a load balancer holding the ingress VIP of exactly one cluster (its
 * HAProxy proxies the forwarded ports to that ingress) and the peer of one gateway only; the peer
 * address a host address of the gateway's network that nothing else uses; each port forwarded once.
 */
function validateTunnels(out: Issues, site: SiteSpec, nodes: Map<string, number>, blocks: Map<string, ip.Cidr>, claim: (owner: string, path: readonly PathSegment[], text: string) => void): void {
  // Stryker disable next-line ConditionalExpression: a short cut; without a tunnel the loop below reports nothing
  if (!site.nodes.some((n) => n.tunnel)) return;
  // The clusters whose ingress VIP is on each network: the load balancers of that network hold it.
  const ingressOn = new Map<string, string[]>();
  for (const c of site.clusters) {
    const vip = c.ingress?.vip === undefined ? undefined : site.vips.find((v) => v.name === c.ingress!.vip);
    const net = vip && ip.isIPv4(vip.address) ? [...blocks].find(([, b]) => ip.contains(b, vip.address)) : undefined;
    if (net) ingressOn.set(net[0], [...(ingressOn.get(net[0]) ?? []), c.name]);
  }
  // A load balancer without an ingress VIP may front the one cluster whose ingress is a MetalLB address.
  const addressed = site.clusters.filter((c) => c.ingress?.address !== undefined);
  const fronts = (n: { network: string }) => (ingressOn.get(n.network)?.length ?? 0) === 1 || (!ingressOn.has(n.network) && addressed.length === 1);
  const candidates = site.nodes.filter((n) => n.role === 'loadbalancer' && fronts(n)).map((n) => n.name);
  const allowed = `a load balancer holding the ingress VIP of one cluster${candidates.length ? `: one of: ${candidates.join(', ')}` : ' (the site has none)'}`;
  const fix = 'set peer to a load balancer on the network of the ingress VIP';
  const peers = new Map<string, number>();
  site.nodes.forEach((node, i) => {
    const t = node.tunnel;
    if (!t) return;
    const here = ['nodes', i, 'tunnel'];
    if (node.role !== 'gateway') {
      out.error(here, `node "${node.name}" of role ${node.role} has a tunnel`, 'tunnel only on nodes of role gateway', 'remove tunnel, or set role: gateway');
      return;
    }
    if (reference(out, [...here, 'peer'], t.peer, nodes, 'node')) {
      const peer = site.nodes[nodes.get(t.peer)!];
      const clusters = ingressOn.get(peer.network) ?? [];
      const first = peers.get(peer.name);
      if (peer.role !== 'loadbalancer') {
        out.error([...here, 'peer'], `node "${peer.name}" has role ${peer.role} and cannot be the site side of the tunnel`, allowed, fix);
      } else if (!clusters.length && addressed.length !== 1) {
        out.error([...here, 'peer'], `load balancer "${peer.name}" holds no ingress VIP (no cluster's ingress VIP is on its network "${peer.network}")`, allowed, fix);
      } else if (clusters.length > 1) {
        out.error([...here, 'peer'], `load balancer "${peer.name}" holds the ingress VIPs of clusters ${clusters.map((c) => `"${c}"`).join(', ')}; the tunnel forwards to one ingress`, allowed, 'put the public cluster\'s ingress VIP on a network of its own load balancers and peer with one of them');
      } else if (first !== undefined) {
        out.error([...here, 'peer'], `node "${peer.name}" is already the tunnel peer of gateway "${site.nodes[first].name}" (nodes[${first}].tunnel.peer)`, 'each load balancer the peer of one gateway', 'give each gateway its own peer');
      } else peers.set(peer.name, i);
    }
    const net = site.networks.find((n) => n.name === node.network);
    const block = blocks.get(node.network);
    if (net && net.kind !== 'wireguard') {
      out.error(['nodes', i, 'network'], `gateway "${node.name}" has a tunnel but is on network "${net.name}" of kind ${net.kind}`, 'a gateway with a tunnel on a network of kind wireguard', 'put the gateway on its wireguard network');
    } else if (block) {
      const path = [...here, 'peerAddress'];
      if (!ip.contains(block, t.peerAddress)) {
        out.error(path, `tunnel address ${t.peerAddress} is outside network "${node.network}" (${block.text}) of gateway "${node.name}"`, `an address in ${ip.hostRange(block)}`, `pick a free address in ${block.text}`);
      } else if (!ip.isHostAddress(block, t.peerAddress)) {
        out.error(path, `tunnel address ${t.peerAddress} is the network or broadcast address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'pick a host address');
      } else if (t.peerAddress === node.address) {
        out.error(path, `tunnel address ${t.peerAddress} is the address of gateway "${node.name}" itself`, `a free address in ${ip.hostRange(block)} other than ${node.address}`, `give the peer its own address in ${block.text}`);
      } else claim(`the tunnel of gateway "${node.name}"`, path, t.peerAddress);
    }
    const ports = new Set<number>();
    t.forward.forEach((port, j) => {
      if (ports.has(port)) out.error([...here, 'forward', j], `port ${port} is forwarded twice`, 'each port once', 'remove the duplicate');
      ports.add(port);
    });
  });
}
