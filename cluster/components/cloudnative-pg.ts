/**
 * CloudNativePG: the operator chart (CRDs included) and, when the cluster keeps its apps'
 * databases in CloudNativePG (apps/databases.ts), a PostgreSQL `Cluster` (`pg` in namespace
 * `databases`) on Longhorn, backed up (WAL continuously, a base backup daily) to the object
 * store the site names, whose credentials are a Secret referenced by name (no object store: no
 * backup section and no ScheduledBackup; the site's rules warn), and for each app database a
 * managed role (its password from the site's secret store) and a `Database` owned by it. A cluster whose apps use the database node
 * gets the operator only: no Cluster nobody connects to. When other clusters keep their apps'
 * databases here, the Cluster holds theirs too and its primary gets a LoadBalancer Service on a
 * MetalLB address (`PG_EXTERNAL_SERVICE`) that admits PostgreSQL from their nodes only.
 */
import { Construct } from 'constructs';
import { PodMonitor } from '../../imports/k8s/monitoring.coreos.com';
import {
  Cluster as PgCluster,
  type ClusterSpecBackup,
  ClusterSpecBackupBarmanObjectStoreWalCompression,
  ClusterSpecManagedRolesEnsure,
  ClusterSpecManagedServicesAdditional,
  ClusterSpecManagedServicesAdditionalSelectorType,
  ClusterSpecResourcesLimits,
  ClusterSpecResourcesRequests,
  Database,
  DatabaseSpecEnsure,
  ScheduledBackup,
  ScheduledBackupSpecBackupOwnerReference,
  ScheduledBackupSpecMethod,
} from '../../imports/k8s/postgresql.cnpg.io';
import type { AppDatabase } from '../apps/databases';
import { COMPONENT_NAMESPACES, NAMES, NAMESPACES, POSTGRES_PORT, type Labels } from '../context';
import { allowFrom, allowFromNodes, allowFromPrometheus, allowSameNamespace, peers } from '../network-policy';
import { helmRelease, namespace } from '../release';
import { externalSecret } from '../secrets';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';
import type { PgBackup } from './resolve';

const NS = COMPONENT_NAMESPACES.cloudnativePg;
const DB_NS = NAMESPACES.databases;

/** Secret (managed outside git) with the object store credentials for PostgreSQL backups. */
export const PG_BACKUP_SECRET = { name: 'pg-backup-s3', accessKeyId: 'ACCESS_KEY_ID', secretAccessKey: 'SECRET_ACCESS_KEY' } as const;

/**
 * The Cluster's backup section: Barman Cloud (`barmanObjectStore`), deprecated since
 * CloudNativePG 1.26 for the Barman Cloud plugin and kept through 1.31 (removed in 1.32); the
 * pinned 1.30 still serves it, and the plugin needs a chart, cert-manager and an ObjectStore of
 * its own. Retention 30 days; WAL gzip-compressed.
 */
function pgBackupSpec(backup: PgBackup): ClusterSpecBackup {
  return {
    retentionPolicy: '30d',
    barmanObjectStore: {
      destinationPath: backup.destinationPath,
      ...(backup.endpointURL ? { endpointUrl: backup.endpointURL } : {}),
      s3Credentials: {
        accessKeyId: { name: PG_BACKUP_SECRET.name, key: PG_BACKUP_SECRET.accessKeyId },
        secretAccessKey: { name: PG_BACKUP_SECRET.name, key: PG_BACKUP_SECRET.secretAccessKey },
      },
      wal: { compression: ClusterSpecBackupBarmanObjectStoreWalCompression.GZIP },
    },
  };
}

/** Size of each instance's volume. */
export const CNPG_VOLUME_GIB = 10;

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
export function cloudnativePgNetworkPolicies(scope: Construct, { labels, nodes }: NetworkPolicyProps): void {
  allowFromNodes(scope, NS, nodes, [CNPG_PORTS.webhook], labels);
}

/**
 * Who reaches the PostgreSQL instances in `databases`: each other (streaming replication, join
 * jobs: same namespace), the operator on the status endpoint and PostgreSQL (CloudNativePG's
 * networking guide), the apps on PostgreSQL, Prometheus on the exporter.
 */
function databasesNetworkPolicies(scope: Construct, labels: Labels, monitoring: boolean): void {
  allowSameNamespace(scope, DB_NS, labels);
  allowFrom(scope, DB_NS, 'cnpg-operator', { from: peers.namespace(NS, OPERATOR_POD), ports: [CNPG_PORTS.instanceStatus, POSTGRES_PORT], labels });
  allowFrom(scope, DB_NS, 'apps', { from: peers.appNamespaces(), ports: [POSTGRES_PORT], labels });
  if (monitoring) allowFromPrometheus(scope, DB_NS, [CNPG_PORTS.instanceMetrics], labels);
}

/** The Secret (in namespace `databases`) CloudNativePG sets a role's password from: basic-auth, reloaded on change. */
export function roleSecretName(role: string): string {
  return `${NAMES.cnpgCluster}-role-${role.replace(/_/g, '-')}`;
}

/** The primary's LoadBalancer Service on the MetalLB address (the operator creates and reconciles it). */
function externalService(exposure: PostgresExposure, labels: Labels): ClusterSpecManagedServicesAdditional {
  return {
    selectorType: ClusterSpecManagedServicesAdditionalSelectorType.RW,
    serviceTemplate: {
      metadata: { name: PG_EXTERNAL_SERVICE, labels: { ...labels }, annotations: { ...exposure.annotations } },
      // The operator adds the selector (the primary) and the PostgreSQL port (CloudNativePG's service management guide).
      spec: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' },
    },
  };
}

