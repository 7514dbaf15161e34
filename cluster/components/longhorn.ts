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
 * `longhornCapacityIssues` checks the volumes the tree asks for against what those disks hold.
 */
import { Construct } from 'constructs';
import { KubeStorageClass } from 'cdk8s-plus-28/lib/imports/k8s';
import { RecurringJob, RecurringJobSpecTask } from '../../imports/k8s/longhorn.io';
import { databaseBackend } from '../apps/databases';
import { COMPONENT_NAMESPACES, NAMES, NFS_EXPORT, type ClusterContext } from '../context';
import { allowFromNodes, allowFromPrometheus, allowSameNamespace } from '../network-policy';
import { helmRelease } from '../release';
import { externalSecret } from '../secrets';
import { CNPG_VOLUME_GIB, cnpgInstances } from './cloudnative-pg';
import type { ComponentProps, HelmValues } from './component';
import { MONITORING_VOLUME_GIB } from './kube-prometheus-stack';
import { LOKI_VOLUME_GIB } from './loki';
import { serviceMonitor } from './monitoring';
import { KAFKA_VOLUME_GIB, kafkaReplicas } from './strimzi';

const NS = COMPONENT_NAMESPACES.longhorn;

/**
 * Ports reached from outside the namespace: longhorn-manager's API (metrics), conversion and
 * admission webhooks; iSCSI of an engine and NFS of a share manager (RWX volumes), which the
 * node's host network mounts.
 */
export const LONGHORN_PORTS = { manager: 9500, conversionWebhook: 9501, admissionWebhook: 9502, iscsi: 3260, nfs: 2049 } as const;

/** Replicas per volume: one per node with a Longhorn disk, at most 3. */
export function longhornReplicas(ctx: ClusterContext): number {
  return Math.max(1, Math.min(3, ctx.longhornNodes.length));
}

/**
 * Share of a default disk Longhorn keeps free (`storageReservedPercentageForDefaultDisk`, its
 * default, set explicitly), with over-provisioning at 100%: a disk holds replicas up to the rest.
 */
export const LONGHORN_RESERVED_PERCENT = 30;

/** Secret (of the site's secret store) with the S3 credentials of an `s3://` backup target. */
export const LONGHORN_BACKUP_SECRET = { name: 'longhorn-backup', keys: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_ENDPOINTS'] } as const;

/**
 * Where Longhorn backups go: the site's `backups.target` (`none`: nowhere), else the storage
 * node's NFS export (Longhorn keeps them under `backupstore/`).
 */
export function longhornBackupTarget(ctx: ClusterContext): string | undefined {
  const target = ctx.cluster.backups?.target;
  if (target !== undefined) return target === 'none' ? undefined : target;
  const nfs = ctx.nfsServer;
  return nfs ? `nfs://${nfs.address}:${NFS_EXPORT}` : undefined;
}

export function longhornValues(ctx: ClusterContext): HelmValues {
  const replicas = longhornReplicas(ctx);
  const backupTarget = longhornBackupTarget(ctx);
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
    ...(ctx.engine === 'argocd' ? { preUpgradeChecker: { jobEnabled: false } } : {}),
  };
}

/** One Longhorn volume the tree asks for. */
export interface LonghornVolume {
  /** What it is for, e.g. `Prometheus` or `Kafka broker 2`. */
  readonly name: string;
  readonly sizeGiB: number;
  readonly replicas: number;
}

/** Every Longhorn volume the cluster's tree claims, with its replica count (single source: the components' sizes). */
export function longhornVolumes(ctx: ClusterContext): LonghornVolume[] {
  if (!ctx.has('longhorn')) return [];
  const r = longhornReplicas(ctx);
  const out: LonghornVolume[] = [];
  const each = (name: string, count: number, sizeGiB: number, replicas: number) => {
    for (let i = 1; i <= count; i++) out.push({ name: count > 1 ? `${name} ${i}` : name, sizeGiB, replicas });
  };
  if (ctx.has('kubePrometheusStack')) {
    each('Prometheus', 1, MONITORING_VOLUME_GIB.prometheus, r);
    each('Alertmanager', 1, MONITORING_VOLUME_GIB.alertmanager, r);
  }
  if (ctx.has('loki')) each('Loki', 1, LOKI_VOLUME_GIB, r);
  if (ctx.has('strimzi')) {
    each('Kafka controller', kafkaReplicas(ctx), KAFKA_VOLUME_GIB.controller, 1);
    each('Kafka broker', kafkaReplicas(ctx), KAFKA_VOLUME_GIB.broker, 1);
  }
  if (ctx.has('cloudnativePg') && databaseBackend(ctx.site, ctx.cluster) === 'cloudnativePg') each('PostgreSQL instance', cnpgInstances(ctx), CNPG_VOLUME_GIB, 1);
  return out;
}

/** What each longhorn disk of the cluster holds for replicas: its size less Longhorn's reserve, whole GiB. */
export function longhornDiskCapacity(ctx: ClusterContext): { node: string; diskGiB: number; capacityGiB: number }[] {
  return ctx.longhornNodes.map((n) => {
    const diskGiB = n.disks.find((d) => d.purpose === 'longhorn')!.sizeGiB;
    return { node: n.name, diskGiB, capacityGiB: Math.floor((diskGiB * (100 - LONGHORN_RESERVED_PERCENT)) / 100) };
  });
}

