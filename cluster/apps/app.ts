/**
 * An application of the site: Deployment (resources, probes, non-root, read-only root file
 * system), Service, HTTPS route on its public hostname, PodDisruptionBudget when it runs more than
 * one replica, HorizontalPodAutoscaler when asked, a NetworkPolicy allowing only the declared peers,
 * a ServiceMonitor when it exposes metrics, its volumes (apps/storage.ts), an internal route on
 * its internal hostname, its PostgreSQL and Kafka wiring by name, a GPU when it asks for one, and a Redis of its own (apps/redis.ts). The spec (`AppSpec`) is what
 * an entry of `clusters[].apps` resolves to (site/apps/); users composing in code pass one too.
 * Secrets read by reference are filled per namespace (apps/secrets.ts), not here.
 *
 * PostgreSQL: the connection settings come from apps/databases.ts. On the database node or another
 * cluster's CloudNativePG, the app gets a selector-less Service `<app>-postgresql` of its own, with an
 * EndpointSlice on the node's address or that cluster's MetalLB address (the EndpointSlice
 * controller leaves slices it does not manage alone).
 */
import { Construct } from 'constructs';
import {
  IntOrString,
  KubeDeployment,
  KubeEndpointSlice,
  KubeHorizontalPodAutoscalerV2,
  KubeNetworkPolicy,
  KubePodDisruptionBudget,
  KubeService,
  Quantity,
  type EnvVar,
  type NetworkPolicyEgressRule,
  type NetworkPolicyIngressRule,
} from 'cdk8s-plus-28/lib/imports/k8s';
import { KafkaTopic } from '../../imports/k8s/kafka.strimzi.io';
import { GPU_DEVICE_GROUP, GPU_RESOURCES, type AppSpec } from '../../site';
import { serviceMonitor } from '../components/monitoring';
import { kafkaBootstrap } from '../components/strimzi';
import { COMPONENT_NAMESPACES, KAFKA_PORT, NAMES, NAMESPACES, type Labels } from '../context';
import { DNS_EGRESS, internetEgress } from '../network-policy';
import { httpsRoute, type RouteIngress } from '../routes';
import { externalSecret } from '../secrets';
import { nodeDatabaseService, type AppDatabase } from './databases';
import { AppRedis, REDIS_PORT, redisEnv, redisSelector } from './redis';
import { appVolumes } from './storage';

export type { AppSpec } from '../../site';

/** What a WebApp builds, and the values of its cluster it needs (`webAppProps` in apps/resolve.ts resolves them from a ClusterContext). */
export interface WebAppProps {
  readonly spec: AppSpec;
  /** Labels of the app's objects (the app's own selector labels are added). */
  readonly labels: Labels;
  /** Labels of its ServiceMonitor, when the cluster runs kube-prometheus-stack. @default no ServiceMonitor */
  readonly monitoringLabels?: Labels;
  /** Its database, when the spec asks for one. @default none */
  readonly database?: AppDatabase;
  /** The cluster runs External Secrets: the database Secret is an ExternalSecret. */
  readonly externalSecrets: boolean;
  /** Replicas of its Kafka topics, when the spec asks for topics. @default none */
  readonly kafkaReplicas?: number;
  /** StorageClass of its Redis' volume, when the spec asks for a Redis (the cluster's default). @default none */
  readonly redisStorageClass?: string;
  /** Who serves its routes, when the cluster runs an ingress controller. @default no routes */
  readonly ingress?: RouteIngress;
  /** Namespace of the ingress controller, admitted to the app port when it has a hostname. @default none */
  readonly ingressNamespace?: string;
  /** The StorageClass of each of the spec's volumes, in order. */
  readonly volumeClasses: readonly string[];
  /** A volume only one node mounts at a time: the Deployment recreates instead of rolling. */
  readonly exclusiveVolume: boolean;
}


const nsSelector = (ns: string) => ({ matchLabels: { 'kubernetes.io/metadata.name': ns } });

