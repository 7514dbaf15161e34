/**
 * Seed 001 (examples/multi-cluster.yaml): gordito's app databases in the data cluster's
 * CloudNativePG (`postgresql: { cluster: data, address }`), and the NAS's share
 * (`nodes[].nfs.export`) in the NFS StorageClass and the Longhorn backup target.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { loadSite, type Site } from '../../site';
import { CrdValidator } from '../support/validators/k8s/crd';
import { objectsOf, ROOT, type Obj } from '../support/helpers';

const EXAMPLE = 'examples/multi-cluster.yaml';

function example(edit?: (doc: any) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), EXAMPLE).site;
}

const objects = (site: Site, cluster: string): Obj[] => objectsOf(synthClusterTree(site, site.cluster(cluster))).map(([, o]) => o);
const find = (all: Obj[], kind: string, name: string) => all.find((o) => o.kind === kind && o.metadata.name === name);

const site = example();
const data = objects(site, 'data');
const gordito = objects(site, 'gordito');

describe('the data cluster serves gordito\'s databases', () => {
  const pg = find(data, 'Cluster', 'pg')!;

  it('its Cluster pg holds the role and Database of gordito\'s app, its primary on the MetalLB address', () => {
    expect(pg.spec.managed.roles).toEqual([{ name: 'linkding', ensure: 'present', login: true, passwordSecret: { name: 'pg-role-linkding' } }]);
    expect(find(data, 'Database', 'pg-linkding')!.spec).toEqual({ cluster: { name: 'pg' }, name: 'linkding', owner: 'linkding', ensure: 'present' });
    expect(pg.spec.managed.services.additional).toEqual([
      {
        selectorType: 'rw',
        serviceTemplate: {
          metadata: { name: 'pg-rw-external', labels: pg.metadata.labels, annotations: { 'metallb.io/loadBalancerIPs': '10.10.0.240' } },
          spec: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' },
        },
      },
    ]);
    // The role's password: the same entry of site-secrets as the app's.
    expect(find(data, 'ExternalSecret', 'pg-role-linkding')!.spec.data.map((d: Obj) => d.remoteRef.key)).toEqual(['postgresql-linkding', 'postgresql-linkding']);
  });

  it('admits PostgreSQL from gordito\'s nodes only, to the instances only', () => {
    expect(find(data, 'NetworkPolicy', 'allow-from-clusters')!.spec).toEqual({
      podSelector: { matchLabels: { 'cnpg.io/cluster': 'pg' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ ipBlock: { cidr: '10.10.0.11/32' } }, { ipBlock: { cidr: '10.10.0.12/32' } }], ports: [{ port: 5432, protocol: 'TCP' }] }],
    });
  });

  it('validates against the pinned CloudNativePG CRD, which refuses a misspelt service field', () => {
    const crds = new CrdValidator();
    expect(crds.validate(pg).errors).toEqual([]);
    const typo = JSON.parse(JSON.stringify(pg));
    typo.spec.managed.services.additional[0].serviceTemplate.spec.externalTrafficPolicyy = 'Local';
    expect(crds.validate(typo).errors.join('\n')).toMatch(/externalTrafficPolicyy/);
  });

  it('without a client cluster, the data cluster has neither the Service nor the policy', () => {
    const alone = objects(
      example((d) => {
        delete d.clusters[0].postgresql;
        delete d.clusters[0].apps.find((a: Obj) => a.uses === 'linkding').database;
      }),
      'data',
    );
    expect(find(alone, 'Cluster', 'pg')!.spec.managed).toBeUndefined();
    expect(find(alone, 'NetworkPolicy', 'allow-from-clusters')).toBeUndefined();
    expect(find(alone, 'Database', 'pg-linkding')).toBeUndefined();
  });
});

describe('gordito reaches it through the app\'s own Service', () => {
  it('a selector-less Service and an EndpointSlice on the address; egress to the address only; no Cluster of its own', () => {
    const svc = find(gordito, 'Service', 'linkding-postgresql')!;
    expect(svc.spec.selector).toBeUndefined();
    const slice = find(gordito, 'EndpointSlice', 'linkding-postgresql-data')!;
    expect([slice.metadata.labels['kubernetes.io/service-name'], slice.endpoints]).toEqual(['linkding-postgresql', [{ addresses: ['10.10.0.240'], conditions: { ready: true } }]]);
    const env = find(gordito, 'Deployment', 'linkding')!.spec.template.spec.containers[0].env;
    expect(env.find((e: Obj) => e.name === 'DATABASE_HOST').value).toBe('linkding-postgresql.linkding.svc.cluster.local');
    const egress = find(gordito, 'NetworkPolicy', 'linkding')!.spec.egress;
    expect(egress).toContainEqual({ to: [{ ipBlock: { cidr: '10.10.0.240/32' } }], ports: [{ port: 5432, protocol: 'TCP' }] });
    expect(gordito.filter((o) => o.kind === 'Cluster' || o.kind === 'Database')).toEqual([]);
  });

  it('a changed address moves the slice, the Service annotation, and nothing else', () => {
    const moved = example((d) => (d.clusters[0].postgresql.address = '10.10.0.245'));
    expect(find(objects(moved, 'gordito'), 'EndpointSlice', 'linkding-postgresql-data')!.endpoints[0].addresses).toEqual(['10.10.0.245']);
    expect(find(objects(moved, 'data'), 'Cluster', 'pg')!.spec.managed.services.additional[0].serviceTemplate.metadata.annotations).toEqual({ 'metallb.io/loadBalancerIPs': '10.10.0.245' });
  });
});

describe('the NAS share', () => {
  const sc = (s: Site) => find(objects(s, 'gordito'), 'StorageClass', 'nfs-shared')!;
  const longhorn = (s: Site, cluster: string) => find(objects(s, cluster), 'HelmRelease', 'longhorn')!.spec.values.defaultBackupStore.backupTarget;

  it('is the StorageClass\'s share and the Longhorn backup target of both clusters', () => {
    expect(sc(site).parameters).toEqual({ server: '10.10.0.5', share: '/volume1/k8s' });
    expect([longhorn(site, 'gordito'), longhorn(site, 'data')]).toEqual(['nfs://10.10.0.5:/volume1/k8s', 'nfs://10.10.0.5:/volume1/k8s']);
  });

  it('the class of a NAS is replaced by the engine on a change of its immutable parameters, with or without a named share', () => {
    expect(sc(site).metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/force': 'enabled' });
    const unnamed = example((d) => delete d.nodes.find((n: Obj) => n.name === 'nas').nfs);
    expect([sc(unnamed).parameters.share, sc(unnamed).metadata.annotations]).toEqual(['/srv/nfs/shared', { 'kustomize.toolkit.fluxcd.io/force': 'enabled' }]);
    const argo = example((d) => (d.clusters[0].gitops.engine = 'argocd'));
    const argoSc = objectsOf(synthClusterTree(argo, argo.cluster('gordito'))).map(([, o]) => o as Obj).find((o) => o.kind === 'StorageClass' && o.metadata.name === 'nfs-shared')!;
    expect(argoSc.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-options': 'Force=true,Replace=true' });
  });
});

describe('site errors of the forms of clusters[].postgresql', () => {
  const errorOf = (value: unknown): string => {
    const doc = parse(fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8'));
    doc.clusters[0].postgresql = value;
    try {
      loadSite(stringify(doc), EXAMPLE);
    } catch (e) {
      return (e as Error).message.split('\n').slice(1).join('\n').replace(/^examples\/multi-cluster\.yaml:\d+:\d+: /gm, '');
    }
    throw new Error('the site loaded');
  };

  it('a word that is no form, a mapping with a key of no form', () => {
    expect(errorOf('nod')).toBe('error: clusters[0].postgresql: "nod" matches none of the allowed forms; allowed: node or cloudnativePg or a mapping { cluster, address }; fix: write node or cloudnativePg or a mapping { cluster, address } here');
    expect(errorOf({ cluster: 'data', address: '10.10.0.240', port: 5432 })).toBe('error: clusters[0].postgresql.port: unknown key "port"; allowed: one of: cluster, address; fix: remove "port"');
    expect(errorOf({ cluster: 'data', address: '10.10.0.300' })).toBe('error: clusters[0].postgresql.address: "10.10.0.300" is not an IPv4 address; allowed: an IPv4 address; fix: write an IPv4 address here');
  });
});
