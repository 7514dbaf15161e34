/**
 * The site rules of the cluster app: what the site must give the trees it asks for, checked when
 * the site loads (a site error at the line to change, not a failure deep in the render, nor a
 * cluster that never converges): apps kept out of the platform's namespaces, and Longhorn's
 * capacity for the volumes the components and apps claim (components/longhorn-capacity.ts). The
 * apps' other needs are the site's own rules (site/validate/apps.ts).
 */
import type { SiteIssue, SiteRule } from '../site';
import { longhornCapacityIssues } from './components/longhorn-capacity';
import { ClusterContext, COMPONENT_NAMESPACES, NAMESPACES } from './context';

/** Namespaces an app may not take: the components', their workloads', and Kubernetes' own. */
export const RESERVED_NAMESPACES: readonly string[] = [
  ...new Set([...Object.values(COMPONENT_NAMESPACES), ...Object.values(NAMESPACES), 'default', 'kube-system', 'kube-public', 'kube-node-lease']),
];

/** An app's namespace is its own: a component's would get the apps' default-deny policy and Pod Security level. */
export function appNamespaces(): SiteRule {
  return (site) => {
    const out: SiteIssue[] = [];
    site.clusters.forEach((cluster, c) => {
      cluster.apps.forEach((app, i) => {
        if (!RESERVED_NAMESPACES.includes(app.namespace)) return;
        out.push({
          severity: 'error',
          path: ['clusters', c, 'apps', i, 'namespace'],
          message: `app "${app.name}" of cluster "${cluster.name}" is in namespace "${app.namespace}", which the platform uses`,
          allowed: `a namespace of the apps, not one of: ${RESERVED_NAMESPACES.join(', ')}`,
          fix: `set namespace: ${app.name}`,
        });
      });
    });
    return out;
  };
}

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

/** Every site rule of the cluster app. */
export function clusterRules(): SiteRule[] {
  return [appNamespaces(), longhornCapacity()];
}
