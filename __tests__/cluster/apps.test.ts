/**
 * Apps from the site (`clusters[].apps`): the default site's SocialDevs apps meet their needs,
 * a site that drops what an app needs fails at the app's line, the YAML route and the TypeScript
 * route (the WebApp construct through a cluster extension) give the same objects, and adding or
 * removing an app touches its own files only.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { WebApp, type AppSpec } from '../../cluster/apps/app';
import { webAppProps } from '../../cluster/apps/resolve';
import { appSecrets } from '../../cluster/apps/secrets';
import { ClusterContext } from '../../cluster/context';
import { clusterRules, RESERVED_NAMESPACES } from '../../cluster/site-rules';
import { loadSite, loadSiteFile, SiteError, type Site } from '../../site';
import { renderSite } from '../../synth/render';
import { main } from '../../synth/synth';
import { ROOT } from '../support/helpers';

const TEXT = fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8');
const MULTI = path.join(ROOT, 'examples', 'multi-cluster.yaml');
const rules = clusterRules();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const edited = (text: string, mutate: (doc: Doc) => void) => {
  const doc = parse(text);
  mutate(doc);
  return stringify(doc);
};

/** The error lines of loading the default site after `mutate`, with the cluster app's rules. */
function errorsOf(mutate: (doc: Doc) => void, text = TEXT): string[] {
  try {
    loadSite(edited(text, mutate), 'site.yaml', { rules });
  } catch (e) {
    expect(e).toBeInstanceOf(SiteError);
    return (e as Error).message.split('\n').slice(1).map((l) => l.replace(/^site\.yaml:\d+:\d+: /, ''));
  }
  throw new Error('the site loaded');
}

