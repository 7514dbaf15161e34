/**
 * Data disks: a oneshot unit that puts an ext4 filesystem on a data disk only when the disk is
 * blank, and a mount unit that mounts it by label. A disk that already holds anything (a
 * filesystem, a partition table, LVM, RAID) is never touched: when it is not our labelled
 * filesystem the unit fails and the mount does not happen, so nothing lands on the wrong disk.
 *
 * Device names: both backends attach the OS disk first, as `/dev/vda`, and give every data disk a
 * virtio serial made from its name (diskSerial), which the guest shows as
 * `/dev/disk/by-id/virtio-<serial>`: a data disk is found by its identity, not by its position,
 * so adding, removing or reordering disks in the site never points a unit at another disk.
 */
import { createHash } from 'crypto';
import type { Node } from '../../site';
import type { DiskSpec } from '../../site/schema';
import { BootPlan, BootstrapError, checkLabel, checkPath, deviceUnitName, lines, mountUnitName, renderUnit, SCRIPT_DIR, SystemdUnit } from './common';

/** The script that formats a blank disk. */
export const FORMAT_SCRIPT = `${SCRIPT_DIR}/format-if-blank`;

/** Where each kind of data disk is mounted. */
export const MOUNT_POINTS: Readonly<Record<'nfs' | 'longhorn' | 'postgresql', string>> = {
  nfs: '/srv/nfs',
  longhorn: '/var/lib/longhorn',
  postgresql: '/srv/postgresql',
};

/** Filesystem label of each kind of data disk (ext4 labels hold at most 16 characters). */
export const DISK_LABELS: Readonly<Record<'nfs' | 'longhorn' | 'postgresql', string>> = {
  nfs: 'sitekit-nfs',
  longhorn: 'sitekit-longhorn',
  postgresql: 'sitekit-pgdata',
};

export type DataPurpose = keyof typeof MOUNT_POINTS;

/** virtio-blk passes at most 20 bytes of serial to the guest. */
const SERIAL_MAX = 20;

/**
 * The virtio serial of a data disk: `sitekit-<name>`, or, for a name too long for the 20 bytes
 * virtio-blk keeps, `sk-` and a digest of the name. Unique per node, since disk names are.
 */
export function diskSerial(disk: Pick<DiskSpec, 'name'>): string {
  const plain = `sitekit-${disk.name}`;
  return plain.length <= SERIAL_MAX ? plain : `sk-${createHash('sha256').update(disk.name).digest('hex').slice(0, SERIAL_MAX - 3)}`;
}

/** The device of a node's disk: `/dev/vda` for the OS disk, `/dev/disk/by-id/virtio-<serial>` for a data disk. */
export function diskDevice(node: Node, disk: DiskSpec): string {
  if (!node.disks.some((d) => d.name === disk.name)) throw new BootstrapError(`disk ${disk.name} is not a disk of node ${node.name}`);
  return disk.purpose === 'os' ? '/dev/vda' : `/dev/disk/by-id/virtio-${diskSerial(disk)}`;
}

/** The single disk of a purpose on a node, if any (two of one purpose are refused: one mount point each). */
export function dataDisk(node: Node, purpose: DataPurpose): DiskSpec | undefined {
  const disks = node.disks.filter((d) => d.purpose === purpose);
  if (disks.length > 1) throw new BootstrapError(`node ${node.name} has ${disks.length} disks of purpose ${purpose}; the bootstrap mounts one (at ${MOUNT_POINTS[purpose]})`);
  return disks[0];
}

/**
 * `format-if-blank DEVICE LABEL`: creates an ext4 filesystem labelled LABEL on DEVICE when, and
 * only when, `blkid -p` and `wipefs` find no signature at all on it. Exits 0 when the device
 * already holds a filesystem with that label; refuses (exit 1) anything else.
 */
