/**
 * site/apps/: the apps' schema (pinned images, Secrets by reference), the built-in catalog and
 * how an entry resolves (the catalog app, then the entry's fields).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { App } from '../../site/apps/schema';
import { CATALOG, CATALOG_NAMES, loadSite, PINNED_IMAGE, resolveApp, SiteError, siteJsonSchema } from '../../site';
import { ROOT } from '../support/helpers';

const TEXT = fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8');

/** The error lines of the default site with `apps` as the cluster's apps. */
function errorsWith(apps: unknown[]): string[] {
  const doc = parse(TEXT);
  doc.clusters[0].apps = apps;
  try {
    loadSite(stringify(doc), 'site.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(SiteError);
    return (e as Error).message.split('\n').slice(1).map((l) => l.replace(/^site\.yaml:\d+:\d+: /, ''));
  }
  throw new Error('the site loaded');
}

describe('images are pinned by tag', () => {
  test.each(['nginx:1.29.3', 'ghcr.io/usememos/memos:0.31.0', 'localhost:5000/team/app:v2', `nginx:1.29.3@sha256:${'a'.repeat(64)}`])('%s is accepted', (image) => {
    expect(PINNED_IMAGE.test(image)).toBe(true);
  });

  test('latest, no tag, a digest without a tag and a malformed reference are refused, each saying why', () => {
    const allowed = 'allowed: an image pinned by tag such as nginxinc/nginx-unprivileged:1.29.3-alpine, optionally with @sha256:<64 hex>';
    expect(errorsWith([{ uses: 'web', image: 'nginx' }])).toEqual([
      `error: clusters[0].apps[0].image: image "nginx" has no tag (so it runs whatever latest is at the time): the tree would not say what runs; ${allowed}; fix: pin a release tag, e.g. nginx:<version> from the image's registry`,
    ]);
    expect(errorsWith([{ uses: 'web', image: 'registry.local:5000/web:latest' }])).toEqual([
      `error: clusters[0].apps[0].image: image "registry.local:5000/web:latest" is on the tag latest, which moves: the tree would not say what runs; ${allowed}; fix: pin a release tag, e.g. registry.local:5000/web:<version> from the image's registry`,
    ]);
    expect(errorsWith([{ uses: 'web', image: `nginx@sha256:${'b'.repeat(64)}` }])[0]).toMatch(/^error: clusters\[0\]\.apps\[0\]\.image: image "nginx@sha256:b{64}" has no tag/);
    expect(errorsWith([{ uses: 'web', image: 'Nginx:1.2' }])).toEqual([
      `error: clusters[0].apps[0].image: "Nginx:1.2" is not an image reference; ${allowed}; fix: write registry/path:tag, lower-case, e.g. ghcr.io/example/app:1.2.3`,
    ]);
  });
});

describe('the built-in catalog', () => {
  test('has the stable user-facing names', () => {
    expect([...CATALOG_NAMES]).toEqual(['jellyfin', 'linkding', 'memos', 'socialdevs-frontend', 'socialdevs-backend', 'web']);
  });

  test.each(CATALOG_NAMES)('%s: a pinned image, and an entry of the site could say the same', (name) => {
    const app = CATALOG[name];
    expect(PINNED_IMAGE.test(app.image)).toBe(true);
    // Written out as an entry of its own, the catalog app passes the schema and resolves to itself.
    const parsed = App.parse(app);
    expect(resolveApp(parsed)).toEqual({ app, missing: [] });
    // Never root, always a CPU and memory limit (the policy pack's rules).
    expect(app.user ?? 10001).toBeGreaterThan(0);
    expect(app.resources.cpuLimit).toBeDefined();
  });

  test('Secrets only by reference: no catalog app carries a secret value', () => {
    for (const app of Object.values(CATALOG)) {
      for (const [name, value] of Object.entries(app.env ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|KEY/.test(name)) expect(typeof value).toBe('object');
      }
    }
  });
});

describe('resolving an entry', () => {
  test('the entry replaces fields, merges env and resources key by key and volumes by name', () => {
    const entry = App.parse({
      uses: 'jellyfin',
      namespace: 'tv',
      resources: { memoryLimit: '8Gi' },
      env: { TZ: 'Europe/Paris' },
      volumes: [{ name: 'media', storageClass: 'nfs-shared', size: '2Ti' }, { name: 'extra', size: '1Gi', mountPath: '/extra' }],
    });
    const { app, missing } = resolveApp(entry);
    expect(missing).toEqual([]);
    expect(app).toMatchObject({ name: 'jellyfin', namespace: 'tv', image: CATALOG.jellyfin.image, env: { TZ: 'Europe/Paris' } });
    expect(app.resources).toEqual({ ...CATALOG.jellyfin.resources, memoryLimit: '8Gi' });
    expect(app.volumes).toEqual([
      { name: 'config', size: '10Gi', mountPath: '/config' },
      { name: 'cache', size: '20Gi', mountPath: '/cache', backup: false },
      { name: 'media', size: '2Ti', mountPath: '/media', backup: false, storageClass: 'nfs-shared' },
      { name: 'extra', size: '1Gi', mountPath: '/extra' },
    ]);
  });

  test('an app of its own: the namespace defaults to its name; what is missing is listed', () => {
    expect(resolveApp(App.parse({ name: 'shop', image: 'shop:1' })).missing).toEqual(['port', 'resources.cpu', 'resources.memory', 'probes']);
    expect(resolveApp(App.parse({ name: 'shop', image: 'shop:1', port: 80, resources: { cpu: '1', memory: '1Mi' }, probes: { liveness: '/', readiness: '/' }, volumes: [{ name: 'd' }] })).missing).toEqual([
      'volumes[0].size',
      'volumes[0].mountPath',
    ]);
    expect(resolveApp(App.parse({ name: 'shop', image: 'shop:1' })).app.namespace).toBe('shop');
  });

  test('a Secret reference holds no value; uses: names a built-in app', () => {
    expect(errorsWith([{ uses: 'web', env: { TOKEN: { secret: 'shop-api', key: 'token', value: 's3cr3t' } } }])).toEqual(['error: clusters[0].apps[0].env.TOKEN.value: unknown key "value"; allowed: one of: secret, key; fix: remove "value"']);
    expect(errorsWith([{ uses: 'linkdin' }])).toEqual([
      'error: clusters[0].apps[0].uses: "linkdin" is not allowed here; allowed: one of: jellyfin, linkding, memos, socialdevs-frontend, socialdevs-backend, web; fix: did you mean "linkding"?',
    ]);
  });

  test('a Secret the database wiring fills is not an app\'s own', () => {
    const apps = parse(TEXT).clusters[0].apps;
    apps[1].env.DB = { secret: 'backend-database', key: 'password' };
    expect(errorsWith(apps)).toEqual([
      'error: clusters[0].apps[1].env.DB: app "backend" of cluster "microcloud" reads Secret "backend-database", which the database wiring of app "backend" fills; allowed: a Secret of your own (the database credentials come as DATABASE_USER and DATABASE_PASSWORD); fix: name another Secret',
    ]);
  });
});

describe('names, ports, paths and hostnames once', () => {
  test('a volume named twice in the entry, a mount path over a writable path, a port over the HTTP port', () => {
    expect(errorsWith([{ uses: 'memos', ports: [{ name: 'http', port: 1 }, { name: 'grpc', port: 5230 }], volumes: [{ name: 'data', mountPath: '/tmp' }, { name: 'data', size: '1Gi' }] }])).toEqual([
      'error: clusters[0].apps[0].ports[0].name: app "memos" of cluster "microcloud" uses port name "http" twice (port and ports[0]); allowed: each port name once per app; fix: remove or rename one of the two',
      'error: clusters[0].apps[0].ports[1].port: app "memos" of cluster "microcloud" uses port 5230 twice (port and ports[1]); allowed: each port once per app; fix: remove or rename one of the two',
      'error: clusters[0].apps[0].volumes[0].mountPath: app "memos" of cluster "microcloud" uses mount path "/tmp" twice (writablePaths[0] and volumes[0]); allowed: each mount path once per app; fix: remove or rename one of the two',
      'error: clusters[0].apps[0].volumes[1].name: app "memos" of cluster "microcloud" uses volume name "data" twice (volumes[0] and volumes[1]); allowed: each volume name once per app; fix: remove or rename one of the two',
    ]);
  });

  test('an internal hostname is neither public nor outside the site\'s domain', () => {
    expect(errorsWith([{ uses: 'web', internalHost: 'socialdevs.site' }, { uses: 'memos', internalHost: 'memos.example.org' }])).toEqual([
      'error: clusters[0].apps[0].internalHost: app "web" of cluster "microcloud" has internal hostname socialdevs.site, which is a public hostname (cloudflare.hostnames); allowed: an internal hostname with no public record; fix: set host: socialdevs.site instead, or pick another internal name',
      'error: clusters[0].apps[1].internalHost: app "memos" of cluster "microcloud" has internal hostname memos.example.org, which is not under the site\'s domain socialdevs.site; allowed: a name ending in .socialdevs.site; fix: use memos.socialdevs.site',
    ]);
  });
});

test('a top-level apps list is pointed at clusters[].apps', () => {
  const doc = parse(TEXT);
  doc.apps = doc.clusters[0].apps;
  delete doc.clusters[0].apps;
  expect(() => loadSite(stringify(doc), 'site.yaml')).toThrow(
    /error: apps: unknown key "apps"; allowed: one of: [^;]+; fix: apps belong to the cluster that runs them: move the list to clusters\[\]\.apps$/,
  );
});

test('the JSON Schema offers the apps with the catalog names', () => {
  const schema = JSON.stringify(siteJsonSchema());
  expect(schema).toContain('"enum":["jellyfin","linkding","memos","socialdevs-frontend","socialdevs-backend","web"]');
});
