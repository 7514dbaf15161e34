import * as path from 'path';
import { synthClusterTree } from '../../../cluster/app';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { chronyConfig, dnsmasqConfig, dnsRecords, domainInPublicZone, infraPlan } from '../../../infra/bootstrap/infranode';
import { objectsOf, siteWith } from '../../support/helpers';
import { checkChrony, checkDnsmasq, queryDnsmasq, withTools } from '../../support/validators/bootstrap';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', '..', '..', f)).site;
const site = load('site.yaml');
const infra = site.node('infra-cluster');

describe('dnsmasq', () => {
  const text = dnsmasqConfig(site, infra);

  it('a record for every node and every VIP', () => {
    for (const n of site.nodes) expect(text).toContain(`host-record=${n.name}.socialdevs.site,${n.address}\n`);
    expect(text).toContain('host-record=kube-api.socialdevs.site,10.17.3.10\n');
    expect(text).toContain('host-record=web.socialdevs.site,10.17.3.30\n');
    expect(dnsRecords(site)).toHaveLength(site.nodes.length + site.vips.length);
  });

  it('forwards to the LAN upstream, listens on its address', () => {
    expect(text).toContain('server=1.1.1.1\n');
    expect(text).toContain('no-resolv\n');
    expect(text).toContain('listen-address=127.0.0.1,192.168.0.30\n');
  });

  it('does not shadow the public zone: the site domain is the Cloudflare zone, so names it does not record go upstream', () => {
    expect(domainInPublicZone(site)).toBe(true);
    expect(text).not.toContain('local=');
    expect(text).toContain('# socialdevs.site shares names with the public zone socialdevs.site: names not recorded here go upstream\n');
    // No public hostname is answered with an internal address.
    for (const h of site.hostnames) expect(text).not.toContain(`host-record=${h.name},`);
  });

  it('answers a private domain itself (local=), also one beside a public zone', () => {
    // Grafana kept private: a public one needs a Cloudflare hostname in the domain, which these edits change
    // (so do the apps' public hosts: without Cloudflare they have none).
    const other = (mutate: (d: any) => void) =>
      dnsmasqConfig(
        siteWith((d) => {
          d.clusters[0].monitoring.grafana.public = false;
          mutate(d);
        }),
        infra,
      );
    expect(
      other((d) => {
        delete d.cloudflare;
        for (const a of d.clusters[0].apps) delete a.host;
      }),
    ).toContain('local=/socialdevs.site/\n');
    expect(other((d) => (d.domain = 'int.socialdevs.site'))).not.toContain('local=');
    expect(other((d) => (d.domain = 'socialdevs.internal'))).toContain('local=/socialdevs.internal/\n');
  });

  it('refuses a duplicate name (a VIP named like a node)', () => {
    // The Site's methods kept (dnsRecords asks it for the clusters' internal hostnames).
    const clash = Object.assign(Object.create(Object.getPrototypeOf(site)), site, { vips: [...site.vips, { name: 'master1', address: '10.17.3.40', purpose: 'ingress' as const }] }) as typeof site;
    expect(() => dnsRecords(clash)).toThrow(BootstrapError);
  });

  it('snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  withTools(it, ['dnsmasq'])('dnsmasq --test accepts it', () => {
    expect(checkDnsmasq(text)).toMatchObject({ ok: true });
  });
});

