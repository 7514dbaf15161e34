/**
 * What an app's fields become (cluster/apps/app.ts, storage.ts, secrets.ts, routes.ts), on seed
 * 001's apps and on variants of them: volumes and their backup, the rollout a volume forces,
 * internal routes, extra ports, internet egress, Secrets by reference.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { loadSite, type Site } from '../../site';
import { objectsOf, ROOT, type Obj } from '../support/helpers';

const TEXT = fs.readFileSync(path.join(ROOT, 'examples', 'multi-cluster.yaml'), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function multi(mutate?: (doc: any) => void): Site {
  const doc = parse(TEXT);
  mutate?.(doc);
  return loadSite(stringify(doc), 'multi-cluster.yaml').site;
}

/** The objects of gordito's apps, by `<Kind>/<namespace>/<name>`. */
function appObjects(site: Site): Map<string, Obj> {
  const tree = synthClusterTree(site, site.cluster('gordito'));
  return new Map(objectsOf(tree).filter(([f]) => f.startsWith('apps/')).map(([, o]) => [`${o.kind}/${o.metadata.namespace ?? '_'}/${o.metadata.name}`, o]));
}

describe('seed 001', () => {
  const objects = appObjects(multi());
  const get = (id: string) => {
    const o = objects.get(id);
    if (!o) throw new Error(`no ${id} among ${[...objects.keys()].join(', ')}`);
    return o;
  };

  test('Jellyfin: its claims on the classes the site names, backed up or snapshot-only, and a Recreate rollout', () => {
    const claim = (name: string) => {
      const o = get(`PersistentVolumeClaim/media/jellyfin-${name}`);
      return [o.spec.storageClassName, o.spec.accessModes.join(), o.spec.resources.requests.storage, o.metadata.labels['recurring-job.longhorn.io/snapshot-daily'] ?? 'default group'];
    };
    expect(claim('config')).toEqual(['longhorn', 'ReadWriteOnce', '10Gi', 'default group']);
    expect(claim('cache')).toEqual(['longhorn', 'ReadWriteOnce', '20Gi', 'enabled']);
    expect(claim('media')).toEqual(['nfs-shared', 'ReadWriteMany', '1Ti', 'default group']);
    const deployment = get('Deployment/media/jellyfin');
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    const pod = deployment.spec.template.spec;
    expect(pod.containers[0].volumeMounts.map((m: Obj) => `${m.name} ${m.mountPath}`)).toEqual(['writable-0 /tmp', 'volume-config /config', 'volume-cache /cache', 'volume-media /media']);
    expect(pod.volumes.slice(1).map((v: Obj) => v.persistentVolumeClaim.claimName)).toEqual(['jellyfin-config', 'jellyfin-cache', 'jellyfin-media']);
  });

  test('internal hostnames: a route with a certificate of the internal CA, the ingress admitted', () => {
    expect(get('Certificate/memos/memos-internal-tls').spec).toEqual({ dnsNames: ['memos.home.example.org'], issuerRef: { kind: 'ClusterIssuer', name: 'internal-ca' }, secretName: 'memos-internal-tls' });
    expect(get('IngressRoute/memos/memos-internal').spec.routes[0].match).toBe('Host(`memos.home.example.org`)');
    expect(get('NetworkPolicy/memos/memos').spec.ingress).toEqual([{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } } }], ports: [{ port: 5230, protocol: 'TCP' }] }]);
  });

  test('internet egress for the apps that fetch, never to the private ranges; none for Memos', () => {
    const internet = (ns: string, name: string) => get(`NetworkPolicy/${ns}/${name}`).spec.egress.filter((r: Obj) => r.to?.[0]?.ipBlock);
    expect(internet('linkding', 'linkding')).toEqual([
      // Its database: the data cluster's PostgreSQL on its MetalLB address, a private one.
      { to: [{ ipBlock: { cidr: '10.10.0.240/32' } }], ports: [{ port: 5432, protocol: 'TCP' }] },
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } }], ports: [{ port: 80, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }] },
    ]);
    expect(internet('media', 'jellyfin')).toHaveLength(1);
    expect(internet('memos', 'memos')).toEqual([]);
  });

  test('a Secret by reference: the variable reads it, an ExternalSecret fills it with the keys read', () => {
    const env = get('Deployment/linkding/linkding').spec.template.spec.containers[0].env;
    expect(env.filter((e: Obj) => e.valueFrom)).toEqual([
      { name: 'LD_SUPERUSER_PASSWORD', valueFrom: { secretKeyRef: { name: 'linkding-admin', key: 'password' } } },
      { name: 'LD_DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'postgresql-linkding', key: 'password' } } },
      { name: 'DATABASE_USER', valueFrom: { secretKeyRef: { name: 'linkding-database', key: 'username' } } },
      { name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { name: 'linkding-database', key: 'password' } } },
    ]);
    expect(get('ExternalSecret/linkding/linkding-admin').spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: 'linkding-admin', property: 'password' } }]);
    // Its role's password, under Linkding's own variable: the entry of site-secrets the role reads too.
    expect(get('ExternalSecret/linkding/postgresql-linkding').spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: 'postgresql-linkding', property: 'password' } }]);
  });
});

test('two apps reading one Secret: one ExternalSecret with every key; without External Secrets, none', () => {
  const shared = (externalSecrets: boolean) =>
    appObjects(
      multi((d) => {
        d.clusters[0].apps.push({ uses: 'web', namespace: 'linkding', env: { TOKEN: { secret: 'linkding-admin', key: 'token' } } });
        if (!externalSecrets) {
          delete d.clusters[0].components.externalSecrets;
          delete d.clusters[0].secrets;
        }
      }),
    );
  expect(shared(true).get('ExternalSecret/linkding/linkding-admin')!.spec.data.map((d: Obj) => d.secretKey)).toEqual(['password', 'token']);
  expect([...shared(false).keys()].filter((k) => k.startsWith('ExternalSecret/'))).toEqual([]);
});

test('extra ports: on the container and the Service, and open to the allowFrom apps only', () => {
  const objects = appObjects(
    multi((d) => {
      d.clusters[0].apps.push(
        { uses: 'web', name: 'api', namespace: 'shop', ports: [{ name: 'grpc', port: 9000 }, { name: 'stats', port: 9125, protocol: 'UDP' }], allowFrom: ['front'] },
        { uses: 'web', name: 'front', namespace: 'shop', callsTo: [{ app: 'api', port: 9000 }] },
      );
    }),
  );
  const api = objects.get('Deployment/shop/api')!.spec.template.spec.containers[0];
  expect(api.ports).toEqual([
    { name: 'http', containerPort: 8080, protocol: 'TCP' },
    { name: 'grpc', containerPort: 9000, protocol: 'TCP' },
    { name: 'stats', containerPort: 9125, protocol: 'UDP' },
  ]);
  expect(objects.get('Service/shop/api')!.spec.ports.map((p: Obj) => `${p.name} ${p.port} ${p.targetPort} ${p.protocol}`)).toEqual(['http 8080 http TCP', 'grpc 9000 grpc TCP', 'stats 9125 stats UDP']);
  expect(objects.get('NetworkPolicy/shop/api')!.spec.ingress).toEqual([
    { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'front' } } }], ports: [{ port: 8080, protocol: 'TCP' }, { port: 9000, protocol: 'TCP' }, { port: 9125, protocol: 'UDP' }] },
  ]);
  // An app without a volume rolls its pods as before.
  expect(objects.get('Deployment/shop/api')!.spec.strategy).toBeUndefined();
});
