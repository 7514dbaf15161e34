/**
 * The Site queries both apps use, on the default site.yaml (the FlatcarMicroCloud site), and on
 * the valid fixtures where the default site does not exercise a case.
 */
import * as path from 'path';
import { loadSiteFile, Site, type SiteSpec } from '../../site';

const ROOT = path.join(__dirname, '..', '..');
const { site } = loadSiteFile(path.join(ROOT, 'site.yaml'));
const fixture = (name: string) => loadSiteFile(path.join(__dirname, '..', 'fixtures', 'valid', name)).site;
const names = (list: readonly { name: string }[]) => list.map((x) => x.name);

describe('the default site', () => {
  test('name and domain', () => {
    expect(site.name).toBe('microcloud');
    expect(site.domain).toBe('socialdevs.site');
  });

  test.each<[string[], string[]]>([
    [['server'], ['master1', 'master2', 'master3']],
    [['agent'], ['worker1', 'worker2', 'worker3']],
    [['storage'], ['storage1']],
    [['loadbalancer'], ['loadbalancer1', 'loadbalancer2', 'loadbalancer3']],
    [['database'], ['postgresql1']],
    [['infra'], ['infra-cluster']],
    [['gateway'], ['wg-gateway']],
    [['generic'], []],
    // Several roles: in site order, not in the order the roles are given.
    [['storage', 'server'], ['master1', 'master2', 'master3', 'storage1']],
    [['agent', 'storage'], ['worker1', 'worker2', 'worker3', 'storage1']],
    [[], []],
  ])('nodesByRole(%j)', (roles, expected) => {
    expect(names(site.nodesByRole(...(roles as Parameters<Site['nodesByRole']>)))).toEqual(expected);
  });

  test('the cluster: API on the kube-api VIP 10.17.3.10, ingress on the web VIP, servers first, agents in site order', () => {
    const c = site.cluster('microcloud');
    expect(c.apiAddress).toBe('10.17.3.10');
    expect(c.apiVipSpec).toEqual({ name: 'kube-api', address: '10.17.3.10', purpose: 'kube-api' });
    expect(c.ingressVipSpec).toEqual({ name: 'web', address: '10.17.3.30', purpose: 'ingress' });
    expect(names(c.servers)).toEqual(['master1', 'master2', 'master3']);
    expect(names(c.agents)).toEqual(['worker1', 'worker2', 'worker3', 'storage1']);
    expect(c.hostnames).toEqual(['socialdevs.site', 'api.socialdevs.site', 'grafana.socialdevs.site']);
    expect(c.podCidr).toBe('10.42.0.0/16');
    expect(c.serviceCidr).toBe('10.43.0.0/16');
    expect(names(site.clusters)).toEqual(['microcloud']);
  });

  test('resolvers: the infra node first, then the network\'s own DNS servers, without repeats', () => {
    expect(site.networks.map((n) => [n.name, n.resolvers])).toEqual([
      ['lan', ['192.168.0.30', '1.1.1.1']],
      ['tunnel', ['192.168.0.30']],
      ['kube02', ['192.168.0.30']],
      ['kube03', ['192.168.0.30']],
      ['kube04', ['192.168.0.30']],
    ]);
  });

  test('networks carry their parsed block and prefix', () => {
    const n = site.network('kube03');
    expect(n.block.text).toBe('10.17.4.0/24');
    expect(n.block.netmask).toBe('255.255.255.0');
    expect(n.prefix).toBe(24);
    expect(n.gateway).toBe('10.17.4.1');
  });

  test('publicAddress: the public address of the Cloudflare target gateway', () => {
    expect(site.publicAddress).toBe('203.0.113.10');
    expect(site.hostnames).toEqual([
      { name: 'socialdevs.site', cluster: 'microcloud' },
      { name: 'api.socialdevs.site', cluster: 'microcloud' },
      { name: 'grafana.socialdevs.site', cluster: 'microcloud' },
    ]);
  });

  test('nodes: fqdn, cluster membership and Flatcar', () => {
    expect(site.node('master1')).toMatchObject({ fqdn: 'master1.socialdevs.site', cluster: 'microcloud', flatcar: true, address: '10.17.4.21' });
    expect(site.node('storage1')).toMatchObject({ cluster: 'microcloud', flatcar: true });
    expect(site.node('loadbalancer1')).toMatchObject({ fqdn: 'loadbalancer1.socialdevs.site', cluster: undefined, flatcar: false });
    expect(site.node('postgresql1').cluster).toBeUndefined();
  });

  test('vms: every node but the external gateway', () => {
    expect(names(site.vms)).toEqual(names(site.nodes).filter((n) => n !== 'wg-gateway'));
    expect(site.vms).toHaveLength(12);
  });

  test.each<[string, string | undefined]>([
    ['10.17.4.21', 'kube03'],
    ['10.17.4.0', 'kube03'],
    ['10.17.4.255', 'kube03'],
    ['10.17.3.10', 'kube02'],
    ['10.17.0.1', 'tunnel'],
    ['192.168.0.30', 'lan'],
    ['10.17.6.1', undefined],
    ['10.42.0.1', undefined],
  ])('networkOf(%s) = %s', (address, expected) => {
    expect(site.networkOf(address)?.name).toBe(expected);
  });

  test('networkOfNode, addressOf, vip, pools, enabled', () => {
    expect(site.networkOfNode('postgresql1').name).toBe('kube04');
    expect(site.networkOfNode(site.node('loadbalancer2')).name).toBe('kube02');
    expect(site.addressOf('wg-gateway')).toBe('10.17.0.1');
    expect(site.vip('web').address).toBe('10.17.3.30');
    expect(site.pools('microcloud')).toEqual([{ name: 'services', addresses: ['10.17.4.200-10.17.4.220'] }]);
    expect(site.enabled('microcloud', 'longhorn')).toBe(true);
    expect(site.enabled('microcloud', 'ingressNginx')).toBe(false);
  });
});

