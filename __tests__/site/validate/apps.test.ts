/**
 * The app rules (site/validate/apps.ts) on parsed sites: what one fixture per rule cannot show
 * (both sides of each condition, which apps count as peers, the messages' lists). The messages in
 * a loaded file are in fixtures.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { SiteSchema, validateSite, type SiteSpec } from '../../../site';

type App = SiteSpec['clusters'][number]['apps'][number];
const IMAGE = 'nginxinc/nginx-unprivileged:1.29.3-alpine';

/**
 * Clusters tiny (cp1, worker1; ingress; no Longhorn, so local-path only) and other (cp2; ingress);
 * public hostnames app.tiny.example.org (tiny) and other.tiny.example.org (other); `apps` in tiny.
 */
function site(...apps: App[]): SiteSpec {
  const s = SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'invalid', 'app-host-other-cluster.yaml'), 'utf8')));
  s.clusters[0].apps = apps;
  return s;
}
const COMPLETE = { resources: { cpu: '25m', memory: '32Mi' }, probes: { liveness: '/', readiness: '/' } };
const app = (name: string, extra: Partial<App> = {}): App => ({ name, image: IMAGE, port: 8080, ...COMPLETE, ...extra });
const issues = (s: SiteSpec) => validateSite(s).map((i) => `${i.severity} ${i.path.join('.')}: ${i.message}; allowed: ${i.allowed}; fix: ${i.fix}`);
const messages = (s: SiteSpec) => validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('app rules', () => {
  test('the base is valid, with an app on its public hostname', () => {
    expect(issues(site(app('web', { host: 'app.tiny.example.org' })))).toEqual([]);
  });

  test('an app without a name is named by its place; an incomplete app is checked no further', () => {
    expect(messages(site({ image: IMAGE, port: 8080, ...COMPLETE }))).toEqual(['clusters.0.apps.0: clusters[0].apps[0] of cluster "tiny" has no name']);
    expect(messages(site({ name: 'x', port: 8080, ...COMPLETE, host: 'nowhere.tiny.example.org' }))).toEqual(['clusters.0.apps.0: app "x" of cluster "tiny" has no image']);
  });

  test('a host that is no public hostname lists the site\'s (or says none)', () => {
    expect(messages(site(app('web', { host: 'www.tiny.example.org' })))).toEqual([
      'clusters.0.apps.0.host: app "web" of cluster "tiny" is served at www.tiny.example.org, which is not a public hostname of the site (cloudflare.hostnames: app.tiny.example.org, other.tiny.example.org)',
    ]);
    const s = site(app('web', { host: 'www.tiny.example.org' }));
    delete s.cloudflare;
    expect(messages(s)).toEqual(['clusters.0.apps.0.host: app "web" of cluster "tiny" is served at www.tiny.example.org, which is not a public hostname of the site (cloudflare.hostnames: none)']);
  });

  test('an app with a hostname in a cluster without an ingress: at the host, else at the internal host', () => {
    const without = (a: App) => {
      const s = site(a);
      delete s.clusters[0].ingress;
      return issues(s).filter((i) => i.includes('has no ingress') && i.startsWith('error clusters.0.apps'));
    };
    expect(without(app('web', { internalHost: 'web.tiny.example.org' }))).toEqual([
      'error clusters.0.apps.0.internalHost: app "web" of cluster "tiny" is served at web.tiny.example.org, but the cluster has no ingress; allowed: ingress: { controller: traefik or nginx, ... } on a cluster whose apps have hostnames; fix: add ingress to the cluster, or remove the hostname',
    ]);
    expect(without(app('web', { host: 'app.tiny.example.org', internalHost: 'web.tiny.example.org' }))).toEqual([
      'error clusters.0.apps.0.host: app "web" of cluster "tiny" is served at app.tiny.example.org, but the cluster has no ingress; allowed: ingress: { controller: traefik or nginx, ... } on a cluster whose apps have hostnames; fix: add ingress to the cluster, or remove the hostname',
    ]);
  });

  test('a hostname served twice names the first app, at the second one\'s host or internal host', () => {
    expect(issues(site(app('a', { host: 'app.tiny.example.org' }), app('b', { host: 'app.tiny.example.org' })))).toEqual([
      'error clusters.0.apps.1.host: app "b" of cluster "tiny" is served at app.tiny.example.org, which app "a" of cluster "tiny" already serves; allowed: one app per hostname; fix: give the app a hostname of its own',
    ]);
    expect(messages(site(app('a', { internalHost: 'in.tiny.example.org' }), app('b', { internalHost: 'in.tiny.example.org' })))).toEqual([
      'clusters.0.apps.1.internalHost: app "b" of cluster "tiny" is served at in.tiny.example.org, which app "a" of cluster "tiny" already serves',
    ]);
  });

  test('the same name in two namespaces is two apps; peers are the apps of the namespace', () => {
    expect(issues(site(app('web'), app('web', { namespace: 'other' })))).toEqual([]);
    const s = site(app('api', { namespace: 'shop' }), app('front', { namespace: 'shop', callsTo: [{ app: 'api', port: 8080 }] }), app('cron', { allowFrom: ['front'], callsTo: [{ app: 'api', port: 8080 }] }));
    expect(issues(s)).toEqual([
      'error clusters.0.apps.2.allowFrom.0: unknown app "front"; allowed: one of: cron; fix: did you mean "cron"?',
      'error clusters.0.apps.2.callsTo.0.app: unknown app "api"; allowed: one of: cron; fix: define app "api" or reference an existing one',
    ]);
  });

  test('GPU: a node of the cluster with one will do; one of another cluster will not', () => {
    const s = site(app('tv', { gpu: 'intel' }));
    s.nodes[1].gpu = { vendor: 'intel' } as SiteSpec['nodes'][number]['gpu'];
    expect(messages(s).filter((m) => m.includes('GPU'))).toEqual([]);
    const t = site(app('tv', { gpu: 'intel' }));
    t.nodes[2].gpu = { vendor: 'intel' } as SiteSpec['nodes'][number]['gpu'];
    expect(messages(t).filter((m) => m.includes('GPU'))).toEqual(['clusters.0.apps.0.gpu: app "tv" of cluster "tiny" asks for an intel GPU, but no node of the cluster has one']);
  });

  test('Kafka topics are listed in the message', () => {
    expect(messages(site(app('web', { kafka: { topics: ['orders', 'payments'] } })))).toEqual([
      'clusters.0.apps.0.kafka: app "web" of cluster "tiny" uses Kafka topics (orders, payments), but the cluster does not enable strimzi',
    ]);
  });

  test('Redis: an app named like it at index 0, a claim of the same name in another namespace, and no warning with External Secrets', () => {
    expect(messages(site(app('web-redis', { namespace: 'web' }), app('web', { redis: true })))).toEqual([
      'clusters.0.apps.1.redis: app "web" of cluster "tiny" asks for a Redis, whose StatefulSet, Service and Secret are named "web-redis", the name of clusters[0].apps[0] in namespace "web"',
    ]);
    // An app named like it, or a volume claim of that name, in another namespace; another claim in its own: no clash.
    const warning = 'clusters.0.apps.1.redis: app "web" of cluster "tiny" asks for a Redis whose password is Secret "web-redis" (key password), which nothing in the tree fills: cluster "tiny" does not enable External Secrets';
    expect(messages(site(app('web-redis', { namespace: 'other' }), app('web', { redis: true })))).toEqual([warning]);
    expect(messages(site(app('logs', { namespace: 'web', volumes: [{ name: 'data', size: '1Gi', mountPath: '/d' }] }), app('web', { redis: true })))).toEqual([warning]);
    const s = site(app('web', { namespace: 'other', volumes: [{ name: 'redis-data', size: '1Gi', mountPath: '/d' }] }), app('web', { redis: true }));
    s.clusters[0].components.externalSecrets = { version: '0.20.4' } as SiteSpec['clusters'][number]['components']['externalSecrets'];
    expect(messages(s)).toEqual([]);
  });

  test('mount paths over writable paths compare without a trailing slash', () => {
    expect(messages(site(app('web', { writablePaths: ['/data/'], volumes: [{ name: 'data', size: '1Gi', mountPath: '/data' }] })))).toEqual([
      'clusters.0.apps.0.volumes.0.mountPath: app "web" of cluster "tiny" uses mount path "/data" twice (writablePaths[0] and volumes[0])',
    ]);
    expect(messages(site(app('web', { writablePaths: ['/data'], volumes: [{ name: 'data', size: '1Gi', mountPath: '/data/' }] })))).toEqual([
      'clusters.0.apps.0.volumes.0.mountPath: app "web" of cluster "tiny" uses mount path "/data" twice (writablePaths[0] and volumes[0])',
    ]);
    expect(messages(site(app('web', { writablePaths: ['/tmp'], volumes: [{ name: 'data', size: '1Gi', mountPath: '/data/' }] })))).toEqual([]);
  });

  test('volumes: an unknown class lists the cluster\'s, backups on a class the site does not back up, several replicas on a class one node mounts', () => {
    const vol = (extra: object = {}) => ({ name: 'data', size: '1Gi', mountPath: '/data', ...extra });
    expect(issues(site(app('web', { volumes: [vol({ storageClass: 'fast' })] })))).toEqual([
      'error clusters.0.apps.0.volumes.0.storageClass: volume "data" of app "web" of cluster "tiny" asks for storage class fast, which the cluster does not have; allowed: one of: local-path (longhorn and longhorn-single come with components.longhorn, nfs-shared with components.nfs); fix: use one of them, or enable the component that provides it',
    ]);
    // Several classes are listed, and a near miss is named.
    const lh = site(app('web', { volumes: [vol({ storageClass: 'longhom' })] }));
    lh.clusters[0].components.longhorn = { version: '1.10.1' } as SiteSpec['clusters'][number]['components']['longhorn'];
    expect(issues(lh).filter((i) => i.includes('storageClass'))).toEqual([
      'error clusters.0.apps.0.volumes.0.storageClass: volume "data" of app "web" of cluster "tiny" asks for storage class longhom, which the cluster does not have; allowed: one of: longhorn, longhorn-single (longhorn and longhorn-single come with components.longhorn, nfs-shared with components.nfs); fix: did you mean "longhorn"?',
    ]);
    expect(issues(site(app('web', { volumes: [vol({ backup: true })] })))).toEqual([
      'error clusters.0.apps.0.volumes.0.backup: volume "data" of app "web" of cluster "tiny" asks for backups, but storage class local-path is not backed up by the site (Longhorn backs up its own volumes only); allowed: backup: true on a longhorn or longhorn-single volume; fix: set backup: false, or storageClass: longhorn',
    ]);
    const scaled = 'error clusters.0.apps.0.volumes.0: volume "data" of app "web" of cluster "tiny" is on storage class local-path, which one node mounts at a time, but the app runs several replicas; allowed: several replicas with volumes of a shared class (nfs-shared) only; fix: set replicas: 1 without autoscale, or storageClass: nfs-shared';
    expect(issues(site(app('web', { replicas: 2, volumes: [vol()] })))).toEqual([scaled]);
    expect(issues(site(app('web', { replicas: 1, autoscale: { maxReplicas: 3, cpuUtilization: 80 }, volumes: [vol()] })))).toEqual([scaled]);
    expect(issues(site(app('web', { replicas: 1, volumes: [vol({ backup: false })] })))).toEqual([]);
  });

  test('a database node is a backend; public Grafana serves its hostname', () => {
    const s = site(app('web', { database: { name: 'web' } }));
    expect(messages(s).filter((m) => m.includes('database'))).toEqual(['clusters.0.apps.0.database: app "web" of cluster "tiny" uses database "web", but the cluster has neither a database node nor CloudNativePG']);
    s.nodes.push({ ...s.nodes[1], name: 'db', role: 'database', address: '192.168.10.40' });
    expect(messages(s).filter((m) => m.startsWith('clusters.0.apps'))).toEqual([]);
    const g = site(app('web', { host: 'grafana.tiny.example.org' }));
    g.cloudflare!.hostnames.push({ name: 'grafana.tiny.example.org', cluster: 'tiny' } as NonNullable<SiteSpec['cloudflare']>['hostnames'][number]);
    g.clusters[0].monitoring = { grafana: { public: true } } as SiteSpec['clusters'][number]['monitoring'];
    expect(messages(g).filter((m) => m.startsWith('clusters.0.apps'))).toEqual([
      'clusters.0.apps.0.host: app "web" of cluster "tiny" is served at grafana.tiny.example.org, which Grafana of cluster "tiny" already serves',
    ]);
  });

  test('internal hostnames named like a VIP clash; a public one is reported once, as public', () => {
    const s = site(app('web', { internalHost: 'api.tiny.example.org' }));
    s.vips = [{ name: 'api', address: '192.168.10.250', purpose: 'kube-api' }] as SiteSpec['vips'];
    expect(messages(s).filter((m) => m.startsWith('clusters.0.apps'))).toEqual([
      'clusters.0.apps.0.internalHost: app "web" of cluster "tiny" has internal hostname api.tiny.example.org, which is the internal name of VIP "api" (vips[0]: 192.168.10.250): the site\'s DNS would answer it with both addresses',
    ]);
    const p = site(app('web', { internalHost: 'app.tiny.example.org' }));
    p.nodes[1].name = 'app';
    p.clusters[0].nodes = ['cp1', 'app'];
    expect(messages(p).filter((m) => m.startsWith('clusters.0.apps'))).toEqual([
      'clusters.0.apps.0.internalHost: app "web" of cluster "tiny" has internal hostname app.tiny.example.org, which is a public hostname (cloudflare.hostnames)',
    ]);
  });
});
