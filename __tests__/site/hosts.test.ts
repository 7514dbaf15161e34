/** The hypervisor hosts of a site and where its VMs run (site/hosts.ts). */
import { formatIssue, hostsOf, loadSite, placeNodes, type SiteSpec } from '../../site';
import * as fs from 'fs';
import { parse, stringify } from 'yaml';
import { siteOf } from '../support/stacks';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A two-host Proxmox site: examples/multi-cluster.yaml with the nodes given (all on the servers network). */
const proxmox = (nodes: { name: string; role: string; host?: string; longhorn?: boolean; external?: boolean }[], clusters: Doc[]) =>
  siteOf('examples/multi-cluster.yaml', (doc) => {
    const base = doc.nodes[0];
    doc.nodes = nodes.map((n, i) => ({
      ...base,
      name: n.name,
      role: n.role,
      address: `10.10.0.${100 + i}`,
      ...(n.host ? { host: n.host } : {}),
      ...(n.external ? { external: true } : {}),
      disks: [{ name: 'os', sizeGiB: 20, purpose: 'os' }, ...(n.longhorn ? [{ name: 'longhorn', sizeGiB: 50, purpose: 'longhorn' }] : [])],
    }));
    doc.hypervisor.hosts = [{ name: 'a', host: '10.10.0.2' }, { name: 'b', host: '10.10.0.3' }, { name: 'c', host: '10.10.0.4' }];
    doc.clusters = clusters.map((c, i) => ({ ...doc.clusters[0], ...c, podCidr: `10.${42 + 2 * i}.0.0/16`, serviceCidr: `10.${43 + 2 * i}.0.0/16`, apps: [], ingress: undefined, pools: [], components: {}, monitoring: undefined, backups: undefined, postgresql: undefined, secrets: undefined }));
    delete doc.cloudflare;
  });

