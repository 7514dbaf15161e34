/**
 * The port matrix: which role accepts which port from where. The node side is the firewall's own
 * rule list (`firewallRules` of infra/bootstrap/firewall.ts, the data the nftables rulesets are
 * written from) and the gateways' public forwarding; the cluster side is the NetworkPolicy
 * objects of the rendered trees. Both are read, never restated, so the matrix cannot drift.
 */
import type { Site } from '../site';
import { ROLES } from '../site/schema';
import { type FirewallRule, type PortSpec, firewallRules, WIREGUARD_INTERFACE } from '../infra/bootstrap/firewall';
import { tunnelOf } from '../infra/bootstrap/topology';
import { code, doc, GENERATED, table } from './markdown';
import type { ClusterFiles } from './types';

/** Sources written out one by one up to this many; a longer list is shortened (the ruleset has them all). */
const LISTED_SOURCES = 6;

export function portText(p: PortSpec): string {
  return typeof p === 'number' ? String(p) : `${p[0]}-${p[1]}`;
}

function portsOf(r: FirewallRule): string {
  if (r.protocol === 'vrrp') return 'VRRP (IP protocol 112)';
  if (r.protocol === 'all') return 'everything';
  return `${r.protocol.toUpperCase()} ${(r.ports ?? []).map(portText).join(', ')}`;
}

export function sourcesText(from: 'any' | readonly string[]): string {
  if (from === 'any') return 'anywhere';
  const shown = from.slice(0, LISTED_SOURCES).map(code).join(', ');
  return from.length > LISTED_SOURCES ? `${shown} and ${from.length - LISTED_SOURCES} more` : shown;
}

/** One row of a role's table: a rule and the nodes of the role that have it. */
interface RoleRow {
  readonly rule: FirewallRule;
  readonly nodes: string[];
}

