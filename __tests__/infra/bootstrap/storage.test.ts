import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { exportsFile, storagePlan } from '../../../infra/bootstrap/storage';
import { checkUnits, withTools } from '../../support/validators/bootstrap';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', '..', '..', f)).site;
const site = load('site.yaml');
const storage = site.node('storage1');

describe('storage node', () => {
  it('exports /srv/nfs/postgresql to the database network only and /srv/nfs/shared to the cluster network only', () => {
    const lines = exportsFile(site, storage).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      '/srv/nfs/postgresql 10.17.5.0/24(rw,sync,no_subtree_check,root_squash)',
      '/srv/nfs/shared 10.17.4.0/24(rw,sync,no_subtree_check,no_root_squash)',
    ]);
  });

  it('formats and mounts the NFS disk at /srv/nfs and the Longhorn disk at /var/lib/longhorn; NFS waits for its disk', () => {
    const plan = storagePlan(site, storage);
    expect(plan.units.map((u) => u.name)).toEqual(['sitekit-format-nfs.service', 'srv-nfs.mount', 'sitekit-format-longhorn.service', 'var-lib-longhorn.mount', 'nfs-server.service']);
    const nfs = plan.units.find((u) => u.name === 'nfs-server.service')!;
    expect(nfs.enabled).toBe(true);
    expect(nfs.dropins![0].contents).toContain('RequiresMountsFor=/srv/nfs\n');
    expect(nfs.dropins![0].contents).toContain('ExecStartPre=/usr/bin/mkdir -p /srv/nfs/postgresql /srv/nfs/shared\n');
    expect(plan.files.map((f) => f.path)).toEqual(['/opt/sitekit/bin/format-if-blank', '/etc/exports']);
    expect(plan.packages).toEqual([]);
  });

  it('a Debian storage node outside any cluster (multi-cluster example) installs the NFS server and exports to every cluster network', () => {
    const multi = load('examples/multi-cluster.yaml');
    const plan = storagePlan(multi, multi.node('nas'));
    expect(plan.packages).toEqual(['nfs-kernel-server']);
    expect(exportsFile(multi, multi.node('nas'))).toContain('/srv/nfs/shared 10.10.0.0/24(');
  });

  it('refuses a storage node without an nfs disk', () => {
    expect(() => storagePlan(site, { ...storage, disks: storage.disks.filter((d) => d.purpose !== 'nfs') })).toThrow(BootstrapError);
  });

  it('snapshot', () => {
    expect(exportsFile(site, storage)).toMatchSnapshot();
  });

  withTools(it, ['systemd-analyze'])('systemd-analyze verify: units and the nfs-server drop-in (on a stub base unit: nfs-server is not installed here)', () => {
    const r = checkUnits(storagePlan(site, storage).units);
    expect(r).toMatchObject({ ok: true });
    expect(r.notes).toContain('nfs-server.service is an OS unit: verified as a stub with our drop-ins');
  });
});
