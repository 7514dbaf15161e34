/**
 * Strimzi: the cluster operator chart (CRDs included, watching every namespace) and a KRaft
 * `Kafka` cluster `kafka` in namespace `kafka` with two KafkaNodePools: `controller` (KRaft
 * quorum) and `broker`, on Longhorn. Replication follows the number of brokers (at most 3).
 */
import { Construct } from 'constructs';
import {
  Kafka,
  KafkaNodePool,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
  KafkaNodePoolSpecStorageVolumesKraftMetadata,
  KafkaNodePoolSpecStorageVolumesType,
  KafkaSpecKafkaListenersType,
  KafkaSpecKafkaMetricsConfigType,
} from '../../imports/k8s/kafka.strimzi.io';
import { COMPONENT_NAMESPACES, KAFKA_PORT, NAMES, NAMESPACES, type Labels } from '../context';
import { allowFrom, allowFromPrometheus, allowSameNamespace, peers } from '../network-policy';
import { helmRelease, namespace } from '../release';
import type { ChartProps, ConfigsProps, HelmValues } from './component';
import { podMonitor } from './monitoring';

const NS = COMPONENT_NAMESPACES.strimzi;
const KAFKA_NS = NAMESPACES.kafka;

export function strimziValues(): HelmValues {
  return { watchAnyNamespace: true, resources: { requests: { cpu: '200m', memory: '384Mi' }, limits: { memory: '384Mi' } } };
}

/**
 * Ports of the Kafka pods the cluster operator uses (Strimzi: control plane, replication, Kafka
 * agent), the listeners, and the metrics reporter.
 */
export const KAFKA_PORTS = { controlPlane: 9090, replication: 9091, agent: 8443, plain: KAFKA_PORT, tls: KAFKA_PORT + 1, metrics: 9404 } as const;
/** Labels of the cluster operator's pods. */
const OPERATOR_POD = { 'strimzi.io/kind': 'cluster-operator' };

/**
 * Who reaches Kafka. Strimzi generates its own policy for the Kafka pods (control plane,
 * replication and agent ports from its components and the operator, each listener from its
 * `networkPolicyPeers` or else anyone, metrics from anyone); policies add up, so the namespace's
 * default-deny takes nothing from it: it closes the pods Strimzi's policies do not select. These
 * rules state the same traffic explicitly so Kafka keeps working without the generated policies:
 * the Kafka and entity-operator pods among themselves, the operator, the apps on the listeners
 * (also the listeners' `networkPolicyPeers`), Prometheus on metrics.
 */
function kafkaNetworkPolicies(scope: Construct, labels: Labels, monitoring: boolean): void {
  const p = KAFKA_PORTS;
  allowSameNamespace(scope, KAFKA_NS, labels);
  allowFrom(scope, KAFKA_NS, 'strimzi-operator', { from: peers.namespace(NS, OPERATOR_POD), ports: [p.controlPlane, p.replication, p.agent], labels });
  allowFrom(scope, KAFKA_NS, 'apps', { from: peers.appNamespaces(), ports: [p.plain, p.tls], labels });
  if (monitoring) allowFromPrometheus(scope, KAFKA_NS, [p.metrics], labels);
}

/** Size of each controller's and broker's volume. */
export const KAFKA_VOLUME_GIB = { controller: 5, broker: 20 } as const;

/** Bootstrap address apps use (plain listener). */
export function kafkaBootstrap(): string {
  return `${NAMES.kafka}-kafka-bootstrap.${KAFKA_NS}.svc.cluster.local:${KAFKA_PORT}`;
}

/** The Strimzi cluster operator chart. */
export class Strimzi extends Construct {
  constructor(scope: Construct, id: string, { release }: ChartProps) {
    super(scope, id);
    helmRelease(this, release, { name: 'strimzi-kafka-operator', namespace: NS, values: strimziValues() });
  }
}

export interface KafkaClusterProps extends ConfigsProps {
  /** Brokers and controllers: one per worker node, at most 3. */
  readonly replicas: number;
  /** StorageClass of the brokers' and controllers' volumes. @default the cluster's default StorageClass */
  readonly storageClass?: string;
}

/** The `kafka` namespace with its allow rules, the KRaft `Kafka` cluster and its node pools, and its PodMonitor. */
export class KafkaCluster extends Construct {
  constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id);
    const { replicas, monitoringLabels } = props;
    const labels = { ...props.labels, 'strimzi.io/cluster': NAMES.kafka };
    // Kafka replicates partitions across brokers itself: one Longhorn replica per volume.
    const storageClass = props.storageClass ? { class: props.storageClass } : {};
    namespace(this, KAFKA_NS, props.labels);
    kafkaNetworkPolicies(this, props.labels, !!monitoringLabels);
    const pool = (name: string, role: KafkaNodePoolSpecRoles, size: string) =>
      new KafkaNodePool(this, name, {
        metadata: { name, namespace: KAFKA_NS, labels },
        spec: {
          replicas,
          roles: [role],
          storage: {
            type: KafkaNodePoolSpecStorageType.JBOD,
            volumes: [
              {
                id: 0,
                type: KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
                size,
                deleteClaim: false,
                kraftMetadata: KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
                ...storageClass,
              },
            ],
          },
        },
      });
    pool('controller', KafkaNodePoolSpecRoles.CONTROLLER, `${KAFKA_VOLUME_GIB.controller}Gi`);
    pool('broker', KafkaNodePoolSpecRoles.BROKER, `${KAFKA_VOLUME_GIB.broker}Gi`);
    const minIsr = Math.max(1, replicas - 1);
    new Kafka(this, 'kafka', {
      metadata: { name: NAMES.kafka, namespace: KAFKA_NS, labels: { ...props.labels } },
      spec: {
        kafka: {
          // Strimzi's generated policy admits the listeners from these peers only (else from anyone).
          listeners: [
            { name: 'plain', port: KAFKA_PORTS.plain, type: KafkaSpecKafkaListenersType.INTERNAL, tls: false, networkPolicyPeers: peers.appNamespaces() },
            { name: 'tls', port: KAFKA_PORTS.tls, type: KafkaSpecKafkaListenersType.INTERNAL, tls: true, networkPolicyPeers: peers.appNamespaces() },
          ],
          config: {
            'default.replication.factor': replicas,
            'min.insync.replicas': minIsr,
            'offsets.topic.replication.factor': replicas,
            'transaction.state.log.replication.factor': replicas,
            'transaction.state.log.min.isr': minIsr,
          },
          // Strimzi's own Prometheus reporter: brokers and controllers serve /metrics on the
          // container port tcp-prometheus (9404), scraped by the PodMonitor below.
          ...(monitoringLabels ? { metricsConfig: { type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER, values: { allowList: ['kafka_controller.*', 'kafka_server.*', 'kafka_network.*', 'kafka_log.*', 'kafka_cluster.*'] } } } : {}),
        },
        entityOperator: { topicOperator: {}, userOperator: {} },
      },
    });
    if (monitoringLabels) {
      podMonitor(this, { name: 'kafka', namespace: KAFKA_NS, selector: { 'strimzi.io/cluster': NAMES.kafka, 'strimzi.io/kind': 'Kafka' }, port: 'tcp-prometheus', labels: monitoringLabels });
    }
  }
}
