/**
 * How a cluster picks the tree up: every path a Flux Kustomization or an Argo CD Application
 * names exists, at `gitops.path`, in the repository the synthesized output is committed to (and
 * `kubectl kustomize` builds it there); Flux's own install (`gotk-components.yaml`) is what
 * kustomize makes of the pinned Flux release, with the CRDs the validators use; Argo CD is
 * installed by the tree, with the Application health check that makes sync waves gate.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { APPLICATION_HEALTH_LUA, ARGOCD_VALUES_FILE } from '../../cluster/argocd-install';
import { controllerVersion, FLUX_CONTROLLERS, FLUX_INSTALL_FILE, FLUX_VERSION, fluxFolder, fluxInstallObjects, fluxInstallText } from '../../cluster/flux-install';
import { synthClusterTree, synthClusters } from '../../cluster/app';
import { SUC_CRD_FOLDER } from '../../cluster/components/system-upgrade';
import { chartFor, CHARTS, type ChartKey } from '../../cluster/versions';
import { CrdValidator } from '../support/validators/k8s/crd';
import { K8sTypeValidator } from '../support/validators/k8s/k8s-types';
import { loadSite, loadSiteFile, type Site } from '../../site';
import { schemaDir } from '../../site/schema-dir';
import { renderSite } from '../../synth/render';
import { ROOT, siteWith, objectsOf, type Obj } from '../support/helpers';

const canon = (v: unknown) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
const id = (o: Obj) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const yamlDocs = (text: string): Obj[] => parseAllDocuments(text).map((d) => d.toJS() as Obj).filter(Boolean);
const kustomize = (dir: string): Obj[] => yamlDocs(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }));

function withTmp<T>(f: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-gitops-'));
  try {
    return f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe(`Flux ${FLUX_VERSION} install (flux-system/gotk-components.yaml)`, () => {
  const objects = fluxInstallObjects();

  it('is committed as generated data (imports/flux) equal to a fresh build of the pinned files: run npm run import after a pin changes', () => {
    expect(fs.readFileSync(FLUX_INSTALL_FILE, 'utf8')).toBe(fluxInstallText(objects));
  });

  it('is what kubectl kustomize makes of the pinned fluxcd/flux2 manifests/install for the default components', () => {
    const built = withTmp((dir) => {
      const flux = fluxFolder();
      fs.cpSync(flux, dir, { recursive: true });
      for (const c of FLUX_CONTROLLERS) {
        const v = controllerVersion(c);
        // The release assets <c>.crds.yaml and <c>.deployment.yaml are `kustomize build` of config/crd and config/manager.
        fs.cpSync(path.join(schemaDir(), 'crds', `flux-${c}-${v}`), path.join(dir, c, 'config/crd/bases'), { recursive: true });
        const base = path.join(dir, 'flux2/manifests/bases', c);
        fs.writeFileSync(path.join(base, 'crds.yaml'), execFileSync('kubectl', ['kustomize', path.join(dir, c, 'config/crd')], { encoding: 'utf8', maxBuffer: 64 << 20 }));
        fs.writeFileSync(path.join(base, 'deployment.yaml'), execFileSync('kubectl', ['kustomize', path.join(dir, c, 'config/manager')], { encoding: 'utf8' }));
        const k = path.join(base, 'kustomization.yaml');
        const text = fs.readFileSync(k, 'utf8');
        const local = text.replace(/https:\/\/\S+\/(\S+)\.(crds|deployment)\.yaml/g, '$2.yaml');
        expect(local).not.toBe(text);
        fs.writeFileSync(k, local);
      }
      // Only the default components of `flux install`.
      const install = path.join(dir, 'flux2/manifests/install/kustomization.yaml');
      const k = parse(fs.readFileSync(install, 'utf8'));
      k.resources = k.resources.filter((r: string) => !r.startsWith('../bases/') || FLUX_CONTROLLERS.some((c) => r === `../bases/${c}`));
      fs.writeFileSync(install, JSON.stringify(k));
      return kustomize(path.join(dir, 'flux2/manifests/install'));
    });
    expect(objects.map(id)).toEqual(built.map(id));
    const mine = new Map(objects.map((o) => [id(o), canon(o)]));
    expect(built.filter((o) => mine.get(id(o)) !== canon(o)).map(id)).toEqual([]);
    expect(objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort()).toEqual([...FLUX_CONTROLLERS].sort());
  });

  it('runs each controller at the version the Flux release names, and installs the CRDs the validators check the tree against', () => {
    const crds = new CrdValidator();
    for (const c of FLUX_CONTROLLERS) {
      const v = controllerVersion(c);
      const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === c)!;
      expect(deployment.spec.template.spec.containers[0].image).toBe(`ghcr.io/fluxcd/${c}:${v}`);
      const folder = path.join(schemaDir(), 'crds', `flux-${c}-${v}`);
      for (const file of fs.readdirSync(folder)) {
        for (const crd of yamlDocs(fs.readFileSync(path.join(folder, file), 'utf8'))) {
          const installed = objects.find((o) => o.kind === 'CustomResourceDefinition' && o.metadata.name === crd.metadata.name)!;
          expect(canon(installed.spec)).toBe(canon(crd.spec));
          const stored = crd.spec.versions.find((x: Obj) => x.storage).name;
          // The tree's objects of this kind are validated against this very file.
          expect(crds.source({ apiVersion: `${crd.spec.group}/${stored}`, kind: crd.spec.names.kind })).toBe(`flux-${c}-${v}/${file}`);
        }
      }
    }
  });
});

/** The sites whose trees must resolve: every example, and the default site with each engine. */
const SITES: [string, Site][] = [
  ['site.yaml (flux)', siteWith()],
  ['site.yaml (argocd)', siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'))],
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f): [string, Site] => [`examples/${f}`, loadSiteFile(path.join(ROOT, 'examples', f)).site]),
];

