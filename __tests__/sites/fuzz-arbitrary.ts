/**
 * fast-check arbitraries for the fuzz tests (not a test file itself: jest runs only *.test.ts).
 *
 * `siteArbitrary` draws a {@link SitePlan} (counts, kinds and flags, all shrinkable) and `buildSite`
 * turns it into a valid site document: 1-100 nodes, 1-3 clusters, libvirt or Proxmox, bridge, NAT
 * (libvirt) and VLAN networks, an optional WireGuard gateway, VIPs, load balancers, database,
 * storage and infra nodes, MetalLB pools, ingress, Cloudflare and component subsets. Addresses are
 * offsets into each network's block, computed with `site/ip.ts` (never by hand), so they never collide.
 */
import * as fc from 'fast-check';
import * as ip from '../../site/ip';
import { COMPONENTS, type ComponentName } from '../../site/schema';

/** Fixed by default so that a run is reproducible; `FUZZ_SEED=<n>` changes it. */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20240605;

/** `FUZZ_RUNS=<n>` overrides a test's default number of runs. */
export function fuzzRuns(defaultRuns: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}

/** Parameters for fc.assert: the seed, the runs, and a short shrink (a 100-node site renders in seconds). */
export function fuzzParams(defaultRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(defaultRuns), endOnFailure: process.env.FUZZ_SHRINK ? false : true, verbose: 1 };
}

export const VERSIONS: Record<ComponentName, string> = {
  metallb: '0.16.1',
  traefik: '41.3.0',
  ingressNginx: '4.15.1',
  certManager: 'v1.21.1',
  longhorn: '1.12.1',
  nfs: '4.13.4',
  cloudnativePg: '0.29.0',
  strimzi: '1.2.0',
  kubePrometheusStack: '88.5.3',
  loki: '18.11.0',
  externalSecrets: '2.9.0',
  externalDns: '1.21.1',
  eck: '3.5.0',
  jenkins: '5.9.53',
};

export const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3b2k admin@fuzz';

type Os = 'flatcar' | 'debian' | 'ubuntu';

export interface ClusterPlan {
  readonly servers: 1 | 3 | 5;
  readonly agents: number;
  readonly storage: number;
  /** Index (mod the number of cluster networks) of the network the cluster's nodes are on. */
  readonly network: number;
  readonly os: Os;
  readonly apiVip: boolean;
  readonly ingress: 'none' | 'vip' | 'address';
  readonly controller: 'traefik' | 'nginx';
  readonly engine: 'flux' | 'argocd';
  readonly pool: boolean;
  readonly longhorn: boolean;
  /** Other components, by flag. */
  readonly extras: readonly boolean[];
  readonly branch: string;
}

export interface SitePlan {
  readonly name: string;
  readonly domain: string;
  readonly hypervisor: 'libvirt' | 'proxmox';
  /** Kinds of the cluster networks (besides the LAN); libvirt maps vlan/nat, Proxmox maps nat to vlan. */
  readonly networks: readonly ('bridge' | 'nat' | 'vlan')[];
  readonly prefix: 22 | 23 | 24;
  readonly lanDhcp: boolean;
  readonly clusters: readonly ClusterPlan[];
  readonly loadbalancers: number;
  readonly infra: number;
  readonly database: boolean;
  readonly gateway: boolean;
  /** The gateway's public path (`tunnel`) to the first load balancer, when the site allows one; `restricted` also narrows its sources and SSH. */
  readonly publicPath: 'none' | 'open' | 'restricted';
  readonly generic: number;
  readonly cloudflare: 'none' | 'address' | 'gateway';
  readonly backend: 'local' | 's3';
  readonly checksum: boolean;
  readonly macs: boolean;
  readonly lanKind: 'bridge' | 'vlan';
}

const label = (max: number) => fc.stringMatching(new RegExp(`^[a-z][a-z0-9]{0,${max - 1}}$`));

const clusterPlan: fc.Arbitrary<ClusterPlan> = fc.record({
  servers: fc.constantFrom<1 | 3 | 5>(1, 3, 5),
  agents: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 90 }) }),
  storage: fc.integer({ min: 0, max: 2 }),
  network: fc.nat(3),
  os: fc.constantFrom<Os>('flatcar', 'debian', 'ubuntu'),
  apiVip: fc.boolean(),
  ingress: fc.constantFrom<'none' | 'vip' | 'address'>('none', 'vip', 'address'),
  controller: fc.constantFrom<'traefik' | 'nginx'>('traefik', 'nginx'),
  engine: fc.constantFrom<'flux' | 'argocd'>('flux', 'argocd'),
  pool: fc.boolean(),
  longhorn: fc.boolean(),
  extras: fc.array(fc.boolean(), { minLength: COMPONENTS.length, maxLength: COMPONENTS.length }),
  branch: fc.constantFrom('main', 'production', 'release/v1.2', 'feature_x-1'),
});

