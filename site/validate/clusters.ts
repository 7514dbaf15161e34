/**
 * Cluster rules: member nodes, pod and service CIDRs, the VIPs it uses, MetalLB pools, GitOps,
 * ingress, and the nodes or components its enabled components need.
 */
import { PathSegment, show } from '../errors';
import * as ip from '../ip';
import { databaseBackendOf } from '../apps/backends';
import type { ClusterSpec } from '../schema';
import { article, Context, reference } from './common';

const MEMBER_ROLES = ['server', 'agent', 'storage'];
/**
 * The major version of grafana-community's loki chart whose values cluster/components/loki.ts
 * writes (cluster/versions.ts pins a release of it). Another major reads them differently: with
 * grafana/loki's 6.x, which that repository also serves, they render no Loki, so an upgrade deletes
 * the running StatefulSet, and with it (6.x's PVC retention policy) the volume of the logs.
 */
export const LOKI_CHART_MAJOR = 18;

/** The context of the cluster rules: the site's, and what the clusters before this one took. */
export interface ClusterContext extends Context {
  /** Node name → the cluster that lists it first. */
  readonly membership: Map<string, string>;
  /** VIP name → the cluster that uses it first. */
  readonly vipUsers: Map<string, string>;
}

/** Checks a VIP the cluster names: known, of the purpose, used by this cluster only, held by load balancers. */
type UseVip = (key: 'apiVip' | 'vip', name: string | undefined, purpose: string, path: readonly PathSegment[]) => void;

/** Checks a cluster's fields against the site and against the clusters before it. */
export function validateCluster(cluster: ClusterSpec, c: number, ctx: ClusterContext): void {
  const here = ['clusters', c];
  const members = validateMembers(cluster, here, ctx);
  validateCidrs(cluster, here, ctx);
  const useVip = vipUse(cluster, ctx);
  useVip('apiVip', cluster.apiVip, 'kube-api', [...here, 'apiVip']);
  const pools = validatePools(cluster, here, members, ctx);
  if (cluster.gitops.bootstrap === 'flux' && cluster.gitops.engine !== 'flux') {
    ctx.out.error([...here, 'gitops', 'bootstrap'], `gitops.bootstrap is flux, but cluster "${cluster.name}" runs ${cluster.gitops.engine}`, 'bootstrap: flux only with engine: flux (Argo CD is installed by the tree)', 'remove gitops.bootstrap, or set engine: flux');
  }
  validateIngress(cluster, here, pools, useVip, ctx);
  validateNeeds(cluster, here, members, ctx);
}

/** The cluster's nodes: known, of a member role, in no other cluster; its k3s servers. Returns the members. */
function validateMembers(cluster: ClusterSpec, here: readonly PathSegment[], ctx: ClusterContext): string[] {
  const { out, site } = ctx;
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
  return members;
}

/** Pod and service CIDRs. */
function validateCidrs(cluster: ClusterSpec, here: readonly PathSegment[], ctx: ClusterContext): void {
  const { out } = ctx;
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
}

/** VIPs and load balancers: the check of a VIP the cluster names (apiVip, ingress.vip). */
function vipUse(cluster: ClusterSpec, ctx: ClusterContext): UseVip {
  const { out, site } = ctx;
  const hasLb = site.nodes.some((n) => n.role === 'loadbalancer');
  const useVip: UseVip = (key, name, purpose, path) => {
    if (name === undefined) return;
    if (!reference(out, path, name, ctx.vips, 'VIP')) return;
    const vip = site.vips[ctx.vips.get(name)!];
    if (vip.purpose !== purpose) out.error(path, `VIP "${name}" has purpose ${vip.purpose}`, `a VIP with purpose ${purpose}`, `point ${key} at ${article(purpose)} ${purpose} VIP`);
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
  return useVip;
}

/** MetalLB pools. Returns their ranges. */
function validatePools(cluster: ClusterSpec, here: readonly PathSegment[], members: readonly string[], ctx: ClusterContext): ip.IpRange[] {
  const { out, site } = ctx;
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
      ctx.addresses.claim(`pool "${pool.name}" of cluster "${cluster.name}"`, path, text);
    });
  });
  if (cluster.pools.length && !cluster.components.metallb) {
    out.error([...here, 'pools'], `cluster "${cluster.name}" has address pools but MetalLB is not enabled`, 'pools only with components.metallb', 'add components.metallb: { version: ... }, or remove pools');
  }
  return pools;
}

