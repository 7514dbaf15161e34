/**
 * Every Helm chart the cluster app installs, pinned in this one module.
 *
 * The `// renovate:` comment above each pin is for a Renovate regex manager
 * (`datasource=helm depName=<chart> registryUrl=<repository>`), so chart bumps arrive as PRs that
 * change exactly one line. A site overrides a pin with `components.<name>.version`.
 */
import type { Cluster } from '../site';
import type { ComponentName } from '../site/schema';

/** Where a chart comes from. */
export interface ChartPin {
  /** Chart name in its repository. */
  readonly chart: string;
  /** HTTP(S) Helm repository (index.yaml); Argo CD always uses this one. */
  readonly repository: string;
  /** OCI artifact of the same chart; Flux uses an OCIRepository when this is set. */
  readonly oci?: string;
  /** Pinned chart version. */
  readonly version: string;
}

/** Chart keys: the site's component names plus charts the site does not name (the log agent, Argo CD itself). */
export type ChartKey = ComponentName | 'alloy' | 'argocd' | 'kured';

export const CHARTS: Readonly<Record<ChartKey, ChartPin>> = {
  metallb: {
    chart: 'metallb',
    repository: 'https://metallb.github.io/metallb',
    // renovate: datasource=helm depName=metallb registryUrl=https://metallb.github.io/metallb
    version: '0.16.1',
  },
  traefik: {
    chart: 'traefik',
    repository: 'https://traefik.github.io/charts',
    // renovate: datasource=helm depName=traefik registryUrl=https://traefik.github.io/charts
    version: '41.3.0',
  },
  // Retired upstream (March 2026): 4.15.1 is its last release; the policy pack warns (k8s/RetiredIngressNginx).
  ingressNginx: {
    chart: 'ingress-nginx',
    repository: 'https://kubernetes.github.io/ingress-nginx',
    // renovate: datasource=helm depName=ingress-nginx registryUrl=https://kubernetes.github.io/ingress-nginx
    version: '4.15.1',
  },
  certManager: {
    chart: 'cert-manager',
    repository: 'https://charts.jetstack.io',
    // renovate: datasource=helm depName=cert-manager registryUrl=https://charts.jetstack.io
    version: 'v1.21.1',
  },
  longhorn: {
    chart: 'longhorn',
    repository: 'https://charts.longhorn.io',
    // renovate: datasource=helm depName=longhorn registryUrl=https://charts.longhorn.io
    version: '1.12.1',
  },
  nfs: {
    chart: 'csi-driver-nfs',
    repository: 'https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/master/charts',
    // renovate: datasource=helm depName=csi-driver-nfs registryUrl=https://raw.githubusercontent.com/kubernetes-csi/csi-driver-nfs/master/charts
    version: '4.13.4',
  },
  cloudnativePg: {
    chart: 'cloudnative-pg',
    repository: 'https://cloudnative-pg.github.io/charts',
    // renovate: datasource=helm depName=cloudnative-pg registryUrl=https://cloudnative-pg.github.io/charts
    version: '0.29.0',
  },
  strimzi: {
    chart: 'strimzi-kafka-operator',
    repository: 'https://strimzi.io/charts/',
    // renovate: datasource=helm depName=strimzi-kafka-operator registryUrl=https://strimzi.io/charts/
    version: '1.2.0',
  },
  kubePrometheusStack: {
    chart: 'kube-prometheus-stack',
    repository: 'https://prometheus-community.github.io/helm-charts',
    oci: 'oci://ghcr.io/prometheus-community/charts/kube-prometheus-stack',
    // renovate: datasource=helm depName=kube-prometheus-stack registryUrl=https://prometheus-community.github.io/helm-charts
    version: '88.5.3',
  },
  loki: {
    chart: 'loki',
    // OSS Loki's chart lives in grafana-community/helm-charts (grafana/loki's own chart is the
    // Grafana Enterprise Logs one from 7.x). Same chart and release name as grafana/loki's 6.x, so
    // a running site upgrades in place; components/loki.ts writes values for 18.x only, and the
    // site refuses another major version (site/validate/clusters.ts, LOKI_CHART_MAJOR).
    repository: 'https://grafana-community.github.io/helm-charts',
    // renovate: datasource=helm depName=loki registryUrl=https://grafana-community.github.io/helm-charts
    version: '18.11.0',
  },
  alloy: {
    chart: 'alloy',
    repository: 'https://grafana.github.io/helm-charts',
    // renovate: datasource=helm depName=alloy registryUrl=https://grafana.github.io/helm-charts
    version: '1.11.1',
  },
  argocd: {
    chart: 'argo-cd',
    repository: 'https://argoproj.github.io/argo-helm',
    // renovate: datasource=helm depName=argo-cd registryUrl=https://argoproj.github.io/argo-helm
    version: '10.1.1',
  },
  // kured (reboots after OS updates, in the maintenance window): the site sets no version of it.
  kured: {
    chart: 'kured',
    repository: 'https://kubereboot.github.io/charts',
    // renovate: datasource=helm depName=kured registryUrl=https://kubereboot.github.io/charts
    version: '6.1.0',
  },
  externalSecrets: {
    chart: 'external-secrets',
    repository: 'https://charts.external-secrets.io',
    // renovate: datasource=helm depName=external-secrets registryUrl=https://charts.external-secrets.io
    version: '2.9.0',
  },
  externalDns: {
    chart: 'external-dns',
    repository: 'https://kubernetes-sigs.github.io/external-dns/',
    // renovate: datasource=helm depName=external-dns registryUrl=https://kubernetes-sigs.github.io/external-dns/
    version: '1.21.1',
  },
  // Elastic's operator (ECK): Elasticsearch, Kibana and Beats as custom resources. The chart and its
  // CRDs are under the Elastic License 2.0 (source-available, free to run); the stack version the
  // resources run is ELASTIC_STACK_VERSION below.
  eck: {
    chart: 'eck-operator',
    repository: 'https://helm.elastic.co',
    // renovate: datasource=helm depName=eck-operator registryUrl=https://helm.elastic.co
    version: '3.5.0',
  },
  jenkins: {
    chart: 'jenkins',
    repository: 'https://charts.jenkins.io',
    // renovate: datasource=helm depName=jenkins registryUrl=https://charts.jenkins.io
    version: '5.9.53',
  },
};

