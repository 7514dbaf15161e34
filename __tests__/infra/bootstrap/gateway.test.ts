import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { FORWARDING_SYSCTL, gatewayPlan, PEER_FORWARDING_SYSCTL, peerWireguardConfig, tunnelPeerPlan, wireguardConfig } from '../../../infra/bootstrap/gateway';
import { planBootstrap } from '../../../infra/bootstrap';
import { checkWireguard, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, strictWireguardProblems, withTools } from '../../support/validators/bootstrap';
import { siteWith } from '../../support/helpers';

const site = loadSiteFile(path.join(__dirname, '..', '..', '..', 'site.yaml')).site;
const gw = site.node('wg-gateway');
const lb1 = site.node('loadbalancer1');
/** The default site without the gateway's `tunnel` block (no public path). */
const noTunnel = siteWith((doc) => {
  delete doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel;
});

describe('wg0.conf of the gateway', () => {
  const text = wireguardConfig(site, gw, PLACEHOLDER_REFERENCES);

  it('tunnel address, port 51820, private key from the secrets; the tunnel peer at its tunnel address, also routing the site networks', () => {
    expect(text).toBe(
      [
        '# sitekit: WireGuard tunnel of wg-gateway, network tunnel',
        '[Interface]',
        'Address = 10.17.0.1/24',
        'ListenPort = 51820',
        'PrivateKey = ${wireguard_asymmetric_key.gateway.private_key}',
        '',
        '[Peer]',
        '# loadbalancer1: the site side at 10.17.0.2, public tcp 80, 443 forwarded to it; routes lan, kube02, kube03, kube04',
        'PublicKey = ${wireguard_asymmetric_key.peer.public_key}',
        'AllowedIPs = 10.17.0.2/32, 192.168.0.0/24, 10.17.3.0/24, 10.17.4.0/24, 10.17.5.0/24',
        '',
      ].join('\n'),
    );
    // The site side dials out from behind NAT: the gateway has no Endpoint for it.
    expect(text).not.toContain('Endpoint');
  });

  it('without a tunnel block: the first infra node is the peer (configured by hand), only the site networks are routed', () => {
    const legacy = wireguardConfig(noTunnel, noTunnel.node('wg-gateway'), PLACEHOLDER_REFERENCES);
    expect(legacy).toContain('[Peer]\n# infra-cluster: the site side (configured by hand, no public path), routes lan, kube02, kube03, kube04\n');
    expect(legacy).toContain('PublicKey = ${wireguard_asymmetric_key.peer.public_key}\nAllowedIPs = 192.168.0.0/24, 10.17.3.0/24, 10.17.4.0/24, 10.17.5.0/24\n');
  });

  it('plan: root-only wg0.conf, ip_forward through a sysctl drop-in applied before wg-quick@wg0 starts', () => {
    const plan = gatewayPlan(site, gw, PLACEHOLDER_REFERENCES);
    expect(plan.files).toEqual([
      { path: '/etc/wireguard/wg0.conf', mode: 0o600, content: text },
      { path: FORWARDING_SYSCTL, mode: 0o644, content: '# sitekit: wg-gateway forwards public tcp 80, 443 to loadbalancer1 through wg0\nnet.ipv4.ip_forward = 1\n' },
    ]);
    expect(FORWARDING_SYSCTL).toBe('/etc/sysctl.d/90-sitekit-gateway.conf');
    expect(plan.packages).toEqual(['wireguard-tools']);
    expect(plan.commands).toEqual([
      ['sysctl', '--system'],
      ['systemctl', 'enable', '--now', 'wg-quick@wg0.service'],
    ]);
  });

  it('plan without a tunnel: no forwarding', () => {
    const plan = gatewayPlan(noTunnel, noTunnel.node('wg-gateway'), PLACEHOLDER_REFERENCES);
    expect(plan.files.map((f) => f.path)).toEqual(['/etc/wireguard/wg0.conf']);
    expect(plan.commands).toEqual([['systemctl', 'enable', '--now', 'wg-quick@wg0.service']]);
  });

  it('refuses a key that is not a WireGuard key, and a gateway off a wireguard network', () => {
    expect(() => wireguardConfig(site, gw, { ...PLACEHOLDER_REFERENCES, wireguardGatewayPrivateKey: 'abc\nPostUp = rm -rf /' })).toThrow(BootstrapError);
    expect(() => wireguardConfig(site, gw, { ...PLACEHOLDER_REFERENCES, wireguardPeerPublicKey: undefined as unknown as string })).toThrow(/needs secret wireguardPeerPublicKey/);
    expect(() => wireguardConfig(noTunnel, { ...noTunnel.node('wg-gateway'), network: 'lan' }, PLACEHOLDER_REFERENCES)).toThrow(/not a wireguard network/);
  });

  it('snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  it('the strict parser catches what wg would reject', () => {
    expect(strictWireguardProblems('[Interface]\nPrivateKey = nope\n[Peer]\nPublicKey = x\nPostUp = id\n')).toHaveLength(3);
  });

  withTools(it, ['wg', 'wg-quick', 'unshare', 'ip', 'wireguard-go'])('wg-quick strip parses it; wg setconf accepts the result on a real wg0', () => {
    for (const s of [site, noTunnel]) {
      const r = checkWireguard(wireguardConfig(s, s.node('wg-gateway'), EXAMPLE_SECRETS));
      expect(r).toMatchObject({ ok: true });
      expect(r.notes).toEqual([expect.stringMatching(/^wg setconf accepted it on a wg0 device \((kernel|wireguard-go)\)/)]);
      expect(r.stripped).not.toMatch(/^Address/m);
      expect(r.stripped).toContain(`PrivateKey = ${EXAMPLE_SECRETS.wireguardGatewayPrivateKey}`);
    }
  });
});

