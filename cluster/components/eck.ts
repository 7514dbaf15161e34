/**
 * ECK, the ELK option next to Loki: Elastic's operator chart (CRDs included) in `elastic-system`,
 * and in namespace `elastic` (configs layer) one Elasticsearch node `logs` on a Longhorn volume,
 * Kibana `logs`, and Filebeat `logs` (a Beat DaemonSet) shipping every container's log to
 * Elasticsearch. The operator makes the TLS certificates and the `elastic` user's password itself
 * (Secret `logs-es-elastic-user` in `elastic`): nothing to create by hand.
 *
 * Filebeat reads the log files of /var/log/pods and /var/log/containers on each node, which are
 * root's: its pods run as root with those paths mounted read-only (hostPath), and ECK keeps each
 * pod's registry (how far it has read) in /var/lib/elastic/logs/filebeat-data on its node (a
 * hostPath of ECK's own), so namespace `elastic` enforces the privileged Pod Security level
 * (synth/gates/policy/k8s/exceptions.ts). The policy pack checks workloads, not the pod templates
 * inside these custom resources.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { KubeClusterRole, KubeClusterRoleBinding, KubeServiceAccount } from 'cdk8s-plus-28/lib/imports/k8s';
import { COMPONENT_NAMESPACES, NAMES, NAMESPACES, type Labels } from '../context';
import { allowFrom, allowFromNodes, allowSameNamespace, peers } from '../network-policy';
import { helmRelease, namespace } from '../release';
import { httpsRoute, type RouteIngress } from '../routes';
import { ELASTIC_STACK_VERSION } from '../versions';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.eck;
const ELASTIC_NS = NAMESPACES.elastic;

/** Name of the Elasticsearch, Kibana and Beat resources. */
export const ECK_NAME = 'logs';

/** Container ports: the operator's webhook; Elasticsearch HTTP and transport; Kibana. */
export const ECK_PORTS = { webhook: 9443, http: 9200, transport: 9300, kibana: 5601 } as const;

/** Size of the Elasticsearch node's volume. */
export const ELASTICSEARCH_VOLUME_GIB = 30;

/** Pod labels of Kibana (set by ECK) and of the operator (the chart's, its name being elastic-operator). */
const KIBANA_PODS = { 'kibana.k8s.elastic.co/name': ECK_NAME };
const OPERATOR_PODS = { 'app.kubernetes.io/name': 'elastic-operator' };

/** The operator's values: the chart's defaults (all namespaces watched, webhook on 9443), smaller requests, no telemetry. */
export function eckOperatorValues(): HelmValues {
  return {
    resources: { requests: { cpu: '100m', memory: '150Mi' }, limits: { memory: '512Mi' } },
    webhook: { port: ECK_PORTS.webhook },
    telemetry: { disabled: true },
  };
}

/** Who reaches the operator: the API server on its validating webhook. */
export function eckNetworkPolicies(scope: Construct, { labels, nodes }: NetworkPolicyProps): void {
  allowFromNodes(scope, NS, nodes, [ECK_PORTS.webhook], labels);
}

/** The ECK operator chart. */
export class Eck extends Construct {
  constructor(scope: Construct, id: string, { release }: ChartProps) {
    super(scope, id);
    helmRelease(this, release, { name: 'elastic-operator', namespace: NS, values: eckOperatorValues() });
  }
}

export interface ElasticStackProps extends ConfigsProps {
  /** StorageClass of the Elasticsearch volume. @default the cluster's default StorageClass */
  readonly storageClass?: string;
  /** Kibana's internal hostname and who serves it. @default no route */
  readonly kibanaRoute?: { readonly host: string; readonly ingress: RouteIngress; readonly ingressNamespace: string };
}

/** Filebeat's configuration: container logs with their pod's metadata, to the `logs` cluster (which ECK connects). */
export function filebeatConfig(): Record<string, unknown> {
  return {
    'filebeat.inputs': [
      {
        type: 'filestream',
        id: 'containers',
        paths: ['/var/log/containers/*.log'],
        parsers: [{ container: {} }],
        prospector: { scanner: { symlinks: true } },
        processors: [{ add_kubernetes_metadata: { host: '${NODE_NAME}', matchers: [{ logs_path: { logs_path: '/var/log/containers/' } }] } }],
      },
    ],
    // One Elasticsearch node: replicas could never be assigned (the indices would stay yellow).
    'setup.template.settings': { 'index.number_of_replicas': 0 },
  };
}

/**
 * Namespace `elastic` with its allow rules, and the Elasticsearch, Kibana and Filebeat resources.
 * Elasticsearch keeps one replica of nothing (a single node), so its volume is on the replicated
 * class; the claim outlives the resource (ECK's default volumeClaimDeletePolicy keeps it).
 */
