/**
 * ansible/inventory.ts: the site's Ansible inventory. Its exact text for seed 000's example, what
 * Ansible itself reads from it (`ansible-inventory --list`, Debian's ansible-core) for every example
 * site, names YAML 1.1 would misread, and what adding a node changes in it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { groupName, inventory, renderInventory } from '../../ansible/inventory';
import { loadSite, type Site } from '../../site';
import { ROOT, siteWith } from '../support/helpers';
import { checkAnsibleInventory, withTools } from '../support/validators/bootstrap';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

const EXAMPLES = ['site.yaml', 'examples/proxmox-minimal.yaml', 'examples/multi-cluster.yaml'];

const addWorker3 = (doc: Json) => {
  doc.nodes.splice(3, 0, { ...doc.nodes.find((n: Json) => n.name === 'k8s-worker2'), name: 'k8s-worker3', address: '192.168.1.24' });
  doc.clusters[0].nodes.push('k8s-worker3');
};

/** What Ansible reads from an inventory text (`ansible-inventory --list`), which must pass without a warning. */
function ansibleList(text: string): Json {
  const r = checkAnsibleInventory(text);
  expect({ command: r.command, ok: r.ok, output: r.output }).toEqual({ command: r.command, ok: true, output: '' });
  return r.list;
}

describe('the inventory of examples/proxmox-minimal.yaml (seed 000)', () => {
  it('is exactly this: hosts in site order with their vars, a group per role and per cluster', () => {
    expect(renderInventory(siteOf('examples/proxmox-minimal.yaml'))).toBe(
      [
        '# Ansible inventory of site "pve-lab", written by sitekit from the site (do not edit: synth again).',
        '# Groups: role_<role>, cluster_<cluster>; host vars: ansible_host, ansible_user, sitekit_*.',
        '',
        'all:',
        '  hosts:',
        ...[
          ['k8s-cp1', '192.168.1.21', 'ubuntu', 'server', true],
          ['k8s-worker1', '192.168.1.22', 'ubuntu', 'agent', true],
          ['k8s-worker2', '192.168.1.23', 'ubuntu', 'agent', true],
          ['automation', '192.168.1.30', 'debian', 'generic', false],
          ['client', '192.168.1.31', 'ubuntu', 'generic', false],
        ].flatMap(([name, address, user, role, member]) => [
          `    ${name}:`,
          `      ansible_host: ${address}`,
          `      ansible_user: ${user}`,
          `      sitekit_fqdn: ${name}.lab.example.net`,
          `      sitekit_role: ${role}`,
          '      sitekit_network: lan',
          ...(member ? ['      sitekit_cluster: lab'] : []),
        ]),
        '  children:',
        '    role_server:',
        '      hosts:',
        '        k8s-cp1:',
        '    role_agent:',
        '      hosts:',
        '        k8s-worker1:',
        '        k8s-worker2:',
        '    role_generic:',
        '      hosts:',
        '        automation:',
        '        client:',
        '    cluster_lab:',
        '      hosts:',
        '        k8s-cp1:',
        '        k8s-worker1:',
        '        k8s-worker2:',
        '',
      ].join('\n'),
    );
  });

  it('a node added changes only its own lines: its host entry, and one line in each of its groups', () => {
    const before = renderInventory(siteOf('examples/proxmox-minimal.yaml')).split('\n');
    const after = renderInventory(siteOf('examples/proxmox-minimal.yaml', addWorker3)).split('\n');
    // The lines of `after` that are not the next line of `before`, in order (before must be used up).
    const added: string[] = [];
    let i = 0;
    for (const line of after) {
      if (i < before.length && line === before[i]) i++;
      else added.push(line);
    }
    expect({ unmatched: before.slice(i) }).toEqual({ unmatched: [] });
    expect(added).toEqual([
      '    k8s-worker3:',
      '      ansible_host: 192.168.1.24',
      '      ansible_user: ubuntu',
      '      sitekit_fqdn: k8s-worker3.lab.example.net',
      '      sitekit_role: agent',
      '      sitekit_network: lan',
      '      sitekit_cluster: lab',
      '        k8s-worker3:',
      '        k8s-worker3:',
    ]);
  });
});

