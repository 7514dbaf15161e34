import type { TerraformBlock, TerraformRule } from '../types';
import { isObject, type Json } from './blocks';

/** Why a block holds state that outlives its VM (undefined when it does not). */
export function statefulness(block: TerraformBlock): string | undefined {
  if (block.kind !== 'resource') return undefined;
  const b = block.body as Record<string, Json>;
  switch (block.type) {
    case 'libvirt_pool':
      return 'the storage pool holds every volume of the site';
    case 'libvirt_volume': {
      // OS disks clone a base image (backing_store; base_volume_* in provider 0.7), base images
      // and bootstrap ISOs are downloaded or generated (create / source): all are rebuilt on demand.
      // A volume with none of those is a blank data disk (longhorn, nfs, postgresql, data).
      const derived = ['backing_store', 'base_volume_id', 'base_volume_name', 'create', 'source'].some((k) => b[k] !== undefined && b[k] !== null);
      return derived ? undefined : 'a blank data volume (no backing image, no source)';
    }
    case 'proxmox_virtual_environment_vm': {
      const disks = (Array.isArray(b.disk) ? b.disk : []).filter(isObject);
      const data = disks.filter((d: Record<string, Json>) => d.import_from === undefined && d.file_id === undefined);
      return data.length ? `a VM with data disk(s) ${data.map((d: Record<string, Json>) => d.interface ?? '?').join(', ')}` : undefined;
    }
    default:
      return undefined;
  }
}

/** Storage that holds data is protected from `terraform destroy` and from replacement. */
export const StatefulPreventDestroy: TerraformRule = {
  id: 'terraform/StatefulPreventDestroy',
  area: 'terraform',
  severity: 'error',
  message: 'Stateful storage has lifecycle.prevent_destroy: true',
  explanation:
    'A plan that replaces a data disk (a renamed node, a changed size on some providers, a provider upgrade) deletes Longhorn replicas, NFS shares or the PostgreSQL data ' +
    'without a second look; prevent_destroy makes Terraform refuse such a plan. ' +
    'Checks the libvirt pool, libvirt volumes that are blank data disks (neither a base-image clone nor a downloaded or generated volume) and Proxmox VMs with disks that are not imported from an image. ' +
    'Fix: lifecycle { prevent_destroy = true } on the resource (infra/backends sets it from the disk purpose); to really remove one, drop the flag in a reviewed change first.',
  check: (block) => {
    const why = statefulness(block);
    if (!why) return 'not-applicable';
    return (block.body as Json).lifecycle?.prevent_destroy === true ? 'compliant' : [{ detail: `${why}, without lifecycle.prevent_destroy` }];
  },
};
