/**
 * The config stack: day-2 files pushed to running VMs over SSH (terraform_data + provisioners),
 * from the first-boot renderer's plan. Which resources each node gets, which ones a site edit
 * re-runs (triggers_replace), that nothing secret is pushed, and that the scripts pass shellcheck.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthInfra } from '../../infra/app';
import { TerraformApp } from '../../infra/tf';
import { planBootstrap } from '../../infra/bootstrap';
import { day2Groups, loginUser } from '../../infra/bootstrap/day2';
import { checkShell, PLACEHOLDER_REFERENCES, withTools } from '../support/validators/bootstrap';
import { ConfigStack, nodeDay2Groups } from '../../infra/stacks/config';
import { loadSite, type Site } from '../../site';
import { renderInventory } from '../../ansible/inventory';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

/** The config stack's terraform_data resources, by name (the stack alone: the nodes stack is slow to build). */
function configOf(site: Site): Record<string, Json> {
  const stack = new ConfigStack(new TerraformApp({ outdir: '/nonexistent', skipValidation: true }), 'config', { site });
  return (stack.toTerraform() as Json).resource.terraform_data;
}

/** sha256 trigger of each resource. */
function triggers(site: Site): Record<string, string> {
  return Object.fromEntries(Object.entries(configOf(site)).map(([k, r]) => [k, r.triggers_replace.sha256]));
}

