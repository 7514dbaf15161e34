/**
 * nftables on every node: `table inet filter` with a default-drop input chain that accepts
 * established traffic, loopback and ICMP, then only the ports the node's role needs, from the
 * sources that need them (see `topology.ts`). Forward and output are left alone: k3s, flannel and
 * kube-proxy manage their own tables, and a drop there would cut pod traffic. With
 * kube-prometheus-stack, the metrics Prometheus scrapes from the host network (node-exporter,
 * kube-proxy, and on servers etcd, controller manager, scheduler) are open to the cluster's
 * networks and pod CIDR, like the kubelet.
 *
 * The public path (a gateway's `tunnel`): on the gateway, the same table also DNATs the public
 * `forward` ports arriving on its public interface to the peer's tunnel address, SNATs them to the
 * gateway's own tunnel address (so the replies come back through the tunnel), and has a
 * default-drop forward chain that passes only those flows (a gateway runs no Kubernetes). On the
 * peer, the input chain accepts those ports on wg0 only from the gateway's tunnel address, to the
 * peer's tunnel address, and drops everything else arriving on wg0.
 *
 * A tunnel's admin devices (`tunnel.admins`): the gateway forwards them wg0 to wg0 to the site
 * networks; the peer accepts ssh, the API and the ingress from them on wg0, forwards them into
 * the site networks and SNATs them to its own address, which every other node admits as admin.
 *
 * The ruleset replaces only its own table (`table inet filter` + `delete table inet filter`),
 * never `flush ruleset`, so reloading it keeps the tables Kubernetes created.
 */
import type { Node, Site } from '../../site';
import { addressRanges, addressSet, BootFile, BootPlan, BootstrapError, checkIPv4, checkPort, CONFIG_DIR, lines, renderUnit, SystemdUnit } from './common';
import { NODE_METRICS_PORTS, SERVER_METRICS_PORTS } from '../../site/ports';
import { INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT } from './loadbalancer';
import { isAnsibleController, RDP_PORT } from './workstation';
import {
  adminSources,
  clusterNetworks,
  clusterOf,
  databaseClients,
  isIngressTarget,
  loadBalancers,
  loadBalancersFor,
  memo,
  networksOf,
  nfsExports,
  routedNetworks,
  siteNetworks,
  tunnelOf,
  tunnelTo,
} from './topology';
import type { Tunnel } from './topology';

/** Where the ruleset is written. */
export const NFTABLES_FILE = `${CONFIG_DIR}/nftables.conf`;
/** The unit that loads it. */
export const FIREWALL_UNIT = 'sitekit-firewall.service';
/** nft on Flatcar and Debian. */
export const NFT = '/usr/sbin/nft';

/** WireGuard port of the gateway. */
export const WIREGUARD_PORT = 51820;
/** The WireGuard interface of both ends of a tunnel. */
export const WIREGUARD_INTERFACE = 'wg0';

/** A port, or an inclusive range. */
export type PortSpec = number | readonly [number, number];

/** One rule of the input chain: an accept unless `verdict` says drop. */
export interface FirewallRule {
  /** Why, shown as the nft rule comment (fixed text and DNS labels only). */
  readonly comment: string;
  /** Addresses/blocks allowed, or `any`. */
  readonly from: 'any' | readonly string[];
  /**
   * The name of the nftables set `from` is declared as when it is too long to list inline
   * (see {@link INLINE_SOURCES}); rules with the same sources share it.
   */
  readonly set?: string;
  /** `all`: any protocol (no port match). */
  readonly protocol: 'tcp' | 'udp' | 'vrrp' | 'all';
  readonly ports?: readonly PortSpec[];
  /** Only packets arriving on this interface. */
  readonly iif?: string;
  /** Only packets to this address of the node. */
  readonly to?: string;
  /** @default accept */
  readonly verdict?: 'accept' | 'drop';
}

/**
 * SSH from the admin network (and from the Ansible nodes not on it); on an external node (a VPS),
 * which the admin network does not reach, also from `ssh.externalFrom` (anywhere by default:
 * logins are key-only).
 */
