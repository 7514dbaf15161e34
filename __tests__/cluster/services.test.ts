/**
 * ECK (the ELK option) and Jenkins (cluster/components/eck.ts, jenkins.ts) on
 * examples/flatcar-full.yaml: the charts' values against their values.yaml (neither chart has a
 * values.schema.json), the Elasticsearch, Kibana and Filebeat resources, the Secrets by reference,
 * the routes and who may connect.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { ClusterContext } from '../../cluster/context';
import { ECK_NAME, filebeatConfig } from '../../cluster/components/eck';
import { jenkinsCredentials } from '../../cluster/components/jenkins';
import { longhornVolumes } from '../../cluster/components/longhorn-capacity';
import { CHARTS, ELASTIC_STACK_VERSION } from '../../cluster/versions';
import { loadSite, type Site } from '../../site';
import { schemaDir } from '../../site/schema-dir';
import { objectsOf, ROOT, type Obj } from '../support/helpers';

const TEXT = fs.readFileSync(path.join(ROOT, 'examples', 'flatcar-full.yaml'), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function full(mutate?: (doc: any) => void): Site {
  const doc = parse(TEXT);
  mutate?.(doc);
  return loadSite(stringify(doc), 'flatcar-full.yaml').site;
}

/** The cluster's objects by `<file>#<Kind>/<namespace>/<name>`. */
function objects(site: Site): Map<string, Obj> {
  return new Map(objectsOf(synthClusterTree(site, site.clusters[0])).map(([f, o]) => [`${f}#${o.kind}/${o.metadata.namespace ?? '_'}/${o.metadata.name}`, o]));
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Key paths of `values` the chart's `values.yaml` does not have; `free` are maps of the user's own keys. */
function unknownKeys(values: Record<string, unknown>, chart: Record<string, unknown>, free: readonly string[], prefix = ''): string[] {
  return Object.entries(values).flatMap(([k, v]) => {
    const at = prefix ? `${prefix}.${k}` : k;
    if (!(k in chart)) return [at];
    if (free.includes(at) || !isMap(v)) return [];
    const c = chart[k];
    return isMap(c) ? unknownKeys(v, c, free, at) : [at];
  });
}

const chartValues = (folder: string) => parse(fs.readFileSync(path.join(schemaDir(), 'helm-values', folder, 'values.yaml'), 'utf8')) as Record<string, unknown>;

const site = full();
const all = objects(site);
const get = (id: string) => {
  const o = all.get(id);
  if (!o) throw new Error(`no ${id} among ${[...all.keys()].filter((k) => /elastic|jenkins/.test(k)).join(', ')}`);
  return o;
};
const ECK_CONFIGS = 'infrastructure/configs/elastic-system/eck.yaml';

describe.each([
  ['eck-operator', 'infrastructure/controllers/elastic-system/release.yaml#HelmRelease/elastic-system/elastic-operator', `eck-operator-chart-${CHARTS.eck.version}`, [], { webhook: { prot: 1 } }, ['webhook.prot']],
  ['jenkins', 'infrastructure/controllers/jenkins/release.yaml#HelmRelease/jenkins/jenkins', `jenkins-chart-${CHARTS.jenkins.version}`, ['controller.JCasC.configScripts'], { controller: { admin: { existingSecrett: 'x' } }, agents: {} }, ['controller.admin.existingSecrett', 'agents']],
])('%s values and the chart\'s values.yaml', (_chart, id, folder, free, misspelt, found) => {
  it('every key the values set is a key of the chart', () => {
    const values = get(id).spec.values;
    expect(Object.keys(values).length).toBeGreaterThan(0);
    expect(unknownKeys(values, chartValues(folder), free)).toEqual([]);
  });

  it('the check finds a misspelt key', () => {
    expect(unknownKeys(misspelt, chartValues(folder), free)).toEqual(found);
  });
});

describe('ECK', () => {
  it('one Elasticsearch node of the pinned stack version on a 30Gi volume of the replicated Longhorn class, kept from pruning', () => {
    const es = get(`${ECK_CONFIGS}#Elasticsearch/elastic/${ECK_NAME}`);
    expect(es.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    expect(es.spec.version).toBe(ELASTIC_STACK_VERSION);
    const [set] = es.spec.nodeSets;
    expect([es.spec.nodeSets.length, set.count, set.config]).toEqual([1, 1, { 'node.store.allow_mmap': false }]);
    expect(set.volumeClaimTemplates[0].spec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: 'longhorn', resources: { requests: { storage: '30Gi' } } });
    expect(set.podTemplate.spec.containers[0].resources).toEqual({ requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(longhornVolumes(new ClusterContext(site, site.clusters[0])).filter((v) => v.name === 'Elasticsearch' || v.name === 'Jenkins').map((v) => `${v.name} ${v.sizeGiB} ${v.replicas}`)).toEqual(['Elasticsearch 30 3', 'Jenkins 20 3']);
    // The namespace holds the data: never pruned either.
    expect(get(`${ECK_CONFIGS}#Namespace/_/elastic`).metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });

  it('Kibana on plain HTTP behind its internal route with a certificate of the internal CA; the ingress admitted to Kibana only', () => {
    const kb = get(`${ECK_CONFIGS}#Kibana/elastic/${ECK_NAME}`);
    expect([kb.spec.elasticsearchRef, kb.spec.http]).toEqual([{ name: ECK_NAME }, { tls: { selfSignedCertificate: { disabled: true } } }]);
    expect(get(`${ECK_CONFIGS}#Certificate/elastic/kibana-tls`).spec).toEqual({ secretName: 'kibana-tls', dnsNames: ['kibana.socialdevs.site'], issuerRef: { kind: 'ClusterIssuer', name: 'internal-ca' } });
    expect(get(`${ECK_CONFIGS}#IngressRoute/elastic/kibana`).spec.routes[0].services).toEqual([{ kind: 'Service', name: 'logs-kb-http', port: 5601 }]);
    expect(get(`${ECK_CONFIGS}#NetworkPolicy/elastic/allow-from-ingress`).spec).toEqual({
      podSelector: { matchLabels: { 'kibana.k8s.elastic.co/name': ECK_NAME } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } } }], ports: [{ port: 5601, protocol: 'TCP' }] }],
    });
  });

  it('Filebeat: a DaemonSet reading the container logs read-only, with the metadata of their pods, into Elasticsearch', () => {
    const beat = get(`${ECK_CONFIGS}#Beat/elastic/${ECK_NAME}`);
    expect([beat.spec.type, beat.spec.version, beat.spec.elasticsearchRef]).toEqual(['filebeat', ELASTIC_STACK_VERSION, { name: ECK_NAME }]);
    expect(beat.spec.config).toEqual(filebeatConfig());
    const pod = beat.spec.daemonSet.podTemplate.spec;
    expect(pod.containers[0].volumeMounts).toEqual([
      { name: 'varlogcontainers', mountPath: '/var/log/containers', readOnly: true },
      { name: 'varlogpods', mountPath: '/var/log/pods', readOnly: true },
    ]);
    expect(pod.volumes.map((v: Obj) => v.hostPath.path)).toEqual(['/var/log/containers', '/var/log/pods']);
    expect(get(`${ECK_CONFIGS}#ClusterRole/_/elastic-filebeat`).rules).toEqual([{ apiGroups: [''], resources: ['pods', 'namespaces', 'nodes'], verbs: ['get', 'list', 'watch'] }]);
    // hostPath needs the privileged level (baseline refuses it), which the policy pack's exception names.
    expect(get(`${ECK_CONFIGS}#Namespace/_/elastic`).metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });

  it('the operator: its webhook open to the API server, and it may reach Elasticsearch and Kibana', () => {
    expect(get('infrastructure/controllers/elastic-system/network-policy.yaml#NetworkPolicy/elastic-system/allow-from-nodes').spec.ingress[0].ports).toEqual([{ port: 9443, protocol: 'TCP' }]);
    expect(get(`${ECK_CONFIGS}#NetworkPolicy/elastic/allow-from-elastic-operator`).spec.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'elastic-system' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'elastic-operator' } } }], ports: [{ port: 9200, protocol: 'TCP' }, { port: 5601, protocol: 'TCP' }] },
    ]);
  });

  it('without kibana.internalHost: no route, and nobody outside the namespace reaches Kibana but the operator', () => {
    const keys = [...objects(full((d) => delete d.clusters[0].kibana)).keys()].filter((k) => k.startsWith(ECK_CONFIGS));
    expect(keys.filter((k) => /IngressRoute|Certificate|allow-from-ingress/.test(k))).toEqual([]);
    expect(keys).toContain(`${ECK_CONFIGS}#Kibana/elastic/${ECK_NAME}`);
  });
});