describe.each(SITES)('%s: the paths an engine follows', (_name, site) => {
  const rendered = renderSite(site);

  it.each(site.clusters.map((c) => c.name))('cluster %s: every Kustomization / Application path exists at gitops.path, and kubectl kustomize builds it there', (name) => {
    const cluster = site.cluster(name);
    const { repository, branch, path: gitopsPath } = cluster.gitops;
    // Where the output directory is in the repository: gitops.path is `<that>/clusters`.
    const prefix = gitopsPath.slice(0, -'clusters'.length);
    const mine = [...rendered.files].filter(([f]) => f.startsWith(`clusters/${name}/`));
    const objects = mine.flatMap(([f]) => (rendered.objects.get(f) ?? []) as Obj[]);
    const followed: string[] = [];
    for (const o of objects) {
      if (o.kind === 'Kustomization' && o.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
        expect(o.spec.path).toMatch(/^\.\//);
        followed.push(o.spec.path.slice(2));
        const source = objects.find((s) => s.kind === o.spec.sourceRef.kind && s.metadata.name === o.spec.sourceRef.name)!;
        expect(source.spec).toMatchObject({ url: repository, ref: { branch } });
      }
      if (o.kind === 'Application' && !o.spec.source.chart) {
        followed.push(o.spec.source.path);
        expect(o.spec.source).toMatchObject({ repoURL: repository, targetRevision: branch });
      }
    }
    // The directory applied by hand at bootstrap syncs itself: Flux's root, Argo CD's app of apps.
    expect(followed).toContain(cluster.gitops.engine === 'argocd' ? `${gitopsPath}/${name}/argocd` : `${gitopsPath}/${name}`);
    withTmp((repo) => {
      for (const [f, text] of mine) {
        const p = path.join(repo, prefix, f);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, text);
      }
      for (const p of followed) {
        expect(fs.existsSync(path.join(repo, p, 'kustomization.yaml')) ? p : `${p}: no kustomization.yaml in the repository`).toBe(p);
        expect(() => kustomize(path.join(repo, p))).not.toThrow();
      }
    });
  });
});

