/**
 * synth/gates/policy/index.ts: the rule catalogue, runPolicies (object ids, files, suppressions by rule
 * and object with `*` globs, unused suppressions), formatFindings, and suppressions written in a site.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { loadSite } from '../../../../site';
import { renderSite, toYaml } from '../../../../synth/render';
import { ALL_RULES, formatFindings, K8S_RULES, objectPattern, runPolicies, suppresses, TERRAFORM_RULES, UNUSED_SUPPRESSION, type Suppression } from '../../../../synth/gates/policy';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

describe('the rule catalogue', () => {
  test('ids are unique, <area>/<RuleName>, and accepted by the site schema for suppressions', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[a-z0-9-]+\/[A-Za-z0-9]+$/);
      expect(r.id.startsWith(`${r.area}/`)).toBe(true);
      expect(['error', 'warning']).toContain(r.severity);
      expect(r.message.length).toBeGreaterThan(10);
      expect(r.explanation.length).toBeGreaterThan(100);
    }
    expect(ALL_RULES).toEqual([...K8S_RULES, ...TERRAFORM_RULES]);
  });

  test('one rule per file: synth/gates/policy/<area>/<RuleName>.ts exports it under its name', () => {
    for (const r of ALL_RULES) {
      const [area, name] = r.id.split('/');
      const file = path.join(ROOT, 'synth', 'gates', 'policy', area, `${name}.ts`);
      expect({ id: r.id, exists: fs.existsSync(file) }).toEqual({ id: r.id, exists: true });
      // Through the same module path as the pack itself (jest maps it to the compiled module).
      expect(require(`../../../../synth/gates/policy/${area}/${name}`)[name]).toBe(r);
    }
  });

  test('the list of rules and severities', () => {
    expect(ALL_RULES.map((r) => `${r.id} (${r.severity})`)).toMatchInlineSnapshot(`
      [
        "k8s/ResourceRequests (error)",
        "k8s/MemoryLimits (error)",
        "k8s/CpuLimits (warning)",
        "k8s/ImageTagPinned (error)",
        "k8s/LivenessReadinessProbes (error)",
        "k8s/RunAsNonRoot (error)",
        "k8s/NoPrivilegeEscalation (error)",
        "k8s/DropAllCapabilities (error)",
        "k8s/ReadOnlyRootFilesystem (error)",
        "k8s/SeccompProfile (error)",
        "k8s/NoHostPath (error)",
        "k8s/NoHostNetwork (error)",
        "k8s/NoPrivilegedContainers (error)",
        "k8s/NamespacePodSecurity (error)",
        "k8s/DefaultDenyNetworkPolicy (error)",
        "k8s/PodDisruptionBudget (warning)",
        "k8s/NoSecretData (error)",
        "k8s/RetiredIngressNginx (warning)",
        "terraform/NoLiteralSecrets (error)",
        "terraform/SensitiveVariables (error)",
        "terraform/StatefulPreventDestroy (error)",
        "terraform/CloudflareZoneSecurity (error)",
        "terraform/FirewallDefaultDrop (error)",
        "terraform/SshPasswordLoginDisabled (error)",
      ]
    `);
  });
});

/** A small tree: one cluster with a privileged namespace, a Secret and a ClusterRole; one stack with a literal token. */
function tree(): Map<string, string> {
  const objects = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps', labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: 'apps' }, stringData: { password: 'x' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'other', namespace: 'apps' }, data: { token: 'eA==' } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] },
  ];
  const tf = { provider: { cloudflare: [{ api_token: 'literal-token' }] }, resource: { libvirt_pool: { pool: { name: 'p', lifecycle: { prevent_destroy: true } } } } };
  return new Map([
    ['clusters/c1/apps/things.yaml', toYaml(objects)],
    // kustomize's own config files are not Kubernetes objects
    ['clusters/c1/apps/kustomization.yaml', toYaml([{ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['things.yaml'] }])],
    ['terraform/edge/cdk.tf.json', JSON.stringify(tf)],
    ['README.md', 'not a synthesized object'],
  ]);
}