/**
 * The Elastic Stack version of the ECK resources (Elasticsearch, Kibana, Filebeat): the one ECK
 * 3.5.0's samples run (elastic/cloud-on-k8s `config/samples/` at tag v3.5.0). The operator upgrades
 * the resources in place when it changes; it never goes back.
 */
// renovate: datasource=docker depName=docker.elastic.co/elasticsearch/elasticsearch
export const ELASTIC_STACK_VERSION = '9.4.3';

/**
 * Images the cluster app runs itself, outside any chart: the system-upgrade-controller release
 * (components/system-upgrade.ts renders its manifests). The `// renovate:` comments are for a regex
 * manager with `datasource=docker`; the CRD in schemas/ and imports/crds/ is of the same release.
 */
export const SYSTEM_UPGRADE = {
  controller: {
    image: 'rancher/system-upgrade-controller',
    // renovate: datasource=docker depName=rancher/system-upgrade-controller
    tag: 'v0.20.1',
  },
  // The image of the cordon and drain containers of the upgrade Jobs: the release's default
  // (SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE in its ConfigMap).
  kubectl: {
    image: 'rancher/kubectl',
    // renovate: datasource=docker depName=rancher/kubectl
    tag: 'v1.30.3',
  },
  /** The k3s upgrade image; the controller tags it with the Plan's version (`+` becomes `-`). */
  k3sUpgrade: 'rancher/k3s-upgrade',
} as const;

/**
 * The Intel GPU device plugin (components/intel-gpu.ts writes its DaemonSet): the image of the
 * release whose deployment is pinned in schemas/intel-device-plugins/.
 */
export const INTEL_GPU_PLUGIN = {
  image: 'intel/intel-gpu-plugin',
  // renovate: datasource=docker depName=intel/intel-gpu-plugin
  tag: '0.36.0',
} as const;

/**
 * The DDNS updater (components/ddns.ts): favonia/cloudflare-ddns, a release tag of
 * github.com/favonia/cloudflare-ddns (the Docker Hub image carries it without the `v`).
 */
export const DDNS_UPDATER = {
  image: 'favonia/cloudflare-ddns',
  // renovate: datasource=docker depName=favonia/cloudflare-ddns
  tag: '1.17.0',
} as const;

/**
 * The image of the apps' own Redis (cluster/apps/redis.ts): Docker Hub's official `redis` image,
 * the 8.2 line's security release 8.2.2 on Alpine (its `redis` user is UID 999, group 1000). Pinned
 * by tag only: the official images are rebuilt in place when their base image changes, and no
 * digest could be checked against the registry here.
 */
export const REDIS = {
  image: 'redis',
  // renovate: datasource=docker depName=redis
  tag: '8.2.2-alpine',
  user: 999,
  group: 1000,
} as const;

/** The chart of `key` for this cluster: the pin, with the site's `components.<key>.version` when it sets one. */
export function chartFor(cluster: Pick<Cluster, 'components'>, key: ChartKey): ChartPin {
  const pin = CHARTS[key];
  const override = key === 'alloy' || key === 'argocd' || key === 'kured' ? undefined : cluster.components[key]?.version;
  return override ? { ...pin, version: override } : pin;
}
