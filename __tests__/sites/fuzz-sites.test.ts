/**
 * Property test: random VALID sites (see fuzz-arbitrary.ts) load from YAML text, render, and
 * everything rendered passes the validators the repository has: the provider schemas (Terraform),
 * the CRD schemas and Kubernetes types (cluster objects), the policy pack (no error findings) and
 * the secret scanner (nothing); rendering twice gives byte-identical files.
 *
 * Reproducible: a fixed seed (FUZZ_SEED=<n> to change it; fast-check prints the seed and the path
 * of a failure), FUZZ_RUNS=<n> for more or fewer sites, FUZZ_SHRINK=1 to shrink a failure.
 */
import * as fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { CrdValidator } from '../support/validators/k8s/crd';
import { K8sTypeValidator } from '../support/validators/k8s/k8s-types';
import { formatViolation, schemaLookup, validateTerraformJson } from '../support/validators/terraform-schema';
import { loadSite, SiteError } from '../../site';
import { ARGOCD_VALUES_FILE } from '../../cluster/argocd-install';
import { runPolicies } from '../../synth/gates/policy';
import { renderSite } from '../../synth/render';
import { scanSecrets } from '../../synth/gates/secrets';
import { buildSite, fuzzParams, sitePlan, type SitePlan } from './fuzz-arbitrary';

const crds = new CrdValidator();
const core = new K8sTypeValidator();
const lookup = schemaLookup();

/** Every problem the validators find in rendered files (empty when all pass). */
function problemsOf(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  let checkedTf = 0;
  let checkedK8s = 0;
  for (const [file, text] of files) {
    if (file.endsWith('.tf.json')) {
      const result = validateTerraformJson(JSON.parse(text), lookup);
      problems.push(...result.violations.map((v) => `${file}: ${formatViolation(v)}`));
      checkedTf += result.checked.length;
      problems.push(...result.unchecked.map((u) => `${file}: ${u.address}: not validated: ${u.reason}`));
    } else if (file.startsWith('clusters/') && !file.endsWith('kustomization.yaml') && !file.endsWith(`/argocd/${ARGOCD_VALUES_FILE}`)) {
      // (The Argo CD chart values are Helm values, not an object.)
      for (const doc of parseAllDocuments(text)) {
        if (Array.isArray(doc)) continue;
        if (doc.errors.length) problems.push(`${file}: does not parse: ${doc.errors[0].message}`);
        const o = doc.toJS();
        if (!o) continue;
        const c = crds.validate(o);
        const k = core.validate(o);
        checkedK8s++;
        if (!c.known && !k.known) problems.push(`${file}: unknown ${o.apiVersion} ${o.kind}`);
        problems.push(...[...c.errors, ...k.errors].map((e) => `${file}: ${o.kind} ${o.metadata?.name}: ${e}`));
      }
    }
  }
  if (checkedTf === 0) problems.push('no Terraform resource was checked against a provider schema');
  if (checkedK8s === 0) problems.push('no Kubernetes object was checked');
  return problems;
}

/** Loads the site from its YAML text, with the SiteError's message in the failure. */
function load(text: string) {
  try {
    return loadSite(text, 'fuzz.yaml');
  } catch (e) {
    if (e instanceof SiteError) throw new Error(`the generated site does not load:\n${e.message}\n--- site ---\n${text}`);
    throw e;
  }
}

