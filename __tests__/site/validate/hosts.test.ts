/**
 * The host rules (site/validate/hosts.ts) on parsed sites: the cases one fixture per rule cannot
 * show (which single-host fields clash with hosts, the Proxmox API address, the NAT rule's bounds,
 * when the spread warnings stay silent). The messages in a loaded file are in fixtures.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { SiteSchema, validateSite, type SiteSpec } from '../../../site';

type Node = SiteSpec['nodes'][number];
const read = (file: string): SiteSpec => SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', file), 'utf8')));
const issues = (s: SiteSpec) => validateSite(s).filter((i) => !i.message.includes('etcd quorum')).map((i) => `${i.severity} ${i.path.join('.')}: ${i.message}; fix: ${i.fix}`);

/** Two libvirt hosts h1, h2; networks lan (bridge, gateway 192.168.10.1) and inner (NAT); cp1 (server, lan) and worker1 (agent, inner, placed on h1). */
function libvirt(): SiteSpec {
  const s = read('__tests__/fixtures/invalid/host-nat-network.yaml');
  delete s.nodes[1].host;
  return s;
}

/** examples/multi-cluster.yaml: Proxmox hosts neo50q (10.10.0.2, also the API's address) and elitedesk (10.10.0.3); no load balancers. */
const proxmox = () => read('examples/multi-cluster.yaml');

/** site.yaml (three load balancers on the NAT network kube02) on two Proxmox nodes a and b, where NAT networks span hosts. */
function proxmoxLbs(): SiteSpec {
  const s = read('site.yaml');
  s.hypervisor = { kind: 'proxmox', host: '192.168.0.40', datastore: 'local-lvm', snippets: 'local', bridge: 'vmbr0', hosts: [{ name: 'a', host: '192.168.0.40' }, { name: 'b', host: '192.168.0.41' }] } as SiteSpec['hypervisor'];
  return s;
}

const server = (s: SiteSpec, name: string, address: string, extra: Partial<Node> = {}): Node => ({ ...s.nodes[0], name, role: 'server', address, ...extra });

