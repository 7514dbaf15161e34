/**
 * kube-prometheus-stack: Prometheus Operator (with its CRDs), Prometheus, Alertmanager, Grafana.
 * Prometheus selects every ServiceMonitor, PodMonitor and PrometheusRule of the cluster, and
 * scrapes the nodes (node-exporter, a hostNetwork DaemonSet on :9100) and k3s's control plane:
 * etcd, controller manager, scheduler on the servers' addresses and kube-proxy on every node's
 * (k3s exposes them and the node firewall admits them: infra/bootstrap/k3s.ts, firewall.ts).
 * Alertmanager sends to the receiver the site names (`monitoring.alerts`: a webhook, e-mail, or
 * explicitly none), its secrets (webhook URL, SMTP password) mounted from Secrets. Grafana's admin
 * credential is Secret `grafana-admin`; it gets an HTTPS route at `grafana.<domain>` only when the
 * site asks (`monitoring.grafana.public`), and Loki as a data source when Loki is enabled. The
 * platform's alerting rules are one PrometheusRule.
 */
import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/k8s/monitoring.coreos.com';
import type { ClusterSpec } from '../../site/schema';
import { NODE_METRICS_PORTS, SERVER_METRICS_PORTS } from '../../site/ports';
import { COMPONENT_NAMESPACES, type Labels } from '../context';
import { allowFrom, allowFromNodes, allowSameNamespace, GRAFANA_POD_LABELS, peers } from '../network-policy';
import { helmRelease } from '../release';
import { httpsRoute, type RouteIngress } from '../routes';
import { externalSecret } from '../secrets';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';
import { lokiUrl } from './loki';
import type { RuleGroup } from './rules';

const NS = COMPONENT_NAMESPACES.kubePrometheusStack;
const RELEASE = 'kube-prometheus-stack';
/** Grafana's Service as the chart names it (`<release>-grafana`, port 80). */
export const GRAFANA_SERVICE = { name: `${RELEASE}-grafana`, port: 80 };
/** Container ports: Grafana (behind its Service's port 80), the operator's webhook (the chart's default, set explicitly). */
export const MONITORING_PORTS = { grafana: 3000, operatorWebhook: 10250 } as const;

/** Sizes of Prometheus' and Alertmanager's volumes (Grafana keeps no volume). */
export const MONITORING_VOLUME_GIB = { prometheus: 20, alertmanager: 2 } as const;

/** Secret (of the site's secret store) with Grafana's admin user and password. */
export const GRAFANA_ADMIN_SECRET = { name: 'grafana-admin', userKey: 'admin-user', passwordKey: 'admin-password' } as const;
/** Secrets (of the site's secret store) Alertmanager reads its receiver's secrets from, mounted under ALERTMANAGER_SECRETS_DIR. */
export const ALERTMANAGER_SECRETS = {
  webhook: { name: 'alertmanager-webhook', key: 'url' },
  smtp: { name: 'alertmanager-smtp', key: 'password' },
} as const;
/** Where the operator mounts `alertmanagerSpec.secrets` in the Alertmanager pods. */
export const ALERTMANAGER_SECRETS_DIR = '/etc/alertmanager/secrets';
/** Name of the site's receiver in the Alertmanager configuration. */
export const SITE_RECEIVER = 'site';

/** Where Alertmanager sends alerts: the site's `monitoring.alerts`. */
export type Alerts = NonNullable<NonNullable<ClusterSpec['monitoring']>['alerts']>;

/** The Secret Alertmanager's receiver needs, if any. */
export function alertmanagerSecret(alerts: Alerts | undefined): { name: string; key: string } | undefined {
  if (alerts?.receiver === 'webhook') return ALERTMANAGER_SECRETS.webhook;
  if (alerts?.receiver === 'email' && alerts.username) return ALERTMANAGER_SECRETS.smtp;
  return undefined;
}

/**
 * Alertmanager's routes and receivers (merged into the chart's configuration, which keeps its
 * inhibition rules): every alert to the site's receiver, the always-firing Watchdog to `null`.
 */
