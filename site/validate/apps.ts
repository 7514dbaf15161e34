/**
 * App rules (`clusters[].apps`): complete apps, names once per namespace, hostnames the site
 * routes to the cluster, the components, database backend and StorageClasses the apps use, and
 * Secrets something fills. Each app is checked as resolved (catalog app plus the entry).
 */
import { databaseBackendOf, isLonghornClass, isSharedClass, storageClasses } from '../apps/backends';
import { CATALOG_NAMES } from '../apps/catalog';
import { appClaimName, redisClaim, redisName, resolveApp } from '../apps/resolve';
import type { AppSpec } from '../apps/types';
import { didYouMean, type PathSegment } from '../errors';
import type { AppInputSpec, ClusterSpec } from '../schema';
import { Context, reference } from './common';

/** Hostnames served by an app or Grafana, across the site: hostname → who serves it. */
type Served = Map<string, string>;

/** Checks every cluster's apps. */
export function validateApps(ctx: Context): void {
  const served: Served = new Map();
  ctx.site.clusters.forEach((cluster, c) => {
    const apps = cluster.apps.map((a) => resolveApp(a));
    apps.forEach(({ app, missing }, i) => {
      const here = ['clusters', c, 'apps', i];
      for (const field of missing) {
        const id = app.name ? `app "${app.name}"` : `clusters[${c}].apps[${i}]`;
        ctx.out.error(here, `${id} of cluster "${cluster.name}" has no ${field}`, `${field} in the entry, or uses: a built-in app that has it (one of: ${CATALOG_NAMES.join(', ')})`, `add ${field}, or uses: ...`);
      }
      if (!missing.length) validateApp(ctx, cluster, c, i, cluster.apps[i], app, apps.map((a) => a.app), served);
    });
  });
  validateInternalNames(ctx, served);
}

/**
 * Internal hostnames (apps', Kibana's, Jenkins') are answered by the infra node's DNS with their
 * cluster's ingress address (infra/bootstrap/infranode.ts dnsRecords): none may be a node's or
 * VIP's name there, nor serve two things (apps among themselves are checked by `serve`).
 */
function validateInternalNames({ out, site }: Context, served: Served): void {
  const names = new Map<string, string>();
  site.vips.forEach((v, j) => names.set(`${v.name}.${site.domain}`, `VIP "${v.name}" (vips[${j}]: ${v.address})`));
  site.nodes.forEach((n, j) => names.set(`${n.name}.${site.domain}`, `node "${n.name}" (nodes[${j}]: ${n.address})`));
  // A public hostname here is already an error of its own (and a node's name then one of validate/cloudflare.ts).
  const isPublic = (host: string) => (site.cloudflare?.hostnames ?? []).some((h) => h.name === host);
  const clash = (host: string, path: PathSegment[], id: string): void => {
    const owner = names.get(host);
    if (!owner) return;
    const what = owner.slice(0, owner.indexOf(' ('));
    out.error(path, `${id} has internal hostname ${host}, which is the internal name of ${owner}: the site's DNS would answer it with both addresses`, `an internal hostname that no node or VIP is named as in domain ${site.domain}`, `rename ${what}, or choose another internal hostname`);
  };
  site.clusters.forEach((cluster, c) => {
    cluster.apps.forEach((input, i) => {
      const app = resolveApp(input).app;
      if (app.internalHost && !isPublic(app.internalHost)) clash(app.internalHost, ['clusters', c, 'apps', i, 'internalHost'], `app "${app.name}" of cluster "${cluster.name}"`);
    });
    for (const [key, name] of [['kibana', 'Kibana'], ['jenkins', 'Jenkins']] as const) {
      const host = cluster[key]?.internalHost;
      if (host === undefined || isPublic(host)) continue;
      const path = ['clusters', c, key, 'internalHost'];
      const id = `${name} of cluster "${cluster.name}"`;
      clash(host, path, id);
      const other = served.get(host);
      if (other) out.error(path, `${id} is served at ${host}, which ${other} already serves`, 'one route per internal hostname', `give ${name} a hostname of its own`);
      else served.set(host, id);
    }
  });
}

