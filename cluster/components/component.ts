/**
 * What a platform component is: constructs in the cdk8s-plus shape `(scope, id, props)`, one per
 * concept: the chart (GitOps layer `controllers`) and the custom resources needing its CRDs
 * (`configs`: issuers, pools, storage classes, rules...). Their props are the few values each
 * needs, resolved from the cluster's context in one place (index.ts); no construct reads the Site.
 */
import type { Labels, ReleaseTarget } from '../context';

/** Typed Helm values: an object of JSON values. */
export type HelmValues = { readonly [key: string]: unknown };

/** What every chart construct takes. */
export interface ChartProps {
  /** Where and how its chart is released: engine, pinned chart, labels. */
  readonly release: ReleaseTarget;
}

/** What every configs construct takes. */
export interface ConfigsProps {
  /** Labels of its objects (the component's). */
  readonly labels: Labels;
  /**
   * Labels of its ServiceMonitors and PodMonitors, when kube-prometheus-stack runs.
   * @default none: nothing scrapes the component, no monitor is added
   */
  readonly monitoringLabels?: Labels;
  /**
   * External Secrets runs: Secrets the component reads are filled by ExternalSecrets.
   * @default false: those Secrets are created by hand
   */
  readonly externalSecrets?: boolean;
}

/** What a component's allow rules (NetworkPolicies of its namespace, network-policy.ts) need. */
export interface NetworkPolicyProps {
  /** Labels of the policies (the component's). */
  readonly labels: Labels;
  /** Sources of connections from the nodes' host network (`nodeSources`): the API server calling webhooks, host clients. */
  readonly nodes: readonly string[];
  /** kube-prometheus-stack runs: Prometheus scrapes the component, Grafana queries it. @default false */
  readonly monitoring?: boolean;
}