/** The firewall rules of every node of a role, identical rules merged, in first-seen order. */
export function roleRules(site: Site, role: (typeof ROLES)[number]): RoleRow[] {
  const rows = new Map<string, RoleRow>();
  for (const node of site.nodesByRole(role)) {
    for (const rule of firewallRules(site, node)) {
      const key = JSON.stringify([rule.comment, rule.protocol, rule.ports, rule.from, rule.iif, rule.to, rule.verdict]);
      const row = rows.get(key) ?? { rule, nodes: [] };
      row.nodes.push(node.name);
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

interface Peer {
  ipBlock?: { cidr: string; except?: string[] };
  namespaceSelector?: { matchLabels?: Record<string, string> };
  podSelector?: { matchLabels?: Record<string, string> };
}

const labelsText = (l: Record<string, string> | undefined) =>
  Object.entries(l ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

function peerText(p: Peer): string {
  if (p.ipBlock) return code(p.ipBlock.cidr);
  const ns = p.namespaceSelector?.matchLabels ?? {};
  const pods = p.podSelector?.matchLabels && Object.keys(p.podSelector.matchLabels).length ? ` (pods ${labelsText(p.podSelector.matchLabels)})` : '';
  if (!p.namespaceSelector) return p.podSelector && !pods ? 'its own namespace' : `its own namespace${pods}`;
  const name = ns['kubernetes.io/metadata.name'];
  if (name !== undefined && Object.keys(ns).length === 1) return `namespace ${name}${pods}`;
  if (!Object.keys(ns).length) return `every namespace${pods}`;
  return `namespaces with ${labelsText(ns)}${pods}`;
}

function peersText(from: readonly Peer[] | undefined): string {
  if (!from) return 'anywhere';
  const blocks = from.filter((p) => p.ipBlock).map((p) => p.ipBlock!.cidr);
  const others = [...new Set(from.filter((p) => !p.ipBlock).map(peerText))];
  return [...others, ...(blocks.length ? [sourcesText(blocks)] : [])].join('; ');
}

interface PolicyPort {
  port?: number | string;
  endPort?: number;
  protocol?: string;
}

function policyPorts(ports: readonly PolicyPort[] | undefined): string {
  if (!ports?.length) return 'every port';
  return ports.map((p) => `${p.protocol ?? 'TCP'} ${p.port ?? 'any'}${p.endPort ? `-${p.endPort}` : ''}`).join(', ');
}

/** The NetworkPolicies of a rendered tree: one row per ingress rule, sorted by namespace, then policy. */
export function policyRows(files: ClusterFiles): string[][] {
  const rows: { ns: string; name: string; cells: string[] }[] = [];
  for (const [file, objects] of files) {
    for (const o of objects as { kind?: string; metadata?: { name: string; namespace: string }; spec?: { podSelector?: Peer['podSelector']; policyTypes?: string[]; ingress?: { from?: Peer[]; ports?: PolicyPort[] }[] } }[]) {
      if (o?.kind !== 'NetworkPolicy' || !o.metadata || !o.spec) continue;
      const { name, namespace } = o.metadata;
      const pods = labelsText(o.spec.podSelector?.matchLabels) || 'every pod';
      const ingress = o.spec.policyTypes?.includes('Ingress') ?? true ? (o.spec.ingress ?? []) : undefined;
      if (!ingress) continue;
      if (!ingress.length) rows.push({ ns: namespace, name, cells: [namespace, pods, 'nothing (default deny)', '—', name, code(file)] });
      for (const rule of ingress) rows.push({ ns: namespace, name, cells: [namespace, pods, policyPorts(rule.ports), peersText(rule.from), name, code(file)] });
    }
  }
  rows.sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return rows.map((r) => r.cells);
}

/** `docs/ports.md`. */
export function portsDoc(site: Site, clusters: ReadonlyMap<string, ClusterFiles>): string {
  const roles = ROLES.filter((r) => site.nodesByRole(r).length).map((role) => {
    const all = site.nodesByRole(role).length;
    const rows = roleRules(site, role).map(({ rule, nodes }) => [
      portsOf(rule),
      sourcesText(rule.from),
      [rule.iif ? `on ${rule.iif}` : '', rule.to ? `to ${rule.to}` : ''].filter(Boolean).join(', '),
      rule.verdict ?? 'accept',
      nodes.length === all && all > 1 ? `all ${all}` : nodes.join(', '),
      rule.comment,
    ]);
    return [`### ${role}`, '', `Nodes: ${site.nodesByRole(role).map((n) => n.name).join(', ')}.`, '', ...table(['port', 'from', 'match', 'verdict', 'nodes', 'why'], rows)];
  });
  const forwards = site.nodesByRole('gateway').flatMap((g) => {
    const t = tunnelOf(site, g);
    return t ? [[g.name, code(g.publicAddress), `TCP ${t.forward.join(', ')}`, sourcesText(t.allowFrom ?? 'any'), `${t.peer.name} ${code(t.peerAddress)} on ${WIREGUARD_INTERFACE}`, t.cluster.name]] : [];
  });
  const policies = site.clusters.map((c) => {
    const rows = policyRows(clusters.get(c.name) ?? new Map());
    return [`### Cluster ${c.name}`, '', ...(rows.length ? table(['namespace', 'pods', 'port', 'from', 'policy', 'file'], rows) : ['No NetworkPolicy in its tree.'])];
  });
  return doc(`Port matrix of ${site.name}`, GENERATED, [
    [
      '## Node firewalls (nftables)',
      '',
      'Every node drops what its input chain does not accept. Accepted everywhere without a rule below: established and related traffic, loopback, ICMP. These rows are the rules of each node\'s `/etc/sitekit/nftables.conf`, per role; `nodes` says which nodes of the role have the row.',
    ],
    ...roles,
    forwards.length ? ['## Public ports forwarded by the gateways', '', ...table(['gateway', 'public address', 'ports', 'from', 'to', 'ingress of cluster'], forwards)] : [],
    [
      '## Pods (NetworkPolicies)',
      '',
      'Every namespace of a tree denies ingress by default; each row is an ingress rule of a NetworkPolicy of the tree (ports are the pods\' container ports). Traffic from a pod\'s own node and pods with host networking are not subject to policies.',
    ],
    ...policies,
  ]);
}