/** The CloudNativePG operator chart. */
export class CloudNativePg extends Construct {
  constructor(scope: Construct, id: string, { release }: ChartProps) {
    super(scope, id);
    helmRelease(this, release, { name: 'cloudnative-pg', namespace: NS, values: cloudnativePgValues() });
  }
}

export interface PostgresClusterProps extends ConfigsProps {
  /** Instances (one per worker, at most 3): each keeps a full copy on its own volume. */
  readonly instances: number;
  /** StorageClass of the instances' volumes. @default the cluster's default StorageClass */
  readonly storageClass?: string;
  /** The apps' databases in this Cluster (apps/databases.ts `clusterDatabases`). */
  readonly databases: readonly Pick<AppDatabase, 'database' | 'role' | 'credentials'>[];
  /**
   * Where the backups go (`resolve.ts` `pgBackup`): Barman Cloud's object store path and the
   * endpoint of an S3-compatible store. @default not backed up
   */
  readonly backup?: PgBackup;
  /** Other clusters reach the primary on a MetalLB address. @default not exposed */
  readonly exposure?: PostgresExposure;
}

/** The primary on a MetalLB address, for the apps of other clusters of the site. */
export interface PostgresExposure {
  /** The MetalLB address (in a pool of this cluster). */
  readonly address: string;
  /** Annotations of the Service: MetalLB's requested address. */
  readonly annotations: Readonly<Record<string, string>>;
  /** The connections' sources as CIDRs: the other clusters' node addresses (/32). */
  readonly clients: readonly string[];
}

/** The LoadBalancer Service on the primary that other clusters reach (`spec.managed.services.additional`). */
export const PG_EXTERNAL_SERVICE = `${NAMES.cnpgCluster}-rw-external`;

/**
 * The `databases` namespace with its allow rules, and in it the PostgreSQL `Cluster`, a role and
 * a `Database` per app database, the daily backup, and the PodMonitor.
 */
export class PostgresCluster extends Construct {
  constructor(scope: Construct, id: string, props: PostgresClusterProps) {
    super(scope, id);
    const { labels, monitoringLabels, externalSecrets, instances, storageClass } = props;
    namespace(this, DB_NS, labels);
    databasesNetworkPolicies(this, labels, !!monitoringLabels);
    const exposure = props.exposure;
    if (exposure) {
      // externalTrafficPolicy Local keeps the client's address (kube-proxy does not SNAT), so the
      // policy sees the other cluster's node, whose flannel masquerades its pods' connections.
      allowFrom(this, DB_NS, 'clusters', { from: peers.nodes(exposure.clients), ports: [POSTGRES_PORT], pods: { 'cnpg.io/cluster': NAMES.cnpgCluster }, labels });
    }
    // One role per database (apps sharing a database share its owner).
    const databases = [...new Map(props.databases.map((d) => [d.database, d])).values()];
    for (const d of databases) {
      if (externalSecrets) externalSecret(this, {
        name: roleSecretName(d.role),
        namespace: DB_NS,
        keys: ['username', 'password'],
        remoteKey: d.credentials,
        target: { type: 'kubernetes.io/basic-auth', labels: { 'cnpg.io/reload': 'true' } },
        labels,
      });
    }
    const backup = props.backup;
    if (externalSecrets && backup) externalSecret(this, { name: PG_BACKUP_SECRET.name, namespace: DB_NS, keys: [PG_BACKUP_SECRET.accessKeyId, PG_BACKUP_SECRET.secretAccessKey], labels });
    new PgCluster(this, 'cluster', {
      metadata: { name: NAMES.cnpgCluster, namespace: DB_NS, labels },
      spec: {
        instances,
        // Each instance keeps a full copy (streaming replication): one Longhorn replica per volume.
        storage: { size: `${CNPG_VOLUME_GIB}Gi`, ...(storageClass ? { storageClass } : {}) },
        bootstrap: { initdb: { database: 'app', owner: 'app' } },
        ...(databases.length || exposure
          ? {
              managed: {
                ...(databases.length ? { roles: databases.map((d) => ({ name: d.role, ensure: ClusterSpecManagedRolesEnsure.PRESENT, login: true, passwordSecret: { name: roleSecretName(d.role) } })) } : {}),
                ...(exposure ? { services: { additional: [externalService(exposure, labels)] } } : {}),
              },
            }
          : {}),
        enablePdb: instances > 1,
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString('100m'), memory: ClusterSpecResourcesRequests.fromString('256Mi') },
          limits: { memory: ClusterSpecResourcesLimits.fromString('1Gi') },
        },
        ...(backup ? { backup: pgBackupSpec(backup) } : {}),
      },
    });
    for (const d of databases) {
      // Reclaim policy retain (the default): deleting the object leaves the database in place.
      new Database(this, `database-${d.database}`, {
        metadata: { name: `${NAMES.cnpgCluster}-${d.database.replace(/_/g, '-')}`, namespace: DB_NS, labels },
        spec: { cluster: { name: NAMES.cnpgCluster }, name: d.database, owner: d.role, ensure: DatabaseSpecEnsure.PRESENT },
      });
    }
    if (backup) new ScheduledBackup(this, 'backup', {
      metadata: { name: `${NAMES.cnpgCluster}-daily`, namespace: DB_NS, labels },
      spec: {
        cluster: { name: NAMES.cnpgCluster },
        schedule: '0 0 4 * * *',
        method: ScheduledBackupSpecMethod.BARMAN_OBJECT_STORE,
        backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
        immediate: true,
      },
    });
    if (monitoringLabels) {
      new PodMonitor(this, 'pod-monitor', {
        metadata: { name: NAMES.cnpgCluster, namespace: DB_NS, labels },
        spec: { selector: { matchLabels: { 'cnpg.io/cluster': NAMES.cnpgCluster } }, podMetricsEndpoints: [{ port: 'metrics' }] },
      });
    }
  }
}