describe('site rules on the default site', () => {
  test('the default site meets the needs of its apps, without warnings', () => {
    expect(loadSite(TEXT, 'site.yaml', { rules }).warnings).toEqual([]);
  });

  test('Kafka topics need strimzi', () => {
    expect(errorsOf((d) => delete d.clusters[0].components.strimzi)).toEqual([
      'error: clusters[0].apps[1].kafka: app "backend" of cluster "microcloud" uses Kafka topics (socialdevs-events), but the cluster does not enable strimzi; allowed: components.strimzi on a cluster whose apps use Kafka; fix: add components.strimzi: { version: ... }',
    ]);
  });

  test('a public host must be a hostname of the site', () => {
    expect(errorsOf((d) => (d.cloudflare.hostnames = d.cloudflare.hostnames.filter((h: { name: string }) => !h.name.startsWith('api.'))))).toEqual([
      'error: clusters[0].apps[1].host: app "backend" of cluster "microcloud" is served at api.socialdevs.site, which is not a public hostname of the site (cloudflare.hostnames: socialdevs.site, grafana.socialdevs.site); allowed: api.socialdevs.site in cloudflare.hostnames with cluster: microcloud; fix: add { name: api.socialdevs.site, cluster: microcloud } to cloudflare.hostnames',
    ]);
  });

  test('one app per hostname, the public Grafana included', () => {
    expect(errorsOf((d) => (d.clusters[0].apps[0].host = 'grafana.socialdevs.site'))).toEqual([
      'error: clusters[0].apps[0].host: app "frontend" of cluster "microcloud" is served at grafana.socialdevs.site, which Grafana of cluster "microcloud" already serves; allowed: one app per hostname; fix: give the app a hostname of its own',
    ]);
  });

  test('an app may not take a namespace of the platform (a cluster rule)', () => {
    expect(RESERVED_NAMESPACES).toEqual(expect.arrayContaining(['kafka', 'databases', 'monitoring', 'kube-system', 'site-secrets']));
    expect(errorsOf((d) => (d.clusters[0].apps[0].namespace = 'kafka'))).toEqual([
      `error: clusters[0].apps[0].namespace: app "frontend" of cluster "microcloud" is in namespace "kafka", which the platform uses; allowed: a namespace of the apps, not one of: ${RESERVED_NAMESPACES.join(', ')}; fix: set namespace: frontend`,
    ]);
  });

  test('several replicas and a volume one node mounts; allowFrom names an app of the namespace', () => {
    expect(errorsOf((d) => (d.clusters[0].apps[0].volumes = [{ name: 'data', size: '1Gi', mountPath: '/data' }]))).toEqual([
      'error: clusters[0].apps[0].volumes[0]: volume "data" of app "frontend" of cluster "microcloud" is on storage class longhorn, which one node mounts at a time, but the app runs several replicas; allowed: several replicas with volumes of a shared class (nfs-shared) only; fix: set replicas: 1 without autoscale, or storageClass: nfs-shared',
    ]);
    expect(errorsOf((d) => (d.clusters[0].apps[1].allowFrom = ['frontnd']))).toEqual([
      'error: clusters[0].apps[1].allowFrom[0]: unknown app "frontnd"; allowed: one of: frontend, backend; fix: did you mean "frontend"?',
    ]);
  });

  test('renaming the cluster carries its apps (nothing is dropped silently)', () => {
    const text = edited(TEXT, (d) => {
      d.clusters[0].name = 'prod';
      for (const h of d.cloudflare.hostnames) h.cluster = 'prod';
    });
    const { site } = loadSite(text, 'site.yaml', { rules });
    expect(site.cluster('prod').apps.map((a) => `${a.namespace}/${a.name}`)).toEqual(['socialdevs/frontend', 'socialdevs/backend']);
    expect([...synthClusterTree(site, site.cluster('prod')).keys()].filter((f) => /^apps\/socialdevs\/[a-z]+\.yaml$/.test(f)).sort()).toEqual([
      'apps/socialdevs/backend.yaml',
      'apps/socialdevs/frontend.yaml',
      'apps/socialdevs/kustomization.yaml',
      'apps/socialdevs/namespace.yaml',
    ]);
  });

  test('Longhorn capacity counts the apps\' Longhorn volumes', () => {
    const text = fs.readFileSync(MULTI, 'utf8');
    expect(errorsOf((d) => d.clusters[0].apps[0].volumes.push({ name: 'config', size: '200Gi' }), text)).toEqual([
      'error: clusters[0].components.longhorn: the Longhorn volume media/jellyfin-config (200 GiB) needs 1 disk(s) with room for it, but 0 of cluster "gordito" have that much (gordito-worker 140 GiB: 70% of each longhorn disk, Longhorn keeps 30% free); allowed: Longhorn volumes whose replicas fit the longhorn disks of the cluster; fix: grow the longhorn disks, add nodes with a longhorn disk, or drop a component that keeps volumes',
      'error: clusters[0].components.longhorn: the Longhorn volumes of cluster "gordito" need 245 GiB of replica space (Prometheus 20 GiB × 1 replica, Alertmanager 2 GiB × 1 replica, media/jellyfin-config 200 GiB × 1 replica, media/jellyfin-cache 20 GiB × 1 replica, linkding/linkding-data 1 GiB × 1 replica, memos/memos-data 2 GiB × 1 replica), but its longhorn disks hold 140 GiB (gordito-worker 140 GiB: 70% of each longhorn disk, Longhorn keeps 30% free; a disk holds one replica of each volume); allowed: Longhorn volumes whose replicas fit the longhorn disks of the cluster; fix: grow the longhorn disks, add nodes with a longhorn disk, or drop a component that keeps volumes',
    ]);
  });

  test('synth: exit 1 with the site error, not an internal error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-apps-'));
    fs.writeFileSync(path.join(dir, 'site.yaml'), edited(TEXT, (d) => delete d.clusters[0].components.strimzi));
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...a) => void errors.push(a.join(' ')));
    try {
      expect(main(['--site', path.join(dir, 'site.yaml'), '--out', path.join(dir, 'out'), '--quiet'], () => {})).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('\n')).toMatch(/^synth failed: .*site\.yaml: 1 error\(s\) in the site\n.*site\.yaml:\d+:\d+: error: clusters\[0\]\.apps\[1\]\.kafka: app "backend" of cluster "microcloud" uses Kafka topics/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('the YAML route and the TypeScript route give the same objects', () => {
  /** The default site's apps written in TypeScript, as a user composing in code would. */
  const SOCIALDEVS: AppSpec[] = [
    {
      name: 'frontend', namespace: 'socialdevs', image: 'ghcr.io/socialdevs/frontend:1.0.0', port: 8080, replicas: 2, host: 'socialdevs.site',
      resources: { cpu: '50m', memory: '64Mi', memoryLimit: '128Mi', cpuLimit: '250m' }, probes: { liveness: '/', readiness: '/' }, writablePaths: ['/tmp'], user: 101,
    },
    {
      name: 'backend', namespace: 'socialdevs', image: 'ghcr.io/socialdevs/backend:1.0.0', port: 8000, replicas: 2, autoscale: { maxReplicas: 6, cpuUtilization: 70 },
      host: 'api.socialdevs.site', resources: { cpu: '100m', memory: '256Mi', memoryLimit: '512Mi', cpuLimit: '1' }, probes: { liveness: '/healthz', readiness: '/readyz' },
      metrics: { path: '/metrics' }, writablePaths: ['/tmp'], env: { CORS_ORIGINS: 'https://socialdevs.site' }, database: { name: 'socialdevs' }, kafka: { topics: ['socialdevs-events'] },
    },
  ];
  const LINKDING: AppSpec = {
    name: 'linkding', namespace: 'linkding', image: 'sissbruecker/linkding:1.44.2', port: 9090, host: 'linkding.example.org', internalHost: 'linkding.home.example.org',
    resources: { cpu: '50m', memory: '128Mi', memoryLimit: '512Mi', cpuLimit: '500m' }, probes: { liveness: '/health', readiness: '/health' }, writablePaths: ['/tmp'],
    env: {
      LD_SUPERUSER_NAME: 'admin',
      LD_SUPERUSER_PASSWORD: { secret: 'linkding-admin', key: 'password' },
      // Its database on the data cluster's CloudNativePG, under Linkding's own variable names.
      LD_DB_ENGINE: 'postgres',
      LD_DB_HOST: 'linkding-postgresql.linkding.svc.cluster.local',
      LD_DB_DATABASE: 'linkding',
      LD_DB_USER: 'linkding',
      LD_DB_PASSWORD: { secret: 'postgresql-linkding', key: 'password' },
    },
    database: { name: 'linkding' },
    volumes: [{ name: 'data', size: '1Gi', mountPath: '/etc/linkding/data' }], internet: true, user: 33,
  };

  /** The app files of the YAML route, and the same files built in code on the site without those apps. */
  function bothRoutes(withApps: Site, withoutApps: Site, cluster: string, specs: readonly AppSpec[]) {
    const yaml = synthClusterTree(withApps, withApps.cluster(cluster));
    const code = synthClusterTree(withoutApps, withoutApps.cluster(cluster), {
      extend: (site, c, add) => {
        if (c.name !== cluster) return;
        const ctx = new ClusterContext(site, c);
        for (const spec of specs) add(`apps/${spec.namespace}/${spec.name}.yaml`, (chart) => new WebApp(chart, spec.name, webAppProps(ctx, spec)));
        for (const ns of new Set(specs.map((s) => s.namespace))) add(`apps/${ns}/secrets.yaml`, (chart) => appSecrets(chart, ctx, ns, specs));
      },
    });
    const own = new Set(specs.flatMap((s) => [`apps/${s.namespace}/${s.name}.yaml`, `apps/${s.namespace}/secrets.yaml`]));
    const files = [...code.keys()].filter((f) => own.has(f)).sort();
    return { files, yaml: files.map((f) => yaml.get(f)), code: files.map((f) => code.get(f)) };
  }

  test('default site: the SocialDevs apps, from uses: or written out', () => {
    const withApps = loadSite(TEXT, 'site.yaml').site;
    // The code route wires the backend to its database, but the database node creates only the databases of the site's apps.
    const withoutApps = loadSite(edited(TEXT, (d) => (d.clusters[0].apps = [])), 'site.yaml').site;
    expect(withApps.cluster('microcloud').apps).toEqual(SOCIALDEVS);
    const r = bothRoutes(withApps, withoutApps, 'microcloud', SOCIALDEVS);
    expect(r.files).toEqual(['apps/socialdevs/backend.yaml', 'apps/socialdevs/frontend.yaml']);
    expect(r.yaml).toEqual(r.code);
  });

  test('seed 001: Linkding (a volume, Secrets by reference, a database on the data cluster, a public and an internal hostname)', () => {
    const text = fs.readFileSync(MULTI, 'utf8');
    const withApps = loadSite(text, 'multi.yaml').site;
    const withoutApps = loadSite(edited(text, (d) => (d.clusters[0].apps = d.clusters[0].apps.filter((a: { uses: string }) => a.uses !== 'linkding'))), 'multi.yaml').site;
    expect(withApps.cluster('gordito').apps.find((a) => a.name === 'linkding')).toEqual(LINKDING);
    const r = bothRoutes(withApps, withoutApps, 'gordito', [LINKDING]);
    expect(r.files).toEqual(['apps/linkding/linkding.yaml', 'apps/linkding/secrets.yaml']);
    expect(r.yaml).toEqual(r.code);
    // The claim is kept from pruning on both routes.
    const pvc = r.code[0]!.find((o) => o.kind === 'PersistentVolumeClaim') as { metadata: { annotations: object } };
    expect(pvc.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });
});

describe('day 2: adding or removing an app touches its own files', () => {
  const changed = (a: Map<string, string>, b: Map<string, string>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();

  test('adding the built-in web app to the default site: its namespace, its file, the listings', () => {
    const before = renderSite(loadSite(TEXT, 'site.yaml').site).files;
    const added = loadSite(edited(TEXT, (d) => d.clusters[0].apps.push({ uses: 'web' })), 'site.yaml').site;
    expect(changed(before, renderSite(added).files)).toEqual([
      'clusters/microcloud/apps/kustomization.yaml',
      'clusters/microcloud/apps/web/kustomization.yaml',
      'clusters/microcloud/apps/web/namespace.yaml',
      'clusters/microcloud/apps/web/web.yaml',
      // The site's docs: the namespace's NetworkPolicy rows, and the app on the ways in.
      'docs/ports.md',
      'docs/topology.md',
    ]);
  });

  test('adding one to a namespace that has apps: its file and that namespace\'s listing only', () => {
    const before = renderSite(loadSite(TEXT, 'site.yaml').site).files;
    const added = loadSite(edited(TEXT, (d) => d.clusters[0].apps.push({ uses: 'web', name: 'docs', namespace: 'socialdevs' })), 'site.yaml').site;
    expect(changed(before, renderSite(added).files)).toEqual([
      'clusters/microcloud/apps/socialdevs/docs.yaml',
      'clusters/microcloud/apps/socialdevs/kustomization.yaml',
      'docs/ports.md', // its NetworkPolicy's rows
    ]);
  });

  test('removing Memos from seed 001: its files and the listing, nothing of the other apps', () => {
    const text = fs.readFileSync(MULTI, 'utf8');
    const before = renderSite(loadSiteFile(MULTI).site).files;
    const removed = loadSite(edited(text, (d) => d.clusters[0].apps.pop()), 'multi.yaml').site;
    expect(changed(before, renderSite(removed).files)).toEqual([
      'clusters/gordito/apps/kustomization.yaml',
      'clusters/gordito/apps/memos/kustomization.yaml',
      'clusters/gordito/apps/memos/memos.yaml',
      'clusters/gordito/apps/memos/namespace.yaml',
      'docs/ports.md',
      'docs/topology.md',
    ]);
  });
});
