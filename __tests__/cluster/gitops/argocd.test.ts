/** Argo CD, installed by the tree, with the Application health check that makes sync waves gate. */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { APPLICATION_HEALTH_LUA, ARGOCD_VALUES_FILE } from '../../../cluster/argocd-install';
import { synthClusterTree } from '../../../cluster/app';
import { CHARTS } from '../../../cluster/versions';
import { loadSite, type Site } from '../../../site';
import { ROOT, siteWith, objectsOf, type Obj } from '../../support/helpers';
import { id, kustomize, SITES, withTmp } from '../../support/gitops';

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
