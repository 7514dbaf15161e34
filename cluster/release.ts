/**
 * How a chart is installed, per GitOps engine: a Flux HelmRepository (or OCIRepository) and a
 * HelmRelease, or an Argo CD Application with a Helm source. Values are plain typed objects.
 */
import type { Construct } from 'constructs';
import { KubeNamespace } from 'cdk8s-plus-28/lib/imports/k8s';
import { Application } from '../imports/k8s/argoproj.io';
import * as helm from '../imports/k8s/helm.toolkit.fluxcd.io';
import { HelmRepository, OciRepository, OciRepositorySpecLayerSelectorOperation } from '../imports/k8s/source.toolkit.fluxcd.io';
import { NAMESPACES, type Labels, type ReleaseTarget } from './context';
import { defaultDeny } from './network-policy';

/** What one Helm release needs besides its target (engine, chart, labels). */
export interface ReleaseProps {
  /** Release name (also the name of its source and Application). */
  readonly name: string;
  readonly namespace: string;
  readonly values: object;
  /** Releases that must be ready first (Flux `dependsOn`; Argo CD: a later sync wave). */
  readonly dependsOn?: readonly { readonly name: string; readonly namespace: string }[];
  /**
   * The release's readiness depends on a component's prerequisites (components/index.ts), e.g. a
   * LoadBalancer Service on a MetalLB pool, pods reading a Secret an ExternalSecret fills. Flux
   * does not wait for its resources (the prerequisites come with the configs layer, after it);
   * Argo CD syncs its Application in the wave after the prerequisites ({@link ARGO_PREREQUISITES_WAVE}).
   */
  readonly disableWait?: boolean;
  /** Argo CD sync wave inside the controllers layer (default 0). */
  readonly wave?: number;
  /**
   * Argo CD: deleting the Application leaves the release's objects in place (no cascading
   * finalizer). For Argo CD's own release: its Application must never delete Argo CD.
   */
  readonly keepOnDelete?: boolean;
}

/**
 * Argo CD sync waves inside the controllers layer: the charts (0; those that depend on another
 * chart 1), the components' prerequisites ({@link ARGO_PREREQUISITES_WAVE}: their CRDs are there
 * once the charts of wave 0 are Healthy), then the charts needing them. Each wave starts when the
 * one before is Healthy, so a chart waiting on a prerequisite in a later wave, or in the configs
 * layer (synced only once the controllers layer is Healthy), would never start.
 */
export const ARGO_PREREQUISITES_WAVE = 1;

const FLUX_INTERVAL = '30m';
const SOURCE_INTERVAL = '12h';

/** Adds the objects that install one chart. */
export function helmRelease(scope: Construct, target: ReleaseTarget, props: ReleaseProps): void {
  if (target.engine === 'argocd') argoRelease(scope, target, props);
  else fluxRelease(scope, target, props);
}

function fluxRelease(scope: Construct, { pin, labels }: ReleaseTarget, props: ReleaseProps): void {
  const metadata = { name: props.name, namespace: props.namespace, labels: { ...labels } };
  const wait = props.disableWait ? { disableWait: true } : {};
  const common = {
    interval: FLUX_INTERVAL,
    releaseName: props.name,
    install: { crds: helm.HelmReleaseSpecInstallCrds.CREATE_REPLACE, remediation: { retries: 3 }, ...wait },
    upgrade: { crds: helm.HelmReleaseSpecUpgradeCrds.CREATE_REPLACE, remediation: { retries: 3 }, ...wait },
    dependsOn: props.dependsOn?.map((d) => ({ name: d.name, namespace: d.namespace })),
    values: props.values,
  };
  if (pin.oci) {
    new OciRepository(scope, `${props.name}-source`, {
      metadata,
      spec: {
        interval: SOURCE_INTERVAL,
        url: pin.oci,
        ref: { tag: pin.version },
        layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: OciRepositorySpecLayerSelectorOperation.COPY },
      },
    });
    new helm.HelmRelease(scope, `${props.name}-release`, {
      metadata,
      spec: { ...common, chartRef: { kind: helm.HelmReleaseSpecChartRefKind.OCI_REPOSITORY, name: props.name, namespace: props.namespace } },
    });
  } else {
    new HelmRepository(scope, `${props.name}-source`, { metadata, spec: { interval: SOURCE_INTERVAL, url: pin.repository } });
    new helm.HelmRelease(scope, `${props.name}-release`, {
      metadata,
      spec: {
        ...common,
        chart: {
          spec: {
            chart: pin.chart,
            version: pin.version,
            interval: SOURCE_INTERVAL,
            sourceRef: { kind: helm.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: props.name, namespace: props.namespace },
          },
        },
      },
    });
  }
}

function argoRelease(scope: Construct, { pin, labels }: ReleaseTarget, props: ReleaseProps): void {
  new Application(scope, `${props.name}-application`, {
    metadata: {
      name: props.name,
      namespace: NAMESPACES.argocd,
      labels: { ...labels },
      annotations: { 'argocd.argoproj.io/sync-wave': String(props.wave ?? (props.disableWait ? ARGO_PREREQUISITES_WAVE + 1 : props.dependsOn?.length ? 1 : 0)) },
      ...(props.keepOnDelete ? {} : { finalizers: ['resources-finalizer.argocd.argoproj.io'] }),
    },
    spec: {
      project: 'default',
      source: {
        repoUrl: pin.repository,
        chart: pin.chart,
        targetRevision: pin.version,
        helm: { releaseName: props.name, valuesObject: props.values },
      },
      destination: { server: 'https://kubernetes.default.svc', namespace: props.namespace },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['ServerSideApply=true'],
        retry: { limit: 5, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
      },
    },
  });
}

/**
 * A namespace owned by the cluster app, with its default-deny NetworkPolicy (network-policy.ts):
 * whoever adds the namespace adds the allow rules its pods need. `privileged` for node agents
 * (CSI, MetalLB speaker, log agent).
 */
export function namespace(scope: Construct, name: string, labels: Labels, opts: { privileged?: boolean } = {}): void {
  new KubeNamespace(scope, `ns-${name}`, {
    metadata: {
      name,
      labels: {
        ...labels,
        'pod-security.kubernetes.io/enforce': opts.privileged ? 'privileged' : 'baseline',
        'pod-security.kubernetes.io/warn': opts.privileged ? 'privileged' : 'restricted',
      },
    },
  });
  defaultDeny(scope, name, labels);
}

/**
 * Objects of a component's prerequisites as the Argo CD controllers layer syncs them: in their
 * wave. (Their CRDs come with a chart of an earlier wave of the same sync: the layer Applications
 * skip the dry run of missing kinds, gitops.ts.)
 */
export function argoPrerequisites<T extends { metadata?: unknown }>(objects: T[]): T[] {
  return objects.map((o) => {
    const meta = (o.metadata ?? {}) as { annotations?: Record<string, string> };
    return { ...o, metadata: { ...meta, annotations: { ...meta.annotations, 'argocd.argoproj.io/sync-wave': String(ARGO_PREREQUISITES_WAVE) } } };
  });
}
