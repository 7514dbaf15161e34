/**
 * The site rules of the cluster app: what the site must give the trees it asks for, checked when
 * the site loads (a site error at the line to change, not a failure deep in the render, nor a
 * cluster that never converges): the apps' needs (apps/requirements.ts) and Longhorn's capacity
 * for the volumes the components claim (components/longhorn-capacity.ts).
 */
import type { SiteIssue, SiteRule } from '../site';
import { appRequirements } from './apps/requirements';
import { APPS, type AppCatalog } from './apps/seed';
import { longhornCapacityIssues } from './components/longhorn-capacity';
import { ClusterContext } from './context';

/** The volumes' replicas must fit the longhorn disks of their cluster. */
export function longhornCapacity(): SiteRule {
  return (site) => {
    const out: SiteIssue[] = [];
    site.clusters.forEach((cluster, c) => {
      if (!cluster.components.longhorn) return;
      for (const message of longhornCapacityIssues(new ClusterContext(site, cluster))) {
        out.push({
          severity: 'error',
          path: ['clusters', c, 'components', 'longhorn'],
          message,
          allowed: 'Longhorn volumes whose replicas fit the longhorn disks of the cluster',
          fix: 'grow the longhorn disks, add nodes with a longhorn disk, or drop a component that keeps volumes',
        });
      }
    });
    return out;
  };
}

/** Every site rule of the cluster app, for an app catalog (the seed's by default). */
export function clusterRules(catalog: AppCatalog = APPS): SiteRule[] {
  return [appRequirements(catalog), longhornCapacity()];
}
