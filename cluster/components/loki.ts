/**
 * Loki (single binary, filesystem storage on a Longhorn volume) and Grafana Alloy as the log
 * agent: a DaemonSet tailing every pod's logs through the Kubernetes API and pushing to Loki.
 */
import { Construct } from 'constructs';
import { COMPONENT_NAMESPACES, type ReleaseTarget } from '../context';
import { allowFrom, allowSameNamespace, peers } from '../network-policy';
import { helmRelease } from '../release';
import type { ChartProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.loki;

/** Size of Loki's volume (chunks and index on the filesystem). */
export const LOKI_VOLUME_GIB = 20;

/** Loki's HTTP port (push and query API). */
export const LOKI_HTTP_PORT = 3100;

/** Loki's in-cluster HTTP endpoint (the chart's `loki` Service in monolithic mode). */
export function lokiUrl(): string {
  return `http://loki.${NS}.svc.cluster.local:${LOKI_HTTP_PORT}`;
}

/**
 * Who reaches Loki: the Alloy agents pushing logs and Loki itself (memberlist, gRPC: same
 * namespace), and Grafana querying it when kube-prometheus-stack runs.
 */
export function lokiNetworkPolicies(scope: Construct, { labels, monitoring }: NetworkPolicyProps): void {
  allowSameNamespace(scope, NS, labels);
  if (monitoring) {
    allowFrom(scope, NS, 'grafana', { from: peers.grafana(), ports: [LOKI_HTTP_PORT], labels });
  }
}

export interface LokiProps extends ChartProps {
  /** Where and how the log agent's chart (Alloy) is released. */
  readonly alloyRelease: ReleaseTarget;
  /** StorageClass of Loki's volume. @default the cluster's default StorageClass */
  readonly storageClass?: string;
  /** The cluster's name: the `cluster` label of every log line. */
  readonly cluster: string;
}

/**
 * Values of grafana-community's loki chart (cluster/versions.ts): one Loki process (`Monolithic`)
 * keeping chunks and index on its volume, 31 days of retention. The simple-scalable targets
 * (backend, read, write) default to 3 replicas each, which the chart refuses next to the monolithic
 * one, so they are zeroed, with the caches, gateway, canary and test it enables by default. The volume outlives
 * the StatefulSet (no PVC retention policy): uninstalling the release keeps the logs.
 */
export function lokiValues({ storageClass }: Pick<LokiProps, 'storageClass'>): HelmValues {
  return {
    deploymentMode: 'Monolithic',
    loki: {
      auth_enabled: false,
      commonConfig: { replication_factor: 1 },
      storage: { type: 'filesystem' },
      schemaConfig: {
        configs: [{ from: '2024-04-01', store: 'tsdb', object_store: 'filesystem', schema: 'v13', index: { prefix: 'loki_index_', period: '24h' } }],
      },
      limits_config: { retention_period: '744h' },
      compactor: { retention_enabled: true, delete_request_store: 'filesystem' },
    },
    singleBinary: {
      replicas: 1,
      persistence: {
        enabled: true,
        size: `${LOKI_VOLUME_GIB}Gi`,
        enableStatefulSetAutoDeletePVC: false,
        ...(storageClass ? { storageClass } : {}),
      },
    },
    backend: { replicas: 0 },
    read: { replicas: 0 },
    write: { replicas: 0 },
    chunksCache: { enabled: false },
    resultsCache: { enabled: false },
    gateway: { enabled: false },
    lokiCanary: { enabled: false },
    test: { enabled: false },
  };
}

/** Alloy pipeline: pod logs via the Kubernetes API (no host mounts), labelled, to Loki. */
export function alloyConfig(cluster: string): string {
  return `discovery.kubernetes "pods" {
  role = "pod"
  selectors {
    role  = "pod"
    field = "spec.nodeName=" + sys.env("HOSTNAME")
  }
}

discovery.relabel "pods" {
  targets = discovery.kubernetes.pods.targets
  rule {
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_name"]
    target_label  = "pod"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_container_name"]
    target_label  = "container"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_label_app_kubernetes_io_name"]
    target_label  = "app"
  }
}

loki.source.kubernetes "pods" {
  targets    = discovery.relabel.pods.output
  forward_to = [loki.process.cluster.receiver]
}

loki.process "cluster" {
  stage.static_labels {
    values = { cluster = "${cluster}" }
  }
  forward_to = [loki.write.default.receiver]
}

loki.write "default" {
  endpoint {
    url = "${lokiUrl()}/loki/api/v1/push"
  }
}
`;
}

export function alloyValues(cluster: string): HelmValues {
  return {
    controller: { type: 'daemonset' },
    alloy: {
      configMap: { create: true, content: alloyConfig(cluster) },
      mounts: { varlog: false },
    },
  };
}

/** The Loki and Alloy charts (no configs). */
export class Loki extends Construct {
  constructor(scope: Construct, id: string, props: LokiProps) {
    super(scope, id);
    helmRelease(this, props.release, { name: 'loki', namespace: NS, values: lokiValues(props) });
    helmRelease(this, props.alloyRelease, { name: 'alloy', namespace: NS, values: alloyValues(props.cluster), dependsOn: [{ name: 'loki', namespace: NS }] });
  }
}