describe('runPolicies', () => {
  test('findings carry rule, severity, object id, file and message; sorted by file, object, rule', () => {
    expect(runPolicies(tree()).findings).toEqual([
      {
        rule: 'k8s/NamespacePodSecurity',
        severity: 'error',
        object: 'clusters/c1/Namespace/_/apps',
        file: 'clusters/c1/apps/things.yaml',
        message: 'Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): namespace apps enforces privileged, but no named exception covers it',
        detail: 'namespace apps enforces privileged, but no named exception covers it',
      },
      {
        rule: 'k8s/NoSecretData',
        severity: 'error',
        object: 'clusters/c1/Secret/apps/creds',
        file: 'clusters/c1/apps/things.yaml',
        message: 'No Secret objects with data or stringData in the GitOps tree: stringData holds 1 key(s): password',
        detail: 'stringData holds 1 key(s): password',
      },
      {
        rule: 'k8s/NoSecretData',
        severity: 'error',
        object: 'clusters/c1/Secret/apps/other',
        file: 'clusters/c1/apps/things.yaml',
        message: 'No Secret objects with data or stringData in the GitOps tree: data holds 1 key(s): token',
        detail: 'data holds 1 key(s): token',
      },
      {
        rule: 'terraform/NoLiteralSecrets',
        severity: 'error',
        object: 'terraform/edge/provider.cloudflare',
        file: 'terraform/edge/cdk.tf.json',
        message: 'No literal secrets in Terraform attributes or the documents they embed: api_token is a literal value',
        detail: 'api_token is a literal value',
      },
    ]);
  });

  test('a rule that says only non-compliant reports its message', () => {
    const rule = { ...K8S_RULES[0], check: () => 'non-compliant' as const };
    const files = new Map([['clusters/c/x.yaml', toYaml([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm', namespace: 'n' } }])]]);
    expect(runPolicies(files, [], [rule]).findings).toEqual([{ rule: rule.id, severity: rule.severity, object: 'clusters/c/ConfigMap/n/m', file: 'clusters/c/x.yaml', message: rule.message }]);
  });

  test('given the objects of a file (the renderer\'s), the rules read those, not the text', () => {
    const rule = { ...K8S_RULES[0], check: (o: { metadata?: { name?: string } }) => (o.metadata?.name === 'from-objects' ? ('non-compliant' as const) : ('compliant' as const)) };
    const files = new Map([['clusters/c/x.yaml', toYaml([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'from-text', namespace: 'n' } }])]]);
    const parsed = new Map([['clusters/c/x.yaml', [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'from-objects', namespace: 'n' } }]]]);
    expect(runPolicies(files, [], [rule]).findings).toEqual([]);
    expect(runPolicies(files, [], [rule], parsed).findings.map((f) => f.object)).toEqual(['clusters/c/ConfigMap/n/from-objects']);
  });

  test('the files of an area no given rule checks are not read', () => {
    const throwing = (area: string) => () => {
      throw new Error(`${area} file read`);
    };
    const files = new Map([
      ['clusters/c/x.yaml', 'a: [unclosed\n'],
      ['terraform/s/cdk.tf.json', '{ not json'],
    ]);
    const k8s = { ...K8S_RULES[0], check: throwing('k8s') };
    const terraform = { ...TERRAFORM_RULES[0], check: throwing('terraform') };
    expect(() => runPolicies(files, [], [k8s])).toThrow('policy: clusters/c/x.yaml does not parse as YAML: ');
    expect(() => runPolicies(new Map([...files].slice(1)), [], [terraform])).toThrow("Expected property name or '}' in JSON at position 2");
    expect(runPolicies(new Map([...files].slice(1)), [], [k8s]).findings).toEqual([]);
    expect(runPolicies(new Map([...files].slice(0, 1)), [], [terraform]).findings).toEqual([]);
  });

  test('a rule that throws names itself and the object', () => {
    const rule = {
      ...K8S_RULES[0],
      check: () => {
        throw new Error('boom');
      },
    };
    const files = new Map([['clusters/c/x.yaml', toYaml([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'm', namespace: 'n' } }])]]);
    expect(() => runPolicies(files, [], [rule])).toThrow(`policy rule ${rule.id} failed on clusters/c/ConfigMap/n/m: boom`);
  });

  test('suppressions: exact object, `*` glob; the reason travels with the finding; the rest stay findings', () => {
    const suppressions: Suppression[] = [
      { rule: 'k8s/NoSecretData', object: 'clusters/c1/Secret/apps/creds', reason: 'test fixture, the value is not a secret' },
      { rule: 'terraform/NoLiteralSecrets', object: 'terraform/*/provider.*', reason: 'throwaway token of a lab' },
    ];
    const r = runPolicies(tree(), suppressions);
    expect(r.findings.map((f) => `${f.rule} ${f.object}`)).toEqual(['k8s/NamespacePodSecurity clusters/c1/Namespace/_/apps', 'k8s/NoSecretData clusters/c1/Secret/apps/other']);
    expect(r.suppressed.map((f) => `${f.rule} ${f.object}: ${f.reason}`)).toEqual([
      'k8s/NoSecretData clusters/c1/Secret/apps/creds: test fixture, the value is not a secret',
      'terraform/NoLiteralSecrets terraform/edge/provider.cloudflare: throwaway token of a lab',
    ]);
  });

  test('a suppression covers one rule only, even on the same object', () => {
    const r = runPolicies(tree(), [{ rule: 'k8s/DefaultDenyNetworkPolicy', object: 'clusters/c1/Namespace/_/apps', reason: 'not the rule that fires here' }]);
    expect(r.findings.map((f) => f.rule)).toContain('k8s/NamespacePodSecurity');
    expect(r.suppressed).toEqual([]);
  });

  test('unused suppressions become warnings: no such finding, an unknown rule (with a guess), an object that is not there', () => {
    const r = runPolicies(tree(), [
      { rule: 'k8s/NoSecretData', object: 'clusters/c1/Secret/apps/*', reason: 'used: covers both Secrets' },
      { rule: 'k8s/NoSecretData', object: 'clusters/c1/Secret/apps/creds', reason: 'shadowed by the glob above' },
      { rule: 'k8s/NoSecretDatas', object: 'clusters/c1/Secret/apps/other', reason: 'a typo in the rule id' },
      { rule: 'k8s/ImageTagPinned', object: 'clusters/c9/*', reason: 'a cluster that does not exist' },
    ]);
    expect(r.suppressed).toHaveLength(2);
    expect(r.findings.filter((f) => f.rule === UNUSED_SUPPRESSION)).toEqual([
      {
        rule: UNUSED_SUPPRESSION,
        severity: 'warning',
        object: 'clusters/c1/Secret/apps/creds',
        file: 'policy.suppressions[1]',
        message: 'Suppression matches no finding: k8s/NoSecretData reports nothing on clusters/c1/Secret/apps/creds; remove the suppression or fix its object',
        detail: 'k8s/NoSecretData reports nothing on clusters/c1/Secret/apps/creds; remove the suppression or fix its object',
      },
      {
        rule: UNUSED_SUPPRESSION,
        severity: 'warning',
        object: 'clusters/c1/Secret/apps/other',
        file: 'policy.suppressions[2]',
        message: 'Suppression matches no finding: there is no rule k8s/NoSecretDatas (did you mean k8s/NoSecretData?); remove the suppression or fix its object',
        detail: 'there is no rule k8s/NoSecretDatas (did you mean k8s/NoSecretData?); remove the suppression or fix its object',
      },
      {
        rule: UNUSED_SUPPRESSION,
        severity: 'warning',
        object: 'clusters/c9/*',
        file: 'policy.suppressions[3]',
        message: 'Suppression matches no finding: k8s/ImageTagPinned reports nothing on clusters/c9/*; remove the suppression or fix its object',
        detail: 'k8s/ImageTagPinned reports nothing on clusters/c9/*; remove the suppression or fix its object',
      },
    ]);
  });

  test('object patterns: `*` spans any characters, everything else is literal', () => {
    expect(objectPattern('clusters/*/Namespace/_/csi-nfs').test('clusters/lab/Namespace/_/csi-nfs')).toBe(true);
    expect(objectPattern('terraform/nodes/libvirt_volume.worker1_disk-longhorn_*').test('terraform/nodes/libvirt_volume.worker1_disk-longhorn_DFFD2BF4')).toBe(true);
    expect(objectPattern('terraform/nodes/a.b').test('terraform/nodes/aXb')).toBe(false);
    expect(suppresses({ rule: 'k8s/X', object: 'clusters/*', reason: 'r' }, { rule: 'k8s/X', object: 'clusters/a/Kind/_/n' })).toBe(true);
    expect(suppresses({ rule: 'k8s/X', object: 'clusters/a/Kind/_/n', reason: 'r' }, { rule: 'k8s/X', object: 'clusters/a/Kind/_/n2' })).toBe(false);
    expect(suppresses({ rule: 'k8s/*', object: 'clusters/*', reason: 'r' }, { rule: 'k8s/X', object: 'clusters/a' })).toBe(false);
  });
});

