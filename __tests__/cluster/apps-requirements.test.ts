/**
 * cluster/apps/requirements.ts: a site that drops what the app catalog of a cluster needs fails to
 * load with a site error at the line to change (not an internal error deep in the render).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { appRequirements } from '../../cluster/apps/requirements';
import type { AppCatalog } from '../../cluster/apps/seed';
import { loadSite, SiteError } from '../../site';
import { main } from '../../synth/synth';
import { ROOT } from '../support/helpers';

const TEXT = fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8');
const rules = [appRequirements()];

/** The error lines of loading the default site after `mutate`, with the app rules. */
function errorsOf(mutate: (doc: any) => void): string[] {
  const doc = parse(TEXT);
  mutate(doc);
  try {
    loadSite(stringify(doc), 'site.yaml', { rules });
  } catch (e) {
    expect(e).toBeInstanceOf(SiteError);
    return (e as Error).message.split('\n').slice(1).map((l) => l.replace(/^site\.yaml:\d+:\d+: /, ''));
  }
  throw new Error('the site loaded');
}

const FROM = '(its apps come from the catalog of cluster "microcloud", cluster/apps/seed.ts)';

test('the default site meets the needs of its apps', () => {
  expect(loadSite(TEXT, 'site.yaml', { rules }).warnings).toEqual([]);
});

test('Kafka topics need strimzi', () => {
  expect(errorsOf((d) => delete d.clusters[0].components.strimzi)).toEqual([
    `error: clusters[0].components: app socialdevs/backend of cluster "microcloud" uses Kafka topics (socialdevs-events), but the cluster does not enable strimzi ${FROM}; allowed: components.strimzi on a cluster whose apps use Kafka; fix: add components.strimzi: { version: ... }`,
  ]);
});

test('a database needs a database node or CloudNativePG', () => {
  expect(
    errorsOf((d) => {
      delete d.clusters[0].components.cloudnativePg;
      d.nodes = d.nodes.filter((n: { role: string }) => n.role !== 'database');
    }),
  ).toEqual([
    `error: clusters[0].components: app socialdevs/backend of cluster "microcloud" uses database "socialdevs", but the cluster has neither a database node nor CloudNativePG ${FROM}; allowed: a node of role database, or components.cloudnativePg; fix: add components.cloudnativePg: { version: ... }, or a database node`,
  ]);
});

test('a public host must be a hostname of the cluster', () => {
  expect(errorsOf((d) => (d.cloudflare.hostnames = d.cloudflare.hostnames.filter((h: { name: string }) => !h.name.startsWith('api.'))))).toEqual([
    `error: cloudflare.hostnames: app socialdevs/backend of cluster "microcloud" is served at api.socialdevs.site, which is not a public hostname of the cluster (hostnames: socialdevs.site, grafana.socialdevs.site) ${FROM}; allowed: api.socialdevs.site in cloudflare.hostnames with cluster: microcloud; fix: add { name: api.socialdevs.site, cluster: microcloud } to cloudflare.hostnames`,
  ]);
});

test('a catalog of its own: a cluster without an ingress controller, and a cluster without apps', () => {
  const catalog: AppCatalog = { microcloud: () => [{ name: 'web', namespace: 'web', image: 'x:1', port: 80, host: 'socialdevs.site', resources: { cpu: '1', memory: '1Mi' }, probes: { liveness: '/', readiness: '/' } }] };
  const doc = parse(TEXT);
  delete doc.clusters[0].ingress;
  delete doc.cloudflare;
  delete doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel;
  doc.clusters[0].monitoring.grafana.public = false; // a public Grafana needs a Cloudflare hostname
  expect(() => loadSite(stringify(doc), 'site.yaml', { rules: [appRequirements(catalog)] })).toThrow(
    /clusters\[0\]\.ingress: app web\/web of cluster "microcloud" is served at socialdevs\.site, but the cluster has no ingress controller[^\n]*\n[^\n]*clusters\[0\]\.name: app web\/web of cluster "microcloud" is served at socialdevs\.site, which is not a public hostname of the cluster \(hostnames: none\)/,
  );
  expect(() => loadSite(stringify(doc), 'site.yaml', { rules: [appRequirements({})] })).not.toThrow();
});

test('synth: exit 1 with the site error, not an internal error', () => {
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'sitekit-apps-'));
  const doc = parse(TEXT);
  delete doc.clusters[0].components.strimzi;
  fs.writeFileSync(path.join(dir, 'site.yaml'), stringify(doc));
  const errors: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...a) => void errors.push(a.join(' ')));
  try {
    expect(main(['--site', path.join(dir, 'site.yaml'), '--out', path.join(dir, 'out'), '--quiet'], () => {})).toBe(1);
  } finally {
    spy.mockRestore();
  }
  expect(errors.join('\n')).toMatch(/^synth failed: .*site\.yaml: 1 error\(s\) in the site\n.*site\.yaml:\d+:\d+: error: clusters\[0\]\.components: app socialdevs\/backend of cluster "microcloud" uses Kafka topics/);
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
});

test('a database name is a plain PostgreSQL name (the role is named like it)', () => {
  const catalog: AppCatalog = { microcloud: () => [{ name: 'web', namespace: 'web', image: 'x:1', port: 80, resources: { cpu: '1', memory: '1Mi' }, probes: { liveness: '/', readiness: '/' }, database: { name: 'Social-Devs' } }] };
  expect(() => loadSite(TEXT, 'site.yaml', { rules: [appRequirements(catalog)] })).toThrow(
    'error: clusters[0].name: app web/web of cluster "microcloud" uses database "Social-Devs", which is not a plain PostgreSQL name (its apps come from the catalog of cluster "microcloud", cluster/apps/seed.ts); allowed: a lower-case letter or _, then letters, digits and _ (at most 63); fix: rename the app\'s database, e.g. "social_devs"',
  );
});
