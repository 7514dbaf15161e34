import * as path from 'path';
import { loadSiteFile, type Site } from '../../../site';
import { firewallRules, firewallUnit, nftablesRuleset, type FirewallRule } from '../../../infra/bootstrap/firewall';
import { checkNft, checkUnits, withTools } from '../../support/validators/bootstrap';
import { siteWith } from '../../support/helpers';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', '..', '..', f)).site;
const site = load('site.yaml');

/** The rule of a node accepting a protocol/port, if any. */
function rule(s: Site, node: string, protocol: FirewallRule['protocol'], port?: number): FirewallRule | undefined {
  return firewallRules(s, s.node(node)).find(
    (r) => r.protocol === protocol && (port === undefined || (r.ports ?? []).some((p) => (typeof p === 'number' ? p === port : p[0] <= port && port <= p[1]))),
  );
}
const from = (r: FirewallRule | undefined) => (r ? r.from : undefined);
const gatewayOf = (doc: { nodes: { name: string; tunnel?: { forward?: number[]; allowFrom?: string[]; admins?: { name: string; publicKey: string; address: string }[] } }[] }) => doc.nodes.find((n) => n.name === 'wg-gateway')!;
/** The default site with a gateway forwarding only 443, and without the gateway's tunnel. */
const only443 = siteWith((doc) => {
  gatewayOf(doc).tunnel!.forward = [443];
});
/** External SSH only from the admin network and two blocks, one covering it. */
const externalFrom = siteWith((doc) => {
  doc.ssh.externalFrom = ['198.51.100.0/24', '192.168.0.0/16'];
});
const none = siteWith((doc) => {
  delete gatewayOf(doc).tunnel;
});
/** Public ports forwarded only from (some of) Cloudflare's ranges, one of them given twice. */
const fromCloudflare = siteWith((doc) => {
  gatewayOf(doc).tunnel!.allowFrom = ['173.245.48.0/20', '103.21.244.0/22', '104.16.0.0/13', '104.16.0.0/13'];
});
/** Two admin devices on the gateway's tunnel. */
const withAdmins = siteWith((doc) => {
  gatewayOf(doc).tunnel!.admins = [
    { name: 'laptop', publicKey: 'Bin96vJ4fqZT2ZTLNbZcIKwb5FJlCUZb7Q+oUbaYDnw=', address: '10.17.0.10' },
    { name: 'phone', publicKey: 'jb1glqJ9pmjfwAEzdYk42txApKSDs56l8s3AgXK2YTQ=', address: '10.17.0.11' },
  ];
});
// Networks, not addresses: a node added later is admitted by the rulesets of the running nodes.
const masters = ['10.17.4.0/24'];
const members = ['10.17.4.0/24'];
const lbs = ['10.17.3.0/24'];