export function formatScript(): string {
  return lines(
    '#!/bin/sh',
    '# sitekit: format-if-blank DEVICE LABEL',
    '# Creates an ext4 filesystem labelled LABEL on DEVICE only when the device holds no signature',
    '# at all. Never reformats: a device with anything else on it is refused.',
    'set -eu',
    '',
    'if [ "$#" -ne 2 ]; then',
    '  echo "usage: format-if-blank DEVICE LABEL" >&2',
    '  exit 2',
    'fi',
    'dev=$1',
    'label=$2',
    'case $label in',
    "  '' | *[!a-z0-9-]*)",
    '    echo "format-if-blank: label must be [a-z0-9-]: $label" >&2',
    '    exit 2',
    '    ;;',
    'esac',
    'if [ ! -b "$dev" ]; then',
    '  echo "format-if-blank: $dev is not a block device" >&2',
    '  exit 1',
    'fi',
    '',
    '# blkid -p probes the device itself (not the cache): 0 = a signature was found, 2 = none.',
    'rc=0',
    'blkid -p "$dev" >/dev/null 2>&1 || rc=$?',
    'case $rc in',
    '  0)',
    '    current=$(blkid -p -s LABEL -o value "$dev" 2>/dev/null || true)',
    '    fstype=$(blkid -p -s TYPE -o value "$dev" 2>/dev/null || true)',
    '    if [ "$current" = "$label" ] && [ "$fstype" = ext4 ]; then',
    '      echo "format-if-blank: $dev already holds ext4 labelled $label"',
    '      exit 0',
    '    fi',
    '    echo "format-if-blank: $dev is not blank (type=$fstype label=$current); refusing to touch it" >&2',
    '    exit 1',
    '    ;;',
    '  2)',
    '    ;;',
    '  *)',
    '    echo "format-if-blank: blkid failed on $dev (exit $rc)" >&2',
    '    exit 1',
    '    ;;',
    'esac',
    '',
    '# Second opinion: wipefs lists every signature it knows (partition tables, LVM, RAID, ...).',
    'if [ -n "$(wipefs --no-act --noheadings "$dev")" ]; then',
    '  echo "format-if-blank: wipefs finds signatures on $dev; refusing to touch it" >&2',
    '  exit 1',
    'fi',
    '',
    'echo "format-if-blank: $dev is blank, creating ext4 labelled $label"',
    'mkfs.ext4 -q -L "$label" "$dev"',
    'udevadm settle || true',
  );
}

/** The format unit and mount unit of one data disk. */
export function dataDiskUnits(node: Node, purpose: DataPurpose, disk: DiskSpec): SystemdUnit[] {
  const device = diskDevice(node, disk);
  const where = checkPath(MOUNT_POINTS[purpose], 'mount point');
  const label = DISK_LABELS[purpose];
  checkLabel(label, 'filesystem label');
  const mount = mountUnitName(where);
  const format = `sitekit-format-${purpose}.service`;
  return [
    {
      name: format,
      contents: renderUnit(`sitekit: filesystem for the ${purpose} disk of ${node.name}`, {
        Unit: {
          Description: `Create the ${label} filesystem on ${device} if the disk is blank`,
          Requires: deviceUnitName(device),
          After: deviceUnitName(device),
          Before: mount,
        },
        Service: { Type: 'oneshot', RemainAfterExit: true, ExecStart: `${FORMAT_SCRIPT} ${device} ${label}` },
      }),
    },
    {
      name: mount,
      enabled: true,
      contents: renderUnit(`sitekit: ${purpose} disk of ${node.name}`, {
        Unit: { Description: `sitekit ${purpose} data disk`, Requires: format, After: format },
        // nofail: a missing disk must not stop the boot; what needs the mount says RequiresMountsFor.
        Mount: { What: `/dev/disk/by-label/${label}`, Where: where, Type: 'ext4', Options: 'defaults,noatime,nofail' },
        Install: { WantedBy: 'multi-user.target' },
      }),
    },
  ];
}

/** Format script and units for the data disks of the given purposes a node has. */
export function dataDisksPlan(node: Node, purposes: readonly DataPurpose[]): BootPlan {
  const units = purposes.flatMap((p) => {
    const disk = dataDisk(node, p);
    return disk ? dataDiskUnits(node, p, disk) : [];
  });
  if (!units.length) return { files: [], units: [], packages: [], commands: [] };
  return { files: [{ path: FORMAT_SCRIPT, mode: 0o755, content: formatScript() }], units, packages: [], commands: [] };
}