describe('a tree committed inside the repository and one pushed as its own', () => {
  it('derives every path from gitops.path', () => {
    const paths = (s: Site) => objectsOf(synthClusterTree(s, s.clusters[0])).filter(([, o]) => o.kind === 'Kustomization' && o.spec?.path).map(([, o]) => o.spec.path).sort();
    const own = paths(siteWith((d) => (d.clusters[0].gitops.path = 'clusters')));
    const inRepo = paths(siteWith((d) => (d.clusters[0].gitops.path = 'dist/clusters')));
    expect(own).toEqual(['./clusters/microcloud', './clusters/microcloud/apps', './clusters/microcloud/infrastructure/configs', './clusters/microcloud/infrastructure/controllers']);
    expect(inRepo).toEqual(own.map((p) => p.replace('./clusters/', './dist/clusters/')));
  });

  it.each([
    ['/abs/clusters', 'leading slash'],
    ['dist/../clusters', 'a .. segment'],
    ['dist/out', 'not ending in clusters'],
    ['dist/clusters/', 'trailing slash'],
  ])('refuses gitops.path %s (%s)', (bad) => {
    const what = 'a directory of the repository ending in clusters, such as clusters or dist/clusters (letters, digits, . _ - and /)';
    expect(() => siteWith((d) => (d.clusters[0].gitops.path = bad))).toThrow(
      new RegExp(`site\\.yaml:\\d+:\\d+: error: clusters\\[0\\]\\.gitops\\.path: ${JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not ${what.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}; allowed: `),
    );
  });
});

/**
 * The files `flux bootstrap git --path=<dir>` (Flux v2.9.0) writes into the clone, as fluxcd/flux2
 * pkg/bootstrap/bootstrap_plain_git.go does: `<dir>/flux-system/gotk-components.yaml` (the install,
 * behind a generated-by header), `gotk-sync.yaml` (pkg/manifestgen/sync: a GitRepository with the
 * deploy-key Secret, the Kustomization `flux-system` of `./<dir>`), and `kustomization.yaml` only
 * when there is none (pkg/manifestgen/kustomization: the manifests found in flux-system/).
 */