function sshRule(site: Site, node: Node): FirewallRule {
  // The Ansible nodes log in to every node: from the admin network, or else from their own address.
  const lan = adminSources(site, node);
  const controllers = memo(site, 'fw-ansible', () => site.nodes.filter(isAnsibleController)).filter((n) => n.name !== node.name).map((n) => n.address);
  const outside = addressSet([...lan, ...controllers]).length > addressSet(lan).length;
  const admin = outside ? [...lan, ...controllers] : lan;
  const who = outside ? 'the admin network and the ansible nodes' : 'the admin network';
  if (!node.external) return { comment: `ssh from ${who}`, from: admin, protocol: 'tcp', ports: [22] };
  const extra = site.spec.ssh.externalFrom;
  if (extra.some((c) => c.endsWith('/0'))) return { comment: 'ssh from anywhere, an external node with key-only logins', from: 'any', protocol: 'tcp', ports: [22] };
  return { comment: `ssh from ${who} and the external admin sources`, from: [...admin, ...extra], protocol: 'tcp', ports: [22] };
}

/** The accept rules of a node, in a stable order (empty source lists are dropped). */
export function firewallRules(site: Site, node: Node): FirewallRule[] {
  const rules: FirewallRule[] = [sshRule(site, node)];
  const tunnel = tunnelTo(site, node);
  if (tunnel) {
    // Before every other rule: what arrives on wg0 is the gateway's forwarded ports, or nothing.
    const gw = tunnel.gateway.name;
    rules.push({ comment: `public ports from gateway ${gw} through the tunnel`, iif: WIREGUARD_INTERFACE, from: [tunnel.gateway.address], to: tunnel.peerAddress, protocol: 'tcp', ports: tunnel.forward });
    if (tunnel.admins.length) {
      // The admin devices reach this node's own services as the admin network does (and the ingress).
      rules.push({ comment: 'ssh, kubernetes api and ingress from the admin devices through the tunnel', iif: WIREGUARD_INTERFACE, from: tunnel.admins.map((a) => a.address), protocol: 'tcp', ports: [22, 6443, 80, 443] });
    }
    rules.push({ comment: 'nothing else from the tunnel', iif: WIREGUARD_INTERFACE, from: 'any', protocol: 'all', verdict: 'drop' });
  }
  const cluster = clusterOf(site, node);
  if (cluster) {
    // The same lists for every node of the cluster: built once per site, shared by its rules.
    // Networks, not member addresses: the ruleset is first-boot data, so a node added later must
    // already be admitted by the nodes running then, without a change to them.
    const c = cluster.name;
    const members = memo(site, `fw-members:${c}`, () => Object.freeze(clusterNetworks(site, cluster)));
    const servers = memo(site, `fw-servers:${c}`, () => Object.freeze(networksOf(site, cluster.servers)));
    const lbs = memo(site, `fw-lbs:${c}`, () => Object.freeze(networksOf(site, loadBalancersFor(site, cluster))));
    const kubeletFrom = memo(site, `fw-kubelet:${c}`, () => Object.freeze([...members, cluster.podCidr]));
    if (node.role === 'server') {
      // Without an API VIP the admin sources depend on the node's network: one list per network.
      const apiFrom = memo(site, `fw-api:${c}:${cluster.apiVipSpec ? '' : node.network}`, () =>
        Object.freeze([...lbs, ...members, cluster.podCidr, ...(cluster.apiVipSpec ? [] : adminSources(site, node))]),
      );
      rules.push({ comment: `k3s api of ${c} from load balancers, nodes and pods`, from: apiFrom, protocol: 'tcp', ports: [6443], set: `api_clients_${c}` });
      rules.push({ comment: `etcd between the servers of ${c}`, from: servers, protocol: 'tcp', ports: [[2379, 2380]], set: `servers_${c}` });
    }
    rules.push({ comment: `kubelet between the nodes of ${c} and from pods`, from: kubeletFrom, protocol: 'tcp', ports: [10250], set: `nodes_and_pods_${c}` });
    if (cluster.components.kubePrometheusStack) {
      // Prometheus scrapes the host network from a pod: the pod's address, or its node's after masquerading.
      const metrics = [NODE_METRICS_PORTS.nodeExporter, NODE_METRICS_PORTS.kubeProxy, ...(node.role === 'server' ? Object.values(SERVER_METRICS_PORTS) : [])];
      rules.push({ comment: `metrics of the ${node.role === 'server' ? 'node and control plane' : 'node'} for prometheus in ${c}`, from: kubeletFrom, protocol: 'tcp', ports: metrics, set: `nodes_and_pods_${c}` });
    }
    rules.push({ comment: `flannel vxlan between the nodes of ${c}`, from: members, protocol: 'udp', ports: [8472], set: `nodes_${c}` });
    if (cluster.components.metallb) {
      rules.push({ comment: `metallb memberlist between the nodes of ${c}`, from: members, protocol: 'tcp', ports: [7946], set: `nodes_${c}` });
      rules.push({ comment: `metallb memberlist between the nodes of ${c}`, from: members, protocol: 'udp', ports: [7946], set: `nodes_${c}` });
    }
    if (cluster.ingressVipSpec && isIngressTarget(cluster, node)) {
      rules.push({ comment: `ingress node ports of ${c} from the load balancers`, from: lbs, protocol: 'tcp', ports: [INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT], set: `load_balancers_${c}` });
    }
  }
  switch (node.role) {
    case 'storage':
      rules.push({ comment: 'nfs from the cluster and database networks', from: nfsExports(site, node).flatMap((e) => e.clients), protocol: 'tcp', ports: [2049] });
      break;
    case 'loadbalancer': {
      const lbs = loadBalancers(site).filter((n) => n.name !== node.name && site.networkOfNode(n).name === node.network);
      const apiClients = site.clusters.filter((c) => loadBalancersFor(site, c).some((n) => n.name === node.name) && c.apiVipSpec).flatMap((c) => clusterNetworks(site, c));
      rules.push({ comment: 'kubernetes api from the cluster and admin networks', from: [...apiClients, ...adminSources(site, node)], protocol: 'tcp', ports: [6443] });
      rules.push({ comment: 'http and https ingress', from: 'any', protocol: 'tcp', ports: [80, 443] });
      rules.push({ comment: 'vrrp from the other load balancers', from: lbs.map((n) => n.address), protocol: 'vrrp' });
      break;
    }
    case 'database':
      rules.push({ comment: 'postgresql from the cluster networks and pods', from: databaseClients(site, node), protocol: 'tcp', ports: [5432] });
      break;
    case 'infra':
      rules.push({ comment: 'dns from the site networks', from: siteNetworks(site), protocol: 'udp', ports: [53] });
      rules.push({ comment: 'dns from the site networks', from: siteNetworks(site), protocol: 'tcp', ports: [53] });
      rules.push({ comment: 'ntp from the site networks', from: siteNetworks(site), protocol: 'udp', ports: [123] });
      break;
    case 'gateway':
      rules.push({ comment: 'wireguard', from: 'any', protocol: 'udp', ports: [WIREGUARD_PORT] });
      break;
    case 'generic':
      if (node.desktop) rules.push({ comment: 'rdp to the desktop from the admin network', from: adminSources(site, node), protocol: 'tcp', ports: [RDP_PORT] });
      break;
    default:
      break;
  }
  return rules.filter((r) => r.from === 'any' || r.from.length > 0);
}

