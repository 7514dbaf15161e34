/**
 * `validateSite` on parsed sites: what one fixture per rule cannot show (boundaries, several issues
 * at once, warnings, orders). The rules' messages in a loaded file are in validate/fixtures.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { loadSite, SiteSchema, validateSite, type SiteSpec } from '../../site';
import { article } from '../../site/validate/common';
import { loadBalancerOffsets } from '../../site/validate/maintenance';
import { WIREGUARD_KEY } from '../../site/validate/tunnels';

const DIR = path.join(__dirname, '..', 'fixtures', 'invalid');

describe('validateSite', () => {
  const spec = (): SiteSpec => SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'valid', 'defaults.yaml'), 'utf8')));

  test('the default site.yaml and the examples have no issue at all, not even a warning', () => {
    for (const file of ['site.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml']) {
      const parsed = SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8')));
      expect([file, validateSite(parsed)]).toEqual([file, []]);
    }
  });

  test('returns issues without a location (the loader adds it), and reports every problem at once', () => {
    const s = spec();
    s.nodes[1].address = s.nodes[0].address; // same address twice
    s.nodes[1].image = 'debain'; // unknown image
    s.clusters[0].podCidr = '10.42.1.0/16'; // host bits
    expect(validateSite(s)).toEqual([
      {
        severity: 'error',
        path: ['nodes', 1, 'address'],
        message: '192.168.30.11 is already used by node "server1" (nodes[0].address: 192.168.30.11)',
        allowed: 'each address used by one owner only',
        fix: 'give node "agent1" an unused address',
      },
      { severity: 'error', path: ['nodes', 1, 'image'], message: 'unknown image "debain"', allowed: 'one of: debian', fix: 'did you mean "debian"?' },
      {
        severity: 'error',
        path: ['clusters', 0, 'podCidr'],
        message: '10.42.1.0/16 has host bits set',
        allowed: 'a network address with its prefix',
        fix: 'did you mean 10.42.0.0/16?',
      },
    ]);
  });

  test('warnings have severity warning', () => {
    const s = spec();
    s.nodes[1].role = 'server';
    expect(validateSite(s)).toEqual([
      {
        severity: 'warning',
        path: ['clusters', 0, 'nodes'],
        message: 'cluster "plain" has 2 k3s servers; etcd quorum tolerates no more failures than with 1',
        allowed: 'an odd number of servers (1, 3, 5)',
        fix: 'add or remove one server',
      },
    ]);
  });

  test('four servers warn too; three do not', () => {
    const s = spec();
    const server = (name: string, address: string) => ({ ...s.nodes[0], name, address });
    s.nodes.push(server('server2', '192.168.30.12'), server('server3', '192.168.30.13'));
    s.clusters[0].nodes.push('server2', 'server3');
    expect(validateSite(s)).toEqual([]);
    s.nodes.push(server('server4', '192.168.30.14'));
    s.clusters[0].nodes.push('server4');
    expect(validateSite(s).map((i) => `${i.severity}: ${i.message}`)).toEqual([
      'warning: cluster "plain" has 4 k3s servers; etcd quorum tolerates no more failures than with 3',
    ]);
  });

  test('does not change the spec it is given', () => {
    const s = spec();
    s.nodes[1].address = s.nodes[0].address;
    const before = structuredClone(s);
    validateSite(s);
    expect(s).toEqual(before);
  });

  test('a DNS server may be the infra node, a gateway or the hypervisor host; a clash names the owner', () => {
    const s = spec();
    s.networks[0].gateway = '192.168.30.1';
    s.networks[0].dns = ['192.168.30.1', '192.168.30.2', '1.1.1.1'];
    expect(validateSite(s)).toEqual([]);
    s.networks[0].dns.push('192.168.30.21');
    expect(validateSite(s).map((i) => i.message)).toEqual(['DNS server 192.168.30.21 is already used by node "agent1" (nodes[1].address)']);
  });

  test('a DNS server that is the infra node is no clash', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[1], name: 'dns1', role: 'infra', address: '192.168.30.5' });
    s.networks[0].dns = ['192.168.30.5'];
    expect(validateSite(s)).toEqual([]);
    s.nodes[2].role = 'generic';
    expect(validateSite(s).map((i) => i.message)).toEqual(['DNS server 192.168.30.5 is already used by node "dns1" (nodes[2].address)']);
  });

  test('the hypervisor host may be the gateway of any one of several networks', () => {
    const s = spec();
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [], gateway: '192.168.40.1' });
    s.networks[0].gateway = '192.168.30.2';
    expect(validateSite(s)).toEqual([]);
  });

  test('an ingress address may be in any pool of the cluster', () => {
    const s = spec();
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].components.traefik = { version: '37.1.1' };
    s.clusters[0].pools = [{ name: 'a', addresses: ['192.168.30.100-192.168.30.110'] }, { name: 'b', addresses: ['192.168.30.120-192.168.30.130'] }];
    s.clusters[0].ingress = { controller: 'traefik', address: '192.168.30.125' } as SiteSpec['clusters'][number]['ingress'];
    expect(validateSite(s)).toEqual([]);
    s.clusters[0].ingress!.address = '192.168.30.115';
    expect(validateSite(s).map((i) => [i.message, i.allowed])).toEqual([['ingress address 192.168.30.115 is not in any pool of cluster "plain"', 'an address in 192.168.30.100-192.168.30.110, 192.168.30.120-192.168.30.130']]);
  });

  test('the hypervisor host may be a network gateway (a routing host)', () => {
    const s = spec();
    s.networks[0].gateway = s.hypervisor.host;
    expect(validateSite(s)).toEqual([]);
  });

  test('a one-address DHCP range (start = end) is a range', () => {
    const s = spec();
    s.networks[0].dhcp = { start: '192.168.30.100', end: '192.168.30.100' };
    expect(validateSite(s)).toEqual([]);
  });

  test('a pool may run from the first to the last address of its network, not one address further', () => {
    const s = spec();
    s.hypervisor.host = '192.168.30.200';
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].pools = [{ name: 'edges', addresses: ['192.168.30.0-192.168.30.9', '192.168.30.250-192.168.30.255'] }];
    expect(validateSite(s)).toEqual([]);
    s.clusters[0].pools[0].addresses = ['192.168.29.255-192.168.30.9', '192.168.30.250-192.168.31.0'];
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'clusters.0.pools.0.addresses.0: pool range 192.168.29.255-192.168.30.9 is not inside a site network',
      'clusters.0.pools.0.addresses.1: pool range 192.168.30.250-192.168.31.0 is not inside a site network',
    ]);
  });

  test('exactly 15 load balancers on the network of a VIP are fine (keepalived priorities 150 ... 10); the 16th is refused', () => {
    const text = fs.readFileSync(path.join(DIR, 'vip-too-many-loadbalancers.yaml'), 'utf8');
    const lb16 = /^ {2}- \{ name: lb16, .*\n/m;
    expect(text).toMatch(lb16);
    expect(loadSite(text.replace(lb16, ''), 'fifteen.yaml').warnings).toEqual([]);
  });

  test('every role that needs packages is refused on Flatcar, naming its packages', () => {
    const s = spec();
    s.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
    const base = s.nodes[1];
    const roles = [
      ['loadbalancer', 'haproxy and keepalived'],
      ['database', 'postgresql'],
      ['infra', 'dnsmasq and chrony'],
      ['gateway', 'wireguard-tools'],
    ] as const;
    roles.forEach(([role], k) => s.nodes.push({ ...base, name: `n-${role}`, role, address: `192.168.30.${40 + k}`, image: 'flatcar' }));
    // Roles without packages boot Flatcar.
    s.nodes[0].image = 'flatcar';
    s.nodes[1].image = 'flatcar';
    const onImage = validateSite(s).filter((i) => i.path[2] === 'image');
    expect(onImage).toEqual(
      roles.map(([role, packages], k) => ({
        severity: 'error',
        path: ['nodes', 2 + k, 'image'],
        message: `node "n-${role}" of role ${role} needs the ${packages} packages, which Flatcar cannot install`,
        allowed: `a debian or ubuntu image for ${role} nodes`,
        fix: 'give it a debian or ubuntu image',
      })),
    );
  });

  test('one disk per mounted purpose (nfs, postgresql too); several disks of an unmounted purpose are fine', () => {
    const s = spec();
    s.nodes[1].disks.push({ name: 'd1', sizeGiB: 10, purpose: 'data' }, { name: 'd2', sizeGiB: 10, purpose: 'data' });
    expect(validateSite(s)).toEqual([]);
    s.nodes[1].disks.push({ name: 'n1', sizeGiB: 10, purpose: 'nfs' }, { name: 'n2', sizeGiB: 10, purpose: 'nfs' }, { name: 'p1', sizeGiB: 10, purpose: 'postgresql' }, { name: 'p2', sizeGiB: 10, purpose: 'postgresql' });
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}; ${i.allowed}`)).toEqual([
      'nodes.1.disks.4.purpose: node "agent1" has a second disk of purpose nfs (the first is disks[3]); one disk of purpose nfs per node (the bootstrap mounts it at /srv/nfs)',
      'nodes.1.disks.6.purpose: node "agent1" has a second disk of purpose postgresql (the first is disks[5]); one disk of purpose postgresql per node (the bootstrap mounts it at /srv/postgresql)',
    ]);
  });

  test('on Proxmox, NAT networks may differ in bridge and each have a DHCP range (the one-libvirt-network rules are libvirt\'s)', () => {
    const s = spec();
    s.hypervisor = { kind: 'proxmox', host: '192.168.30.2', node: 'pve1', datastore: 'local-lvm', snippets: 'local', bridge: 'vmbr0' } as SiteSpec['hypervisor'];
    s.networks.push(
      { name: 'nat1', kind: 'nat', cidr: '10.98.0.0/24', bridge: 'vmbr1', dhcp: { start: '10.98.0.100', end: '10.98.0.110' }, dns: [] },
      { name: 'nat2', kind: 'nat', cidr: '10.99.0.0/24', bridge: 'vmbr2', dhcp: { start: '10.99.0.100', end: '10.99.0.110' }, dns: [] },
    );
    expect(validateSite(s)).toEqual([]);
    s.hypervisor = spec().hypervisor;
    expect(validateSite(s).map((i) => i.message)).toEqual([
      'NAT network "nat2" names bridge vmbr2, NAT network "nat1" bridge vmbr1',
      'NAT networks "nat1" and "nat2" both declare a dhcp range',
    ]);
  });

  test('a node refused by a cluster (other role, already in another cluster) does not count as its member', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[1], name: 'lh', role: 'generic', address: '192.168.30.31', disks: [...s.nodes[1].disks, { name: 'lh', sizeGiB: 50, purpose: 'longhorn' }] });
    s.clusters.push({ ...s.clusters[0], name: 'second', nodes: ['server1', 'lh'], apiVip: undefined, ingress: undefined, pools: [], components: { longhorn: { version: '1.9.1' } } } as SiteSpec['clusters'][number]);
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'clusters.1.nodes.0: node "server1" is already in cluster "plain"',
      'clusters.1.nodes.1: node "lh" has role generic, which does not join a cluster',
      'clusters.1.nodes: cluster "second" has no k3s server',
      'clusters.1.components.longhorn: Longhorn is enabled but no node of cluster "second" has a longhorn disk',
    ]);
  });

  test('a range that clashes with several claims names the first one claimed (addresses and pools alike)', () => {
    const s = spec();
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].pools = [
      { name: 'a', addresses: ['192.168.30.100-192.168.30.110'] },
      { name: 'b', addresses: ['192.168.30.120-192.168.30.130'] },
      { name: 'c', addresses: ['192.168.30.105-192.168.30.125', '192.168.30.11-192.168.30.21'] },
    ];
    expect(validateSite(s).map((i) => i.message)).toEqual([
      'range 192.168.30.105-192.168.30.125 includes an address already used by pool "a" of cluster "plain" (clusters[0].pools[0].addresses[0]: 192.168.30.100-192.168.30.110)',
      'range 192.168.30.11-192.168.30.21 includes an address already used by node "server1" (nodes[0].address: 192.168.30.11)',
    ]);
  });

  test('a node with an unknown image is reported once, whatever its role', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[1], name: 'dns', role: 'infra', address: '192.168.30.31', image: 'nope' });
    expect(validateSite(s).map((i) => i.message)).toEqual(['unknown image "nope"']);
  });

  test('load balancers and the VIPs of their networks: each network with load balancers holds a VIP; 15 per VIP, counted per network', () => {
    const s = spec();
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] });
    const lb = (name: string, network: string, address: string) => ({ ...s.nodes[1], name, role: 'loadbalancer' as const, network, address });
    // A load balancer and no VIP anywhere: it holds none.
    s.nodes.push(lb('lb-edge', 'edge', '192.168.40.31'));
    expect(validateSite(s).map((i) => i.message)).toEqual(['load balancer "lb-edge" is on network "edge", which holds no VIP of the site']);
    // Two VIPs on two networks, load balancers on both: each holds one; 15 on lan and 1 on edge are fine.
    s.vips.push({ name: 'api', address: '192.168.30.10', purpose: 'kube-api' }, { name: 'web', address: '192.168.40.10', purpose: 'ingress' });
    for (let k = 1; k <= 15; k++) s.nodes.push(lb(`lb${k}`, 'lan', `192.168.30.${40 + k}`));
    expect(validateSite(s)).toEqual([]);
    // A cluster whose only VIP (its ingress) is on no load balancer's network: the cluster's VIP rule says so, not the load balancers'.
    const t = spec();
    t.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] });
    t.vips.push({ name: 'web', address: '192.168.40.10', purpose: 'ingress' });
    t.nodes.push(lb('lb1', 'lan', '192.168.30.31'));
    t.clusters[0].components.traefik = { version: '37.1.1' };
    t.clusters[0].ingress = { controller: 'traefik', vip: 'web' } as SiteSpec['clusters'][number]['ingress'];
    expect(validateSite(t).map((i) => i.message)).toEqual(['VIP "web" (192.168.40.10) is not on a network of the load balancers']);
    // The same with a second cluster that uses no VIP.
    t.nodes.push({ ...t.nodes[0], name: 'server9', address: '192.168.30.19' });
    t.clusters.push({ ...t.clusters[0], name: 'other', nodes: ['server9'], ingress: undefined, components: {} } as SiteSpec['clusters'][number]);
    expect(validateSite(t).map((i) => i.message)).toEqual(['VIP "web" (192.168.40.10) is not on a network of the load balancers']);
  });

  test('with several networks, the messages list them all', () => {
    const s = spec();
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] }, { name: 'dmz', kind: 'bridge', cidr: '192.168.50.0/24', dns: [] });
    s.nodes[1].network = 'edge';
    s.nodes[1].address = '192.168.40.21';
    s.vips.push({ name: 'nowhere', address: '10.9.9.9', purpose: 'ingress' });
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].pools = [{ name: 'far', addresses: ['192.168.50.100-192.168.50.110'] }];
    expect(validateSite(s).map((i) => [i.message, i.allowed, i.fix])).toEqual([
      ['VIP 10.9.9.9 is not inside any site network', 'an address in one of: 192.168.30.0/24, 192.168.40.0/24, 192.168.50.0/24', "pick an address on the load balancers' network"],
      [
        'pool range 192.168.50.100-192.168.50.110 is on network "dmz" (192.168.50.0/24), where no node of cluster "plain" has an interface; MetalLB (L2) answers for pool addresses on the nodes\' own networks only',
        'a range on a network of the cluster\'s nodes: 192.168.30.0/24 (network "lan"), 192.168.40.0/24 (network "edge")',
        'move the range into one of those networks, or put nodes of the cluster on network "dmz"',
      ],
    ]);
  });

  test('a cluster that lists an unknown node silences "in no cluster" for the other clusters\' nodes too (the unknown name is most likely one of them, misspelt)', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[0], name: 'server2', address: '192.168.30.12' });
    s.clusters[0].nodes = ['server1', 'agnet1'];
    s.clusters.push({ ...s.clusters[0], name: 'second', nodes: ['server2'] } as SiteSpec['clusters'][number]);
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['clusters.0.nodes.1: unknown node "agnet1"']);
    s.clusters[0].nodes = ['server1'];
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['nodes.1.role: node "agent1" of role agent is in no cluster']);
  });

  test('gitops.bootstrap flux is refused with engine argocd only: argocd with the tree bootstrap, and flux with either, are fine', () => {
    const s = spec();
    s.clusters[0].gitops.engine = 'argocd';
    expect(validateSite(s)).toEqual([]);
    s.clusters[0].gitops.engine = 'flux';
    s.clusters[0].gitops.bootstrap = 'flux';
    expect(validateSite(s)).toEqual([]);
  });

  test('a cluster may name one VIP twice (only the purpose is wrong then); a load balancer on an unknown network holds no VIP', () => {
    const s = spec();
    const lb = (name: string, network: string, address: string) => ({ ...s.nodes[1], name, role: 'loadbalancer' as const, network, address });
    s.vips.push({ name: 'api', address: '192.168.30.10', purpose: 'kube-api' });
    s.nodes.push(lb('lb1', 'lan', '192.168.30.31'));
    s.clusters[0].apiVip = 'api';
    s.clusters[0].components.traefik = { version: '37.1.1' };
    s.clusters[0].ingress = { controller: 'traefik', vip: 'api' } as SiteSpec['clusters'][number]['ingress'];
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message, i.allowed, i.fix])).toEqual([['clusters.0.ingress.vip', 'VIP "api" has purpose kube-api', 'a VIP with purpose ingress', 'point vip at an ingress VIP']]);
    s.clusters[0].ingress = undefined;
    s.nodes[2].network = 'nowhere';
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message])).toEqual([['nodes.2.network', 'unknown network "nowhere"']]);
  });

  test("a VIP must be on a network of the load balancers, not just on one of the cluster's nodes; several are listed", () => {
    const s = spec();
    const lb = (name: string, network: string, address: string) => ({ ...s.nodes[1], name, role: 'loadbalancer' as const, network, address });
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] }, { name: 'dmz', kind: 'bridge', cidr: '192.168.50.0/24', dns: [] });
    s.nodes[1].network = 'edge';
    s.nodes[1].address = '192.168.40.21';
    s.nodes.push(lb('lb1', 'lan', '192.168.30.31'));
    s.vips.push({ name: 'api', address: '192.168.40.10', purpose: 'kube-api' });
    s.clusters[0].apiVip = 'api';
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message, i.allowed])).toEqual([['clusters.0.apiVip', 'VIP "api" (192.168.40.10) is not on a network of the load balancers', 'an address in 192.168.30.0/24 (network "lan")']]);
    s.nodes.push(lb('lb2', 'edge', '192.168.40.31'));
    s.vips[0].address = '192.168.50.10';
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message, i.allowed])).toEqual([
      ['clusters.0.apiVip', 'VIP "api" (192.168.50.10) is not on a network of the load balancers', 'an address in 192.168.30.0/24 (network "lan"), 192.168.40.0/24 (network "edge")'],
    ]);
  });

  test('an ingress address in a cluster without pools says it has none', () => {
    const s = spec();
    s.clusters[0].components.traefik = { version: '37.1.1' };
    s.clusters[0].ingress = { controller: 'traefik', address: '192.168.30.50' } as SiteSpec['clusters'][number]['ingress'];
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message, i.allowed])).toEqual([
      ['clusters.0.ingress.address', 'ingress address 192.168.30.50 is not in any pool of cluster "plain"', 'an address from a MetalLB pool of the cluster (it has none)'],
    ]);
  });

  test('public Grafana needs its hostname for this cluster: refused without a cloudflare block, and with the hostname of another cluster', () => {
    const s = spec();
    s.clusters[0].components.kubePrometheusStack = { version: '77.0.0' };
    s.clusters[0].monitoring = { alerts: { receiver: 'none' }, grafana: { public: true } };
    const grafana = ['clusters.0.monitoring.grafana.public', 'Grafana is public, but grafana.plain.example.org is not a public hostname of cluster "plain"'];
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message])).toEqual([grafana]);
    s.cloudflare = { zone: 'plain.example.org', target: '1.2.3.4', apiTokenVariable: 'cloudflare_api_token', hostnames: [{ name: 'grafana.plain.example.org', cluster: 'other' }] };
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message])).toEqual([grafana, ['cloudflare.hostnames.0.cluster', 'unknown cluster "other"']]);
  });

  test('a node address outside its network and every other asks for an address of its own network', () => {
    const s = spec();
    s.nodes[1].address = '10.9.9.9';
    expect(validateSite(s).map((i) => [i.path.join('.'), i.message, i.allowed, i.fix])).toEqual([
      ['nodes.1.address', '10.9.9.9 is outside network "lan" (192.168.30.0/24)', 'an address in 192.168.30.1-192.168.30.254', 'pick an address in 192.168.30.0/24'],
    ]);
  });

  test('a loki chart version may start with v', () => {
    const s = spec();
    s.clusters[0].components.loki = { version: 'v18.1.0' };
    expect(validateSite(s)).toEqual([]);
    s.clusters[0].components.loki = { version: 'v6.1.0' };
    expect(validateSite(s).map((i) => i.path.join('.'))).toEqual(['clusters.0.components.loki.version']);
  });

  test('the network and broadcast addresses are refused, except on a /31 (RFC 3021)', () => {
    const s = spec();
    s.networks.push({ name: 'p2p', kind: 'nat', cidr: '10.255.0.0/31', dns: [] });
    s.nodes.push({ ...s.nodes[1], name: 'edge', role: 'generic', network: 'p2p', address: '10.255.0.0' });
    expect(validateSite(s)).toEqual([]);
    s.networks[1].cidr = '10.255.0.0/30';
    expect(validateSite(s).map((i) => i.message)).toEqual(['10.255.0.0 is the network or broadcast address of 10.255.0.0/30']);
  });

  test('libvirt NAT networks: a bridge named on a later one only, or the same bridge on both, is one bridge', () => {
    const s = spec();
    s.networks.push({ name: 'nat1', kind: 'nat', cidr: '10.98.0.0/24', dns: [] }, { name: 'nat2', kind: 'nat', cidr: '10.99.0.0/24', bridge: 'virbr9', dns: [] });
    expect(validateSite(s)).toEqual([]);
    s.networks[1].bridge = 'virbr9';
    expect(validateSite(s)).toEqual([]);
    s.networks[1].bridge = 'virbr8';
    expect(validateSite(s).map((i) => i.message)).toEqual(['NAT network "nat2" names bridge virbr9, NAT network "nat1" bridge virbr8']);
  });

  test('a DNS server may be any host of hypervisor.hosts', () => {
    const s = spec();
    s.hypervisor = { kind: 'libvirt', hosts: [{ name: 'h1', host: '192.168.30.2', pool: { name: 'plain', path: '/p' }, bridge: 'br0' }, { name: 'h2', host: '192.168.30.3', pool: { name: 'plain', path: '/p' }, bridge: 'br0' }] } as SiteSpec['hypervisor'];
    s.networks[0].dns = ['192.168.30.3'];
    expect(validateSite(s)).toEqual([]);
  });

  test('cloudflare: the DDNS updater\'s cluster and name, a gateway target, hostnames named like VIPs', () => {
    const base = () => SiteSchema.parse(parse(fs.readFileSync(path.join(DIR, 'cloudflare-ddns-name-is-hostname.yaml'), 'utf8')));
    const errors = (s: SiteSpec) => validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}; allowed: ${i.allowed}; fix: ${i.fix}`);
    const s = base();
    s.cloudflare!.ddns = { cluster: 'tinny', name: 'tiny.example.org' }; // the zone itself is a name of the zone
    expect(errors(s)).toEqual(['cloudflare.ddns.cluster: unknown cluster "tinny"; allowed: one of: tiny; fix: did you mean "tiny"?']);
    s.cloudflare!.ddns = { cluster: 'tiny', name: 'ip.example.com' };
    expect(errors(s)).toEqual(['cloudflare.ddns.name: the DDNS name ip.example.com is not in zone tiny.example.org; allowed: tiny.example.org or a name ending in .tiny.example.org; fix: rename it to <name>.tiny.example.org']);
    // A name that only ends like the zone, without the dot, is outside it.
    s.cloudflare!.ddns = { cluster: 'tiny', name: 'iptiny.example.org' };
    expect(errors(s).map((e) => e.slice(0, e.indexOf(';')))).toEqual(['cloudflare.ddns.name: the DDNS name iptiny.example.org is not in zone tiny.example.org']);
    // The record of a hostname ExternalDNS writes.
    const x = base();
    x.cloudflare!.hostnames[0].dns = 'externalDns';
    x.clusters[0].components.externalDns = { version: '1.19.0' };
    expect(errors(x).filter((e) => e.startsWith('cloudflare.ddns'))).toEqual([
      'cloudflare.ddns.name: the DDNS name app.tiny.example.org is also a public hostname (cloudflare.hostnames[0]), whose record ExternalDNS writes: two writers of one record; allowed: a name of the zone that is none of the hostnames; fix: choose another name for the updater, such as ip.tiny.example.org',
    ]);
    // A target node must be a gateway and have a public address: each alone is not enough.
    const t = base();
    delete t.cloudflare!.ddns;
    t.cloudflare!.target = 'worker1';
    t.nodes[1] = { ...t.nodes[1], role: 'gateway' };
    expect(errors(t).filter((e) => e.startsWith('cloudflare.target'))).toEqual(['cloudflare.target: node "worker1" is not a gateway with a publicAddress; allowed: an IPv4 address, or a gateway node with publicAddress; fix: name the gateway node or give the public address']);
    t.nodes[1] = { ...t.nodes[1], role: 'agent', publicAddress: '203.0.113.10' };
    expect(errors(t).filter((e) => e.startsWith('cloudflare.target'))).toEqual(['cloudflare.target: node "worker1" is not a gateway with a publicAddress; allowed: an IPv4 address, or a gateway node with publicAddress; fix: name the gateway node or give the public address']);
    // A hostname that is a VIP's internal name.
    const v = base();
    v.vips = [{ name: 'app', address: '192.168.10.250', purpose: 'ingress' }] as SiteSpec['vips'];
    v.cloudflare!.ddns = { cluster: 'tiny', name: 'ip.tiny.example.org' };
    expect(errors(v).filter((e) => e.startsWith('cloudflare.hostnames'))).toEqual([
      'cloudflare.hostnames.0.name: public hostname app.tiny.example.org is also the internal name of VIP "app" (vips[0]: 192.168.10.250): inside the site it would resolve to that address, outside to the public ingress; allowed: a public hostname that no node or VIP is named as in domain tiny.example.org; fix: rename VIP "app", or choose another public hostname',
    ]);
  });

  test('cloudflare: a hostname of the second cluster, which has no ingress, names that cluster', () => {
    const s = SiteSchema.parse(parse(fs.readFileSync(path.join(DIR, 'app-host-other-cluster.yaml'), 'utf8')));
    s.clusters[0].apps = [];
    delete s.clusters[1].ingress;
    expect(validateSite(s).filter((i) => i.path[0] === 'cloudflare').map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'cloudflare.hostnames.1.cluster: hostname other.tiny.example.org routes to cluster "other", which has no ingress',
    ]);
  });

  test('a WireGuard public key is the whole text: nothing before or after it', () => {
    const key = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';
    expect([key, `x${key}`, `${key}x`, `${key}\n`].map((k) => WIREGUARD_KEY.test(k))).toEqual([true, false, false, false]);
  });

  test('a gateway with a tunnel on an unknown network: only the unknown network is reported', () => {
    const s = SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', 'site.yaml'), 'utf8')));
    const gw = s.nodes.findIndex((n) => n.tunnel);
    s.nodes[gw].network = 'nowhere';
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([`nodes.${gw}.network: unknown network "nowhere"`]);
  });

  test('a tunnel to a cluster whose ingress is a MetalLB address: its load balancers front it; the allowed peers are listed', () => {
    const s = SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', 'site.yaml'), 'utf8')));
    s.clusters[0].ingress = { controller: 'traefik', address: '10.17.4.200' } as SiteSpec['clusters'][number]['ingress'];
    s.vips = s.vips.filter((v) => v.purpose !== 'ingress');
    expect(validateSite(s)).toEqual([]);
    const gw = s.nodes.findIndex((n) => n.tunnel);
    const server = s.nodes.find((n) => n.role === 'server')!;
    s.nodes[gw].tunnel!.peer = server.name;
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}; allowed: ${i.allowed}`)).toEqual([
      `nodes.${gw}.tunnel.peer: node "${server.name}" has role server and cannot be the site side of the tunnel; allowed: a load balancer holding the ingress VIP of one cluster: one of: loadbalancer1, loadbalancer2, loadbalancer3`,
    ]);
    // A second cluster without an ingress changes nothing.
    s.nodes[gw].tunnel!.peer = 'loadbalancer1';
    s.clusters.push({ ...s.clusters[0], name: 'quiet', nodes: [], apps: [], ingress: undefined } as SiteSpec['clusters'][number]);
    expect(validateSite(s).filter((i) => i.path.join('.').startsWith(`nodes.${gw}.tunnel`))).toEqual([]);
    // With two clusters on MetalLB addresses, a load balancer without an ingress VIP fronts neither.
    const t = SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', 'site.yaml'), 'utf8')));
    t.clusters[0].ingress = { controller: 'traefik', address: '10.17.4.200' } as SiteSpec['clusters'][number]['ingress'];
    t.vips = t.vips.filter((v) => v.purpose !== 'ingress');
    t.clusters.push({ ...t.clusters[0], name: 'second', nodes: [], apps: [], ingress: { controller: 'traefik', address: '10.17.4.201' } } as SiteSpec['clusters'][number]);
    expect(validateSite(t).filter((i) => i.path.join('.').startsWith(`nodes.${gw}.tunnel`)).map((i) => i.message)).toEqual([
      'load balancer "loadbalancer1" holds no ingress VIP (no cluster\'s ingress VIP is on its network "kube02")',
    ]);
  });

  test('a reference where the site defines none of its kind says there are none', () => {
    const s = spec();
    s.clusters[0].apiVip = 'api';
    expect(validateSite(s)).toEqual([
      { severity: 'error', path: ['clusters', 0, 'apiVip'], message: 'unknown VIP "api"', allowed: 'a VIP defined in the site (there are none)', fix: 'define VIP "api" or reference an existing one' },
    ]);
  });

  test('maintenance windows: an end at or before the start (nothing else checked then), an unknown zone with no close name, and room for each load balancer', () => {
    const lbSite = (window: { start: string; end: string; timeZone?: string }, lbs = 2) => {
      const s = SiteSchema.parse(parse(fs.readFileSync(path.join(DIR, 'maintenance-load-balancer-slots.yaml'), 'utf8')));
      s.maintenance = { ...s.maintenance!, ...window };
      let kept = 0;
      s.nodes = s.nodes.filter((n) => n.role !== 'loadbalancer' || kept++ < lbs);
      return s;
    };
    const errors = (s: SiteSpec) => validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}; fix: ${i.fix}`);
    expect(errors(lbSite({ start: '02:00', end: '02:00' }))).toEqual(['maintenance.end: the window ends at 02:00, when it opens (start: 02:00); fix: set end after start, or open the window earlier']);
    expect(errors(lbSite({ start: '02:00', end: '01:59' }))).toEqual(['maintenance.end: the window ends at 01:59, before it opens (start: 02:00); fix: set end after start, or open the window earlier']);
    expect(errors(lbSite({ start: '02:00', end: '03:00', timeZone: 'Nowhere/Atlantis' }))).toEqual([
      'maintenance.timeZone: unknown time zone "Nowhere/Atlantis"; fix: write the zone as the tz database names it (timedatectl list-timezones)',
    ]);
    // 30 minutes each is enough; one load balancer needs no slot; the fix stays within the day.
    expect(errors(lbSite({ start: '02:00', end: '03:00' }))).toEqual([]);
    expect(errors(lbSite({ start: '02:00', end: '02:10' }, 1))).toEqual([]);
    expect(errors(lbSite({ start: '23:00', end: '23:45' }))).toEqual([
      'maintenance.end: the window of 45 minutes gives each of the 2 load balancers 22 minutes to update and reboot, one after the other; fix: set end to 23:59 or later',
    ]);
  });

  test('the load balancers\' update offsets split the window in equal slots, in site order', () => {
    const window = { days: ['sat' as const], start: '02:00', end: '05:00', timeZone: 'UTC' };
    expect(loadBalancerOffsets(window, 3)).toEqual([0, 60, 120]);
    expect(loadBalancerOffsets(window, 1)).toEqual([0]);
    expect(loadBalancerOffsets(window, 0)).toEqual([]);
  });

  test('renames: a node renamed to itself, an existing node renamed to an unknown name (one error), an old name renamed three times (both point at the first)', () => {
    const s = spec();
    s.changes.renames = [{ node: 'agent1', to: 'agent1' }];
    expect(validateSite(s)).toEqual([
      {
        severity: 'error',
        path: ['changes', 'renames', 0, 'node'],
        message: 'node "agent1" is renamed to "agent1" but still exists (nodes[1])',
        allowed: 'the old name of a renamed node, which no node of the site has any more',
        fix: 'remove the rename: the node keeps its name',
      },
    ]);
    s.changes.renames = [{ node: 'agent1', to: 'agent9' }];
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['changes.renames.0.node: node "agent1" is renamed to "agent9" but still exists (nodes[1])']);
    s.changes.renames = [{ node: 'agent0', to: 'agent1' }, { node: 'agent0', to: 'agent1' }, { node: 'agent0', to: 'agent1' }];
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'changes.renames.1.node: node "agent0" is renamed twice (changes.renames[0])',
      'changes.renames.1.to: node "agent1" is the new name of two renames (changes.renames[0] from "agent0")',
      'changes.renames.2.node: node "agent0" is renamed twice (changes.renames[0])',
      'changes.renames.2.to: node "agent1" is the new name of two renames (changes.renames[0] from "agent0")',
    ]);
  });
});

test('messages take the article of the word they put it before: a VIP, an image, an ingress VIP', () => {
  expect(['VIP', 'image', 'ingress', 'node', 'app'].map((w) => `${article(w)} ${w}`)).toEqual(['a VIP', 'an image', 'an ingress', 'a node', 'an app']);
});