describe('formatFindings', () => {
  test('a count line, one line per finding, suppressed ones with their reasons on request', () => {
    const r = runPolicies(tree(), [{ rule: 'k8s/NoSecretData', object: 'clusters/c1/Secret/apps/creds', reason: 'test fixture, the value is not a secret' }]);
    expect(formatFindings(r)).toBe(
      [
        'policy: 3 errors, 0 warnings, 1 suppressed',
        '  error   k8s/NamespacePodSecurity clusters/c1/Namespace/_/apps: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): namespace apps enforces privileged, but no named exception covers it',
        '  error   k8s/NoSecretData clusters/c1/Secret/apps/other: No Secret objects with data or stringData in the GitOps tree: data holds 1 key(s): token',
        '  error   terraform/NoLiteralSecrets terraform/edge/provider.cloudflare: No literal secrets in Terraform attributes or the documents they embed: api_token is a literal value',
      ].join('\n'),
    );
    expect(formatFindings(r, { suppressed: true, indent: '    ' }).split('\n').slice(-1)).toEqual(['    ignored k8s/NoSecretData clusters/c1/Secret/apps/creds: test fixture, the value is not a secret']);
    expect(formatFindings({ findings: [], suppressed: [] })).toBe('policy: 0 errors, 0 warnings, 0 suppressed');
  });
});

