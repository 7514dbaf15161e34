/**
 * The policy pack on what the repository synthesizes: the default site and every example.
 * The snapshot is the report of which rules fail on the current output (nothing is suppressed here
 * unless the site itself suppresses it); when infra/ or cluster/ fix a finding, update it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { loadSiteFile } from '../../../../site';
import { renderSite } from '../../../../synth/render';
import { ALL_RULES, formatFindings, ruleCoverage, runPolicies, type PolicyResult } from '../../../../synth/gates/policy';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SITES = ['site.yaml', ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/${f}`)];

const results = new Map<string, PolicyResult>();
/** The same run on the renderer's objects (what synth does), instead of parsing the YAML. */
const fromObjects = new Map<string, PolicyResult>();
/** The rendered files and the site's suppressions, for the runs on edited trees. */
const trees = new Map<string, { files: Map<string, string>; suppressions: Parameters<typeof runPolicies>[1] }>();
beforeAll(() => {
  for (const file of SITES) {
    const { site } = loadSiteFile(path.join(ROOT, file));
    const rendered = renderSite(site);
    trees.set(file, { files: new Map(rendered.files), suppressions: site.spec.policy.suppressions });
    results.set(file, runPolicies(rendered.files, site.spec.policy.suppressions));
    fromObjects.set(file, runPolicies(rendered.files, site.spec.policy.suppressions, undefined, rendered.objects));
  }
});

describe.each(SITES)('policy pack on %s', (file) => {
  test('the same result from the rendered objects as from parsing the files', () => {
    expect(fromObjects.get(file)).toEqual(results.get(file));
  });

  test('findings (snapshot)', () => {
    const r = results.get(file)!;
    // Printed for the report; the snapshot pins them.
    process.stdout.write(`\n=== ${file}\n${formatFindings(r, { suppressed: true })}\n`);
    expect(r.findings.map((f) => `${f.severity} ${f.rule} ${f.object} [${f.file}]: ${f.message}`)).toMatchSnapshot();
    expect(r.suppressed.map((f) => `${f.rule} ${f.object}: ${f.reason}`)).toMatchSnapshot();
  });

  test('every finding names a rule of the pack (or an unused suppression), an object id of the right form and a rendered file', () => {
    // The sites render without findings (snapshot above): the form is checked on their tree with a
    // bare, privileged Deployment and a volume without prevent_destroy added, which both packs flag.
    const { files, suppressions } = trees.get(file)!;
    const edited = new Map(files);
    const cluster = /^clusters\/([^/]+)\//.exec([...edited.keys()].find((f) => f.startsWith('clusters/'))!)![1];
    const pod = { metadata: { labels: { app: 'bare' } }, spec: { containers: [{ name: 'bare', image: 'nginx:latest', securityContext: { privileged: true } }] } };
    edited.set(`clusters/${cluster}/apps/bare/deployment.yaml`, stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'bare', namespace: 'bare' }, spec: { selector: { matchLabels: { app: 'bare' } }, template: pod } }));
    edited.set('terraform/extra/cdk.tf.json', JSON.stringify({ resource: { libvirt_volume: { data: { name: 'data.qcow2' } } } }));
    const r = runPolicies(edited, suppressions);
    const all = [...r.findings, ...r.suppressed];
    expect([...new Set(all.map((f) => f.rule.split('/')[0]))].sort()).toEqual(['k8s', 'terraform']);
    expect(all.map((f) => f.object)).toEqual(expect.arrayContaining([`clusters/${cluster}/Deployment/bare/bare`, 'terraform/extra/libvirt_volume.data']));
    const ids = new Set([...ALL_RULES.map((x) => x.id), 'policy/UnusedSuppression']);
    for (const f of all) {
      expect(ids.has(f.rule)).toBe(true);
      if (f.rule === 'policy/UnusedSuppression') continue;
      expect(f.object).toMatch(/^(terraform\/[^/]+\/[^/]+|clusters\/[^/]+\/[A-Za-z]+\/[^/]+\/[^/]+)$/);
      expect(f.file.startsWith(f.object.split('/').slice(0, 2).join('/') + '/')).toBe(true);
    }
  });
});

describe('rule coverage: how many objects of each site every rule applies to (and fails on), before suppressions', () => {
  test.each(SITES)('%s', (file) => {
    const { site } = loadSiteFile(path.join(ROOT, file));
    const rendered = renderSite(site);
    const coverage = Object.fromEntries([...ruleCoverage(rendered.files, undefined, rendered.objects)].map(([id, c]) => [id, `${c.applicable} checked, ${c.failing} failing`]));
    expect(coverage).toMatchSnapshot();
  });
});
