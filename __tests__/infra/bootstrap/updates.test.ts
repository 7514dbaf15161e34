/**
 * infra/bootstrap/updates.ts: the OS update and reboot files of each node for the site's
 * maintenance window, checked with the tools that read them (apt-config, systemd-analyze,
 * cloud-init schema, ignition-validate), and what the config stack pushes of them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { planBootstrap, renderBootstrap } from '../../../infra/bootstrap';
import { day2Groups } from '../../../infra/bootstrap/day2';
import {
  FLATCAR_UPDATE_CONF,
  LOCKSMITHD_DROPIN,
  UNATTENDED_UPGRADES_CONF,
  UPGRADE_TIMER,
  UPGRADE_TIMER_DROPIN,
  updatesPlan,
} from '../../../infra/bootstrap/updates';
import { loadSite, type Site } from '../../../site';
import { ROOT, siteWith } from '../../support/helpers';
import { checkCloudConfig, checkIgnition, checkUnits, EXAMPLE_SECRETS, withTools } from '../../support/validators/bootstrap';
import { run } from '../../support/validators/bootstrap/tools';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The default site with the window its site.yaml has. */
const defaultSite = () => siteWith((d) => (d.maintenance = { days: ['sat', 'sun'], start: '02:00', end: '05:00', timeZone: 'Europe/Madrid' }));
const fileOf = (site: Site, node: string, file: string) => planBootstrap(site, site.node(node), EXAMPLE_SECRETS).files.find((f) => f.path === file)?.content;
const PATHS = [FLATCAR_UPDATE_CONF, LOCKSMITHD_DROPIN, UNATTENDED_UPGRADES_CONF, UPGRADE_TIMER_DROPIN];

