/**
 * Every object of the synthesized default tree (Flux and Argo CD variants), validated:
 *  - custom resources against their CRD's openAPIV3Schema (served version), unknown fields rejected;
 *  - core objects against the Kubernetes 1.28 API types (from cdk8s-plus-28's generated bindings);
 *  - Helm values against the chart's values.schema.json where the schema directory pins one (a
 *    pinned one that is missing fails, naming the file);
 *  - cross-checks against the site (addresses, hostnames) and `promtool check rules`.
 * Each validator is shown to catch a typo'd field.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { platformRuleGroups } from '../../cluster/components/rules';
import { ClusterContext } from '../../cluster/context';
import type { ClusterTree } from '../../cluster/tree';
import { CrdValidator } from '../support/validators/k8s/crd';
import { checkAddresses, checkHostnames, loadBalancerClaims, routedHosts } from '../support/validators/k8s/crosscheck';
import { HelmValuesValidator, valuesSchemaFolders } from '../support/validators/k8s/helm-values';
import { K8sTypeValidator } from '../support/validators/k8s/k8s-types';
import { loadSiteFile, type Site } from '../../site';
import { schemaDir } from '../../site/schema-dir';
import { siteWith, objectsOf, type Obj } from '../support/helpers';

const root = path.join(__dirname, '..', '..');

const clone = <T>(o: T): T => JSON.parse(JSON.stringify(o));

const crds = new CrdValidator();
const core = new K8sTypeValidator();
const helmValues = new HelmValuesValidator();

/** Why a chart the schema directory pins a values schema for was not validated: its file is missing. */
const missingValuesSchema = (chart: string, version: string) =>
  `${chart} ${version}: values schema missing: none of ${valuesSchemaFolders(chart, version).map((f) => `helm-values/${f}/values.schema.json`).join(', ')} is in ${schemaDir()}`;

/** The errors of the values of a chart whose values schema is pinned (throws, naming the file, when it is missing). */
const valuesErrors = (chart: string, version: string, values: unknown): string[] => {
  const v = helmValues.validate(chart, version, values);
  if (!v.known) throw new Error(missingValuesSchema(chart, version));
  return [...v.errors];
};

const defaultSite = siteWith();
/** The default site keeping its apps' databases in CloudNativePG (Cluster, managed role, Database), backed up to MinIO (backup section, ScheduledBackup). */
const cnpgSite = siteWith((d) => {
  d.clusters[0].postgresql = 'cloudnativePg';
  d.clusters[0].backups = { postgresql: { target: 's3://pg-backups@us-east-1/microcloud', endpoint: 'http://10.17.4.27:9000' } };
});
const variants: [string, Site][] = [
  ['flux', defaultSite],
  // The services of seeds 002 and 004: an app's Redis, ECK (Elasticsearch, Kibana, Filebeat) and Jenkins.
  ['flatcar-full', loadSiteFile(path.join(__dirname, '..', '..', 'examples', 'flatcar-full.yaml')).site],
  ['argocd', siteWith((d) => (d.clusters[0].gitops.engine = 'argocd'))],
  ['cloudnativePg', cnpgSite],
  // MetalLB-addressed ingress (LoadBalancer) with NGINX instead of Traefik.
  [
    'nginx+address',
    siteWith((d) => {
      const c = d.clusters[0];
      c.ingress = { controller: 'nginx', address: '10.17.4.200' };
      delete c.components.traefik;
      c.components.ingressNginx = { version: '4.15.1' };
    }),
  ],
  // Seed 001's public DNS and secrets: ExternalDNS for every hostname, the DDNS updater, Infisical.
  [
    'externalDns+ddns+infisical',
    siteWith((d) => {
      const c = d.clusters[0];
      c.components.externalDns = { version: '1.21.1' };
      c.secrets = { store: 'infisical', projectSlug: 'microcloud', environmentSlug: 'prod', credentials: 'infisical-auth' };
      d.cloudflare.target = 'dynamic';
      d.cloudflare.ddns = { cluster: c.name, name: 'ip.socialdevs.site' };
      for (const h of d.cloudflare.hostnames) h.dns = 'externalDns';
    }),
  ],
  [
    'argocd+externalDns+ddns',
    siteWith((d) => {
      const c = d.clusters[0];
      c.gitops.engine = 'argocd';
      c.components.externalDns = { version: '1.21.1' };
      d.cloudflare.target = 'dynamic';
      d.cloudflare.ddns = { cluster: c.name, name: 'ip.socialdevs.site' };
      d.cloudflare.hostnames[2].dns = 'externalDns';
    }),
  ],
  [
    'nginx+externalDns',
    siteWith((d) => {
      const c = d.clusters[0];
      c.ingress = { controller: 'nginx', address: '10.17.4.200' };
      delete c.components.traefik;
      c.components.ingressNginx = { version: '4.15.1' };
      c.components.externalDns = { version: '1.21.1' };
      for (const h of d.cloudflare.hostnames) h.dns = 'externalDns';
    }),
  ],
];

