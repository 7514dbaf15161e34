/**
 * infra/bootstrap/workstation.ts: seed 000's automation VM (`tools: [ansible]`) and desktop client
 * (`desktop`), their first-boot plans and firewall rules. The user-data of both passes
 * `cloud-init schema` in cloudinit.test.ts (every node of examples/proxmox-minimal.yaml).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { planBootstrap, renderBootstrap } from '../../../infra/bootstrap';
import { firewallRules, nftablesRuleset } from '../../../infra/bootstrap/firewall';
import { ansiblePlan, desktopPlan, workstationPlan } from '../../../infra/bootstrap/workstation';
import { loadSite, type Site } from '../../../site';
import { ROOT, siteWith } from '../../support/helpers';
import { checkNft, EXAMPLE_SECRETS, withTools } from '../../support/validators/bootstrap';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const FILE = 'examples/proxmox-minimal.yaml';

function pve(edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, FILE), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), FILE).site;
}
const userData = (site: Site, name: string): string => {
  const b = renderBootstrap(site, site.node(name), EXAMPLE_SECRETS);
  if (b.format !== 'cloud-init') throw new Error(`${name} boots with ${b.format}`);
  return b.userData;
};
const node = (doc: Json, name: string) => doc.nodes.find((n: Json) => n.name === name);

describe('the automation VM: tools: [ansible]', () => {
  const site = pve();

  it('installs ansible-core and names the inventory in ansible.cfg', () => {
    expect(ansiblePlan(site, site.node('automation'))).toEqual({
      files: [
        {
          path: '/etc/ansible/ansible.cfg',
          mode: 0o644,
          content: [
            "# sitekit: Ansible on automation. The inventory is the site's, pushed by the config stack (docs/ansible.md).",
            '[defaults]',
            'inventory = /etc/ansible/hosts',
            'interpreter_python = auto_silent',
            '',
          ].join('\n'),
        },
      ],
      units: [],
      packages: ['ansible-core'],
      commands: [],
    });
  });

  it('its user-data holds the package and the configuration, not the inventory (the config stack pushes that)', () => {
    const doc = parse(userData(site, 'automation'));
    expect(doc.packages).toEqual(['nftables', 'ansible-core']);
    expect(doc.write_files.map((f: Json) => f.path)).toEqual(['/etc/sitekit/nftables.conf', '/etc/ansible/ansible.cfg', '/etc/systemd/system/sitekit-firewall.service']);
  });

  it('a node added changes neither its first-boot data nor the client\'s', () => {
    const added = pve((doc) => {
      doc.nodes.push({ ...node(doc, 'k8s-worker2'), name: 'k8s-worker3', address: '192.168.1.24' });
      doc.clusters[0].nodes.push('k8s-worker3');
    });
    for (const n of ['automation', 'client', 'k8s-cp1']) expect({ n, same: userData(added, n) === userData(site, n) }).toEqual({ n, same: true });
  });

  it('every node accepts SSH from it: from the admin network when it is there, else from its address', () => {
    expect(firewallRules(site, site.node('k8s-cp1'))[0]).toEqual({ comment: 'ssh from the admin network', from: ['192.168.1.0/24'], protocol: 'tcp', ports: [22] });
    // An Ansible node on a NAT network of the default site (the admin network is the LAN, 192.168.0.0/24).
    const away = siteWith((doc) => {
      doc.nodes.push({ name: 'ops', role: 'generic', network: 'kube04', address: '10.17.5.50', cpu: 1, memoryMiB: 1024, image: 'debian', disks: [{ name: 'os', sizeGiB: 10, purpose: 'os' }], tools: ['ansible'] });
    });
    expect(firewallRules(away, away.node('infra-cluster'))[0]).toEqual({ comment: 'ssh from the admin network and the ansible nodes', from: ['192.168.0.0/24', '10.17.5.50'], protocol: 'tcp', ports: [22] });
    expect(firewallRules(away, away.node('ops'))[0]).toEqual({ comment: 'ssh from the admin network', from: ['192.168.0.0/24', '10.17.5.1'], protocol: 'tcp', ports: [22] });
    expect(nftablesRuleset(away, away.node('infra-cluster'))).toContain('ip saddr { 10.17.5.50, 192.168.0.0/24 } tcp dport 22 accept comment "ssh from the admin network and the ansible nodes"');
  });
});

describe('the client VM: desktop', () => {
  const site = pve();

  it('Ubuntu: Xfce, xrdp, the network tools; Firefox as the snap Ubuntu ships it as; Xfce is the session xrdp starts', () => {
    expect(desktopPlan(site, site.node('client'))).toEqual({
      files: [],
      units: [{ name: 'xrdp.service', enabled: true }],
      packages: ['xfce4', 'xfce4-terminal', 'dbus-x11', 'xrdp', 'xorgxrdp', 'bind9-dnsutils', 'curl'],
      commands: [
        ['update-alternatives', '--set', 'x-session-manager', '/usr/bin/xfce4-session'],
        ['snap', 'install', 'firefox'],
      ],
    });
    const doc = parse(userData(site, 'client'));
    expect(doc.runcmd).toEqual([
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', 'sitekit-firewall.service'],
      ['systemctl', 'enable', '--now', 'xrdp.service'],
      ['update-alternatives', '--set', 'x-session-manager', '/usr/bin/xfce4-session'],
      ['snap', 'install', 'firefox'],
    ]);
  });

  it('Debian: firefox-esr from the distribution, no snap', () => {
    const deb = pve((doc) => (node(doc, 'client').image = 'debian'));
    const plan = desktopPlan(deb, deb.node('client'));
    expect(plan.packages.at(-1)).toBe('firefox-esr');
    expect(plan.commands).toEqual([['update-alternatives', '--set', 'x-session-manager', '/usr/bin/xfce4-session']]);
  });

  it('RDP is open to the admin network on the client only', () => {
    expect(firewallRules(site, site.node('client')).filter((r) => r.ports?.includes(3389))).toEqual([{ comment: 'rdp to the desktop from the admin network', from: ['192.168.1.0/24'], protocol: 'tcp', ports: [3389] }]);
    for (const n of site.nodes.filter((x) => x.name !== 'client')) expect({ n: n.name, rdp: nftablesRuleset(site, n).includes('3389') }).toEqual({ n: n.name, rdp: false });
  });

  withTools(it, ['nft', 'unshare'])('nft -c accepts the client\'s ruleset', () => {
    expect(checkNft(nftablesRuleset(site, site.node('client')))).toMatchObject({ ok: true });
  });
});

describe('refused by the renderer too (the site validation refuses them first)', () => {
  // Site objects as a direct caller could build them: the Site class does not validate.
  const site = pve();
  const flatcar = { ...site.node('automation'), image: 'flatcar' };
  const withFlatcar = { ...site, spec: { ...site.spec, images: { ...site.spec.images, flatcar: { os: 'flatcar' as const, url: 'https://example.org/f.img' } } } } as unknown as Site;

  it('on Flatcar', () => {
    expect(() => ansiblePlan(withFlatcar, flatcar)).toThrow('node automation: tools: [ansible] needs a debian or ubuntu image (its packages), not "flatcar": Flatcar installs no packages');
    expect(() => desktopPlan(withFlatcar, { ...flatcar, desktop: { session: 'xfce', remote: 'xrdp' } })).toThrow('node automation: a desktop needs a debian or ubuntu image (its packages), not "flatcar": Flatcar installs no packages');
  });

  it('on another role', () => {
    expect(() => ansiblePlan(site, { ...site.node('k8s-cp1'), tools: ['ansible'] })).toThrow('node k8s-cp1 of role server: tools: [ansible] only on generic nodes');
    expect(() => desktopPlan(site, { ...site.node('k8s-cp1') })).toThrow('node k8s-cp1 of role server: a desktop only on generic nodes');
  });

  it('a generic node without them gets nothing more', () => {
    const bare = pve((doc) => {
      delete node(doc, 'automation').tools;
      delete node(doc, 'client').desktop;
    });
    expect(workstationPlan(bare, bare.node('automation'))).toEqual({ files: [], units: [], packages: [], commands: [] });
    expect(planBootstrap(bare, bare.node('client'), EXAMPLE_SECRETS).packages).toEqual(['nftables']);
  });
});
