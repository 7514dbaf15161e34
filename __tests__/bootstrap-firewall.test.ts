import * as path from 'path';
import { loadSiteFile, type Site } from '../site';
import { firewallRules, firewallUnit, nftablesRuleset, type FirewallRule } from '../infra/bootstrap/firewall';
import { checkNft, checkUnits, withTools } from '../infra/bootstrap/verify';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', f)).site;
const site = load('site.yaml');

/** The rule of a node accepting a protocol/port, if any. */
function rule(s: Site, node: string, protocol: FirewallRule['protocol'], port?: number): FirewallRule | undefined {
  return firewallRules(s, s.node(node)).find(
    (r) => r.protocol === protocol && (port === undefined || (r.ports ?? []).some((p) => (typeof p === 'number' ? p === port : p[0] <= port && port <= p[1]))),
  );
}
const from = (r: FirewallRule | undefined) => (r ? r.from : undefined);
const masters = ['10.17.4.21', '10.17.4.22', '10.17.4.23'];
const members = [...masters, '10.17.4.24', '10.17.4.25', '10.17.4.26', '10.17.4.27'];
const lbs = ['10.17.3.11', '10.17.3.12', '10.17.3.13'];

describe('rules by role', () => {
  it('every node: ssh only from the admin network (LAN, and the NAT gateway where the host connects from)', () => {
    for (const n of site.nodes) expect(rule(site, n.name, 'tcp', 22)?.from).toEqual(n.network === 'lan' || n.external ? ['192.168.0.0/24'] : ['192.168.0.0/24', site.networkOfNode(n).gateway]);
  });

  it('servers: 6443 from load balancers, cluster nodes and pods; etcd only between servers', () => {
    expect(from(rule(site, 'master2', 'tcp', 6443))).toEqual([...lbs, ...members, '10.42.0.0/16']);
    expect(from(rule(site, 'master2', 'tcp', 2379))).toEqual(masters);
    expect(rule(site, 'master2', 'tcp', 2380)).toEqual(rule(site, 'master2', 'tcp', 2379));
  });

  it('agents: no API, no etcd; kubelet and flannel between cluster nodes; node ports from the load balancers', () => {
    expect(rule(site, 'worker1', 'tcp', 6443)).toBeUndefined();
    expect(rule(site, 'worker1', 'tcp', 2379)).toBeUndefined();
    expect(from(rule(site, 'worker1', 'tcp', 10250))).toEqual([...members, '10.42.0.0/16']);
    expect(from(rule(site, 'worker1', 'udp', 8472))).toEqual(members);
    expect(from(rule(site, 'worker1', 'tcp', 30080))).toEqual(lbs);
    expect(rule(site, 'worker1', 'tcp', 30443)).toEqual(rule(site, 'worker1', 'tcp', 30080));
  });

  it('storage: NFS from the cluster and database networks; it is not an ingress target', () => {
    expect(from(rule(site, 'storage1', 'tcp', 2049))).toEqual(['10.17.5.0/24', '10.17.4.0/24']);
    expect(rule(site, 'storage1', 'tcp', 30080)).toBeUndefined();
    expect(from(rule(site, 'storage1', 'udp', 8472))).toEqual(members);
  });

  it('load balancers: 80/443 from anywhere, 6443 from cluster and admin networks, VRRP only from the other load balancers', () => {
    expect(from(rule(site, 'loadbalancer2', 'tcp', 443))).toBe('any');
    expect(from(rule(site, 'loadbalancer2', 'tcp', 6443))).toEqual(['10.17.4.0/24', '192.168.0.0/24', '10.17.3.1']);
    expect(from(rule(site, 'loadbalancer2', 'vrrp'))).toEqual(['10.17.3.11', '10.17.3.13']);
  });

  it('database: 5432 from the cluster network and pod CIDR only', () => {
    expect(from(rule(site, 'postgresql1', 'tcp', 5432))).toEqual(['10.17.4.0/24', '10.42.0.0/16']);
    expect(firewallRules(site, site.node('postgresql1')).map((r) => r.ports)).toEqual([[22], [5432]]);
  });

  it('infra: DNS (udp+tcp) and NTP from every site network', () => {
    const nets = site.networks.map((n) => n.block.text);
    expect(from(rule(site, 'infra-cluster', 'udp', 53))).toEqual(nets);
    expect(from(rule(site, 'infra-cluster', 'tcp', 53))).toEqual(nets);
    expect(from(rule(site, 'infra-cluster', 'udp', 123))).toEqual(nets);
  });

  it('gateway: WireGuard from anywhere, nothing else but ssh', () => {
    expect(firewallRules(site, site.node('wg-gateway')).map((r) => [r.protocol, r.ports, r.from])).toEqual([
      ['tcp', [22], ['192.168.0.0/24']],
      ['udp', [51820], 'any'],
    ]);
  });

  it('a cluster without an API VIP opens its servers to the admin network', () => {
    const pve = load('examples/proxmox-minimal.yaml');
    expect(from(rule(pve, 'k8s-cp1', 'tcp', 6443))).toContain('192.168.1.0/24');
  });
});

describe('ruleset text', () => {
  it('default-drop input, established/related, loopback, ICMP; replaces only its own table', () => {
    const text = nftablesRuleset(site, site.node('master1'));
    expect(text).toContain('type filter hook input priority filter; policy drop;');
    expect(text).toContain('ct state established,related accept');
    expect(text).toContain('iif "lo" accept');
    expect(text).toContain('meta l4proto { icmp, ipv6-icmp } accept');
    expect(text).toContain('table inet filter\ndelete table inet filter\n');
    expect(text).not.toContain('flush ruleset');
    expect(text).toContain('ip saddr { 10.17.4.21, 10.17.4.22, 10.17.4.23 } tcp dport 2379-2380 accept');
  });

  it.each(['master1', 'worker1', 'storage1', 'loadbalancer1', 'postgresql1', 'infra-cluster', 'wg-gateway'])('snapshot %s', (n) => {
    expect(nftablesRuleset(site, site.node(n))).toMatchSnapshot();
  });
});

describe('nft -c accepts every ruleset', () => {
  const sites = { 'site.yaml': site, 'examples/multi-cluster.yaml': load('examples/multi-cluster.yaml'), 'examples/proxmox-minimal.yaml': load('examples/proxmox-minimal.yaml') };
  for (const [file, s] of Object.entries(sites)) {
    for (const node of s.nodes) {
      withTools(it, ['nft', 'unshare'])(`${file}: ${node.name}`, () => {
        expect(checkNft(nftablesRuleset(s, node))).toMatchObject({ ok: true, output: '' });
      });
    }
  }
});

withTools(it, ['systemd-analyze'])('the firewall unit passes systemd-analyze verify', () => {
  expect(checkUnits([firewallUnit()])).toMatchObject({ ok: true });
});
