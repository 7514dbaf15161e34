/**
 * nftables on every node: `table inet filter` with a default-drop input chain that accepts
 * established traffic, loopback and ICMP, then only the ports the node's role needs, from the
 * sources that need them (see `topology.ts`). Forward and output are left alone: k3s, flannel and
 * kube-proxy manage their own tables, and a drop there would cut pod traffic.
 *
 * The ruleset replaces only its own table (`table inet filter` + `delete table inet filter`),
 * never `flush ruleset`, so reloading it keeps the tables Kubernetes created.
 */
import type { Node, Site } from '../../site';
import { addressSet, BootFile, BootPlan, checkPort, CONFIG_DIR, lines, renderUnit, SystemdUnit } from './common';
import { INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT } from './loadbalancer';
import {
  adminSources,
  clusterNetworks,
  clusterNodes,
  clusterOf,
  databaseClients,
  ingressTargets,
  loadBalancers,
  loadBalancersFor,
  nfsExports,
  siteNetworks,
} from './topology';

/** Where the ruleset is written. */
export const NFTABLES_FILE = `${CONFIG_DIR}/nftables.conf`;
/** The unit that loads it. */
export const FIREWALL_UNIT = 'sitekit-firewall.service';
/** nft on Flatcar and Debian. */
export const NFT = '/usr/sbin/nft';

/** WireGuard port of the gateway. */
export const WIREGUARD_PORT = 51820;

/** A port, or an inclusive range. */
export type PortSpec = number | readonly [number, number];

/** One accept rule of the input chain. */
export interface FirewallRule {
  /** Why, shown as the nft rule comment (fixed text and DNS labels only). */
  readonly comment: string;
  /** Addresses/blocks allowed, or `any`. */
  readonly from: 'any' | readonly string[];
  readonly protocol: 'tcp' | 'udp' | 'vrrp';
  readonly ports?: readonly PortSpec[];
}

/** The accept rules of a node, in a stable order (empty source lists are dropped). */
export function firewallRules(site: Site, node: Node): FirewallRule[] {
  const rules: FirewallRule[] = [{ comment: 'ssh from the admin network', from: adminSources(site, node), protocol: 'tcp', ports: [22] }];
  const cluster = clusterOf(site, node);
  if (cluster) {
    const members = clusterNodes(cluster).map((n) => n.address);
    const servers = cluster.servers.map((n) => n.address);
    const lbs = loadBalancersFor(site, cluster).map((n) => n.address);
    const c = cluster.name;
    if (node.role === 'server') {
      const apiFrom = [...lbs, ...members, cluster.podCidr, ...(cluster.apiVipSpec ? [] : adminSources(site, node))];
      rules.push({ comment: `k3s api of ${c} from load balancers, nodes and pods`, from: apiFrom, protocol: 'tcp', ports: [6443] });
      rules.push({ comment: `etcd between the servers of ${c}`, from: servers, protocol: 'tcp', ports: [[2379, 2380]] });
    }
    rules.push({ comment: `kubelet between the nodes of ${c} and from pods`, from: [...members, cluster.podCidr], protocol: 'tcp', ports: [10250] });
    rules.push({ comment: `flannel vxlan between the nodes of ${c}`, from: members, protocol: 'udp', ports: [8472] });
    if (cluster.components.metallb) {
      rules.push({ comment: `metallb memberlist between the nodes of ${c}`, from: members, protocol: 'tcp', ports: [7946] });
      rules.push({ comment: `metallb memberlist between the nodes of ${c}`, from: members, protocol: 'udp', ports: [7946] });
    }
    if (cluster.ingressVipSpec && ingressTargets(cluster).some((n) => n.name === node.name)) {
      rules.push({ comment: `ingress node ports of ${c} from the load balancers`, from: lbs, protocol: 'tcp', ports: [INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT] });
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
      rules.push({ comment: 'postgresql from the cluster networks and pods', from: databaseClients(site), protocol: 'tcp', ports: [5432] });
      break;
    case 'infra':
      rules.push({ comment: 'dns from the site networks', from: siteNetworks(site), protocol: 'udp', ports: [53] });
      rules.push({ comment: 'dns from the site networks', from: siteNetworks(site), protocol: 'tcp', ports: [53] });
      rules.push({ comment: 'ntp from the site networks', from: siteNetworks(site), protocol: 'udp', ports: [123] });
      break;
    case 'gateway':
      rules.push({ comment: 'wireguard', from: 'any', protocol: 'udp', ports: [WIREGUARD_PORT] });
      break;
    default:
      break;
  }
  return rules.filter((r) => r.from === 'any' || r.from.length > 0);
}

function portText(p: PortSpec): string {
  return typeof p === 'number' ? String(checkPort(p, 'port')) : `${checkPort(p[0], 'port')}-${checkPort(p[1], 'port')}`;
}

function ruleText(r: FirewallRule): string {
  if (!/^[a-z0-9 ,.-]+$/.test(r.comment)) throw new Error(`firewall comment ${JSON.stringify(r.comment)} has characters nft comments do not take`);
  const from = r.from === 'any' ? '' : (() => {
    const set = addressSet(r.from);
    return set.length === 1 ? `ip saddr ${set[0]} ` : `ip saddr { ${set.join(', ')} } `;
  })();
  let match: string;
  if (r.protocol === 'vrrp') match = 'ip protocol 112';
  else {
    const ports = (r.ports ?? []).map(portText);
    match = `${r.protocol} dport ${ports.length === 1 ? ports[0] : `{ ${ports.join(', ')} }`}`;
  }
  return `${from}${match} accept comment "${r.comment}"`;
}

/** The nftables ruleset of a node. */
export function nftablesRuleset(site: Site, node: Node): string {
  return lines(
    `#!${NFT} -f`,
    `# sitekit firewall of ${node.name} (role ${node.role}): input drops everything not accepted below.`,
    'table inet filter',
    'delete table inet filter',
    '',
    'table inet filter {',
    '  chain input {',
    '    type filter hook input priority filter; policy drop;',
    '    ct state established,related accept',
    '    ct state invalid drop',
    '    iif "lo" accept',
    '    meta l4proto { icmp, ipv6-icmp } accept',
    firewallRules(site, node).map((r) => `    ${ruleText(r)}`),
    '  }',
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
