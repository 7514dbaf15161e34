import * as path from 'path';
import { loadSiteFile, Site } from '../../../site';
import { siteWith } from '../../support/helpers';
import {
  adminSources,
  clusterNetworks,
  databaseClients,
  ingressTargets,
  loadBalancersFor,
  loadBalancersOf,
  nfsExports,
  ntpServers,
  resolversOf,
  routedNetworks,
  siteNetworks,
  gatewayPeer,
  tunnelOf,
  tunnelsTo,
  tunnelTo,
  upstreamDns,
  vipsOf,
} from '../../../infra/bootstrap/topology';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', '..', '..', f)).site;
const site = load('site.yaml');
const cluster = site.cluster('microcloud');

describe('topology of the default site', () => {
  it('admin sources: the LAN holding the hypervisor, plus the NAT gateway (the host) for NAT nodes', () => {
    expect(adminSources(site, site.node('master1'))).toEqual(['192.168.0.0/24', '10.17.4.1']);
    expect(adminSources(site, site.node('infra-cluster'))).toEqual(['192.168.0.0/24']);
    expect(adminSources(site, site.node('wg-gateway'))).toEqual(['192.168.0.0/24']);
  });

  it('admin sources with admin devices on the tunnel: their own addresses on the gateway and the peer, the peer\'s address everywhere else', () => {
    const s = siteWith((doc) => {
      doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel.admins = [{ name: 'laptop', publicKey: 'Bin96vJ4fqZT2ZTLNbZcIKwb5FJlCUZb7Q+oUbaYDnw=', address: '10.17.0.10' }];
    });
    expect(adminSources(s, s.node('master1'))).toEqual(['192.168.0.0/24', '10.17.4.1', '10.17.3.11']);
    expect(adminSources(s, s.node('infra-cluster'))).toEqual(['192.168.0.0/24', '10.17.3.11']);
    expect(adminSources(s, s.node('wg-gateway'))).toEqual(['192.168.0.0/24', '10.17.0.10']);
    expect(adminSources(s, s.node('loadbalancer1'))).toEqual(['192.168.0.0/24', '10.17.3.1', '10.17.0.10']);
    expect(tunnelOf(s, s.node('wg-gateway'))!.admins).toEqual([{ name: 'laptop', publicKey: 'Bin96vJ4fqZT2ZTLNbZcIKwb5FJlCUZb7Q+oUbaYDnw=', address: '10.17.0.10' }]);
  });

  it('cluster network and ingress targets (agents, not the storage node)', () => {
    expect(clusterNetworks(site, cluster)).toEqual(['10.17.4.0/24']);
    expect(ingressTargets(cluster).map((n) => n.name)).toEqual(['worker1', 'worker2', 'worker3']);
  });

  it('VIPs and load balancers', () => {
    expect(vipsOf(site, site.node('loadbalancer2')).map((v) => v.name)).toEqual(['kube-api', 'web']);
    expect(loadBalancersOf(site, site.vip('kube-api')).map((n) => n.name)).toEqual(['loadbalancer1', 'loadbalancer2', 'loadbalancer3']);
    expect(loadBalancersFor(site, cluster).map((n) => n.address)).toEqual(['10.17.3.11', '10.17.3.12', '10.17.3.13']);
  });

  it('database clients: node network and pod CIDR', () => {
    expect(databaseClients(site, site.node('postgresql1'))).toEqual(['10.17.4.0/24', '10.42.0.0/16']);
  });

  it('NFS exports: postgresql to the database network, shared to the cluster network', () => {
    expect(nfsExports(site, site.node('storage1'))).toEqual([
      { path: '/srv/nfs/postgresql', clients: ['10.17.5.0/24'], options: 'rw,sync,no_subtree_check,root_squash' },
      { path: '/srv/nfs/shared', clients: ['10.17.4.0/24'], options: 'rw,sync,no_subtree_check,no_root_squash' },
    ]);
  });

  it('DNS and NTP', () => {
    expect(siteNetworks(site)).toEqual(['192.168.0.0/24', '10.17.0.0/24', '10.17.3.0/24', '10.17.4.0/24', '10.17.5.0/24']);
    expect(resolversOf(site, site.node('master1'))).toEqual(['192.168.0.30']);
    expect(resolversOf(site, site.node('infra-cluster'))).toEqual(['1.1.1.1', '192.168.0.30']);
    expect(upstreamDns(site, site.node('infra-cluster'))).toEqual(['1.1.1.1']);
    expect(ntpServers(site, site.node('master1'))).toEqual(['192.168.0.30']);
    expect(ntpServers(site, site.node('infra-cluster'))).toEqual([]);
    expect(ntpServers(site, site.node('wg-gateway'))).toEqual([]);
  });

  it('tunnel: loadbalancer1 at 10.17.0.2 is the site side of the public path to the ingress of microcloud; every non-wireguard network is routed', () => {
    const gw = site.node('wg-gateway');
    const t = tunnelOf(site, gw)!;
    expect({ ...t, gateway: t.gateway.name, network: t.network.name, peer: t.peer.name, cluster: t.cluster.name }).toEqual({
      gateway: 'wg-gateway',
      network: 'tunnel',
      peer: 'loadbalancer1',
      peerAddress: '10.17.0.2',
      forward: [80, 443],
      keepaliveSeconds: 25,
      cluster: 'microcloud',
      admins: [],
    });
    expect(gatewayPeer(site, gw).name).toBe('loadbalancer1');
    expect(tunnelTo(site, site.node('loadbalancer1'))).toBe(t);
    expect(tunnelsTo(site, site.node('loadbalancer2'))).toEqual([]);
    expect(tunnelOf(site, site.node('loadbalancer1'))).toBeUndefined();
    expect(routedNetworks(site).map((n) => n.name)).toEqual(['lan', 'kube02', 'kube03', 'kube04']);
  });

  it('tunnel: without a tunnel block the first infra node is the gateway\'s peer, and there is no public path', () => {
    const s = siteWith((doc) => {
      delete doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel;
    });
    expect(tunnelOf(s, s.node('wg-gateway'))).toBeUndefined();
    expect(gatewayPeer(s, s.node('wg-gateway')).name).toBe('infra-cluster');
    expect(tunnelTo(s, s.node('loadbalancer1'))).toBeUndefined();
    // Validation reports a site without either (site/validate/fixtures.test.ts); past it, the topology refuses too.
    const spec = structuredClone(s.spec) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    spec.nodes = spec.nodes.filter((n: { role: string }) => n.role !== 'infra');
    const noInfra = new Site(spec);
    expect(() => gatewayPeer(noInfra, noInfra.node('wg-gateway'))).toThrow(/has no tunnel block, so it needs an infra node/);
  });

  it('tunnel: a peer that does not hold exactly one ingress VIP is refused past validation', () => {
    const spec = structuredClone(site.spec) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    spec.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel.peer = 'postgresql1';
    const s = new Site(spec);
    expect(() => tunnelOf(s, s.node('wg-gateway'))).toThrow(/tunnel peer postgresql1 of gateway wg-gateway has role database/);
  });
});

describe('topology of the examples', () => {
  it('multi-cluster (Proxmox): storage outside any cluster exports to every cluster network; pods of both clusters reach the database', () => {
    const multi = load('examples/multi-cluster.yaml');
    expect(nfsExports(multi, multi.node('nas'))).toEqual([{ path: '/srv/nfs/shared', clients: ['10.10.0.0/24'], options: 'rw,sync,no_subtree_check,no_root_squash' }]);
    expect(adminSources(multi, multi.node('gordito-cp'))).toEqual(['10.10.0.0/24']);
  });

  it('a cluster without agents sends ingress to all its nodes', () => {
    const multi = load('examples/multi-cluster.yaml');
    expect(ingressTargets(multi.cluster('data')).map((n) => n.name)).toEqual(['data-cp']);
  });
});
