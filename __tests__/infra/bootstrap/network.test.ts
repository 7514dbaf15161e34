import * as path from 'path';
import { parse } from 'yaml';
import { loadSite, loadSiteFile } from '../../../site';
import * as fs from 'fs';
import { macOf } from '../../../infra/backends/common';
import { cloudInitNetworkConfig, networkdConfig, primaryInterface } from '../../../infra/bootstrap/network';
import { checkYaml, withTools } from '../../support/validators/bootstrap';
import { checkNetworkConfigs } from '../../support/validators/cloud-init';

const root = path.join(__dirname, '..', '..', '..');
const load = (f: string) => loadSiteFile(path.join(root, f)).site;
const site = load('site.yaml');
const cloudInitNodes = site.nodes.filter((n) => !n.flatcar);

describe('networkd (Flatcar)', () => {
  it('master1: static address, gateway, infra DNS and NTP, site domain', () => {
    const text = networkdConfig(site, site.node('master1'));
    expect(text).toContain('Address=10.17.4.21/24\n');
    expect(text).toContain('Gateway=10.17.4.1\n');
    expect(text).toContain('DNS=192.168.0.30\n');
    expect(text).toContain('NTP=192.168.0.30\n');
    expect(text).toContain('Domains=socialdevs.site\n');
    expect(text).toContain('[Match]\nMACAddress=52:54:00:11:04:15\nType=ether\n');
    expect(text).toMatchSnapshot();
  });

  it('matches the MAC the site gives, when it gives one', () => {
    const text = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8').replace('{ name: master1, role: server,', '{ name: master1, mac: 52:54:00:17:04:21, role: server,');
    const withMac = loadSite(text).site;
    expect(networkdConfig(withMac, withMac.node('master1'))).toContain('[Match]\nMACAddress=52:54:00:17:04:21\n');
  });
});

describe('cloud-init network-config v2', () => {
  it('loadbalancer1: matched by the MAC its VM gets, renamed eth0; static address, route via the network gateway, resolvers', () => {
    const doc = parse(cloudInitNetworkConfig(site, site.node('loadbalancer1')));
    expect(doc).toEqual({
      version: 2,
      ethernets: {
        eth0: {
          match: { macaddress: '52:54:00:11:03:0b' },
          'set-name': 'eth0',
          dhcp4: false,
          addresses: ['10.17.3.11/24'],
          routes: [{ to: '0.0.0.0/0', via: '10.17.3.1' }],
          nameservers: { addresses: ['192.168.0.30'], search: ['socialdevs.site'] },
        },
      },
    });
    expect(macOf(site.node('loadbalancer1'))).toBe('52:54:00:11:03:0b');
  });

  it('eth0 on Proxmox too, matched by the MAC of the VM (the site\'s, or the derived one)', () => {
    const pve = load('examples/proxmox-minimal.yaml');
    expect(primaryInterface(pve, pve.node('automation'))).toBe('eth0');
    expect(parse(cloudInitNetworkConfig(pve, pve.node('automation'))).ethernets.eth0.match).toEqual({ macaddress: '52:54:00:a8:01:1e' });
    const text = fs.readFileSync(path.join(root, 'site.yaml'), 'utf8').replace('{ name: loadbalancer1, role: loadbalancer,', '{ name: loadbalancer1, mac: 52:54:00:17:03:11, role: loadbalancer,');
    const withMac = loadSite(text).site;
    const eth = parse(cloudInitNetworkConfig(withMac, withMac.node('loadbalancer1'))).ethernets;
    expect(Object.keys(eth)).toEqual(['eth0']);
    expect(eth.eth0.match).toEqual({ macaddress: '52:54:00:17:03:11' });
    expect(eth.eth0['set-name']).toBe('eth0');
  });

  it('every VM of every example site: the MAC in its network-config is the one its hypervisor gives the NIC', () => {
    for (const f of ['site.yaml', ...fs.readdirSync(path.join(root, 'examples')).map((e) => `examples/${e}`)]) {
      const s = load(f);
      for (const n of s.vms.filter((v) => !v.flatcar)) expect([f, n.name, parse(cloudInitNetworkConfig(s, n)).ethernets.eth0.match]).toEqual([f, n.name, { macaddress: macOf(n) }]);
    }
  });

  it('the external gateway takes DHCP from its provider on its Ethernet NIC, whatever the kernel named it (no rename: netplan would then wait for the new name)', () => {
    expect(parse(cloudInitNetworkConfig(site, site.node('wg-gateway')))).toEqual({ version: 2, ethernets: { eth0: { match: { name: 'e*' }, dhcp4: true } } });
  });

  it('snapshot of the infra node', () => {
    expect(cloudInitNetworkConfig(site, site.node('infra-cluster'))).toMatchSnapshot();
  });

  /** Every node's document through both renderers, in one cloud-init process (made by the first test that needs it). */
  let converted: ReturnType<typeof checkNetworkConfigs> | undefined;
  const convert = (i: number, renderer: 'eni' | 'networkd') => {
    converted ??= checkNetworkConfigs(cloudInitNodes.flatMap((n) => (['eni', 'networkd'] as const).map((r) => ({ text: cloudInitNetworkConfig(site, n), renderer: r }))));
    return converted[2 * i + (renderer === 'eni' ? 0 : 1)];
  };

  cloudInitNodes.forEach((node, i) => {
    withTools(it, ['cloud-init'])(`${node.name}: cloud-init's converter renders it for Debian (eni) and networkd`, () => {
      const eni = convert(i, 'eni');
      expect(eni.notes[0]).toBe('rendered with the eni renderer');
      expect(eni).toMatchObject({ ok: true });
      const iface = primaryInterface(site, node);
      const interfaces = eni.files['etc/network/interfaces.d/50-cloud-init'];
      if (node.external) expect(interfaces).toContain(`iface ${iface} inet dhcp`);
      else {
        expect(interfaces).toContain(`iface ${iface} inet static`);
        expect(interfaces).toContain(`address ${node.address}/${site.networkOfNode(node).prefix}`);
        expect(interfaces).toContain(`route add default gw ${site.networkOfNode(node).gateway}`);
      }
      const networkd = convert(i, 'networkd');
      expect(networkd).toMatchObject({ ok: true });
      expect(networkd.notes[0]).toBe('rendered with the networkd renderer');
      if (!node.external) expect(Object.values(networkd.files).join('\n')).toContain(`Address=${node.address}/`);
    });

    withTools(it, ['yamllint'])(`${node.name}: yamllint`, () => {
      expect(checkYaml(cloudInitNetworkConfig(site, node))).toMatchObject({ ok: true });
    });
  });
});