describe('rules by role', () => {
  it('with kube-prometheus-stack: node-exporter (9100) and kube-proxy metrics on every cluster node, etcd, controller manager and scheduler metrics on the servers, from the cluster networks and its pod CIDR only', () => {
    for (const n of site.cluster('microcloud').nodes) {
      for (const port of [9100, 10249]) expect([n, port, from(rule(site, n, 'tcp', port))]).toEqual([n, port, [...members, '10.42.0.0/16']]);
      for (const port of [2381, 10257, 10259]) expect([n, port, !!rule(site, n, 'tcp', port)]).toEqual([n, port, site.node(n).role === 'server']);
    }
    for (const n of ['loadbalancer1', 'postgresql1', 'infra-cluster']) expect(rule(site, n, 'tcp', 9100)).toBeUndefined();
    const without = siteWith((d) => {
      delete d.clusters[0].components.kubePrometheusStack;
      delete d.clusters[0].monitoring;
    });
    for (const port of [9100, 10249, 2381]) expect(rule(without, 'master1', 'tcp', port)).toBeUndefined();
  });

  it('every VM: ssh only from the admin network (LAN, and the NAT gateway where the host connects from)', () => {
    for (const n of site.vms) expect(rule(site, n.name, 'tcp', 22)?.from).toEqual(n.network === 'lan' ? ['192.168.0.0/24'] : ['192.168.0.0/24', site.networkOfNode(n).gateway]);
  });

  it('an external node (the VPS, which the admin network does not reach): ssh from anywhere by default, else the admin network and ssh.externalFrom', () => {
    expect(rule(site, 'wg-gateway', 'tcp', 22)).toMatchObject({ from: 'any', comment: 'ssh from anywhere, an external node with key-only logins' });
    const s = externalFrom;
    expect(rule(s, 'wg-gateway', 'tcp', 22)).toMatchObject({ from: ['192.168.0.0/24', '198.51.100.0/24', '192.168.0.0/16'], comment: 'ssh from the admin network and the external admin sources' });
    // VMs keep the admin network only.
    expect(rule(s, 'worker1', 'tcp', 22)?.from).toEqual(rule(site, 'worker1', 'tcp', 22)?.from);
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

  it('adding a node to the cluster changes no ruleset of the nodes already running', () => {
    const grown = siteWith((doc) => {
      doc.nodes.push({ name: 'worker9', role: 'agent', network: 'kube03', address: '10.17.4.99', image: 'flatcar', cpu: 2, memoryMiB: 4096, disks: [{ name: 'os', purpose: 'os', sizeGiB: 20 }] });
      doc.clusters[0].nodes.push('worker9');
    });
    for (const n of site.nodes) expect({ node: n.name, ruleset: nftablesRuleset(grown, grown.node(n.name)) }).toEqual({ node: n.name, ruleset: nftablesRuleset(site, n) });
    expect(from(rule(grown, 'worker9', 'udp', 8472))).toEqual(members);
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

  it('gateway: WireGuard and ssh from anywhere, nothing else', () => {
    expect(firewallRules(site, site.node('wg-gateway')).map((r) => [r.protocol, r.ports, r.from])).toEqual([
      ['tcp', [22], 'any'],
      ['udp', [51820], 'any'],
    ]);
  });

  it('the tunnel peer (loadbalancer1): the public ports on wg0 only from the gateway to its tunnel address, everything else on wg0 dropped, before any other rule', () => {
    const rules = firewallRules(site, site.node('loadbalancer1'));
    expect(rules.slice(1, 3)).toEqual([
      { comment: 'public ports from gateway wg-gateway through the tunnel', iif: 'wg0', from: ['10.17.0.1'], to: '10.17.0.2', protocol: 'tcp', ports: [80, 443] },
      { comment: 'nothing else from the tunnel', iif: 'wg0', from: 'any', protocol: 'all', verdict: 'drop' },
    ]);
    const text = nftablesRuleset(site, site.node('loadbalancer1'));
    expect(text).toContain(
      [
        '    ip saddr { 10.17.3.1, 192.168.0.0/24 } tcp dport 22 accept comment "ssh from the admin network"',
        '    iifname "wg0" ip saddr 10.17.0.1 ip daddr 10.17.0.2 tcp dport { 80, 443 } accept comment "public ports from gateway wg-gateway through the tunnel"',
        '    iifname "wg0" drop comment "nothing else from the tunnel"',
        '    ip saddr { 10.17.3.1, 10.17.4.0/24, 192.168.0.0/24 } tcp dport 6443 accept',
      ].join('\n'),
    );
    // The other load balancers have no tunnel, and no forward chain anywhere but on the gateway.
    expect(firewallRules(site, site.node('loadbalancer2')).some((r) => r.iif)).toBe(false);
    for (const n of site.nodes) expect([n.name, nftablesRuleset(site, n).includes('hook forward')]).toEqual([n.name, n.name === 'wg-gateway']);
  });

  it('the gateway with a tunnel: DNAT of the forwarded ports arriving from outside the tunnel (any NIC name), SNAT into wg0, forward default-drop but for those flows', () => {
    const text = nftablesRuleset(site, site.node('wg-gateway'));
    expect(text).toContain(
      [
        '  chain forward {',
        '    type filter hook forward priority filter; policy drop;',
        '    ct state established,related accept',
        '    ct state invalid drop',
        '    iifname != "wg0" oifname "wg0" ip daddr 10.17.0.2 tcp dport { 80, 443 } ct status dnat accept comment "public ports to loadbalancer1 through the tunnel"',
        '  }',
        '',
        '  chain prerouting {',
        '    type nat hook prerouting priority dstnat; policy accept;',
        '    iifname != "wg0" fib daddr type local tcp dport { 80, 443 } dnat ip to 10.17.0.2 comment "public ports to the tunnel address of loadbalancer1"',
        '  }',
        '',
        '  chain postrouting {',
        '    type nat hook postrouting priority srcnat; policy accept;',
        '    oifname "wg0" ip daddr 10.17.0.2 tcp dport { 80, 443 } ct status dnat snat ip to 10.17.0.1 comment "replies come back through the tunnel"',
        '  }',
        '}',
      ].join('\n'),
    );
    // Input unchanged: ssh from the admin network and WireGuard, nothing public.
    expect(text.slice(text.indexOf('chain input'), text.indexOf('chain forward'))).not.toMatch(/dport \{ 80|dport 443|dport 80/);
  });

  it('tunnel.allowFrom: the public ports are forwarded (DNAT and forward) only from those sources', () => {
    const text = nftablesRuleset(fromCloudflare, fromCloudflare.node('wg-gateway'));
    expect(text).toContain('iifname != "wg0" ip saddr { 103.21.244.0/22, 104.16.0.0/13, 173.245.48.0/20 } fib daddr type local tcp dport { 80, 443 } dnat ip to 10.17.0.2');
    expect(text).toContain('iifname != "wg0" oifname "wg0" ip saddr { 103.21.244.0/22, 104.16.0.0/13, 173.245.48.0/20 } ip daddr 10.17.0.2 tcp dport { 80, 443 } ct status dnat accept');
    expect(nftablesRuleset(site, site.node('wg-gateway'))).not.toContain('ip saddr { 103');
  });

  it('a gateway forwarding only 443, and one without a tunnel (no forwarding at all)', () => {
    expect(nftablesRuleset(only443, only443.node('wg-gateway'))).toContain('iifname != "wg0" fib daddr type local tcp dport 443 dnat ip to 10.17.0.2');
    expect(firewallRules(only443, only443.node('loadbalancer1'))[1].ports).toEqual([443]);
    expect(nftablesRuleset(none, none.node('wg-gateway'))).not.toMatch(/chain (forward|prerouting|postrouting)/);
    expect(firewallRules(none, none.node('loadbalancer1')).some((r) => r.iif)).toBe(false);
  });

  it('admin devices: the gateway forwards them wg0 to wg0 into the site networks only', () => {
    const text = nftablesRuleset(withAdmins, withAdmins.node('wg-gateway'));
    expect(text).toContain(
      [
        '    iifname != "wg0" oifname "wg0" ip daddr 10.17.0.2 tcp dport { 80, 443 } ct status dnat accept comment "public ports to loadbalancer1 through the tunnel"',
        '    iifname "wg0" oifname "wg0" ip saddr { 10.17.0.10, 10.17.0.11 } ip daddr { 10.17.3.0/24, 10.17.4.0/24, 10.17.5.0/24, 192.168.0.0/24 } accept comment "admin devices to the site networks through the tunnel"',
        '  }',
      ].join('\n'),
    );
    // Everything else of the gateway as without admin devices.
    expect(text.replace(/\n.*admin devices to the site networks.*/, '')).toBe(nftablesRuleset(site, site.node('wg-gateway')));
  });

  it('admin devices: the tunnel peer takes ssh, the API and the ingress from them on wg0 before the drop, forwards them into the site and SNATs them to its own address', () => {
    const text = nftablesRuleset(withAdmins, withAdmins.node('loadbalancer1'));
    expect(text).toContain(
      [
        '    ip saddr { 10.17.0.10, 10.17.0.11, 10.17.3.1, 192.168.0.0/24 } tcp dport 22 accept comment "ssh from the admin network"',
        '    iifname "wg0" ip saddr 10.17.0.1 ip daddr 10.17.0.2 tcp dport { 80, 443 } accept comment "public ports from gateway wg-gateway through the tunnel"',
        '    iifname "wg0" ip saddr { 10.17.0.10, 10.17.0.11 } tcp dport { 22, 6443, 80, 443 } accept comment "ssh, kubernetes api and ingress from the admin devices through the tunnel"',
        '    iifname "wg0" drop comment "nothing else from the tunnel"',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '  chain forward {',
        '    type filter hook forward priority filter; policy drop;',
        '    ct state established,related accept',
        '    ct state invalid drop',
        '    iifname "wg0" oifname != "wg0" ip saddr { 10.17.0.10, 10.17.0.11 } ip daddr { 10.17.3.0/24, 10.17.4.0/24, 10.17.5.0/24, 192.168.0.0/24 } accept comment "admin devices of wg-gateway into the site networks"',
        '  }',
        '',
        '  chain postrouting {',
        '    type nat hook postrouting priority srcnat; policy accept;',
        '    oifname != "wg0" ip saddr { 10.17.0.10, 10.17.0.11 } ip daddr { 10.17.3.0/24, 10.17.4.0/24, 10.17.5.0/24, 192.168.0.0/24 } snat ip to 10.17.3.11 comment "the admin devices appear as loadbalancer1"',
        '  }',
        '}',
      ].join('\n'),
    );
    // No forwarding on the peer without admin devices.
    expect(nftablesRuleset(site, site.node('loadbalancer1'))).not.toMatch(/chain (forward|postrouting)/);
  });

  it('admin devices: every other node admits the peer\'s address as it admits the admin network', () => {
    expect(from(rule(withAdmins, 'master1', 'tcp', 22))).toEqual(['192.168.0.0/24', '10.17.4.1', '10.17.3.11']);
    expect(from(rule(withAdmins, 'loadbalancer2', 'tcp', 22))).toEqual(['192.168.0.0/24', '10.17.3.1', '10.17.3.11']);
    expect(from(rule(withAdmins, 'loadbalancer2', 'tcp', 6443))).toContain('10.17.3.11');
    expect(from(rule(site, 'master1', 'tcp', 22))).toEqual(['192.168.0.0/24', '10.17.4.1']);
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
    expect(text).toContain('ip saddr 10.17.4.0/24 tcp dport 2379-2380 accept');
  });

  it.each(['master1', 'worker1', 'storage1', 'loadbalancer1', 'postgresql1', 'infra-cluster', 'wg-gateway'])('snapshot %s', (n) => {
    expect(nftablesRuleset(site, site.node(n))).toMatchSnapshot();
  });
});

describe('nft -c accepts every ruleset', () => {
  for (const [what, s] of [['forward 443 only', only443], ['no tunnel', none], ['ssh.externalFrom', externalFrom], ['tunnel.allowFrom', fromCloudflare], ['tunnel.admins', withAdmins]] as const) {
    for (const n of ['wg-gateway', 'loadbalancer1', 'master1']) {
      withTools(it, ['nft', 'unshare'])(`site.yaml with ${what}: ${n}`, () => {
        expect(checkNft(nftablesRuleset(s, s.node(n)))).toMatchObject({ ok: true, output: '' });
      });
    }
  }

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
