/**
 * What the tree's builders and the apps of one cluster read: the site, the cluster, the GitOps
 * engine, and the facts derived from them in one place (names, storage classes, who serves
 * ingress). Platform components never see it: components/index.ts resolves their props from it.
 * Addresses are never computed here: they are read from the Site.
 */
import { STORAGE_CLASSES, type Cluster, type Node, type Site } from '../site';
import type { ComponentName } from '../site/schema';
import type { RouteIngress } from './routes';
import { chartFor, type ChartKey, type ChartPin } from './versions';

export type Engine = 'flux' | 'argocd';
/** The GitOps layers, applied in this order. */
export type Layer = 'controllers' | 'configs' | 'apps';

/** Components every cluster runs, whatever its `components` say: the k3s upgrade path. */
export const ALWAYS_ON = ['systemUpgrade'] as const;
/** Components a cluster runs because of its nodes: the Intel GPU device plugin where a node has an Intel GPU. */
export const BY_NODES = ['intelGpu'] as const;
/** Components the site's other settings enable: the DDNS updater in the cluster `cloudflare.ddns` names. */
export const SITE_DRIVEN = ['ddns'] as const;
/** Components of the clusters that have a maintenance window (site `maintenance`): kured. */
export const WINDOWED = ['kured'] as const;
/** A platform component: one the site enables, one every cluster runs, one its nodes need, one other settings enable, or one a maintenance window brings. */
export type ComponentKey = ComponentName | (typeof ALWAYS_ON)[number] | (typeof BY_NODES)[number] | (typeof SITE_DRIVEN)[number] | (typeof WINDOWED)[number];

/** Kubernetes names of the components: namespace and directory. */
export const COMPONENT_NAMESPACES: Readonly<Record<ComponentKey, string>> = {
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
  externalDns: 'external-dns',
  eck: 'elastic-system',
  jenkins: 'jenkins',
  systemUpgrade: 'system-upgrade',
  intelGpu: 'intel-gpu-plugin',
  ddns: 'ddns',
  kured: 'kured',
};

/** Namespaces of workloads the components run (besides their operators). */
export const NAMESPACES = {
  /** CloudNativePG `Cluster` and the Service for the site's database node. */
  databases: 'databases',
  /** Strimzi `Kafka`. */
  kafka: 'kafka',
  /** Namespace the default ClusterSecretStore reads Secrets from (filled outside git). */
  siteSecrets: 'site-secrets',
  argocd: 'argocd',
  fluxSystem: 'flux-system',
  /** ECK's Elasticsearch, Kibana and Filebeat. */
  elastic: 'elastic',
} as const;

/** Names other components and apps refer to. */
export const NAMES = {
  /** Traefik middlewares (in the traefik namespace). */
  redirectToHttps: 'redirect-to-https',
  secureHeaders: 'secure-headers',
  /** cert-manager ClusterIssuers. */
  letsencryptStaging: 'letsencrypt-staging',
  letsencryptProduction: 'letsencrypt-production',
  internalCa: 'internal-ca',
  /** Secret (managed outside git) holding the Cloudflare API token for DNS-01, key `api-token`. */
  cloudflareTokenSecret: 'cloudflare-api-token',
  cloudflareTokenKey: 'api-token',
  /** The ClusterSecretStore apps' ExternalSecrets use. */
  secretStore: 'site-secrets',
  /** CloudNativePG cluster and the external database Service. */
  cnpgCluster: 'pg',
  externalDatabase: 'postgresql',
  /** Strimzi Kafka cluster. */
  kafka: 'kafka',
  /** NFS StorageClass. */
  nfsStorageClass: STORAGE_CLASSES.nfs,
  /** Longhorn StorageClasses: replicated (the default), and one replica for workloads that replicate themselves. */
  longhornStorageClass: STORAGE_CLASSES.longhorn,
  longhornSingleStorageClass: STORAGE_CLASSES.longhornSingle,
} as const;

/**
 * Longhorn's RecurringJobs (components/longhorn.ts): every volume of the `default` group gets
 * both; an app volume without backup names the snapshot job alone (apps/storage.ts).
 */
export const LONGHORN_JOBS = { snapshot: 'snapshot-daily', backup: 'backup-nightly' } as const;

/** The NFS export on the storage node (the bootstrap of that node creates it). */
export const NFS_EXPORT = '/srv/nfs/shared';
/** Port PostgreSQL listens on, on the database node. */
export const POSTGRES_PORT = 5432;
/** Kafka's plain internal listener. */
export const KAFKA_PORT = 9092;

/** Labels of the objects of one component: `ClusterContext.labels`, `siteLabels`. */
export type Labels = Readonly<Record<string, string>>;

/** Standard labels for objects of `component` of the site named `site`. */
export function siteLabels(site: string, component: string): Record<string, string> {
  return { 'app.kubernetes.io/managed-by': 'sitekit', 'app.kubernetes.io/part-of': site, 'sitekit.dev/component': component };
}