function portText(p: PortSpec): string {
  return typeof p === 'number' ? String(checkPort(p, 'port')) : `${checkPort(p[0], 'port')}-${checkPort(p[1], 'port')}`;
}

/**
 * A rule lists up to this many sources inline (`ip saddr { a, b, c }`). A longer list (a cluster's
 * nodes, in a big cluster) is declared once per ruleset as a named interval set, with runs of
 * consecutive addresses written as ranges, and the rules match it by name (`ip saddr @nodes_c`):
 * the same addresses, but a ruleset that does not repeat every member in every rule.
 */
export const INLINE_SOURCES = 32;

/** How a rule's sources are written: inline, or as a named set's elements. */
interface RenderedSources {
  /** `ip saddr ... ` for an inline list. */
  readonly inline?: string;
  /** The elements of the named set, when the list is too long to inline. */
  readonly elements?: readonly string[];
}

/** By source list: the lists of a cluster are shared by all its nodes' rules, so each is reduced once. */
const renderedSources = new WeakMap<readonly string[], RenderedSources>();

function renderSources(from: readonly string[]): RenderedSources {
  let r = renderedSources.get(from);
  if (!r) {
    const set = addressSet(from);
    if (set.length > INLINE_SOURCES) r = { elements: addressRanges(from) };
    else r = { inline: set.length === 1 ? `ip saddr ${set[0]} ` : `ip saddr { ${set.join(', ')} } ` };
    if (Object.isFrozen(from)) renderedSources.set(from, r); // a list nobody can change afterwards
  }
  return r;
}

const SET_NAME = /^[a-z][a-z0-9_-]{0,254}$/;

