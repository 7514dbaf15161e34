/**
 * csi-driver-nfs and the StorageClass `nfs-shared`: subdirectories of the storage node's export
 * (its address from the site, path NFS_EXPORT), ReadWriteMany, reclaim policy Retain.
 */
import { Construct } from 'constructs';
import { KubeStorageClass } from 'cdk8s-plus-28/lib/imports/k8s';
import { COMPONENT_NAMESPACES, NAMES, NFS_EXPORT, type ClusterContext } from '../context';
import { helmRelease } from '../release';
import type { ComponentProps, HelmValues } from './component';

const NS = COMPONENT_NAMESPACES.nfs;

export function nfsValues(ctx: ClusterContext): HelmValues {
  return {
    controller: { replicas: Math.min(2, ctx.workers.length) },
    externalSnapshotter: { enabled: false },
  };
}

export class Nfs extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer === 'controllers') {
      helmRelease(this, ctx, { chart: 'nfs', name: 'csi-driver-nfs', namespace: NS, values: nfsValues(ctx) });
      return;
    }
    const server = ctx.nfsServer;
    if (!server) return;
    new KubeStorageClass(this, 'storage-class', {
      metadata: { name: NAMES.nfsStorageClass, labels: ctx.labels('nfs') },
      provisioner: 'nfs.csi.k8s.io',
      parameters: { server: server.address, share: NFS_EXPORT },
      // Retain: a deleted claim leaves its subdirectory of the export in place.
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: true,
      mountOptions: ['nfsvers=4.1', 'hard'],
    });
  }
}