/** Where and how one chart is released (release.ts `helmRelease`): the engine, the pinned chart, the labels of its objects. */
export interface ReleaseTarget {
  /** The cluster's GitOps engine: Flux source and HelmRelease, or an Argo CD Application. */
  readonly engine: Engine;
  /** The chart, with the site's version override. */
  readonly pin: ChartPin;
  /** Labels of the source, release or Application. */
  readonly labels: Labels;
}

/** The context of one cluster's synthesis. */
export class ClusterContext {
  readonly engine: Engine;
  constructor(
    readonly site: Site,
    readonly cluster: Cluster,
  ) {
    this.engine = cluster.gitops.engine;
  }

  /** True when the cluster runs the component: the site enables it, every cluster runs it, a node of the cluster needs it, or (the DDNS updater) cloudflare.ddns names the cluster. */
  has(component: ComponentKey): boolean {
    if (component === 'intelGpu') return this.nodes.some((n) => n.gpu?.vendor === 'intel');
    if (component === 'ddns') return this.site.spec.cloudflare?.ddns?.cluster === this.cluster.name;
    if ((WINDOWED as readonly string[]).includes(component)) return this.site.maintenance(this.cluster) !== undefined;
    return (ALWAYS_ON as readonly string[]).includes(component) || !!this.cluster.components[component as ComponentName];
  }

  /** The pinned chart, with the site's version override. */
  chart(key: ChartKey): ChartPin {
    return chartFor(this.cluster, key);
  }

  /** Nodes of this cluster, in site order. */
  get nodes(): readonly Node[] {
    return this.cluster.nodes.map((n) => this.site.node(n));
  }

  /** Nodes of this cluster with a disk for Longhorn. */
  get longhornNodes(): readonly Node[] {
    return this.nodes.filter((n) => n.disks.some((d) => d.purpose === 'longhorn'));
  }

  /** Nodes of this cluster that run workloads (agents and storage nodes; servers when there are none). */
  get workers(): readonly Node[] {
    return this.cluster.agents.length ? this.cluster.agents : this.cluster.servers;
  }

  /** The NFS server: a storage node with an nfs disk, of this cluster first, else of the site. */
  get nfsServer(): Node | undefined {
    const isNfs = (n: Node) => n.role === 'storage' && n.disks.some((d) => d.purpose === 'nfs');
    return this.nodes.find(isNfs) ?? this.site.nodes.find(isNfs);
  }

  /** The site's database node (role database), if any. */
  get databaseNode(): Node | undefined {
    return this.site.nodesByRole('database')[0];
  }

  /** StorageClass for persistent volumes of the platform: Longhorn when enabled, else the cluster default. */
  get storageClass(): string | undefined {
    return this.has('longhorn') ? NAMES.longhornStorageClass : undefined;
  }

  /**
   * StorageClass for workloads that keep their own copies on several pods (Kafka, CloudNativePG):
   * one Longhorn replica per volume (three brokers on three-replica volumes would keep nine
   * copies), else the cluster default.
   */
  get selfReplicatedStorageClass(): string | undefined {
    return this.has('longhorn') ? NAMES.longhornSingleStorageClass : undefined;
  }

  /** The ingress controller serving public hostnames, when its component is enabled. */
  get ingressController(): 'traefik' | 'nginx' | undefined {
    const c = this.cluster.ingress?.controller;
    if (c === 'traefik' && this.has('traefik')) return 'traefik';
    if (c === 'nginx' && this.has('ingressNginx')) return 'nginx';
    return undefined;
  }

  /** Namespace the ingress controller runs in. */
  get ingressNamespace(): string | undefined {
    const c = this.ingressController;
    return c === 'traefik' ? COMPONENT_NAMESPACES.traefik : c === 'nginx' ? COMPONENT_NAMESPACES.ingressNginx : undefined;
  }

  /**
   * The public hostnames of this cluster ExternalDNS publishes, each with its record's content
   * (the site's public address, or the DDNS updater's name): empty unless the cluster runs it.
   */
  get externalDnsTargets(): ReadonlyMap<string, string> {
    const record = this.site.publicRecord;
    if (!this.has('externalDns') || !record) return new Map();
    return new Map(this.site.externalDnsHostnames(this.cluster.name).map((h) => [h, record.content]));
  }

  /**
   * Who serves the cluster's routes (apps', Grafana's, Kibana's, Jenkins'), when its ingress
   * controller runs. An internal hostname is never one ExternalDNS publishes, so one value serves all.
   */
  get routeIngress(): RouteIngress | undefined {
    const controller = this.ingressController;
    return controller ? { controller, certManager: this.has('certManager'), externalDns: this.externalDnsTargets } : undefined;
  }

  /** True when `host` is a public hostname routed to this cluster. */
  isHostname(host: string): boolean {
    return this.cluster.hostnames.includes(host);
  }

  /** Standard labels for objects the cluster app owns. */
  labels(component: string): Record<string, string> {
    return siteLabels(this.site.name, component);
  }

  /** Where and how the pinned chart `key` is released (labelled as component `key`). */
  release(key: ChartKey): ReleaseTarget {
    return { engine: this.engine, pin: this.chart(key), labels: this.labels(key) };
  }
}