function validateApp(ctx: Context, cluster: ClusterSpec, c: number, i: number, input: AppInputSpec, app: AppSpec, apps: readonly AppSpec[], served: Served): void {
  const { out, site } = ctx;
  const here: PathSegment[] = ['clusters', c, 'apps', i];
  const id = `app "${app.name}" of cluster "${cluster.name}"`;
  const same = apps.filter((a) => a.namespace === app.namespace);
  const first = apps.findIndex((a) => a.namespace === app.namespace && a.name === app.name);
  if (first !== i) {
    out.error([...here, 'name'], `app name "${app.name}" is already used in namespace "${app.namespace}" by clusters[${c}].apps[${first}]`, 'an app name used once per namespace', 'rename one of the two apps, or give one another namespace');
    return;
  }

  if (app.host) {
    const where = (site.cloudflare?.hostnames ?? []).find((h) => h.name === app.host);
    if (!where) {
      out.error([...here, 'host'], `${id} is served at ${app.host}, which is not a public hostname of the site (cloudflare.hostnames: ${(site.cloudflare?.hostnames ?? []).map((h) => h.name).join(', ') || 'none'})`, `${app.host} in cloudflare.hostnames with cluster: ${cluster.name}`, `add { name: ${app.host}, cluster: ${cluster.name} } to cloudflare.hostnames`);
    } else if (where.cluster !== cluster.name) {
      out.error([...here, 'host'], `${id} is served at ${app.host}, which cloudflare.hostnames routes to cluster "${where.cluster}"`, `a public hostname with cluster: ${cluster.name}`, `set cluster: ${cluster.name} on ${app.host} in cloudflare.hostnames, or move the app to cluster "${where.cluster}"`);
    }
    serve(ctx, served, app.host, [...here, 'host'], id, cluster);
  }
  if (app.internalHost) {
    if ((site.cloudflare?.hostnames ?? []).some((h) => h.name === app.internalHost)) {
      out.error([...here, 'internalHost'], `${id} has internal hostname ${app.internalHost}, which is a public hostname (cloudflare.hostnames)`, 'an internal hostname with no public record', `set host: ${app.internalHost} instead, or pick another internal name`);
    } else if (!app.internalHost.endsWith(`.${site.domain}`)) {
      out.error([...here, 'internalHost'], `${id} has internal hostname ${app.internalHost}, which is not under the site's domain ${site.domain}`, `a name ending in .${site.domain}`, `use ${app.internalHost.split('.')[0]}.${site.domain}`);
    } else serve(ctx, served, app.internalHost, [...here, 'internalHost'], id, cluster);
  }
  if ((app.host || app.internalHost) && !cluster.ingress) {
    out.error([...here, app.host ? 'host' : 'internalHost'], `${id} is served at ${app.host ?? app.internalHost}, but the cluster has no ingress`, 'ingress: { controller: traefik or nginx, ... } on a cluster whose apps have hostnames', 'add ingress to the cluster, or remove the hostname');
  }

  const hasDatabaseNode = site.nodes.some((n) => n.role === 'database');
  if (app.database && !databaseBackendOf(cluster, hasDatabaseNode)) {
    out.error([...here, 'database'], `${id} uses database "${app.database.name}", but the cluster has neither a database node nor CloudNativePG`, 'a node of role database, or components.cloudnativePg', 'add components.cloudnativePg: { version: ... }, or a database node');
  }
  if (app.gpu && !cluster.nodes.some((n) => site.nodes.find((x) => x.name === n)?.gpu?.vendor === app.gpu)) {
    out.error(input.gpu ? [...here, 'gpu'] : here, `${id} asks for an ${app.gpu} GPU, but no node of the cluster has one`, `gpu: ${app.gpu} on apps of a cluster with a node that has gpu: { vendor: ${app.gpu} }`, `give a server or agent node of cluster "${cluster.name}" a GPU (gpu: { vendor: ${app.gpu}, ... }; docs/gpu.md), or remove gpu from the app`);
  }
  if (app.kafka && !cluster.components.strimzi) {
    out.error([...here, 'kafka'], `${id} uses Kafka topics (${app.kafka.topics.join(', ')}), but the cluster does not enable strimzi`, 'components.strimzi on a cluster whose apps use Kafka', 'add components.strimzi: { version: ... }');
  }

  if (app.redis) {
    // The Redis' objects are named `<app>-redis`, next to the namespace's apps.
    const redis = redisName(app.name);
    const taken = apps.findIndex((a) => a.namespace === app.namespace && a.name === redis);
    const claim = redisClaim(app.name);
    const claimed = apps.findIndex((a) => a.namespace === app.namespace && (a.volumes ?? []).some((v) => appClaimName(a.name, v.name) === claim));
    if (taken >= 0) {
      out.error([...here, 'redis'], `${id} asks for a Redis, whose StatefulSet, Service and Secret are named "${redis}", the name of clusters[${c}].apps[${taken}] in namespace "${app.namespace}"`, `no app named "${redis}" in the app's namespace`, 'rename one of the two apps, or give one another namespace');
    } else if (claimed >= 0) {
      out.error([...here, 'redis'], `${id} asks for a Redis, whose volume claim is "${claim}", the claim of a volume of clusters[${c}].apps[${claimed}] in namespace "${app.namespace}"`, `no volume claim named "${claim}" in the app's namespace`, 'rename that volume');
    } else if (!cluster.components.externalSecrets) {
      out.warn([...here, 'redis'], `${id} asks for a Redis whose password is Secret "${redis}" (key password), which nothing in the tree fills: cluster "${cluster.name}" does not enable External Secrets`, 'a Secret External Secrets fills from the site\'s secret store, or one created by hand', `add components.externalSecrets: { version: ... }, or create Secret "${redis}" in namespace "${app.namespace}" by hand (kubectl create secret generic ${redis} --from-literal=password=...)`);
    }
  }

  // Names and paths used once: volumes, ports (http is the app's own), mount paths.
  const once = (path: readonly PathSegment[], what: string, value: string | number, seen: Map<string | number, string>, where: string) => {
    const first = seen.get(value);
    if (first) out.error(path, `${id} uses ${what} ${typeof value === 'string' ? `"${value}"` : value} twice (${first} and ${where})`, `each ${what} once per app`, `remove or rename one of the two`);
    else seen.set(value, where);
  };
  const ports = new Map<string | number, string>([['http', 'port'], [app.port, 'port']]);
  (app.ports ?? []).forEach((p, j) => {
    once([...here, 'ports', j, 'name'], 'port name', p.name, ports, `ports[${j}]`);
    once([...here, 'ports', j, 'port'], 'port', p.port, ports, `ports[${j}]`);
  });
  // The entry's own volumes by name (they change the catalog app's of that name, so each once).
  const volumeNames = new Map<string | number, string>();
  (input.volumes ?? []).forEach((v, j) => once([...here, 'volumes', j, 'name'], 'volume name', v.name, volumeNames, `volumes[${j}]`));
  const mounts = new Map<string | number, string>((app.writablePaths ?? []).map((w, j) => [w.replace(/\/$/, ''), `writablePaths[${j}]`]));
  (app.volumes ?? []).forEach((v, j) => once([...here, 'volumes', j, 'mountPath'], 'mount path', v.mountPath.replace(/\/$/, ''), mounts, `volumes[${j}]`));

  const classes = storageClasses(cluster);
  const scaled = (app.replicas ?? 1) > 1 || !!app.autoscale;
  (app.volumes ?? []).forEach((v, j) => {
    const vpath = [...here, 'volumes', j];
    const sc = v.storageClass ?? classes[0];
    if (!classes.includes(sc)) {
      const guess = didYouMean(sc, classes);
      out.error([...vpath, 'storageClass'], `volume "${v.name}" of ${id} asks for storage class ${sc}, which the cluster does not have`, `one of: ${classes.join(', ')} (longhorn and longhorn-single come with components.longhorn, nfs-shared with components.nfs)`, guess ? `did you mean "${guess}"?` : 'use one of them, or enable the component that provides it');
      return;
    }
    if (v.backup && !isLonghornClass(sc)) {
      out.error([...vpath, 'backup'], `volume "${v.name}" of ${id} asks for backups, but storage class ${sc} is not backed up by the site (Longhorn backs up its own volumes only)`, 'backup: true on a longhorn or longhorn-single volume', 'set backup: false, or storageClass: longhorn');
    }
    if (scaled && !isSharedClass(sc)) {
      out.error(vpath, `volume "${v.name}" of ${id} is on storage class ${sc}, which one node mounts at a time, but the app runs several replicas`, 'several replicas with volumes of a shared class (nfs-shared) only', 'set replicas: 1 without autoscale, or storageClass: nfs-shared');
    }
  });

  const peers = same.map((a) => a.name);
  (app.allowFrom ?? []).forEach((peer, j) => reference(out, [...here, 'allowFrom', j], peer, peers, 'app'));
  (app.callsTo ?? []).forEach((peer, j) => reference(out, [...here, 'callsTo', j, 'app'], peer.app, peers, 'app'));

  for (const [name, value] of Object.entries(app.env ?? {})) {
    if (typeof value === 'string') continue;
    const owner = same.find((a) => a.database && value.secret === `${a.name}-database`);
    if (owner) {
      out.error([...here, 'env', name], `${id} reads Secret "${value.secret}", which the database wiring of app "${owner.name}" fills`, 'a Secret of your own (the database credentials come as DATABASE_USER and DATABASE_PASSWORD)', 'name another Secret');
    } else if (!cluster.components.externalSecrets) {
      out.warn([...here, 'env', name], `${id} reads Secret "${value.secret}" (key ${value.key}), which nothing in the tree fills: cluster "${cluster.name}" does not enable External Secrets`, 'a Secret External Secrets fills from the site\'s secret store, or one created by hand', `add components.externalSecrets: { version: ... }, or create Secret "${value.secret}" in namespace "${app.namespace}" by hand (kubectl create secret generic)`);
    }
  }
}

/** A hostname served twice (two apps, or an app and the public Grafana) is refused. */
function serve(ctx: Context, served: Served, host: string, path: readonly PathSegment[], id: string, cluster: ClusterSpec): void {
  const grafana = cluster.monitoring?.grafana.public && host === `grafana.${ctx.site.domain}` ? `Grafana of cluster "${cluster.name}"` : undefined;
  const other = served.get(host) ?? grafana;
  if (other) ctx.out.error(path, `${id} is served at ${host}, which ${other} already serves`, 'one app per hostname', 'give the app a hostname of its own');
  else served.set(host, id);
}