export function alertmanagerConfig(siteAlerts: Alerts | undefined): Record<string, unknown> {
  const alerts = siteAlerts ?? { receiver: 'none' as const };
  const file = (secret: { name: string; key: string }) => `${ALERTMANAGER_SECRETS_DIR}/${secret.name}/${secret.key}`;
  let site: Record<string, unknown> | undefined;
  if (alerts.receiver === 'webhook') site = { name: SITE_RECEIVER, webhook_configs: [{ url_file: file(ALERTMANAGER_SECRETS.webhook), send_resolved: true }] };
  if (alerts.receiver === 'email') {
    const auth = alerts.username ? { auth_username: alerts.username, auth_password_file: file(ALERTMANAGER_SECRETS.smtp) } : {};
    site = { name: SITE_RECEIVER, email_configs: [{ to: alerts.to, from: alerts.from, smarthost: alerts.smarthost, ...auth, send_resolved: true }] };
  }
  return {
    route: {
      receiver: site ? SITE_RECEIVER : 'null',
      group_by: ['namespace', 'alertname'],
      routes: [{ receiver: 'null', matchers: ['alertname = "Watchdog"'] }],
    },
    receivers: [{ name: 'null' }, ...(site ? [site] : [])],
  };
}

export interface KubePrometheusStackProps extends ChartProps {
  /** Addresses of the cluster's servers: k3s's etcd, controller manager and scheduler. */
  readonly servers: readonly string[];
  /** Addresses of all the cluster's nodes: kube-proxy. */
  readonly nodes: readonly string[];
  /** StorageClass of Prometheus' and Alertmanager's volumes. @default none: no volumes (emptyDir) */
  readonly storageClass?: string;
  /** Where Alertmanager sends alerts. @default receiver none */
  readonly alerts?: Alerts;
  /** Grafana's public hostname (`grafanaHost`). @default none: Grafana has no route */
  readonly grafanaHost?: string;
  /** Loki runs: Grafana gets it as a data source. @default false */
  readonly loki?: boolean;
}

/** Scrape targets outside the pod network: k3s's control plane on the servers, kube-proxy on every node. */
function controlPlaneValues({ servers, nodes }: KubePrometheusStackProps): HelmValues {
  const at = (endpoints: readonly string[], port: number) => ({ enabled: true, endpoints: [...endpoints], service: { enabled: true, port, targetPort: port } });
  return {
    kubeControllerManager: at(servers, SERVER_METRICS_PORTS.controllerManager),
    kubeScheduler: at(servers, SERVER_METRICS_PORTS.scheduler),
    kubeEtcd: at(servers, SERVER_METRICS_PORTS.etcd),
    kubeProxy: at(nodes, NODE_METRICS_PORTS.kubeProxy),
  };
}

function volume(storageClassName: string | undefined, size: string): object | undefined {
  if (!storageClassName) return undefined;
  return { volumeClaimTemplate: { spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } } };
}

export function kubePrometheusStackValues(props: KubePrometheusStackProps): HelmValues {
  const host = props.grafanaHost;
  const prometheusStorage = volume(props.storageClass, `${MONITORING_VOLUME_GIB.prometheus}Gi`);
  const alertmanagerStorage = volume(props.storageClass, `${MONITORING_VOLUME_GIB.alertmanager}Gi`);
  const amSecret = alertmanagerSecret(props.alerts);
  return {
    crds: { enabled: true },
    ...controlPlaneValues(props),
    // node-exporter on every node's host network (the chart's default, set explicitly: the firewall opens this port).
    'prometheus-node-exporter': { hostNetwork: true, service: { port: NODE_METRICS_PORTS.nodeExporter, targetPort: NODE_METRICS_PORTS.nodeExporter } },
    prometheus: {
      prometheusSpec: {
        retention: '15d',
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        ruleSelectorNilUsesHelmValues: false,
        ...(prometheusStorage ? { storageSpec: prometheusStorage } : {}),
      },
    },
    // The operator serves the PrometheusRule admission webhook itself, on this port.
    prometheusOperator: { tls: { internalPort: MONITORING_PORTS.operatorWebhook } },
    alertmanager: {
      config: alertmanagerConfig(props.alerts),
      alertmanagerSpec: { ...(alertmanagerStorage ? { storage: alertmanagerStorage } : {}), ...(amSecret ? { secrets: [amSecret.name] } : {}) },
    },
    grafana: {
      admin: { existingSecret: GRAFANA_ADMIN_SECRET.name, userKey: GRAFANA_ADMIN_SECRET.userKey, passwordKey: GRAFANA_ADMIN_SECRET.passwordKey },
      ingress: { enabled: false },
      ...(host ? { 'grafana.ini': { server: { root_url: `https://${host}` } } } : {}),
      ...(props.loki ? { additionalDataSources: [{ name: 'Loki', type: 'loki', access: 'proxy', url: lokiUrl() }] } : {}),
    },
  };
}

