/**
 * Rules that relate the fields of a parsed site to each other. Pure: spec in, issues out.
 * Every issue names the path, the value received, what is allowed, and a fix. The rules live in
 * validate/, one module per family; validateSite runs them in the order their issues are reported.
 */
import type { SiteIssue } from './errors';
import * as ip from './ip';
import type { SiteSpec } from './schema';
import { addressClaims } from './validate/addresses';
import { validateApps } from './validate/apps';
import { validateCloudflare } from './validate/cloudflare';
import { ClusterContext, validateCluster } from './validate/clusters';
export { LOKI_CHART_MAJOR } from './validate/clusters';
import { Context, Issues, uniqueNames } from './validate/common';
import { dhcpLookup, validateDns, validateLibvirtNat, validateNetworks } from './validate/networks';
import { validateGatewayRoutes, validateMembership, validateNodes, validateStaticAddresses } from './validate/nodes';
import { validateHosts, validateNodeHosts, validateSpread } from './validate/hosts';
import { validateMaintenance } from './validate/maintenance';
export { LB_SLOT_MINUTES, loadBalancerOffsets, minutesOf, timeOf, windowMinutes } from './validate/maintenance';
import { validateRenames } from './validate/renames';
import { validateTunnels } from './validate/tunnels';
import { validateLbCount, validateLbNetworks, validateVips } from './validate/vips';

/** Validates the relations inside a parsed site. Returns errors and warnings. */
export function validateSite(site: SiteSpec): SiteIssue[] {
  const out = new Issues();
  const networks = uniqueNames(out, site.networks, 'networks', 'network');
  const nodes = uniqueNames(out, site.nodes, 'nodes', 'node');
  const vips = uniqueNames(out, site.vips, 'vips', 'VIP');
  uniqueNames(out, site.clusters, 'clusters', 'cluster');

  const blocks = validateNetworks(out, site, networks);
  const addresses = addressClaims(out);
  const ctx: Context = {
    out,
    site,
    networks,
    nodes,
    vips,
    blocks,
    networkOf: (address) => [...blocks].find(([, b]) => ip.contains(b, address)),
    inDhcp: dhcpLookup(site),
    addresses,
  };

  site.networks.forEach((net, i) => net.gateway && addresses.claim(`the gateway of network "${net.name}"`, ['networks', i, 'gateway'], net.gateway));
  // The hypervisor's own addresses (one may also be a network's gateway, when the host routes).
  validateHosts(ctx);

  validateNodes(ctx);
  validateNodeHosts(ctx);
  validateVips(ctx);
  validateLbNetworks(ctx);
  validateStaticAddresses(ctx);
  validateLbCount(ctx);
  validateGatewayRoutes(ctx);
  validateLibvirtNat(ctx);
  // Gateway tunnels (the public path): after every node and VIP has claimed its address.
  validateTunnels(ctx);
  validateDns(ctx);

  const clusters: ClusterContext = { ...ctx, membership: new Map(), vipUsers: new Map() };
  site.clusters.forEach((cluster, c) => validateCluster(cluster, c, clusters));
  validateMembership(ctx, clusters.membership);
  validateCloudflare(ctx);
  validateApps(ctx);
  validateRenames(ctx);
  validateSpread(ctx);
  validateMaintenance(ctx);
  return out.list;
}
