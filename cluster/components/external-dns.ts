/**
 * ExternalDNS (kubernetes-sigs/external-dns chart): writes the Cloudflare records of the public
 * hostnames the site gives it (`cloudflare.hostnames[].dns: externalDns`), read from the routes
 * that serve them (routes.ts: a Traefik IngressRoute, or an Ingress for ingress-nginx).
 *
 * - Only routes annotated `sitekit.dev/public-dns: external-dns` are read (`annotationFilter`):
 *   the internal routes and the names Terraform writes carry no such annotation.
 * - Each route names its record's content (`external-dns.alpha.kubernetes.io/target`): the site's
 *   public address (an A record), or with a dynamic target the DDNS updater's name (a CNAME).
 * - Policy `sync`: a record whose route goes away is deleted, as Terraform deletes the record of
 *   a removed hostname. The TXT registry (owner `txtOwnerId`, one per site and cluster) limits
 *   that to records this instance created: records of Terraform, of the DDNS updater or of
 *   another cluster have no TXT record of this owner and are never touched.
 * - Records are proxied (`--cloudflare-proxied`), like the edge stack's.
 * The API token is a Secret referenced by name (`cloudflare-api-token`, key `api-token`).
 */
import { Construct } from 'constructs';
import { IntOrString } from 'cdk8s-plus-28/lib/imports/k8s';
import { KUBE_API_PORT } from '../../site/ports';
import { allowEgressOnly, DNS_EGRESS, internetEgress } from '../network-policy';
import { COMPONENT_NAMESPACES, NAMES } from '../context';
import { helmRelease } from '../release';
import { externalSecret } from '../secrets';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.externalDns;

/** The annotation (and value) that marks a route whose hostname ExternalDNS publishes. */
export const PUBLIC_DNS_ANNOTATION = { key: 'sitekit.dev/public-dns', value: 'external-dns' } as const;
/** The annotation that sets the content of a route's record. */
export const TARGET_ANNOTATION = 'external-dns.alpha.kubernetes.io/target';


export interface ExternalDnsProps extends ChartProps {
  /** The Cloudflare zone: the only domain it writes in (`domainFilters`). */
  readonly zone: string;
  /** Owner of its TXT records: `<site>-<cluster>`. */
  readonly owner: string;
  /** The cluster's ingress controller, whose routes it reads. */
  readonly controller: 'traefik' | 'nginx';
  /** External Secrets fills the token's Secret (a prerequisite): the release does not wait for its pod. @default false */
  readonly externalSecrets?: boolean;
}

export interface ExternalDnsNetworkPolicyProps extends NetworkPolicyProps {
  /** Addresses of the cluster's servers: the API server's endpoints. */
  readonly apiServers: readonly string[];
}

export function externalDnsValues({ zone, owner, controller }: ExternalDnsProps): HelmValues {
  return {
    provider: { name: 'cloudflare' },
    env: [{ name: 'CF_API_TOKEN', valueFrom: { secretKeyRef: { name: NAMES.cloudflareTokenSecret, key: NAMES.cloudflareTokenKey } } }],
    sources: [controller === 'traefik' ? 'traefik-proxy' : 'ingress'],
    annotationFilter: `${PUBLIC_DNS_ANNOTATION.key}=${PUBLIC_DNS_ANNOTATION.value}`,
    domainFilters: [zone],
    policy: 'sync',
    registry: 'txt',
    txtOwnerId: owner,
    // The traefik-proxy source reads traefik.io IngressRoutes only (the traefik.containo.us group is off by default in 0.21).
    extraArgs: ['--cloudflare-proxied'],
    resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { memory: '128Mi' } },
  };
}

/**
 * Nothing connects to ExternalDNS (the kubelet's probes come from its node, which policies do not
 * stop): the namespace denies all ingress. Its egress is limited to what it calls: the cluster's
 * DNS, the API server on the servers, and the Cloudflare API (HTTPS to public addresses).
 */
export function externalDnsNetworkPolicies(scope: Construct, { labels, apiServers }: ExternalDnsNetworkPolicyProps): void {
  allowEgressOnly(scope, NS, [
    DNS_EGRESS,
    { to: apiServers.map((a) => ({ ipBlock: { cidr: `${a}/32` } })), ports: [{ port: IntOrString.fromNumber(KUBE_API_PORT), protocol: 'TCP' }] },
    internetEgress([443]),
  ], labels);
}

/** The ExternalDNS chart. */
export class ExternalDns extends Construct {
  constructor(scope: Construct, id: string, props: ExternalDnsProps) {
    super(scope, id);
    helmRelease(this, props.release, { name: 'external-dns', namespace: NS, values: externalDnsValues(props), disableWait: !!props.externalSecrets });
  }
}

/** The Secret of the API token, filled from the site's secret store. */
export class ExternalDnsSecrets extends Construct {
  constructor(scope: Construct, id: string, { labels }: Pick<ConfigsProps, 'labels'>) {
    super(scope, id);
    externalSecret(this, { name: NAMES.cloudflareTokenSecret, namespace: NS, keys: [NAMES.cloudflareTokenKey], labels });
  }
}