/** `80` or `{ 80, 443 }`. */
function portsText(ports: readonly PortSpec[]): string {
  const texts = ports.map(portText);
  if (!texts.length) throw new BootstrapError('a firewall rule for tcp or udp needs at least one port');
  return texts.length === 1 ? texts[0] : `{ ${texts.join(', ')} }`;
}

/** A Linux interface name, safe inside nft quotes. */
function interfaceName(name: string): string {
  if (!/^[a-zA-Z0-9_.-]{1,15}$/.test(name)) throw new BootstrapError(`interface name ${JSON.stringify(name)} is not a Linux interface name`);
  return name;
}

/**
 * The chains of a gateway with a public path: a default-drop forward chain passing only the
 * forwarded ports (any interface but wg0 → wg0, to the peer) and their replies; DNAT of those ports,
 * arriving from outside the tunnel for the gateway itself, to the peer's tunnel address; SNAT to
 * the gateway's tunnel address on the way into wg0, so the peer answers through the tunnel. No
 * MSS clamping: the connections end on the peer's wg0 address, so the peer advertises an MSS that
 * fits the tunnel's MTU itself.
 */
export function gatewayForwardChains(site: Site, node: Node): string[] {
  const t = tunnelOf(site, node);
  if (!t) return [];
  // The public side is whatever is not the tunnel: a VPS provider may name its NIC anything, and
  // may ignore the network config that would rename it.
  const wg = interfaceName(WIREGUARD_INTERFACE);
  const peer = checkIPv4(t.peerAddress, 'tunnel address');
  const ports = portsText(t.forward);
  const flow = `ip daddr ${peer} tcp dport ${ports}`;
  const allowed = t.allowFrom ? addressSet(t.allowFrom) : undefined;
  const sources = !allowed ? '' : allowed.length === 1 ? `ip saddr ${allowed[0]} ` : `ip saddr { ${allowed.join(', ')} } `;
  return [
    '',
    '  chain forward {',
    '    type filter hook forward priority filter; policy drop;',
    '    ct state established,related accept',
    '    ct state invalid drop',
    `    iifname != "${wg}" oifname "${wg}" ${sources}${flow} ct status dnat accept comment "public ports to ${t.peer.name} through the tunnel"`,
    ...(t.admins.length ? [`    iifname "${wg}" oifname "${wg}" ${adminFlow(site, t)} accept comment "admin devices to the site networks through the tunnel"`] : []),
    '  }',
    '',
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    `    iifname != "${wg}" ${sources}fib daddr type local tcp dport ${ports} dnat ip to ${peer} comment "public ports to the tunnel address of ${t.peer.name}"`,
    '  }',
    '',
    '  chain postrouting {',
    '    type nat hook postrouting priority srcnat; policy accept;',
    `    oifname "${wg}" ${flow} ct status dnat snat ip to ${checkIPv4(t.gateway.address, 'gateway tunnel address')} comment "replies come back through the tunnel"`,
    '  }',
  ];
}

/** `ip saddr <the admin devices> ip daddr <the site networks>`: what a tunnel's admin devices may send into the site. */
function adminFlow(site: Site, t: Tunnel): string {
  const set = (xs: readonly string[]) => (xs.length === 1 ? xs[0] : `{ ${xs.join(', ')} }`);
  const devices = addressSet(t.admins.map((a) => checkIPv4(a.address, 'admin device address')));
  const networks = addressSet(routedNetworks(site).map((n) => n.block.text));
  return `ip saddr ${set(devices)} ip daddr ${set(networks)}`;
}

/**
 * The chains of a tunnel peer with admin devices: a default-drop forward chain passing only the
 * devices' traffic from wg0 into the site networks (and its replies), and SNAT of that traffic to
 * the peer's own address, so the nodes answer the peer (no route to the tunnel network anywhere
 * in the site) and admit it as they admit the admin network (`adminSources`). The peer runs no
 * Kubernetes, so a forward policy of drop cuts nothing else.
 */
export function peerForwardChains(site: Site, node: Node): string[] {
  const t = tunnelTo(site, node);
  if (!t?.admins.length) return [];
  const wg = interfaceName(WIREGUARD_INTERFACE);
  const flow = adminFlow(site, t);
  return [
    '',
    '  chain forward {',
    '    type filter hook forward priority filter; policy drop;',
    '    ct state established,related accept',
    '    ct state invalid drop',
    `    iifname "${wg}" oifname != "${wg}" ${flow} accept comment "admin devices of ${t.gateway.name} into the site networks"`,
    '  }',
    '',
    '  chain postrouting {',
    '    type nat hook postrouting priority srcnat; policy accept;',
    `    oifname != "${wg}" ${flow} snat ip to ${checkIPv4(node.address, 'node address')} comment "the admin devices appear as ${node.name}"`,
    '  }',
  ];
}

