/**
 * The platform components, in the order their files are listed. Each is enabled when the
 * cluster sets `components.<key>`; `privileged` namespaces are for node agents.
 */
import type { Construct } from 'constructs';
import type { ComponentName } from '../../site/schema';
import { CertManager } from './cert-manager';
import { CloudNativePg } from './cloudnative-pg';
import type { ComponentProps } from './component';
import { ExternalSecrets } from './external-secrets';
import { IngressNginx } from './ingress-nginx';
import { KubePrometheusStack } from './kube-prometheus-stack';
import { Loki } from './loki';
import { Longhorn } from './longhorn';
import { MetalLB } from './metallb';
import { Nfs } from './nfs';
import { Strimzi } from './strimzi';
import { Traefik } from './traefik';

export interface ComponentDef {
  readonly key: ComponentName;
  readonly construct: new (scope: Construct, id: string, props: ComponentProps) => Construct;
  /** Namespace needs the privileged Pod Security level (host networking, host paths). */
  readonly privileged?: boolean;
}

export const COMPONENTS: readonly ComponentDef[] = [
  { key: 'metallb', construct: MetalLB, privileged: true },
  { key: 'traefik', construct: Traefik },
  { key: 'ingressNginx', construct: IngressNginx },
  { key: 'certManager', construct: CertManager },
  { key: 'longhorn', construct: Longhorn, privileged: true },
  { key: 'nfs', construct: Nfs, privileged: true },
  { key: 'cloudnativePg', construct: CloudNativePg },
  { key: 'strimzi', construct: Strimzi },
  { key: 'kubePrometheusStack', construct: KubePrometheusStack, privileged: true },
  { key: 'loki', construct: Loki, privileged: true },
  { key: 'externalSecrets', construct: ExternalSecrets },
];
