/**
 * Dynamic public DNS and the Infisical store (issue #14): what ExternalDNS, the DDNS updater and
 * `secrets.store: infisical` add to the trees and the edge stack, validated against the pinned
 * chart values schema and CRDs, and who writes each public record (one writer per name).
 */
import { synthClusterTree } from '../../cluster/app';
import { DDNS_SCHEDULE } from '../../cluster/components/ddns';
import { PUBLIC_DNS_ANNOTATION, TARGET_ANNOTATION } from '../../cluster/components/external-dns';
import type { ClusterTree } from '../../cluster/tree';
import { DDNS_UPDATER } from '../../cluster/versions';
import type { Site } from '../../site';
import { ruleCoverage, runPolicies } from '../../synth/gates/policy';
import { toYaml } from '../../synth/render';
import { CrdValidator } from '../support/validators/k8s/crd';
import { HelmValuesValidator } from '../support/validators/k8s/helm-values';
import { K8sTypeValidator } from '../support/validators/k8s/k8s-types';
import { objectsOf, siteWith, type Obj } from '../support/helpers';
import { resources, synth } from '../support/stacks';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

/** The default site (zone socialdevs.site, target the gateway at 203.0.113.10) with ExternalDNS in its cluster. */
const withExternalDns = (edit?: (d: Doc) => void) =>
  siteWith((d) => {
    d.clusters[0].components.externalDns = { version: '1.21.1' };
    edit?.(d);
  });
/** ... and the target dynamic, the DDNS updater in the cluster. */
const dynamic = (d: Doc) => {
  d.cloudflare.target = 'dynamic';
  d.cloudflare.ddns = { cluster: d.clusters[0].name, name: 'ip.socialdevs.site' };
};
const setDns = (names: Record<string, string>) => (d: Doc) => {
  for (const h of d.cloudflare.hostnames) if (names[h.name]) h.dns = names[h.name];
};

const treeOf = (site: Site): ClusterTree => synthClusterTree(site, site.clusters[0]);
const all = (tree: ClusterTree) => objectsOf(tree).map(([, o]) => o);
const find = (tree: ClusterTree, kind: string, name: string, namespace?: string) =>
  all(tree).find((o) => o.kind === kind && o.metadata.name === name && (namespace === undefined || o.metadata.namespace === namespace));
const values = (tree: ClusterTree) => find(tree, 'HelmRelease', 'external-dns')!.spec.values;

