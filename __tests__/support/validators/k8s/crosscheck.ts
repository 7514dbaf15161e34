/**
 * Cross-checks of a cluster's tree against the site: addresses and hostnames the objects claim.
 *  - every address requested from MetalLB (Services, and Service settings inside Helm values) is
 *    inside a pool of the cluster;
 *  - no two Services claim one address;
 *  - every host an IngressRoute or Ingress routes is a public hostname of the cluster.
 */
import type { Cluster } from '../../../../site';
import * as ip from '../../../../site/ip';
import type { ClusterTree } from '../../../../cluster/tree';

type Json = Record<string, unknown>;
const LB_ANNOTATIONS = ['metallb.io/loadBalancerIPs', 'metallb.universe.tf/loadBalancerIPs'];

export interface AddressClaim {
  readonly address: string;
  /** `file: kind namespace/name`, and the path inside Helm values when the Service is a chart's. */
  readonly where: string;
}

function describe(file: string, o: Json): string {
  const m = (o.metadata ?? {}) as { name?: string; namespace?: string };
  return `${file}: ${String(o.kind)} ${m.namespace ? `${m.namespace}/` : ''}${m.name ?? '?'}`;
}

/** Addresses requested in a value tree: MetalLB annotations and `loadBalancerIP` fields, at any depth. */
function addressesIn(value: unknown, at: string, out: { address: string; at: string }[]): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => addressesIn(v, `${at}[${i}]`, out));
    return;
  }
  for (const [k, v] of Object.entries(value as Json)) {
    if (LB_ANNOTATIONS.includes(k) && typeof v === 'string') for (const a of v.split(',')) out.push({ address: a.trim(), at: `${at}.${k}` });
    else if (k === 'loadBalancerIP' && typeof v === 'string') out.push({ address: v, at: `${at}.${k}` });
    else addressesIn(v, `${at}.${k}`, out);
  }
}

/** Every address a Service of the tree (or a chart's Service, via its values) asks MetalLB for. */
export function loadBalancerClaims(tree: ClusterTree): AddressClaim[] {
  const claims: AddressClaim[] = [];
  for (const [file, objects] of tree) {
    for (const o of objects) {
      const found: { address: string; at: string }[] = [];
      if (o.kind === 'Service') addressesIn({ annotations: (o.metadata as Json)?.annotations, spec: o.spec }, '', found);
      if (o.kind === 'HelmRelease') addressesIn((o.spec as Json)?.values, 'spec.values', found);
      if (o.kind === 'Application') addressesIn(((o.spec as Json)?.source as Json)?.helm, 'spec.source.helm', found);
      for (const f of found) claims.push({ address: f.address, where: `${describe(file, o)}${f.at ? ` (${f.at.replace(/^\./, '')})` : ''}` });
    }
  }
  return claims;
}

/** Problems with the tree's address claims for this cluster. */
export function checkAddresses(cluster: Pick<Cluster, 'name' | 'pools'>, tree: ClusterTree): string[] {
  const problems: string[] = [];
  const pools = cluster.pools.flatMap((p) => p.addresses.map((a) => ({ pool: p.name, range: ip.parseRange(a) })));
  const seen = new Map<string, string>();
  for (const c of loadBalancerClaims(tree)) {
    if (!ip.isIPv4(c.address)) problems.push(`${c.where}: ${c.address} is not an IPv4 address`);
    else if (!pools.some((p) => ip.contains(p.range, c.address))) problems.push(`${c.where}: ${c.address} is not in any pool of cluster "${cluster.name}"`);
    const other = seen.get(c.address);
    if (other) problems.push(`${c.where}: ${c.address} is already claimed by ${other}`);
    else seen.set(c.address, c.where);
  }
  return problems;
}

/** Hosts routed by IngressRoutes (`Host(...)` in match rules) and Ingresses. */
export function routedHosts(tree: ClusterTree): { host: string; where: string }[] {
  const out: { host: string; where: string }[] = [];
  for (const [file, objects] of tree) {
    for (const o of objects) {
      const spec = (o.spec ?? {}) as Json;
      if (o.kind === 'IngressRoute') {
        for (const r of (spec.routes as { match?: string }[]) ?? []) {
          for (const m of (r.match ?? '').matchAll(/Host(?:SNI)?\(([^)]*)\)/g)) {
            for (const h of m[1].matchAll(/`([^`]+)`/g)) out.push({ host: h[1], where: describe(file, o) });
          }
        }
      }
      if (o.kind === 'Ingress') for (const r of (spec.rules as { host?: string }[]) ?? []) if (r.host) out.push({ host: r.host, where: describe(file, o) });
    }
  }
  return out;
}

/** Problems with routed hosts: each must be a public hostname of the cluster. */
export function checkHostnames(cluster: Pick<Cluster, 'name' | 'hostnames'> & Partial<Pick<Cluster, 'apps' | 'kibana' | 'jenkins'>>, tree: ClusterTree): string[] {
  // Internal hostnames (of apps, Kibana, Jenkins) are routed too, with no public record.
  const internal = [...(cluster.apps ?? []).flatMap((a) => (a.internalHost ? [a.internalHost] : [])), ...[cluster.kibana, cluster.jenkins].flatMap((c) => (c ? [c.internalHost] : []))];
  return routedHosts(tree)
    .filter((r) => !cluster.hostnames.includes(r.host) && !internal.includes(r.host))
    .map((r) => `${r.where}: ${r.host} is not a public hostname of cluster "${cluster.name}" (${cluster.hostnames.join(', ') || 'none'}), nor an internal hostname of the cluster (${internal.join(', ') || 'none'})`);
}