describe.each(variants)('%s tree', (_name, site) => {
  const cluster = site.clusters[0];
  const tree = synthClusterTree(site, cluster);
  const all = objectsOf(tree);

  it('every object is a known kind: a CRD of the schema directory or a Kubernetes 1.28 API type', () => {
    const unknown = all.filter(([, o]) => !crds.validate(o).known && !core.validate(o).known).map(([f, o]) => `${f}: ${o.apiVersion} ${o.kind}`);
    expect(unknown).toEqual([]);
  });

  it('custom resources validate against their CRD schema (unknown fields rejected)', () => {
    const problems = all.flatMap(([f, o]) => crds.validate(o).errors.map((e) => `${f}: ${o.kind} ${o.metadata.name}: ${e}`));
    expect(problems).toEqual([]);
  });

  it('core objects validate against the Kubernetes types', () => {
    const problems = all.flatMap(([f, o]) => core.validate(o).errors.map((e) => `${f}: ${o.kind} ${o.metadata.name}: ${e}`));
    expect(problems).toEqual([]);
  });

  it('Helm values validate against the charts values.schema.json (traefik, metallb, cert-manager, external-secrets, cloudnative-pg, loki, external-dns)', () => {
    const expected = ['metallb', 'cert-manager', 'external-secrets', 'cloudnative-pg', 'loki', cluster.ingress?.controller === 'nginx' ? undefined : 'traefik', cluster.components.externalDns ? 'external-dns' : undefined].filter((c): c is string => !!c);
    const checked: string[] = [];
    const problems: string[] = [];
    for (const [, o] of all) {
      let chart: string | undefined, version: string | undefined, values: unknown;
      if (o.kind === 'HelmRelease' && o.spec.chart) ({ chart, version } = o.spec.chart.spec), (values = o.spec.values);
      else if (o.kind === 'HelmRelease' && o.spec.chartRef) continue; // OCI charts: no values schema in the schema directory
      else if (o.kind === 'Application' && o.spec.source.chart) (chart = o.spec.source.chart), (version = o.spec.source.targetRevision), (values = o.spec.source.helm?.valuesObject);
      if (!chart || !version) continue;
      const v = helmValues.validate(chart, version, values ?? {});
      if (v.known) checked.push(chart);
      else if (expected.includes(chart)) problems.push(missingValuesSchema(chart, version));
      problems.push(...v.errors.map((e) => `${chart} ${version}: ${e}`));
    }
    expect(problems).toEqual([]);
    expect(checked.sort()).toEqual(expected.sort());
  });

  it('every LoadBalancer address is inside a pool of the cluster, and no address is claimed twice', () => {
    expect(checkAddresses(cluster, tree)).toEqual([]);
  });

  it('every routed host is a public hostname of the cluster, and every hostname is served over HTTPS', () => {
    expect(checkHostnames(cluster, tree)).toEqual([]);
    const https = routedHosts(tree).map((r) => r.host);
    for (const h of cluster.hostnames) expect(https).toContain(h);
  });

  it('holds no secret values: no Secret objects, only references by name', () => {
    expect(all.filter(([, o]) => o.kind === 'Secret')).toEqual([]);
    const text = JSON.stringify(all.map(([, o]) => o));
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY|password["']?\s*:\s*["'][^"']/i);
  });
});

