/**
 * The platform components, in the order their files are listed. Each is enabled when the
 * cluster sets `components.<key>`, or always (context.ts ALWAYS_ON: the system-upgrade-controller),
 * or when its nodes need it (context.ts BY_NODES: the Intel GPU device plugin), or when the cluster
 * has a maintenance window (context.ts WINDOWED: kured);
 * `privileged` namespaces are for node agents.
 *
 * `build` is the one place a component's props are resolved from the cluster's context
 * (resolve.ts holds the facts several share); the constructs get only those values.
 */
import type { Construct } from 'constructs';
import { cnpgDatabases, databaseBackend } from '../apps/databases';
import type { ClusterContext, ComponentKey } from '../context';
import { nodeSources } from '../network-policy';
import { CertManager, certManagerNetworkPolicies, CertManagerIssuers } from './cert-manager';
import { CloudNativePg, cloudnativePgNetworkPolicies, PostgresCluster } from './cloudnative-pg';
import type { ConfigsProps, NetworkPolicyProps } from './component';
import { DdnsSecrets, DdnsUpdater, ddnsNetworkPolicies } from './ddns';
import { Eck, eckNetworkPolicies, ElasticStack } from './eck';
import { ExternalDns, externalDnsNetworkPolicies, ExternalDnsSecrets } from './external-dns';
import { ExternalSecrets, externalSecretsNetworkPolicies, SecretStore } from './external-secrets';
import { IngressNginx, ingressNginxNetworkPolicies } from './ingress-nginx';
import { IntelGpuPlugin } from './intel-gpu';
import { Jenkins, jenkinsNetworkPolicies, JenkinsRoute, JenkinsSecrets } from './jenkins';
import { Kured } from './kured';
import { KubePrometheusStack, kubePrometheusStackNetworkPolicies, MonitoringSecrets, PlatformRules } from './kube-prometheus-stack';
import { Loki, lokiNetworkPolicies } from './loki';
import { Longhorn, longhornNetworkPolicies, LonghornStorage } from './longhorn';
import { MetalLB, metallbNetworkPolicies, MetalLBPools } from './metallb';
import { Nfs, NfsStorageClass } from './nfs';
import { cnpgInstances, controllerReplicas, grafanaHost, ingressExposure, ingressNodes, kafkaReplicas, longhornBackupTarget, longhornReplicas, nfsExport, pgBackup, postgresExposure, proxyProtocolSources } from './resolve';
import { platformRuleGroups } from './rules';
import { KafkaCluster, Strimzi } from './strimzi';
import { K3sUpgradePlans, SystemUpgrade } from './system-upgrade';
import { Traefik, traefikNetworkPolicies, TraefikRoutes } from './traefik';

/** Adds the objects of one file of the tree to `scope`. */
export type Build = (scope: Construct) => void;

/** A component's constructs for one cluster, their props resolved: one file each. */
export interface ComponentBuild {
  /**
   * The allow rules of the component's namespace (`infrastructure/controllers/<ns>/network-policy.yaml`),
   * on top of its default-deny. @default none: the namespace only denies
   */
  readonly networkPolicies?: Build;
  /** The chart, or the controller's objects (`infrastructure/controllers/<ns>/release.yaml`). */
  readonly chart: Build;
  /**
   * Custom resources the component's own chart (or another chart of the controllers layer) needs
   * before its pods or Services can be ready: a MetalLB pool for a LoadBalancer Service, the
   * Secrets a chart's pods read. With Flux they go with the configs layer (the HelmReleases that
   * need them do not wait, release.ts `disableWait`); with Argo CD, whose waves wait for health,
   * the controllers layer syncs them in a wave between the charts installing their CRDs and the
   * charts needing them (app.ts). @default none
   */
  readonly prerequisites?: Build;
  /** Custom resources needing the chart's CRDs (`infrastructure/configs/<ns>/<component>.yaml`). @default none */
  readonly configs?: Build;
}

export interface ComponentDef {
  readonly key: ComponentKey;
  /** Namespace needs the privileged Pod Security level (host networking, host paths). */
  readonly privileged?: boolean;
  /**
   * The chart keeps data in volumes of its namespace (Longhorn's volumes, Prometheus', Loki's):
   * the Namespace is never pruned (cluster/stateful.ts), since deleting it deletes them.
   */
  readonly keepsData?: boolean;
  /** The component's constructs for the cluster, with props resolved from its context. */
  readonly build: (ctx: ClusterContext) => ComponentBuild;
}

