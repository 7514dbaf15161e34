/**
 * The gates of a synth in this process: the policy pack and the secret scan run on every synth,
 * before anything is written; what they print; suppressions and warnings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { mockRender, resetMocks } from './mocks';
import { freshDir, rawTree, SITE, synth, tmp, useTempDir } from './harness';

jest.mock('../../synth/render', () => jest.requireActual('./mocks').renderModule());
jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();
afterEach(resetMocks);
beforeAll(() => {
  mockRender.memo = new Map();
});

/** A Namespace without Pod Security labels: the policy pack's k8s/NamespacePodSecurity fails on it. */
const PLANTED_NAMESPACE = ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: planted', ''].join('\n');
/** A Secret object with data: both the policy pack (k8s/NoSecretData) and the secret scan fail on it. */
const PLANTED_SECRET_OBJECT = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: planted', '  namespace: default', 'data:', '  token: aGVsbG8=', ''].join('\n');
/** An OpenSSH private key header and body, as a key leaked into a config file would look. */
const PLANTED_PRIVATE_KEY = ['# notes', 'key: |', '  -----BEGIN OPENSSH PRIVATE KEY-----', `  ${'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'}`, '  -----END OPENSSH PRIVATE KEY-----', ''].join('\n');

describe('gates: the policy pack and the secret scan run on every synth, before anything is written', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(() => {
    out = freshDir('gated');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    before = rawTree(out);
  });

  /** The default site with `policy` appended. */
  function siteWithPolicy(name: string, policy: string): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, `${fs.readFileSync(SITE, 'utf8')}\npolicy:\n${policy}`);
    return file;
  }

  test('a policy error fails the synth (exit 1), names the rule and the object, and writes nothing', () => {
    mockRender.extra = new Map([['clusters/microcloud/planted.yaml', PLANTED_NAMESPACE]]);
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      'synth failed: the output did not pass its gates (nothing written):',
      '  policy: 1 error, 0 warnings, 0 suppressed',
      '    error   k8s/NamespacePodSecurity clusters/microcloud/Namespace/_/planted: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): no pod-security.kubernetes.io/enforce label',
      '  fix the code or the site; or, where the finding is intended, add { rule, object, reason } to policy.suppressions in the site',
    ]);
    expect(rawTree(out)).toEqual(before);
  });

  test('both gates report everything they found at once; a suppression never silences the secret scan', () => {
    mockRender.extra = new Map([['clusters/microcloud/planted.yaml', PLANTED_SECRET_OBJECT]]);
    const site = siteWithPolicy('suppressed-secret.yaml', [
      '  suppressions:',
      '    - rule: k8s/NoSecretData',
      '      object: clusters/microcloud/Secret/default/planted',
      '      reason: the policy finding is suppressed, the secret scan still fails',
      '',
    ].join('\n'));
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      'synth failed: the output did not pass its gates (nothing written):',
      '  policy: 1 error, 0 warnings, 0 suppressed',
      '    error   k8s/NoSecretData clusters/microcloud/Secret/default/planted: No Secret objects with data or stringData in the GitOps tree: data holds 1 key(s): token',
      '  fix the code or the site; or, where the finding is intended, add { rule, object, reason } to policy.suppressions in the site',
      '  secret scan:',
      '    clusters/microcloud/planted.yaml:7:10  kubernetes-secret-data  aGVs…  literal value in the data of a Kubernetes Secret',
      '    1 possible secret in 1 file: never write a secret into dist/, write a reference (${random_password.x.result}, ${var.y}, a Kubernetes Secret by name)',
    ]);
    const suppressed = synth('--site', site, '--out', out);
    expect(suppressed.code).toBe(1);
    expect(suppressed.err.slice(1)).toEqual(r.err.slice(4));
    expect(rawTree(out)).toEqual(before);
  });

  test('a secret in any output file fails the synth (exit 1) with its file, line and column, and writes nothing', () => {
    mockRender.extra = new Map([['terraform/nodes/notes.yaml', PLANTED_PRIVATE_KEY]]);
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('synth failed: the output did not pass its gates (nothing written):');
    expect(r.err[1]).toBe('  secret scan:');
    expect(r.err[2]).toBe('    terraform/nodes/notes.yaml:3:3  openssh-private-key  ----…  OpenSSH private key');
    expect(r.err[r.err.length - 1]).toMatch(/^ {4}1 possible secret in 1 file: never write a secret into dist\//);
    expect(rawTree(out)).toEqual(before);
  });

  test('a suppressed finding passes, and the summary lists it with its reason', () => {
    mockRender.extra = new Map([['clusters/microcloud/planted.yaml', PLANTED_NAMESPACE]]);
    const site = siteWithPolicy('suppressed.yaml', [
      '  suppressions:',
      '    - rule: k8s/NamespacePodSecurity',
      '      object: clusters/microcloud/Namespace/_/planted',
      '      reason: planted by the test to check that suppressions are listed',
      '',
    ].join('\n'));
    const dir = freshDir();
    const r = synth('--site', site, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const i = r.out.indexOf('  policy: 0 errors, 0 warnings, 1 suppressed');
    expect(i).toBeGreaterThan(0);
    expect(r.out[i + 1]).toBe('    ignored k8s/NamespacePodSecurity clusters/microcloud/Namespace/_/planted: planted by the test to check that suppressions are listed');
    expect(r.out[i + 2]).toBe('  secrets: none found in the output');
  });

  test('a warning is printed on stderr and counted in the summary; the synth passes', () => {
    const site = siteWithPolicy('unused.yaml', [
      '  suppressions:',
      '    - rule: k8s/NoHostPath',
      '      object: clusters/microcloud/Deployment/nowhere/nothing',
      '      reason: a suppression that matches no finding at all',
      '',
    ].join('\n'));
    const dir = freshDir();
    const r = synth('--site', site, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'warning: policy/UnusedSuppression clusters/microcloud/Deployment/nowhere/nothing: Suppression matches no finding: k8s/NoHostPath reports nothing on clusters/microcloud/Deployment/nowhere/nothing; remove the suppression or fix its object',
    ]);
    expect(r.out).toContain('  policy: 0 errors, 1 warning, 0 suppressed');
    expect(r.out.filter((l) => l.includes('UnusedSuppression'))).toEqual([]);
  });

  test('warnings reach stderr even with --quiet', () => {
    const site = siteWithPolicy('unused-quiet.yaml', ['  suppressions:', '    - { rule: k8s/NoHostPath, object: nothing/at/all, reason: matches no finding at all }', ''].join('\n'));
    const r = synth('--site', site, '--out', freshDir(), '--quiet');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^warning: policy\/UnusedSuppression nothing\/at\/all: /);
  });
});