/** Every route of the tree with its host and the ExternalDNS annotations it carries. */
function routes(tree: ClusterTree): [string, Record<string, string> | undefined][] {
  return all(tree)
    .filter((o) => o.kind === 'IngressRoute' || o.kind === 'Ingress')
    .map((o): [string, Record<string, string> | undefined] => {
      const host = o.kind === 'Ingress' ? o.spec.rules[0].host : /Host\(`([^`]+)`\)/.exec(o.spec.routes[0].match)![1];
      const a = o.metadata.annotations ?? {};
      const dns = Object.fromEntries(Object.entries<string>(a).filter(([k]) => k === PUBLIC_DNS_ANNOTATION.key || k === TARGET_ANNOTATION));
      return [`${o.kind} ${o.metadata.namespace}/${o.metadata.name} ${host}`, Object.keys(dns).length ? dns : undefined];
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

const helmValues = new HelmValuesValidator();
const crds = new CrdValidator();
const core = new K8sTypeValidator();

describe('ExternalDNS', () => {
  const site = withExternalDns(setDns({ 'grafana.socialdevs.site': 'externalDns' }));
  const tree = treeOf(site);

  it('the chart: cloudflare with the token by reference, the zone only, sync with a TXT owner per site and cluster, Traefik routes, proxied records', () => {
    expect(values(tree)).toEqual({
      provider: { name: 'cloudflare' },
      env: [{ name: 'CF_API_TOKEN', valueFrom: { secretKeyRef: { name: 'cloudflare-api-token', key: 'api-token' } } }],
      sources: ['traefik-proxy'],
      annotationFilter: 'sitekit.dev/public-dns=external-dns',
      domainFilters: ['socialdevs.site'],
      policy: 'sync',
      registry: 'txt',
      txtOwnerId: 'microcloud-microcloud',
      extraArgs: ['--cloudflare-proxied'],
      resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { memory: '128Mi' } },
    });
    expect(find(tree, 'HelmRelease', 'external-dns')!.spec.chart.spec).toMatchObject({ chart: 'external-dns', version: '1.21.1' });
  });

  it('its values validate against the pinned chart values schema, and a typo does not', () => {
    expect(helmValues.validate('external-dns', '1.21.1', values(tree))).toEqual({ known: true, errors: [] });
    expect(helmValues.validate('external-dns', '1.21.1', { ...values(tree), policy: 'upsert' }).errors).toEqual(['/policy must be equal to one of the allowed values']);
    expect(helmValues.validate('external-dns', '1.21.1', { ...values(tree), provider: { name: 'cloudflare', webhook: { image: { tag: 1 } } } }).errors).toEqual(['/provider/webhook/image/tag must be string,null']);
  });

  it('publishes only the hostnames the site gives it: their routes carry the filter annotation and the public address', () => {
    const annotated = routes(tree).filter(([, a]) => a);
    expect(annotated).toEqual([
      ['IngressRoute monitoring/grafana grafana.socialdevs.site', { [PUBLIC_DNS_ANNOTATION.key]: PUBLIC_DNS_ANNOTATION.value, [TARGET_ANNOTATION]: '203.0.113.10' }],
    ]);
    // The other public hostnames' routes (Terraform's records) and the HTTP redirects carry nothing.
    expect(routes(tree).filter(([r, a]) => !a && r.includes('socialdevs.site')).length).toBeGreaterThan(0);
  });

  it('with the target dynamic, its records are CNAMEs to the DDNS updater\'s name', () => {
    const t = treeOf(withExternalDns((d) => (dynamic(d), setDns({ 'api.socialdevs.site': 'externalDns' })(d))));
    expect(routes(t).filter(([, a]) => a).map(([r, a]) => [r, a![TARGET_ANNOTATION]])).toEqual([['IngressRoute socialdevs/backend api.socialdevs.site', 'ip.socialdevs.site']]);
  });

  it('with ingress-nginx: the Ingress source, and the app Ingress carries both cert-manager\'s and ExternalDNS\' annotations', () => {
    const t = treeOf(
      withExternalDns((d) => {
        const c = d.clusters[0];
        c.ingress = { controller: 'nginx', address: '10.17.4.200' };
        delete c.components.traefik;
        c.components.ingressNginx = { version: '4.15.1' };
        setDns({ 'grafana.socialdevs.site': 'externalDns' })(d);
      }),
    );
    expect(values(t).sources).toEqual(['ingress']);
    expect(values(t).extraArgs).toEqual(['--cloudflare-proxied']);
    expect(helmValues.validate('external-dns', '1.21.1', values(t)).errors).toEqual([]);
    expect(find(t, 'Ingress', 'grafana', 'monitoring')!.metadata.annotations).toEqual({
      'cert-manager.io/cluster-issuer': 'letsencrypt-production',
      [PUBLIC_DNS_ANNOTATION.key]: PUBLIC_DNS_ANNOTATION.value,
      [TARGET_ANNOTATION]: '203.0.113.10',
    });
  });

  it('egress only to the cluster DNS, the API server on the servers, and HTTPS to public addresses; no ingress allowed', () => {
    const policies = all(tree).filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'external-dns');
    expect(policies.map((p) => p.metadata.name).sort()).toEqual(['allow-egress', 'default-deny-ingress']);
    const egress = policies.find((p) => p.metadata.name === 'allow-egress')!.spec;
    expect(egress.policyTypes).toEqual(['Egress']);
    expect(egress.egress.map((r: Obj) => [r.to.map((t: Obj) => t.ipBlock?.cidr ?? t.podSelector.matchLabels['k8s-app']), r.ports.map((p: Obj) => `${p.port}/${p.protocol}`)])).toEqual([
      [['kube-dns'], ['53/UDP', '53/TCP']],
      [site.clusters[0].servers.map((n) => `${n.address}/32`), ['6443/TCP']],
      [['0.0.0.0/0'], ['443/TCP']],
    ]);
    expect(egress.egress[2].to[0].ipBlock.except).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);
  });

  it('its token: an ExternalSecret in its namespace with External Secrets (the release does not wait for it), none without', () => {
    expect(find(tree, 'ExternalSecret', 'cloudflare-api-token', 'external-dns')!.spec.data).toEqual([{ secretKey: 'api-token', remoteRef: { key: 'cloudflare-api-token', property: 'api-token' } }]);
    expect(find(tree, 'HelmRelease', 'external-dns')!.spec.install.disableWait).toBe(true);
    const without = treeOf(withExternalDns((d) => delete d.clusters[0].components.externalSecrets));
    expect(find(without, 'ExternalSecret', 'cloudflare-api-token', 'external-dns')).toBeUndefined();
    expect(find(without, 'HelmRelease', 'external-dns')!.spec.install.disableWait).toBeUndefined();
  });
});

describe('the DDNS updater', () => {
  const site = withExternalDns((d) => (dynamic(d), setDns({ 'grafana.socialdevs.site': 'externalDns' })(d)));
  const tree = treeOf(site);
  const cron = find(tree, 'CronJob', 'cloudflare-ddns', 'ddns')!;

  it('a CronJob of the pinned image that keeps the DDNS name, and nothing else, at the public address', () => {
    expect(cron.spec.schedule).toBe(DDNS_SCHEDULE);
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    const c = cron.spec.jobTemplate.spec.template.spec.containers[0];
    expect(c.image).toBe(`${DDNS_UPDATER.image}:${DDNS_UPDATER.tag}`);
    expect(c.image).toBe('favonia/cloudflare-ddns:1.17.0');
    expect(Object.fromEntries(c.env.map((e: Obj) => [e.name, e.value ?? e.valueFrom]))).toEqual({
      CLOUDFLARE_API_TOKEN: { secretKeyRef: { name: 'cloudflare-api-token', key: 'api-token' } },
      DOMAINS: 'ip.socialdevs.site',
      PROXIED: 'true',
      IP6_PROVIDER: 'none',
      UPDATE_CRON: '@once',
      UPDATE_ON_START: 'true',
      RECORD_COMMENT: 'managed by sitekit (DDNS updater)',
    });
  });

  it('passes the policy pack (security context, resources; the rules apply to it) and validates against the Kubernetes types', () => {
    const files = new Map([...tree].filter(([f]) => f.includes('/ddns/') && !f.endsWith('kustomization.yaml')).map(([f, o]) => [`clusters/microcloud/${f}`, toYaml(o)]));
    const objects = objectsOf(tree).filter(([f]) => f.includes('/ddns/')).map(([, o]) => o);
    expect(objects.map((o) => o.kind).sort()).toEqual(['CronJob', 'ExternalSecret', 'Namespace', 'NetworkPolicy', 'NetworkPolicy']);
    expect(runPolicies(files).findings).toEqual([]);
    const coverage = ruleCoverage(files);
    for (const rule of ['k8s/RunAsNonRoot', 'k8s/ReadOnlyRootFilesystem', 'k8s/DropAllCapabilities', 'k8s/MemoryLimits', 'k8s/CpuLimits', 'k8s/ImageTagPinned']) expect([rule, coverage.get(rule)]).toEqual([rule, { applicable: 1, failing: 0 }]);
    for (const o of objects) expect([...crds.validate(o).errors, ...core.validate(o).errors]).toEqual([]);
  });

  it('runs only in the cluster cloudflare.ddns names, and not at all with a fixed target', () => {
    expect(find(treeOf(withExternalDns()), 'CronJob', 'cloudflare-ddns')).toBeUndefined();
  });
});

describe('who writes each public record: the edge stack', () => {
  const records = (site: Site) => resources(synth(site).edge, 'cloudflare_dns_record');

  it('Terraform writes the hostnames with dns: terraform (the default) only', () => {
    const site = withExternalDns(setDns({ 'grafana.socialdevs.site': 'externalDns' }));
    expect(Object.values(records(site)).map((r) => [r.name, r.type, r.content, r.proxied])).toEqual([
      ['socialdevs.site', 'A', '203.0.113.10', true],
      ['api.socialdevs.site', 'A', '203.0.113.10', true],
    ]);
  });

  it('with the target dynamic: proxied CNAMEs to the DDNS name, and no record of the DDNS name itself', () => {
    const site = siteWith(dynamic);
    const r = Object.values(records(site));
    expect(r.map((x) => [x.name, x.type, x.content, x.proxied])).toEqual([
      ['socialdevs.site', 'CNAME', 'ip.socialdevs.site', true],
      ['api.socialdevs.site', 'CNAME', 'ip.socialdevs.site', true],
      ['grafana.socialdevs.site', 'CNAME', 'ip.socialdevs.site', true],
    ]);
  });
});

describe('Infisical', () => {
  const infisical = { store: 'infisical', hostAPI: 'https://infisical.example.org/api', projectSlug: 'microcloud', environmentSlug: 'prod', secretsPath: '/platform', credentials: 'infisical-auth' };
  const site = siteWith((d) => (d.clusters[0].secrets = infisical));
  const tree = treeOf(site);
  const store = find(tree, 'ClusterSecretStore', 'site-secrets')!;

  it('the ClusterSecretStore site-secrets reads the project with universal auth, the credential by reference', () => {
    expect(store.spec).toEqual({
      provider: {
        infisical: {
          hostAPI: 'https://infisical.example.org/api',
          auth: {
            universalAuthCredentials: {
              clientId: { name: 'infisical-auth', namespace: 'external-secrets', key: 'clientId' },
              clientSecret: { name: 'infisical-auth', namespace: 'external-secrets', key: 'clientSecret' },
            },
          },
          secretsScope: { projectSlug: 'microcloud', environmentSlug: 'prod', secretsPath: '/platform' },
        },
      },
    });
  });

  it('validates against the pinned External Secrets CRD, and a typo does not', () => {
    expect(crds.validate(store)).toMatchObject({ known: true, errors: [] });
    const typo = JSON.parse(JSON.stringify(store));
    typo.spec.provider.infisical.secretsScope.projectslug = 'x';
    expect(crds.validate(typo).errors.length).toBeGreaterThan(0);
  });

  it('the apps\' ExternalSecrets and the site-secrets namespace are those of the Kubernetes store; its reader goes', () => {
    const kubernetes = treeOf(siteWith());
    const apps = (t: ClusterTree) => objectsOf(t).filter(([f]) => f.startsWith('apps/'));
    expect(apps(tree)).toEqual(apps(kubernetes));
    expect(find(tree, 'Namespace', 'site-secrets')).toEqual(find(kubernetes, 'Namespace', 'site-secrets'));
    expect(find(kubernetes, 'Role', 'site-secrets-reader')).toBeDefined();
    expect(find(tree, 'Role', 'site-secrets-reader')).toBeUndefined();
  });

  it('defaults: the Infisical cloud API, the environment\'s root folder', () => {
    const s = siteWith((d) => (d.clusters[0].secrets = { store: 'infisical', projectSlug: 'p', environmentSlug: 'dev', credentials: 'c' }));
    const spec = find(treeOf(s), 'ClusterSecretStore', 'site-secrets')!.spec.provider.infisical;
    expect([spec.hostAPI, spec.secretsScope.secretsPath]).toEqual(['https://app.infisical.com/api', '/']);
  });
});
