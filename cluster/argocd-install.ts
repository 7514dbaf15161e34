/**
 * Argo CD installed by the tree itself (`argocd/argocd.yaml`): its namespace, and an Application
 * that installs the pinned argo-cd Helm chart (cluster/versions.ts) into it, so that Argo CD manages
 * its own upgrades like any other chart. The very first install is a `helm install` of the same
 * chart, version, release name and values (`argocd/argocd-values.yaml`, see the README runbook);
 * the Application then adopts that release.
 *
 * The values carry the health check of `argoproj.io/Application` (argocd-cm
 * `resource.customizations.health.argoproj.io_Application`): since Argo CD 1.8 an Application's
 * health is not assessed by default, so a child Application counts as healthy as soon as it
 * exists and the sync waves of the app of apps (argocd -1 → infra-controllers 0 → infra-configs 1
 * → apps 2) would not wait for anything. With it, a wave starts when the Applications of the wave
 * before report Healthy.
 */
import type { Construct } from 'constructs';
import { NAMESPACES, type ClusterContext } from './context';
import { allowSameNamespace } from './network-policy';
import { helmRelease, namespace } from './release';
import type { HelmValues } from './components/component';

/** Release (and Application) name: with the chart's `nameOverride: argocd`, the objects are argocd-server, argocd-repo-server, ... */
export const ARGOCD_RELEASE = 'argocd';
/** The file of `argocd/` holding the chart values, for the first `helm install`. */
export const ARGOCD_VALUES_FILE = 'argocd-values.yaml';
/** Sync wave of Argo CD's own Application in the app of apps: before the layers (0, 1, 2). */
export const ARGOCD_WAVE = -1;

/** An Application's health is the health Argo CD computed for it; Progressing until it has one. */
export const APPLICATION_HEALTH_LUA = [
  'hs = {}',
  'hs.status = "Progressing"',
  'hs.message = ""',
  'if obj.status ~= nil and obj.status.health ~= nil and obj.status.health.status ~= nil then',
  '  hs.status = obj.status.health.status',
  '  if obj.status.health.message ~= nil then',
  '    hs.message = obj.status.health.message',
  '  end',
  'end',
  'return hs',
  '',
].join('\n');

/** The argo-cd chart values: the Application health check; CRDs kept when the release goes; no Dex (no SSO configured). */
export function argoCdValues(_ctx: ClusterContext): HelmValues {
  return {
    crds: { install: true, keep: true },
    configs: { cm: { 'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH_LUA } },
    dex: { enabled: false },
  };
}

/**
 * The `argocd` namespace (default-deny ingress; Argo CD's components talk among themselves: same
 * namespace) and the Application of the argo-cd chart, without the cascading finalizer: deleting
 * it never deletes Argo CD.
 */
export function argoCdInstall(scope: Construct, ctx: ClusterContext): void {
  const labels = ctx.labels('argocd');
  namespace(scope, NAMESPACES.argocd, labels);
  allowSameNamespace(scope, NAMESPACES.argocd, labels);
  helmRelease(scope, ctx.release('argocd'), { name: ARGOCD_RELEASE, namespace: NAMESPACES.argocd, values: argoCdValues(ctx), wave: ARGOCD_WAVE, keepOnDelete: true });
}