/**
 * Who reaches the monitoring stack: its own pods (Prometheus scrapes the operator,
 * kube-state-metrics, Alertmanager and Grafana; Grafana queries Prometheus; Prometheus alerts
 * Alertmanager: same namespace), the API server on the operator's webhook, and the ingress
 * controller on Grafana when Grafana has a public route. Node exporter runs with hostNetwork.
 */
export interface KubePrometheusStackNetworkPolicyProps extends NetworkPolicyProps {
  /** Namespace of the ingress controller serving Grafana's public route. @default none: Grafana has no route */
  readonly grafanaIngressNamespace?: string;
}

export function kubePrometheusStackNetworkPolicies(scope: Construct, { labels, nodes, grafanaIngressNamespace }: KubePrometheusStackNetworkPolicyProps): void {
  allowSameNamespace(scope, NS, labels);
  allowFromNodes(scope, NS, nodes, [MONITORING_PORTS.operatorWebhook], labels);
  if (grafanaIngressNamespace) {
    allowFrom(scope, NS, 'ingress', { from: peers.namespace(grafanaIngressNamespace), pods: GRAFANA_POD_LABELS, ports: [MONITORING_PORTS.grafana], labels });
  }
}

export interface MonitoringSecretsProps {
  /** Labels of the ExternalSecrets. */
  readonly labels: Labels;
  /** Where Alertmanager sends alerts: its receiver's Secret. @default receiver none */
  readonly alerts?: Alerts;
}

/** The ExternalSecrets filling the Secrets Grafana's and Alertmanager's pods read (a prerequisite; without External Secrets they are made by hand). */
export class MonitoringSecrets extends Construct {
  constructor(scope: Construct, id: string, { labels, alerts }: MonitoringSecretsProps) {
    super(scope, id);
    externalSecret(this, { name: GRAFANA_ADMIN_SECRET.name, namespace: NS, keys: [GRAFANA_ADMIN_SECRET.userKey, GRAFANA_ADMIN_SECRET.passwordKey], labels });
    const amSecret = alertmanagerSecret(alerts);
    if (amSecret) externalSecret(this, { name: amSecret.name, namespace: NS, keys: [amSecret.key], labels });
  }
}

/** The kube-prometheus-stack chart. */
export class KubePrometheusStack extends Construct {
  constructor(scope: Construct, id: string, props: KubePrometheusStackProps) {
    super(scope, id);
    helmRelease(this, props.release, {
      name: RELEASE,
      namespace: NS,
      values: kubePrometheusStackValues(props),
      // Grafana and Alertmanager start once their Secrets exist (MonitoringSecrets).
      disableWait: true,
    });
  }
}

export interface PlatformRulesProps extends ConfigsProps {
  /** The platform's alerting rule groups (rules.ts `platformRuleGroups`). */
  readonly groups: readonly RuleGroup[];
  /** Grafana's public route: its hostname and who serves it. @default none */
  readonly grafanaRoute?: { readonly host: string; readonly ingress: RouteIngress };
}

/** The platform's alerting rules (one PrometheusRule) and Grafana's public route. */
export class PlatformRules extends Construct {
  constructor(scope: Construct, id: string, { labels, groups, grafanaRoute }: PlatformRulesProps) {
    super(scope, id);
    new PrometheusRule(this, 'rules', {
      metadata: { name: 'sitekit-platform', namespace: NS, labels: { ...labels } },
      spec: {
        groups: groups.map((g) => ({
          name: g.name,
          rules: g.rules.map((r) => ({ ...r, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr) })),
        })),
      },
    });
    if (grafanaRoute) {
      httpsRoute(this, grafanaRoute.ingress, { name: 'grafana', namespace: NS, host: grafanaRoute.host, service: GRAFANA_SERVICE.name, port: GRAFANA_SERVICE.port, labels });
    }
  }
}
