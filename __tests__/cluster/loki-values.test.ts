/**
 * Loki's values against the pinned chart's own `values.yaml` (schemas/helm-values/loki-chart-<v>/):
 * its values.schema.json types the values but allows any key, so a misspelt or renamed key would
 * pass it and be ignored by the chart. Also the chart defaults the in-place upgrade from grafana/loki's
 * 6.x relies on (README, Day 2: the StatefulSet's fields that cannot change).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { LOKI_VOLUME_GIB, lokiUrl } from '../../cluster/components/loki';
import { CHARTS } from '../../cluster/versions';
import { schemaDir } from '../../site/schema-dir';
import { LOKI_CHART_MAJOR } from '../../site/validate';
import { objectsOf, siteWith } from '../support/helpers';

const chartValues = parse(fs.readFileSync(path.join(schemaDir(), 'helm-values', `loki-chart-${CHARTS.loki.version}`, 'values.yaml'), 'utf8')) as Record<string, unknown>;

/** Blocks copied into Loki's configuration file as they are: their keys are Loki's, not the chart's. */
const LOKI_CONFIG_BLOCKS = ['loki.schemaConfig', 'loki.limits_config', 'loki.compactor'];

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The key paths of `values` that the chart's values.yaml does not have. */
function unknownKeys(values: Record<string, unknown>, chart: Record<string, unknown> = chartValues, prefix = ''): string[] {
  return Object.entries(values).flatMap(([k, v]) => {
    const at = prefix ? `${prefix}.${k}` : k;
    if (!(k in chart)) return [at];
    if (LOKI_CONFIG_BLOCKS.includes(at) || !isMap(v)) return [];
    const c = chart[k];
    return isMap(c) ? unknownKeys(v, c, at) : [];
  });
}

const lokiRelease = (engine: 'flux' | 'argocd') => {
  const site = siteWith((d) => (d.clusters[0].gitops.engine = engine));
  const objects = objectsOf(synthClusterTree(site, site.clusters[0])).map(([, o]) => o);
  return engine === 'flux'
    ? objects.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'loki')!
    : objects.find((o) => o.kind === 'Application' && o.metadata.name === 'loki')!;
};

describe(`Loki's values and the chart's values.yaml (${CHARTS.loki.chart} ${CHARTS.loki.version})`, () => {
  const values = lokiRelease('flux').spec.values as Record<string, unknown>;

  it('every key the values set is a key of the chart (Loki configuration blocks aside)', () => {
    expect(Object.keys(values).length).toBeGreaterThan(0);
    expect(unknownKeys(values)).toEqual([]);
  });

  it('the site accepts the major version of the pinned chart only (site/validate.ts)', () => {
    expect(Number(CHARTS.loki.version.split('.')[0])).toBe(LOKI_CHART_MAJOR);
  });

  it('Argo CD gets the same values', () => {
    expect(lokiRelease('argocd').spec.source.helm.valuesObject).toEqual(values);
  });

  it.each([
    [{ singleBinary: { persistance: { enabled: true } } }, ['singleBinary.persistance']],
    // Renamed or removed in the chart's 13.0.0 and 18.0.0 (its README's upgrade notes).
    [{ singleBinary: { persistence: { ephemeralDataVolume: { enabled: true } } } }, ['singleBinary.persistence.ephemeralDataVolume']],
    [{ clusterLabelOverride: 'x', loki: { storage: { typ: 'filesystem' } } }, ['clusterLabelOverride', 'loki.storage.typ']],
  ])('catches a key the chart does not have: %j', (typo, expected) => {
    expect(unknownKeys(typo)).toEqual(expected);
  });

  it('one Loki on a filesystem volume of the cluster, kept when the StatefulSet goes', () => {
    expect(values.deploymentMode).toBe('Monolithic');
    expect(values.singleBinary).toEqual({
      replicas: 1,
      persistence: { enabled: true, size: `${LOKI_VOLUME_GIB}Gi`, enableStatefulSetAutoDeletePVC: false, storageClass: 'longhorn' },
    });
  });

  it("the names and StatefulSet fields a running site keeps from grafana/loki's 6.x chart are the chart's defaults", () => {
    // Release "loki", no name overrides: StatefulSet loki, its Service loki-headless, Service loki (lokiUrl).
    expect(lokiRelease('flux').spec.releaseName).toBe('loki');
    expect(lokiUrl()).toMatch(/^http:\/\/loki\.logging\.svc\.cluster\.local:3100$/);
    expect(values).not.toHaveProperty('nameOverride');
    expect(values).not.toHaveProperty('fullnameOverride');
    expect(chartValues.nameOverride).toBe('');
    expect(chartValues.fullnameOverride).toBe('');
    // A StatefulSet's podManagementPolicy and volume claims cannot change in place: 6.x had Parallel
    // and one ReadWriteOnce claim "storage" of the same size and class.
    const single = chartValues.singleBinary as Record<string, any>;
    expect(single.kind).toBe('StatefulSet');
    expect(single.podManagementPolicy).toBe('Parallel');
    expect(single.persistence.accessModes).toEqual(['ReadWriteOnce']);
    expect(single.statefulSetRecreateJob.enabled).toBe(false);
  });
});
