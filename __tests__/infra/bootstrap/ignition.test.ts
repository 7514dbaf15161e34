import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { planBootstrap, renderBootstrap } from '../../../infra/bootstrap';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { dataUrl, percentEncode, renderIgnition, type IgnitionConfig } from '../../../infra/bootstrap/ignition';
import { checkIgnition, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, resolveReferences, withTools } from '../../support/validators/bootstrap';

const site = loadSiteFile(path.join(__dirname, '..', '..', '..', 'site.yaml')).site;
const flatcar = site.nodes.filter((n) => n.flatcar);
const ignition = (name: string, secrets = PLACEHOLDER_REFERENCES): IgnitionConfig => {
  const b = renderBootstrap(site, site.node(name), secrets);
  if (b.format !== 'ignition') throw new Error(`${name} is not a Flatcar node`);
  return b.ignition;
};
const decode = (url: string) => {
  expect(url.startsWith('data:,')).toBe(true);
  return decodeURIComponent(url.slice('data:,'.length));
};

describe('data URLs', () => {
  it('percent-encode everything but unreserved characters', () => {
    expect(percentEncode("a b/c:d!'()*~._-")).toBe('a%20b%2Fc%3Ad%21%27%28%29%2A~._-');
    expect(dataUrl('x: 1\n', {})).toBe('data:,x%3A%201%0A');
  });

  it('a secret reference is kept verbatim (Terraform or CDKTF fills in an alphanumeric value, which needs no encoding)', () => {
    expect(dataUrl('token: "${random_password.k3s_token.result}"\n', PLACEHOLDER_REFERENCES)).toBe('data:,token%3A%20%22${random_password.k3s_token.result}%22%0A');
    expect(dataUrl('token: ${TfToken[TOKEN.7]}', { k3sToken: '${TfToken[TOKEN.7]}' })).toBe('data:,token%3A%20${TfToken[TOKEN.7]}');
  });

  it('refuses to put a secret that may need encoding (a WireGuard key) into a data URL', () => {
    expect(() => dataUrl('key ${wireguard_asymmetric_key.peer.public_key}', PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
  });
});

describe('Ignition of the Flatcar nodes', () => {
  it.each(flatcar.map((n) => n.name))('%s: spec 3.3.0, ssh keys for core, every plan file decoded back byte for byte, units with drop-ins', (name) => {
    const ign = ignition(name);
    const plan = planBootstrap(site, site.node(name), PLACEHOLDER_REFERENCES);
    expect(ign.ignition.version).toBe('3.3.0');
    expect(ign.passwd.users).toEqual([{ name: 'core', sshAuthorizedKeys: site.spec.ssh.authorizedKeys }]);
    expect(ign.storage.files.map((f) => f.path)).toEqual(plan.files.map((f) => f.path));
    for (const f of ign.storage.files) {
      const want = plan.files.find((p) => p.path === f.path)!;
      expect(f.mode).toBe(want.mode);
      expect(f.overwrite).toBe(true);
      const resolved = resolveReferences(f.contents.source, PLACEHOLDER_REFERENCES, EXAMPLE_SECRETS);
      expect(decode(resolved)).toBe(resolveReferences(want.content, PLACEHOLDER_REFERENCES, EXAMPLE_SECRETS));
    }
    expect(ign.systemd.units.map((u) => u.name)).toEqual(plan.units.map((u) => u.name));
    const files = ign.storage.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['/etc/hostname', '/etc/systemd/network/00-sitekit.network', '/etc/sitekit/nftables.conf', '/etc/rancher/k3s/config.yaml']));
    expect(decode(ign.storage.files.find((f) => f.path === '/etc/hostname')!.contents.source)).toBe(`${name}\n`);
  });

  it('the JSON holds the references, never a value', () => {
    const json = JSON.stringify(ignition('master1'));
    expect(json).toContain('${random_password.k3s_token.result}');
    expect(json).not.toContain(EXAMPLE_SECRETS.k3sToken);
  });

  it('rendering with references then resolving them as Terraform does equals rendering with the values', () => {
    for (const n of flatcar) {
      expect(resolveReferences(JSON.stringify(ignition(n.name)), PLACEHOLDER_REFERENCES, EXAMPLE_SECRETS)).toBe(JSON.stringify(ignition(n.name, EXAMPLE_SECRETS)));
    }
  });

  it('storage1: nfs-server enabled with its drop-in, both data disks, iscsid for Longhorn', () => {
    const units = ignition('storage1').systemd.units;
    expect(units.find((u) => u.name === 'nfs-server.service')).toEqual({ name: 'nfs-server.service', enabled: true, dropins: [expect.objectContaining({ name: '10-sitekit.conf' })] });
    expect(units.filter((u) => u.enabled).map((u) => u.name)).toEqual(['sitekit-firewall.service', 'srv-nfs.mount', 'var-lib-longhorn.mount', 'nfs-server.service', 'k3s-install.service', 'k3s-agent.service', 'iscsid.service']);
  });

  it('refuses a plan with packages or commands (Flatcar has neither)', () => {
    const plan = planBootstrap(site, site.node('master1'), PLACEHOLDER_REFERENCES);
    expect(() => renderIgnition(site.node('master1'), { ...plan, packages: ['haproxy'] }, [], {})).toThrow(BootstrapError);
    expect(() => renderIgnition(site.node('master1'), { ...plan, commands: [['id']] }, [], {})).toThrow(BootstrapError);
  });

  it('snapshot master1', () => {
    expect(ignition('master1')).toMatchSnapshot();
  });

  for (const n of flatcar) {
    withTools(it, ['ignition-validate'])(`ignition-validate: ${n.name} (values filled in as Terraform would) prints nothing`, () => {
      expect(checkIgnition(resolveReferences(JSON.stringify(ignition(n.name)), PLACEHOLDER_REFERENCES, EXAMPLE_SECRETS))).toMatchObject({ ok: true, output: '' });
    });
  }
});
