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
import { COMPONENT_NAMESPACES, KAFKA_PORT, NAMES, NAMESPACES, type ClusterContext } from '../context';
import { helmRelease, namespace } from '../release';
import type { ComponentProps, HelmValues } from './component';
import { podMonitor } from './monitoring';

const NS = COMPONENT_NAMESPACES.strimzi;
const KAFKA_NS = NAMESPACES.kafka;

export function strimziValues(): HelmValues {
  return { watchAnyNamespace: true, resources: { requests: { cpu: '200m', memory: '384Mi' }, limits: { memory: '384Mi' } } };
}

/** Brokers and controllers: one per worker node, at most 3. */
export function kafkaReplicas(ctx: ClusterContext): number {
  return Math.max(1, Math.min(3, ctx.workers.length));
}

/** Bootstrap address apps use (plain listener). */
export function kafkaBootstrap(): string {
  return `${NAMES.kafka}-kafka-bootstrap.${KAFKA_NS}.svc.cluster.local:${KAFKA_PORT}`;
}

export class Strimzi extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer === 'controllers') {
      helmRelease(this, ctx, { chart: 'strimzi', name: 'strimzi-kafka-operator', namespace: NS, values: strimziValues() });
      return;
    }
    const labels = { ...ctx.labels('strimzi'), 'strimzi.io/cluster': NAMES.kafka };
    const replicas = kafkaReplicas(ctx);
    const storageClass = ctx.storageClass ? { class: ctx.storageClass } : {};
    namespace(this, ctx, KAFKA_NS, 'strimzi');
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
    pool('controller', KafkaNodePoolSpecRoles.CONTROLLER, '5Gi');
    pool('broker', KafkaNodePoolSpecRoles.BROKER, '20Gi');
    const minIsr = Math.max(1, replicas - 1);
    new Kafka(this, 'kafka', {
      metadata: { name: NAMES.kafka, namespace: KAFKA_NS, labels: ctx.labels('strimzi') },
      spec: {
        kafka: {
          listeners: [
            { name: 'plain', port: KAFKA_PORT, type: KafkaSpecKafkaListenersType.INTERNAL, tls: false },
            { name: 'tls', port: KAFKA_PORT + 1, type: KafkaSpecKafkaListenersType.INTERNAL, tls: true },
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
          ...(ctx.has('kubePrometheusStack') ? { metricsConfig: { type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER, values: { allowList: ['kafka_controller.*', 'kafka_server.*', 'kafka_network.*', 'kafka_log.*', 'kafka_cluster.*'] } } } : {}),
        },
        entityOperator: { topicOperator: {}, userOperator: {} },
      },
    });
    if (ctx.has('kubePrometheusStack')) {
      podMonitor(this, ctx, { name: 'kafka', namespace: KAFKA_NS, selector: { 'strimzi.io/cluster': NAMES.kafka, 'strimzi.io/kind': 'Kafka' }, port: 'tcp-prometheus' });
    }
  }
}
