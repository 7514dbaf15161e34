/**
 * CloudNativePG: the operator chart (CRDs included); a PostgreSQL `Cluster` (`pg` in namespace
 * `databases`) on Longhorn with a daily ScheduledBackup to an object store whose credentials are
 * a Secret referenced by name; and, when the site has a database node, a selector-less Service
 * `postgresql` with an EndpointSlice pointing at that node's address.
 */
import { Construct } from 'constructs';
import { IntOrString, KubeEndpointSlice, KubeService } from 'cdk8s-plus-28/lib/imports/k8s';
import { PodMonitor } from '../../imports/k8s/monitoring.coreos.com';
import { Cluster as PgCluster, ClusterSpecBackupBarmanObjectStoreWalCompression, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests, ScheduledBackup, ScheduledBackupSpecBackupOwnerReference, ScheduledBackupSpecMethod } from '../../imports/k8s/postgresql.cnpg.io';
import { COMPONENT_NAMESPACES, NAMES, NAMESPACES, POSTGRES_PORT, type ClusterContext } from '../context';
import { allowFrom, allowFromNodes, allowFromPrometheus, allowSameNamespace, peers } from '../network-policy';
import { helmRelease, namespace } from '../release';
import { externalSecret } from '../secrets';
import type { ComponentProps, HelmValues } from './component';

const NS = COMPONENT_NAMESPACES.cloudnativePg;
const DB_NS = NAMESPACES.databases;

/** Secret (managed outside git) with the object store credentials for PostgreSQL backups. */
export const PG_BACKUP_SECRET = { name: 'pg-backup-s3', accessKeyId: 'ACCESS_KEY_ID', secretAccessKey: 'SECRET_ACCESS_KEY' } as const;

/** Object store path of the backups (the bucket is created outside the cluster). */
export function pgBackupDestination(ctx: ClusterContext): string {
  return `s3://${ctx.site.name}-backups/${ctx.cluster.name}/postgresql`;
}

/** Ports: the operator's webhook (the chart's default, set explicitly), an instance's status endpoint and metrics exporter. */
export const CNPG_PORTS = { webhook: 9443, instanceStatus: 8000, instanceMetrics: 9187 } as const;
/** Labels of the operator's pods. */
const OPERATOR_POD = { 'app.kubernetes.io/name': 'cloudnative-pg' };

export function cloudnativePgValues(): HelmValues {
  return {
    crds: { create: true },
    config: { clusterWide: true },
    replicaCount: 1,
    webhook: { port: CNPG_PORTS.webhook },
  };
}

/** Who reaches the operator: the API server on its webhook (defaulting and validation of every Cluster). */
export function cloudnativePgNetworkPolicies(scope: Construct, ctx: ClusterContext): void {
  allowFromNodes(scope, ctx, NS, [CNPG_PORTS.webhook], 'cloudnativePg');
}

/**
 * Who reaches the PostgreSQL instances in `databases`: each other (streaming replication, join
 * jobs: same namespace), the operator on the status endpoint and PostgreSQL (CloudNativePG's
 * networking guide), the apps on PostgreSQL, Prometheus on the exporter.
 */
function databasesNetworkPolicies(scope: Construct, ctx: ClusterContext): void {
  allowSameNamespace(scope, ctx, DB_NS, 'cloudnativePg');
  allowFrom(scope, ctx, DB_NS, 'cnpg-operator', { from: peers.namespace(NS, OPERATOR_POD), ports: [CNPG_PORTS.instanceStatus, POSTGRES_PORT], component: 'cloudnativePg' });
  allowFrom(scope, ctx, DB_NS, 'apps', { from: peers.appNamespaces(), ports: [POSTGRES_PORT], component: 'cloudnativePg' });
  allowFromPrometheus(scope, ctx, DB_NS, [CNPG_PORTS.instanceMetrics], 'cloudnativePg');
}