describe('wg0.conf of the tunnel peer (the site side)', () => {
  const text = peerWireguardConfig(site, lb1, PLACEHOLDER_REFERENCES);

  it('its tunnel address and private key; the gateway dialled at its public address, only its tunnel address allowed, kept open', () => {
    expect(text).toBe(
      [
        '# sitekit: WireGuard tunnel of loadbalancer1 to gateway wg-gateway, network tunnel',
        '[Interface]',
        'Address = 10.17.0.2/24',
        'PrivateKey = ${wireguard_asymmetric_key.peer.private_key}',
        '',
        '[Peer]',
        '# wg-gateway: public tcp 80, 443 arrive from 10.17.0.1 through this tunnel',
        'PublicKey = ${wireguard_asymmetric_key.gateway.public_key}',
        'Endpoint = 203.0.113.10:51820',
        'AllowedIPs = 10.17.0.1/32',
        'PersistentKeepalive = 25',
        '',
      ].join('\n'),
    );
  });

  it('takes keepaliveSeconds and the tunnel address from the site', () => {
    const s = siteWith((doc) => {
      doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel = { peer: 'loadbalancer2', peerAddress: '10.17.0.9', keepaliveSeconds: 15 };
    });
    const t = peerWireguardConfig(s, s.node('loadbalancer2'), PLACEHOLDER_REFERENCES);
    expect(t).toContain('Address = 10.17.0.9/24\n');
    expect(t).toContain('PersistentKeepalive = 15\n');
    expect(tunnelPeerPlan(s, s.node('loadbalancer1'), PLACEHOLDER_REFERENCES).files).toEqual([]);
  });

  it('plan: root-only wg0.conf, wireguard-tools, wg-quick@wg0; nothing for the other load balancers or without a tunnel', () => {
    expect(tunnelPeerPlan(site, lb1, PLACEHOLDER_REFERENCES)).toEqual({
      files: [{ path: '/etc/wireguard/wg0.conf', mode: 0o600, content: text }],
      units: [],
      packages: ['wireguard-tools'],
      commands: [['systemctl', 'enable', '--now', 'wg-quick@wg0.service']],
    });
    expect(tunnelPeerPlan(site, site.node('loadbalancer2'), PLACEHOLDER_REFERENCES).files).toEqual([]);
    expect(tunnelPeerPlan(noTunnel, noTunnel.node('loadbalancer1'), PLACEHOLDER_REFERENCES).files).toEqual([]);
    expect(() => peerWireguardConfig(site, site.node('loadbalancer2'), PLACEHOLDER_REFERENCES)).toThrow(/loadbalancer2 is the tunnel peer of no gateway/);
  });

  it('the whole plan of loadbalancer1: HAProxy and keepalived first, then its WireGuard side, then its OS updates', () => {
    const plan = planBootstrap(site, lb1, PLACEHOLDER_REFERENCES);
    expect(plan.files.map((f) => f.path)).toEqual([
      '/etc/sitekit/nftables.conf',
      '/etc/sysctl.d/90-sitekit-loadbalancer.conf',
      '/etc/haproxy/haproxy.cfg',
      '/etc/keepalived/keepalived.conf',
      '/etc/wireguard/wg0.conf',
      '/etc/apt/apt.conf.d/52sitekit-unattended-upgrades',
      '/etc/systemd/system/apt-daily-upgrade.timer.d/50-sitekit-maintenance.conf',
    ]);
    expect(plan.packages).toEqual(['nftables', 'haproxy', 'keepalived', 'curl', 'wireguard-tools', 'unattended-upgrades']);
    expect(plan.commands[plan.commands.length - 1]).toEqual(['systemctl', 'enable', '--now', 'wg-quick@wg0.service']);
    expect(planBootstrap(site, site.node('loadbalancer2'), PLACEHOLDER_REFERENCES).packages).not.toContain('wireguard-tools');
  });

  it('refuses a missing or malformed peer key', () => {
    expect(() => peerWireguardConfig(site, lb1, { ...PLACEHOLDER_REFERENCES, wireguardPeerPrivateKey: 'abc\nPostUp = id' })).toThrow(BootstrapError);
    expect(() => peerWireguardConfig(site, lb1, { ...PLACEHOLDER_REFERENCES, wireguardGatewayPublicKey: undefined as unknown as string })).toThrow(/needs secret wireguardGatewayPublicKey/);
  });

  it('snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  withTools(it, ['wg', 'wg-quick', 'unshare', 'ip', 'wireguard-go'])('wg-quick strip parses it; wg setconf accepts the result on a real wg0', () => {
    const r = checkWireguard(peerWireguardConfig(site, lb1, EXAMPLE_SECRETS));
    expect(r).toMatchObject({ ok: true });
    expect(r.notes).toEqual([expect.stringMatching(/^wg setconf accepted it on a wg0 device \((kernel|wireguard-go)\)/)]);
    expect(r.stripped).not.toMatch(/^(Address|DNS|Table)/m);
    expect(r.stripped).toContain(`PrivateKey = ${EXAMPLE_SECRETS.wireguardPeerPrivateKey}\n`);
    expect(r.stripped).toContain('Endpoint = 203.0.113.10:51820\nAllowedIPs = 10.17.0.1/32\nPersistentKeepalive = 25\n');
  });
});

