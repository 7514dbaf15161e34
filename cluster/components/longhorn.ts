/**
 * Longhorn: the chart, the default StorageClass `longhorn` (reclaim policy Retain) with replica count
 * min(3, nodes with a longhorn disk), the StorageClass `longhorn-single` (one replica, kept on the
 * pod's node when it can) for workloads that replicate themselves, a backup target (the site's
 * `backups.target`, else the storage node's NFS export when there is one), and RecurringJobs
 * (daily snapshot, nightly backup) for every volume of the `default` group.
 *
 * Disks: Longhorn creates its default disk (/var/lib/longhorn, where the node bootstrap mounts a
 * longhorn disk) only on nodes labelled for it (`createDefaultDiskLabeledNodes`; the label is set
 * by k3s on the nodes with a longhorn disk, infra/bootstrap/k3s.ts), never on a system disk.
 * `longhornCapacityIssues` (longhorn-capacity.ts, a site rule) checks the volumes the tree asks for
 * against what those disks hold.
 */
import { Construct } from 'constructs';
import { KubeStorageClass } from 'cdk8s-plus-28/lib/imports/k8s';
import { RecurringJob, RecurringJobSpecTask } from '../../imports/k8s/longhorn.io';
import { COMPONENT_NAMESPACES, LONGHORN_JOBS, NAMES } from '../context';
import { allowFromNodes, allowFromPrometheus, allowSameNamespace } from '../network-policy';
import { helmRelease } from '../release';
import { externalSecret } from '../secrets';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';
import { LONGHORN_RESERVED_PERCENT } from './longhorn-capacity';
import { serviceMonitor } from './monitoring';

export { LONGHORN_RESERVED_PERCENT, longhornCapacityIssues, longhornDiskCapacity, longhornVolumes, type LonghornVolume } from './longhorn-capacity';

const NS = COMPONENT_NAMESPACES.longhorn;

/**
 * Ports reached from outside the namespace: longhorn-manager's API (metrics), conversion and
 * admission webhooks; iSCSI of an engine and NFS of a share manager (RWX volumes), which the
 * node's host network mounts.
 */
export const LONGHORN_PORTS = { manager: 9500, conversionWebhook: 9501, admissionWebhook: 9502, iscsi: 3260, nfs: 2049 } as const;

/** Secret (of the site's secret store) with the S3 credentials of an `s3://` backup target. */
export const LONGHORN_BACKUP_SECRET = { name: 'longhorn-backup', keys: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_ENDPOINTS'] } as const;

export interface LonghornProps extends ChartProps {
  /** Replicas per volume: one per node with a Longhorn disk, at most 3. */
  readonly replicas: number;
  /**
   * Where backups go: the site's `backups.target`, else the storage node's NFS export.
   * @default none: no backup target
   */
  readonly backupTarget?: string;
}

export function longhornValues({ release, replicas, backupTarget }: LonghornProps): HelmValues {
  const s3 = backupTarget?.startsWith('s3://');
  return {
    // Retain: a deleted claim leaves its volume (and data) for an operator to reclaim or delete.
    persistence: { defaultClass: true, defaultClassReplicaCount: replicas, reclaimPolicy: 'Retain' },
    defaultSettings: {
      defaultReplicaCount: replicas,
      createDefaultDiskLabeledNodes: true,
      storageReservedPercentageForDefaultDisk: LONGHORN_RESERVED_PERCENT,
      storageOverProvisioningPercentage: 100,
      storageMinimalAvailablePercentage: 15,
      nodeDownPodDeletionPolicy: 'delete-both-statefulset-and-deployment-pod',
    },
    ...(backupTarget ? { defaultBackupStore: { backupTarget, ...(s3 ? { backupTargetCredentialSecret: LONGHORN_BACKUP_SECRET.name } : {}) } } : {}),
    longhornUI: { replicas: 1 },
    // Argo CD runs Helm's pre-upgrade hook as a PreSync hook, on the first sync too, before the
    // chart's service account exists: the job never starts and Longhorn never installs. The chart
    // says to disable it under Argo CD (values.yaml `preUpgradeChecker.jobEnabled`).
    ...(release.engine === 'argocd' ? { preUpgradeChecker: { jobEnabled: false } } : {}),
  };
}

/**
 * Who reaches Longhorn: its own pods (manager, instance managers, CSI sidecars, UI, share and
 * backing-image managers talk among themselves on many ports: same namespace), the nodes' host
 * network (the API server on the webhooks; the node's iSCSI initiator and NFS client on engines
 * and share managers), Prometheus on the manager.
 */
export function longhornNetworkPolicies(scope: Construct, { labels, nodes, monitoring }: NetworkPolicyProps): void {
  allowSameNamespace(scope, NS, labels);
  const p = LONGHORN_PORTS;
  allowFromNodes(scope, NS, nodes, [p.conversionWebhook, p.admissionWebhook, p.iscsi, p.nfs], labels);
  if (monitoring) allowFromPrometheus(scope, NS, [p.manager], labels);
}

/** The Longhorn chart (with the default StorageClass `longhorn`). */
export class Longhorn extends Construct {
  constructor(scope: Construct, id: string, props: LonghornProps) {
    super(scope, id);
    helmRelease(this, props.release, { name: 'longhorn', namespace: NS, values: longhornValues(props) });
  }
}

export interface LonghornStorageProps extends ConfigsProps {
  /** Where backups go (as the chart's). @default none: no backup job */
  readonly backupTarget?: string;
}

/** The StorageClass `longhorn-single`, the backup credentials (s3), the RecurringJobs and the manager's ServiceMonitor. */
export class LonghornStorage extends Construct {
  constructor(scope: Construct, id: string, { labels, monitoringLabels, externalSecrets, backupTarget }: LonghornStorageProps) {
    super(scope, id);
    new KubeStorageClass(this, 'single', {
      metadata: { name: NAMES.longhornSingleStorageClass, labels },
      provisioner: 'driver.longhorn.io',
      parameters: { numberOfReplicas: '1', dataLocality: 'best-effort', staleReplicaTimeout: '30', fsType: 'ext4' },
      // Retain: a deleted claim leaves its volume (and data) for an operator to reclaim or delete.
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: true,
    });
    if (externalSecrets && backupTarget?.startsWith('s3://')) {
      externalSecret(this, { name: LONGHORN_BACKUP_SECRET.name, namespace: NS, keys: LONGHORN_BACKUP_SECRET.keys, labels });
    }
    new RecurringJob(this, 'snapshot', {
      metadata: { name: LONGHORN_JOBS.snapshot, namespace: NS, labels },
      spec: { name: LONGHORN_JOBS.snapshot, task: RecurringJobSpecTask.SNAPSHOT, cron: '0 2 * * *', retain: 7, concurrency: 2, groups: ['default'] },
    });
    if (backupTarget) {
      new RecurringJob(this, 'backup', {
        metadata: { name: LONGHORN_JOBS.backup, namespace: NS, labels },
        spec: { name: LONGHORN_JOBS.backup, task: RecurringJobSpecTask.BACKUP, cron: '0 3 * * *', retain: 14, concurrency: 1, groups: ['default'] },
      });
    }
    if (monitoringLabels) {
      serviceMonitor(this, { name: 'longhorn', namespace: NS, selector: { app: 'longhorn-manager' }, port: 'manager', labels: monitoringLabels });
    }
  }
}
