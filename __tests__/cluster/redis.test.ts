/**
 * An app's own Redis (`clusters[].apps[].redis`, cluster/apps/redis.ts): the StatefulSet and its
 * volume, the Secret by reference, the policies admitting the app only, the app's env, Longhorn's
 * capacity, and the policy pack on the result.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { ClusterContext } from '../../cluster/context';
import { longhornVolumes } from '../../cluster/components/longhorn-capacity';
import { longhornReplicas } from '../../cluster/components/resolve';
import { REDIS } from '../../cluster/versions';
import { loadSite, type Site } from '../../site';
import { renderSite } from '../../synth/render';
import { runPolicies } from '../../synth/gates/policy';
import { objectsOf, ROOT, type Obj } from '../support/helpers';

const TEXT = fs.readFileSync(path.join(ROOT, 'examples', 'multi-cluster.yaml'), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function multi(mutate?: (doc: any) => void): Site {
  const doc = parse(TEXT);
  mutate?.(doc);
  return loadSite(stringify(doc), 'multi-cluster.yaml').site;
}

/** Memos (gordito) with `redis` set to `redis`. */
const withRedis = (redis: unknown, externalSecrets = true) =>
  multi((d) => {
    const memos = d.clusters[0].apps.find((a: Obj) => a.uses === 'memos');
    memos.redis = redis;
    if (!externalSecrets) {
      delete d.clusters[0].components.externalSecrets;
      delete d.clusters[0].secrets; // the example's Infisical store needs External Secrets
    }
  });

function objects(site: Site): Map<string, Obj> {
  return new Map(objectsOf(synthClusterTree(site, site.cluster('gordito'))).map(([f, o]) => [`${f}#${o.kind}/${o.metadata.name}`, o]));
}

const FILE = 'apps/memos/memos.yaml';

describe('redis: true', () => {
  const all = objects(withRedis(true));
  const get = (kind: string, name: string) => {
    const o = all.get(`${FILE}#${kind}/${name}`);
    if (!o) throw new Error(`no ${kind}/${name} in ${FILE}`);
    return o;
  };

  test('a one-replica StatefulSet of the pinned image, its 1Gi claim on the default class, both kept from pruning', () => {
    const sts = get('StatefulSet', 'memos-redis');
    expect(sts.spec.replicas).toBe(1);
    expect(sts.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    const c = sts.spec.template.spec.containers[0];
    expect(c.image).toBe('redis:8.2.2-alpine');
    expect(c.image).toBe(`${REDIS.image}:${REDIS.tag}`);
    expect(c.args).toEqual(['--requirepass', '$(REDIS_PASSWORD)', '--dir', '/data', '--appendonly', 'yes', '--maxmemory', '192mb', '--maxmemory-policy', 'noeviction']);
    expect(c.env.map((e: Obj) => `${e.name} ${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`)).toEqual(['REDIS_PASSWORD memos-redis/password', 'REDISCLI_AUTH memos-redis/password']);
    expect(c.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }]);
    expect(sts.spec.template.spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'memos-redis-data' } }]);
    const claim = get('PersistentVolumeClaim', 'memos-redis-data');
    expect([claim.spec.storageClassName, claim.spec.accessModes, claim.spec.resources.requests.storage, claim.metadata.annotations]).toEqual(['longhorn', ['ReadWriteOnce'], '1Gi', { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' }]);
    expect(sts.spec.template.spec.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 999, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } });
  });

  test('the password comes from the site\'s store; the Service and policy admit the app alone, on 6379', () => {
    expect(get('ExternalSecret', 'memos-redis').spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: 'memos-redis', property: 'password' } }]);
    expect(get('Service', 'memos-redis').spec.ports).toEqual([{ name: 'redis', port: 6379, targetPort: 'redis', protocol: 'TCP' }]);
    expect(get('NetworkPolicy', 'memos-redis').spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'memos-redis', 'app.kubernetes.io/instance': 'memos-redis', 'app.kubernetes.io/component': 'redis' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'memos', 'app.kubernetes.io/instance': 'memos' } } }], ports: [{ port: 6379, protocol: 'TCP' }] }],
      egress: [],
    });
  });

  test('the app gets the address and the password by reference, and may reach its Redis', () => {
    const env = get('Deployment', 'memos').spec.template.spec.containers[0].env;
    expect(env).toEqual([
      { name: 'REDIS_HOST', value: 'memos-redis.memos.svc.cluster.local' },
      { name: 'REDIS_PORT', value: '6379' },
      { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'memos-redis', key: 'password' } } },
      { name: 'REDIS_URL', value: 'redis://:$(REDIS_PASSWORD)@memos-redis.memos.svc.cluster.local:6379/0' },
    ]);
    expect(get('NetworkPolicy', 'memos').spec.egress).toContainEqual({
      to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'memos-redis', 'app.kubernetes.io/instance': 'memos-redis', 'app.kubernetes.io/component': 'redis' } } }],
      ports: [{ port: 6379, protocol: 'TCP' }],
    });
  });
});

test('sizeGiB sizes the volume and counts in Longhorn\'s capacity with the cluster\'s replicas', () => {
  const site = withRedis({ sizeGiB: 5 });
  expect(objects(site).get(`${FILE}#PersistentVolumeClaim/memos-redis-data`)!.spec.resources.requests.storage).toBe('5Gi');
  const ctx = new ClusterContext(site, site.cluster('gordito'));
  const redis = longhornVolumes(ctx).filter((v) => v.name === 'memos/memos-redis');
  expect(redis).toEqual([{ name: 'memos/memos-redis', sizeGiB: 5, replicas: longhornReplicas(ctx) }]);
});

test('without External Secrets no ExternalSecret: the Secret is made by hand (the site warns)', () => {
  const kinds = [...objects(withRedis(true, false)).keys()].filter((k) => k.startsWith(FILE));
  expect(kinds).not.toContain(`${FILE}#ExternalSecret/memos-redis`);
  expect(kinds).toContain(`${FILE}#StatefulSet/memos-redis`);
});

test('an app without redis gets none of it', () => {
  const keys = [...objects(multi()).keys()];
  expect(keys.filter((k) => k.includes('redis'))).toEqual([]);
});

test('the policy pack passes the Redis objects', () => {
  const site = withRedis(true);
  const rendered = renderSite(site);
  const result = runPolicies(rendered.files, site.spec.policy.suppressions);
  const redis = result.findings.filter((f) => f.object.includes('memos-redis'));
  expect(redis.map((f) => `${f.rule} ${f.object}: ${f.message}`)).toEqual([]);
  // Its objects were there to check.
  expect(rendered.files.get('clusters/gordito/apps/memos/memos.yaml')).toContain('kind: StatefulSet');
});
