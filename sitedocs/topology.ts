/**
 * The topology as Mermaid diagrams (GitHub renders them in place): hosts → networks → nodes and
 * VIPs; each cluster's paths in, from Cloudflare or the site's networks to its apps; and each
 * cluster's GitOps layers, from the tree's own directories.
 */
import type { Cluster, Site } from '../site';
import { INGRESS_NODE_PORTS } from '../site/ports';
import { LAYERS } from '../cluster/gitops';
import { ClusterContext } from '../cluster/context';
import { grafanaHost } from '../cluster/components/resolve';
import { ingressTargets, loadBalancersOf, tunnelOf } from '../infra/bootstrap/topology';
import { hostOf } from './inventory';
import { doc, GENERATED, label, mermaid, mid } from './markdown';
import type { ClusterFiles } from './types';

/** Hosts → networks → nodes: every network a subgraph holding its nodes and VIPs; the hypervisor linked to the networks of its VMs. */
export function networkDiagram(site: Site): string[] {
  const kind = site.spec.hypervisor.kind;
  // One box per host; a one-host site's box keeps the id it always had.
  const hostId = (name: string) => (site.multiHost ? mid('host', name) : mid('host', 'hypervisor'));
  const hostLabel = (h: (typeof site.hosts)[number]) => label(kind === 'proxmox' ? `Proxmox VE ${h.name}` : site.multiHost ? `libvirt ${h.name}` : 'libvirt host', h.address);
  const lines = ['flowchart LR', ...site.hosts.map((h) => `  ${hostId(h.name)}[${hostLabel(h)}]`)];
  for (const n of site.networks) {
    lines.push(`  subgraph ${mid('net', n.name)}[${label(`${n.name}: ${n.kind} ${n.cidr}`)}]`);
    for (const node of site.nodes.filter((x) => x.network === n.name)) {
      const shape = node.external ? ['[/', '/]'] : ['[', ']'];
      lines.push(`    ${mid('node', node.name)}${shape[0]}${label(node.name, `${node.role} ${node.address}`, ...(node.external ? [`external${node.publicAddress ? `, public ${node.publicAddress}` : ''}`] : []))}${shape[1]}`);
    }
    for (const v of site.vips.filter((x) => site.networkOf(x.address)?.name === n.name)) lines.push(`    ${mid('vip', v.name)}([${label(`VIP ${v.name}`, `${v.purpose} ${v.address}`)}])`);
    lines.push('  end');
  }
  for (const h of site.hosts) {
    const vmNetworks = [...new Set(site.vms.filter((n) => site.hostOf(n)?.name === h.name).map((n) => n.network))];
    for (const n of vmNetworks) lines.push(`  ${hostId(h.name)} --- ${mid('net', n)}`);
  }
  for (const v of site.vips) for (const lb of loadBalancersOf(site, v)) lines.push(`  ${mid('node', lb.name)} -. keepalived .- ${mid('vip', v.name)}`);
  for (const g of site.nodesByRole('gateway')) {
    const t = tunnelOf(site, g);
    if (t) lines.push(`  ${mid('node', t.peer.name)} <-- ${label(`WireGuard, ${t.peerAddress}`)} --> ${mid('node', g.name)}`);
  }
  return lines;
}