describe.each(['multi-cluster.yaml', 'proxmox-minimal.yaml'])('example %s', (file) => {
  const { site } = loadSiteFile(path.join(root, 'examples', file));
  it.each(site.clusters.map((c) => c.name))('cluster %s: every object validates, addresses and hosts cross-check', (name) => {
    const cluster = site.cluster(name);
    const tree = synthClusterTree(site, cluster);
    const problems = objectsOf(tree).flatMap(([f, o]) => {
      const c = crds.validate(o);
      const k = core.validate(o);
      if (!c.known && !k.known) return [`${f}: unknown ${o.apiVersion} ${o.kind}`];
      return [...c.errors, ...k.errors].map((e) => `${f}: ${o.kind} ${o.metadata.name}: ${e}`);
    });
    expect([...problems, ...checkAddresses(cluster, tree), ...checkHostnames(cluster, tree)]).toEqual([]);
  });
});

describe('validators catch typos', () => {
  const tree = synthClusterTree(cnpgSite, cnpgSite.clusters[0]);
  const all = objectsOf(tree).map(([, o]) => o);
  const find = (kind: string, name?: string) => clone(all.find((o) => o.kind === kind && (!name || o.metadata.name === name))!);

  it.each([
    ['HelmRelease', (o: Obj) => (o.spec.intervall = '5m'), 'intervall'],
    ['Kustomization', (o: Obj) => (o.spec.dependOn = [{ name: 'x' }]), 'dependOn'],
    ['IngressRoute', (o: Obj) => (o.spec.routes[0].middleware = []), 'middleware'],
    ['IPAddressPool', (o: Obj) => (o.spec.adresses = ['10.0.0.1/32']), 'adresses'],
    ['Kafka', (o: Obj) => (o.spec.kafka.listener = []), 'listener'],
    ['Cluster', (o: Obj) => (o.spec.instance = 3), 'instance'],
    ['Cluster', (o: Obj) => (o.spec.managed.roles[0].passwordSecrets = {}), 'passwordSecrets'],
    ['Database', (o: Obj) => (o.spec.owners = 'x'), 'owners'],
    ['Cluster', (o: Obj) => (o.spec.backup.barmanObjectStore.endpointUrl = o.spec.backup.barmanObjectStore.endpointURL), 'endpointUrl'],
    ['ScheduledBackup', (o: Obj) => (o.spec.backupOwnerReferences = 'self'), 'backupOwnerReferences'],
    ['ClusterIssuer', (o: Obj) => (o.metadata.lables = {}), 'lables'],
  ])('CRD schema: %s', (kind, mutate, field) => {
    const o = find(kind);
    expect(crds.validate(o).errors).toEqual([]);
    mutate(o);
    expect(crds.validate(o).errors.join('\n')).toContain(field);
  });

  it('CRD schema: wrong types and enum values too', () => {
    const o = find('RecurringJob');
    o.spec.task = 'snapshots';
    o.spec.retain = 'seven';
    expect(crds.validate(o).errors.length).toBe(2);
  });

  it.each([
    ['Deployment', (o: Obj) => (o.spec.replica = 2), 'replica'],
    ['Deployment', (o: Obj) => (o.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem = true), 'readOnlyRootFileSystem'],
    ['Service', (o: Obj) => (o.spec.ports[0].targetport = 80), 'targetport'],
    ['NetworkPolicy', (o: Obj) => (o.spec.podSelectors = {}), 'podSelectors'],
    ['Namespace', (o: Obj) => (o.metadata.label = {}), 'label'],
  ])('Kubernetes types: %s', (kind, mutate, field) => {
    const o = find(kind);
    expect(core.validate(o).errors).toEqual([]);
    mutate(o);
    expect(core.validate(o).errors.join('\n')).toContain(field);
  });

  it('Kubernetes types: wrong value types and missing required fields', () => {
    const o = find('Deployment');
    o.spec.replicas = 'two';
    delete o.spec.selector;
    const errors = core.validate(o).errors.join('\n');
    expect(errors).toContain("required property 'selector'");
    expect(errors).toContain('/spec/replicas must be number');
  });

  it.each([
    ['traefik', '41.3.0', { deploymnet: { replicas: 2 } }, 'deploymnet'],
    ['traefik', '41.3.0', { ingressClass: { isDefault: true } }, 'isDefault'],
    ['cert-manager', 'v1.21.1', { crds: { enable: true } }, 'enable'],
    // The external-secrets, metallb and loki schemas allow unknown keys: they catch wrong types only
    // (loki's keys are checked in loki-values.test.ts).
    ['external-secrets', '2.9.0', { installCRDs: 'yes' }, 'boolean'],
    ['metallb', '0.16.1', { speaker: { frr: { enabled: 'no' } } }, 'boolean'],
    ['cloudnative-pg', '0.29.0', { config: { clusterWide: 'yes' } }, 'boolean'],
    ['loki', '18.11.0', { singleBinary: { replicas: 'one' } }, 'integer'],
  ])('Helm values schema: %s', (chart, version, values, needle) => {
    expect(valuesErrors(chart, version, values).join('\n')).toContain(needle);
  });

  it('cross-checks: an address outside the pools, an address claimed twice, an unknown host', () => {
    const cluster = defaultSite.clusters[0];
    const svc = (name: string, address: string) => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: 'x', annotations: { 'metallb.io/loadBalancerIPs': address } },
      spec: { type: 'LoadBalancer' },
    });
    const bad: ClusterTree = new Map([
      ['a.yaml', [svc('a', '10.17.4.210'), svc('b', '10.17.4.210'), svc('c', '10.17.9.9')]],
      ['r.yaml', [{ apiVersion: 'traefik.io/v1alpha1', kind: 'IngressRoute', metadata: { name: 'r', namespace: 'x' }, spec: { routes: [{ match: 'Host(`evil.example.com`)' }] } }]],
    ]);
    expect(loadBalancerClaims(bad)).toHaveLength(3);
    const problems = checkAddresses(cluster, bad);
    expect(problems.join('\n')).toContain('already claimed');
    expect(problems.join('\n')).toContain('10.17.9.9 is not in any pool');
    expect(checkHostnames(cluster, bad).join('\n')).toContain('evil.example.com');
  });
});