export class WebApp extends Construct {
  constructor(scope: Construct, id: string, props: WebAppProps) {
    super(scope, id);
    const { spec, database: db } = props;
    const { name, namespace } = spec;
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
    const labels = { ...props.labels, ...selector };
    const metadata = { name, namespace, labels };
    const replicas = spec.replicas ?? 1;
    const user = spec.user ?? 10001;

    const env: EnvVar[] = Object.entries(spec.env ?? {}).map(([k, v]) =>
      typeof v === 'string' ? { name: k, value: v } : { name: k, valueFrom: { secretKeyRef: { name: v.secret, key: v.key } } },
    );
    const egress: NetworkPolicyEgressRule[] = [
      DNS_EGRESS,
    ];

    if (db) {
      env.push(
        { name: 'DATABASE_HOST', value: db.host },
        { name: 'DATABASE_PORT', value: String(db.port) },
        { name: 'DATABASE_NAME', value: db.database },
        { name: 'DATABASE_USER', valueFrom: { secretKeyRef: { name: db.secret, key: 'username' } } },
        { name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { name: db.secret, key: 'password' } } },
        // The password goes into the URL as it is: the site's passwords are URL-safe (hex on the database node).
        { name: 'DATABASE_URL', value: `postgresql://$(DATABASE_USER):$(DATABASE_PASSWORD)@${db.host}:${db.port}/${db.database}` },
      );
      // Outside the cluster: the database node, or another cluster's PostgreSQL on its MetalLB address.
      const outside: { address: string; name: string; label: Record<string, string> } | undefined = db.node
        ? { address: db.node.address, name: db.node.name, label: { 'sitekit.dev/node': db.node.name } }
        : db.remote
          ? { address: db.remote.address, name: db.remote.cluster, label: { 'sitekit.dev/postgresql-cluster': db.remote.cluster } }
          : undefined;
      egress.push({
        // Policies see the endpoint after the Service is resolved: the address outside the cluster, or the CNPG pods.
        to: outside
          ? [{ ipBlock: { cidr: `${outside.address}/32` } }]
          : [{ namespaceSelector: nsSelector(NAMESPACES.databases), podSelector: { matchLabels: { 'cnpg.io/cluster': NAMES.cnpgCluster } } }],
        ports: [{ port: IntOrString.fromNumber(db.port), protocol: 'TCP' }],
      });
      if (props.externalSecrets) externalSecret(this, { name: db.secret, namespace, keys: ['username', 'password'], remoteKey: db.credentials, labels });
      if (outside) {
        const service = nodeDatabaseService(name);
        const dbLabels = { ...labels, ...outside.label };
        new KubeService(this, 'database-service', {
          metadata: { name: service, namespace, labels: dbLabels },
          spec: { ports: [{ name: 'postgresql', port: db.port, targetPort: IntOrString.fromNumber(db.port), protocol: 'TCP' }] },
        });
        new KubeEndpointSlice(this, 'database-endpoints', {
          metadata: { name: `${service}-${outside.name}`, namespace, labels: { ...dbLabels, 'kubernetes.io/service-name': service, 'endpointslice.kubernetes.io/managed-by': 'sitekit' } },
          addressType: 'IPv4',
          endpoints: [{ addresses: [outside.address], conditions: { ready: true } }],
          ports: [{ name: 'postgresql', port: db.port, protocol: 'TCP' }],
        });
      }
    }

    if (spec.kafka) {
      env.push({ name: 'KAFKA_BOOTSTRAP_SERVERS', value: kafkaBootstrap() }, { name: 'KAFKA_TOPICS', value: spec.kafka.topics.join(',') });
      egress.push({
        to: [{ namespaceSelector: nsSelector(NAMESPACES.kafka), podSelector: { matchLabels: { 'strimzi.io/cluster': NAMES.kafka } } }],
        ports: [{ port: IntOrString.fromNumber(KAFKA_PORT), protocol: 'TCP' }],
      });
      const replicasKafka = props.kafkaReplicas;
      for (const topic of spec.kafka.topics) {
        new KafkaTopic(this, `topic-${topic}`, {
          metadata: { name: topic, namespace: NAMESPACES.kafka, labels: { ...labels, 'strimzi.io/cluster': NAMES.kafka } },
          spec: { topicName: topic, partitions: 3, replicas: replicasKafka, config: { 'retention.ms': String(7 * 24 * 3600 * 1000) } },
        });
      }
    }

    if (spec.redis) {
      env.push(...redisEnv(name, namespace));
      egress.push({ to: [{ podSelector: { matchLabels: redisSelector(name) } }], ports: [{ port: IntOrString.fromNumber(REDIS_PORT), protocol: 'TCP' }] });
      new AppRedis(this, 'redis', {
        app: name,
        namespace,
        clients: selector,
        sizeGiB: spec.redis.sizeGiB,
        storageClass: props.redisStorageClass,
        externalSecrets: props.externalSecrets,
        labels: props.labels,
      });
    }

    if (spec.internet) {
      egress.push(internetEgress([80, 443]));
    }

    for (const peer of spec.callsTo ?? []) {
      egress.push({
        to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': peer.app } } }],
        ports: [{ port: IntOrString.fromNumber(peer.port), protocol: 'TCP' }],
      });
    }

