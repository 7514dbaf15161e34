/**
 * Issue 13, the platform half, asserted on what every example site and the default site (Flux and
 * Argo CD, and the default site keeping its databases in CloudNativePG) synthesize: the cluster
 * trees and the nodes' first-boot files.
 *  1. the apps' databases exist on the path that serves them, and the app connects to them;
 *  2. DNS: the public zone is not shadowed, cert-manager asks public resolvers, no public
 *     hostname is an internal name;
 *  3. node-exporter and the control plane are scraped through the firewall, alerts go somewhere
 *     named, Grafana's admin comes from a Secret and is public only when asked;
 *  4. Longhorn disks only where the site has longhorn disks, and the volumes fit them;
 *  5. MetalLB pools on the nodes' networks; the client address reaches Traefik.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { appDatabases, databaseBackend } from '../../cluster/apps/databases';
import { alertmanagerConfig } from '../../cluster/components/kube-prometheus-stack';
import { longhornCapacityIssues, longhornDiskCapacity, longhornVolumes } from '../../cluster/components/longhorn';
import { ClusterContext } from '../../cluster/context';
import { clusterRules } from '../../cluster/site-rules';
import type { ClusterTree } from '../../cluster/tree';
import { pgHba, postgresqlSetupScript } from '../../infra/bootstrap/database';
import { firewallRules, nftablesRuleset } from '../../infra/bootstrap/firewall';
import { dnsmasqConfig } from '../../infra/bootstrap/infranode';
import { k3sConfig, tlsSans } from '../../infra/bootstrap/k3s';
import { haproxyConfig } from '../../infra/bootstrap/loadbalancer';
import { ingressTargets, loadBalancersOf } from '../../infra/bootstrap/topology';
import { checkNft, PLACEHOLDER_REFERENCES, withTools } from '../support/validators/bootstrap';
import { ip, loadSite, type Cluster, type Site } from '../../site';
import { ROOT, type Obj } from '../support/helpers';

const text = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const variant = (f: string, mutate: (d: any) => void) => {
  const doc = parse(text(f));
  mutate(doc);
  return stringify(doc);
};

const SITES: [string, string][] = [
  ['site.yaml', text('site.yaml')],
  ['site.yaml (engine argocd)', variant('site.yaml', (d) => (d.clusters[0].gitops.engine = 'argocd'))],
  ['site.yaml (databases in CloudNativePG)', variant('site.yaml', (d) => ((d.clusters[0].postgresql = 'cloudnativePg'), (d.clusters[0].backups = { postgresql: { target: 's3://microcloud-pg@eu-central-1/microcloud' } })))],
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f): [string, string] => [`examples/${f}`, text(`examples/${f}`)]),
];

interface Synth {
  readonly site: Site;
  readonly trees: Map<string, ClusterTree>;
}
const cache = new Map<string, Synth>();
function synth(name: string): Synth {
  let s = cache.get(name);
  if (!s) {
    const site = loadSite(SITES.find(([n]) => n === name)![1], name, { rules: clusterRules() }).site;
    s = { site, trees: new Map(site.clusters.map((c) => [c.name, synthClusterTree(site, c)])) };
    cache.set(name, s);
  }
  return s;
}

const objects = (tree: ClusterTree, prefix = ''): Obj[] => [...tree].filter(([f]) => f.startsWith(prefix) && !f.endsWith('kustomization.yaml')).flatMap(([, o]) => o as Obj[]);
const find = (tree: ClusterTree, kind: string, name?: string, namespace?: string) =>
  objects(tree).find((o) => o.kind === kind && (name === undefined || o.metadata.name === name) && (namespace === undefined || o.metadata.namespace === namespace));
/** A chart's values, from a Flux HelmRelease or an Argo CD Application. */
function values(tree: ClusterTree, release: string): Obj | undefined {
  const hr = find(tree, 'HelmRelease', release);
  if (hr) return hr.spec.values;
  return find(tree, 'Application', release)?.spec.source.helm.valuesObject;
}
const k3s = (site: Site, node: string): Obj => parse(k3sConfig(site, site.node(node), PLACEHOLDER_REFERENCES));
const accepts = (site: Site, node: string, port: number, source: string) =>
  firewallRules(site, site.node(node)).some(
    (r) => r.protocol === 'tcp' && (r.verdict ?? 'accept') === 'accept' && (r.ports ?? []).some((p) => (typeof p === 'number' ? p === port : p[0] <= port && port <= p[1])) && r.from !== 'any' && r.from.some((c) => ip.contains(ip.parseCidr(c.includes('/') ? c : `${c}/32`), source)),
  );
