/**
 * The DDNS updater of a site whose public address changes (`cloudflare.target: dynamic`):
 * favonia/cloudflare-ddns, run every 5 minutes by a CronJob in the cluster `cloudflare.ddns`
 * names. Each run detects the public IPv4 address (Cloudflare's trace endpoint, seen from the
 * site's connection), sets the A record of `cloudflare.ddns.name` to it when it differs, and exits.
 * That record is the updater's alone: Terraform and ExternalDNS write the hostnames as CNAMEs to
 * it, never its content. A CronJob rather than a long-running Deployment: the image has no shell
 * and serves nothing a probe could ask, and a failed run shows as a failed Job.
 * The API token is a Secret referenced by name (`cloudflare-api-token`, key `api-token`).
 */
import { Construct } from 'constructs';
import { KubeCronJob, Quantity } from 'cdk8s-plus-28/lib/imports/k8s';
import { allowEgressOnly, DNS_EGRESS, internetEgress } from '../network-policy';
import { COMPONENT_NAMESPACES, NAMES, type Labels } from '../context';
import { externalSecret } from '../secrets';
import { DDNS_UPDATER } from '../versions';

const NS = COMPONENT_NAMESPACES.ddns;
export const DDNS_NAME = 'cloudflare-ddns';
/** How often the updater checks the address. */
export const DDNS_SCHEDULE = '*/5 * * * *';
/** The user the image's binary runs as (it has no user of its own; the upstream compose file uses 1000:1000). */
const USER = 1000;

export interface DdnsUpdaterProps {
  readonly labels: Labels;
  /** The record it keeps at the public address. */
  readonly name: string;
}

/** The updater's environment (favonia/cloudflare-ddns settings). */
export function ddnsEnv(name: string): { name: string; value?: string; valueFrom?: object }[] {
  return [
    { name: 'CLOUDFLARE_API_TOKEN', valueFrom: { secretKeyRef: { name: NAMES.cloudflareTokenSecret, key: NAMES.cloudflareTokenKey } } },
    { name: 'DOMAINS', value: name },
    // Proxied like every public record of the site: the address stays hidden behind Cloudflare.
    { name: 'PROXIED', value: 'true' },
    { name: 'IP6_PROVIDER', value: 'none' },
    // One check per run; the CronJob is the schedule.
    { name: 'UPDATE_CRON', value: '@once' },
    { name: 'UPDATE_ON_START', value: 'true' },
    { name: 'RECORD_COMMENT', value: 'managed by sitekit (DDNS updater)' },
  ];
}

/** The Secret of the API token, filled from the site's secret store (External Secrets). */
export class DdnsSecrets extends Construct {
  constructor(scope: Construct, id: string, { labels }: { readonly labels: Labels }) {
    super(scope, id);
    externalSecret(this, { name: NAMES.cloudflareTokenSecret, namespace: NS, keys: [NAMES.cloudflareTokenKey], labels });
  }
}

/** The updater's CronJob. */
export class DdnsUpdater extends Construct {
  constructor(scope: Construct, id: string, { labels, name }: DdnsUpdaterProps) {
    super(scope, id);
    const selector = { 'app.kubernetes.io/name': DDNS_NAME };
    new KubeCronJob(this, 'updater', {
      metadata: { name: DDNS_NAME, namespace: NS, labels: { ...labels, ...selector } },
      spec: {
        schedule: DDNS_SCHEDULE,
        concurrencyPolicy: 'Forbid',
        successfulJobsHistoryLimit: 1,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: 1,
            activeDeadlineSeconds: 240,
            template: {
              metadata: { labels: { ...labels, ...selector } },
              spec: {
                restartPolicy: 'Never',
                automountServiceAccountToken: false,
                securityContext: { runAsNonRoot: true, runAsUser: USER, runAsGroup: USER, seccompProfile: { type: 'RuntimeDefault' } },
                containers: [
                  {
                    name: 'updater',
                    image: `${DDNS_UPDATER.image}:${DDNS_UPDATER.tag}`,
                    env: ddnsEnv(name),
                    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                    resources: {
                      requests: { cpu: Quantity.fromString('10m'), memory: Quantity.fromString('16Mi') },
                      limits: { cpu: Quantity.fromString('100m'), memory: Quantity.fromString('64Mi') },
                    },
                  },
                ],
              },
            },
          },
        },
      },
    });
  }
}

/** Nothing connects to the updater; it calls the cluster's DNS and, over HTTPS, Cloudflare (address detection and API). */
export function ddnsNetworkPolicies(scope: Construct, { labels }: { readonly labels: Labels }): void {
  allowEgressOnly(scope, NS, [DNS_EGRESS, internetEgress([443])], labels);
}
