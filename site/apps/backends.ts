/**
 * What a cluster offers its apps, decided from the site alone (the site rules and the cluster
 * app both ask here): its StorageClasses and where its app databases live.
 */
import type { ClusterSpec } from '../schema';

/** The StorageClasses the components create (the cluster app names its objects after these). */
export const STORAGE_CLASSES = {
  /** Longhorn, replicated (the cluster default with Longhorn). */
  longhorn: 'longhorn',
  /** Longhorn, one replica (workloads that replicate themselves). */
  longhornSingle: 'longhorn-single',
  /** csi-driver-nfs on the storage node's export. */
  nfs: 'nfs-shared',
  /** k3s' own, the default without Longhorn (which disables it). */
  localPath: 'local-path',
} as const;

type Components = Pick<ClusterSpec, 'components'>;

/** The StorageClasses of a cluster, the default first. */
export function storageClasses(cluster: Components): string[] {
  const c = cluster.components;
  const out: string[] = c.longhorn ? [STORAGE_CLASSES.longhorn, STORAGE_CLASSES.longhornSingle] : [STORAGE_CLASSES.localPath];
  if (c.nfs) out.push(STORAGE_CLASSES.nfs);
  return out;
}

/** True for a Longhorn class: its volumes are snapshotted and backed up by Longhorn's recurring jobs. */
export function isLonghornClass(storageClass: string): boolean {
  return storageClass === STORAGE_CLASSES.longhorn || storageClass === STORAGE_CLASSES.longhornSingle;
}

/** True for a class whose volumes several nodes mount at once (ReadWriteMany). */
export function isSharedClass(storageClass: string): boolean {
  return storageClass === STORAGE_CLASSES.nfs;
}

/** Where a cluster's app databases live: `remote`, another cluster's CloudNativePG (`postgresql: { cluster, address }`). */
export type DatabaseBackend = 'node' | 'cloudnativePg' | 'remote';

/**
 * The backend of a cluster's app databases (undefined: it has none): `postgresql` when set (an
 * object: `remote`), else
 * the site's database node when there is one, else CloudNativePG when the cluster enables it.
 */
export function databaseBackendOf(cluster: Pick<ClusterSpec, 'postgresql' | 'components'>, siteHasDatabaseNode: boolean): DatabaseBackend | undefined {
  if (typeof cluster.postgresql === 'object') return 'remote';
  if (cluster.postgresql) return cluster.postgresql;
  if (siteHasDatabaseNode) return 'node';
  return cluster.components.cloudnativePg ? 'cloudnativePg' : undefined;
}