/** Each cluster's ways in: Cloudflare → gateway → tunnel → load balancers → ingress → apps, and the site's networks → ingress. */
export function publicPathDiagram(site: Site, c: Cluster): string[] {
  const lines = ['flowchart LR'];
  const ing = mid('ingress', c.name);
  const ctl = c.ingress?.controller;
  if (!ctl) {
    lines.push(`  ${mid('none', c.name)}[${label(`cluster ${c.name}: no ingress`)}]`);
    return lines;
  }
  const targets = ingressTargets(c).map((n) => n.name);
  const entry = c.ingressVipSpec
    ? label(`${ctl} (NodePort)`, `:${INGRESS_NODE_PORTS.http}, :${INGRESS_NODE_PORTS.https} on ${targets.join(', ')}`)
    : label(`${ctl} (LoadBalancer)`, `MetalLB ${c.ingress?.address ?? 'pool address'}`);
  lines.push(`  ${ing}[${entry}]`);
  // Where the ingress is reached from inside: the ingress VIP's load balancers, or the MetalLB address.
  let front = ing;
  if (c.ingressVipSpec) {
    const lbs = loadBalancersOf(site, c.ingressVipSpec).map((n) => n.name);
    front = mid('lbs', c.name);
    lines.push(`  ${front}[${label(`HAProxy on ${lbs.join(', ')}`, `VIP ${c.ingressVipSpec.name} ${c.ingressVipSpec.address}:80, :443`)}]`);
    lines.push(`  ${front} --> ${ing}`);
  }
  lines.push(`  ${mid('lan', c.name)}[${label('clients on the site networks')}] --> ${front}`);
  const cf = site.spec.cloudflare;
  if (cf && c.hostnames.length) {
    const cfId = mid('cloudflare', c.name);
    lines.push(`  ${cfId}[${label(`Cloudflare zone ${cf.zone}`, ...c.hostnames)}]`);
    const gateways = site.nodesByRole('gateway').filter((g) => tunnelOf(site, g)?.cluster.name === c.name);
    for (const g of gateways) {
      const t = tunnelOf(site, g)!;
      lines.push(`  ${cfId} --> ${mid('gw', g.name)}[${label(`gateway ${g.name}`, `${g.publicAddress ?? ''} TCP ${t.forward.join(', ')}`)}]`);
      lines.push(`  ${mid('gw', g.name)} -- ${label(`WireGuard to ${t.peerAddress}`)} --> ${mid('peer', g.name)}[${label(`${t.peer.name} (tunnel peer)`)}]`);
      lines.push(`  ${mid('peer', g.name)} --> ${t.ingressAddress ? ing : front}`);
    }
    if (!gateways.length) lines.push(`  ${cfId} -- ${label(`to ${site.publicRecord?.content ?? site.publicAddress ?? cf.target}`)} --> ${front}`);
  }
  for (const app of c.apps) {
    const hosts = [app.host, app.internalHost].filter((x): x is string => !!x);
    if (!hosts.length) continue;
    lines.push(`  ${ing} --> ${mid('app', `${app.namespace}_${app.name}`)}[${label(`${app.namespace}/${app.name}`, ...hosts)}]`);
  }
  // Grafana's route exists only as the cluster renders it (a public hostname of the cluster, an ingress controller).
  const grafana = grafanaHost(new ClusterContext(site, c));
  if (grafana) lines.push(`  ${ing} --> ${mid('grafana', c.name)}[${label('monitoring/grafana', grafana)}]`);
  return lines;
}

/** The directories (components, app namespaces) of one layer of a tree. */
function layerDirs(files: ClusterFiles, dir: string): string[] {
  const out = new Set<string>();
  for (const f of files.keys()) if (f.startsWith(`${dir}/`)) {
    const rest = f.slice(dir.length + 1);
    if (rest.includes('/')) out.add(rest.split('/')[0]);
  }
  return [...out].sort();
}

/** The GitOps layers of a cluster: the Git source, the engine's entry, then each layer and what it holds. */
export function gitopsDiagram(c: Cluster, files: ClusterFiles): string[] {
  const g = c.gitops;
  const src = mid('git', c.name);
  const lines = ['flowchart TB', `  ${src}[${label(`Git ${g.repository}`, `branch ${g.branch}, path ${g.path}/${c.name}`)}]`];
  const entry = mid('entry', c.name);
  lines.push(
    g.engine === 'flux'
      ? `  ${src} --> ${entry}[${label(`Flux: flux-system (${g.bootstrap === 'flux' ? 'written by flux bootstrap' : 'written by the synth'})`)}]`
      : `  ${src} --> ${entry}[${label('Argo CD: argocd/root.yaml, app of apps')}]`,
  );
  let prev = entry;
  LAYERS.forEach((layer, i) => {
    const id = mid('layer', `${c.name}_${layer.name}`);
    const dirs = layerDirs(files, layer.dir);
    lines.push(`  ${prev} --> ${id}[${label(`${layer.name}${g.engine === 'argocd' ? ` (wave ${i})` : ''}`, `${layer.dir}/`, ...(dirs.length ? [dirs.join(', ')] : []))}]`);
    prev = id;
  });
  return lines;
}

/** `docs/topology.md`. */
export function topologyDoc(site: Site, clusters: ReadonlyMap<string, ClusterFiles>): string {
  return doc(`Topology of ${site.name}`, GENERATED, [
    ['## Hosts, networks and nodes', '', `${site.multiHost ? `VMs run on ${site.hosts.length} hosts (${site.hosts.map((h) => h.name).join(', ')}; docs/inventory.md says which)` : `VMs run on ${hostOf(site, site.vms[0] ?? site.nodes[0])}`}; a slanted box is an external node (not a VM of the hypervisor)${site.vips.length ? '. Dotted lines: the load balancers that hold a VIP' : ''}.`, '', ...mermaid(networkDiagram(site))],
    ...site.clusters.map((c) => [`## Ways in to cluster ${c.name}`, '', ...mermaid(publicPathDiagram(site, c))]),
    ...site.clusters.map((c) => [`## GitOps layers of cluster ${c.name}`, '', `Each layer waits for the one before to be ready; a box lists the directories of the layer.`, '', ...mermaid(gitopsDiagram(c, clusters.get(c.name) ?? new Map()))]),
  ]);
}
