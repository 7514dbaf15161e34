/**
 * Types of the policy pack: rules in the style of cdk-nag, each a pure function over one
 * synthesized object (a Kubernetes object of `dist/clusters/<cluster>/**.yaml`, or one block of a
 * `dist/terraform/<stack>/cdk.tf.json`) and a read-only context holding the other objects of the same
 * cluster or stack.
 */

export type Severity = 'error' | 'warning';

/** One problem a rule found in an object: what exactly is wrong (never a secret value). */
export interface RuleFinding {
  readonly detail: string;
}

/**
 * What a rule's `check` returns: a verdict, or the list of problems it found (an empty list is
 * compliant). `non-compliant` without details reports the rule's message alone.
 */
export type CheckResult = 'compliant' | 'non-compliant' | 'not-applicable' | readonly RuleFinding[];

interface RuleBase {
  /** `<area>/<RuleName>`, the id suppressions name (`policy.suppressions[].rule` in the site). */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what compliant output looks like. */
  readonly message: string;
  /** Why the rule exists, what it checks exactly, its exceptions and how to fix a finding. */
  readonly explanation: string;
}

/** A Kubernetes object as parsed from the YAML tree. */
export interface K8sObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly [key: string]: unknown;
}

/** Everything of one cluster, for rules that relate objects (NetworkPolicies, PDBs, HPAs). */
export interface K8sContext {
  readonly cluster: string;
  /** Every object of the cluster's tree (kustomize configs excluded), in file order. */
  readonly objects: readonly K8sObject[];
}

export interface K8sRule extends RuleBase {
  readonly area: 'k8s';
  check(obj: K8sObject, ctx: K8sContext): CheckResult;
}

export type TerraformBlockKind = 'resource' | 'data' | 'output' | 'provider' | 'variable';

/** One block of a stack's Terraform JSON. */
export interface TerraformBlock {
  readonly stack: string;
  readonly kind: TerraformBlockKind;
  /** Resource or data source type; `output` / `variable` for those; the provider name for providers. */
  readonly type: string;
  /** Block name; for a provider its alias, or its index among the provider's blocks. */
  readonly name: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** Every block of one stack, for rules over a stack as a whole (the Cloudflare zone of the edge stack). */
export interface TerraformContext {
  readonly stack: string;
  readonly blocks: readonly TerraformBlock[];
}

export interface TerraformRule extends RuleBase {
  readonly area: 'terraform';
  check(block: TerraformBlock, ctx: TerraformContext): CheckResult;
}

export type Rule = K8sRule | TerraformRule;

/** A finding of the pack. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** `terraform/<stack>/<address>` or `clusters/<cluster>/<Kind>/<namespace|_>/<name>`. */
  readonly object: string;
  /** The file under dist/ the object is in (`policy.suppressions[i]` for an unused suppression). */
  readonly file: string;
  /** The rule's message, then `: <detail>` when the rule said what exactly is wrong. */
  readonly message: string;
  readonly detail?: string;
}

/** A finding a suppression of the site accepted, with the suppression's reason. */
export interface SuppressedFinding extends Finding {
  readonly reason: string;
}

/** `policy.suppressions[]` of the site: one rule, one object (`*` matches any characters), a reason. */
export interface Suppression {
  readonly rule: string;
  readonly object: string;
  readonly reason: string;
}

export interface PolicyResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}