/** The property: loads, renders, validates and renders again a site of the plan. Returns its node count. */
function checkSite(plan: SitePlan): number {
  const text = stringify(buildSite(plan));
  const { site, warnings } = load(text);
  expect(warnings).toEqual([]);
  const first = renderSite(site).files;
  expect(problemsOf(first)).toEqual([]);

  const policy = runPolicies(first, site.spec.policy.suppressions);
  expect(policy.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.object}: ${f.message}`)).toEqual([]);
  expect(scanSecrets(first).map((f) => `${f.file}:${f.line}:${f.column}: ${f.kind}`)).toEqual([]);

  // Determinism: a second load and render of the same text, byte for byte.
  const second = renderSite(load(text).site).files;
  expect([...second.keys()]).toEqual([...first.keys()]);
  for (const [file, content] of first) if (second.get(file) !== content) throw new Error(`${file} differs between two renders`);
  return site.nodes.length;
}

describe('the generator', () => {
  // Coverage of the generator itself: over the runs of the property, each shape turns up.
  test('draws both hypervisors, every network kind, each role, 1-3 clusters, Cloudflare and S3, small and large sites', () => {
    const seen = new Set<string>();
    const sizes: number[] = [];
    fc.assert(
      fc.property(sitePlan, (plan: SitePlan) => {
        const doc = buildSite(plan);
        const { site } = load(stringify(doc));
        seen.add(site.spec.hypervisor.kind);
        for (const n of site.networks) seen.add(`net:${site.spec.hypervisor.kind}:${n.kind}`);
        for (const n of site.nodes) seen.add(`role:${n.role}`);
        for (const n of site.nodes) if (n.tunnel) seen.add(n.tunnel.allowFrom ? 'tunnel:restricted' : 'tunnel:open');
        seen.add(`clusters:${site.clusters.length}`);
        if (site.spec.cloudflare) seen.add(`cloudflare:${ip4(site.spec.cloudflare.target) ? 'address' : 'gateway'}`);
        seen.add(`backend:${site.spec.terraform.backend.kind}`);
        for (const c of site.clusters) {
          if (c.apiVip) seen.add('apiVip');
          if (c.ingress?.vip) seen.add('ingress:vip');
          if (c.ingress?.address) seen.add('ingress:address');
          for (const k of Object.keys(c.components)) seen.add(`component:${k}`);
        }
        sizes.push(site.nodes.length);
      }),
      { seed: 1, numRuns: 200 },
    );
    const expected = [
      'libvirt', 'proxmox',
      'net:libvirt:bridge', 'net:libvirt:nat', 'net:libvirt:vlan', 'net:libvirt:wireguard', 'net:proxmox:bridge', 'net:proxmox:vlan', 'net:proxmox:wireguard',
      'role:server', 'role:agent', 'role:storage', 'role:loadbalancer', 'role:database', 'role:infra', 'role:gateway', 'role:generic',
      'clusters:1', 'clusters:2', 'clusters:3', 'cloudflare:address', 'cloudflare:gateway', 'backend:local', 'backend:s3',
      'apiVip', 'ingress:vip', 'ingress:address', 'tunnel:open', 'tunnel:restricted',
      'component:metallb', 'component:traefik', 'component:ingressNginx', 'component:certManager', 'component:longhorn', 'component:nfs', 'component:cloudnativePg',
      'component:strimzi', 'component:kubePrometheusStack', 'component:loki', 'component:externalSecrets',
    ];
    expect(expected.filter((e) => !seen.has(e))).toEqual([]);
    expect(Math.min(...sizes)).toBeLessThanOrEqual(5);
    expect(Math.max(...sizes)).toBe(100);
  });
});

const ip4 = (s: string) => /^\d+\.\d+\.\d+\.\d+$/.test(s);

describe('random valid sites', () => {
  test('load from YAML, render, pass every validator, and render byte-identically twice', () => {
    fc.assert(
      fc.property(sitePlan, (plan: SitePlan) => {
        checkSite(plan);
      }),
      fuzzParams(20),
    );
  });

  // Pinned, so that every run covers both ends whatever the seed draws.
  const [plan] = fc.sample(sitePlan, { seed: 7, numRuns: 1 });

  test('the smallest site: one k3s server and nothing else', () => {
    const tiny: SitePlan = { ...plan, networks: ['bridge'], loadbalancers: 0, infra: 0, database: false, gateway: false, generic: 0, cloudflare: 'none', clusters: [{ ...plan.clusters[0], servers: 1, agents: 0, storage: 0, ingress: 'none', pool: false }] };
    expect(checkSite(tiny)).toBe(1);
  });

  test('the largest site: 100 nodes, 3 clusters, every role and component', () => {
    const big: SitePlan = {
      ...plan,
      hypervisor: 'libvirt',
      networks: ['nat', 'bridge', 'vlan'],
      loadbalancers: 2,
      infra: 1,
      database: true,
      gateway: true,
      generic: 1,
      cloudflare: 'gateway',
      clusters: [0, 1, 2].map((i) => ({ ...plan.clusters[0], network: i, servers: 3 as const, agents: 40, storage: 1, apiVip: true, ingress: 'vip' as const, longhorn: true, extras: plan.clusters[0].extras.map(() => true) })),
    };
    expect(checkSite(big)).toBe(100);
  });
});
