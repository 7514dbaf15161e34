/**
 * Storage node: its NFS data disk mounted at /srv/nfs (formatted only when blank, see
 * `disks.ts`) and exported over NFSv4, `/srv/nfs/postgresql` to the database nodes' networks and
 * `/srv/nfs/shared` to the cluster network; its Longhorn disk mounted at /var/lib/longhorn (where
 * Longhorn keeps its default data path). A storage node in a cluster also joins it as an agent
 * (`k3s.ts`). Only port 2049 is opened: clients mount with NFSv4.
 */
import type { Node, Site } from '../../site';
import { BootPlan, BootstrapError, checkCidr, checkPath, lines, renderUnit } from './common';
import { dataDisk, dataDisksPlan, MOUNT_POINTS } from './disks';
import { nfsExports } from './topology';

export const EXPORTS_FILE = '/etc/exports';

/** `/etc/exports` of a storage node. */
export function exportsFile(site: Site, node: Node): string {
  const exports = nfsExports(site, node);
  if (!exports.length) throw new BootstrapError(`storage node ${node.name}: no cluster or database to export NFS to`);
  return lines(
    `# sitekit: NFS exports of ${node.name}`,
    exports.map((e) => {
      checkPath(e.path, 'export path');
      if (!/^[a-z_,]+$/.test(e.options)) throw new BootstrapError(`export options ${JSON.stringify(e.options)}`);
      return `${e.path} ${e.clients.map((c) => `${checkCidr(c, 'export client')}(${e.options})`).join(' ')}`;
    }),
  );
}

/** The NFS server's unit name (Flatcar and Debian's nfs-kernel-server). */
export const NFS_SERVER_UNIT = 'nfs-server.service';

/** Files and units of a storage node (without its k3s agent). */
export function storagePlan(site: Site, node: Node): BootPlan {
  if (!dataDisk(node, 'nfs')) throw new BootstrapError(`storage node ${node.name} has no disk of purpose nfs`);
  const disks = dataDisksPlan(node, ['nfs', 'longhorn']);
  const dirs = nfsExports(site, node).map((e) => e.path);
  const nfsServer = {
    name: NFS_SERVER_UNIT,
    enabled: true,
    dropins: [
      {
        name: '10-sitekit.conf',
        contents: renderUnit('sitekit: serve NFS only from the data disk', {
          Unit: { RequiresMountsFor: MOUNT_POINTS.nfs },
          Service: { ExecStartPre: `/usr/bin/mkdir -p ${dirs.map((d) => checkPath(d, 'export path')).join(' ')}` },
        }),
      },
    ],
  };
  return {
    files: [...disks.files, { path: EXPORTS_FILE, mode: 0o644, content: exportsFile(site, node) }],
    units: [...disks.units, nfsServer],
    packages: node.flatcar ? [] : ['nfs-kernel-server'],
    commands: node.flatcar ? [] : [['systemctl', 'restart', NFS_SERVER_UNIT]],
  };
}