describe('dnsmasq: the internal hostnames of the clusters\' ingress', () => {
  const records = (s: typeof site) => dnsRecords(s).slice(s.nodes.length + s.vips.length);

  it('Kibana and Jenkins of examples/flatcar-full.yaml: the ingress VIP\'s address, after the VIPs (whose PTR stays theirs)', () => {
    const full = load('examples/flatcar-full.yaml');
    expect(records(full)).toEqual([
      { name: 'kibana.socialdevs.site', address: '10.17.3.30' },
      { name: 'jenkins.socialdevs.site', address: '10.17.3.30' },
    ]);
    const text = dnsmasqConfig(full, full.node('infra-cluster'));
    expect(text).toContain('host-record=web.socialdevs.site,10.17.3.30\nhost-record=kibana.socialdevs.site,10.17.3.30\nhost-record=jenkins.socialdevs.site,10.17.3.30\n');
  });

  it('apps\' internalHost on a MetalLB ingress address, in site order (examples/multi-cluster.yaml)', () => {
    const multi = load('examples/multi-cluster.yaml');
    expect(records(multi)).toEqual([
      { name: 'jellyfin.home.example.org', address: '10.10.0.200' },
      { name: 'linkding.home.example.org', address: '10.10.0.200' },
      { name: 'memos.home.example.org', address: '10.10.0.200' },
    ]);
  });

  it('none for the default site (no internal hostname: its public ones go upstream); an app\'s on the ingress VIP, or on the MetalLB address', () => {
    expect(records(site)).toEqual([]);
    const app = { uses: 'web', internalHost: 'status.socialdevs.site' };
    expect(records(siteWith((d) => d.clusters[0].apps.push(app)))).toEqual([{ name: 'status.socialdevs.site', address: '10.17.3.30' }]);
    const metallb = siteWith((d) => {
      d.clusters[0].apps.push(app);
      d.clusters[0].ingress = { controller: 'traefik', address: '10.17.4.200' };
    });
    expect(records(metallb)).toEqual([{ name: 'status.socialdevs.site', address: '10.17.4.200' }]);
  });

  // The names the infra node answers are the hosts the clusters' routes serve that are not public.
  it.each(['site.yaml', 'examples/flatcar-full.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml'])('%s: the internal hostnames are the hosts of the clusters\' routes that are not public', (file) => {
    const s = load(file);
    const publicNames = new Set(s.hostnames.map((h) => h.name));
    for (const c of s.clusters) {
      const hosts = objectsOf(synthClusterTree(s, c)).flatMap(([, o]) =>
        o.kind === 'IngressRoute' ? o.spec.routes.map((r: { match: string }) => /^Host\(`([^`]+)`\)$/.exec(r.match)![1]) : o.kind === 'Ingress' ? o.spec.rules.map((r: { host: string }) => r.host) : [],
      );
      expect({ cluster: c.name, hosts: hosts.filter((h: string) => !publicNames.has(h)).sort() }).toEqual({ cluster: c.name, hosts: [...s.internalHostnames(c)].sort() });
    }
  });

  withTools(it, ['dnsmasq'])('dnsmasq --test accepts the records, and a running dnsmasq answers them (the VIP keeps its PTR record)', async () => {
    const full = load('examples/flatcar-full.yaml');
    const text = dnsmasqConfig(full, full.node('infra-cluster'));
    expect(checkDnsmasq(text)).toMatchObject({ ok: true });
    const { answers, output } = await queryDnsmasq(text, [
      { type: 'A', name: 'kibana.socialdevs.site' },
      { type: 'A', name: 'jenkins.socialdevs.site' },
      { type: 'A', name: 'web.socialdevs.site' },
      { type: 'PTR', address: '10.17.3.30' },
    ]);
    expect({ answers, output }).toEqual({ answers: [['10.17.3.30'], ['10.17.3.30'], ['10.17.3.30'], ['web.socialdevs.site']], output: expect.any(String) });
  }, 30_000);
});

describe('chrony', () => {
  const text = chronyConfig(site);

  it('serves every site network', () => {
    expect(text.split('\n').filter((l) => l.startsWith('allow '))).toEqual(site.networks.map((n) => `allow ${n.block.text}`));
    expect(text).toMatchSnapshot();
  });

  withTools(it, ['chronyd'])('chronyd -p accepts it', () => {
    expect(checkChrony(text)).toMatchObject({ ok: true });
  });
});

describe('infra plan', () => {
  it('drop-ins in the packages conf.d directories, packages, restarts', () => {
    const plan = infraPlan(site, infra);
    expect(plan.files.map((f) => f.path)).toEqual(['/etc/dnsmasq.d/sitekit.conf', '/etc/chrony/conf.d/sitekit.conf']);
    expect(plan.packages).toEqual(['dnsmasq', 'chrony']);
    expect(plan.commands).toContainEqual(['systemctl', 'restart', 'dnsmasq.service']);
  });

  it('upstream servers come from the network dns list of the infra node', () => {
    const multi = load('examples/multi-cluster.yaml');
    expect(dnsmasqConfig(multi, { ...multi.node('gordito-cp'), role: 'infra' })).toContain('server=10.10.0.1\n');
  });
});
