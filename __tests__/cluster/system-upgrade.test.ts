/**
 * k3s upgrades of running nodes: the system-upgrade-controller in every cluster's tree, the CRD
 * before the Plans (Flux layers, Argo CD sync waves), and the Plans at each cluster's k3s version.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { synthClusters, synthClusterTree } from '../../cluster/app';
import { CONTROL_PLANE_TOLERATIONS, PLAN_NAMES, SUC_CRD_FOLDER, sucCrds } from '../../cluster/components/system-upgrade';
import { LAYERS } from '../../cluster/gitops';
import { CrdValidator } from '../support/validators/k8s/crd';
import { SYSTEM_UPGRADE } from '../../cluster/versions';
import { loadSite, loadSiteFile, type Site } from '../../site';
import { schemaDir } from '../../site/schema-dir';
import { objectsOf, ROOT, siteWith, type Obj } from '../support/helpers';

const SITES: [string, Site][] = [
  ['site.yaml', siteWith()],
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f): [string, Site] => [`examples/${f}`, loadSiteFile(path.join(ROOT, 'examples', f)).site]),
];

const NS = 'system-upgrade';
const plansOf = (site: Site, cluster = site.clusters[0]) => objectsOf(synthClusterTree(site, cluster)).filter(([, o]) => o.kind === 'Plan');
const canon = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

describe.each(SITES)('%s: Plans per cluster', (_name, site) => {
  it.each(site.clusters.map((c) => [c.name, c] as const))('%s: a server Plan and an agent Plan at the cluster\'s k3s version', (_c, cluster) => {
    const plans = plansOf(site, cluster);
    expect(plans.map(([f, o]) => [f, o.metadata.namespace, o.metadata.name])).toEqual([
      [`infrastructure/configs/${NS}/system-upgrade.yaml`, NS, 'k3s-server'],
      [`infrastructure/configs/${NS}/system-upgrade.yaml`, NS, 'k3s-agent'],
    ]);
    const [server, agent] = plans.map(([, o]) => o.spec);
    expect(server).toEqual({
      concurrency: 1,
      version: cluster.k3s.version,
      nodeSelector: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }] },
      serviceAccountName: 'system-upgrade',
      tolerations: CONTROL_PLANE_TOLERATIONS,
      cordon: true,
      upgrade: { image: 'rancher/k3s-upgrade' },
    });
    expect(agent).toEqual({
      concurrency: 1,
      version: cluster.k3s.version,
      nodeSelector: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'DoesNotExist' }] },
      serviceAccountName: 'system-upgrade',
      prepare: { image: 'rancher/k3s-upgrade', args: ['prepare', PLAN_NAMES.server] },
      drain: { force: true, ignoreDaemonSets: true, deleteEmptydirData: true, skipWaitForDeleteTimeout: 60 },
      upgrade: { image: 'rancher/k3s-upgrade' },
    });
  });
});

describe('the Plans follow the site', () => {
  it('a k3s version bump in site.yaml changes both Plans\' version, and nothing else of them', () => {
    const before = plansOf(siteWith());
    const after = plansOf(siteWith((d) => (d.clusters[0].k3s.version = 'v1.34.1+k3s1')));
    expect(after.map(([, o]) => o.spec.version)).toEqual(['v1.34.1+k3s1', 'v1.34.1+k3s1']);
    expect(before.map(([, o]) => o.spec.version)).toEqual(['v1.33.5+k3s1', 'v1.33.5+k3s1']);
    expect(after.map(([, o]) => ({ ...o.spec, version: undefined }))).toEqual(before.map(([, o]) => ({ ...o.spec, version: undefined })));
  });

  it('each cluster of a multi-cluster site gets its own version', () => {
    const site = loadSiteFile(path.join(ROOT, 'examples', 'multi-cluster.yaml')).site;
    expect(site.clusters.length).toBeGreaterThan(1);
    const edited = siteWithFile('examples/multi-cluster.yaml', (d) => (d.clusters[1].k3s.version = 'v1.34.1+k3s1'));
    const versions = [...synthClusters(edited)].map(([name, tree]) => [name, objectsOf(tree).filter(([, o]) => o.kind === 'Plan').map(([, o]) => o.spec.version)]);
    expect(versions).toEqual([
      [site.clusters[0].name, ['v1.33.5+k3s1', 'v1.33.5+k3s1']],
      [site.clusters[1].name, ['v1.34.1+k3s1', 'v1.34.1+k3s1']],
    ]);
  });

  it('the Plans validate against the pinned CRD, which rejects a typo\'d field', () => {
    const crds = new CrdValidator();
    expect(crds.source({ apiVersion: 'upgrade.cattle.io/v1', kind: 'Plan' })).toBe(`${SUC_CRD_FOLDER}/upgrade.cattle.io_plans.yaml`);
    const plans = plansOf(siteWith());
    for (const [, o] of plans) expect(crds.validate(o)).toEqual({ known: true, errors: [] });
    const typo: Obj = JSON.parse(JSON.stringify(plans[1][1]));
    typo.spec.drain.ignoreDaemonsets = true;
    expect(crds.validate(typo).errors).toEqual(['/spec/drain must NOT have additional properties (ignoreDaemonsets)']);
  });
});

/** A site file of the repository, edited as YAML data before loading. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function siteWithFile(file: string, mutate: (doc: any) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  mutate(doc);
  return loadSite(stringify(doc), file).site;
}

describe('the CRD is installed before the Plans', () => {
  const fileOf = (site: Site, kind: string, name: string) => objectsOf(synthClusterTree(site, site.clusters[0])).find(([, o]) => o.kind === kind && o.metadata.name === name)![0];
  const layerOf = (file: string) => LAYERS.findIndex((l) => file.startsWith(`${l.dir}/`));

  it.each([
    ['flux', siteWith()],
    ['argocd', siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'))],
  ])('%s: the CRD and the controller in the controllers layer, the Plans in configs', (engine, site) => {
    const tree = synthClusterTree(site, site.clusters[0]);
    const crd = fileOf(site, 'CustomResourceDefinition', 'plans.upgrade.cattle.io');
    expect(crd).toBe(`infrastructure/controllers/${NS}/release.yaml`);
    expect(fileOf(site, 'Deployment', 'system-upgrade-controller')).toBe(crd);
    expect(layerOf(crd)).toBe(0);
    expect(layerOf(fileOf(site, 'Plan', 'k3s-server'))).toBe(1);
    expect(layerOf(fileOf(site, 'Plan', 'k3s-agent'))).toBe(1);
    const entry = objectsOf(tree).filter(([f]) => (engine === 'flux' ? f.startsWith('flux-system/') || !f.includes('/') : f.startsWith('argocd/'))).map(([, o]) => o);
    if (engine === 'flux') {
      // The configs Kustomization depends on the controllers one, which waits for its objects (the CRD Established, the Deployment ready).
      const k = (name: string) => entry.find((o) => o.kind === 'Kustomization' && o.metadata.name === name)!;
      expect(k('infra-configs').spec.dependsOn).toEqual([{ name: 'infra-controllers' }]);
      expect(k('infra-controllers').spec).toMatchObject({ path: expect.stringMatching(/\/infrastructure\/controllers$/), wait: true });
    } else {
      const wave = (name: string) => Number(entry.find((o) => o.kind === 'Application' && o.metadata.name === name)!.metadata.annotations['argocd.argoproj.io/sync-wave']);
      expect(wave('infra-controllers')).toBeLessThan(wave('infra-configs'));
    }
  });

  it('the CRD in the tree is the pinned one (schemas/), and imports/crds/ is fresh (`npm run import`)', () => {
    const pinned = parseAllDocuments(fs.readFileSync(path.join(schemaDir(), 'crds', SUC_CRD_FOLDER, 'upgrade.cattle.io_plans.yaml'), 'utf8')).map((d) => d.toJS()).filter((o) => o?.kind === 'CustomResourceDefinition');
    expect(canon(sucCrds())).toBe(canon(pinned));
    const inTree = objectsOf(synthClusterTree(siteWith(), siteWith().clusters[0])).find(([, o]) => o.kind === 'CustomResourceDefinition')![1];
    expect(canon(inTree.spec)).toBe(canon(pinned[0].spec));
    expect(inTree.metadata.name).toBe('plans.upgrade.cattle.io');
  });
});

describe('the controller', () => {
  const all = objectsOf(synthClusterTree(siteWith(), siteWith().clusters[0])).filter(([f]) => f.includes(`/${NS}/`)).map(([, o]) => o);

  it('runs the pinned release, on a control-plane node, with the release\'s RBAC and settings', () => {
    const d = all.find((o) => o.kind === 'Deployment')!;
    expect(d.spec.template.spec.containers.map((c: Obj) => c.image)).toEqual([`rancher/system-upgrade-controller:${SYSTEM_UPGRADE.controller.tag}`]);
    expect(SYSTEM_UPGRADE.controller.tag).toBe(SUC_CRD_FOLDER.replace('system-upgrade-controller-', ''));
    expect(d.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]).toEqual({ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' });
    expect(d.spec.template.metadata.labels['upgrade.cattle.io/controller']).toBe('system-upgrade-controller');
    expect(all.filter((o) => o.kind !== 'CustomResourceDefinition').map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'ClusterRole/system-upgrade-controller',
      'ClusterRole/system-upgrade-controller-drainer',
      'ClusterRoleBinding/system-upgrade',
      'ClusterRoleBinding/system-upgrade-drainer',
      'ConfigMap/default-controller-env',
      'Deployment/system-upgrade-controller',
      'Namespace/system-upgrade',
      'NetworkPolicy/default-deny-ingress',
      'Plan/k3s-agent',
      'Plan/k3s-server',
      'Role/system-upgrade-controller',
      'RoleBinding/system-upgrade',
      'ServiceAccount/system-upgrade',
    ]);
    expect(all.find((o) => o.kind === 'ConfigMap')!.data.SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE).toBe('rancher/kubectl:v1.30.3');
    // The Jobs are privileged with host networking and PID: the namespace enforces `privileged`.
    expect(all.find((o) => o.kind === 'Namespace')!.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });
});