/** The values most components' props share. */
function common(ctx: ClusterContext, key: ComponentKey) {
  const labels = ctx.labels(key);
  const monitoring = ctx.has('kubePrometheusStack');
  const policies: NetworkPolicyProps = { labels, nodes: nodeSources(ctx.cluster), monitoring };
  const configs: ConfigsProps = { labels, monitoringLabels: monitoring ? ctx.labels('monitoring') : undefined, externalSecrets: ctx.has('externalSecrets') };
  return { labels, policies, configs };
}

export const COMPONENTS: readonly ComponentDef[] = [
  {
    key: 'metallb',
    privileged: true,
    build: (ctx) => {
      const { labels, policies } = common(ctx, 'metallb');
      const release = ctx.release('metallb');
      return {
        networkPolicies: (scope) => metallbNetworkPolicies(scope, policies),
        chart: (scope) => new MetalLB(scope, 'metallb', { release }),
        prerequisites: (scope) => new MetalLBPools(scope, 'pools', { pools: ctx.cluster.pools, labels }),
      };
    },
  },
  {
    key: 'traefik',
    build: (ctx) => {
      const { policies, configs } = common(ctx, 'traefik');
      const release = ctx.release('traefik');
      const trusted = proxyProtocolSources(ctx);
      return {
        networkPolicies: (scope) => traefikNetworkPolicies(scope, policies),
        chart: (scope) =>
          new Traefik(scope, 'traefik', { release, exposure: ingressExposure(ctx), replicas: controllerReplicas(ctx), proxyProtocolSources: trusted, nodes: trusted.length ? ingressNodes(ctx) : [] }),
        configs: (scope) => new TraefikRoutes(scope, 'traefik', { ...configs, hostnames: ctx.ingressController === 'traefik' ? ctx.cluster.hostnames : [] }),
      };
    },
  },
  {
    key: 'ingressNginx',
    build: (ctx) => {
      const { policies } = common(ctx, 'ingressNginx');
      const release = ctx.release('ingressNginx');
      return {
        networkPolicies: (scope) => ingressNginxNetworkPolicies(scope, policies),
        chart: (scope) => new IngressNginx(scope, 'ingressNginx', { release, exposure: ingressExposure(ctx), replicas: controllerReplicas(ctx) }),
      };
    },
  },
  {
    key: 'certManager',
    build: (ctx) => {
      const { policies, configs } = common(ctx, 'certManager');
      const release = ctx.release('certManager');
      const cloudflare = ctx.site.spec.cloudflare;
      return {
        networkPolicies: (scope) => certManagerNetworkPolicies(scope, policies),
        chart: (scope) => new CertManager(scope, 'certManager', { release, dns01: !!cloudflare }),
        configs: (scope) => new CertManagerIssuers(scope, 'certManager', { ...configs, zone: cloudflare?.zone, site: ctx.site.name }),
      };
    },
  },
  {
    key: 'longhorn',
    privileged: true,
    keepsData: true,
    build: (ctx) => {
      const { policies, configs } = common(ctx, 'longhorn');
      const release = ctx.release('longhorn');
      const backupTarget = longhornBackupTarget(ctx);
      return {
        networkPolicies: (scope) => longhornNetworkPolicies(scope, policies),
        chart: (scope) => new Longhorn(scope, 'longhorn', { release, replicas: longhornReplicas(ctx), backupTarget }),
        configs: (scope) => new LonghornStorage(scope, 'longhorn', { ...configs, backupTarget }),
      };
    },
  },
  {
    // csi-driver-nfs runs only hostNetwork pods, which policies do not apply to: the namespace just denies.
    key: 'nfs',
    privileged: true,
    build: (ctx) => {
      const { configs } = common(ctx, 'nfs');
      const release = ctx.release('nfs');
      const server = ctx.nfsServer;
      return {
        chart: (scope) => new Nfs(scope, 'nfs', { release, replicas: controllerReplicas(ctx) }),
        configs: server ? (scope) => new NfsStorageClass(scope, 'nfs', { ...configs, server: server.address, share: nfsExport(server), replacedBy: server.external ? ctx.engine : undefined }) : undefined,
      };
    },
  },
  {
    key: 'cloudnativePg',
    build: (ctx) => {
      const { policies, configs } = common(ctx, 'cloudnativePg');
      const release = ctx.release('cloudnativePg');
      // The Cluster exists only where apps keep their databases in it: the cluster's own, or another cluster's.
      const exposure = postgresExposure(ctx);
      const inCluster = databaseBackend(ctx.site, ctx.cluster) === 'cloudnativePg' || !!exposure;
      return {
        networkPolicies: (scope) => cloudnativePgNetworkPolicies(scope, policies),
        chart: (scope) => new CloudNativePg(scope, 'cloudnativePg', { release }),
        configs: inCluster
          ? (scope) =>
              new PostgresCluster(scope, 'cloudnativePg', {
                ...configs,
                instances: cnpgInstances(ctx),
                storageClass: ctx.selfReplicatedStorageClass,
                databases: cnpgDatabases(ctx.site, ctx.cluster),
                backup: pgBackup(ctx),
                exposure,
              })
          : undefined,
      };
    },
  },
  {
    // The cluster operator serves nothing anyone calls (no webhooks, metrics not scraped): the namespace just denies.
    key: 'strimzi',
    build: (ctx) => {
      const { configs } = common(ctx, 'strimzi');
      const release = ctx.release('strimzi');
      return {
        chart: (scope) => new Strimzi(scope, 'strimzi', { release }),
        configs: (scope) => new KafkaCluster(scope, 'strimzi', { ...configs, replicas: kafkaReplicas(ctx), storageClass: ctx.selfReplicatedStorageClass }),
      };
    },
  },
  {
    key: 'kubePrometheusStack',
    privileged: true,
    keepsData: true,
    build: (ctx) => {
      const { labels, policies, configs } = common(ctx, 'kubePrometheusStack');
      const release = ctx.release('kubePrometheusStack');
      const host = grafanaHost(ctx);
      const alerts = ctx.cluster.monitoring?.alerts;
      const ingress = ctx.routeIngress;
      return {
        networkPolicies: (scope) => kubePrometheusStackNetworkPolicies(scope, { ...policies, grafanaIngressNamespace: host ? ctx.ingressNamespace : undefined }),
        chart: (scope) =>
          new KubePrometheusStack(scope, 'kubePrometheusStack', {
            release,
            servers: ctx.cluster.servers.map((n) => n.address),
            nodes: ctx.nodes.map((n) => n.address),
            storageClass: ctx.storageClass,
            alerts,
            grafanaHost: host,
            loki: ctx.has('loki'),
          }),
        prerequisites: configs.externalSecrets ? (scope) => new MonitoringSecrets(scope, 'secrets', { labels, alerts }) : undefined,
        configs: (scope) =>
          new PlatformRules(scope, 'kubePrometheusStack', {
            ...configs,
            groups: platformRuleGroups(ctx),
            grafanaRoute: host && ingress ? { host, ingress } : undefined,
          }),
      };
    },
  },
  {
    key: 'loki',
    privileged: true,
    keepsData: true,
    build: (ctx) => {
      const { policies } = common(ctx, 'loki');
      const release = ctx.release('loki');
      return {
        networkPolicies: (scope) => lokiNetworkPolicies(scope, policies),
        chart: (scope) => new Loki(scope, 'loki', { release, alloyRelease: ctx.release('alloy'), storageClass: ctx.storageClass, cluster: ctx.cluster.name }),
      };
    },
  },
  {
    key: 'externalSecrets',
    build: (ctx) => {
      const { labels, policies } = common(ctx, 'externalSecrets');
      const release = ctx.release('externalSecrets');
      return {
        networkPolicies: (scope) => externalSecretsNetworkPolicies(scope, policies),
        chart: (scope) => new ExternalSecrets(scope, 'externalSecrets', { release }),
        prerequisites: (scope) => new SecretStore(scope, 'store', { labels, infisical: ctx.cluster.secrets?.store === 'infisical' ? ctx.cluster.secrets : undefined }),
      };
    },
  },
  {
    // The site's zone and an ingress are required (site/validate/clusters.ts).
    key: 'externalDns',
    build: (ctx) => {
      const { labels, policies, configs } = common(ctx, 'externalDns');
      const release = ctx.release('externalDns');
      const zone = ctx.site.spec.cloudflare!.zone;
      const controller = ctx.cluster.ingress!.controller;
      return {
        networkPolicies: (scope) => externalDnsNetworkPolicies(scope, { ...policies, apiServers: ctx.cluster.servers.map((n) => n.address) }),
        chart: (scope) => new ExternalDns(scope, 'externalDns', { release, zone, owner: `${ctx.site.name}-${ctx.cluster.name}`, controller, externalSecrets: configs.externalSecrets }),
        prerequisites: configs.externalSecrets ? (scope) => new ExternalDnsSecrets(scope, 'secrets', { labels }) : undefined,
      };
    },
  },
  {
    // The DDNS updater, in the cluster cloudflare.ddns names (context.ts SITE_DRIVEN).
    key: 'ddns',
    build: (ctx) => {
      const labels = ctx.labels('ddns');
      return {
        networkPolicies: (scope) => ddnsNetworkPolicies(scope, { labels }),
        chart: (scope) => new DdnsUpdater(scope, 'ddns', { labels, name: ctx.site.spec.cloudflare!.ddns!.name }),
        prerequisites: ctx.has('externalSecrets') ? (scope) => new DdnsSecrets(scope, 'secrets', { labels }) : undefined,
      };
    },
  },
  {
    // The ELK option: the operator here, Elasticsearch, Kibana and Filebeat in namespace elastic (configs).
    key: 'eck',
    // The chart installs the CRDs: uninstalling it would delete the Elasticsearch resource and its data.
    keepsData: true,
    build: (ctx) => {
      const { policies, configs } = common(ctx, 'eck');
      const release = ctx.release('eck');
      const host = ctx.cluster.kibana?.internalHost;
      const ingress = ctx.routeIngress;
      const ingressNamespace = ctx.ingressNamespace;
      return {
        networkPolicies: (scope) => eckNetworkPolicies(scope, policies),
        chart: (scope) => new Eck(scope, 'eck', { release }),
        configs: (scope) =>
          new ElasticStack(scope, 'eck', {
            ...configs,
            storageClass: ctx.storageClass,
            kibanaRoute: host && ingress && ingressNamespace ? { host, ingress, ingressNamespace } : undefined,
          }),
      };
    },
  },
  {
    // CI next to the GitOps engine: the controller and its agents in namespace jenkins.
    key: 'jenkins',
    keepsData: true,
    build: (ctx) => {
      const { labels, policies, configs } = common(ctx, 'jenkins');
      const release = ctx.release('jenkins');
      const host = ctx.cluster.jenkins?.internalHost;
      const ingress = ctx.routeIngress;
      const routed = host && ingress ? host : undefined;
      return {
        networkPolicies: (scope) => jenkinsNetworkPolicies(scope, policies, routed ? ctx.ingressNamespace : undefined),
        chart: (scope) => new Jenkins(scope, 'jenkins', { release, storageClass: ctx.storageClass, url: routed ? `https://${routed}/` : undefined }),
        prerequisites: configs.externalSecrets ? (scope) => new JenkinsSecrets(scope, 'secrets', { labels }) : undefined,
        configs: routed && ingress ? (scope) => new JenkinsRoute(scope, 'jenkins', { ...configs, host: routed, ingress }) : undefined,
      };
    },
  },
  {
    // The upgrade Jobs run privileged on the host network; the controller serves nothing: the namespace just denies.
    key: 'systemUpgrade',
    privileged: true,
    build: (ctx) => {
      const labels = ctx.labels('systemUpgrade');
      return {
        chart: (scope) => new SystemUpgrade(scope, 'systemUpgrade', { labels }),
        configs: (scope) => new K3sUpgradePlans(scope, 'systemUpgrade', { labels, version: ctx.cluster.k3s.version }),
      };
    },
  },
  {
    // Where a node has an Intel GPU (context.ts BY_NODES). The plugin mounts host paths and serves nothing: the namespace just denies.
    key: 'intelGpu',
    privileged: true,
    build: (ctx) => ({ chart: (scope) => new IntelGpuPlugin(scope, 'intelGpu', { labels: ctx.labels('intelGpu') }) }),
  },
  {
    // kured only calls the API server (egress) and serves nothing anyone calls (its metrics are
    // not scraped; probes come from the node itself): the namespace just denies. Privileged: it
    // runs privileged in the host's PID namespace to check the sentinel and reboot the node.
    key: 'kured',
    privileged: true,
    build: (ctx) => {
      const release = ctx.release('kured');
      const window = ctx.site.maintenance(ctx.cluster)!;
      return {
        chart: (scope) => new Kured(scope, 'kured', { release, window: { days: window.days, start: window.start, end: window.end, timeZone: window.timeZone } }),
      };
    },
  },
];