/** Plans of valid sites (sizes weighted towards small sites: a 100-node site takes seconds to render). */
export const sitePlan: fc.Arbitrary<SitePlan> = fc.record({
  name: label(12),
  domain: fc.constantFrom('example.org', 'lab.example.net', 'home.arpa', 'k8s.internal.example.com'),
  hypervisor: fc.constantFrom<'libvirt' | 'proxmox'>('libvirt', 'proxmox'),
  networks: fc.array(fc.constantFrom<'bridge' | 'nat' | 'vlan'>('bridge', 'nat', 'vlan'), { minLength: 1, maxLength: 4 }),
  prefix: fc.constantFrom<22 | 23 | 24>(22, 23, 24),
  lanDhcp: fc.boolean(),
  clusters: fc.array(clusterPlan, { minLength: 1, maxLength: 3 }),
  loadbalancers: fc.integer({ min: 0, max: 3 }),
  infra: fc.integer({ min: 0, max: 2 }),
  database: fc.boolean(),
  gateway: fc.boolean(),
  publicPath: fc.constantFrom<'none' | 'open' | 'restricted'>('none', 'open', 'restricted'),
  generic: fc.integer({ min: 0, max: 3 }),
  cloudflare: fc.constantFrom<'none' | 'address' | 'gateway'>('none', 'address', 'gateway'),
  backend: fc.constantFrom<'local' | 's3'>('local', 's3'),
  checksum: fc.boolean(),
  macs: fc.boolean(),
  lanKind: fc.constantFrom<'bridge' | 'vlan'>('bridge', 'vlan'),
});

/** Address `offset` of a block (`10.100.0.0/24`, 11 → `10.100.0.11`). */
export const at = (cidr: string, offset: number): string => ip.fromBig(ip.parseCidr(cidr).start + BigInt(offset));

/** The n-th /16 from `base` (`10.100.0.0`, 2 → `10.102.0.0`), with `prefix`. */
const block = (base: string, n: number, prefix: number): string => `${ip.fromBig(ip.toBig(base) + (BigInt(n) << 16n))}/${prefix}`;

const MAX_NODES = 100;
/** Address offsets in a network: gateway 1, hypervisor host 2, nodes from 10, pools 160-189, VIPs 190-199, DHCP 200-250. */
const NODE_OFFSET = 10;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SiteDoc = Record<string, any>;

