/**
 * The cluster app: for each cluster of the site, a GitOps tree under `clusters/<cluster>/`.
 *
 *   kustomization.yaml              lists only the engine's entries
 *   flux-system/                    Flux: its install and sync (flux-install.ts, gitops.ts), the
 *                                   files `flux bootstrap` writes (none with gitops.bootstrap: flux)
 *   infrastructure.yaml, apps.yaml  Flux: the layer Kustomizations (gitops.ts)
 *   argocd/                         Argo CD: its install (argocd-install.ts) and the app of apps
 *   infrastructure/controllers/<ns>/namespace.yaml, network-policy.yaml, release.yaml,
 *                                   prerequisites.yaml (Argo CD; Flux: in the configs file)
 *   infrastructure/configs/<ns>/<component>.yaml, site-info.yaml
 *   apps/<ns>/namespace.yaml, <app>.yaml, secrets.yaml (the ExternalSecrets of the Secrets its apps read)
 *
 * Every namespace.yaml holds the Namespace and its default-deny NetworkPolicy; network-policy.yaml
 * the allow rules of the component (network-policy.ts), in the same layer as its chart so its pods
 * are never denied what they need. Namespaces created in configs (databases, kafka) carry both
 * in the component's configs file.
 *
 * Objects that hold data, and the namespaces holding them, carry the engine's "never prune"
 * annotation (stateful.ts).
 *
 * Directory names are a contract: Flux Kustomizations and Argo CD Applications point at them.
 * Every file is synthesized by its own cdk8s App (tree.ts) to keep synthesis linear.
 */
import { KubeConfigMap, KubeNamespace } from 'cdk8s-plus-28/lib/imports/k8s';
import type { Chart } from 'cdk8s';
import type { Cluster, Site } from '../site';
import { WebApp } from './apps/app';
import { webAppProps } from './apps/resolve';
import { appSecrets } from './apps/secrets';
import { COMPONENTS } from './components';
import { ClusterContext, COMPONENT_NAMESPACES, NAMESPACES } from './context';
import { argoCdInstall, argoCdValues, ARGOCD_VALUES_FILE } from './argocd-install';
import { FLUX_NAMESPACE, fluxComponents } from './flux-install';
import { argoLayers, argoRoot, engineEntries, fluxLayers, fluxSync, LAYERS } from './gitops';
import { APP_NAMESPACE_LABELS, defaultDeny } from './network-policy';
import { argoPrerequisites, namespace } from './release';
import { protectState } from './stateful';
import { addKustomizations, chartObjects, ClusterTree, kustomization } from './tree';

export { COMPONENT_NAMESPACES } from './context';

/** Builds a cdk8s chart's objects into a file of the cluster's tree. */
export type AddToTree = (file: string, build: (chart: Chart) => void) => void;

/**
 * Your own objects in a cluster's tree: call `add(file, build)` for each file, a path under
 * `apps/<namespace>/` or `infrastructure/configs/<namespace>/`. The tree lists it in the folder's
 * kustomization.yaml, and the synth's gates and data-loss guard see it like the rest.
 */
export type ClusterExtension = (site: Site, cluster: Cluster, add: AddToTree) => void;

export interface SynthOptions {
  /** Objects of your own for each cluster's tree. @default none */
  readonly extend?: ClusterExtension;
}

