/**
 * The GitOps tree: Flux layered layout and Argo CD app of apps, every directory buildable by
 * `kubectl kustomize`, the entry points' order, and the example sites.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusters, synthClusterTree } from '../../cluster/app';
import { LAYERS } from '../../cluster/gitops';
import type { ClusterTree } from '../../cluster/tree';
import { loadSite, loadSiteFile, type Site } from '../../site';
import { toYaml } from '../../synth/render';

const root = path.join(__dirname, '..', '..');
type Obj = Record<string, any>;

function siteWith(mutate?: (doc: any) => void): Site {
  const doc = parse(fs.readFileSync(path.join(root, 'site.yaml'), 'utf8'));
  mutate?.(doc);
  return loadSite(stringify(doc), 'site.yaml').site;
}

function writeTree(tree: ClusterTree, dir: string): void {
  for (const [file, objects] of tree) {
    const p = path.join(dir, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, toYaml(objects));
  }
}

function dirsOf(tree: ClusterTree): string[] {
  const dirs = new Set<string>(['']);
  for (const f of tree.keys()) for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) dirs.add(d);
  return [...dirs].sort();
}

function kustomizeAll(tree: ClusterTree): Map<string, Obj[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-tree-'));
  try {
    writeTree(tree, dir);
    const built = new Map<string, Obj[]>();
    for (const d of dirsOf(tree)) {
      const out = execFileSync('kubectl', ['kustomize', path.join(dir, d)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      built.set(d, out.split(/^---$/m).map((s) => parse(s)).filter(Boolean));
    }
    return built;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const objects = (tree: ClusterTree, prefix = '') => [...tree].filter(([f]) => f.startsWith(prefix) && !f.endsWith('kustomization.yaml')).flatMap(([, o]) => o as Obj[]);
const byKind = (objs: Obj[], kind: string) => objs.filter((o) => o.kind === kind);

describe('Flux layout (default site)', () => {
  const site = loadSiteFile(path.join(root, 'site.yaml')).site;
  const tree = synthClusters(site).get('microcloud')!;

  it('has the layered directories, each with a kustomization.yaml', () => {
    const dirs = dirsOf(tree);
    for (const d of ['', 'flux-system', 'infrastructure', 'infrastructure/controllers', 'infrastructure/configs', 'apps']) expect(dirs).toContain(d);
    for (const d of dirs) expect(tree.has(d ? `${d}/kustomization.yaml` : 'kustomization.yaml')).toBe(true);
  });

  it('lists only flux-system and the layer Kustomizations at the root, so the layers are applied by the Kustomizations, in order', () => {
    expect(tree.get('kustomization.yaml')![0]).toMatchObject({ resources: ['apps.yaml', 'flux-system', 'infrastructure.yaml'] });
    const flux = [...objects(tree, 'flux-system/'), ...tree.get('infrastructure.yaml')!, ...tree.get('apps.yaml')!] as Obj[];
    const git = byKind(flux, 'GitRepository');
    expect(git).toEqual([
      expect.objectContaining({ metadata: { name: 'flux-system', namespace: 'flux-system' }, spec: expect.objectContaining({ url: 'https://github.com/socialdevs/microcloud.git', ref: { branch: 'main' } }) }),
    ]);
    const ks = new Map(byKind(flux, 'Kustomization').map((k) => [k.metadata.name, k.spec]));
    expect(ks.get('flux-system')).toMatchObject({ path: './dist/clusters/microcloud', prune: true });
    expect(ks.get('infra-controllers')).toMatchObject({ path: './dist/clusters/microcloud/infrastructure/controllers', prune: true, wait: true, interval: expect.any(String), timeout: expect.any(String) });
    expect(ks.get('infra-controllers')!.dependsOn).toBeUndefined();
    expect(ks.get('infra-configs')).toMatchObject({ path: './dist/clusters/microcloud/infrastructure/configs', prune: true, wait: true, dependsOn: [{ name: 'infra-controllers' }] });
    expect(ks.get('apps')).toMatchObject({ path: './dist/clusters/microcloud/apps', prune: true, wait: true, dependsOn: [{ name: 'infra-configs' }] });
  });

  it('puts sources, namespaces (with their NetworkPolicies) and HelmReleases in controllers and custom resources in configs', () => {
    const controllers = objects(tree, 'infrastructure/controllers/');
    // The system-upgrade-controller is no chart: its release's objects are in the tree (cluster/system-upgrade.test.ts).
    const charts = controllers.filter((o) => o.metadata.namespace !== 'system-upgrade' && o.metadata.labels?.['sitekit.dev/component'] !== 'systemUpgrade');
    expect(new Set(charts.map((o) => o.kind))).toEqual(new Set(['Namespace', 'NetworkPolicy', 'HelmRepository', 'OCIRepository', 'HelmRelease']));
    expect(controllers.length - charts.length).toBe(12);
    const releases = byKind(controllers, 'HelmRelease').map((r) => r.metadata.name).sort();
    expect(releases).toEqual(['alloy', 'cert-manager', 'cloudnative-pg', 'csi-driver-nfs', 'external-secrets', 'kube-prometheus-stack', 'kured', 'loki', 'longhorn', 'metallb', 'strimzi-kafka-operator', 'traefik']);
    // Every HelmRelease refers to a source in the same file set.
    const sources = new Set([...byKind(controllers, 'HelmRepository'), ...byKind(controllers, 'OCIRepository')].map((s) => `${s.kind}/${s.metadata.namespace}/${s.metadata.name}`));
    for (const r of byKind(controllers, 'HelmRelease')) {
      const ref = r.spec.chart?.spec.sourceRef ?? r.spec.chartRef;
      expect(sources).toContain(`${ref.kind}/${ref.namespace}/${ref.name}`);
    }
    const configs = objects(tree, 'infrastructure/configs/');
    expect(byKind(configs, 'HelmRelease')).toHaveLength(0);
    // (No CloudNativePG Cluster: the default site's apps keep their databases on the database node.)
    for (const kind of ['IPAddressPool', 'L2Advertisement', 'Middleware', 'IngressRoute', 'ClusterIssuer', 'RecurringJob', 'Kafka', 'KafkaNodePool', 'PrometheusRule', 'ClusterSecretStore', 'StorageClass']) {
      expect(byKind(configs, kind).length).toBeGreaterThan(0);
    }
  });

  it('builds every directory with kubectl kustomize, without duplicate objects', () => {
    const built = kustomizeAll(tree);
    const layers = [...tree.get('infrastructure.yaml')!, ...tree.get('apps.yaml')!] as Obj[];
    const all = [...built.get('infrastructure')!, ...built.get('apps')!, ...built.get('flux-system')!, ...layers];
    const ids = all.map((o) => `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(all.length).toBe(objects(tree).length);
    // The root builds only flux-system and the layer Kustomizations: Flux itself and its entry points.
    expect(built.get('')!.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([...built.get('flux-system')!, ...layers].map((o) => `${o.kind}/${o.metadata.name}`).sort());
    expect(new Set(built.get('')!.filter((o) => String(o.apiVersion).includes('fluxcd.io')).map((o) => o.kind))).toEqual(new Set(['GitRepository', 'Kustomization']));
  });
});

describe('Argo CD app of apps', () => {
  const site = siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'));
  const tree = synthClusterTree(site, site.cluster('microcloud'));

  it('replaces flux-system by argocd/ with Applications ordered by sync wave', () => {
    expect([...tree.keys()].some((f) => f.startsWith('flux-system/'))).toBe(false);
    expect(tree.get('kustomization.yaml')![0]).toMatchObject({ resources: ['argocd'] });
    const apps = byKind(objects(tree, 'argocd/'), 'Application');
    const waves = new Map(apps.map((a) => [a.metadata.name, a.metadata.annotations?.['argocd.argoproj.io/sync-wave']]));
    expect(waves.get('infra-controllers')).toBe('0');
    expect(waves.get('infra-configs')).toBe('1');
    expect(waves.get('apps')).toBe('2');
    for (const layer of LAYERS) {
      const app = apps.find((a) => a.metadata.name === layer.name)!;
      expect(app.spec.source).toEqual({ repoURL: 'https://github.com/socialdevs/microcloud.git', targetRevision: 'main', path: `dist/clusters/microcloud/${layer.dir}` });
      expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    }
    const rootApp = apps.find((a) => a.metadata.name === 'microcloud-root')!;
    expect(rootApp.spec.source.path).toBe('dist/clusters/microcloud/argocd');
  });

  it('installs charts as Argo CD Applications (no Flux objects anywhere)', () => {
    const all = objects(tree);
    expect(all.filter((o) => String(o.apiVersion).includes('fluxcd.io'))).toEqual([]);
    const charts = byKind(objects(tree, 'infrastructure/controllers/'), 'Application');
    expect(charts.map((a) => a.metadata.name).sort()).toContain('traefik');
    const traefik = charts.find((a) => a.metadata.name === 'traefik')!;
    expect(traefik.spec.source).toMatchObject({ repoURL: 'https://traefik.github.io/charts', chart: 'traefik', targetRevision: '41.3.0' });
    expect(traefik.spec.source.helm.valuesObject.service.type).toBe('NodePort');
    expect(traefik.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'traefik' });
  });

  it('builds every directory with kubectl kustomize', () => {
    const built = kustomizeAll(tree);
    // The root builds argocd/: Argo CD's namespace and Applications.
    expect(new Set(built.get('')!.map((o) => o.kind))).toEqual(new Set(['Namespace', 'NetworkPolicy', 'Application']));
  });
});

describe('example sites', () => {
  /** The apps each example declares, by cluster: its seed's (000: a web service; 001: Jellyfin, Linkding, Memos on the apps cluster). */
  const APPS: Record<string, Record<string, string[]>> = {
    'multi-cluster.yaml': { gordito: ['linkding/linkding', 'media/jellyfin', 'memos/memos'], data: [] },
    'proxmox-minimal.yaml': { lab: ['web/web'] },
  };
  it.each(Object.keys(APPS))('%s synthesizes and builds, with its seed\'s apps', (file) => {
    const site = loadSiteFile(path.join(root, 'examples', file)).site;
    const clusters = synthClusters(site);
    expect([...clusters.keys()].sort()).toEqual(Object.keys(APPS[file]).sort());
    for (const [name, tree] of clusters) {
      // The cluster's entry point: Flux's own objects and the Kustomizations of the rest.
      expect(tree.get('kustomization.yaml')).toEqual([{ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['apps.yaml', 'flux-system', 'infrastructure.yaml'] }]);
      const built = kustomizeAll(tree);
      expect(built.get('infrastructure/controllers')!.length).toBeGreaterThan(0);
      const deployments = byKind(objects(tree, 'apps/'), 'Deployment').map((d) => `${d.metadata.namespace}/${d.metadata.name}`).sort();
      expect({ name, deployments }).toEqual({ name, deployments: APPS[file][name] });
      expect(name).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('an SSH repository gets a deploy-key reference (name only)', () => {
    const site = siteWith((d) => (d.clusters[0].gitops.repository = 'ssh://git@github.com/socialdevs/microcloud.git'));
    const git = objects(synthClusterTree(site, site.cluster('microcloud')), 'flux-system/').find((o) => o.kind === 'GitRepository')!;
    expect(git.spec.secretRef).toEqual({ name: 'flux-system' });
  });
});