/** examples/proxmox-minimal.yaml (Ubuntu cluster nodes, Debian and Ubuntu generic nodes) with a window. */
function pve(edit?: (doc: Json) => void): Site {
  const file = 'examples/proxmox-minimal.yaml';
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  doc.maintenance = { days: ['sun'], start: '01:30', end: '04:00', timeZone: 'America/New_York' };
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

describe('no maintenance window: nothing changes', () => {
  const site = siteWith((d) => delete d.maintenance);

  it('no node gets an update file, and no day-2 group of them', () => {
    for (const n of site.nodes) {
      const plan = planBootstrap(site, n, EXAMPLE_SECRETS);
      expect(plan.files.map((f) => f.path).filter((p) => PATHS.includes(p))).toEqual([]);
      expect(plan.packages).not.toContain('unattended-upgrades');
      expect(updatesPlan(site, n)).toEqual({ files: [], units: [], packages: [], commands: [] });
    }
  });
});

describe('the default site (window sat, sun 02:00-05:00 Europe/Madrid)', () => {
  const site = defaultSite();

  it('Flatcar cluster nodes leave the reboot to kured; the update group stays the image\'s', () => {
    for (const n of ['master1', 'worker1', 'storage1']) {
      expect(fileOf(site, n, FLATCAR_UPDATE_CONF)).toBe('REBOOT_STRATEGY=off\n');
      expect(fileOf(site, n, LOCKSMITHD_DROPIN)).toBeUndefined();
    }
  });

  it('the three load balancers start one hour apart, so that two never reboot at once', () => {
    const calendars = ['loadbalancer1', 'loadbalancer2', 'loadbalancer3'].map((n) => /^OnCalendar=(.+)$/m.exec(fileOf(site, n, UPGRADE_TIMER_DROPIN)!.split('OnCalendar=\n')[1])![1]);
    expect(calendars).toEqual(['Sat,Sun *-*-* 02:00:00 Europe/Madrid', 'Sat,Sun *-*-* 03:00:00 Europe/Madrid', 'Sat,Sun *-*-* 04:00:00 Europe/Madrid']);
  });

  it('the other Debian nodes update when the window opens and reboot right after, by themselves', () => {
    for (const n of ['postgresql1', 'infra-cluster', 'loadbalancer1']) {
      expect(fileOf(site, n, UPGRADE_TIMER_DROPIN)).toBe(
        '# sitekit: unattended-upgrades when the maintenance window opens (site.yaml maintenance)\n[Timer]\nOnCalendar=\nOnCalendar=Sat,Sun *-*-* 02:00:00 Europe/Madrid\nRandomizedDelaySec=0\nPersistent=false\n',
      );
      expect(fileOf(site, n, UNATTENDED_UPGRADES_CONF)).toBe(
        [
          '// sitekit: OS updates in the maintenance window (site.yaml maintenance; docs/day2.md).',
          'APT::Periodic::Update-Package-Lists "1";',
          'APT::Periodic::Unattended-Upgrade "1";',
          '#clear Unattended-Upgrade::Origins-Pattern;',
          'Unattended-Upgrade::Origins-Pattern {',
          '  "origin=Debian,label=Debian-Security";',
          '};',
          'Unattended-Upgrade::Automatic-Reboot "true";',
          'Unattended-Upgrade::Automatic-Reboot-WithUsers "true";',
          'Unattended-Upgrade::Automatic-Reboot-Time "now";',
          '',
        ].join('\n'),
      );
      expect(planBootstrap(site, site.node(n), EXAMPLE_SECRETS).packages).toContain('unattended-upgrades');
    }
  });

  it('the config stack pushes them: updates on Debian, flatcar_update on Flatcar (no locksmithd drop-in in a cluster)', () => {
    const groups = (n: string) => day2Groups(site, site.node(n), planBootstrap(site, site.node(n), EXAMPLE_SECRETS)).map((g) => g.name);
    expect(groups('loadbalancer2')).toEqual(['firewall', 'haproxy', 'updates', 'ssh_keys']);
    expect(groups('master1')).toEqual(['firewall', 'flatcar_update', 'ssh_keys']);
    const script = day2Groups(site, site.node('loadbalancer2'), planBootstrap(site, site.node('loadbalancer2'), EXAMPLE_SECRETS)).find((g) => g.name === 'updates')!.script;
    expect(script).toContain('apt-config -c "$f1" dump >/dev/null');
    expect(script).toContain(`sudo -n systemctl restart ${UPGRADE_TIMER}`);
  });
});

describe('a cluster of Ubuntu nodes, and Flatcar outside a cluster', () => {
  it('Ubuntu cluster nodes never reboot themselves and keep Ubuntu\'s security-only origins', () => {
    const site = pve();
    const conf = fileOf(site, 'k8s-worker1', UNATTENDED_UPGRADES_CONF)!;
    expect(conf).toContain('Unattended-Upgrade::Automatic-Reboot "false";');
    expect(conf).not.toContain('Automatic-Reboot "true"');
    expect(conf).not.toContain('Origins-Pattern');
    expect(fileOf(site, 'k8s-worker1', UPGRADE_TIMER_DROPIN)).toContain('OnCalendar=Sun *-*-* 01:30:00 America/New_York\n');
  });

  it('a cluster\'s own window wins for its nodes; the rest keep the site\'s', () => {
    const site = pve((d) => (d.clusters[0].maintenance = { days: ['tue', 'wed'], start: '22:00', end: '23:30' }));
    expect(fileOf(site, 'k8s-cp1', UPGRADE_TIMER_DROPIN)).toContain('OnCalendar=Tue,Wed *-*-* 22:00:00 UTC\n');
    expect(fileOf(site, 'automation', UPGRADE_TIMER_DROPIN)).toContain('OnCalendar=Sun *-*-* 01:30:00 America/New_York\n');
  });

  it('a Flatcar node outside a cluster reboots in locksmithd\'s window (the first day), in the window\'s time zone', () => {
    const site = pve((d) => {
      d.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
      d.nodes.push({ name: 'box', role: 'generic', network: 'lan', address: '192.168.1.32', cpu: 1, memoryMiB: 1024, image: 'flatcar', disks: [{ name: 'os', sizeGiB: 10, purpose: 'os' }] });
      d.maintenance.days = ['sat', 'sun'];
    });
    expect(fileOf(site, 'box', FLATCAR_UPDATE_CONF)).toBe('REBOOT_STRATEGY=reboot\nLOCKSMITHD_REBOOT_WINDOW_START=Sat 01:30\nLOCKSMITHD_REBOOT_WINDOW_LENGTH=150m\n');
    expect(fileOf(site, 'box', LOCKSMITHD_DROPIN)).toContain('\n[Service]\nEnvironment=TZ=America/New_York\n');
    const node = site.node('box');
    expect(day2Groups(site, node, planBootstrap(site, node, EXAMPLE_SECRETS)).map((g) => g.name)).toEqual(['firewall', 'locksmithd', 'flatcar_update', 'ssh_keys']);
    const b = renderBootstrap(site, node, EXAMPLE_SECRETS);
    expect(b.format).toBe('ignition');
  });

  it('a window of every day is a daily locksmithd window', () => {
    const site = pve((d) => {
      d.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
      d.nodes.push({ name: 'box', role: 'generic', network: 'lan', address: '192.168.1.32', cpu: 1, memoryMiB: 1024, image: 'flatcar', disks: [{ name: 'os', sizeGiB: 10, purpose: 'os' }] });
      d.maintenance.days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    });
    expect(fileOf(site, 'box', FLATCAR_UPDATE_CONF)).toContain('LOCKSMITHD_REBOOT_WINDOW_START=01:30\n');
    expect(fileOf(site, 'box', UPGRADE_TIMER_DROPIN)).toBeUndefined();
  });
});

describe('the real tools read the files', () => {
  const site = defaultSite();

  withTools(it, ['apt-config'])('apt-config parses the unattended-upgrades settings (and the #clear replaces the image\'s origins)', () => {
    for (const [s, n] of [[site, 'loadbalancer1'], [pve(), 'k8s-worker1']] as const) {
      const dir = fs.mkdtempSync('/tmp/sitekit-apt-');
      try {
        const image = path.join(dir, '50unattended-upgrades');
        fs.writeFileSync(image, 'Unattended-Upgrade::Origins-Pattern {\n  "origin=Debian,codename=bookworm,label=Debian";\n};\n');
        const ours = path.join(dir, 'ours');
        fs.writeFileSync(ours, fileOf(s, n, UNATTENDED_UPGRADES_CONF)!);
        const r = run('apt-config', ['-c', image, '-c', ours, 'dump']);
        expect(r.status).toBe(0);
        const patterns = r.output.split('\n').filter((l) => l.startsWith('Unattended-Upgrade::Origins-Pattern::'));
        expect(patterns).toEqual(n === 'loadbalancer1' ? ['Unattended-Upgrade::Origins-Pattern:: "origin=Debian,label=Debian-Security";'] : ['Unattended-Upgrade::Origins-Pattern:: "origin=Debian,codename=bookworm,label=Debian";']);
        // A broken file fails the same command (the day-2 check).
        fs.writeFileSync(ours, 'Unattended-Upgrade::Automatic-Reboot "true"\n');
        expect(run('apt-config', ['-c', ours, 'dump']).status).not.toBe(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  withTools(it, ['systemd-analyze'])('systemd reads each calendar event and the timer drop-in', () => {
    for (const n of ['loadbalancer1', 'loadbalancer3', 'postgresql1']) {
      const dropIn = fileOf(site, n, UPGRADE_TIMER_DROPIN)!;
      const event = dropIn.split('\n').filter((l) => l.startsWith('OnCalendar=') && l !== 'OnCalendar=')[0].slice('OnCalendar='.length);
      const r = run('systemd-analyze', ['calendar', event]);
      expect(r.status).toBe(0);
      expect(r.output).toContain(`Normalized form: ${event}`);
      const units = checkUnits([{ name: UPGRADE_TIMER, dropins: [{ name: path.basename(UPGRADE_TIMER_DROPIN), contents: dropIn }] }]);
      expect(units).toMatchObject({ ok: true });
    }
    // The same checks refuse a zone systemd does not know.
    expect(run('systemd-analyze', ['calendar', 'Sat,Sun *-*-* 02:00:00 Europe/Madird']).status).not.toBe(0);
    expect(checkUnits([{ name: UPGRADE_TIMER, dropins: [{ name: 'x.conf', contents: '[Timer]\nOnCalendar=\nOnCalendar=Sat,Sun *-*-* 02:00:00 Europe/Madird\n' }] }]).ok).toBe(false);
  });

  withTools(it, ['cloud-init'])('cloud-init schema accepts the user data of a load balancer and of an Ubuntu cluster node', () => {
    for (const [s, n] of [[site, 'loadbalancer2'], [pve(), 'k8s-worker1']] as const) {
      const b = renderBootstrap(s, s.node(n), EXAMPLE_SECRETS);
      if (b.format !== 'cloud-init') throw new Error(`${n} boots with ${b.format}`);
      expect(b.userData).toContain(`path: ${UPGRADE_TIMER_DROPIN}`);
      expect(checkCloudConfig(b.userData)).toMatchObject({ ok: true });
    }
  });

  withTools(it, ['ignition-validate'])('ignition-validate accepts a Flatcar server\'s config with its update.conf', () => {
    const b = renderBootstrap(site, site.node('master1'), EXAMPLE_SECRETS);
    if (b.format !== 'ignition') throw new Error('master1 boots with cloud-init');
    expect(b.ignition.storage.files.map((f) => f.path)).toContain(FLATCAR_UPDATE_CONF);
    expect(checkIgnition(b.ignition)).toMatchObject({ ok: true });
  });
});
