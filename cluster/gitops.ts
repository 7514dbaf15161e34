/**
 * The GitOps entry points of a cluster's tree, per engine.
 *
 * Flux (layered layout): `flux-system/` holds the GitRepository and the Kustomization syncing the
 * cluster's directory (as `flux bootstrap` writes them); `infrastructure.yaml` and `apps.yaml`
 * beside it the Kustomizations infra-controllers → infra-configs → apps, each `dependsOn` the one
 * before and waits for its objects to be ready. Argo CD: `argocd/` holds an app of apps whose Applications carry sync waves
 * 0, 1, 2 for the same three directories.
 *
 * The root `kustomization.yaml` lists only the engine's entries: the engine applies the layers
 * itself, in order; applying the whole tree at once would skip the ordering.
 */
import type { Construct } from 'constructs';
import { Application } from '../imports/k8s/argoproj.io';
import { Kustomization, KustomizationSpecSourceRefKind } from '../imports/k8s/kustomize.toolkit.fluxcd.io';
import { GitRepository } from '../imports/k8s/source.toolkit.fluxcd.io';
import { NAMESPACES, type ClusterContext } from './context';


/** The three layers: Flux Kustomization / Argo CD Application name, directory, order. */
export const LAYERS = [
  { name: 'infra-controllers', dir: 'infrastructure/controllers', timeout: '15m' },
  { name: 'infra-configs', dir: 'infrastructure/configs', timeout: '10m' },
  { name: 'apps', dir: 'apps', timeout: '10m' },
] as const;

/**
 * Repository path of a directory of the cluster's tree: `<gitops.path>/<cluster>/<dir>`. The synth
 * writes the tree to `<out>/clusters/<cluster>/`; `gitops.path` says where `<out>/clusters` is in
 * the Git repository (`clusters` for an output pushed as its own repository, `dist/clusters` for
 * `dist/` committed inside this one), so every path an engine follows exists there.
 */
export function repoPath(ctx: ClusterContext, dir = ''): string {
  return [ctx.cluster.gitops.path, ctx.cluster.name, dir].filter(Boolean).join('/');
}

/**
 * What the root `kustomization.yaml` lists: Argo CD's directory; Flux's directory and the layer
 * Kustomizations beside it (`flux-system/` is bootstrap's alone with gitops.bootstrap: flux).
 */
export function engineEntries(ctx: ClusterContext): string[] {
  return ctx.engine === 'argocd' ? ['argocd'] : ['flux-system', 'infrastructure.yaml', 'apps.yaml'];
}

const SOURCE = 'flux-system';

/** `flux-system/gotk-sync.yaml`: the Git source and the Kustomization that syncs this directory. */
export function fluxSync(scope: Construct, ctx: ClusterContext): void {
  const { repository, branch } = ctx.cluster.gitops;
  new GitRepository(scope, 'source', {
    metadata: { name: SOURCE, namespace: NAMESPACES.fluxSystem },
    spec: {
      interval: '1m',
      url: repository,
      ref: { branch },
      // SSH needs a deploy key: a Secret created outside git (e.g. by `flux bootstrap`), referenced by name only.
      ...(repository.startsWith('ssh://') ? { secretRef: { name: SOURCE } } : {}),
    },
  });
  new Kustomization(scope, 'sync', {
    metadata: { name: SOURCE, namespace: NAMESPACES.fluxSystem },
    spec: {
      interval: '10m',
      path: `./${repoPath(ctx)}`,
      prune: true,
      sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE },
    },
  });
}

/** One Flux Kustomization per layer, each depending on the previous one. */
export function fluxLayers(scope: Construct, ctx: ClusterContext, layers: readonly (typeof LAYERS)[number][]): void {
  for (const layer of layers) {
    const i = LAYERS.indexOf(layer);
    new Kustomization(scope, layer.name, {
      metadata: { name: layer.name, namespace: NAMESPACES.fluxSystem, labels: ctx.labels('gitops') },
      spec: {
        interval: '1h',
        retryInterval: '1m',
        timeout: layer.timeout,
        path: `./${repoPath(ctx, layer.dir)}`,
        prune: true,
        wait: true,
        sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE },
        ...(i > 0 ? { dependsOn: [{ name: LAYERS[i - 1].name }] } : {}),
      },
    });
  }
}

function argoApp(scope: Construct, ctx: ClusterContext, name: string, path: string, wave: number | undefined): void {
  new Application(scope, name, {
    metadata: {
      name,
      namespace: NAMESPACES.argocd,
      labels: ctx.labels('gitops'),
      ...(wave === undefined ? {} : { annotations: { 'argocd.argoproj.io/sync-wave': String(wave) } }),
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
    spec: {
      project: 'default',
      source: { repoUrl: ctx.cluster.gitops.repository, targetRevision: ctx.cluster.gitops.branch, path },
      destination: { server: 'https://kubernetes.default.svc', namespace: NAMESPACES.argocd },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['ServerSideApply=true', 'SkipDryRunOnMissingResource=true'],
        retry: { limit: 10, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
      },
    },
  });
}

/** `argocd/root.yaml`: the app of apps (applied once by hand; it then manages itself). */
export function argoRoot(scope: Construct, ctx: ClusterContext): void {
  argoApp(scope, ctx, `${ctx.cluster.name}-root`, repoPath(ctx, 'argocd'), undefined);
}

/** One Argo CD Application per layer, ordered by sync wave. */
export function argoLayers(scope: Construct, ctx: ClusterContext, layers: readonly (typeof LAYERS)[number][]): void {
  for (const layer of layers) argoApp(scope, ctx, layer.name, repoPath(ctx, layer.dir), LAYERS.indexOf(layer));
}
