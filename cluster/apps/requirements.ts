/**
 * What the apps of a cluster need from the site, checked when the site loads (a site rule): an
 * app with a database needs a database node or CloudNativePG, one with Kafka topics needs
 * Strimzi, one with a public host needs that host among the cluster's `cloudflare.hostnames` and
 * an ingress controller. Without this, a site that drops a component the catalog's apps use would
 * only fail deep in the render, without the line of the site to change.
 */
import type { SiteIssue, SiteRule } from '../../site';
import { ClusterContext } from '../context';
import { databaseBackend, PG_IDENTIFIER } from './databases';
import { APPS, type AppCatalog } from './seed';

/** The site rule for an app catalog (the cluster app's own by default). */
export function appRequirements(catalog: AppCatalog = APPS): SiteRule {
  return (site) => {
    const out: SiteIssue[] = [];
    site.clusters.forEach((cluster, c) => {
      const apps = catalog[cluster.name]?.(site) ?? [];
      if (!apps.length) return;
      const ctx = new ClusterContext(site, cluster);
      const here = ['clusters', c];
      const from = `(its apps come from the catalog of cluster "${cluster.name}", cluster/apps/seed.ts)`;
      for (const app of apps) {
        const id = `app ${app.namespace}/${app.name} of cluster "${cluster.name}"`;
        if (app.database && !PG_IDENTIFIER.test(app.database.name)) {
          out.push({ severity: 'error', path: [...here, 'name'], message: `${id} uses database "${app.database.name}", which is not a plain PostgreSQL name ${from}`, allowed: 'a lower-case letter or _, then letters, digits and _ (at most 63)', fix: `rename the app's database, e.g. "${app.database.name.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^([0-9])/, '_$1').slice(0, 63)}"` });
        }
        if (app.database && !databaseBackend(site, cluster)) {
          out.push({ severity: 'error', path: [...here, 'components'], message: `${id} uses database "${app.database.name}", but the cluster has neither a database node nor CloudNativePG ${from}`, allowed: 'a node of role database, or components.cloudnativePg', fix: 'add components.cloudnativePg: { version: ... }, or a database node' });
        }
        if (app.kafka && !ctx.has('strimzi')) {
          out.push({ severity: 'error', path: [...here, 'components'], message: `${id} uses Kafka topics (${app.kafka.topics.join(', ')}), but the cluster does not enable strimzi ${from}`, allowed: 'components.strimzi on a cluster whose apps use Kafka', fix: 'add components.strimzi: { version: ... }' });
        }
        if (app.host === undefined) continue;
        if (!ctx.isHostname(app.host)) {
          const path = site.spec.cloudflare ? ['cloudflare', 'hostnames'] : [...here, 'name'];
          out.push({ severity: 'error', path, message: `${id} is served at ${app.host}, which is not a public hostname of the cluster (hostnames: ${ctx.cluster.hostnames.join(', ') || 'none'}) ${from}`, allowed: `${app.host} in cloudflare.hostnames with cluster: ${cluster.name}`, fix: `add { name: ${app.host}, cluster: ${cluster.name} } to cloudflare.hostnames` });
        }
        if (!ctx.ingressController) {
          out.push({ severity: 'error', path: [...here, 'ingress'], message: `${id} is served at ${app.host}, but the cluster has no ingress controller ${from}`, allowed: 'ingress.controller traefik or nginx, with the component enabled', fix: 'set ingress: { controller: traefik, ... } and components.traefik' });
        }
      }
    });
    return out;
  };
}
