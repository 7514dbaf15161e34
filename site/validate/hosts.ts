/**
 * Host rules: one host or a list of hosts, names used once, each host's address claimed, `host` of
 * a node naming a host (VMs only), NAT networks on the first libvirt host only; and warnings when
 * the placement leaves a cluster's servers or the load balancers all on one host.
 */
import { hostsOf, placeNodes } from '../hosts';
import { Context, reference } from './common';

/** The host fields a one-host site must have, per kind. */
const SINGLE_FIELDS = { libvirt: ['host', 'pool', 'bridge'], proxmox: ['node'] } as const;
/** The host fields a one-host site may have besides, per kind. */
const SINGLE_OPTIONAL: Readonly<Record<'libvirt' | 'proxmox', readonly string[]>> = {
  libvirt: ['uri'],
  // Stryker disable next-line ArrayDeclaration: a Proxmox hypervisor has no other key (the schema refuses unknown keys)
  proxmox: [],
};

/** The hypervisor's hosts: one way of writing them, names once, addresses claimed. */
export function validateHosts({ out, site, addresses: { claim } }: Context): void {
  const hv = site.hypervisor;
  const single = SINGLE_FIELDS[hv.kind];
  const given = [...single, ...SINGLE_OPTIONAL[hv.kind]].filter((f) => (hv as Record<string, unknown>)[f] !== undefined);
  const oneHost = single.join(', ');
  if (hv.hosts) {
    if (given.length) {
      out.error(['hypervisor', given[0]], `hypervisor has both hosts and ${given.join(', ')}`, `either ${oneHost} (one host) or hosts (one entry per host)`, hv.kind === 'libvirt' ? 'move host, uri, pool and bridge into an entry of hosts' : 'remove node: hosts names the Proxmox nodes');
    }
    const seen = new Map<string, number>();
    hv.hosts.forEach((h, i) => {
      const first = seen.get(h.name);
      if (first !== undefined) out.error(['hypervisor', 'hosts', i, 'name'], `host name "${h.name}" is already used by hypervisor.hosts[${first}]`, 'a host name used once', 'rename one of the two hosts');
      else seen.set(h.name, i);
    });
  } else {
    const missing = single.filter((f) => (hv as Record<string, unknown>)[f] === undefined);
    if (missing.length) out.error(['hypervisor'], `${hv.kind} hypervisor has no ${missing.join(', ')}`, `${oneHost} (one host), or hosts (one entry per host)`, `add ${missing.map((f) => `${f}: ...`).join(', ')}`);
  }

  // Each host's address, once (a host may also be a network's gateway, when it routes). The
  // Proxmox API address may be one of its nodes'.
  const gateways = new Set(site.networks.map((n) => n.gateway));
  const own = (owner: string, path: (string | number)[], address: string | undefined) => {
    if (address !== undefined && !gateways.has(address)) claim(owner, path, address);
  };
  if (hv.hosts) {
    hv.hosts.forEach((h, i) => own(`host "${h.name}"`, ['hypervisor', 'hosts', i, 'host'], h.host));
    if (hv.kind === 'proxmox' && !hv.hosts.some((h) => h.host === hv.host)) own('the Proxmox VE API', ['hypervisor', 'host'], hv.host);
  } else own('the hypervisor host', ['hypervisor', 'host'], hv.host);
}

/**
 * `host` of each node: a host of `hypervisor.hosts`, on a VM; NAT networks only on the first libvirt
 * host (the site itself places the other VMs of a NAT network there).
 */
export function validateNodeHosts({ out, site }: Context): void {
  const hv = site.hypervisor;
  const first = hostsOf(hv)[0];
  site.nodes.forEach((node, i) => {
    if (node.host === undefined) return;
    const here = ['nodes', i, 'host'];
    if (node.external) {
      out.error(here, `node "${node.name}" is external (not a VM) but names host "${node.host}"`, 'host on VMs only', 'remove host');
      return;
    }
    if (!hv.hosts) {
      out.error(here, `node "${node.name}" names host "${node.host}", but the hypervisor lists no hosts`, 'host with hypervisor.hosts (a site with several hosts)', 'remove host (the site has one host), or list the hosts in hypervisor.hosts');
      return;
    }
    if (!reference(out, here, node.host, hv.hosts.map((h) => h.name), 'host')) return;
    const net = site.networks.find((n) => n.name === node.network);
    if (hv.kind === 'libvirt' && net?.kind === 'nat' && node.host !== first.name) {
      out.error(
        here,
        `node "${node.name}" runs on host "${node.host}" but is on the NAT network "${net.name}", which is on the first host "${first.name}" only`,
        'on hosts other than the first: bridge or vlan networks (a libvirt NAT network lives on one host)',
        `set host: ${first.name}, or put the node on a bridge or vlan network`,
      );
    }
  });
}

/**
 * With several hosts: a warning when the servers of a cluster (more than one) or the load
 * balancers (more than one) all run on one host, whose loss then takes them all down.
 */
export function validateSpread({ out, site }: Context): void {
  if (!site.hypervisor.hosts || site.hypervisor.hosts.length < 2) return;
  const placed = placeNodes(site);
  const vm = (name: string) => site.nodes.find((n) => n.name === name && !n.external);
  // VMs on a libvirt NAT network cannot leave the first host: the fix is another network first.
  // Stryker disable next-line ArrayDeclaration: no network is named like the stand-in (names are DNS labels)
  const nat = new Set(site.hypervisor.kind === 'libvirt' ? site.networks.filter((n) => n.kind === 'nat').map((n) => n.name) : []);
  const fix = (what: string, nodes: readonly { network: string }[]) =>
    nodes.some((n) => nat.has(n.network))
      ? `put the ${what} on bridge or vlan networks (a libvirt NAT network lives on the first host), then give them different hosts (host: <name>)`
      : `give the ${what} different hosts (host: <name>), or leave host out on them to have them spread`;
  site.clusters.forEach((cluster, c) => {
    const servers = cluster.nodes.map(vm).filter((n) => n?.role === 'server');
    const on = new Set(servers.map((n) => placed.get(n!.name)));
    if (servers.length > 1 && on.size === 1) {
      const [host] = on;
      out.warn(['clusters', c, 'nodes'], `the ${servers.length} servers of cluster "${cluster.name}" all run on host "${host}": losing that host stops the cluster (etcd loses every member), so the servers are not highly available`, 'servers of a cluster on different hosts', fix('servers', servers as { network: string }[]));
    }
  });
  const lbs = site.nodes.map((n, i) => ({ n, i })).filter(({ n }) => n.role === 'loadbalancer' && !n.external);
  const on = new Set(lbs.map(({ n }) => placed.get(n.name)));
  if (lbs.length > 1 && on.size === 1) {
    const [host] = on;
    out.warn(['nodes', lbs[lbs.length - 1].i], `the ${lbs.length} load balancers all run on host "${host}": losing that host takes every VIP down, so the VIPs are not highly available`, 'load balancers on different hosts', fix('load balancers', lbs.map(({ n }) => n)));
  }
}
