/**
 * site/load.ts: YAML text → validated, frozen Site, with `file:line:column` on every problem. The
 * rules themselves are covered one fixture each in validate/fixtures.test.ts; this file covers valid
 * sites, defaults, the result, an app's own rules and how several problems are reported; load/ has
 * files, YAML and the messages.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadSite, loadSiteFile, Site, SiteError } from '../../site';
import { MAX_LISTED_ERRORS } from '../../site/errors';

import { edit, failure, ROOT, SITE, VALID, validFixtures } from './load/harness';

describe('valid sites', () => {
  test('the valid fixtures include a minimal libvirt site, a Proxmox site, a multi-cluster site and one on defaults', () => {
    expect(validFixtures).toEqual(expect.arrayContaining(['minimal-libvirt.yaml', 'proxmox.yaml', 'multi-cluster.yaml', 'defaults.yaml']));
  });

  test.each([...validFixtures.map((f) => `__tests__/fixtures/valid/${f}`), 'site.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml'])(
    '%s loads without errors or warnings',
    (file) => {
      const { site, warnings } = loadSite(fs.readFileSync(path.join(ROOT, file), 'utf8'), file);
      expect(site).toBeInstanceOf(Site);
      expect(warnings).toEqual([]);
    },
  );

  test('the test site itself is valid', () => {
    expect(loadSite(SITE).site.name).toBe('t');
  });

  test('each valid fixture has what its name says', () => {
    const load = (f: string) => loadSiteFile(path.join(VALID, f)).site;
    const mini = load('minimal-libvirt.yaml');
    expect([mini.spec.hypervisor.kind, mini.nodes.length, mini.clusters.length]).toEqual(['libvirt', 1, 1]);
    const pve = load('proxmox.yaml');
    expect([pve.spec.hypervisor.kind, pve.clusters.length, pve.spec.terraform.backend.kind]).toEqual(['proxmox', 1, 's3']);
    const multi = load('multi-cluster.yaml');
    expect(multi.clusters.map((c) => c.name)).toEqual(['apps', 'data']);
    expect(multi.clusters.map((c) => c.apiAddress)).toEqual(['10.0.1.10', '10.0.1.11']);
    // 10.0.2.0/23 and 10.0.20.0/24 are both there and do not overlap.
    expect(multi.networks.map((n) => n.cidr)).toEqual(expect.arrayContaining(['10.0.2.0/23', '10.0.20.0/24']));
  });
});

describe('defaults', () => {
  // Loaded in each test, not when the describe is read: a mutation tester counts coverage per test.
  let site: Site;
  let cluster: Site['spec']['clusters'][number];
  beforeEach(() => {
    site = loadSiteFile(path.join(VALID, 'defaults.yaml')).site;
    cluster = site.spec.clusters[0];
  });

  test('cluster defaults: pod and service CIDRs, no pools, no components, Flux on main with flux-system/ written by the synth, the tree at clusters/ of its repository', () => {
    expect(cluster.podCidr).toBe('10.42.0.0/16');
    expect(cluster.serviceCidr).toBe('10.43.0.0/16');
    expect(cluster.pools).toEqual([]);
    expect(cluster.components).toEqual({});
    expect(cluster.gitops).toEqual({ engine: 'flux', repository: 'https://github.com/example/plain.git', branch: 'main', path: 'clusters', bootstrap: 'tree' });
    expect(cluster.apiVip).toBeUndefined();
    expect(cluster.ingress).toBeUndefined();
  });

  test('site defaults: no VIPs, no DNS servers, nodes not external, a local Terraform backend, no Cloudflare', () => {
    expect(site.spec.vips).toEqual([]);
    expect(site.spec.networks[0].dns).toEqual([]);
    expect(site.spec.nodes.map((n) => n.external)).toEqual([false, false]);
    expect(site.spec.terraform).toEqual({ backend: { kind: 'local', dir: 'state' } });
    expect(site.spec.cloudflare).toBeUndefined();
  });

  test('Proxmox snippets default to local; an S3 backend keeps its key prefix default', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'multi-cluster.yaml'), 'utf8');
    const { site: pve } = loadSite(text);
    expect(pve.spec.hypervisor).toEqual({
      kind: 'proxmox',
      host: '10.10.0.2',
      datastore: 'local-zfs',
      snippets: 'local',
      bridge: 'vmbr0',
      hosts: [{ name: 'neo50q', host: '10.10.0.2' }, { name: 'elitedesk', host: '10.10.0.3' }],
    });
    const s3 = loadSite(`${SITE}terraform:\n  backend: { kind: s3, bucket: b, region: r }\n`).site;
    expect(s3.spec.terraform.backend).toEqual({ kind: 's3', bucket: 'b', region: 'r', keyPrefix: 'sites', encrypt: true });
  });
});

describe('the result', () => {
  test('a Site, deeply frozen, and the warnings with their positions', () => {
    const { site, warnings } = loadSite(edit(['role: agent', 'role: server']), 't.yaml');
    expect(Object.isFrozen(site)).toBe(true);
    expect(Object.isFrozen(site.spec.nodes[0].disks[0])).toBe(true);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        path: ['clusters', 0, 'nodes'],
        message: 'cluster "t" has 2 k3s servers; etcd quorum tolerates no more failures than with 1',
        allowed: 'an odd number of servers (1, 3, 5)',
        fix: 'add or remove one server',
        location: 't.yaml:16:23',
      },
    ]);
  });
});

describe('the rules of an app (LoadOptions.rules)', () => {
  const issue = (severity: 'error' | 'warning', path: (string | number)[], message: string) => ({ severity, path, message, allowed: 'what the app needs', fix: 'give it that' });

  test('run after the site passed its own rules, on the Site; an error fails the load, located and sorted with the site\'s own warnings', () => {
    const seen: string[] = [];
    const rules = [
      (s: Site) => {
        seen.push(s.spec.name);
        return [issue('error', ['nodes', 1, 'cpu'], 'the app needs 4 CPUs on a1')];
      },
      () => [issue('warning', ['clusters', 0, 'name'], 'the app prefers another name')],
    ];
    let error: SiteError | undefined;
    try {
      loadSite(edit(['role: agent', 'role: server']), 't.yaml', { rules });
    } catch (e) {
      error = e as SiteError;
    }
    expect(seen).toEqual(['t']);
    expect(error).toBeInstanceOf(SiteError);
    expect(error!.message).toBe(['t.yaml: 1 error(s) in the site', 't.yaml:14:70: error: nodes[1].cpu: the app needs 4 CPUs on a1; allowed: what the app needs; fix: give it that'].join('\n'));
    expect(error!.issues.map((i) => `${i.location} ${i.severity}: ${i.message}`)).toEqual([
      't.yaml:14:70 error: the app needs 4 CPUs on a1',
      't.yaml:16:13 warning: the app prefers another name',
      't.yaml:16:23 warning: cluster "t" has 2 k3s servers; etcd quorum tolerates no more failures than with 1',
    ]);
  });

  test('their warnings are returned with the site\'s own; a site with an error of its own never reaches them', () => {
    const rules = [() => [issue('warning', ['clusters', 0, 'name'], 'the app prefers another name')]];
    expect(loadSite(SITE, 't.yaml', { rules }).warnings.map((i) => `${i.location} ${i.severity}: ${i.message}`)).toEqual(['t.yaml:16:13 warning: the app prefers another name']);
    const never = () => {
      throw new Error('a rule ran on a site with an error');
    };
    expect(() => loadSite(edit(['image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters', 'image: debain, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters']), 't.yaml', { rules: [never] })).toThrow(
      't.yaml:14:96: error: nodes[1].image: unknown image "debain"',
    );
  });
});

describe('several problems', () => {
  test('are all reported, sorted by line and column, whatever order the rules found them in', () => {
    const text = edit(
      ['name: t', 'name: t\nnmae: u'], // line 2: unknown key (schema)
      ['address: 10.0.0.21, cpu: 2,', 'address: 10.0.0.21, cpu: 0,'], // line 15: too small (schema)
      ['  host: 10.0.0.2', '  host: 10.0.0.256'], // line 6: not an address (schema)
    );
    expect(failure(text)).toBe(
      [
        't.yaml: 3 error(s) in the site',
        't.yaml:2:1: error: nmae: unknown key "nmae"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, maintenance, ssh, terraform, policy, changes; fix: did you mean "name"?',
        't.yaml:6:9: error: hypervisor.host: "10.0.0.256" is not an IPv4 address; allowed: an IPv4 address; fix: write an IPv4 address here',
        't.yaml:15:69: error: nodes[1].cpu: 0 is too small; allowed: at least 1; fix: use at least 1',
      ].join('\n'),
    );
  });

  test('cross-field errors are reported together, with the warnings kept on the error but not in its message', () => {
    const text = edit(
      ['role: agent', 'role: server'], // two servers: a warning
      ['image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters', 'image: debain, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters'],
      ['address: 10.0.0.11', 'address: 10.0.1.11'],
    );
    let error: SiteError | undefined;
    try {
      loadSite(text, 't.yaml');
    } catch (e) {
      error = e as SiteError;
    }
    expect(error).toBeInstanceOf(SiteError);
    expect(error!.message).toBe(
      [
        't.yaml: 2 error(s) in the site',
        't.yaml:13:54: error: nodes[0].address: 10.0.1.11 is outside network "lan" (10.0.0.0/24); allowed: an address in 10.0.0.1-10.0.0.254; fix: pick an address in 10.0.0.0/24',
        't.yaml:14:97: error: nodes[1].image: unknown image "debain"; allowed: one of: debian; fix: did you mean "debian"?',
      ].join('\n'),
    );
    expect(error!.issues.map((i) => `${i.location} ${i.severity}`)).toEqual(['t.yaml:13:54 error', 't.yaml:14:97 error', 't.yaml:16:23 warning']);
  });

  test('at the same position: ordered by message', () => {
    // The VIP is both inside the DHCP range and on a node's address: two errors at vips[0].address,
    // found in the order "inside the DHCP range", "already used", and reported in message order.
    const text = edit(
      ['cidr: 10.0.0.0/24 }', 'cidr: 10.0.0.0/24, dhcp: { start: 10.0.0.100, end: 10.0.0.199 } }\nvips:\n  - { name: api, address: 10.0.0.150, purpose: kube-api }'],
      ['address: 10.0.0.21', 'address: 10.0.0.150'],
    );
    expect(failure(text)).toBe(
      [
        't.yaml: 3 error(s) in the site',
        't.yaml:13:27: error: vips[0].address: 10.0.0.150 is already used by node "a1" (nodes[1].address: 10.0.0.150); allowed: each address used by one owner only; fix: give VIP "api" an unused address',
        't.yaml:13:27: error: vips[0].address: VIP 10.0.0.150 is inside the DHCP range of network "lan" (10.0.0.100-10.0.0.199); allowed: an address outside every DHCP range; fix: move the VIP or shrink the DHCP range',
        't.yaml:16:53: error: nodes[1].address: static address 10.0.0.150 is inside the DHCP range of network "lan" (10.0.0.100-10.0.0.199); allowed: static addresses outside every DHCP range; fix: move the node or shrink the DHCP range',
      ].join('\n'),
    );
  });
});

describe('many problems', () => {
  test(`the message lists the first ${MAX_LISTED_ERRORS} errors and counts the others; the error keeps them all`, () => {
    const extra = Array.from({ length: MAX_LISTED_ERRORS + 50 }, (_, i) => `x${i}: 1`).join('\n');
    let error: SiteError | undefined;
    try {
      loadSite(`${SITE}${extra}\n`, 't.yaml');
    } catch (e) {
      error = e as SiteError;
    }
    const lines = error!.message.split('\n');
    expect(lines[0]).toBe('t.yaml: 150 error(s) in the site');
    expect(lines[1]).toBe('t.yaml:19:1: error: x0: unknown key "x0"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, maintenance, ssh, terraform, policy, changes; fix: remove "x0"');
    expect(lines[MAX_LISTED_ERRORS]).toMatch(/^t\.yaml:118:1: error: x99: unknown key "x99";/);
    expect(lines.slice(MAX_LISTED_ERRORS + 1)).toEqual(['... and 50 more error(s)']);
    expect(error!.issues.length).toBe(150);
  });
});
