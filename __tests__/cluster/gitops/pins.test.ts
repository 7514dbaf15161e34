/** The chart versions the tree pins are those whose CRDs and values schemas schemas/ holds. */
import * as fs from 'fs';
import * as path from 'path';
import { controllerVersion, FLUX_CONTROLLERS } from '../../../cluster/flux-install';
import { synthClusters } from '../../../cluster/app';
import { SUC_CRD_FOLDER } from '../../../cluster/components/system-upgrade';
import { chartFor, CHARTS, type ChartKey } from '../../../cluster/versions';
import { CrdValidator } from '../../support/validators/k8s/crd';
import { loadSiteFile, type Site } from '../../../site';
import { schemaDir } from '../../../site/schema-dir';
import { ROOT, objectsOf } from '../../support/helpers';
import { SITES } from '../../support/gitops';

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
  externalDns: { version: '1.21.1', values: 'external-dns-chart-1.21.1' },
  argocd: { version: '10.1.1', crds: 'argo-cd-v3.4.4' },
  // No values.schema.json upstream: the chart's values.yaml, whose keys the values are checked against.
  eck: { version: '3.5.0', crds: 'eck-v3.5.0', values: 'eck-operator-chart-3.5.0' },
  jenkins: { version: '5.9.53', values: 'jenkins-chart-5.9.53' },
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
    const valuesFile = (folder: string) => ['values.schema.json', 'values.yaml'].find((f) => fs.existsSync(path.join(schemaDir(), 'helm-values', folder, f)));
    for (const [, p] of entries) if (p.values) expect([p.values, valuesFile(p.values)]).toEqual([p.values, expect.any(String)]);
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
        if (key !== 'argocd' && !cluster.components[key as Exclude<ChartKey, 'alloy' | 'argocd' | 'kured'>]) continue;
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
