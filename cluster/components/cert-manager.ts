/**
 * cert-manager: the chart with its CRDs; ClusterIssuers `letsencrypt-staging` and
 * `letsencrypt-production` solving DNS-01 with Cloudflare (token from a Secret referenced by name,
 * filled by an ExternalSecret when External Secrets is enabled), and a self-signed internal CA
 * (`internal-ca` ClusterIssuer) for in-cluster TLS.
 */
import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, ClusterIssuer } from '../../imports/k8s/cert-manager.io';
import { COMPONENT_NAMESPACES, NAMES } from '../context';
import { allowFromNodes, allowFromPrometheus, allowSameNamespace } from '../network-policy';
import { helmRelease } from '../release';
import { externalSecret } from '../secrets';
import { serviceMonitor } from './monitoring';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.certManager;

/** Container ports: the webhook (the chart's default, set explicitly) and the controller's metrics. */
export const CERT_MANAGER_PORTS = { webhook: 10250, metrics: 9402 } as const;

export const ACME_SERVERS = {
  [NAMES.letsencryptStaging]: 'https://acme-staging-v02.api.letsencrypt.org/directory',
  [NAMES.letsencryptProduction]: 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

/**
 * Public recursive resolvers for DNS-01: cert-manager finds the zone of a name (the SOA walk) and
 * checks the challenge record's propagation through them, never through the cluster's resolver,
 * which forwards to the site's DNS (a split view of the public zone, see infra/bootstrap/infranode.ts).
 */
export const DNS01_RECURSIVE_NAMESERVERS = ['1.1.1.1:53', '1.0.0.1:53'] as const;

export interface CertManagerProps extends ChartProps {
  /** DNS-01 with Cloudflare: resolve through public resolvers only (DNS01_RECURSIVE_NAMESERVERS). @default false */
  readonly dns01?: boolean;
}

export function certManagerValues({ dns01 }: CertManagerProps): HelmValues {
  return {
    crds: { enabled: true, keep: true },
    replicaCount: 1,
    prometheus: { enabled: true, servicemonitor: { enabled: false } },
    webhook: { securePort: CERT_MANAGER_PORTS.webhook },
    ...(dns01 ? { dns01RecursiveNameservers: DNS01_RECURSIVE_NAMESERVERS.join(','), dns01RecursiveNameserversOnly: true } : {}),
  };
}

/**
 * Who reaches cert-manager: its own pods (controller, cainjector, webhook: same namespace), the API
 * server on the webhook (every Certificate and Issuer goes through it, failurePolicy Fail),
 * Prometheus on the controller's metrics. DNS-01 with Cloudflare is egress only; no HTTP-01
 * solver pods are ever created.
 */
export function certManagerNetworkPolicies(scope: Construct, { labels, nodes, monitoring }: NetworkPolicyProps): void {
  allowSameNamespace(scope, NS, labels);
  allowFromNodes(scope, NS, nodes, [CERT_MANAGER_PORTS.webhook], labels);
  if (monitoring) allowFromPrometheus(scope, NS, [CERT_MANAGER_PORTS.metrics], labels);
}

/** The cert-manager chart. */
export class CertManager extends Construct {
  constructor(scope: Construct, id: string, props: CertManagerProps) {
    super(scope, id);
    helmRelease(this, props.release, { name: 'cert-manager', namespace: NS, values: certManagerValues(props) });
  }
}

export interface CertManagerIssuersProps extends ConfigsProps {
  /** The site's Cloudflare zone: Let's Encrypt issuers solving DNS-01 in it. @default none: only the internal CA */
  readonly zone?: string;
  /** The site's name, in the internal CA's common name. */
  readonly site: string;
}

/** The ClusterIssuers (Let's Encrypt with DNS-01, the internal CA and its certificate) and the controller's ServiceMonitor. */
export class CertManagerIssuers extends Construct {
  constructor(scope: Construct, id: string, { labels, monitoringLabels, externalSecrets, zone, site }: CertManagerIssuersProps) {
    super(scope, id);
    if (zone) {
      if (externalSecrets) externalSecret(this, { name: NAMES.cloudflareTokenSecret, namespace: NS, keys: [NAMES.cloudflareTokenKey], labels });
      for (const [name, server] of Object.entries(ACME_SERVERS)) {
        new ClusterIssuer(this, name, {
          metadata: { name, labels },
          spec: {
            acme: {
              server,
              privateKeySecretRef: { name: `${name}-account-key` },
              solvers: [
                {
                  selector: { dnsZones: [zone] },
                  dns01: { cloudflare: { apiTokenSecretRef: { name: NAMES.cloudflareTokenSecret, key: NAMES.cloudflareTokenKey } } },
                },
              ],
            },
          },
        });
      }
    }
    new ClusterIssuer(this, 'selfsigned', { metadata: { name: 'selfsigned', labels }, spec: { selfSigned: {} } });
    new Certificate(this, 'internal-ca-certificate', {
      metadata: { name: NAMES.internalCa, namespace: NS, labels },
      spec: {
        isCa: true,
        commonName: `${site} internal CA`,
        secretName: NAMES.internalCa,
        duration: '87600h',
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
        issuerRef: { kind: 'ClusterIssuer', name: 'selfsigned' },
      },
    });
    new ClusterIssuer(this, 'internal-ca', { metadata: { name: NAMES.internalCa, labels }, spec: { ca: { secretName: NAMES.internalCa } } });
    if (monitoringLabels) {
      serviceMonitor(this, {
        name: 'cert-manager',
        namespace: NS,
        selector: { 'app.kubernetes.io/name': 'cert-manager', 'app.kubernetes.io/component': 'controller' },
        port: 'tcp-prometheus-servicemonitor',
        labels: monitoringLabels,
      });
    }
  }
}
