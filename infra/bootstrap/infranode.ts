/**
 * Infra node: DNS with dnsmasq (an A and PTR record for every node, `<name>.<domain>`, and every
 * VIP, `<vip>.<domain>`, an A record for every internal hostname of a cluster's ingress, forwarding
 * the rest to its network's upstream servers) and NTP with
 * chrony (serving every site network). Both are drop-ins in the Debian packages' conf.d
 * directories, so the packaged defaults (chrony's Debian pool, dnsmasq's) stay in place.
 *
 * A private domain (`home.arpa`, `lab.example.net`) is answered locally only (`local=`): a name
 * the site does not hold is NXDOMAIN without asking upstream. A domain that shares names with the
 * site's public zone (`cloudflare.zone`) is not: the records above are answered, every other name
 * of the zone (the public hostnames, the zone's SOA that cert-manager's DNS-01 looks up) goes to
 * the upstream servers, so nodes and pods see the public zone as the internet does. The site rules
 * refuse a public hostname that is also a node's or VIP's internal name.
 */
import type { Node, Site } from '../../site';
import { BootPlan, BootstrapError, checkCidr, checkFqdn, checkIPv4, lines } from './common';
import { siteNetworks, upstreamDns } from './topology';

export const DNSMASQ_CONFIG = '/etc/dnsmasq.d/sitekit.conf';
export const CHRONY_CONFIG = '/etc/chrony/conf.d/sitekit.conf';

/**
 * The DNS records of the site: every node and every VIP, `<name>.<domain>` → address, then, cluster
 * by cluster in site order, the internal hostnames its ingress serves (`Site.internalHostnames`) →
 * its ingress address (a cluster without an ingress serves none). The reverse (PTR) record of an
 * address is its first name here, so an ingress VIP keeps its own.
 */
export function dnsRecords(site: Site): { name: string; address: string }[] {
  const records = [
    ...site.nodes.map((n) => ({ name: n.fqdn, address: n.address })),
    ...site.vips.map((v) => ({ name: `${v.name}.${site.domain}`, address: v.address })),
    ...site.clusters.flatMap((c) => {
      const address = site.ingressAddress(c);
      return address === undefined ? [] : site.internalHostnames(c).map((name) => ({ name, address }));
    }),
  ];
  const seen = new Set<string>();
  for (const r of records) {
    checkFqdn(r.name, 'DNS name');
    checkIPv4(r.address, `address of ${r.name}`);
    if (seen.has(r.name)) throw new BootstrapError(`two DNS records for ${r.name}`);
    seen.add(r.name);
  }
  return records;
}

/** True when the site's domain and its public zone share names: the same name, or one inside the other. */
export function domainInPublicZone(site: Site): boolean {
  const zone = site.spec.cloudflare?.zone;
  if (!zone) return false;
  const d = site.domain;
  return d === zone || d.endsWith(`.${zone}`) || zone.endsWith(`.${d}`);
}

/** dnsmasq configuration of an infra node. */
export function dnsmasqConfig(site: Site, node: Node): string {
  const domain = checkFqdn(site.domain, 'site domain');
  const upstream = upstreamDns(site, node).map((a) => checkIPv4(a, 'upstream DNS server'));
  const scope = domainInPublicZone(site)
    ? `# ${domain} shares names with the public zone ${checkFqdn(site.spec.cloudflare!.zone, 'public zone')}: names not recorded here go upstream`
    : `local=/${domain}/`;
  return lines(
    `# sitekit: DNS of site ${site.name} on ${node.name}`,
    `listen-address=127.0.0.1,${checkIPv4(node.address, 'infra address')}`,
    '# bind-dynamic: bind only these addresses, even if they come up after dnsmasq',
    'bind-dynamic',
    'domain-needed',
    'bogus-priv',
    'no-hosts',
    'no-resolv',
    upstream.length ? upstream.map((a) => `server=${a}`) : '# no upstream servers: the network of this node lists none',
    scope,
    `domain=${domain}`,
    'cache-size=1000',
    dnsRecords(site).map((r) => `host-record=${r.name},${r.address}`),
  );
}

/** chrony drop-in of an infra node: serve time to every site network, keep serving if upstream is lost. */
export function chronyConfig(site: Site): string {
  return lines(
    `# sitekit: NTP for the networks of site ${site.name}`,
    siteNetworks(site).map((c) => `allow ${checkCidr(c, 'network')}`),
    '# keep answering (at a low stratum) when the upstream pools are unreachable',
    'local stratum 10',
  );
}

/** Files, packages and commands of an infra node. */
export function infraPlan(site: Site, node: Node): BootPlan {
  if (node.flatcar) throw new BootstrapError(`infra node ${node.name} needs the dnsmasq and chrony packages; give it a debian or ubuntu image`);
  return {
    files: [
      { path: DNSMASQ_CONFIG, mode: 0o644, content: dnsmasqConfig(site, node) },
      { path: CHRONY_CONFIG, mode: 0o644, content: chronyConfig(site) },
    ],
    units: [],
    packages: ['dnsmasq', 'chrony'],
    commands: [
      ['systemctl', 'enable', 'dnsmasq.service', 'chrony.service'],
      ['systemctl', 'restart', 'dnsmasq.service'],
      ['systemctl', 'restart', 'chrony.service'],
    ],
  };
}