describe('hosts', () => {
  test('a one-host site reads as one host, named by the Proxmox node (libvirt: its address), with the single-host fields', () => {
    expect(hostsOf(siteOf('examples/proxmox-minimal.yaml').spec.hypervisor)).toEqual([{ name: 'pve', address: '192.168.1.10', bridge: 'vmbr0', datastore: 'local-lvm' }]);
    expect(hostsOf(siteOf('site.yaml').spec.hypervisor)).toEqual([
      { name: '192.168.0.40', address: '192.168.0.40', bridge: 'br0', uri: 'qemu+ssh://root@192.168.0.40/system', pool: { name: 'microcloud', path: '/var/lib/libvirt/images/microcloud' } },
    ]);
  });

  test('a one-host site with its fields missing (which validation reports) reads as a host with them empty; libvirt hosts get the default URI unless they name one', () => {
    expect(hostsOf({ kind: 'libvirt' } as SiteSpec['hypervisor'])).toEqual([{ name: '', address: '', bridge: '', uri: 'qemu+ssh://root@/system', pool: { name: '', path: '' } }]);
    expect(hostsOf({ kind: 'libvirt', host: '10.0.0.2', uri: 'qemu:///system' } as SiteSpec['hypervisor'])).toEqual([{ name: '10.0.0.2', address: '10.0.0.2', bridge: '', uri: 'qemu:///system', pool: { name: '', path: '' } }]);
    expect(hostsOf({ kind: 'proxmox', host: '10.0.0.2', bridge: 'vmbr0', datastore: 'local-lvm' } as SiteSpec['hypervisor'])).toEqual([{ name: '', address: '10.0.0.2', bridge: 'vmbr0', datastore: 'local-lvm' }]);
    const pool = { name: 'p', path: '/p' };
    expect(hostsOf({ kind: 'libvirt', hosts: [{ name: 'a', host: '10.0.0.2', pool, bridge: 'br0' }, { name: 'b', host: '10.0.0.3', pool, bridge: 'br0', uri: 'qemu+tcp://10.0.0.3/system' }] } as SiteSpec['hypervisor']).map((h) => h.uri)).toEqual([
      'qemu+ssh://root@10.0.0.2/system',
      'qemu+tcp://10.0.0.3/system',
    ]);
  });

  test('Proxmox hosts take the site-wide datastore and bridge unless they name their own', () => {
    const site = siteOf('examples/multi-cluster.yaml', (doc) => {
      doc.hypervisor.hosts[1].datastore = 'local-lvm';
      doc.hypervisor.hosts[1].bridge = 'vmbr1';
    });
    expect(site.hosts).toEqual([
      { name: 'neo50q', address: '10.10.0.2', bridge: 'vmbr0', datastore: 'local-zfs' },
      { name: 'elitedesk', address: '10.10.0.3', bridge: 'vmbr1', datastore: 'local-lvm' },
    ]);
  });

  test('one host: every VM runs on it; external nodes run on none', () => {
    const site = siteOf('site.yaml');
    expect(site.multiHost).toBe(false);
    expect(new Set(site.vms.map((n) => site.hostOf(n)))).toEqual(new Set([site.hosts[0]]));
    for (const n of site.nodes.filter((x) => x.external)) expect(site.hostOf(n)).toBeUndefined();
  });

  test('seed 001: gordito\'s worker on the EliteDesk, the control planes on the neo50q', () => {
    const site = siteOf('examples/multi-cluster.yaml');
    expect(site.multiHost).toBe(true);
    expect(Object.fromEntries(site.vms.map((n) => [n.name, site.hostOf(n)!.name]))).toEqual({ 'gordito-cp': 'neo50q', 'gordito-worker': 'elitedesk', 'data-cp': 'neo50q' });
  });

  test('servers of a cluster, load balancers and Longhorn nodes each spread over the hosts, in site order', () => {
    const site = proxmox(
      [
        { name: 's1', role: 'server' }, { name: 's2', role: 'server' }, { name: 's3', role: 'server' },
        { name: 't1', role: 'server' },
        { name: 'l1', role: 'agent', longhorn: true }, { name: 'l2', role: 'agent', longhorn: true },
        { name: 'w1', role: 'agent' }, { name: 'w2', role: 'agent' },
      ],
      [{ name: 'one', nodes: ['s1', 's2', 's3', 'l1', 'l2', 'w1', 'w2'] }, { name: 'two', nodes: ['t1'] }],
    );
    expect(Object.fromEntries(site.vms.map((n) => [n.name, site.hostOf(n)!.name]))).toEqual({
      s1: 'a', s2: 'b', s3: 'c',
      // Another cluster's servers spread on their own.
      t1: 'a',
      l1: 'a', l2: 'b',
      // The rest spread among themselves.
      w1: 'a', w2: 'b',
    });
  });

  test('pinned VMs count first: the others spread around them; ties go to the first host in hosts order', () => {
    const spec = proxmox(
      [{ name: 's1', role: 'server' }, { name: 's2', role: 'server' }, { name: 's3', role: 'server', host: 'a' }, { name: 'x', role: 'generic', external: true }],
      [{ name: 'one', nodes: ['s1', 's2', 's3'] }],
    ).spec;
    expect(Object.fromEntries(placeNodes(spec))).toEqual({ s1: 'b', s2: 'c', s3: 'a' });
  });

  describe('placement on hand-made sites (placeNodes reads only the hypervisor, nodes, clusters and networks)', () => {
    type Placed = Parameters<typeof placeNodes>[0];
    const disks = (longhorn: boolean) => [{ name: 'os', sizeGiB: 20, purpose: 'os' }, ...(longhorn ? [{ name: 'lh', sizeGiB: 50, purpose: 'longhorn' }] : [])];
    const node = (name: string, role: string, network = 'lan', longhorn = false) => ({ name, role, network, disks: disks(longhorn), external: false });
    const networks = [{ name: 'lan', kind: 'bridge' }, { name: 'inner', kind: 'nat' }];
    const proxmoxHv = { kind: 'proxmox', host: '10.0.0.2', bridge: 'vmbr0', datastore: 'local-lvm', hosts: [{ name: 'a', host: '10.0.0.2' }, { name: 'b', host: '10.0.0.3' }, { name: 'c', host: '10.0.0.4' }] };
    const libvirtHv = { kind: 'libvirt', hosts: ['a', 'b', 'c'].map((name, i) => ({ name, host: `10.0.0.${2 + i}`, pool: { name: 'p', path: '/p' }, bridge: 'br0' })) };
    const place = (hypervisor: object, nodes: object[], clusters: object[] = []) => Object.fromEntries(placeNodes({ hypervisor, nodes, clusters, networks } as unknown as Placed));

    test('load balancers, Longhorn nodes of each cluster and the rest are kinds of their own', () => {
      const nodes = [node('o1', 'generic'), node('lb1', 'loadbalancer'), node('lb2', 'loadbalancer'), node('x1', 'agent', 'lan', true), node('y1', 'agent', 'lan', true), node('x2', 'agent', 'lan', true)];
      expect(place(proxmoxHv, nodes, [{ name: 'x', nodes: ['x1', 'x2'] }, { name: 'y', nodes: ['y1'] }])).toEqual({ o1: 'a', lb1: 'a', lb2: 'b', x1: 'a', y1: 'a', x2: 'b' });
    });

    test('only a libvirt NAT network keeps its VMs on the first host: bridge networks beside it, and Proxmox NAT networks, spread', () => {
      const lbs = (network: string) => [node('lb1', 'loadbalancer', network), node('lb2', 'loadbalancer', network), node('lb3', 'loadbalancer', network)];
      expect(place(libvirtHv, lbs('inner'))).toEqual({ lb1: 'a', lb2: 'a', lb3: 'a' });
      expect(place(libvirtHv, lbs('lan'))).toEqual({ lb1: 'a', lb2: 'b', lb3: 'c' });
      expect(place(proxmoxHv, lbs('inner'))).toEqual({ lb1: 'a', lb2: 'b', lb3: 'c' });
    });
  });

  test('libvirt: a VM on a NAT network stays on the first host, where the NAT network lives', () => {
    const site = siteOf('site.yaml', (doc) => {
      doc.hypervisor = { kind: 'libvirt', hosts: [{ name: 'h1', host: doc.hypervisor.host, pool: doc.hypervisor.pool, bridge: doc.hypervisor.bridge }, { name: 'h2', host: '192.168.0.41', pool: doc.hypervisor.pool, bridge: 'br0' }] };
    });
    const onNat = site.vms.filter((n) => site.networkOfNode(n).kind === 'nat');
    expect(onNat.length).toBeGreaterThan(3);
    expect(new Set(onNat.map((n) => site.hostOf(n)!.name))).toEqual(new Set(['h1']));
  });

  test('a warning when the load balancers (or the servers of a cluster) all run on one of several hosts; none on a one-host site', () => {
    const load = (edit: (doc: Doc) => void) => {
      const doc = parse(fs.readFileSync('site.yaml', 'utf8'));
      edit(doc);
      return loadSite(stringify(doc), 'site.yaml').warnings.map(formatIssue).filter((w) => w.includes('host'));
    };
    const twoHosts = (doc: Doc) => {
      doc.hypervisor = { kind: 'libvirt', hosts: [{ name: 'h1', host: doc.hypervisor.host, pool: doc.hypervisor.pool, bridge: doc.hypervisor.bridge }, { name: 'h2', host: '192.168.0.41', pool: doc.hypervisor.pool, bridge: 'br0' }] };
    };
    expect(load(() => undefined)).toEqual([]);
    // site.yaml's load balancers and servers are on NAT networks, which stay on the first host.
    const all = load(twoHosts);
    expect(all.filter((w) => w.includes('load balancers'))).toEqual([
      expect.stringMatching(/^site\.yaml:\d+:\d+: warning: nodes\[\d+\]: the 3 load balancers all run on host "h1": losing that host takes every VIP down, so the VIPs are not highly available; allowed: load balancers on different hosts; fix: put the load balancers on bridge or vlan networks \(a libvirt NAT network lives on the first host\), then give them different hosts \(host: <name>\)$/),
    ]);
    expect(all.filter((w) => w.includes('servers of cluster'))).toHaveLength(1);
  });
});
