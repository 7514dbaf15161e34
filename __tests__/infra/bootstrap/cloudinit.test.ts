import * as path from 'path';
import { parse } from 'yaml';
import { loadSiteFile } from '../../../site';
import { planBootstrap } from '../../../infra/bootstrap';
import { renderMetaData, renderUserData, runCommands, USER_DATA_KEYS, writeFiles } from '../../../infra/bootstrap/cloudinit';
import { type CheckResult, checkYaml, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, withTools } from '../../support/validators/bootstrap';
import { checkCloudConfigs } from '../../support/validators/cloud-init';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', '..', '..', f)).site;
const site = load('site.yaml');
const debianNodes = site.nodes.filter((n) => !n.flatcar);
const userData = (name: string, secrets = PLACEHOLDER_REFERENCES, s = site) => renderUserData(s, s.node(name), planBootstrap(s, s.node(name), secrets));

describe('user-data', () => {
  it.each(debianNodes.map((n) => n.name))('%s: #cloud-config, ssh keys, no password logins, only known keys', (name) => {
    const text = userData(name);
    expect(text.startsWith('#cloud-config\n')).toBe(true);
    const doc = parse(text);
    expect(Object.keys(doc).every((k) => (USER_DATA_KEYS as readonly string[]).includes(k))).toBe(true);
    expect(doc.ssh_authorized_keys).toEqual(site.spec.ssh.authorizedKeys);
    expect(doc.users).toEqual(['default']);
    expect(doc.ssh_pwauth).toBe(false);
    expect(doc.disable_root).toBe(true);
    expect(doc.hostname).toBe(name);
    expect(doc.packages).toContain('nftables');
  });

  it('write_files round-trips every file and unit of the plan byte for byte, with modes; only the createcluster drop-in is written before packages', () => {
    for (const n of debianNodes) {
      const plan = planBootstrap(site, n, PLACEHOLDER_REFERENCES);
      const doc = parse(renderUserData(site, n, plan));
      expect(doc.write_files).toEqual(writeFiles(plan));
      for (const f of plan.files) {
        const w = doc.write_files.find((x: { path: string }) => x.path === f.path);
        expect(w.content).toBe(f.content);
        expect(w.permissions).toBe(`0${f.mode.toString(8)}`);
        expect(w.defer).toBe(f.early ? undefined : true);
      }
      for (const u of plan.units.filter((x) => x.contents)) expect(doc.write_files.find((x: { path: string }) => x.path === `/etc/systemd/system/${u.name}`).content).toBe(u.contents);
    }
    const early = debianNodes.flatMap((n) => parse(userData(n.name)).write_files.filter((w: { defer?: boolean }) => !w.defer).map((w: { path: string }) => w.path));
    expect(early).toEqual(['/etc/postgresql-common/createcluster.d/50-sitekit.conf']);
  });

  it('runcmd: argv lists (no shell), firewall first, then the units, then the role commands', () => {
    const plan = planBootstrap(site, site.node('postgresql1'), PLACEHOLDER_REFERENCES);
    expect(runCommands(plan)).toEqual([
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', 'sitekit-firewall.service'],
      ['systemctl', 'enable', '--now', 'srv-postgresql.mount'],
      ['/opt/sitekit/bin/postgresql-setup'],
    ]);
    expect(parse(userData('postgresql1')).runcmd).toEqual(runCommands(plan));
  });

  it('NTP from the infra node, except on the infra node (it is the server) and the external gateway', () => {
    expect(parse(userData('loadbalancer1')).ntp).toEqual({ enabled: true, servers: ['192.168.0.30'] });
    expect(parse(userData('infra-cluster')).ntp).toBeUndefined();
    expect(parse(userData('wg-gateway')).ntp).toBeUndefined();
  });

  it('secrets appear only as references', () => {
    expect(userData('loadbalancer1')).toContain('auth_pass ${random_password.vrrp.result}');
    expect(userData('postgresql1')).toContain('${random_password.postgres.result}');
  });

  it('meta-data', () => {
    expect(renderMetaData(site, site.node('loadbalancer1'))).toBe('instance-id: microcloud-loadbalancer1\nlocal-hostname: loadbalancer1\n');
  });

  it.each(['loadbalancer1', 'postgresql1', 'infra-cluster', 'wg-gateway'])('snapshot %s', (name) => {
    expect(userData(name)).toMatchSnapshot();
  });

  const pve = load('examples/proxmox-minimal.yaml');
  /** `cloud-init schema` of every node's user-data below, in one cloud-init process (made by the first test that needs it). */
  let checked: Map<string, CheckResult> | undefined;
  const schemaCheck = (key: string) => {
    if (!checked) {
      const docs = [...debianNodes.map((n) => [n.name, userData(n.name, EXAMPLE_SECRETS)]), ...pve.nodes.map((n) => [`pve/${n.name}`, userData(n.name, EXAMPLE_SECRETS, pve)])];
      const results = checkCloudConfigs(docs.map(([, text]) => text));
      checked = new Map(docs.map(([k], i) => [k, results[i]]));
    }
    return checked.get(key);
  };

  for (const n of debianNodes) {
    withTools(it, ['cloud-init'])(`cloud-init schema: ${n.name} is valid with no deprecation`, () => {
      expect(schemaCheck(n.name)).toMatchObject({ ok: true, command: expect.stringMatching(/^cloud-init schema --config-file /) });
    });
    withTools(it, ['yamllint'])(`yamllint: ${n.name}`, () => {
      expect(checkYaml(userData(n.name, EXAMPLE_SECRETS))).toMatchObject({ ok: true });
    });
  }

  for (const n of pve.nodes) {
    withTools(it, ['cloud-init'])(`cloud-init schema: proxmox-minimal ${n.name} (ubuntu k3s nodes too)`, () => {
      expect(schemaCheck(`pve/${n.name}`)).toMatchObject({ ok: true, command: expect.stringMatching(/^cloud-init schema --config-file /) });
    });
  }
});