describe('host rules', () => {
  test('the bases are valid', () => {
    expect(issues(libvirt())).toEqual([]);
    expect(issues(proxmox())).toEqual([]);
  });

  test('hosts with single-host fields: each given field is named (libvirt uri too), with the fix of the hypervisor kind', () => {
    const s = libvirt();
    Object.assign(s.hypervisor, { pool: { name: 'tiny', path: '/p' }, bridge: 'br0', uri: 'qemu+ssh://root@192.168.10.2/system' });
    expect(issues(s)).toEqual(['error hypervisor.pool: hypervisor has both hosts and pool, bridge, uri; fix: move host, uri, pool and bridge into an entry of hosts']);
    // The single host's address is not claimed beside hosts (as the Proxmox API's is): no clash with the node on it.
    const h = libvirt();
    Object.assign(h.hypervisor, { host: '192.168.10.11' });
    expect(issues(h)).toEqual(['error hypervisor.host: hypervisor has both hosts and host; fix: move host, uri, pool and bridge into an entry of hosts']);
    const u = libvirt();
    Object.assign(u.hypervisor, { uri: 'qemu:///system' });
    expect(issues(u)).toEqual(['error hypervisor.uri: hypervisor has both hosts and uri; fix: move host, uri, pool and bridge into an entry of hosts']);
    const p = proxmox();
    Object.assign(p.hypervisor, { node: 'neo50q' });
    expect(issues(p)).toEqual(['error hypervisor.node: hypervisor has both hosts and node; fix: remove node: hosts names the Proxmox nodes']);
  });

  test('a host may be the gateway of a network (it routes); its address is not claimed then', () => {
    const s = libvirt();
    s.hypervisor.hosts![1].host = '192.168.10.1';
    expect(issues(s)).toEqual([]);
  });

  test('the Proxmox API address is claimed unless it is a host\'s: a node on it clashes', () => {
    const s = proxmox();
    s.hypervisor.host = '10.10.0.9';
    expect(issues(s)).toEqual([]);
    s.nodes[0].address = '10.10.0.9';
    expect(issues(s)).toEqual([`error nodes.0.address: 10.10.0.9 is already used by the Proxmox VE API (hypervisor.host: 10.10.0.9); fix: give node "${s.nodes[0].name}" an unused address`]);
    // The API on host a's address: claimed once, as host a's.
    const t = proxmox();
    t.nodes[0].address = t.hypervisor.hosts![0].host!;
    expect(issues(t)).toEqual([`error nodes.0.address: ${t.nodes[0].address} is already used by host "neo50q" (hypervisor.hosts[0].host: ${t.nodes[0].address}); fix: give node "${t.nodes[0].name}" an unused address`]);
  });

  test('the NAT rule: a VM pinned to another host on a bridge network, a Proxmox NAT network, an external node and an unknown network are not its business', () => {
    const s = libvirt();
    s.nodes[0].host = 'h2';
    s.nodes[1].host = 'h1'; // pinned to the first host, on the NAT network: fine
    expect(issues(s)).toEqual([]);
    s.nodes.push({ ...s.nodes[1], name: 'ext', address: '10.1.0.30', external: true });
    expect(issues(s).filter((i) => i.includes('NAT'))).toEqual([]);
    s.nodes[1] = { ...s.nodes[1], host: 'h2', network: 'nowhere' };
    expect(issues(s).filter((i) => i.startsWith('error nodes.1'))).toEqual(['error nodes.1.network: unknown network "nowhere"; fix: define network "nowhere" or reference an existing one']);
    // On Proxmox a NAT network is on every node: a load balancer on kube02 may be pinned to b.
    const p = proxmoxLbs();
    const lb = p.nodes.findIndex((n) => n.role === 'loadbalancer');
    p.nodes[lb].host = 'b';
    expect(issues(p).filter((i) => i.includes('NAT network'))).toEqual([]);
  });

  test('spread warnings: none with one entry in hosts, with servers or load balancers on two hosts, or with one load balancer', () => {
    const s = libvirt();
    s.hypervisor.hosts = s.hypervisor.hosts!.slice(0, 1);
    s.nodes.push(server(s, 'cp2', '192.168.10.12'));
    s.clusters[0].nodes.push('cp2');
    expect(issues(s)).toEqual([]);
    const t = libvirt();
    t.nodes.push(server(t, 'cp2', '192.168.10.12', { host: 'h1' }));
    t.nodes[0].host = 'h2';
    t.clusters[0].nodes.push('cp2');
    expect(issues(t)).toEqual([]);
    t.nodes[0].host = 'h1';
    expect(issues(t)).toEqual([
      'warning clusters.0.nodes: the 2 servers of cluster "tiny" all run on host "h1": losing that host stops the cluster (etcd loses every member), so the servers are not highly available; fix: give the servers different hosts (host: <name>), or leave host out on them to have them spread',
    ]);
  });

  test('spread warnings: the fix moves VMs off a libvirt NAT network first when any of them is on one; Proxmox NAT networks span hosts', () => {
    const s = libvirt();
    s.nodes.push(server(s, 'cp2', '10.1.0.12', { network: 'inner' }));
    s.nodes[0].host = 'h1';
    s.clusters[0].nodes.push('cp2');
    expect(issues(s)).toEqual([
      'warning clusters.0.nodes: the 2 servers of cluster "tiny" all run on host "h1": losing that host stops the cluster (etcd loses every member), so the servers are not highly available; fix: put the servers on bridge or vlan networks (a libvirt NAT network lives on the first host), then give them different hosts (host: <name>)',
    ]);
    const p = proxmoxLbs();
    const lbWarnings = () => issues(p).filter((i) => i.includes('load balancers all run'));
    expect(lbWarnings()).toEqual([]); // placed: spread over a and b
    const lbs = p.nodes.filter((n) => n.role === 'loadbalancer');
    for (const n of lbs) n.host = 'a';
    expect(lbWarnings()).toEqual([
      expect.stringMatching(/^warning nodes\.\d+: the 3 load balancers all run on host "a": .* fix: give the load balancers different hosts \(host: <name>\), or leave host out on them to have them spread$/),
    ]);
    // One load balancer left: nothing to spread.
    p.nodes = p.nodes.filter((n) => n.role !== 'loadbalancer' || n === lbs[0]);
    expect(lbWarnings()).toEqual([]);
  });
});