/**
 * Why the cluster's Longhorn volumes do not fit its longhorn disks (none when they do). Each
 * replica of a volume sits on another node, so a node holds at most one copy of each volume: a
 * volume needs `replicas` disks with room for it, and all replicas together need no more than
 * the disks hold, each disk counted up to the sum of the volumes' sizes.
 */
export function longhornCapacityIssues(ctx: ClusterContext): string[] {
  const volumes = longhornVolumes(ctx);
  const disks = longhornDiskCapacity(ctx);
  if (!volumes.length || !disks.length) return [];
  const reserve = `${100 - LONGHORN_RESERVED_PERCENT}% of each longhorn disk, Longhorn keeps ${LONGHORN_RESERVED_PERCENT}% free`;
  const diskList = disks.map((d) => `${d.node} ${d.capacityGiB} GiB`).join(', ');
  const out: string[] = [];
  const sorted = [...disks].sort((a, b) => b.capacityGiB - a.capacityGiB);
  for (const v of volumes) {
    const roomy = sorted.filter((d) => d.capacityGiB >= v.sizeGiB).length;
    if (roomy < v.replicas) out.push(`the Longhorn volume ${v.name} (${v.sizeGiB} GiB) needs ${v.replicas} disk(s) with room for it, but ${roomy} of cluster "${ctx.cluster.name}" have that much (${diskList}: ${reserve})`);
  }
  const logical = volumes.reduce((s, v) => s + v.sizeGiB, 0);
  const needed = volumes.reduce((s, v) => s + v.sizeGiB * v.replicas, 0);
  const room = disks.reduce((s, d) => s + Math.min(d.capacityGiB, logical), 0);
  if (needed > room) {
    const groups = new Map<string, { count: number; sizeGiB: number; replicas: number }>();
    for (const v of volumes) {
      const key = v.name.replace(/ \d+$/, '');
      const g = groups.get(key) ?? { count: 0, sizeGiB: v.sizeGiB, replicas: v.replicas };
      g.count++;
      groups.set(key, g);
    }
    const asked = [...groups].map(([k, g]) => `${k}${g.count > 1 ? `s ${g.count} ×` : ''} ${g.sizeGiB} GiB × ${g.replicas} replica${g.replicas > 1 ? 's' : ''}`).join(', ');
    out.push(`the Longhorn volumes of cluster "${ctx.cluster.name}" need ${needed} GiB of replica space (${asked}), but its longhorn disks hold ${room} GiB (${diskList}: ${reserve}; a disk holds one replica of each volume)`);
  }
  return out;
}

/**
 * Who reaches Longhorn: its own pods (manager, instance managers, CSI sidecars, UI, share and
 * backing-image managers talk among themselves on many ports: same namespace), the nodes' host
 * network (the API server on the webhooks; the node's iSCSI initiator and NFS client on engines
 * and share managers), Prometheus on the manager.
 */
export function longhornNetworkPolicies(scope: Construct, ctx: ClusterContext): void {
  allowSameNamespace(scope, ctx, NS, 'longhorn');
  const p = LONGHORN_PORTS;
  allowFromNodes(scope, ctx, NS, [p.conversionWebhook, p.admissionWebhook, p.iscsi, p.nfs], 'longhorn');
  allowFromPrometheus(scope, ctx, NS, [p.manager], 'longhorn');
}

export class Longhorn extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer === 'controllers') {
      helmRelease(this, ctx, { chart: 'longhorn', name: 'longhorn', namespace: NS, values: longhornValues(ctx) });
      return;
    }
    const labels = ctx.labels('longhorn');
    new KubeStorageClass(this, 'single', {
      metadata: { name: NAMES.longhornSingleStorageClass, labels },
      provisioner: 'driver.longhorn.io',
      parameters: { numberOfReplicas: '1', dataLocality: 'best-effort', staleReplicaTimeout: '30', fsType: 'ext4' },
      // Retain: a deleted claim leaves its volume (and data) for an operator to reclaim or delete.
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: true,
    });
    if (longhornBackupTarget(ctx)?.startsWith('s3://')) {
      externalSecret(this, ctx, { name: LONGHORN_BACKUP_SECRET.name, namespace: NS, keys: LONGHORN_BACKUP_SECRET.keys, labels });
    }
    new RecurringJob(this, 'snapshot', {
      metadata: { name: 'snapshot-daily', namespace: NS, labels },
      spec: { name: 'snapshot-daily', task: RecurringJobSpecTask.SNAPSHOT, cron: '0 2 * * *', retain: 7, concurrency: 2, groups: ['default'] },
    });
    if (longhornBackupTarget(ctx)) {
      new RecurringJob(this, 'backup', {
        metadata: { name: 'backup-nightly', namespace: NS, labels },
        spec: { name: 'backup-nightly', task: RecurringJobSpecTask.BACKUP, cron: '0 3 * * *', retain: 14, concurrency: 1, groups: ['default'] },
      });
    }
    if (ctx.has('kubePrometheusStack')) {
      serviceMonitor(this, ctx, { name: 'longhorn', namespace: NS, selector: { app: 'longhorn-manager' }, port: 'manager' });
    }
  }
}
