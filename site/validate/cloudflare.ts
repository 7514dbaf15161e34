/**
 * Cloudflare and public hostnames: the target a gateway with a public address, or dynamic with a
 * DDNS updater; each hostname once, in the zone, no internal name, routed to a cluster with an
 * ingress; one writer per record (Terraform, ExternalDNS or the DDNS updater, never two).
 */
import * as ip from '../ip';
import { DYNAMIC_TARGET } from '../site';
import { Context, reference } from './common';

export function validateCloudflare({ out, site, nodes }: Context): void {
  if (site.cloudflare) {
    const cf = site.cloudflare;
    const clusterNames = site.clusters.map((x) => x.name);
    if (cf.target === DYNAMIC_TARGET) {
      if (!cf.ddns) {
        out.error(['cloudflare', 'target'], 'target is dynamic, but no DDNS updater keeps a record at the public address', 'target: dynamic with ddns: { cluster, name }', 'add ddns: { cluster: <a cluster>, name: <a name of the zone> } to cloudflare, or give the public address');
      }
    } else if (cf.ddns) {
      out.error(['cloudflare', 'ddns'], `a DDNS updater is configured, but the target ${cf.target} is not dynamic: the updater and the records would point at different addresses`, 'ddns with target: dynamic', 'set target: dynamic, or remove ddns');
    }
    if (cf.ddns) {
      reference(out, ['cloudflare', 'ddns', 'cluster'], cf.ddns.cluster, clusterNames, 'cluster');
      const name = cf.ddns.name;
      if (name !== cf.zone && !name.endsWith(`.${cf.zone}`)) {
        out.error(['cloudflare', 'ddns', 'name'], `the DDNS name ${name} is not in zone ${cf.zone}`, `${cf.zone} or a name ending in .${cf.zone}`, `rename it to <name>.${cf.zone}`);
      }
      const j = cf.hostnames.findIndex((h) => h.name === name);
      if (j >= 0) {
        const writer = cf.hostnames[j].dns === 'externalDns' ? 'ExternalDNS' : 'Terraform';
        out.error(['cloudflare', 'ddns', 'name'], `the DDNS name ${name} is also a public hostname (cloudflare.hostnames[${j}]), whose record ${writer} writes: two writers of one record`, 'a name of the zone that is none of the hostnames', `choose another name for the updater, such as ip.${cf.zone}`);
      }
    }
    if (cf.target !== DYNAMIC_TARGET && !ip.isIPv4(cf.target)) {
      if (reference(out, ['cloudflare', 'target'], cf.target, nodes, 'node')) {
        const n = site.nodes[nodes.get(cf.target)!];
        if (n.role !== 'gateway' || !n.publicAddress) {
          out.error(['cloudflare', 'target'], `node "${n.name}" is not a gateway with a publicAddress`, 'an IPv4 address, or a gateway node with publicAddress', 'name the gateway node or give the public address');
        }
      }
    }
    const seen = new Map<string, number>();
    // The names the infra node's DNS answers inside the site (infra/bootstrap/infranode.ts dnsRecords).
    const internal = new Map<string, string>();
    site.vips.forEach((v, j) => internal.set(`${v.name}.${site.domain}`, `VIP "${v.name}" (vips[${j}]: ${v.address})`));
    site.nodes.forEach((n, j) => internal.set(`${n.name}.${site.domain}`, `node "${n.name}" (nodes[${j}]: ${n.address})`));
    cf.hostnames.forEach((h, i) => {
      const path = ['cloudflare', 'hostnames', i];
      const owner = internal.get(h.name);
      if (owner) {
        const what = owner.slice(0, owner.indexOf(' ('));
        out.error([...path, 'name'], `public hostname ${h.name} is also the internal name of ${owner}: inside the site it would resolve to that address, outside to the public ingress`, `a public hostname that no node or VIP is named as in domain ${site.domain}`, `rename ${what}, or choose another public hostname`);
      }
      if (h.name !== cf.zone && !h.name.endsWith(`.${cf.zone}`)) {
        out.error([...path, 'name'], `hostname ${h.name} is not in zone ${cf.zone}`, `${cf.zone} or a name ending in .${cf.zone}`, `rename it to <name>.${cf.zone}`);
      }
      const first = seen.get(h.name);
      if (first !== undefined) {
        const writer = (dns?: string) => (dns === 'externalDns' ? 'ExternalDNS' : 'Terraform');
        const [was, is] = [writer(cf.hostnames[first].dns), writer(h.dns)];
        if (was !== is) {
          out.error([...path, 'name'], `hostname ${h.name} is managed by ${is} here and by ${was} in cloudflare.hostnames[${first}]: Terraform and ExternalDNS would both write its record`, 'each hostname once, with one dns: terraform or externalDns', 'remove one of the two entries');
        } else out.error([...path, 'name'], `hostname ${h.name} is declared twice`, 'each hostname once', 'remove the duplicate');
      } else seen.set(h.name, i);
      if (reference(out, [...path, 'cluster'], h.cluster, clusterNames, 'cluster')) {
        const cl = site.clusters.find((x) => x.name === h.cluster)!;
        if (!cl.ingress) out.error([...path, 'cluster'], `hostname ${h.name} routes to cluster "${cl.name}", which has no ingress`, 'a cluster with an ingress', `add ingress: to cluster "${cl.name}"`);
        if (h.dns === 'externalDns' && !cl.components.externalDns) {
          out.error([...path, 'dns'], `hostname ${h.name} is managed by ExternalDNS, but cluster "${cl.name}" does not run it`, `dns: externalDns with components.externalDns in cluster "${cl.name}"`, `add components.externalDns: { version: ... } to cluster "${cl.name}", or remove dns: externalDns (Terraform writes the record)`);
        }
      }
    });
  }
}