/** The resources whose trigger differs between two sites, or that only one of them has. */
function changed(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

const addWorker = (doc: Json) => {
  doc.nodes.splice(doc.nodes.findIndex((n: Json) => n.name === 'worker3') + 1, 0, { ...doc.nodes.find((n: Json) => n.name === 'worker3'), name: 'worker4', address: '10.17.4.28' });
  doc.clusters[0].nodes.push('worker4');
};

describe('the config stack of site.yaml', () => {
  const site = siteOf('site.yaml');
  const config = configOf(site);

  it('comes right after nodes, and has one resource per provisioned node and day-2 group', () => {
    expect([...synthInfra(site).keys()]).toEqual(['network', 'nodes', 'config', 'edge']);
    expect(Object.keys(config)).toEqual([
      'infra_cluster_firewall', 'infra_cluster_dnsmasq', 'infra_cluster_chrony', 'infra_cluster_updates', 'infra_cluster_ssh_keys',
      'loadbalancer1_firewall', 'loadbalancer1_haproxy', 'loadbalancer1_updates', 'loadbalancer1_ssh_keys',
      'loadbalancer2_firewall', 'loadbalancer2_haproxy', 'loadbalancer2_updates', 'loadbalancer2_ssh_keys',
      'loadbalancer3_firewall', 'loadbalancer3_haproxy', 'loadbalancer3_updates', 'loadbalancer3_ssh_keys',
      'master1_firewall', 'master1_flatcar_update', 'master1_ssh_keys', 'master2_firewall', 'master2_flatcar_update', 'master2_ssh_keys', 'master3_firewall', 'master3_flatcar_update', 'master3_ssh_keys',
      'worker1_firewall', 'worker1_flatcar_update', 'worker1_ssh_keys', 'worker2_firewall', 'worker2_flatcar_update', 'worker2_ssh_keys', 'worker3_firewall', 'worker3_flatcar_update', 'worker3_ssh_keys',
      'storage1_firewall', 'storage1_flatcar_update', 'storage1_ssh_keys',
      'postgresql1_firewall', 'postgresql1_postgresql', 'postgresql1_updates', 'postgresql1_ssh_keys',
    ]);
    // The external gateway (a VPS) is not provisioned: nothing is pushed to it.
    expect(Object.keys(config).filter((k) => k.startsWith('wg_gateway'))).toEqual([]);
  });

  it('connects to the node\'s site address as the image\'s login user, with the agent and the optional key file and bastion', () => {
    expect(config.master1_firewall.connection).toEqual({
      type: 'ssh',
      host: '10.17.4.21',
      user: 'core',
      agent: true,
      private_key: '${var.ssh_key_file == null ? null : file(var.ssh_key_file)}',
      bastion_host: '${var.ssh_bastion_host}',
      bastion_user: '${var.ssh_bastion_user}',
    });
    expect(config.postgresql1_postgresql.connection).toMatchObject({ host: '10.17.5.14', user: 'debian' });
    const ubuntu = siteOf('examples/proxmox-minimal.yaml');
    expect(ubuntu.nodes.filter((n) => ubuntu.spec.images[n.image].os === 'ubuntu').map((n) => loginUser(ubuntu, n))).toContain('ubuntu');
  });

  it('pushes the first-boot renderer\'s files byte for byte, uploaded to the login user\'s home', () => {
    const lb = site.node('loadbalancer1');
    const plan = planBootstrap(site, lb, PLACEHOLDER_REFERENCES);
    const file = config.loadbalancer1_haproxy.provisioner[0].file;
    expect(file).toEqual({ content: plan.files.find((f) => f.path === '/etc/haproxy/haproxy.cfg')!.content, destination: '/home/debian/.sitekit-day2-haproxy-1' });
    expect(config.loadbalancer1_haproxy.provisioner.map((p: Json) => Object.keys(p)[0])).toEqual(['file', 'remote-exec']);
    expect(config.postgresql1_postgresql.provisioner.map((p: Json) => p.file?.destination ?? 'remote-exec')).toEqual([
      '/home/debian/.sitekit-day2-postgresql-1',
      '/home/debian/.sitekit-day2-postgresql-2',
      'remote-exec',
    ]);
  });

  it('checks, installs atomically and reloads each service', () => {
    const script = (r: string) => config[r].provisioner.at(-1)['remote-exec'].inline as string[];
    expect(script('master1_firewall')).toEqual(expect.arrayContaining([
      'sudo -n /usr/sbin/nft -c -f "$f1"',
      `sudo -n install -o root -g root -m 0644 "$f1" '/etc/sitekit/nftables.conf.sitekit-new'`,
      `sudo -n mv -f '/etc/sitekit/nftables.conf.sitekit-new' '/etc/sitekit/nftables.conf'`,
      'sudo -n systemctl reload sitekit-firewall.service',
    ]));
    expect(script('infra_cluster_dnsmasq')).toEqual(expect.arrayContaining(['sudo -n dnsmasq --test --conf-file="$f1"', 'sudo -n systemctl restart dnsmasq.service']));
    expect(script('infra_cluster_chrony')).toContain('sudo -n systemctl restart chrony.service');
    expect(script('postgresql1_postgresql')).toEqual(expect.arrayContaining([
      `sudo -n install -o root -g root -m 0755 "$f2" '/opt/sitekit/bin/postgresql-setup.sitekit-new'`,
      'sudo -n /opt/sitekit/bin/postgresql-setup',
    ]));
    // Flatcar: update-ssh-keys replaces the key set Ignition wrote; the cloud images: authorized_keys.
    expect(script('master1_ssh_keys')).toContain('  update-ssh-keys -a ignition "$f1"');
    expect(script('postgresql1_ssh_keys')).toContain('mv -f "$HOME/.ssh/authorized_keys.sitekit-new" "$HOME/.ssh/authorized_keys"');
    // The keys last on each node, after the node's other groups.
    expect(config.postgresql1_ssh_keys.depends_on).toEqual(['terraform_data.postgresql1_firewall', 'terraform_data.postgresql1_postgresql', 'terraform_data.postgresql1_updates']);
  });

  it('pushes no secret: no Terraform expression in any provisioner, and none of the secret-holding files', () => {
    const text = JSON.stringify(Object.values(config).map((r: Json) => r.provisioner));
    expect(text).not.toMatch(/\$\{|%\{/);
    expect(text).not.toMatch(/auth_pass|PrivateKey|token:/);
    const targets = Object.values(config).flatMap((r: Json) => (r.provisioner.at(-1)['remote-exec'].inline as string[]).flatMap((l) => /^sudo -n mv -f '[^']+' '([^']+)'$/.exec(l)?.[1] ?? []));
    expect([...new Set(targets)].sort()).toEqual([
      '/etc/apt/apt.conf.d/52sitekit-unattended-upgrades',
      '/etc/chrony/conf.d/sitekit.conf',
      '/etc/dnsmasq.d/sitekit.conf',
      '/etc/flatcar/update.conf',
      '/etc/haproxy/haproxy.cfg',
      '/etc/sitekit/nftables.conf',
      '/etc/sitekit/postgresql/pg_hba.conf',
      '/etc/systemd/system/apt-daily-upgrade.timer.d/50-sitekit-maintenance.conf',
      '/opt/sitekit/bin/postgresql-setup',
    ]);
  });

  it('refuses a day-2 group whose content holds a secret reference', () => {
    const db = site.node('postgresql1');
    const plan = planBootstrap(site, db, PLACEHOLDER_REFERENCES);
    const leaky = { ...plan, files: plan.files.map((f) => (f.path.endsWith('pg_hba.conf') ? { ...f, content: `${f.content}# ${PLACEHOLDER_REFERENCES.postgresPassword}\n` } : f)) };
    expect(() => day2Groups(site, db, leaky)).toThrow(
      'the day-2 file /etc/sitekit/postgresql/pg_hba.conf of postgresql1 contains Terraform template syntax that is not a secret reference: "16  scram-sha-256\\n# ${random_password.postgres.result}\\n"',
    );
  });
});

describe('what a site edit re-runs', () => {
  const before = triggers(siteOf('site.yaml'));

  it('nothing when the site is unchanged (the triggers are stable)', () => {
    expect(changed(before, triggers(siteOf('site.yaml')))).toEqual([]);
  });

  it('a worker added: the load balancers\' HAProxy, the infra node\'s DNS records, and the new worker', () => {
    expect(changed(before, triggers(siteOf('site.yaml', addWorker)))).toEqual([
      'infra_cluster_dnsmasq',
      'loadbalancer1_haproxy',
      'loadbalancer2_haproxy',
      'loadbalancer3_haproxy',
      'worker4_firewall',
      'worker4_flatcar_update',
      'worker4_ssh_keys',
    ]);
  });

  it('an app with an internal hostname added: the infra node\'s DNS records, nothing else (an app without one: nothing)', () => {
    const addApp = (app: Json) => (doc: Json) => doc.clusters[0].apps.push(app);
    const after = siteOf('site.yaml', addApp({ uses: 'web', internalHost: 'status.socialdevs.site' }));
    expect(changed(before, triggers(after))).toEqual(['infra_cluster_dnsmasq']);
    const upload = (s: Site) => configOf(s).infra_cluster_dnsmasq.provisioner.find((p: Json) => p.file).file.content as string;
    expect(upload(after)).toBe(upload(siteOf('site.yaml')) + 'host-record=status.socialdevs.site,10.17.3.30\n');
    expect(changed(before, triggers(siteOf('site.yaml', addApp({ uses: 'web' }))))).toEqual([]);
  });

  it('the maintenance window moved: the Debian nodes\' update settings, nothing else (kured is the cluster tree\'s)', () => {
    const after = triggers(siteOf('site.yaml', (doc) => (doc.maintenance.start = '01:00')));
    // Flatcar cluster nodes' update.conf does not hold the window: kured does.
    expect(changed(before, after)).toEqual(['infra_cluster_updates', 'loadbalancer1_updates', 'loadbalancer2_updates', 'loadbalancer3_updates', 'postgresql1_updates']);
  });

  it('an SSH key added: every node\'s keys, nothing else', () => {
    const after = triggers(siteOf('site.yaml', (doc) => doc.ssh.authorizedKeys.push('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv0mYdGq4h1F8x2cJ3l0ZkQ7n3mH4r9T2uW5xYzA1bC ops@laptop')));
    expect(changed(before, after)).toEqual(Object.keys(before).filter((k) => k.endsWith('_ssh_keys')).sort());
  });
});

describe('the Ansible node of examples/proxmox-minimal.yaml', () => {
  const file = 'examples/proxmox-minimal.yaml';
  const before = triggers(siteOf(file));
  const addWorker3 = (doc: Json) => {
    doc.nodes.push({ ...doc.nodes.find((n: Json) => n.name === 'k8s-worker2'), name: 'k8s-worker3', address: '192.168.1.24' });
    doc.clusters[0].nodes.push('k8s-worker3');
  };

  it('gets the site\'s inventory (the text of dist/ansible/inventory.yaml) at /etc/ansible/hosts, checked by ansible-inventory', () => {
    const site = siteOf(file);
    const r = configOf(site).automation_ansible;
    expect(r.provisioner[0].file).toEqual({ content: renderInventory(site), destination: '/home/debian/.sitekit-day2-ansible-1' });
    expect(r.provisioner[1]['remote-exec'].inline).toEqual([
      '#!/bin/sh',
      '# sitekit day 2: ansible of automation: check, install, reload (config stack)',
      'set -eu',
      'cd /',
      "f1='/home/debian/.sitekit-day2-ansible-1'",
      'sudo -n cloud-init status --wait >/dev/null 2>&1 || true',
      'ANSIBLE_INVENTORY_UNPARSED_FAILED=true ansible-inventory -i "$f1" --list >/dev/null',
      "sudo -n install -d -o root -g root -m 0755 '/etc/ansible'",
      `sudo -n install -o root -g root -m 0644 "$f1" '/etc/ansible/hosts.sitekit-new'`,
      "sudo -n mv -f '/etc/ansible/hosts.sitekit-new' '/etc/ansible/hosts'",
      'rm -f "$f1"',
      'echo "sitekit day 2: ansible of automation installed"',
    ]);
    // Before the keys, like every other group.
    expect(configOf(site).automation_ssh_keys.depends_on).toEqual(['terraform_data.automation_firewall', 'terraform_data.automation_ansible']);
    expect(Object.keys(before).filter((k) => k.endsWith('_ansible'))).toEqual(['automation_ansible']);
  });

  it('a worker added re-runs the inventory push and the new worker\'s groups, nothing else', () => {
    expect(changed(before, triggers(siteOf(file, addWorker3)))).toEqual(['automation_ansible', 'k8s-worker3_firewall', 'k8s-worker3_ssh_keys'].map((k) => k.replace(/-/g, '_')).sort());
  });
});

describe('the remote scripts', () => {
  // The default site with a Flatcar node outside its cluster, which alone has the locksmithd group.
  const flatcarBox = (doc: Json) => doc.nodes.push({ name: 'box', role: 'generic', network: 'kube04', address: '10.17.5.40', cpu: 1, memoryMiB: 1024, image: 'flatcar', disks: [{ name: 'os', sizeGiB: 10, purpose: 'os' }] });
  const sites = [...['site.yaml', 'examples/proxmox-minimal.yaml', 'examples/multi-cluster.yaml'].map((f) => siteOf(f)), siteOf('site.yaml', flatcarBox)];
  const scripts = sites.flatMap((s) => s.nodes.filter((n) => !n.external).flatMap((n) => nodeDay2Groups(s, n).map((g) => ({ at: `${s.name}/${n.name}/${g.name}`, script: g.script }))));

  it('cover every group on some node of the example sites', () => {
    expect([...new Set(scripts.map((s) => s.at.split('/')[2]))].sort()).toEqual(['ansible', 'chrony', 'dnsmasq', 'firewall', 'flatcar_update', 'haproxy', 'locksmithd', 'postgresql', 'ssh_keys', 'updates']);
  });

  withTools(it, ['shellcheck'])('pass shellcheck (POSIX sh)', () => {
    const distinct = [...new Map(scripts.map((s) => [s.script.replace(/^.*sitekit day 2: .*$/gm, ''), s])).values()];
    for (const s of distinct) expect({ at: s.at, ...checkShell(s.script) }).toMatchObject({ at: s.at, ok: true });
  });
});
