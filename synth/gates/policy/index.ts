/**
 * The sitekit policy pack (in the style of cdk-nag): rules over what a synth produces, run on the
 * rendered files (`renderSite(site).files`), with the site's suppressions.
 *
 *   const { findings, suppressed } = runPolicies(rendered.files, site.spec.policy.suppressions);
 *   console.log(formatFindings({ findings, suppressed }));
 *
 * Objects are named `terraform/<stack>/<address>` (`libvirt_volume.x`, `data.cloudflare_zone.zone`,
 * `output.bootstrap_gw`, `provider.proxmox`, `variable.token`) and
 * `clusters/<cluster>/<Kind>/<namespace>/<name>` (`_` as the namespace of cluster-scoped objects).
 * A suppression matches one rule id exactly and an object by its id, where `*` matches any
 * characters (`/` included). A suppression that matches nothing is reported as a warning
 * (policy/UnusedSuppression), so stale ones surface.
 */
import { parseAllDocuments } from 'yaml';
import { didYouMean } from '../../../site/errors';
import { CpuLimits } from './k8s/CpuLimits';
import { DefaultDenyNetworkPolicy } from './k8s/DefaultDenyNetworkPolicy';
import { DropAllCapabilities } from './k8s/DropAllCapabilities';
import { ImageTagPinned } from './k8s/ImageTagPinned';
import { LivenessReadinessProbes } from './k8s/LivenessReadinessProbes';
import { MemoryLimits } from './k8s/MemoryLimits';
import { NamespacePodSecurity } from './k8s/NamespacePodSecurity';
import { NoHostNetwork } from './k8s/NoHostNetwork';
import { NoHostPath } from './k8s/NoHostPath';
import { NoPrivilegedContainers } from './k8s/NoPrivilegedContainers';
import { NoPrivilegeEscalation } from './k8s/NoPrivilegeEscalation';
import { NoSecretData } from './k8s/NoSecretData';
import { PodDisruptionBudget } from './k8s/PodDisruptionBudget';
import { ReadOnlyRootFilesystem } from './k8s/ReadOnlyRootFilesystem';
import { RetiredIngressNginx } from './k8s/RetiredIngressNginx';
import { ResourceRequests } from './k8s/ResourceRequests';
import { RunAsNonRoot } from './k8s/RunAsNonRoot';
import { SeccompProfile } from './k8s/SeccompProfile';
import { addressOf, blocksOf } from './terraform/blocks';
import { CloudflareZoneSecurity } from './terraform/CloudflareZoneSecurity';
import { FirewallDefaultDrop } from './terraform/FirewallDefaultDrop';
import { NoLiteralSecrets } from './terraform/NoLiteralSecrets';
import { SensitiveVariables } from './terraform/SensitiveVariables';
import { SshPasswordLoginDisabled } from './terraform/SshPasswordLoginDisabled';
import { StatefulPreventDestroy } from './terraform/StatefulPreventDestroy';
import type { CheckResult, Finding, K8sContext, K8sObject, K8sRule, PolicyResult, Rule, SuppressedFinding, Suppression, TerraformBlock, TerraformContext, TerraformRule } from './types';

export * from './types';
export { HOST_ACCESS_EXCEPTIONS } from './k8s/exceptions';

export const K8S_RULES: readonly K8sRule[] = [
  ResourceRequests,
  MemoryLimits,
  CpuLimits,
  ImageTagPinned,
  LivenessReadinessProbes,
  RunAsNonRoot,
  NoPrivilegeEscalation,
  DropAllCapabilities,
  ReadOnlyRootFilesystem,
  SeccompProfile,
  NoHostPath,
  NoHostNetwork,
  NoPrivilegedContainers,
  NamespacePodSecurity,
  DefaultDenyNetworkPolicy,
  PodDisruptionBudget,
  NoSecretData,
  RetiredIngressNginx,
];

export const TERRAFORM_RULES: readonly TerraformRule[] = [NoLiteralSecrets, SensitiveVariables, StatefulPreventDestroy, CloudflareZoneSecurity, FirewallDefaultDrop, SshPasswordLoginDisabled];

export const ALL_RULES: readonly Rule[] = [...K8S_RULES, ...TERRAFORM_RULES];

/** Rule id of the warnings for suppressions that match no finding. */
export const UNUSED_SUPPRESSION = 'policy/UnusedSuppression';

/** A parsed Kubernetes object with where it came from. */
export interface K8sSubject {
  readonly id: string;
  readonly file: string;
  readonly cluster: string;
  readonly obj: K8sObject;
}

/** A Terraform block with where it came from. */
export interface TerraformSubject {
  readonly id: string;
  readonly file: string;
  readonly block: TerraformBlock;
}

