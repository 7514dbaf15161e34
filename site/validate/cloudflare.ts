/**
 * Cloudflare and public hostnames: the target a gateway with a public address; each hostname
 * once, in the zone, no internal name, routed to a cluster with an ingress.
 */
import * as ip from '../ip';
import { Context, reference } from './common';

export function validateCloudflare({ out, site, nodes }: Context): void {
  if (site.cloudflare) {
    const cf = site.cloudflare;
    if (!ip.isIPv4(cf.target)) {
      if (reference(out, ['cloudflare', 'target'], cf.target, nodes, 'node')) {
        const n = site.nodes[nodes.get(cf.target)!];
        if (n.role !== 'gateway' || !n.publicAddress) {
          out.error(['cloudflare', 'target'], `node "${n.name}" is not a gateway with a publicAddress`, 'an IPv4 address, or a gateway node with publicAddress', 'name the gateway node or give the public address');
        }
      }
    }
    const seen = new Set<string>();
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
      if (seen.has(h.name)) out.error([...path, 'name'], `hostname ${h.name} is declared twice`, 'each hostname once', 'remove the duplicate');
      seen.add(h.name);
      const clusterNames = site.clusters.map((x) => x.name);
      if (reference(out, [...path, 'cluster'], h.cluster, clusterNames, 'cluster')) {
        const cl = site.clusters.find((x) => x.name === h.cluster)!;
        if (!cl.ingress) out.error([...path, 'cluster'], `hostname ${h.name} routes to cluster "${cl.name}", which has no ingress`, 'a cluster with an ingress', `add ingress: to cluster "${cl.name}"`);
      }
    });
  }
}