function ruleText(r: FirewallRule, setName?: string): string {
  if (!/^[a-z0-9 ,.-]+$/.test(r.comment)) throw new Error(`firewall comment ${JSON.stringify(r.comment)} has characters nft comments do not take`);
  const iif = r.iif === undefined ? '' : `iifname "${interfaceName(r.iif)}" `;
  const from = r.from === 'any' ? '' : setName ? `ip saddr @${setName} ` : renderSources(r.from).inline!;
  const to = r.to === undefined ? '' : `ip daddr ${checkIPv4(r.to, 'firewall destination')} `;
  let match: string;
  if (r.protocol === 'vrrp') match = 'ip protocol 112 ';
  else if (r.protocol === 'all') match = '';
  else match = `${r.protocol} dport ${portsText(r.ports ?? [])} `;
  return `${iif}${from}${to}${match}${r.verdict ?? 'accept'} comment "${r.comment}"`;
}

/** The nftables ruleset of a node. */
export function nftablesRuleset(site: Site, node: Node): string {
  const rules = firewallRules(site, node);
  // The named sets of the long source lists, one per list (rules with the same list share it).
  const sets: { name: string; elements: readonly string[] }[] = [];
  const setOf = new Map<readonly string[], string>();
  const names = rules.map((r) => {
    if (r.from === 'any') return undefined;
    const { elements } = renderSources(r.from);
    if (!elements) return undefined;
    let name = setOf.get(elements);
    if (name === undefined) {
      const base = r.set ?? 'sources';
      name = base;
      for (let i = 2; sets.some((s) => s.name === name); i++) name = `${base}_${i}`;
      if (!SET_NAME.test(name)) throw new Error(`firewall set name ${JSON.stringify(name)} is not a plain nft identifier`);
      setOf.set(elements, name);
      sets.push({ name, elements });
    }
    return name;
  });
  return lines(
    `#!${NFT} -f`,
    `# sitekit firewall of ${node.name} (role ${node.role}): input drops everything not accepted below.`,
    'table inet filter',
    'delete table inet filter',
    '',
    'table inet filter {',
    sets.flatMap((s) => [`  set ${s.name} {`, '    type ipv4_addr', '    flags interval', '    elements = {', ...s.elements.map((e, i) => `      ${e}${i < s.elements.length - 1 ? ',' : ''}`), '    }', '  }', '']),
    '  chain input {',
    '    type filter hook input priority filter; policy drop;',
    '    ct state established,related accept',
    '    ct state invalid drop',
    '    iif "lo" accept',
    '    meta l4proto { icmp, ipv6-icmp } accept',
    rules.map((r, i) => `    ${ruleText(r, names[i])}`),
    '  }',
    gatewayForwardChains(site, node),
    peerForwardChains(site, node),
    '}',
  );
}

/** The oneshot unit that loads the ruleset before the network comes up (like Debian's nftables.service). */
export function firewallUnit(): SystemdUnit {
  return {
    name: FIREWALL_UNIT,
    enabled: true,
    contents: renderUnit('sitekit: default-drop input firewall', {
      Unit: {
        Description: 'sitekit nftables firewall',
        DefaultDependencies: false,
        Wants: 'network-pre.target',
        Before: ['network-pre.target', 'shutdown.target'],
        Conflicts: 'shutdown.target',
      },
      Service: {
        Type: 'oneshot',
        RemainAfterExit: true,
        ExecStart: `${NFT} -f ${NFTABLES_FILE}`,
        ExecReload: `${NFT} -f ${NFTABLES_FILE}`,
        ExecStop: `${NFT} delete table inet filter`,
      },
      Install: { WantedBy: 'sysinit.target' },
    }),
  };
}

/** Firewall file and unit of a node. */
export function firewallPlan(site: Site, node: Node): BootPlan {
  const file: BootFile = { path: NFTABLES_FILE, mode: 0o644, content: nftablesRuleset(site, node) };
  // Flatcar ships nftables; Debian and Ubuntu cloud images may not.
  return { files: [file], units: [firewallUnit()], packages: node.flatcar ? [] : ['nftables'], commands: [] };
}