/** The valid site document of a plan. */
export function buildSite(plan: SitePlan): SiteDoc {
  const proxmox = plan.hypervisor === 'proxmox';
  // Cluster networks: Proxmox has no NAT (a VLAN instead); VLAN ids are distinct.
  let vlanId = 100;
  const lan = { name: 'lan', kind: plan.lanKind, cidr: block('10.100.0.0', 0, plan.prefix), gateway: '', dns: ['9.9.9.9'] as string[] } as SiteDoc;
  if (plan.lanKind === 'vlan') lan.vlan = vlanId++;
  lan.gateway = at(lan.cidr, 1);
  if (plan.lanDhcp) lan.dhcp = { start: at(lan.cidr, 200), end: at(lan.cidr, 250) };
  const networks: SiteDoc[] = [lan];
  plan.networks.forEach((k, i) => {
    const kind = proxmox && k === 'nat' ? 'vlan' : k;
    const net: SiteDoc = { name: `net${i}`, kind, cidr: block('10.100.0.0', i + 1, plan.prefix) };
    net.gateway = at(net.cidr, 1);
    if (kind === 'vlan') net.vlan = vlanId++;
    networks.push(net);
  });
  const gateway = plan.gateway && plan.infra > 0;
  if (gateway) networks.push({ name: 'tunnel', kind: 'wireguard', cidr: '10.99.0.0/24' });
  const used = new Map<string, number>(networks.map((n) => [n.name, NODE_OFFSET]));
  const nextAddress = (net: string) => {
    const offset = used.get(net)!;
    used.set(net, offset + 1);
    return at(networks.find((n) => n.name === net)!.cidr, offset);
  };
  const clusterNet = (i: number) => networks[1 + (i % plan.networks.length)].name;

  const images: SiteDoc = {
    debian: { os: 'debian', url: 'https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2' },
    ubuntu: { os: 'ubuntu', url: 'https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.img' },
    flatcar: { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' },
  };
  if (plan.checksum) images.debian.checksum = `sha256:${'0'.repeat(64)}`;

  const nodes: SiteDoc[] = [];
  // Each node gets its own disk objects: a mutation of one node's disk must not change another's.
  const node = (name: string, role: string, network: string, image: Os, extraDisks: SiteDoc[] = [], more: SiteDoc = {}) => {
    const n: SiteDoc = { name, role, network, address: more.address ?? nextAddress(network), cpu: 2, memoryMiB: 2048, image, disks: [{ name: 'os', sizeGiB: 20, purpose: 'os' }, ...extraDisks.map((d) => ({ ...d }))], ...more };
    if (plan.macs && !n.external) n.mac = `52:54:00:${[(nodes.length >> 16) & 255, (nodes.length >> 8) & 255, nodes.length & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    nodes.push(n);
    return n;
  };

  // Budget: servers first, then the other roles, then agents and storage up to 100 nodes.
  const fixed = plan.clusters.reduce((s, c) => s + c.servers, 0) + plan.loadbalancers + plan.infra + (plan.database ? 1 : 0) + (gateway ? 1 : 0) + plan.generic;
  let budget = MAX_NODES - fixed;
  const take = (n: number) => {
    const k = Math.max(0, Math.min(n, budget));
    budget -= k;
    return k;
  };

  for (let i = 0; i < plan.infra; i++) node(`infra${i + 1}`, 'infra', 'lan', 'debian');
  if (plan.database) node('pg1', 'database', clusterNet(0), 'debian', [{ name: 'pgdata', sizeGiB: 50, purpose: 'postgresql' }]);
  // The first (Debian) runs Ansible, the second (Ubuntu) is a desktop, the third (Flatcar) is bare.
  const extras: SiteDoc[] = [{ tools: ['ansible'] }, { desktop: {} }, {}];
  for (let i = 0; i < plan.generic; i++) node(`generic${i + 1}`, 'generic', 'lan', (['debian', 'ubuntu', 'flatcar'] as const)[i % 3], [], extras[i % 3]);
  if (gateway) node('wg-gateway', 'gateway', 'tunnel', 'debian', [], { address: at('10.99.0.0/24', 1), external: true, publicAddress: '203.0.113.10' });

  const vips: SiteDoc[] = [];
  const clusters: SiteDoc[] = [];
  const lbNet = clusterNet(0);
  let vipOffset = 190;
  let poolOffset = 160;
  const hostnames: SiteDoc[] = [];
  plan.clusters.forEach((c, ci) => {
    const name = `c${ci + 1}`;
    const net = clusterNet(c.network);
    const members: string[] = [];
    const longhornDisk = c.longhorn ? [{ name: 'longhorn', sizeGiB: 100, purpose: 'longhorn' }] : [];
    for (let i = 0; i < c.servers; i++) members.push(node(`${name}-s${i + 1}`, 'server', net, c.os).name);
    for (let i = take(c.agents); i > 0; i--) members.push(node(`${name}-a${members.length + 1}`, 'agent', net, c.os, longhornDisk).name);
    for (let i = take(c.storage); i > 0; i--) members.push(node(`${name}-st${members.length + 1}`, 'storage', net, c.os, [{ name: 'nfs', sizeGiB: 200, purpose: 'nfs' }, ...longhornDisk]).name);
    const hasLonghornDisk = c.longhorn && members.some((m) => nodes.find((n) => n.name === m)!.disks.some((d: SiteDoc) => d.purpose === 'longhorn'));

    const components: SiteDoc = {};
    COMPONENTS.forEach((k, i) => {
      if (c.extras[i]) components[k] = { version: VERSIONS[k] };
    });
    delete components.traefik;
    delete components.ingressNginx;
    delete components.metallb;
    if (!hasLonghornDisk) delete components.longhorn;
    if (!nodes.some((n) => n.role === 'storage')) delete components.nfs;
    // Jenkins reads Secrets by reference: without External Secrets the site warns (they are made by hand).
    if (components.jenkins) components.externalSecrets = { version: VERSIONS.externalSecrets };

    const cluster: SiteDoc = {
      name,
      nodes: members,
      k3s: { version: 'v1.33.5+k3s1' },
      podCidr: block('10.42.0.0', 2 * ci, 16),
      serviceCidr: block('10.43.0.0', 2 * ci, 16),
      gitops: { engine: c.engine, repository: `https://git.example.org/${plan.name}/${name}.git`, branch: c.branch },
      components,
    };
    // kube-prometheus-stack needs an explicit alert receiver.
    if (components.kubePrometheusStack) cluster.monitoring = { alerts: { receiver: 'none' } };
    // Databases in CloudNativePG (no database node) need an object store, or the site warns they are not backed up.
    if (components.cloudnativePg && !plan.database) cluster.backups = { postgresql: { target: `s3://${name}-pg@us-east-1/${plan.name}`, endpoint: 'http://10.0.0.5:9000' } };
    const canVip = plan.loadbalancers > 0;
    if (c.apiVip && canVip) {
      vips.push({ name: `${name}-api`, address: at(networks.find((n) => n.name === lbNet)!.cidr, vipOffset++), purpose: 'kube-api' });
      cluster.apiVip = `${name}-api`;
    }
    const pool = c.pool || c.ingress === 'address';
    if (pool) {
      const cidr = networks.find((n) => n.name === net)!.cidr;
      cluster.pools = [{ name: 'services', addresses: [`${at(cidr, poolOffset)}-${at(cidr, poolOffset + 4)}`] }];
      components.metallb = { version: VERSIONS.metallb };
      if (c.ingress === 'address') cluster.ingress = { controller: c.controller, address: at(cidr, poolOffset) };
      poolOffset += 5;
    }
    if (c.ingress === 'vip' && canVip) {
      vips.push({ name: `${name}-web`, address: at(networks.find((n) => n.name === lbNet)!.cidr, vipOffset++), purpose: 'ingress' });
      cluster.ingress = { controller: c.controller, vip: `${name}-web` };
    }
    if (cluster.ingress) {
      components[c.controller === 'traefik' ? 'traefik' : 'ingressNginx'] = { version: VERSIONS[c.controller === 'traefik' ? 'traefik' : 'ingressNginx'] };
      hostnames.push({ name: `${name}.${plan.domain}`, cluster: name });
    }
    clusters.push(cluster);
  });
  // Load balancers serve VIPs: none without one.
  if (vips.length) for (let i = 0; i < plan.loadbalancers; i++) node(`lb${i + 1}`, 'loadbalancer', lbNet, 'debian');

  const site: SiteDoc = {
    name: plan.name,
    domain: plan.domain,
    hypervisor: proxmox
      ? { kind: 'proxmox', host: at(lan.cidr, 2), node: 'pve1', datastore: 'local-lvm', snippets: 'local', bridge: 'vmbr0' }
      : { kind: 'libvirt', host: at(lan.cidr, 2), pool: { name: plan.name, path: `/var/lib/libvirt/images/${plan.name}` }, bridge: 'br0' },
    images,
    networks,
    vips,
    nodes,
    clusters,
    ssh: { authorizedKeys: [SSH_KEY] },
  };
  const gw = nodes.find((n) => n.role === 'gateway');
  // The public path: lb1 must front exactly one cluster's ingress (by VIP, or the one MetalLB ingress address).
  const byVip = clusters.filter((c) => c.ingress?.vip !== undefined).length;
  const byAddress = clusters.filter((c) => c.ingress?.address !== undefined).length;
  if (gw && plan.publicPath !== 'none' && nodes.some((n) => n.name === 'lb1') && (byVip === 1 || (byVip === 0 && byAddress === 1))) {
    gw.tunnel = { peer: 'lb1', peerAddress: at('10.99.0.0/24', 2), ...(plan.publicPath === 'restricted' ? { allowFrom: ['173.245.48.0/20', '103.21.244.0/22'], keepaliveSeconds: 15 } : {}) };
    if (plan.publicPath === 'restricted') site.ssh.externalFrom = ['198.51.100.0/24'];
  }
  if (plan.cloudflare !== 'none' && (plan.cloudflare === 'address' || gw)) {
    site.cloudflare = { zone: plan.domain, target: plan.cloudflare === 'gateway' ? gw!.name : '198.51.100.7', hostnames };
  }
  // ExternalDNS needs the zone and an ingress; where it runs, it publishes its cluster's hostnames.
  for (const c of clusters) {
    if (!c.components.externalDns) continue;
    if (!site.cloudflare || !c.ingress) delete c.components.externalDns;
    else for (const h of hostnames) if (h.cluster === c.name) h.dns = 'externalDns';
  }
  if (plan.backend === 's3') site.terraform = { backend: { kind: 's3', bucket: `${plan.name}-state`, region: 'eu-central-1', endpoint: 'https://s3.example.org' } };
  return site;
}

/** Valid site documents. */
export const siteArbitrary: fc.Arbitrary<SiteDoc> = sitePlan.map(buildSite);