describe('unknown names throw a clear message', () => {
  test.each<[string, () => unknown, string]>([
    ['node (a typo)', () => site.node('mastr1'), 'site "microcloud" has no node "mastr1"; did you mean "master1"?'],
    ['node (nothing close)', () => site.node('x'), `site "microcloud" has no node "x"; nodes: ${names(site.nodes).join(', ')}`],
    ['network', () => site.network('kube3'), 'site "microcloud" has no network "kube3"; did you mean "kube03"?'],
    ['network (nothing close)', () => site.network('storage'), 'site "microcloud" has no network "storage"; networks: lan, tunnel, kube02, kube03, kube04'],
    ['cluster', () => site.cluster('microclod'), 'site "microcloud" has no cluster "microclod"; did you mean "microcloud"?'],
    ['VIP', () => site.vip('ingress'), 'site "microcloud" has no VIP "ingress"; VIPs: kube-api, web'],
    ['addressOf', () => site.addressOf('worker9'), 'site "microcloud" has no node "worker9"; did you mean "worker1"?'],
    ['networkOfNode', () => site.networkOfNode('db1'), 'site "microcloud" has no node "db1"; nodes: ' + names(site.nodes).join(', ')],
    ['pools', () => site.pools('prod'), 'site "microcloud" has no cluster "prod"; clusters: microcloud'],
    ['enabled', () => site.enabled('prod', 'loki'), 'site "microcloud" has no cluster "prod"; clusters: microcloud'],
  ])('%s', (_what, fn, message) => {
    expect(fn).toThrow(new Error(message));
  });

  test('a site without VIPs says so', () => {
    expect(() => fixture('defaults.yaml').vip('api')).toThrow(new Error('site "plain" has no VIP "api"; it has no VIPs'));
  });
});