/** Where a ClusterExtension may add files. */
const EXTENSION_FILE = /^(apps|infrastructure\/configs)\/[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[A-Za-z0-9._-]+\.yaml$/;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The tree of one cluster. */
export function synthClusterTree(site: Site, cluster: Cluster, options: SynthOptions = {}): ClusterTree {
  const ctx = new ClusterContext(site, cluster);
  const tree: ClusterTree = new Map();
  const add = (file: string, build: (chart: Chart) => void) => {
    const objects = chartObjects(build);
    if (objects.length) tree.set(file, [...(tree.get(file) ?? []), ...objects]);
  };

  // Platform components: the chart in controllers, its custom resources in configs.
  for (const def of COMPONENTS) {
    if (!ctx.has(def.key)) continue;
    const ns = COMPONENT_NAMESPACES[def.key];
    const parts = def.build(ctx);
    add(`infrastructure/controllers/${ns}/namespace.yaml`, (chart) => namespace(chart, ns, ctx.labels(def.key), { privileged: def.privileged }));
    if (parts.networkPolicies) add(`infrastructure/controllers/${ns}/network-policy.yaml`, parts.networkPolicies);
    add(`infrastructure/controllers/${ns}/release.yaml`, parts.chart);
    if (parts.prerequisites) {
      // Argo CD: in the controllers layer, in their own wave (release.ts); Flux: with the configs.
      const objects = chartObjects(parts.prerequisites);
      const file = ctx.engine === 'argocd' ? `infrastructure/controllers/${ns}/prerequisites.yaml` : `infrastructure/configs/${ns}/${kebab(def.key)}.yaml`;
      if (objects.length) tree.set(file, ctx.engine === 'argocd' ? argoPrerequisites(objects) : objects);
    }
    if (parts.configs) add(`infrastructure/configs/${ns}/${kebab(def.key)}.yaml`, parts.configs);
  }
  add('infrastructure/configs/site-info.yaml', (chart) => {
    new KubeConfigMap(chart, 'info', {
      metadata: { name: 'site-info', namespace: 'kube-system', labels: ctx.labels('site') },
      data: { site: site.name, cluster: cluster.name, domain: site.domain, apiAddress: cluster.apiAddress, hostnames: cluster.hostnames.join(',') },
    });
  });

  // Applications (clusters[].apps), one directory per namespace.
  const apps = cluster.apps;
  for (const ns of new Set(apps.map((a) => a.namespace))) {
    add(`apps/${ns}/namespace.yaml`, (chart) => {
      new KubeNamespace(chart, 'ns', {
        metadata: { name: ns, labels: { ...ctx.labels('app'), ...APP_NAMESPACE_LABELS, 'pod-security.kubernetes.io/enforce': 'restricted' } },
      });
      // Each app's own NetworkPolicy (apps/app.ts) admits its declared clients.
      defaultDeny(chart, ns, ctx.labels('app'));
    });
  }
  for (const spec of apps) add(`apps/${spec.namespace}/${spec.name}.yaml`, (chart) => new WebApp(chart, spec.name, webAppProps(ctx, spec)));
  for (const ns of new Set(apps.map((a) => a.namespace))) add(`apps/${ns}/secrets.yaml`, (chart) => appSecrets(chart, ctx, ns, apps));

  options.extend?.(site, cluster, (file, build) => {
    if (!EXTENSION_FILE.test(file) || file.endsWith('/kustomization.yaml')) {
      throw new Error(`a cluster extension added "${file}": a file of your own goes under apps/<namespace>/ or infrastructure/configs/<namespace>/ and ends in .yaml (not kustomization.yaml)`);
    }
    if (tree.has(file)) throw new Error(`a cluster extension added "${file}", which the tree of cluster "${cluster.name}" already has: choose another file name`);
    add(file, build);
  });

  // Every layer exists (the engine points at it), even when empty.
  for (const layer of LAYERS) {
    if (![...tree.keys()].some((f) => f.startsWith(`${layer.dir}/`))) tree.set(`${layer.dir}/kustomization.yaml`, [kustomization([])]);
  }

  // The engine's entry points; the root lists only them.
  if (ctx.engine === 'argocd') {
    add('argocd/argocd.yaml', (chart) => argoCdInstall(chart, ctx));
    add('argocd/root.yaml', (chart) => argoRoot(chart, ctx));
    add('argocd/infrastructure.yaml', (chart) => argoLayers(chart, ctx, LAYERS.slice(0, 2)));
    add('argocd/apps.yaml', (chart) => argoLayers(chart, ctx, LAYERS.slice(2)));
    // The values of the first `helm install` (README), next to the Applications but not one of them.
    tree.set(`argocd/${ARGOCD_VALUES_FILE}`, [argoCdValues(ctx)]);
    tree.set('argocd/kustomization.yaml', [kustomization([...tree.keys()].filter((f) => /^argocd\/[^/]+\.yaml$/.test(f) && f !== `argocd/${ARGOCD_VALUES_FILE}`).map((f) => f.slice('argocd/'.length)))]);
  } else {
    // flux-system/ holds exactly the files `flux bootstrap` writes there (gotk-components.yaml,
    // gotk-sync.yaml and the kustomization.yaml listing both): the synth's, or bootstrap's alone
    // (gitops.bootstrap: flux), so the two never write the same file. The layers sit next to it.
    if (cluster.gitops.bootstrap === 'tree') {
      tree.set('flux-system/gotk-components.yaml', fluxComponents(chartObjects((chart) => defaultDeny(chart, FLUX_NAMESPACE, ctx.labels('flux')))[0]));
      add('flux-system/gotk-sync.yaml', (chart) => fluxSync(chart, ctx));
    }
    add('infrastructure.yaml', (chart) => fluxLayers(chart, ctx, LAYERS.slice(0, 2)));
    add('apps.yaml', (chart) => fluxLayers(chart, ctx, LAYERS.slice(2)));
  }
  // Objects that hold data (and their namespaces) are never pruned by the engine; so is the
  // secret store's source namespace, whose Secrets are made by hand and are in no Git tree.
  const dataNamespaces = COMPONENTS.filter((def) => def.keepsData && ctx.has(def.key)).map((def) => COMPONENT_NAMESPACES[def.key]);
  if (ctx.has('externalSecrets')) dataNamespaces.push(NAMESPACES.siteSecrets);
  protectState(tree, ctx.engine, dataNamespaces);
  tree.set('kustomization.yaml', [kustomization(engineEntries(ctx))]);
  addKustomizations(tree);
  return tree;
}

/** Every cluster's tree, by cluster name. */
export function synthClusters(site: Site, options: SynthOptions = {}): Map<string, ClusterTree> {
  return new Map(site.clusters.map((c) => [c.name, synthClusterTree(site, c, options)]));
}