    const ingress: NetworkPolicyIngressRule[] = [];
    const appPort = [{ port: IntOrString.fromNumber(spec.port), protocol: 'TCP' }];
    const extraPorts = spec.ports ?? [];
    const allPorts = [...appPort, ...extraPorts.map((p) => ({ port: IntOrString.fromNumber(p.port), protocol: p.protocol ?? 'TCP' }))];
    if ((spec.host || spec.internalHost) && props.ingressNamespace) {
      ingress.push({ from: [{ namespaceSelector: nsSelector(props.ingressNamespace) }], ports: appPort });
    }
    if (spec.metrics && props.monitoringLabels) {
      ingress.push({ from: [{ namespaceSelector: nsSelector(COMPONENT_NAMESPACES.kubePrometheusStack) }], ports: appPort });
    }
    for (const peer of spec.allowFrom ?? []) {
      ingress.push({ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': peer } } }], ports: allPorts });
    }

    const writable = spec.writablePaths ?? [];
    const claims = appVolumes(this, spec, props.volumeClasses, labels);
    const mounts = [...writable.map((p, i) => ({ name: `writable-${i}`, mountPath: p })), ...claims.mounts];
    const volumes = [...writable.map((_, i) => ({ name: `writable-${i}`, emptyDir: { sizeLimit: Quantity.fromString('64Mi') } })), ...claims.volumes];
    new KubeDeployment(this, 'deployment', {
      metadata,
      spec: {
        ...(spec.autoscale ? {} : { replicas }),
        // A volume one node mounts at a time: the old pod lets go of it before the new one starts.
        ...(props.exclusiveVolume ? { strategy: { type: 'Recreate' } } : {}),
        revisionHistoryLimit: 3,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            // A GPU's render devices belong to the video group on GPU nodes (infra/bootstrap/gpu.ts).
            securityContext: { runAsNonRoot: true, runAsUser: user, runAsGroup: user, fsGroup: user, ...(spec.gpu ? { supplementalGroups: [GPU_DEVICE_GROUP.gid] } : {}), seccompProfile: { type: 'RuntimeDefault' } },
            ...(replicas > 1
              ? { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector } }] }
              : {}),
            containers: [
              {
                name,
                image: spec.image,
                ports: [{ name: 'http', containerPort: spec.port, protocol: 'TCP' }, ...extraPorts.map((p) => ({ name: p.name, containerPort: p.port, protocol: p.protocol ?? 'TCP' }))],
                env: env.length ? env : undefined,
                resources: {
                  requests: { cpu: Quantity.fromString(spec.resources.cpu), memory: Quantity.fromString(spec.resources.memory) },
                  limits: {
                    memory: Quantity.fromString(spec.resources.memoryLimit ?? spec.resources.memory),
                    ...(spec.resources.cpuLimit ? { cpu: Quantity.fromString(spec.resources.cpuLimit) } : {}),
                    // One GPU of the vendor (the device plugin shares it); the request follows the limit.
                    ...(spec.gpu ? { [GPU_RESOURCES[spec.gpu]]: Quantity.fromString('1') } : {}),
                  },
                },
                livenessProbe: { httpGet: { path: spec.probes.liveness, port: IntOrString.fromString('http') }, periodSeconds: 10, failureThreshold: 3 },
                readinessProbe: { httpGet: { path: spec.probes.readiness, port: IntOrString.fromString('http') }, periodSeconds: 5, failureThreshold: 3 },
                startupProbe: { httpGet: { path: spec.probes.liveness, port: IntOrString.fromString('http') }, periodSeconds: 5, failureThreshold: 30 },
                securityContext: {
                  runAsNonRoot: true,
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
                volumeMounts: mounts.length ? mounts : undefined,
              },
            ],
            volumes: volumes.length ? volumes : undefined,
          },
        },
      },
    });

    new KubeService(this, 'service', {
      metadata,
      spec: {
        selector,
        ports: [
          { name: 'http', port: spec.port, targetPort: IntOrString.fromString('http'), protocol: 'TCP' },
          ...extraPorts.map((p) => ({ name: p.name, port: p.port, targetPort: IntOrString.fromString(p.name), protocol: p.protocol ?? 'TCP' })),
        ],
      },
    });

    const minReplicas = replicas;
    if (minReplicas > 1) {
      new KubePodDisruptionBudget(this, 'pdb', { metadata, spec: { minAvailable: IntOrString.fromNumber(1), selector: { matchLabels: selector } } });
    }
    if (spec.autoscale) {
      new KubeHorizontalPodAutoscalerV2(this, 'hpa', {
        metadata,
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
          minReplicas,
          maxReplicas: spec.autoscale.maxReplicas,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.autoscale.cpuUtilization } } }],
        },
      });
    }
    new KubeNetworkPolicy(this, 'network-policy', {
      metadata,
      spec: { podSelector: { matchLabels: selector }, policyTypes: ['Ingress', 'Egress'], ingress, egress },
    });
    if (spec.metrics && props.monitoringLabels) {
      serviceMonitor(this, { name, namespace, selector, port: 'http', path: spec.metrics.path, labels: { ...props.monitoringLabels, ...labels } });
    }
    if (spec.host && props.ingress) httpsRoute(this, props.ingress, { name, namespace, host: spec.host, service: name, port: spec.port, labels });
    if (spec.internalHost && props.ingress) httpsRoute(this, props.ingress, { name: `${name}-internal`, namespace, host: spec.internalHost, service: name, port: spec.port, labels, issuer: NAMES.internalCa });
  }
}
