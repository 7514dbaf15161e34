/**
 * cluster/stateful.ts: every object of a cluster's tree that holds data, and every namespace
 * holding data, carries the engine's "never prune" annotation; data StorageClasses retain their
 * volumes.
 */
import * as path from 'path';
import { synthClusters } from '../../cluster/app';
import { longhornValues } from '../../cluster/components/longhorn';
import { longhornBackupTarget, longhornReplicas } from '../../cluster/components/resolve';
import { ClusterContext } from '../../cluster/context';
import { isKeptFromPruning, isStatefulKind, KEEP_ANNOTATION, protectState } from '../../cluster/stateful';
import { loadSiteFile } from '../../site';
import { objectsOf, ROOT, siteWith, type Obj } from '../support/helpers';

const id = (o: Obj) => `${o.kind}/${o.metadata?.namespace ?? '_'}/${o.metadata?.name}`;
const FLUX = 'kustomize.toolkit.fluxcd.io/prune';
const ARGO = 'argocd.argoproj.io/sync-options';

describe('Flux (the default site)', () => {
  const site = siteWith();
  const objects = objectsOf(synthClusters(site).get('microcloud')!).map(([, o]) => o);

  test('exactly the data-holding objects and the namespaces holding data are kept from pruning', () => {
    const kept = objects.filter((o) => o.metadata?.annotations?.[FLUX] !== undefined);
    expect([...new Set(kept.map(id))].sort()).toEqual([
      // The chart releases into namespaces holding data (alloy shares loki's namespace: kept too).
      'HelmRelease/logging/alloy',
      'HelmRelease/logging/loki',
      'HelmRelease/longhorn-system/longhorn',
      'HelmRelease/monitoring/kube-prometheus-stack',
      'Kafka/kafka/kafka',
      'KafkaNodePool/kafka/broker',
      'KafkaNodePool/kafka/controller',
      'Namespace/_/kafka',
      'Namespace/_/logging',
      'Namespace/_/longhorn-system',
      'Namespace/_/monitoring',
      // External Secrets' source namespace: its Secrets are made by hand, in no Git tree.
      'Namespace/_/site-secrets',
    ]);
    for (const o of kept) expect([id(o), o.metadata.annotations[FLUX]]).toEqual([id(o), 'disabled']);
    expect(objects.filter((o) => o.metadata?.annotations?.[ARGO])).toEqual([]);
  });

  test('with the databases in CloudNativePG, its Cluster and the namespace holding it are kept too', () => {
    const cnpg = siteWith((d) => (d.clusters[0].postgresql = 'cloudnativePg'));
    const kept = objectsOf(synthClusters(cnpg).get('microcloud')!).map(([, o]) => o).filter((o) => o.metadata?.annotations?.[FLUX] !== undefined).map(id);
    expect(kept).toEqual(expect.arrayContaining(['Cluster/databases/pg', 'Namespace/_/databases']));
  });

  test('no object of a data-holding kind is left without it', () => {
    const stateful = objects.filter(isStatefulKind);
    expect(stateful.length).toBeGreaterThan(0);
    expect(stateful.filter((o) => !isKeptFromPruning(o)).map(id)).toEqual([]);
  });

  test('data StorageClasses retain their volumes: longhorn-single, nfs-shared, and the chart values of Longhorn', () => {
    const classes = objects.filter((o) => o.kind === 'StorageClass');
    expect(classes.map((o) => [o.metadata.name, o.reclaimPolicy])).toEqual([['longhorn-single', 'Retain'], ['nfs-shared', 'Retain']]);
    const ctx = new ClusterContext(site, site.clusters[0]);
    expect((longhornValues({ release: ctx.release('longhorn'), replicas: longhornReplicas(ctx), backupTarget: longhornBackupTarget(ctx) }).persistence as Obj).reclaimPolicy).toBe('Retain');
  });
});

describe('Argo CD', () => {
  const site = loadSiteFile(path.join(ROOT, '__tests__', 'fixtures', 'valid', 'proxmox.yaml')).site;
  const cluster = site.clusters.find((c) => c.gitops.engine === 'argocd')!;
  const objects = objectsOf(synthClusters(site).get(cluster.name)!).map(([, o]) => o);

  test('the namespaces holding data and the Applications deploying there carry Prune=false,Delete=false, and no Flux annotation', () => {
    const kept = objects.filter((o) => o.metadata?.annotations?.[ARGO]?.includes('Prune=false'));
    expect([...new Set(kept.map(id))].sort()).toEqual(['Application/argocd/kube-prometheus-stack', 'Application/argocd/longhorn', 'Namespace/_/longhorn-system', 'Namespace/_/monitoring']);
    for (const o of kept) expect(o.metadata.annotations[ARGO]).toBe(KEEP_ANNOTATION.argocd[1]);
    expect(objects.filter((o) => o.metadata?.annotations?.[FLUX])).toEqual([]);
  });
});

describe('protectState', () => {
  test('merges Argo CD sync options, replacing Prune and Delete; marks namespaces of stateful objects and the ones given; returns the ids', () => {
    const pvc: Obj = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'apps', annotations: { [ARGO]: 'ServerSideApply=true, Prune=true', other: 'x' } } };
    const sts: Obj = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'apps' } };
    const otherSts: Obj = { apiVersion: 'example.com/v1', kind: 'StatefulSet', metadata: { name: 'not-apps', namespace: 'other' } };
    const ns = (name: string): Obj => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    const tree = new Map([['apps/a.yaml', [pvc, sts, otherSts, ns('apps'), ns('other'), ns('charts')]]]);
    expect(protectState(tree, 'argocd', ['charts'])).toEqual(['Namespace/_/apps', 'Namespace/_/charts', 'PersistentVolumeClaim/apps/data', 'StatefulSet/apps/db']);
    expect(pvc.metadata.annotations).toEqual({ [ARGO]: 'ServerSideApply=true,Prune=false,Delete=false', other: 'x' });
    expect(sts.metadata.annotations).toEqual({ [ARGO]: 'Prune=false,Delete=false' });
    expect(otherSts.metadata.annotations).toBeUndefined();
    expect(tree.get('apps/a.yaml')![4].metadata.annotations).toBeUndefined();
  });

  test('marks the chart releases into a data namespace (Flux HelmRelease, Argo CD Application), not the others', () => {
    const release = (namespace: string): Obj => ({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'chart', namespace } });
    const app = (namespace: string): Obj => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: `app-${namespace}`, namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': '1' } }, spec: { destination: { namespace } } });
    const flux = new Map([['a.yaml', [release('charts'), release('web')]]]);
    expect(protectState(flux, 'flux', ['charts'])).toEqual(['HelmRelease/charts/chart']);
    expect(flux.get('a.yaml')![1].metadata.annotations).toBeUndefined();
    const argo = new Map([['a.yaml', [app('charts'), app('web')]]]);
    expect(protectState(argo, 'argocd', ['charts'])).toEqual(['Application/argocd/app-charts']);
    expect(argo.get('a.yaml')![0].metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '1', [ARGO]: 'Prune=false,Delete=false' });
  });
});