describe('suppressions written in a site (policy.suppressions)', () => {
  test('the default site with a suppression for a CPU-limit warning and a stale one', () => {
    const text = fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8');
    const policy = [
      'policy:',
      '  suppressions:',
      '    - rule: k8s/CpuLimits',
      '      object: clusters/microcloud/Deployment/socialdevs/*',
      '      reason: requests only, so that latency-sensitive apps are never CPU-throttled',
      '    - rule: k8s/NoHostPath',
      '      object: clusters/microcloud/DaemonSet/socialdevs/agent',
      '      reason: an agent that was removed since',
      '',
    ].join('\n');
    const { site } = loadSite(`${text}\n${policy}`, 'site.yaml');
    const files = new Map(renderSite(site).files);
    // The seed apps set CPU limits; a hand-added Deployment without one gets the warning to suppress.
    const backend = parse(files.get('clusters/microcloud/apps/socialdevs/backend.yaml')!.split('---\n').find((d) => /kind: Deployment/.test(d))!);
    backend.metadata.name = 'worker';
    for (const c of backend.spec.template.spec.containers) delete c.resources.limits.cpu;
    files.set('clusters/microcloud/apps/socialdevs/worker.yaml', stringify(backend));
    const r = runPolicies(files, site.spec.policy.suppressions);
    expect(r.suppressed.map((f) => `${f.rule} ${f.object}`)).toEqual(['k8s/CpuLimits clusters/microcloud/Deployment/socialdevs/worker']);
    expect(r.findings.filter((f) => f.rule === 'k8s/CpuLimits')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === UNUSED_SUPPRESSION).map((f) => `${f.file}: ${f.detail}`)).toEqual([
      'policy.suppressions[1]: k8s/NoHostPath reports nothing on clusters/microcloud/DaemonSet/socialdevs/agent; remove the suppression or fix its object',
    ]);
  });
});