export class ElasticStack extends Construct {
  constructor(scope: Construct, id: string, props: ElasticStackProps) {
    super(scope, id);
    const { labels } = props;
    const version = ELASTIC_STACK_VERSION;
    namespace(this, ELASTIC_NS, labels, { privileged: true });
    elasticNetworkPolicies(this, labels, props.kibanaRoute?.ingressNamespace);

    new ApiObject(this, 'elasticsearch', {
      apiVersion: 'elasticsearch.k8s.elastic.co/v1',
      kind: 'Elasticsearch',
      metadata: { name: ECK_NAME, namespace: ELASTIC_NS, labels: { ...labels } },
      spec: {
        version,
        nodeSets: [
          {
            name: 'default',
            count: 1,
            // No vm.max_map_count change on the nodes (it would need a privileged init container).
            config: { 'node.store.allow_mmap': false },
            podTemplate: {
              spec: {
                containers: [
                  {
                    name: 'elasticsearch',
                    env: [{ name: 'ES_JAVA_OPTS', value: '-Xms1g -Xmx1g' }],
                    resources: { requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '2Gi' } },
                  },
                ],
              },
            },
            volumeClaimTemplates: [
              {
                metadata: { name: 'elasticsearch-data' },
                spec: {
                  accessModes: ['ReadWriteOnce'],
                  ...(props.storageClass ? { storageClassName: props.storageClass } : {}),
                  resources: { requests: { storage: `${ELASTICSEARCH_VOLUME_GIB}Gi` } },
                },
              },
            ],
          },
        ],
      },
    });

    new ApiObject(this, 'kibana', {
      apiVersion: 'kibana.k8s.elastic.co/v1',
      kind: 'Kibana',
      metadata: { name: ECK_NAME, namespace: ELASTIC_NS, labels: { ...labels } },
      spec: {
        version,
        count: 1,
        elasticsearchRef: { name: ECK_NAME },
        // Plain HTTP inside the cluster: the route (when there is one) terminates TLS with the internal CA.
        http: { tls: { selfSignedCertificate: { disabled: true } } },
        podTemplate: { spec: { containers: [{ name: 'kibana', resources: { requests: { cpu: '200m', memory: '1Gi' }, limits: { memory: '1Gi' } } }] } },
      },
    });

    const sa = 'filebeat';
    new KubeServiceAccount(this, 'filebeat-sa', { metadata: { name: sa, namespace: ELASTIC_NS, labels: { ...labels } } });
    // add_kubernetes_metadata reads the pods, namespaces and nodes the logs come from.
    new KubeClusterRole(this, 'filebeat-role', {
      metadata: { name: 'elastic-filebeat', labels: { ...labels } },
      rules: [{ apiGroups: [''], resources: ['pods', 'namespaces', 'nodes'], verbs: ['get', 'list', 'watch'] }],
    });
    new KubeClusterRoleBinding(this, 'filebeat-binding', {
      metadata: { name: 'elastic-filebeat', labels: { ...labels } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'elastic-filebeat' },
      subjects: [{ kind: 'ServiceAccount', name: sa, namespace: ELASTIC_NS }],
    });
    const hostDir = (name: string, path: string) => ({ name, hostPath: { path, type: 'Directory' } });
    new ApiObject(this, 'filebeat', {
      apiVersion: 'beat.k8s.elastic.co/v1beta1',
      kind: 'Beat',
      metadata: { name: ECK_NAME, namespace: ELASTIC_NS, labels: { ...labels } },
      spec: {
        type: 'filebeat',
        version,
        elasticsearchRef: { name: ECK_NAME },
        config: filebeatConfig(),
        daemonSet: {
          podTemplate: {
            spec: {
              serviceAccountName: sa,
              automountServiceAccountToken: true,
              securityContext: { runAsUser: 0 },
              containers: [
                {
                  name: 'filebeat',
                  env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
                  resources: { requests: { cpu: '100m', memory: '200Mi' }, limits: { memory: '400Mi' } },
                  volumeMounts: [
                    { name: 'varlogcontainers', mountPath: '/var/log/containers', readOnly: true },
                    { name: 'varlogpods', mountPath: '/var/log/pods', readOnly: true },
                  ],
                },
              ],
              volumes: [hostDir('varlogcontainers', '/var/log/containers'), hostDir('varlogpods', '/var/log/pods')],
            },
          },
        },
      },
    });

    const route = props.kibanaRoute;
    if (route) {
      httpsRoute(this, route.ingress, { name: 'kibana', namespace: ELASTIC_NS, host: route.host, service: `${ECK_NAME}-kb-http`, port: ECK_PORTS.kibana, labels, issuer: NAMES.internalCa });
    }
  }
}

/**
 * Who reaches the stack: its own pods (Elasticsearch nodes, Kibana, Filebeat: same namespace),
 * the operator (it manages Elasticsearch through its HTTP API and checks Kibana), and the ingress
 * controller on Kibana when Kibana has a route.
 */
function elasticNetworkPolicies(scope: Construct, labels: Labels, ingressNamespace: string | undefined): void {
  allowSameNamespace(scope, ELASTIC_NS, labels);
  allowFrom(scope, ELASTIC_NS, 'elastic-operator', { from: peers.namespace(NS, OPERATOR_PODS), ports: [ECK_PORTS.http, ECK_PORTS.kibana], labels });
  if (ingressNamespace) allowFrom(scope, ELASTIC_NS, 'ingress', { from: peers.namespace(ingressNamespace), ports: [ECK_PORTS.kibana], pods: KIBANA_PODS, labels });
}