/** `clusters/<cluster>/<Kind>/<namespace|_>/<name>`. */
export function k8sObjectId(cluster: string, obj: K8sObject): string {
  return `clusters/${cluster}/${obj.kind ?? '?'}/${obj.metadata?.namespace ?? '_'}/${obj.metadata?.name ?? '?'}`;
}

/** `terraform/<stack>/<address>`. */
export function terraformObjectId(block: TerraformBlock): string {
  return `terraform/${block.stack}/${addressOf(block)}`;
}

/**
 * The Kubernetes objects of a file (kustomize's own `kustomization.yaml` configs and documents that
 * are not objects left out): `parsed`'s when it has the file (the renderer's own objects, equal to
 * what the YAML parses back to), else parsed from the text. A file that does not parse is an error
 * naming it, after `who` (the check that read it).
 */
export function k8sObjectsOfFile(file: string, text: string, parsed?: ReadonlyMap<string, readonly unknown[]>, who = 'policy'): (K8sObject & { readonly kind: string })[] {
  const known = parsed?.get(file);
  const values: unknown[] = known ? [...known] : [];
  if (!known) {
    for (const doc of parseAllDocuments(text)) {
      if (Array.isArray(doc)) continue; // an empty stream
      if (doc.errors.length) throw new Error(`${who}: ${file} does not parse as YAML: ${doc.errors[0].message}`);
      values.push(doc.toJS());
    }
  }
  return values.filter((o): o is K8sObject & { readonly kind: string } => {
    const obj = o as K8sObject | null;
    return !!obj && typeof obj === 'object' && typeof obj.kind === 'string' && !(typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('kustomize.config.k8s.io/'));
  });
}

/** Kubernetes objects of the rendered files, by cluster (kustomize's own `kustomization.yaml` configs left out). */
export function k8sSubjects(files: ReadonlyMap<string, string>, parsed?: ReadonlyMap<string, readonly unknown[]>): Map<string, K8sSubject[]> {
  const byCluster = new Map<string, K8sSubject[]>();
  for (const [file, text] of files) {
    const m = /^clusters\/([^/]+)\/.+\.ya?ml$/.exec(file);
    if (!m) continue;
    const cluster = m[1];
    for (const obj of k8sObjectsOfFile(file, text, parsed)) {
      const list = byCluster.get(cluster) ?? [];
      list.push({ id: k8sObjectId(cluster, obj), file, cluster, obj });
      byCluster.set(cluster, list);
    }
  }
  return byCluster;
}

/** Terraform blocks of the rendered files, by stack. */
export function terraformSubjects(files: ReadonlyMap<string, string>): Map<string, TerraformSubject[]> {
  const byStack = new Map<string, TerraformSubject[]>();
  for (const [file, text] of files) {
    const m = /^terraform\/([^/]+)\/cdk\.tf\.json$/.exec(file);
    if (!m) continue;
    const blocks = blocksOf(m[1], JSON.parse(text));
    byStack.set(
      m[1],
      blocks.map((block) => ({ id: terraformObjectId(block), file, block })),
    );
  }
  return byStack;
}

function toFindings(rule: Rule, result: CheckResult, object: string, file: string): Finding[] {
  if (result === 'compliant' || result === 'not-applicable') return [];
  const base = { rule: rule.id, severity: rule.severity, object, file };
  if (result === 'non-compliant') return [{ ...base, message: rule.message }];
  return result.map((f) => ({ ...base, message: `${rule.message}: ${f.detail}`, detail: f.detail }));
}

function run<T>(rule: Rule, id: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new Error(`policy rule ${rule.id} failed on ${id}: ${(e as Error).message}`);
  }
}

/**
 * Runs every rule on every object of its area, cluster by cluster and stack by stack. The files of
 * an area no rule checks are not read.
 */
function evaluate(files: ReadonlyMap<string, string>, rules: readonly Rule[], visit: (rule: Rule, subject: { id: string; file: string }, result: CheckResult) => void, parsed?: ReadonlyMap<string, readonly unknown[]>): void {
  const none = new Map<string, never[]>();
  for (const [cluster, subjects] of rules.some((r) => r.area === 'k8s') ? k8sSubjects(files, parsed) : none) {
    const ctx: K8sContext = { cluster, objects: subjects.map((s) => s.obj) };
    for (const rule of rules) if (rule.area === 'k8s') for (const s of subjects) visit(rule, s, run(rule, s.id, () => rule.check(s.obj, ctx)));
  }
  for (const [stack, subjects] of rules.some((r) => r.area === 'terraform') ? terraformSubjects(files) : none) {
    const ctx: TerraformContext = { stack, blocks: subjects.map((s) => s.block) };
    for (const rule of rules) if (rule.area === 'terraform') for (const s of subjects) visit(rule, s, run(rule, s.id, () => rule.check(s.block, ctx)));
  }
}