/** In-cluster DNS name of the database apps use: the site's database node when there is one, else the CNPG primary. */
export function databaseHost(ctx: ClusterContext): { host: string; namespace: string; external?: string } | undefined {
  const node = ctx.databaseNode;
  if (node) return { host: `${NAMES.externalDatabase}.${DB_NS}.svc.cluster.local`, namespace: DB_NS, external: node.address };
  if (ctx.has('cloudnativePg')) return { host: `${NAMES.cnpgCluster}-rw.${DB_NS}.svc.cluster.local`, namespace: DB_NS };
  return undefined;
}

export class CloudNativePg extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer === 'controllers') {
      helmRelease(this, ctx, { chart: 'cloudnativePg', name: 'cloudnative-pg', namespace: NS, values: cloudnativePgValues() });
      return;
    }
    const labels = ctx.labels('cloudnativePg');
    namespace(this, ctx, DB_NS, 'cloudnativePg');
    databasesNetworkPolicies(this, ctx);
    const instances = Math.max(1, Math.min(3, ctx.workers.length));
    externalSecret(this, ctx, { name: PG_BACKUP_SECRET.name, namespace: DB_NS, keys: [PG_BACKUP_SECRET.accessKeyId, PG_BACKUP_SECRET.secretAccessKey], labels });
    new PgCluster(this, 'cluster', {
      metadata: { name: NAMES.cnpgCluster, namespace: DB_NS, labels },
      spec: {
        instances,
        storage: { size: '10Gi', ...(ctx.storageClass ? { storageClass: ctx.storageClass } : {}) },
        bootstrap: { initdb: { database: 'app', owner: 'app' } },
        enablePdb: instances > 1,
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString('100m'), memory: ClusterSpecResourcesRequests.fromString('256Mi') },
          limits: { memory: ClusterSpecResourcesLimits.fromString('1Gi') },
        },
        backup: {
          retentionPolicy: '30d',
          barmanObjectStore: {
            destinationPath: pgBackupDestination(ctx),
            s3Credentials: {
              accessKeyId: { name: PG_BACKUP_SECRET.name, key: PG_BACKUP_SECRET.accessKeyId },
              secretAccessKey: { name: PG_BACKUP_SECRET.name, key: PG_BACKUP_SECRET.secretAccessKey },
            },
            wal: { compression: ClusterSpecBackupBarmanObjectStoreWalCompression.GZIP },
          },
        },
      },
    });
    new ScheduledBackup(this, 'backup', {
      metadata: { name: `${NAMES.cnpgCluster}-daily`, namespace: DB_NS, labels },
      spec: {
        cluster: { name: NAMES.cnpgCluster },
        schedule: '0 0 4 * * *',
        method: ScheduledBackupSpecMethod.BARMAN_OBJECT_STORE,
        backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
        immediate: true,
      },
    });
    if (ctx.has('kubePrometheusStack')) {
      new PodMonitor(this, 'pod-monitor', {
        metadata: { name: NAMES.cnpgCluster, namespace: DB_NS, labels },
        spec: { selector: { matchLabels: { 'cnpg.io/cluster': NAMES.cnpgCluster } }, podMetricsEndpoints: [{ port: 'metrics' }] },
      });
    }
    externalDatabase(this, ctx);
  }
}

/** The site's database node as an in-cluster Service: selector-less, with an EndpointSlice on the node's address. */
export function externalDatabase(scope: Construct, ctx: ClusterContext): void {
  const node = ctx.databaseNode;
  if (!node) return;
  const labels = { ...ctx.labels('database'), 'sitekit.dev/node': node.name };
  new KubeService(scope, 'external-db', {
    metadata: { name: NAMES.externalDatabase, namespace: DB_NS, labels },
    spec: { ports: [{ name: 'postgresql', port: POSTGRES_PORT, targetPort: IntOrString.fromNumber(POSTGRES_PORT), protocol: 'TCP' }] },
  });
  new KubeEndpointSlice(scope, 'external-db-endpoints', {
    metadata: { name: `${NAMES.externalDatabase}-${node.name}`, namespace: DB_NS, labels: { ...labels, 'kubernetes.io/service-name': NAMES.externalDatabase, 'endpointslice.kubernetes.io/managed-by': 'sitekit' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [node.address], conditions: { ready: true } }],
    ports: [{ name: 'postgresql', port: POSTGRES_PORT, protocol: 'TCP' }],
  });
}
