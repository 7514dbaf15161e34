/**
 * csi-driver-nfs and the StorageClass `nfs-shared`: subdirectories of the storage node's export
 * (its address from the site; the path a NAS's `nfs.export`, else NFS_EXPORT), ReadWriteMany,
 * reclaim policy Retain.
 */
import { Construct } from 'constructs';
import { KubeStorageClass } from 'cdk8s-plus-28/lib/imports/k8s';
import { COMPONENT_NAMESPACES, NAMES, NFS_EXPORT, type Engine } from '../context';
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
  /** The export volumes are subdirectories of. @default NFS_EXPORT, a storage VM's */
  readonly share?: string;
  /**
   * The GitOps engine that replaces the class when its parameters change (they are immutable), in
   * place of failing to apply it: for a NAS, whose share the site names. @default none (a change fails to apply)
   */
  readonly replacedBy?: Engine;
}

/**
 * The annotation that makes the GitOps engine delete and recreate an object whose immutable fields
 * changed, in place of failing to apply it: Flux's kustomize-controller (force), Argo CD (a forced
 * replace). A StorageClass holds no data: its volumes keep the server and share they were provisioned with.
 */
export const REPLACE_ON_CHANGE: Readonly<Record<Engine, Readonly<Record<string, string>>>> = {
  flux: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' },
  argocd: { 'argocd.argoproj.io/sync-options': 'Force=true,Replace=true' },
};

/** The StorageClass `nfs-shared` on the server's export. */
export class NfsStorageClass extends Construct {
  constructor(scope: Construct, id: string, { server, share = NFS_EXPORT, replacedBy, labels }: NfsStorageClassProps) {
    super(scope, id);
    new KubeStorageClass(this, 'storage-class', {
      metadata: { name: NAMES.nfsStorageClass, labels: { ...labels }, ...(replacedBy ? { annotations: { ...REPLACE_ON_CHANGE[replacedBy] } } : {}) },
      provisioner: 'nfs.csi.k8s.io',
      parameters: { server, share },
      // Retain: a deleted claim leaves its subdirectory of the export in place.
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: true,
      mountOptions: ['nfsvers=4.1', 'hard'],
    });
  }
}