function fluxBootstrap(repo: string, dir: string, url: string, branch: string): string[] {
  const fluxDir = path.join(repo, dir, 'flux-system');
  fs.mkdirSync(fluxDir, { recursive: true });
  const header = `---\n# This manifest was generated by flux. DO NOT EDIT.\n# Flux Version: ${FLUX_VERSION}\n# Components: ${FLUX_CONTROLLERS.join(',')}\n`;
  fs.writeFileSync(path.join(fluxDir, 'gotk-components.yaml'), header + fluxInstallObjects().map((o) => `---\n${JSON.stringify(o)}\n`).join(''));
  fs.writeFileSync(
    path.join(fluxDir, 'gotk-sync.yaml'),
    [
      '# This manifest was generated by flux. DO NOT EDIT.',
      '---',
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: GitRepository',
      'metadata:',
      '  name: flux-system',
      '  namespace: flux-system',
      'spec:',
      '  interval: 1m0s',
      '  ref:',
      `    branch: ${branch}`,
      '  secretRef:',
      '    name: flux-system',
      `  url: ${url}`,
      '---',
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      '  name: flux-system',
      '  namespace: flux-system',
      'spec:',
      '  interval: 10m0s',
      `  path: ./${dir}`,
      '  prune: true',
      '  sourceRef:',
      '    kind: GitRepository',
      '    name: flux-system',
      '',
    ].join('\n'),
  );
  const written = ['gotk-components.yaml', 'gotk-sync.yaml'];
  if (!fs.existsSync(path.join(fluxDir, 'kustomization.yaml'))) {
    const found = fs.readdirSync(fluxDir).filter((f) => /\.ya?ml$/.test(f)).sort();
    fs.writeFileSync(path.join(fluxDir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${found.map((f) => `- ${f}\n`).join('')}`);
    written.push('kustomization.yaml');
  }
  return written.map((f) => path.posix.join(dir, 'flux-system', f));
}

describe('flux-system/: the files flux bootstrap writes, by the synth or by bootstrap, never by both', () => {
  const tree = synthClusterTree(siteWith(), siteWith().clusters[0]);

  it('gitops.bootstrap tree (default): the synth writes exactly the three files bootstrap writes there, with the same sync objects, and the layers beside them', () => {
    expect([...tree.keys()].filter((f) => f.startsWith('flux-system/')).sort()).toEqual(['flux-system/gotk-components.yaml', 'flux-system/gotk-sync.yaml', 'flux-system/kustomization.yaml']);
    expect(tree.get('flux-system/kustomization.yaml')![0]).toMatchObject({ resources: ['gotk-components.yaml', 'gotk-sync.yaml'] });
    expect(tree.get('kustomization.yaml')![0]).toMatchObject({ resources: ['apps.yaml', 'flux-system', 'infrastructure.yaml'] });
    expect(objectsOf(tree).filter(([f, o]) => o.kind === 'Kustomization' && f !== 'flux-system/gotk-sync.yaml').map(([f, o]) => `${f}: ${o.metadata.name}`)).toEqual([
      'infrastructure.yaml: infra-controllers',
      'infrastructure.yaml: infra-configs',
      'apps.yaml: apps',
    ]);
    const sync = tree.get('flux-system/gotk-sync.yaml') as Obj[];
    expect(sync.map(id)).toEqual(['GitRepository/flux-system/flux-system', 'Kustomization/flux-system/flux-system']);
    // What bootstrap would write for the same --path (its own URL form and intervals aside).
    const theirs = withTmp((repo) => {
      fluxBootstrap(repo, 'dist/clusters/microcloud', 'ssh://git@example.org/site.git', 'main');
      return yamlDocs(fs.readFileSync(path.join(repo, 'dist/clusters/microcloud/flux-system/gotk-sync.yaml'), 'utf8'));
    });
    expect(sync[1].spec).toEqual({ ...theirs[1].spec, interval: '10m' });
    const components = tree.get('flux-system/gotk-components.yaml') as Obj[];
    expect(components.filter((o) => o.kind === 'Deployment').map((o) => o.spec.template.spec.containers[0].image).sort()).toEqual(
      FLUX_CONTROLLERS.map((c) => `ghcr.io/fluxcd/${c}:${controllerVersion(c)}`).sort(),
    );
  });

  it('adds to Flux only what the policy pack needs: the restricted Pod Security level and a default-deny ingress policy', () => {
    const components = tree.get('flux-system/gotk-components.yaml') as Obj[];
    const upstream = new Map(fluxInstallObjects().map((o) => [id(o), canon(o)]));
    const changed = components.filter((o) => upstream.get(id(o)) !== canon(o));
    expect(changed.map(id)).toEqual(['Namespace//flux-system', 'NetworkPolicy/flux-system/default-deny-ingress']);
    expect(changed[0].metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(changed[1].spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
  });

  it('every object of the install validates: core types and CRDs as Kubernetes objects, the sync objects against the pinned CRDs', () => {
    const core = new K8sTypeValidator();
    const crds = new CrdValidator();
    const problems = [...(tree.get('flux-system/gotk-components.yaml') as Obj[]), ...(tree.get('flux-system/gotk-sync.yaml') as Obj[])].flatMap((o) => {
      const c = crds.validate(o);
      const k = core.validate(o);
      if (!c.known && !k.known) return [`${id(o)}: unknown kind`];
      return [...c.errors, ...k.errors].map((e) => `${id(o)}: ${e}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('gitops.bootstrap flux: flux bootstrap owns flux-system/, the synth the rest', () => {
  const site = siteWith((d) => (d.clusters[0].gitops = { ...d.clusters[0].gitops, repository: 'ssh://git@example.org/site.git', path: 'dist/clusters', bootstrap: 'flux' }));
  const tree = synthClusterTree(site, site.clusters[0]);

  it('the synth writes nothing in flux-system/; after bootstrap the cluster directory builds with its sync objects and the layers, every path there', () => {
    expect([...tree.keys()].filter((f) => f.startsWith('flux-system/'))).toEqual([]);
    withTmp((repo) => {
      const mine = [...tree].map(([f, objs]) => {
        const p = path.posix.join('dist/clusters/microcloud', f);
        fs.mkdirSync(path.join(repo, path.dirname(p)), { recursive: true });
        fs.writeFileSync(path.join(repo, p), objs.map((o) => `---\n${JSON.stringify(o)}\n`).join(''));
        return p;
      });
      const theirs = fluxBootstrap(repo, 'dist/clusters/microcloud', site.clusters[0].gitops.repository, 'main');
      // Neither undoes the other: no file is written by both.
      expect(theirs.filter((f) => mine.includes(f))).toEqual([]);
      expect(theirs).toContain('dist/clusters/microcloud/flux-system/kustomization.yaml');
      const built = kustomize(path.join(repo, 'dist/clusters/microcloud'));
      const ks = built.filter((o) => o.kind === 'Kustomization');
      expect(ks.map((o) => o.metadata.name).sort()).toEqual(['apps', 'flux-system', 'infra-configs', 'infra-controllers']);
      for (const k of ks) expect(fs.existsSync(path.join(repo, k.spec.path, 'kustomization.yaml')) ? k.spec.path : `${k.spec.path} missing`).toBe(k.spec.path);
      expect(built.filter((o) => o.kind === 'GitRepository').map((o) => o.spec.url)).toEqual([site.clusters[0].gitops.repository]);
      expect(built.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort()).toEqual([...FLUX_CONTROLLERS].sort());
    });
  });

  it('is refused with engine argocd', () => {
    expect(() => siteWith((d) => (d.clusters[0].gitops = { ...d.clusters[0].gitops, engine: 'argocd', bootstrap: 'flux' }))).toThrow(
      /site\.yaml:\d+:\d+: error: clusters\[0\]\.gitops\.bootstrap: gitops\.bootstrap is flux, but cluster "microcloud" runs argocd; allowed: bootstrap: flux only with engine: flux \(Argo CD is installed by the tree\); fix: remove gitops\.bootstrap, or set engine: flux/,
    );
  });
});

describe('argocd/: Argo CD installed by the tree', () => {
  const site = siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'));
  const tree = synthClusterTree(site, site.clusters[0]);
  const apps = objectsOf(tree).filter(([f, o]) => f.startsWith('argocd/') && o.kind === 'Application').map(([, o]) => o);

  it('installs the pinned argo-cd chart into argocd with the values of the first helm install, before the layers, and never deletes itself', () => {
    const argo = apps.find((a) => a.metadata.name === 'argocd')!;
    expect(argo.spec.source).toMatchObject({ repoURL: CHARTS.argocd.repository, chart: 'argo-cd', targetRevision: CHARTS.argocd.version, helm: { releaseName: 'argocd' } });
    expect(argo.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
    expect(argo.metadata.finalizers).toBeUndefined();
    expect(argo.spec.source.helm.valuesObject).toEqual(tree.get(`argocd/${ARGOCD_VALUES_FILE}`)![0]);
    const wave = (name: string) => Number(apps.find((a) => a.metadata.name === name)!.metadata.annotations['argocd.argoproj.io/sync-wave']);
    expect(wave('argocd')).toBeLessThan(wave('infra-controllers'));
    expect(wave('infra-controllers')).toBeLessThan(wave('infra-configs'));
    expect(wave('infra-configs')).toBeLessThan(wave('apps'));
  });

  it('configures the Application health check that makes sync waves wait', () => {
    const values = tree.get(`argocd/${ARGOCD_VALUES_FILE}`)![0] as Obj;
    const lua = values.configs.cm['resource.customizations.health.argoproj.io_Application'];
    expect(lua).toBe(APPLICATION_HEALTH_LUA);
    expect(lua).toContain('hs.status = obj.status.health.status');
    expect(lua).toMatch(/^hs = \{\}\nhs.status = "Progressing"/);
  });

  it('lists the Applications in argocd/kustomization.yaml, not the values file, and builds', () => {
    expect(tree.get('argocd/kustomization.yaml')![0]).toMatchObject({ resources: ['apps.yaml', 'argocd.yaml', 'infrastructure.yaml', 'root.yaml'] });
    const objs = withTmp((dir) => {
      for (const [f, o] of tree) {
        fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), o.map((x) => `---\n${JSON.stringify(x)}\n`).join(''));
      }
      return kustomize(path.join(dir, 'argocd'));
    });
    expect(objs.map(id).sort()).toEqual(objectsOf(tree).filter(([f, o]) => f.startsWith('argocd/') && o.kind).map(([, o]) => id(o)).sort());
    expect(objs.map(id)).toContain('Namespace//argocd');
    expect(objs.map(id)).toContain('NetworkPolicy/argocd/default-deny-ingress');
  });

  it('turns off Longhorn pre-upgrade hook job under Argo CD only (it would run before its service account exists)', () => {
    const longhorn = objectsOf(tree).find(([, o]) => o.kind === 'Application' && o.metadata.name === 'longhorn')![1];
    expect(longhorn.spec.source.helm.valuesObject.preUpgradeChecker).toEqual({ jobEnabled: false });
    const flux = objectsOf(synthClusterTree(siteWith(), siteWith().clusters[0])).find(([, o]) => o.kind === 'HelmRelease' && o.metadata.name === 'longhorn')![1];
    expect(flux.spec.values.preUpgradeChecker).toBeUndefined();
  });
});

/**
 * Argo CD starts a sync wave once every object of the wave before is Healthy, and an Application of
 * a Helm chart is Healthy once the chart's Deployments are available and its LoadBalancer Services
 * have an address. So whatever a chart of the controllers layer waits for (a Secret its pods read,
 * the MetalLB pool of its LoadBalancer Service) must be synced by the controllers layer itself, in
 * a wave before that chart and after the chart installing its CRD: in the configs layer (synced
 * only once the controllers layer is Healthy) it deadlocks an empty cluster (Grafana without its
 * admin Secret kept kube-prometheus-stack Progressing, so infra-configs never started).
 */
describe('Argo CD: what a chart waits for is synced before it (an empty cluster converges)', () => {
  /** Who installs the CRD of a kind a chart waits for. */
  const CRD_OWNER: Record<string, string> = { ExternalSecret: 'external-secrets', ClusterSecretStore: 'external-secrets', IPAddressPool: 'metallb', L2Advertisement: 'metallb' };
  const wave = (o: Obj) => Number(o.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

  /** For each chart Application of the controllers layer, the objects it waits for, as `kind/name` → problem or ''. */
  function waits(site: Site): Map<string, string[]> {
    const found = new Map<string, string[]>();
    for (const cluster of site.clusters) {
      const tree = synthClusterTree(site, cluster);
      const all = objectsOf(tree);
      const layerOf = (file: string) => file.split('/').slice(0, file.startsWith('infrastructure/') ? 2 : 1).join('/');
      const where = new Map(all.map(([f, o]) => [o, layerOf(f)]));
      const charts = all.filter(([f, o]) => layerOf(f) === 'infrastructure/controllers' && o.kind === 'Application').map(([, o]) => o);
      const app = (name: string) => charts.find((a) => a.metadata.name === name);
      for (const chart of charts) {
        const values = chart.spec.source.helm?.valuesObject ?? {};
        const named = new Set(strings(values));
        const secrets = all.filter(([, o]) => o.kind === 'ExternalSecret' && o.metadata.namespace === chart.spec.destination.namespace && named.has(o.spec.target.name)).map(([, o]) => o);
        const stores = secrets.map((e) => all.find(([, o]) => o.kind === e.spec.secretStoreRef.kind && o.metadata.name === e.spec.secretStoreRef.name)![1]);
        const pools = named.has('LoadBalancer') ? all.filter(([, o]) => o.kind === 'IPAddressPool' || o.kind === 'L2Advertisement').map(([, o]) => o) : [];
        const needs = [...new Set([...secrets, ...stores, ...pools])];
        if (!needs.length) continue;
        found.set(
          `${cluster.name}/${chart.metadata.name}`,
          needs.map((n) => {
            const owner = app(CRD_OWNER[n.kind]);
            const problem =
              where.get(n) !== 'infrastructure/controllers' ? `synced by ${where.get(n)}` :
              !(wave(n) < wave(chart)) ? `wave ${wave(n)}, not before the chart's ${wave(chart)}` :
              !owner || !(wave(owner) < wave(n)) ? `wave ${wave(n)}, not after ${CRD_OWNER[n.kind]} (${owner ? wave(owner) : 'none'}), which installs its CRD` : '';
            return `${n.kind}/${n.metadata.name}${problem ? `: ${problem}` : ''}`;
          }),
        );
      }
      // The controllers layer applies custom resources whose CRDs an earlier wave of the same sync installs.
      const layer = all.find(([f, o]) => f === 'argocd/infrastructure.yaml' && o.metadata.name === 'infra-controllers')![1];
      expect(layer.spec.syncPolicy.syncOptions).toContain('SkipDryRunOnMissingResource=true');
    }
    return found;
  }

  it('the default site: Grafana\'s and Alertmanager\'s Secrets and their store before kube-prometheus-stack, after External Secrets', () => {
    expect(Object.fromEntries(waits(siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'))))).toEqual({
      'microcloud/kube-prometheus-stack': ['ExternalSecret/grafana-admin', 'ExternalSecret/alertmanager-webhook', 'ClusterSecretStore/site-secrets'],
    });
  });

  it.each(SITES.filter(([name]) => name.startsWith('examples/')))('%s: a LoadBalancer ingress after the MetalLB pools, Secrets before the charts reading them', (name) => {
    const file = path.join(ROOT, name);
    const doc = parse(fs.readFileSync(file, 'utf8'));
    for (const c of doc.clusters) c.gitops = { ...c.gitops, engine: 'argocd' };
    const found = waits(loadSite(stringify(doc), name).site);
    const problems = [...found].flatMap(([chart, needs]) => needs.filter((n) => n.includes(': ')).map((n) => `${chart} waits for ${n}`));
    expect(problems).toEqual([]);
    if (name.endsWith('proxmox-minimal.yaml')) expect([...found.keys()]).toContain(`${doc.clusters[0].name}/traefik`);
  });

  it('Flux: the same objects stay in the configs layer, and the HelmReleases needing them do not wait', () => {
    const tree = synthClusterTree(siteWith(), siteWith().clusters[0]);
    const files = objectsOf(tree).filter(([f, o]) => f.startsWith('infrastructure/') && ['ExternalSecret', 'ClusterSecretStore', 'IPAddressPool', 'L2Advertisement'].includes(o.kind)).map(([f]) => f);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.startsWith('infrastructure/configs/'))).toEqual([]);
    const kps = objectsOf(tree).find(([, o]) => o.kind === 'HelmRelease' && o.metadata.name === 'kube-prometheus-stack')![1];
    expect(kps.spec.install.disableWait).toBe(true);
  });
});

/**
 * The chart versions whose CRDs and values schemas `schemas/` holds: the validators check the tree
 * against these files, so they must be the ones the pinned charts install (the operator version a
 * chart ships where it differs from the chart's: cloudnative-pg 0.29.0 → 1.30.0, kube-prometheus-stack
 * 88.5.3 → prometheus-operator 0.93.1, argo-cd 10.1.1 → Argo CD v3.4.4).
 */
const PINNED_SCHEMAS: Partial<Record<ChartKey, { version: string; crds?: string; values?: string }>> = {
  metallb: { version: '0.16.1', crds: 'metallb-v0.16.1', values: 'metallb-chart-v0.16.1' },
  traefik: { version: '41.3.0', crds: 'traefik-helm-chart-v41.3.0', values: 'traefik-helm-chart-v41.3.0' },
  certManager: { version: 'v1.21.1', crds: 'cert-manager-v1.21.1', values: 'cert-manager-chart-v1.21.1' },
  longhorn: { version: '1.12.1', crds: 'longhorn-v1.12.1' },
  cloudnativePg: { version: '0.29.0', crds: 'cloudnative-pg-v1.30.0', values: 'cloudnative-pg-chart-v0.29.0' },
  strimzi: { version: '1.2.0', crds: 'strimzi-1.2.0' },
  kubePrometheusStack: { version: '88.5.3', crds: 'kube-prometheus-stack-88.5.3' },
  loki: { version: '18.11.0', values: 'loki-chart-18.11.0' },
  externalSecrets: { version: '2.9.0', crds: 'external-secrets-v2.9.0', values: 'external-secrets-chart-2.9.0' },
  argocd: { version: '10.1.1', crds: 'argo-cd-v3.4.4' },
};

describe('pins match the schemas the tests validate against', () => {
  const entries = Object.entries(PINNED_SCHEMAS) as [ChartKey, { version: string; crds?: string; values?: string }][];

  it('each chart with CRDs or a values schema in schemas/ is pinned at the version those files come from, and no other CRD folder is there', () => {
    expect(entries.filter(([key, p]) => CHARTS[key].version !== p.version).map(([key, p]) => `${key}: cluster/versions.ts pins ${CHARTS[key].version}, schemas/ holds ${p.version}`)).toEqual([]);
    const folders = fs.readdirSync(path.join(schemaDir(), 'crds')).filter((f) => !f.startsWith('flux-'));
    // The system-upgrade-controller's CRD: not a chart's, the tree installs it on every cluster.
    expect(folders.sort()).toEqual([...entries.flatMap(([, p]) => (p.crds ? [p.crds] : [])), SUC_CRD_FOLDER].sort());
    // And every values schema there is one of a pinned chart.
    expect(fs.readdirSync(path.join(schemaDir(), 'helm-values')).sort()).toEqual(entries.flatMap(([, p]) => (p.values ? [p.values] : [])).sort());
    for (const [, p] of entries) if (p.values) expect(fs.existsSync(path.join(schemaDir(), 'helm-values', p.values, 'values.schema.json'))).toBe(true);
    // Flux: only the controller versions of the installed release.
    expect(fs.readdirSync(path.join(schemaDir(), 'crds')).filter((f) => f.startsWith('flux-')).sort()).toEqual(FLUX_CONTROLLERS.map((c) => `flux-${c}-${controllerVersion(c)}`).sort());
  });

  const sites: [string, Site][] = [
    ...SITES,
    ...fs.readdirSync(path.join(ROOT, '__tests__/fixtures/valid')).filter((f) => f.endsWith('.yaml')).map((f): [string, Site] => [`fixtures/valid/${f}`, loadSiteFile(path.join(ROOT, '__tests__/fixtures/valid', f)).site]),
  ];
  it.each(sites)('%s pins those versions, and every custom resource of its trees is validated against a CRD of an installed chart', (_name, site) => {
    const crds = new CrdValidator();
    const problems: string[] = [];
    for (const [name, tree] of synthClusters(site)) {
      const cluster = site.cluster(name);
      const installed = new Set([...FLUX_CONTROLLERS.map((c) => `flux-${c}-${controllerVersion(c)}`), SUC_CRD_FOLDER, ...(cluster.gitops.engine === 'argocd' ? [PINNED_SCHEMAS.argocd!.crds!] : [])]);
      for (const [key, p] of entries) {
        if (key !== 'argocd' && !cluster.components[key as Exclude<ChartKey, 'alloy' | 'argocd'>]) continue;
        const v = chartFor(cluster, key).version;
        if (v !== p.version) problems.push(`${name}: ${key} ${v}, but schemas/ holds the files of ${p.version}`);
        if (p.crds) installed.add(p.crds);
      }
      for (const [f, o] of objectsOf(tree)) {
        const source = crds.source(o);
        if (source && !installed.has(source.split('/')[0])) problems.push(`${name}: ${f}: ${o.kind} ${o.metadata.name} validated against ${source}, which no chart of the cluster installs`);
      }
    }
    expect(problems).toEqual([]);
  });
});