describe('Jenkins', () => {
  const release = () => get('infrastructure/controllers/jenkins/release.yaml#HelmRelease/jenkins/jenkins');

  it('the admin login and the Git credential from Secrets by reference, filled by External Secrets', () => {
    const c = release().spec.values.controller;
    expect(c.admin).toEqual({ createSecret: false, existingSecret: 'jenkins-admin', userKey: 'jenkins-admin-user', passwordKey: 'jenkins-admin-password' });
    expect(c.additionalExistingSecrets).toEqual([{ name: 'jenkins-git', keyName: 'username' }, { name: 'jenkins-git', keyName: 'password' }]);
    expect(c.JCasC.configScripts.credentials).toBe(jenkinsCredentials());
    expect(jenkinsCredentials()).toContain('username: ${jenkins-git-username}\n              password: ${jenkins-git-password}\n');
    const es = (name: string) => get(`infrastructure/configs/jenkins/jenkins.yaml#ExternalSecret/jenkins/${name}`).spec.data.map((d: Obj) => `${d.secretKey} <- ${d.remoteRef.key}.${d.remoteRef.property}`);
    expect(es('jenkins-admin')).toEqual(['jenkins-admin-user <- jenkins-admin.jenkins-admin-user', 'jenkins-admin-password <- jenkins-admin.jenkins-admin-password']);
    expect(es('jenkins-git')).toEqual(['username <- jenkins-git.username', 'password <- jenkins-git.password']);
  });

  it('agents from the default pod template under the restricted profile; the controller on a 20Gi Longhorn volume at its internal URL', () => {
    const v = release().spec.values;
    expect(v.agent).toEqual({ restrictedPssSecurityContext: true, resources: { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } } });
    expect(v.persistence).toEqual({ enabled: true, size: '20Gi', storageClass: 'longhorn' });
    expect([v.controller.jenkinsUrl, v.controller.installLatestPlugins, v.networkPolicy]).toEqual(['https://jenkins.socialdevs.site/', false, { enabled: false }]);
    expect(release().metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });

  it('agents and controller reach each other; the ingress reaches the controller on 8080 only when routed', () => {
    const policies = (s: Site) => [...objects(s).entries()].filter(([k]) => k.startsWith('infrastructure/controllers/jenkins/network-policy.yaml#')).map(([, o]) => o.metadata.name);
    expect(policies(site)).toEqual(['allow-from-same-namespace', 'allow-from-ingress']);
    expect(get('infrastructure/controllers/jenkins/network-policy.yaml#NetworkPolicy/jenkins/allow-from-ingress').spec.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/component': 'jenkins-controller' } });
    const unrouted = full((d) => delete d.clusters[0].jenkins);
    expect(policies(unrouted)).toEqual(['allow-from-same-namespace']);
    expect([...objects(unrouted).keys()].filter((k) => k.startsWith('infrastructure/configs/jenkins/')).map((k) => k.split('#')[1])).toEqual(['ExternalSecret/jenkins/jenkins-admin', 'ExternalSecret/jenkins/jenkins-git']);
  });

  it('Argo CD gets the same values', () => {
    const argo = objects(full((d) => (d.clusters[0].gitops.engine = 'argocd')));
    const app = [...argo.values()].find((o) => o.kind === 'Application' && o.metadata.name === 'jenkins')!;
    expect(app.spec.source.helm.valuesObject).toEqual(release().spec.values);
  });
});
