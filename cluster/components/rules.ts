/**
 * Alerting rules for the platform, as plain Prometheus rule groups (the `spec.groups` of a
 * PrometheusRule). Tests run `promtool check rules` on exactly these groups. Resolved from the
 * cluster's context by the builder (index.ts) for the PlatformRules construct.
 */
import type { ClusterContext } from '../context';

export interface Rule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
}

export interface RuleGroup {
  readonly name: string;
  readonly rules: readonly Rule[];
}

const warning = { severity: 'warning' };
const critical = { severity: 'critical' };

/** Rule groups for the components the cluster enables. */
export function platformRuleGroups(ctx: ClusterContext): RuleGroup[] {
  const groups: RuleGroup[] = [];
  if (ctx.has('longhorn')) {
    groups.push({
      name: 'sitekit.longhorn',
      rules: [
        {
          alert: 'LonghornVolumeDegraded',
          expr: 'longhorn_volume_robustness == 2',
          for: '10m',
          labels: warning,
          annotations: { summary: 'Longhorn volume {{ $labels.volume }} is degraded', description: 'Volume {{ $labels.volume }} runs with fewer healthy replicas than configured for 10 minutes.' },
        },
        {
          alert: 'LonghornVolumeFaulted',
          expr: 'longhorn_volume_robustness == 3',
          for: '2m',
          labels: critical,
          annotations: { summary: 'Longhorn volume {{ $labels.volume }} is faulted', description: 'Volume {{ $labels.volume }} has no healthy replica.' },
        },
        {
          alert: 'LonghornNodeStorageNearlyFull',
          expr: '(longhorn_node_storage_usage_bytes / longhorn_node_storage_capacity_bytes) > 0.85',
          for: '15m',
          labels: warning,
          annotations: { summary: 'Longhorn storage on {{ $labels.node }} is above 85%', description: 'Add disk space or move replicas off {{ $labels.node }}.' },
        },
      ],
    });
  }
  if (ctx.has('certManager')) {
    groups.push({
      name: 'sitekit.cert-manager',
      rules: [
        {
          alert: 'CertificateExpiresSoon',
          expr: '(certmanager_certificate_expiration_timestamp_seconds - time()) < 14 * 24 * 3600',
          for: '1h',
          labels: warning,
          annotations: { summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than 14 days', description: 'cert-manager has not renewed it; check the Certificate and its issuer.' },
        },
        {
          alert: 'CertificateNotReady',
          expr: 'certmanager_certificate_ready_status{condition="False"} == 1',
          for: '30m',
          labels: warning,
          annotations: { summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready', description: 'Check `kubectl describe certificate` and the Cloudflare token Secret.' },
        },
      ],
    });
  }
  if (ctx.ingressController === 'traefik') {
    groups.push({
      name: 'sitekit.traefik',
      rules: [
        {
          alert: 'TraefikHighErrorRate',
          expr: 'sum by (service) (rate(traefik_service_requests_total{code=~"5.."}[5m])) / sum by (service) (rate(traefik_service_requests_total[5m])) > 0.05',
          for: '10m',
          labels: warning,
          annotations: { summary: 'More than 5% of requests to {{ $labels.service }} fail', description: 'Traefik answers 5xx for over 5% of requests to {{ $labels.service }}.' },
        },
      ],
    });
  }
  if (ctx.has('cloudnativePg')) {
    groups.push({
      name: 'sitekit.postgresql',
      rules: [
        {
          alert: 'PostgresInstanceDown',
          expr: 'cnpg_collector_up == 0',
          for: '5m',
          labels: critical,
          annotations: { summary: 'PostgreSQL instance {{ $labels.pod }} is down', description: 'The CloudNativePG exporter reports the instance as down.' },
        },
        {
          alert: 'PostgresBackupTooOld',
          expr: 'time() - cnpg_collector_last_available_backup_timestamp > 2 * 24 * 3600',
          for: '1h',
          labels: warning,
          annotations: { summary: 'No PostgreSQL backup for 2 days on {{ $labels.pod }}', description: 'The ScheduledBackup has not produced a backup for over 48 hours.' },
        },
      ],
    });
  }
  groups.push({
    name: 'sitekit.workloads',
    rules: [
      {
        alert: 'ScrapeTargetDown',
        expr: 'up == 0',
        for: '10m',
        labels: warning,
        annotations: { summary: '{{ $labels.job }} target {{ $labels.instance }} is down', description: 'Prometheus cannot scrape {{ $labels.instance }} for 10 minutes.' },
      },
      {
        alert: 'PodCrashLooping',
        expr: 'increase(kube_pod_container_status_restarts_total[15m]) > 3',
        for: '5m',
        labels: warning,
        annotations: { summary: 'Pod {{ $labels.namespace }}/{{ $labels.pod }} is restarting', description: 'Container {{ $labels.container }} restarted more than 3 times in 15 minutes.' },
      },
    ],
  });
  return groups;
}