describe('frozen', () => {
  test('this file runs in strict mode (ES modules are strict), where writes to frozen objects throw', () => {
    expect(
      (function (this: unknown) {
        return this;
      })(),
    ).toBeUndefined();
  });

  test.each<[string, () => void, RegExp]>([
    ['a node address', () => ((site.nodes[0] as { address: string }).address = '10.0.0.1'), /Cannot assign to read only property 'address'/],
    ['the site name', () => ((site as { name: string }).name = 'x'), /Cannot assign to read only property 'name'/],
    ['a spec field', () => ((site.spec as { domain: string }).domain = 'x'), /Cannot assign to read only property 'domain'/],
    ['a nested spec field', () => ((site.spec.nodes[4].disks[0] as { sizeGiB: number }).sizeGiB = 1), /Cannot assign to read only property 'sizeGiB'/],
    ['a parsed block', () => ((site.networks[0].block as { prefix: number }).prefix = 8), /Cannot assign to read only property 'prefix'/],
    ['a cluster apiAddress', () => ((site.clusters[0] as { apiAddress: string }).apiAddress = 'x'), /Cannot assign to read only property 'apiAddress'/],
    ['a cluster\'s servers', () => (site.clusters[0].servers as unknown as string[]).push('x'), /Cannot add property 3, object is not extensible/],
    ['the node list', () => (site.nodes as unknown as unknown[]).push({}), /Cannot add property 13, object is not extensible/],
    ['the resolvers', () => ((site.networks[0].resolvers as string[])[0] = '8.8.8.8'), /Cannot assign to read only property '0'/],
    ['a new property', () => ((site as unknown as Record<string, unknown>).extra = 1), /Cannot add property extra, object is not extensible/],
    ['a deletion', () => delete (site.spec.cloudflare as { zone?: string }).zone, /Cannot delete property 'zone'/],
    ['components', () => ((site.spec.clusters[0].components as Record<string, unknown>).loki = undefined), /Cannot assign to read only property 'loki'/],
  ])('writing %s throws in strict mode', (_what, write, message) => {
    let error: unknown;
    try {
      write();
    } catch (e) {
      error = e;
    }
    // By name: structuredClone'd arrays come from another realm than this test's TypeError.
    expect((error as Error)?.name).toBe('TypeError');
    expect((error as Error).message).toMatch(message);
    expect(site.nodes[0].address).toBe('192.168.0.30');
  });

  test('everything reachable from the site is frozen', () => {
    const unfrozen: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (!v || typeof v !== 'object') return;
      if (!Object.isFrozen(v)) unfrozen.push(at);
      for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
    };
    walk(site, 'site');
    expect(unfrozen).toEqual([]);
  });

  test('building a Site does not freeze the spec it was given', () => {
    const spec = structuredClone(site.spec) as SiteSpec;
    const copy = new Site(spec);
    expect(Object.isFrozen(copy.spec)).toBe(true);
    expect(Object.isFrozen(spec)).toBe(false);
    expect(Object.isFrozen(spec.nodes[0])).toBe(false);
    expect(Object.isFrozen(spec.networks[0].dns)).toBe(false);
    expect(Object.isFrozen(spec.vips)).toBe(false);
  });
});

describe('other sites', () => {
  test('without an API VIP the cluster API is its first server', () => {
    expect(fixture('minimal-libvirt.yaml').cluster('mini').apiAddress).toBe('10.30.0.11');
    expect(fixture('defaults.yaml').cluster('plain').apiAddress).toBe('192.168.30.11');
    expect(fixture('defaults.yaml').cluster('plain').apiVipSpec).toBeUndefined();
  });

  test('without infra nodes, resolvers are the network\'s own DNS servers', () => {
    expect(fixture('proxmox.yaml').networks.map((n) => n.resolvers)).toEqual([['10.20.0.1', '9.9.9.9'], []]);
    expect(fixture('defaults.yaml').networks[0].resolvers).toEqual([]);
  });

  test('an infra node that is also a network DNS server is listed once', () => {
    const spec = structuredClone(fixture('multi-cluster.yaml').spec) as SiteSpec;
    spec.networks[0].dns = ['192.168.40.30', '192.168.40.1'];
    expect(new Site(spec).network('lan').resolvers).toEqual(['192.168.40.30', '192.168.40.1']);
  });

  test('publicAddress: a literal Cloudflare target, or none without Cloudflare', () => {
    const spec = structuredClone(site.spec) as SiteSpec;
    spec.cloudflare!.target = '198.51.100.1';
    expect(new Site(spec).publicAddress).toBe('198.51.100.1');
    expect(fixture('defaults.yaml').publicAddress).toBeUndefined();
    expect(fixture('defaults.yaml').hostnames).toEqual([]);
    expect(fixture('multi-cluster.yaml').publicAddress).toBe('198.51.100.7');
  });

  test('multi-cluster: each cluster its own VIP, members and hostnames', () => {
    const s = fixture('multi-cluster.yaml');
    expect(s.clusters.map((c) => [c.name, c.apiAddress, names(c.servers), names(c.agents), c.hostnames, c.ingressVipSpec?.address])).toEqual([
      ['apps', '10.0.1.10', ['apps-cp1'], ['apps-worker1'], ['duo.example.org', 'www.duo.example.org'], '10.0.1.30'],
      ['data', '10.0.1.11', ['data-cp1'], ['data-nas'], [], undefined],
    ]);
    expect(s.node('apps-worker1').cluster).toBe('apps');
    expect(s.node('pg1').cluster).toBeUndefined();
    expect(s.networkOf('10.0.3.21')?.name).toBe('apps'); // inside 10.0.2.0/23
    expect(s.networkOf('10.0.20.27')?.name).toBe('data');
    expect(names(s.vms)).not.toContain('vps');
  });
});