const members = (c: Cluster) => [...c.servers, ...c.agents];

describe.each(SITES.map(([n]) => n))('%s', (name) => {
  test('the site loads with the cluster rules (capacity included), without a warning', () => {
    const site = loadSite(SITES.find(([n]) => n === name)![1], name, { rules: clusterRules() });
    expect(site.warnings).toEqual([]);
  });

  test('1. every app database exists where the app connects, with its role, from the app\'s cluster only', () => {
    const { site, trees } = synth(name);
    for (const d of appDatabases(site)) {
      const tree = trees.get(d.cluster)!;
      const container = find(tree, 'Deployment', d.app, d.namespace)!.spec.template.spec.containers[0];
      const env = (k: string) => container.env.find((e: Obj) => e.name === k);
      expect([env('DATABASE_NAME').value, env('DATABASE_HOST').value, env('DATABASE_USER').valueFrom.secretKeyRef.name]).toEqual([d.database, d.host, d.secret]);
      const cluster = site.cluster(d.cluster);
      if (d.backend === 'node') {
        const node = d.node!;
        const hba = pgHba(site, node).split('\n').filter((l) => l.startsWith('host')).map((l) => l.split(/\s+/));
        expect(hba).toContainEqual(['host', d.database, d.role, cluster.podCidr, 'scram-sha-256']);
        expect(postgresqlSetupScript(site, node)).toContain(`SELECT 'CREATE DATABASE ${d.database} OWNER ${d.role}'`);
        expect(accepts(site, node.name, 5432, ip.fromBig(ip.parseCidr(cluster.podCidr).start + 2n))).toBe(true);
        const slice = find(tree, 'EndpointSlice', undefined, d.namespace)!;
        expect([d.host.startsWith(`${slice.metadata.labels['kubernetes.io/service-name']}.${d.namespace}.`), slice.endpoints[0].addresses]).toEqual([true, [node.address]]);
        expect(find(tree, 'Cluster', 'pg')).toBeUndefined();
      } else if (d.backend === 'remote') {
        // Another cluster's CloudNativePG: the database and role there, its primary on the address the app's slice names.
        const remote = d.remote!;
        const data = trees.get(remote.cluster)!;
        expect(objects(data).filter((o) => o.kind === 'Database').map((o) => o.spec)).toContainEqual(expect.objectContaining({ name: d.database, owner: d.role }));
        const pg = find(data, 'Cluster', 'pg')!;
        expect(pg.spec.managed.roles.map((r: Obj) => r.name)).toContain(d.role);
        expect(Object.values(pg.spec.managed.services.additional[0].serviceTemplate.metadata.annotations)).toEqual([remote.address]);
        const slice = find(tree, 'EndpointSlice', undefined, d.namespace)!;
        expect([d.host.startsWith(`${slice.metadata.labels['kubernetes.io/service-name']}.${d.namespace}.`), slice.endpoints[0].addresses]).toEqual([true, [remote.address]]);
        expect(find(tree, 'Cluster', 'pg')).toBeUndefined();
      } else {
        expect(find(tree, 'Database', undefined, 'databases')!.spec).toMatchObject({ name: d.database, owner: d.role, cluster: { name: 'pg' } });
        expect(find(tree, 'Cluster', 'pg')!.spec.managed.roles.map((r: Obj) => r.name)).toContain(d.role);
      }
    }
    // No CloudNativePG Cluster where the cluster's databases live elsewhere.
    for (const c of site.clusters) if (databaseBackend(site, c) !== 'cloudnativePg') expect(find(trees.get(c.name)!, 'Cluster', 'pg')).toBeUndefined();
    if (name.startsWith('site.yaml')) expect(appDatabases(site).map((d) => d.database)).toEqual(['socialdevs']);
  });

  test('2. DNS: the public zone is not shadowed inside, cert-manager asks public resolvers, the API name is no public hostname', () => {
    const { site, trees } = synth(name);
    const zone = site.spec.cloudflare?.zone;
    for (const infra of site.nodesByRole('infra')) {
      const conf = dnsmasqConfig(site, infra);
      if (zone) expect(conf).not.toMatch(new RegExp(`^local=/(.*\\.)?${zone.replace(/\./g, '\\.')}/$`, 'm'));
      for (const h of site.hostnames) expect(conf).not.toContain(`host-record=${h.name},`);
    }
    for (const c of site.clusters) {
      const cm = values(trees.get(c.name)!, 'cert-manager');
      if (cm && zone) expect(cm).toMatchObject({ dns01RecursiveNameservers: '1.1.1.1:53,1.0.0.1:53', dns01RecursiveNameserversOnly: true });
      for (const s of c.servers) for (const san of tlsSans(site, c, s)) expect(site.hostnames.map((h) => h.name)).not.toContain(san);
    }
  });

  test('3. node-exporter and the control plane are reachable from the pods; alerts go to the named receiver; Grafana\'s admin from a Secret', () => {
    const { site, trees } = synth(name);
    // A cluster without the stack has no release of it (so nothing to check above).
    for (const c of site.clusters.filter((x) => !x.components.kubePrometheusStack)) expect([c.name, values(trees.get(c.name)!, 'kube-prometheus-stack')]).toEqual([c.name, undefined]);
    for (const c of site.clusters.filter((x) => x.components.kubePrometheusStack)) {
      const tree = trees.get(c.name)!;
      const pod = ip.fromBig(ip.parseCidr(c.podCidr).start + 5n);
      for (const n of members(c)) {
        expect([n.name, 9100, accepts(site, n.name, 9100, pod)]).toEqual([n.name, 9100, true]);
        for (const port of [2381, 10257, 10259]) expect([n.name, port, accepts(site, n.name, port, pod)]).toEqual([n.name, port, n.role === 'server']);
      }
      for (const s of c.servers) expect(k3s(site, s.name)).toMatchObject({ 'etcd-expose-metrics': true, 'kube-controller-manager-arg': ['bind-address=0.0.0.0'], 'kube-scheduler-arg': ['bind-address=0.0.0.0'] });
      const v = values(tree, 'kube-prometheus-stack')!;
      const servers = c.servers.map((n) => n.address);
      expect([v.kubeEtcd.endpoints, v.kubeControllerManager.endpoints, v.kubeScheduler.endpoints]).toEqual([servers, servers, servers]);
      expect(v['prometheus-node-exporter']).toMatchObject({ hostNetwork: true, service: { port: 9100 } });
      // hostNetwork pods are outside the NetworkPolicies; the monitoring namespace admits its own pods (Prometheus → kube-state-metrics...).
      expect(find(tree, 'NetworkPolicy', 'allow-from-same-namespace', 'monitoring')).toBeDefined();
      const receiver = c.monitoring!.alerts!.receiver;
      expect(v.alertmanager.config).toEqual(alertmanagerConfig(c.monitoring?.alerts));
      expect(v.alertmanager.config.route.receiver).toBe(receiver === 'none' ? 'null' : 'site');
      expect(v.grafana.admin).toEqual({ existingSecret: 'grafana-admin', userKey: 'admin-user', passwordKey: 'admin-password' });
      const route = objects(tree).find((o) => o.kind === 'IngressRoute' && o.metadata.namespace === 'monitoring');
      expect(!!route).toBe(!!c.monitoring!.grafana.public);
    }
  });

  test('4. Longhorn: default disks only on nodes with a longhorn disk, and the claimed volumes fit them', () => {
    const { site, trees } = synth(name);
    for (const c of site.clusters.filter((x) => !x.components.longhorn)) expect([c.name, values(trees.get(c.name)!, 'longhorn')]).toEqual([c.name, undefined]);
    for (const c of site.clusters.filter((x) => x.components.longhorn)) {
      const ctx = new ClusterContext(site, c);
      expect(values(trees.get(c.name)!, 'longhorn')!.defaultSettings).toMatchObject({ createDefaultDiskLabeledNodes: true, storageReservedPercentageForDefaultDisk: 30 });
      for (const n of members(c)) {
        const hasDisk = n.disks.some((d) => d.purpose === 'longhorn');
        // A GPU node also carries its GPU label (infra/bootstrap/k3s.ts); with several hosts, every node
        // also carries its host as its zone (Longhorn spreads replicas by it).
        const labels = [
          ...(hasDisk ? ['node.longhorn.io/create-default-disk=true'] : []),
          ...(n.gpu ? [`sitekit.dev/gpu=${n.gpu.vendor}`] : []),
          ...(site.multiHost ? [`topology.kubernetes.io/zone=${site.hostOf(n)!.name}`] : []),
        ];
        expect([n.name, k3s(site, n.name)['node-label']]).toEqual([n.name, labels.length ? labels : undefined]);
      }
      expect(longhornVolumes(ctx).length).toBeGreaterThan(0);
      expect(longhornDiskCapacity(ctx).length).toBe(ctx.longhornNodes.length);
      expect(longhornCapacityIssues(ctx)).toEqual([]);
    }
  });

  test('5. MetalLB pools sit on the networks of their cluster\'s nodes; behind the VIP, Traefik gets the client address from the load balancers', () => {
    const { site, trees } = synth(name);
    for (const c of site.clusters) {
      const tree = trees.get(c.name)!;
      const nets = members(c).map((n) => site.networkOfNode(n).block);
      for (const pool of objects(tree).filter((o) => o.kind === 'IPAddressPool')) {
        for (const a of pool.spec.addresses as string[]) {
          const r = ip.parseRange(a);
          expect([a, nets.some((b) => r.start >= b.start && r.end <= b.end)]).toEqual([a, true]);
        }
      }
      if (!c.ingressVipSpec || c.ingress?.controller !== 'traefik') continue;
      const lbs = loadBalancersOf(site, c.ingressVipSpec);
      const v = values(tree, 'traefik')!;
      for (const ep of ['web', 'websecure']) expect(v.ports[ep].proxyProtocol.trustedIPs).toEqual(lbs.map((n) => `${n.address}/32`));
      expect(v.service.spec).toEqual({ externalTrafficPolicy: 'Local' });
      for (const lb of lbs) {
        const servers = haproxyConfig(site, lb).split('\n').filter((l) => /^ {2}server \S+ \S+:(30080|30443) /.test(l));
        expect(servers.length).toBe(2 * ingressTargets(c).length);
        for (const s of servers) expect(s).toMatch(/ check send-proxy-v2$/);
      }
    }
  });

  withTools(test, ['nft', 'unshare'])('nft -c accepts the rulesets with the metrics rules (a server and an agent of each cluster)', () => {
    const { site } = synth(name);
    for (const c of site.clusters) for (const n of [c.servers[0], c.agents[0]].filter((x) => x)) expect([n.name, checkNft(nftablesRuleset(site, n))]).toMatchObject([n.name, { ok: true }]);
  });
});

