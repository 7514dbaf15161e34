/**
 * The cluster app: for each cluster of the site, a GitOps tree under `clusters/<cluster>/`.
 *
 * Directory names are a contract: Flux Kustomizations and Argo CD Applications point at them.
 */
import { ApiObject } from 'cdk8s';
import { KubeNamespace } from 'cdk8s-plus-28/lib/imports/k8s';
import type { Cluster, Site } from '../site';
import { addKustomizations, chartObjects, ClusterTree } from './tree';

/** Kubernetes names of the components: namespace and directory. */
export const COMPONENT_NAMESPACES: Record<string, string> = {
  metallb: 'metallb-system',
  traefik: 'traefik',
  ingressNginx: 'ingress-nginx',
  certManager: 'cert-manager',
  longhorn: 'longhorn-system',
  nfs: 'csi-nfs',
  cloudnativePg: 'cnpg-system',
  strimzi: 'strimzi',
  kubePrometheusStack: 'monitoring',
  loki: 'logging',
  externalSecrets: 'external-secrets',
};

/** The tree of one cluster. */
export function synthClusterTree(site: Site, cluster: Cluster): ClusterTree {
  const tree: ClusterTree = new Map();
  const enabled = Object.keys(COMPONENT_NAMESPACES).filter((c) => cluster.components[c as keyof Cluster['components']]);
  for (const component of enabled) {
    const ns = COMPONENT_NAMESPACES[component];
    tree.set(
      `infrastructure/controllers/${ns}/namespace.yaml`,
      chartObjects((chart) => {
        new KubeNamespace(chart, 'ns', {
          metadata: {
            name: ns,
            labels: { 'app.kubernetes.io/part-of': site.name, 'sitekit.dev/component': component },
          },
        });
      }),
    );
  }
  tree.set(
    'cluster-info.yaml',
    chartObjects((chart) => {
      new ApiObject(chart, 'info', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'site-info', namespace: 'kube-system' },
        data: {
          site: site.name,
          cluster: cluster.name,
          domain: site.domain,
          apiAddress: cluster.apiAddress,
        },
      });
    }),
  );
  addKustomizations(tree);
  return tree;
}

/** Every cluster's tree, by cluster name. */
export function synthClusters(site: Site): Map<string, ClusterTree> {
  return new Map(site.clusters.map((c) => [c.name, synthClusterTree(site, c)]));
}