describe('admin devices on the tunnel (tunnel.admins)', () => {
  const LAPTOP = 'Bin96vJ4fqZT2ZTLNbZcIKwb5FJlCUZb7Q+oUbaYDnw=';
  const PHONE = 'jb1glqJ9pmjfwAEzdYk42txApKSDs56l8s3AgXK2YTQ=';
  const admins = siteWith((doc) => {
    doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel.admins = [
      { name: 'laptop', publicKey: LAPTOP, address: '10.17.0.10' },
      { name: 'phone', publicKey: PHONE, address: '10.17.0.11' },
    ];
  });
  const gwText = wireguardConfig(admins, admins.node('wg-gateway'), PLACEHOLDER_REFERENCES);
  const peerText = peerWireguardConfig(admins, admins.node('loadbalancer1'), PLACEHOLDER_REFERENCES);

  it('the gateway: each device a peer of its own, allowed its address alone; the site side unchanged', () => {
    expect(gwText).toBe(
      wireguardConfig(site, gw, PLACEHOLDER_REFERENCES) +
        [
          '',
          '[Peer]',
          '# admin device laptop: routed through the tunnel to the site networks',
          `PublicKey = ${LAPTOP}`,
          'AllowedIPs = 10.17.0.10/32',
          '',
          '[Peer]',
          '# admin device phone: routed through the tunnel to the site networks',
          `PublicKey = ${PHONE}`,
          'AllowedIPs = 10.17.0.11/32',
          '',
        ].join('\n'),
    );
  });

  it('the site side: also allows the devices\' addresses from the gateway, and forwards (a sysctl drop-in before wg-quick)', () => {
    expect(peerText).toContain(
      [
        '# admin devices laptop, phone arrive from their own addresses; forwarded into the site networks from this node\'s address (nftables)',
        'AllowedIPs = 10.17.0.1/32, 10.17.0.10/32, 10.17.0.11/32',
        'PersistentKeepalive = 25',
      ].join('\n'),
    );
    const plan = tunnelPeerPlan(admins, admins.node('loadbalancer1'), PLACEHOLDER_REFERENCES);
    expect(plan.files.map((f) => [f.path, f.mode])).toEqual([
      ['/etc/wireguard/wg0.conf', 0o600],
      [PEER_FORWARDING_SYSCTL, 0o644],
    ]);
    expect(plan.files[1].content).toBe('# sitekit: loadbalancer1 forwards the admin devices of gateway wg-gateway from wg0 into the site networks\nnet.ipv4.ip_forward = 1\n');
    expect(plan.commands).toEqual([
      ['sysctl', '--system'],
      ['systemctl', 'enable', '--now', 'wg-quick@wg0.service'],
    ]);
    // Without admin devices the site side does not forward.
    expect(tunnelPeerPlan(site, lb1, PLACEHOLDER_REFERENCES).files.map((f) => f.path)).toEqual(['/etc/wireguard/wg0.conf']);
  });

  it('refuses a public key that would break out of its line (a node the site\'s validation never saw)', () => {
    const node = admins.node('wg-gateway');
    const forged = { ...node, name: 'wg-gateway-2', tunnel: { ...node.tunnel!, admins: [{ name: 'laptop', publicKey: `${LAPTOP}\nPostUp = id`, address: '10.17.0.10' }] } };
    expect(() => wireguardConfig(admins, forged, PLACEHOLDER_REFERENCES)).toThrow(new BootstrapError(`admin device laptop: ${JSON.stringify(`${LAPTOP}\nPostUp = id`)} is not a WireGuard public key`));
  });

  withTools(it, ['wg', 'wg-quick', 'unshare', 'ip', 'wireguard-go'])('wg setconf accepts both ends on a real wg0', () => {
    const g = checkWireguard(wireguardConfig(admins, admins.node('wg-gateway'), EXAMPLE_SECRETS));
    expect(g).toMatchObject({ ok: true });
    expect(g.stripped).toContain(`PublicKey = ${PHONE}\nAllowedIPs = 10.17.0.11/32\n`);
    const p = checkWireguard(peerWireguardConfig(admins, admins.node('loadbalancer1'), EXAMPLE_SECRETS));
    expect(p).toMatchObject({ ok: true });
    expect(p.stripped).toContain('AllowedIPs = 10.17.0.1/32, 10.17.0.10/32, 10.17.0.11/32\n');
  });
});