/** Ingress. */
function validateIngress(cluster: ClusterSpec, here: readonly PathSegment[], pools: readonly ip.IpRange[], useVip: UseVip, { out }: ClusterContext): void {
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
}

/** What the cluster's settings and components need: databases, monitoring, backups, nodes of a kind. */
function validateNeeds(cluster: ClusterSpec, here: readonly PathSegment[], members: readonly string[], ctx: ClusterContext): void {
  const { out, site } = ctx;
  // Where the apps' PostgreSQL databases live.
  if (cluster.postgresql === 'node' && !site.nodes.some((n) => n.role === 'database')) {
    out.error([...here, 'postgresql'], `cluster "${cluster.name}" keeps its databases on the database node, but the site has no node of role database`, 'postgresql: node with a node of role database in the site, or postgresql: cloudnativePg', 'add a node of role database, or set postgresql: cloudnativePg');
  }
  if (cluster.postgresql === 'cloudnativePg' && !cluster.components.cloudnativePg) {
    out.error([...here, 'postgresql'], `cluster "${cluster.name}" keeps its databases in CloudNativePG, which it does not enable`, 'postgresql: cloudnativePg with components.cloudnativePg', 'add components.cloudnativePg: { version: ... }, or set postgresql: node');
  }

  if (typeof cluster.postgresql === 'object') validateRemotePostgresql(cluster, cluster.postgresql, [...here, 'postgresql'], ctx);

  // Monitoring: alerts go where the site says, Grafana is public only when asked.
  if (cluster.components.kubePrometheusStack && !cluster.monitoring?.alerts) {
    out.error([...here, 'components', 'kubePrometheusStack'], `kube-prometheus-stack is enabled, but cluster "${cluster.name}" names no alert receiver: Alertmanager would send every alert nowhere`, 'monitoring.alerts with receiver webhook, email or none', 'add monitoring: { alerts: { receiver: webhook } } (or email), or receiver: none to say so');
  }
  if (cluster.monitoring && !cluster.components.kubePrometheusStack) {
    out.error([...here, 'monitoring'], `cluster "${cluster.name}" configures monitoring, but does not enable kube-prometheus-stack`, 'monitoring with components.kubePrometheusStack', 'add components.kubePrometheusStack: { version: ... }, or remove monitoring');
  }
  if (cluster.monitoring?.grafana.public) {
    const host = `grafana.${site.domain}`;
    // Stryker disable next-line ArrayDeclaration: a string in place of the empty list has no name, so it matches no hostname either
    if (!(site.cloudflare?.hostnames ?? []).some((h) => h.name === host && h.cluster === cluster.name)) {
      out.error([...here, 'monitoring', 'grafana', 'public'], `Grafana is public, but ${host} is not a public hostname of cluster "${cluster.name}"`, `${host} in cloudflare.hostnames with cluster: ${cluster.name}`, `add { name: ${host}, cluster: ${cluster.name} } to cloudflare.hostnames, or set public: false`);
    }
  }

  const loki = cluster.components.loki?.version;
  // Stryker disable next-line Regex: a "v" anywhere but at the start comes after the major version's dot, so removing it there leaves the major as it is
  if (loki !== undefined && Number(loki.replace(/^v/, '').split('.')[0]) !== LOKI_CHART_MAJOR) {
    out.error([...here, 'components', 'loki', 'version'], `loki chart version ${loki} is not ${LOKI_CHART_MAJOR}.x, the chart sitekit writes Loki's values for (grafana-community's loki chart): with grafana/loki's 6.x they render no Loki, and the upgrade deletes its StatefulSet and volume`, `${LOKI_CHART_MAJOR}.x of https://grafana-community.github.io/helm-charts`, `set components.loki.version to ${LOKI_CHART_MAJOR}.x, e.g. the release sitekit pins (cluster/versions.ts); see README, Day 2`);
  }

  if (cluster.secrets?.store === 'infisical' && !cluster.components.externalSecrets) {
    out.error([...here, 'secrets', 'store'], `cluster "${cluster.name}" reads its secrets from Infisical, but does not enable External Secrets, whose ClusterSecretStore reads them`, 'secrets.store: infisical with components.externalSecrets', 'add components.externalSecrets: { version: ... }, or remove secrets');
  }
  if (cluster.components.externalDns && !site.cloudflare) {
    out.error([...here, 'components', 'externalDns'], `ExternalDNS is enabled in cluster "${cluster.name}", but the site has no cloudflare zone for it to write records in`, 'components.externalDns with cloudflare: { zone, target, ... }', 'add cloudflare:, or remove components.externalDns');
  }
  if (cluster.components.externalDns && !cluster.ingress) {
    out.error([...here, 'components', 'externalDns'], `ExternalDNS is enabled in cluster "${cluster.name}", which has no ingress: it publishes the hostnames the ingress routes serve`, 'components.externalDns in a cluster with an ingress', `add ingress: to cluster "${cluster.name}", or remove components.externalDns`);
  }

  if (cluster.components.jenkins && !cluster.components.externalSecrets) {
    out.warn([...here, 'components', 'jenkins'], `Jenkins reads Secrets jenkins-admin (keys jenkins-admin-user, jenkins-admin-password) and jenkins-git (keys username, password), which nothing in the tree fills: cluster "${cluster.name}" does not enable External Secrets`, 'Secrets External Secrets fills from the site\'s secret store, or ones created by hand', 'add components.externalSecrets: { version: ... }, or create both Secrets in namespace "jenkins" by hand (kubectl create secret generic); the controller starts once they exist');
  }

  // Kibana's and Jenkins' internal routes: their component, an ingress, a name of the site's own.
  for (const [key, component, name] of [['kibana', 'eck', 'Kibana'], ['jenkins', 'jenkins', 'Jenkins']] as const) {
    const host = cluster[key]?.internalHost;
    if (host === undefined) continue;
    const at = [...here, key, 'internalHost'];
    if (!cluster.components[component]) {
      out.error([...here, key], `cluster "${cluster.name}" routes ${name} at ${host}, but does not enable ${component}`, `${key} with components.${component}`, `add components.${component}: { version: ... }, or remove ${key}`);
    } else if (!cluster.ingress) {
      out.error(at, `cluster "${cluster.name}" routes ${name} at ${host}, but has no ingress`, `${key}.internalHost on a cluster with ingress`, `add ingress to the cluster, or remove ${key}`);
    } else if (!host.endsWith(`.${site.domain}`)) {
      out.error(at, `${name} has internal hostname ${host}, which is not under the site's domain ${site.domain}`, `a name ending in .${site.domain}`, `use ${host.split('.')[0]}.${site.domain}`);
    } else if ((site.cloudflare?.hostnames ?? []).some((h) => h.name === host)) {
      out.error(at, `${name} has internal hostname ${host}, which is a public hostname (cloudflare.hostnames)`, 'an internal hostname with no public record', `pick a name of its own, e.g. ${key}.${site.domain}, or remove ${host} from cloudflare.hostnames`);
    }
  }

  if (cluster.backups?.target !== undefined && !cluster.components.longhorn) {
    out.error([...here, 'backups'], `cluster "${cluster.name}" names a backup target, but does not enable Longhorn, whose volumes it backs up`, 'backups with components.longhorn', 'add components.longhorn: { version: ... }, or remove backups');
  }
  validatePostgresqlBackups(cluster, here, ctx);

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
 * Where CloudNativePG backs up (object stores only): `backups.postgresql`, else an `s3://` target.
 * A cluster whose CloudNativePG holds databases (its own apps' or another cluster's) and has
 * neither gets a warning: its Cluster has no backup section.
 */
function validatePostgresqlBackups(cluster: ClusterSpec, here: readonly PathSegment[], { out, site }: ClusterContext): void {
  const backups = cluster.backups;
  const path = [...here, 'backups'];
  if (backups?.endpoint !== undefined && !backups.target?.startsWith('s3://')) {
    out.error([...path, 'endpoint'], `cluster "${cluster.name}" names an S3 endpoint (${backups.endpoint}), but ${backups.target === undefined ? 'no backups.target' : `backups.target ${backups.target} is not an S3 bucket`}`, 'backups.endpoint with an s3:// target', 'remove backups.endpoint, or move it to backups.postgresql.endpoint next to an s3:// backups.postgresql.target');
  }
  if (backups?.postgresql && !cluster.components.cloudnativePg) {
    out.error([...path, 'postgresql'], `cluster "${cluster.name}" names where CloudNativePG backs up, but does not enable CloudNativePG`, 'backups.postgresql with components.cloudnativePg', 'add components.cloudnativePg: { version: ... }, or remove backups.postgresql');
  }
  const hostsDatabases =
    databaseBackendOf(cluster, site.nodes.some((n) => n.role === 'database')) === 'cloudnativePg' ||
    site.clusters.some((c) => typeof c.postgresql === 'object' && c.postgresql.cluster === cluster.name);
  if (hostsDatabases && cluster.components.cloudnativePg && !backups?.postgresql && !backups?.target?.startsWith('s3://')) {
    const named = backups?.target === undefined ? '' : ` (backups.target ${backups.target} is not one)`;
    out.warn([...here, 'components', 'cloudnativePg'], `the databases in cluster "${cluster.name}"'s CloudNativePG are not backed up: CloudNativePG backs up to an S3-compatible object store only, and the cluster names none${named}`, 'backups.postgresql.target: s3://<bucket>@<region>/<path>, or an s3:// backups.target', 'add backups: { postgresql: { target: s3://<bucket>@<region>/<path>, endpoint: <URL of an S3-compatible store, e.g. MinIO on the NAS> } } and Secret pg-backup-s3 (keys ACCESS_KEY_ID, SECRET_ACCESS_KEY) to the site\'s secret store');
  }
}

/**
 * Databases on another cluster's CloudNativePG: a cluster of the site other than this one, running
 * CloudNativePG and MetalLB, the address in one of its pools, free of its ingress, and the same
 * address for every cluster that keeps its databases there (one Service on the primary).
 */
function validateRemotePostgresql(cluster: ClusterSpec, pg: { cluster: string; address: string }, path: readonly PathSegment[], { out, site }: ClusterContext): void {
  const names = site.clusters.map((c) => c.name);
  if (!reference(out, [...path, 'cluster'], pg.cluster, names, 'cluster')) return;
  if (pg.cluster === cluster.name) {
    out.error([...path, 'cluster'], `cluster "${cluster.name}" keeps its databases on cluster "${pg.cluster}", itself`, 'another cluster of the site, whose CloudNativePG holds the databases', 'set postgresql: cloudnativePg to keep them in its own CloudNativePG');
    return;
  }
  const target = site.clusters.find((c) => c.name === pg.cluster)!;
  if (!target.components.cloudnativePg) {
    out.error([...path, 'cluster'], `cluster "${cluster.name}" keeps its databases on cluster "${pg.cluster}", which does not enable CloudNativePG`, 'a cluster with components.cloudnativePg', `add components.cloudnativePg: { version: ... } to cluster "${pg.cluster}", or point postgresql.cluster at a cluster that runs it`);
  }
  if (!target.components.metallb) {
    out.error([...path, 'address'], `cluster "${cluster.name}" reaches cluster "${pg.cluster}"'s PostgreSQL on ${pg.address}, but cluster "${pg.cluster}" does not enable MetalLB, which would serve that address`, 'an address of a MetalLB pool of a cluster with components.metallb', `add components.metallb: { version: ... } and a pool to cluster "${pg.cluster}"`);
    return;
  }
  const ranges = target.pools.flatMap((pool) => pool.addresses.filter((a) => ip.isRangeSyntax(a)).map((a) => ip.parseRange(a)));
  if (!ranges.some((r) => ip.contains(r, pg.address))) {
    out.error([...path, 'address'], `postgresql address ${pg.address} is not in any pool of cluster "${pg.cluster}"`, ranges.length ? `an address in ${ranges.map((r) => r.text).join(', ')}` : `an address from a MetalLB pool of cluster "${pg.cluster}" (it has none)`, `pick an address from a pool of cluster "${pg.cluster}"`);
    return;
  }
  if (target.ingress?.address === pg.address) {
    out.error([...path, 'address'], `postgresql address ${pg.address} is the ingress address of cluster "${pg.cluster}"`, 'an address of the pool that no other Service of that cluster requests', `pick another address from a pool of cluster "${pg.cluster}"`);
  }
  const first = site.clusters.find((c) => typeof c.postgresql === 'object' && c.postgresql.cluster === pg.cluster);
  if (first && first !== cluster && typeof first.postgresql === 'object' && first.postgresql.address !== pg.address) {
    const f = site.clusters.indexOf(first);
    out.error([...path, 'address'], `cluster "${cluster.name}" reaches cluster "${pg.cluster}"'s PostgreSQL on ${pg.address}, but cluster "${first.name}" on ${first.postgresql.address} (clusters[${f}].postgresql.address)`, `one address per CloudNativePG: ${first.postgresql.address}`, `set postgresql.address: ${first.postgresql.address}`);
  }
}
