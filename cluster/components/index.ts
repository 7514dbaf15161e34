/**
 * The platform components, in the order their files are listed. Each is enabled when the
 * cluster sets `components.<key>`, or always (context.ts ALWAYS_ON: the system-upgrade-controller);
 * `privileged` namespaces are for node agents.
 */
import type { Construct } from 'constructs';
import type { ClusterContext, ComponentKey } from '../context';
import { CertManager, certManagerNetworkPolicies } from './cert-manager';
import { CloudNativePg, cloudnativePgNetworkPolicies } from './cloudnative-pg';
import type { ComponentProps } from './component';
import { ExternalSecrets, externalSecretsNetworkPolicies, externalSecretsPrerequisites } from './external-secrets';
import { IngressNginx, ingressNginxNetworkPolicies } from './ingress-nginx';
import { KubePrometheusStack, kubePrometheusStackNetworkPolicies, kubePrometheusStackPrerequisites } from './kube-prometheus-stack';
import { Loki, lokiNetworkPolicies } from './loki';
import { Longhorn, longhornNetworkPolicies } from './longhorn';
import { MetalLB, metallbNetworkPolicies, metallbPrerequisites } from './metallb';
import { Nfs } from './nfs';
import { Strimzi } from './strimzi';
import { SystemUpgrade } from './system-upgrade';
import { Traefik, traefikNetworkPolicies } from './traefik';

export interface ComponentDef {
  readonly key: ComponentKey;
  readonly construct: new (scope: Construct, id: string, props: ComponentProps) => Construct;
  /** Namespace needs the privileged Pod Security level (host networking, host paths). */
  readonly privileged?: boolean;
  /**
   * The allow rules of the component's namespace (`infrastructure/controllers/<ns>/network-policy.yaml`),
   * on top of its default-deny. None: the namespace only denies.
   */
  readonly networkPolicies?: (scope: Construct, ctx: ClusterContext) => void;
  /**
   * The chart keeps data in volumes of its namespace (Longhorn's volumes, Prometheus', Loki's):
   * the Namespace is never pruned (cluster/stateful.ts), since deleting it deletes them.
   */
  readonly keepsData?: boolean;
  /**
   * Custom resources the component's own chart (or another chart of the controllers layer) needs
   * before its pods or Services can be ready: a MetalLB pool for a LoadBalancer Service, the
   * Secrets a chart's pods read. With Flux they go with the configs layer (the HelmReleases that
   * need them do not wait, release.ts `disableWait`); with Argo CD, whose waves wait for health,
   * the controllers layer syncs them in a wave between the charts installing their CRDs and the
   * charts needing them (app.ts).
   */
  readonly prerequisites?: (scope: Construct, ctx: ClusterContext) => void;
}

export const COMPONENTS: readonly ComponentDef[] = [
  { key: 'metallb', construct: MetalLB, privileged: true, networkPolicies: metallbNetworkPolicies, prerequisites: metallbPrerequisites },
  { key: 'traefik', construct: Traefik, networkPolicies: traefikNetworkPolicies },
  { key: 'ingressNginx', construct: IngressNginx, networkPolicies: ingressNginxNetworkPolicies },
  { key: 'certManager', construct: CertManager, networkPolicies: certManagerNetworkPolicies },
  { key: 'longhorn', construct: Longhorn, privileged: true, networkPolicies: longhornNetworkPolicies, keepsData: true },
  // csi-driver-nfs runs only hostNetwork pods, which policies do not apply to: the namespace just denies.
  { key: 'nfs', construct: Nfs, privileged: true },
  { key: 'cloudnativePg', construct: CloudNativePg, networkPolicies: cloudnativePgNetworkPolicies },
  // The cluster operator serves nothing anyone calls (no webhooks, metrics not scraped): the namespace just denies.
  { key: 'strimzi', construct: Strimzi },
  { key: 'kubePrometheusStack', construct: KubePrometheusStack, privileged: true, networkPolicies: kubePrometheusStackNetworkPolicies, keepsData: true, prerequisites: kubePrometheusStackPrerequisites },
  { key: 'loki', construct: Loki, privileged: true, networkPolicies: lokiNetworkPolicies, keepsData: true },
  { key: 'externalSecrets', construct: ExternalSecrets, networkPolicies: externalSecretsNetworkPolicies, prerequisites: externalSecretsPrerequisites },
  // The upgrade Jobs run privileged on the host network; the controller serves nothing: the namespace just denies.
  { key: 'systemUpgrade', construct: SystemUpgrade, privileged: true },
];