describe('inventory of every example site', () => {
  for (const file of EXAMPLES) {
    it(`${file}: every node with its own address and login user, every role and cluster a group`, () => {
      const site = siteOf(file);
      const inv = inventory(site);
      expect(Object.keys(inv.all.hosts)).toEqual(site.nodes.map((n) => n.name));
      if (file === 'site.yaml') expect(inv.all.hosts['wg-gateway'].sitekit_public_address).toBe(site.node('wg-gateway').publicAddress);
      for (const n of site.nodes) {
        const os = site.spec.images[n.image].os;
        expect(inv.all.hosts[n.name]).toEqual({
          ansible_host: site.addressOf(n.name),
          ansible_user: os === 'flatcar' ? 'core' : os,
          sitekit_fqdn: `${n.name}.${site.domain}`,
          sitekit_role: n.role,
          sitekit_network: n.network,
          ...(n.cluster ? { sitekit_cluster: n.cluster } : {}),
          ...(n.publicAddress ? { sitekit_public_address: n.publicAddress } : {}),
        });
      }
      const roles = [...new Set(site.nodes.map((n) => n.role))];
      expect(Object.keys(inv.all.children).sort()).toEqual([...roles.map((r) => `role_${r}`), ...site.clusters.map((c) => `cluster_${c.name.replace(/-/g, '_')}`)].sort());
      for (const c of site.clusters) expect(Object.keys(inv.all.children[groupName('cluster', c.name)].hosts)).toEqual(c.nodes);
    });

    withTools(it, ['ansible-inventory'])(`${file}: ansible-inventory --list reads the same hosts, vars and groups`, () => {
      const site = siteOf(file);
      const inv = inventory(site);
      const listed = ansibleList(renderInventory(site));
      expect(listed._meta.hostvars).toEqual(JSON.parse(JSON.stringify(inv.all.hosts)));
      expect(listed.all.children.sort()).toEqual(['ungrouped', ...Object.keys(inv.all.children)].sort());
      for (const [g, { hosts }] of Object.entries(inv.all.children)) expect({ g, hosts: listed[g].hosts }).toEqual({ g, hosts: Object.keys(hosts) });
    });
  }
});

describe('names YAML 1.1 reads as something else', () => {
  // PyYAML (YAML 1.1) reads a plain `on`, `no` or `y` as a boolean: they must stay strings.
  const site = () =>
    siteWith((doc) => {
      const rename: Record<string, string> = { worker1: 'on', worker2: 'no', 'infra-cluster': 'y' };
      for (const n of doc.nodes) n.name = rename[n.name] ?? n.name;
      for (const c of doc.clusters) c.nodes = c.nodes.map((n: string) => rename[n] ?? n);
      doc.clusters[0].name = 'yes';
      for (const h of doc.cloudflare.hostnames) h.cluster = 'yes';
    });

  it('are quoted in the file', () => {
    const text = renderInventory(site());
    for (const name of ['on', 'no', 'y']) expect(text).toContain(`    "${name}":\n      ansible_host:`);
    expect(text).toContain('    cluster_yes:\n');
    expect(text).toContain('      sitekit_cluster: "yes"\n');
    expect(parse(text, { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(inventory(site()))));
  });

  withTools(it, ['ansible-inventory'])('and Ansible reads them as the names they are', () => {
    const listed = ansibleList(renderInventory(site()));
    expect(listed.cluster_yes.hosts).toEqual(expect.arrayContaining(['on', 'no']));
    expect(listed._meta.hostvars.on.sitekit_cluster).toBe('yes');
    expect(listed.role_infra.hosts).toEqual(['y']);
  });
});
