/**
 * Longhorn: the chart, the default StorageClass `longhorn` (reclaim policy Retain) with replica count
 * min(3, nodes with a longhorn disk) (the node bootstrap mounts those disks at /var/lib/longhorn,
 * Longhorn's default data path), an NFS backup target on the storage node when there is one,
 * and RecurringJobs (daily snapshot, nightly backup) for every volume of the `default` group.
 */
import { Construct } from 'constructs';
import { RecurringJob, RecurringJobSpecTask } from '../../imports/k8s/longhorn.io';
import { COMPONENT_NAMESPACES, NFS_EXPORT, type ClusterContext } from '../context';
import { allowFromNodes, allowFromPrometheus, allowSameNamespace } from '../network-policy';
import { helmRelease } from '../release';
import type { ComponentProps, HelmValues } from './component';
import { serviceMonitor } from './monitoring';

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

/** Where Longhorn backups go: the storage node's NFS export (Longhorn keeps them under `backupstore/`). */
export function longhornBackupTarget(ctx: ClusterContext): string | undefined {
  const nfs = ctx.nfsServer;
  return nfs ? `nfs://${nfs.address}:${NFS_EXPORT}` : undefined;
}

export function longhornValues(ctx: ClusterContext): HelmValues {
  const replicas = longhornReplicas(ctx);
  const backupTarget = longhornBackupTarget(ctx);
  return {
    // Retain: a deleted claim leaves its volume (and data) for an operator to reclaim or delete.
    persistence: { defaultClass: true, defaultClassReplicaCount: replicas, reclaimPolicy: 'Retain' },
    defaultSettings: {
      defaultReplicaCount: replicas,
      storageMinimalAvailablePercentage: 15,
      nodeDownPodDeletionPolicy: 'delete-both-statefulset-and-deployment-pod',
    },
    ...(backupTarget ? { defaultBackupStore: { backupTarget } } : {}),
    longhornUI: { replicas: 1 },
    // Argo CD runs Helm's pre-upgrade hook as a PreSync hook, on the first sync too, before the
    // chart's service account exists: the job never starts and Longhorn never installs. The chart
    // says to disable it under Argo CD (values.yaml `preUpgradeChecker.jobEnabled`).
    ...(ctx.engine === 'argocd' ? { preUpgradeChecker: { jobEnabled: false } } : {}),
  };
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