describe('Longhorn capacity: a site error with the numbers', () => {
  test('longhorn disks too small for the volumes the default site claims', () => {
    const small = variant('site.yaml', (d) => {
      for (const n of d.nodes) for (const disk of n.disks) if (disk.purpose === 'longhorn') disk.sizeGiB = 40;
    });
    expect(() => loadSite(small, 'site.yaml', { rules: clusterRules() })).toThrow(
      'error: clusters[0].components.longhorn: the Longhorn volumes of cluster "microcloud" need 201 GiB of replica space (Prometheus 20 GiB × 3 replicas, Alertmanager 2 GiB × 3 replicas, Loki 20 GiB × 3 replicas, Kafka controllers 3 × 5 GiB × 1 replica, Kafka brokers 3 × 20 GiB × 1 replica), but its longhorn disks hold 112 GiB (worker1 28 GiB, worker2 28 GiB, worker3 28 GiB, storage1 28 GiB: 70% of each longhorn disk, Longhorn keeps 30% free; a disk holds one replica of each volume); allowed: Longhorn volumes whose replicas fit the longhorn disks of the cluster; fix: grow the longhorn disks, add nodes with a longhorn disk, or drop a component that keeps volumes',
    );
  });

  test('a volume larger than the disks that would hold its replicas', () => {
    const tiny = variant('site.yaml', (d) => {
      for (const n of d.nodes) for (const disk of n.disks) if (disk.purpose === 'longhorn') disk.sizeGiB = n.name === 'storage1' ? 400 : 20;
    });
    const message = (() => {
      try {
        loadSite(tiny, 'site.yaml', { rules: clusterRules() });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message).toContain(
      'error: clusters[0].components.longhorn: the Longhorn volume Prometheus (20 GiB) needs 3 disk(s) with room for it, but 1 of cluster "microcloud" have that much (worker1 14 GiB, worker2 14 GiB, worker3 14 GiB, storage1 280 GiB: 70% of each longhorn disk, Longhorn keeps 30% free)',
    );
  });
});

describe('docs/cluster-secrets.md', () => {
  test('lists every Secret of the site store that a synthesized tree reads, with its keys', () => {
    const doc = text('docs/cluster-secrets.md');
    const rows = new Map(
      doc
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) => {
          const [name, keys] = l.split('|').slice(1, 3).map((c) => c.trim());
          return [name.replace(/`/g, ''), keys.match(/`([^`]+)`/g)!.map((k) => k.slice(1, -1))] as [string, string[]];
        }),
    );
    const s3 = variant('site.yaml', (d) => {
      d.clusters[0].postgresql = 'cloudnativePg';
      d.clusters[0].backups = { target: 's3://microcloud-backups@eu-central-1/longhorn' };
    });
    const sites = [...SITES.map(([n]) => synth(n).site), loadSite(s3, 's3.yaml').site];
    const used: string[] = [];
    for (const site of sites) {
      for (const c of site.clusters) {
        for (const o of objects(synthClusterTree(site, c)).filter((x) => x.kind === 'ExternalSecret')) {
          for (const d of o.spec.data) {
            const key = String(d.remoteRef.key).replace(/^postgresql-.*/, 'postgresql-<role>').replace(/^[a-z0-9-]+-redis$/, '<app>-redis');
            used.push(key);
            expect([key, rows.get(key)]).toEqual([key, expect.arrayContaining([d.remoteRef.property])]);
          }
        }
      }
    }
    expect(new Set(used)).toEqual(new Set(rows.keys()));
  });
});

describe('Longhorn backups go to the target the site names', () => {
  const tree = (target?: string) => {
    const site = loadSite(variant('site.yaml', (d) => (target === undefined ? undefined : (d.clusters[0].backups = { target }))), 'site.yaml').site;
    return synthClusterTree(site, site.clusters[0]);
  };
  test('the storage node\'s NFS export by default; an NFS or S3 target named in the site; none', () => {
    expect(values(tree(), 'longhorn')!.defaultBackupStore).toEqual({ backupTarget: 'nfs://10.17.4.27:/srv/nfs/shared' });
    expect(values(tree('nfs://10.10.0.5:/srv/backups'), 'longhorn')!.defaultBackupStore).toEqual({ backupTarget: 'nfs://10.10.0.5:/srv/backups' });
    const s3 = tree('s3://microcloud-backups@eu-central-1/longhorn');
    expect(values(s3, 'longhorn')!.defaultBackupStore).toEqual({ backupTarget: 's3://microcloud-backups@eu-central-1/longhorn', backupTargetCredentialSecret: 'longhorn-backup' });
    expect(find(s3, 'ExternalSecret', 'longhorn-backup', 'longhorn-system')).toBeDefined();
    const none = tree('none');
    expect(values(none, 'longhorn')!.defaultBackupStore).toBeUndefined();
    expect(find(none, 'RecurringJob', 'backup-nightly')).toBeUndefined();
  });

  test.each(['s3://b@eu-central-1/x', 'ftp://host/x', 'nfs://host/no-colon', 'nfs://host:relative', 's3://Bucket@eu-central-1/'])('refuses %s', (target) => {
    expect(() => loadSite(variant('site.yaml', (d) => (d.clusters[0].backups = { target })), 'site.yaml')).toThrow(
      `clusters[0].backups.target: ${JSON.stringify(target)} is not nfs://<host>:/<path>, s3://<bucket>@<region>/<path>, or none`,
    );
  });
});

describe('CloudNativePG backs up where the site says', () => {
  /** The default site keeping its databases in CloudNativePG, with `backups` as given. */
  const load = (backups?: object) =>
    loadSite(variant('site.yaml', (d) => ((d.clusters[0].postgresql = 'cloudnativePg'), backups === undefined ? undefined : (d.clusters[0].backups = backups))), 'site.yaml');
  const tree = (backups?: object) => {
    const site = load(backups).site;
    return synthClusterTree(site, site.clusters[0]);
  };
  const credentials = { accessKeyId: { name: 'pg-backup-s3', key: 'ACCESS_KEY_ID' }, secretAccessKey: { name: 'pg-backup-s3', key: 'SECRET_ACCESS_KEY' } };
  const store = (destinationPath: string, endpointURL?: string) => ({
    retentionPolicy: '30d',
    barmanObjectStore: { destinationPath, ...(endpointURL ? { endpointURL } : {}), s3Credentials: credentials, wal: { compression: 'gzip' } },
  });

  test('an s3:// backup target takes the databases under <path>/postgresql, with its endpoint; a daily ScheduledBackup; the credentials Secret', () => {
    const t = tree({ target: 's3://microcloud-backups@eu-central-1/longhorn', endpoint: 'http://10.17.4.27:9000' });
    expect(find(t, 'Cluster', 'pg')!.spec.backup).toEqual(store('s3://microcloud-backups/longhorn/postgresql', 'http://10.17.4.27:9000'));
    expect(find(t, 'ScheduledBackup')!.spec).toEqual({ cluster: { name: 'pg' }, schedule: '0 0 4 * * *', method: 'barmanObjectStore', backupOwnerReference: 'self', immediate: true });
    expect(find(t, 'ExternalSecret', 'pg-backup-s3', 'databases')!.spec.data.map((d: Obj) => d.remoteRef)).toEqual([{ key: 'pg-backup-s3', property: 'ACCESS_KEY_ID' }, { key: 'pg-backup-s3', property: 'SECRET_ACCESS_KEY' }]);
    // The bucket's root: no double slash; AWS S3 (no endpoint).
    expect(find(tree({ target: 's3://microcloud-backups@eu-central-1/' }), 'Cluster', 'pg')!.spec.backup).toEqual(store('s3://microcloud-backups/postgresql'));
  });

  test('backups.postgresql names the place, over an s3:// target and with an NFS one', () => {
    const postgresql = { target: 's3://pg-backups@us-east-1/microcloud', endpoint: 'https://minio.example.org' };
    for (const target of ['s3://microcloud-backups@eu-central-1/longhorn', 'nfs://10.10.0.5:/srv/backups', undefined]) {
      const t = tree({ ...(target ? { target, endpoint: target.startsWith('s3') ? 'http://10.17.4.27:9000' : undefined } : {}), postgresql });
      expect(find(t, 'Cluster', 'pg')!.spec.backup).toEqual(store('s3://pg-backups/microcloud', 'https://minio.example.org'));
      expect(find(t, 'ScheduledBackup')).toBeDefined();
    }
  });

  test('no object store: no backup section, no ScheduledBackup, no credentials Secret, and a warning', () => {
    for (const [backups, named] of [[undefined, ''], [{ target: 'nfs://10.10.0.5:/srv/backups' }, ' (backups.target nfs://10.10.0.5:/srv/backups is not one)'], [{ target: 'none' }, ' (backups.target none is not one)']] as const) {
      const t = tree(backups);
      expect(find(t, 'Cluster', 'pg')!.spec.backup).toBeUndefined();
      expect(find(t, 'ScheduledBackup')).toBeUndefined();
      expect(find(t, 'ExternalSecret', 'pg-backup-s3')).toBeUndefined();
      expect(load(backups).warnings.map((w) => `${w.path.join('.')}: ${w.message}`)).toEqual([
        `clusters.0.components.cloudnativePg: the databases in cluster "microcloud"'s CloudNativePG are not backed up: CloudNativePG backs up to an S3-compatible object store only, and the cluster names none${named}`,
      ]);
    }
    // The default site keeps its databases on the database node: no Cluster, no warning.
    expect(loadSite(text('site.yaml'), 'site.yaml').warnings).toEqual([]);
  });
});
