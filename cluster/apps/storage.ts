/**
 * An app's persistent volumes: one PersistentVolumeClaim `<app>-<volume>` each (a stateful kind:
 * the engine never prunes it and the data-loss guard refuses to drop it undeclared), mounted
 * where the site says. Longhorn volumes are in the nightly backup unless `backup: false`, which
 * keeps them on the daily snapshot job alone (Longhorn puts a volume with no job labels in the
 * `default` group, which has both jobs).
 */
import type { Construct } from 'constructs';
import { KubePersistentVolumeClaim, Quantity, type Volume, type VolumeMount } from 'cdk8s-plus-28/lib/imports/k8s';
import { appClaimName, isLonghornClass, isSharedClass, storageClasses, type AppSpec, type AppVolume } from '../../site';
import { LONGHORN_JOBS, type ClusterContext, type Labels } from '../context';

/** The StorageClass a volume lands on: its own, else the cluster's default. */
export function volumeClass(ctx: ClusterContext, v: AppVolume): string {
  return v.storageClass ?? storageClasses(ctx.cluster)[0];
}

/** The claim's name. */
export const claimName = (app: AppSpec, v: AppVolume) => appClaimName(app.name, v.name);

/** Adds the app's claims, each on its StorageClass (`classes`, in the order of the volumes); returns the pod volumes and the container's mounts. */
export function appVolumes(scope: Construct, app: AppSpec, classes: readonly string[], labels: Labels): { volumes: Volume[]; mounts: VolumeMount[] } {
  const volumes: Volume[] = [];
  const mounts: VolumeMount[] = [];
  for (const [i, v] of (app.volumes ?? []).entries()) {
    const storageClassName = classes[i];
    const snapshotOnly = isLonghornClass(storageClassName) && v.backup === false;
    new KubePersistentVolumeClaim(scope, `volume-${v.name}`, {
      metadata: {
        name: claimName(app, v),
        namespace: app.namespace,
        labels: snapshotOnly ? { ...labels, 'recurring-job.longhorn.io/source': 'enabled', [`recurring-job.longhorn.io/${LONGHORN_JOBS.snapshot}`]: 'enabled' } : labels,
      },
      spec: {
        accessModes: [isSharedClass(storageClassName) ? 'ReadWriteMany' : 'ReadWriteOnce'],
        storageClassName,
        resources: { requests: { storage: Quantity.fromString(v.size) } },
      },
    });
    volumes.push({ name: `volume-${v.name}`, persistentVolumeClaim: { claimName: claimName(app, v) } });
    mounts.push({ name: `volume-${v.name}`, mountPath: v.mountPath });
  }
  return { volumes, mounts };
}

/** GiB a volume claims, rounded up (for Longhorn's capacity check). */
export function volumeGiB(v: AppVolume): number {
  const m = /^(\d+)(Mi|Gi|Ti)$/.exec(v.size);
  if (!m) return 0;
  const n = Number(m[1]);
  return m[2] === 'Ti' ? n * 1024 : m[2] === 'Gi' ? n : Math.ceil(n / 1024);
}
