/**
 * csi-driver-nfs and the StorageClass `nfs-shared`: subdirectories of the storage node's export
 * (its address from the site, path NFS_EXPORT), ReadWriteMany, reclaim policy Retain.
 */
import { Construct } from 'constructs';
import { KubeStorageClass } from 'cdk8s-plus-28/lib/imports/k8s';
import { COMPONENT_NAMESPACES, NAMES, NFS_EXPORT } from '../context';
import { helmRelease } from '../release';
import type { ChartProps, ConfigsProps, HelmValues } from './component';

const NS = COMPONENT_NAMESPACES.nfs;

export interface NfsProps extends ChartProps {
  /** Replicas of the CSI controller (at most 2, one per worker). */
  readonly replicas: number;
}

export function nfsValues({ replicas }: NfsProps): HelmValues {
  return {
    controller: { replicas },
    externalSnapshotter: { enabled: false },
  };
}

/** The csi-driver-nfs chart. */
export class Nfs extends Construct {
  constructor(scope: Construct, id: string, props: NfsProps) {
    super(scope, id);
    helmRelease(this, props.release, { name: 'csi-driver-nfs', namespace: NS, values: nfsValues(props) });
  }
}

export interface NfsStorageClassProps extends ConfigsProps {
  /** Address of the NFS server (the storage node with an nfs disk). */
  readonly server: string;
}

/** The StorageClass `nfs-shared` on the server's export. */
export class NfsStorageClass extends Construct {
  constructor(scope: Construct, id: string, { server, labels }: NfsStorageClassProps) {
    super(scope, id);
    new KubeStorageClass(this, 'storage-class', {
      metadata: { name: NAMES.nfsStorageClass, labels: { ...labels } },
      provisioner: 'nfs.csi.k8s.io',
      parameters: { server, share: NFS_EXPORT },
      // Retain: a deleted claim leaves its subdirectory of the export in place.
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: true,
      mountOptions: ['nfsvers=4.1', 'hard'],
    });
  }
}