/** Escapes a suppression's object pattern into a RegExp: `*` matches any characters, everything else itself. */
export function objectPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
}

/** True when the suppression covers the finding: same rule id, object id matched by the (globbed) object. */
export function suppresses(s: Suppression, f: Pick<Finding, 'rule' | 'object'>): boolean {
  return s.rule === f.rule && (s.object.includes('*') ? objectPattern(s.object).test(f.object) : s.object === f.object);
}

const order = (a: Finding, b: Finding) => {
  for (const k of ['file', 'object', 'rule'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return 0;
};

/**
 * Runs the rules over the rendered files. Findings a suppression covers go to `suppressed` (with
 * its reason); each suppression that covers nothing becomes a `policy/UnusedSuppression` warning.
 * Both lists are sorted by file, object and rule (a rule's findings on one object stay in its
 * order); unused-suppression warnings come last, in the order of the suppressions.
 */
export function runPolicies(files: ReadonlyMap<string, string>, suppressions: readonly Suppression[] = [], rules: readonly Rule[] = ALL_RULES, parsed?: ReadonlyMap<string, readonly unknown[]>): PolicyResult {
  const raw: Finding[] = [];
  evaluate(files, rules, (rule, subject, result) => raw.push(...toFindings(rule, result, subject.id, subject.file)), parsed);
  const used = new Set<number>();
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of raw) {
    const i = suppressions.findIndex((s) => suppresses(s, f));
    if (i < 0) {
      findings.push(f);
      continue;
    }
    used.add(i);
    suppressed.push({ ...f, reason: suppressions[i].reason });
  }
  findings.sort(order);
  const ids = rules.map((r) => r.id);
  suppressions.forEach((s, i) => {
    if (used.has(i)) return;
    let why: string;
    if (!ids.includes(s.rule)) {
      const guess = didYouMean(s.rule, ids);
      why = `there is no rule ${s.rule}${guess ? ` (did you mean ${guess}?)` : ''}`;
    } else {
      why = `${s.rule} reports nothing on ${s.object}`;
    }
    const detail = `${why}; remove the suppression or fix its object`;
    findings.push({ rule: UNUSED_SUPPRESSION, severity: 'warning', object: s.object, file: `policy.suppressions[${i}]`, message: `Suppression matches no finding: ${detail}`, detail });
  });
  return { findings, suppressed: suppressed.sort(order) };
}

/** How many objects a rule applied to (checked, not `not-applicable`) and how many of them it found at fault. */
export interface RuleCoverage {
  readonly applicable: number;
  readonly failing: number;
}

/**
 * Per rule, on the rendered files: how many objects it applied to and how many failed (before
 * suppressions). A rule that applies to nothing on a site that has such objects is a broken rule.
 * `parsed`: as for runPolicies.
 */
export function ruleCoverage(files: ReadonlyMap<string, string>, rules: readonly Rule[] = ALL_RULES, parsed?: ReadonlyMap<string, readonly unknown[]>): Map<string, RuleCoverage> {
  const out = new Map<string, { applicable: number; failing: number }>(rules.map((r) => [r.id, { applicable: 0, failing: 0 }]));
  evaluate(files, rules, (rule, _subject, result) => {
    if (result === 'not-applicable') return;
    const c = out.get(rule.id)!;
    c.applicable++;
    if (result === 'non-compliant' || (Array.isArray(result) && result.length)) c.failing++;
  }, parsed);
  return out;
}

/** Number of findings of each severity. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The result as text for the synth summary: a count line, then one line per finding
 * (`error   <rule> <object>: <message>`), then, with `suppressed: true`, the suppressed ones
 * with their reasons. Lines are indented by `indent` (default two spaces); no trailing newline.
 */
export function formatFindings(result: PolicyResult, opts: { indent?: string; suppressed?: boolean } = {}): string {
  const indent = opts.indent ?? '  ';
  const { errors, warnings } = countFindings(result.findings);
  const lines = [`policy: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${result.suppressed.length} suppressed`];
  for (const f of result.findings) lines.push(`${indent}${f.severity.padEnd(7)} ${f.rule} ${f.object}: ${f.message}`);
  if (opts.suppressed) for (const f of result.suppressed) lines.push(`${indent}${'ignored'.padEnd(7)} ${f.rule} ${f.object}: ${f.reason}`);
  return lines.join('\n');
}