describe('PrometheusRule', () => {
  const promtool = (groups: unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-rules-'));
    const file = path.join(dir, 'rules.yaml');
    fs.writeFileSync(file, stringify({ groups }));
    try {
      return execFileSync('promtool', ['check', 'rules', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('the groups of the synthesized PrometheusRule pass promtool check rules', () => {
    const tree = synthClusterTree(defaultSite, defaultSite.clusters[0]);
    const rule = objectsOf(tree).map(([, o]) => o).find((o) => o.kind === 'PrometheusRule')!;
    expect(rule.spec.groups.length).toBeGreaterThanOrEqual(4);
    expect(promtool(rule.spec.groups)).toMatch(/SUCCESS: \d+ rules found/);
    expect(rule.spec.groups).toEqual(JSON.parse(JSON.stringify(platformRuleGroups(new ClusterContext(defaultSite, defaultSite.clusters[0])))));
  });

  it('promtool rejects a broken expression (the check is real)', () => {
    let failure = 'promtool accepted it';
    try {
      promtool([{ name: 'x', rules: [{ alert: 'X', expr: 'sum(rate(x[5m])' }] }]);
    } catch (e) {
      const { status, stderr } = e as { status?: number; stderr?: string };
      failure = `exit ${status}: ${String(stderr).trim().replace(/^[\s\S]*rules\.yaml: /, '')}`;
    }
    expect(failure).toBe('exit 1: 5:15: group "x", rule 1, "X": could not parse expression: 1:16: parse error: unclosed left parenthesis');
  });
});
