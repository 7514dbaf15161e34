import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { dataDisk, dataDisksPlan, dataDiskUnits, diskDevice, diskSerial, formatScript } from '../../../infra/bootstrap/disks';
import { checkShell, checkUnits, withTools } from '../../support/validators/bootstrap';

const site = loadSiteFile(path.join(__dirname, '..', '..', '..', 'site.yaml')).site;

describe('data disks', () => {
  it('devices are found by their virtio serial, made from the disk name', () => {
    const storage = site.node('storage1');
    expect(diskDevice(storage, dataDisk(storage, 'nfs')!)).toBe('/dev/disk/by-id/virtio-sitekit-nfs');
    expect(diskDevice(storage, dataDisk(storage, 'longhorn')!)).toBe('/dev/disk/by-id/virtio-sitekit-longhorn');
    const pg = site.node('postgresql1');
    expect(diskDevice(pg, dataDisk(pg, 'postgresql')!)).toBe('/dev/disk/by-id/virtio-sitekit-pgdata');
  });

  it('serials fit the 20 bytes virtio-blk keeps: a long name becomes a digest', () => {
    expect(diskSerial({ name: 'longhorn' })).toBe('sitekit-longhorn');
    expect(diskSerial({ name: 'abcdefghijkl' })).toBe('sitekit-abcdefghijkl');
    expect(diskSerial({ name: 'abcdefghijklm' })).toBe('sk-ff10304f1af23606e');
    expect(diskSerial({ name: 'abcdefghijklm' })).toHaveLength(20);
    expect(diskSerial({ name: 'abcdefghijklmn' })).not.toBe(diskSerial({ name: 'abcdefghijklm' }));
  });

  it('format unit before a nofail mount by label', () => {
    const [format, mount] = dataDiskUnits(site.node('storage1'), 'nfs', dataDisk(site.node('storage1'), 'nfs')!);
    expect(format.name).toBe('sitekit-format-nfs.service');
    expect(format.contents).toContain('ExecStart=/opt/sitekit/bin/format-if-blank /dev/disk/by-id/virtio-sitekit-nfs sitekit-nfs\n');
    expect(format.contents).toContain('Before=srv-nfs.mount\n');
    expect(mount.name).toBe('srv-nfs.mount');
    expect(mount.enabled).toBe(true);
    expect(mount.contents).toContain('What=/dev/disk/by-label/sitekit-nfs\nWhere=/srv/nfs\n');
    expect(mount.contents).toContain('Options=defaults,noatime,nofail\n');
    expect(mount.contents).toMatchSnapshot();
  });

  it('nodes without such a disk get nothing; two disks of one purpose are refused', () => {
    expect(dataDisksPlan(site.node('master1'), ['longhorn']).units).toEqual([]);
    const node = { ...site.node('worker1'), disks: [...site.node('worker1').disks, { name: 'lh2', sizeGiB: 10, purpose: 'longhorn' as const }] };
    expect(() => dataDisksPlan(node, ['longhorn'])).toThrow(BootstrapError);
  });

  it('snapshot of the format script', () => {
    expect(formatScript()).toMatchSnapshot();
  });

  withTools(it, ['shellcheck'])('shellcheck passes the format script', () => {
    expect(checkShell(formatScript())).toMatchObject({ ok: true });
  });

  withTools(it, ['systemd-analyze'])('systemd-analyze verify: the units of storage1 and postgresql1', () => {
    for (const [n, p] of [['storage1', ['nfs', 'longhorn']], ['postgresql1', ['postgresql']]] as const) {
      expect(checkUnits(dataDisksPlan(site.node(n), p).units)).toMatchObject({ ok: true });
    }
  });
});

/** Attaches a sparse file as a loop device; undefined when this machine cannot. */
function attach(file: string): string | undefined {
  const r = spawnSync('losetup', ['-f', '--show', file], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

describe('format-if-blank on a real block device (loop)', () => {
  const tools = ['losetup', 'blkid', 'wipefs', 'mkfs.ext4', 'sfdisk'];
  let dir: string;
  let script: string;
  const devices: string[] = [];
  const disk = (name: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 32 * 1024 * 1024);
    const dev = attach(file);
    if (dev) devices.push(dev);
    return dev;
  };
  const format = (dev: string, label: string) => spawnSync('sh', [script, dev, label], { encoding: 'utf8' });
  const labelOf = (dev: string) => spawnSync('blkid', ['-p', '-s', 'LABEL', '-o', 'value', dev], { encoding: 'utf8' }).stdout.trim();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-disk-'));
    script = path.join(dir, 'format-if-blank');
    fs.writeFileSync(script, formatScript(), { mode: 0o755 });
  });
  afterAll(() => {
    for (const d of devices) spawnSync('losetup', ['-d', d]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  withTools(it, tools)('formats a blank disk once, then leaves it alone', () => {
    const dev = disk('blank.img');
    if (!dev) return console.warn('!!!!! losetup cannot attach a loop device here: format-if-blank not exercised on a block device');
    const first = format(dev, 'sitekit-nfs');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('is blank, creating ext4 labelled sitekit-nfs');
    expect(labelOf(dev)).toBe('sitekit-nfs');
    const uuid = () => spawnSync('blkid', ['-p', '-s', 'UUID', '-o', 'value', dev], { encoding: 'utf8' }).stdout.trim();
    const before = uuid();
    expect(before).toMatch(/^[0-9a-f-]{36}$/);
    const second = format(dev, 'sitekit-nfs');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already holds ext4 labelled sitekit-nfs');
    expect(uuid()).toBe(before);
  });

  withTools(it, tools)('refuses a disk with another filesystem, or with a partition table, and never writes to it', () => {
    const other = disk('other.img');
    const parted = disk('parted.img');
    if (!other || !parted) return console.warn('!!!!! losetup cannot attach a loop device here: format-if-blank not exercised on a block device');
    expect(spawnSync('mkfs.ext4', ['-q', '-L', 'precious', other]).status).toBe(0);
    const r = format(other, 'sitekit-nfs');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not blank (type=ext4 label=precious); refusing to touch it');
    expect(labelOf(other)).toBe('precious');

    expect(spawnSync('sfdisk', ['-q', parted], { input: 'label: gpt\n,,L\n' }).status).toBe(0);
    const p = format(parted, 'sitekit-nfs');
    expect(p.status).toBe(1);
    expect(p.stderr).toMatch(/not blank|wipefs finds signatures/);
  });

  withTools(it, ['blkid'])('refuses a path that is not a block device, and a label that is not [a-z0-9-]', () => {
    const file = path.join(dir, 'plain-file');
    fs.writeFileSync(file, '');
    expect(format(file, 'sitekit-nfs').status).toBe(1);
    expect(format('/dev/null', 'bad label; reboot').status).toBe(2);
  });
});

describe('devices do not depend on the order of the disks in the site', () => {
  it('an OS disk listed last is still /dev/vda, and reordered data disks keep their devices', () => {
    const node = { ...site.node('storage1'), disks: [...site.node('storage1').disks.filter((d) => d.purpose !== 'os').reverse(), site.node('storage1').disks[0]] };
    expect(node.disks.map((d) => d.purpose)).toEqual(['longhorn', 'nfs', 'os']);
    expect(diskDevice(node, dataDisk(node, 'nfs')!)).toBe('/dev/disk/by-id/virtio-sitekit-nfs');
    expect(diskDevice(node, dataDisk(node, 'longhorn')!)).toBe('/dev/disk/by-id/virtio-sitekit-longhorn');
    expect(diskDevice(node, node.disks[2])).toBe('/dev/vda');
  });
});
