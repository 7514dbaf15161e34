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
import { NODE_METRICS_PORTS, SERVER_METRICS_PORTS } from '../../site/ports';
import { COMPONENT_NAMESPACES, type ClusterContext } from '../context';
import { allowFrom, allowFromNodes, allowSameNamespace, GRAFANA_POD_LABELS, peers } from '../network-policy';
import { helmRelease } from '../release';
import { publicRoute } from '../routes';
import { externalSecret } from '../secrets';
import type { ComponentProps, HelmValues } from './component';
import { lokiUrl } from './loki';
import { platformRuleGroups } from './rules';

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

/** Grafana's public hostname: when the site asks for it and routes `grafana.<domain>` to this cluster. */
export function grafanaHost(ctx: ClusterContext): string | undefined {
  const host = `grafana.${ctx.site.domain}`;
  return ctx.cluster.monitoring?.grafana.public && ctx.isHostname(host) && ctx.ingressController ? host : undefined;
}

/** The Secret Alertmanager's receiver needs, if any. */
function alertmanagerSecret(ctx: ClusterContext): { name: string; key: string } | undefined {
  const alerts = ctx.cluster.monitoring?.alerts;
  if (alerts?.receiver === 'webhook') return ALERTMANAGER_SECRETS.webhook;
  if (alerts?.receiver === 'email' && alerts.username) return ALERTMANAGER_SECRETS.smtp;
  return undefined;
}

/**
 * Alertmanager's routes and receivers (merged into the chart's configuration, which keeps its
 * inhibition rules): every alert to the site's receiver, the always-firing Watchdog to `null`.
 */
export function alertmanagerConfig(ctx: ClusterContext): Record<string, unknown> {
  const alerts = ctx.cluster.monitoring?.alerts ?? { receiver: 'none' as const };
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

/** Scrape targets outside the pod network: k3s's control plane on the servers, kube-proxy on every node. */
function controlPlaneValues(ctx: ClusterContext): HelmValues {
  const servers = ctx.cluster.servers.map((n) => n.address);
  const nodes = ctx.nodes.map((n) => n.address);
  const at = (endpoints: string[], port: number) => ({ enabled: true, endpoints, service: { enabled: true, port, targetPort: port } });
  return {
    kubeControllerManager: at(servers, SERVER_METRICS_PORTS.controllerManager),
    kubeScheduler: at(servers, SERVER_METRICS_PORTS.scheduler),
    kubeEtcd: at(servers, SERVER_METRICS_PORTS.etcd),
    kubeProxy: at(nodes, NODE_METRICS_PORTS.kubeProxy),
  };
}

function volume(ctx: ClusterContext, size: string): object | undefined {
  const storageClassName = ctx.storageClass;
  if (!storageClassName) return undefined;
  return { volumeClaimTemplate: { spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } } };
}

export function kubePrometheusStackValues(ctx: ClusterContext): HelmValues {
  const host = grafanaHost(ctx);
  const prometheusStorage = volume(ctx, `${MONITORING_VOLUME_GIB.prometheus}Gi`);
  const alertmanagerStorage = volume(ctx, `${MONITORING_VOLUME_GIB.alertmanager}Gi`);
  const amSecret = alertmanagerSecret(ctx);
  return {
    crds: { enabled: true },
    ...controlPlaneValues(ctx),
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
      config: alertmanagerConfig(ctx),
      alertmanagerSpec: { ...(alertmanagerStorage ? { storage: alertmanagerStorage } : {}), ...(amSecret ? { secrets: [amSecret.name] } : {}) },
    },
    grafana: {
      admin: { existingSecret: GRAFANA_ADMIN_SECRET.name, userKey: GRAFANA_ADMIN_SECRET.userKey, passwordKey: GRAFANA_ADMIN_SECRET.passwordKey },
      ingress: { enabled: false },
      ...(host ? { 'grafana.ini': { server: { root_url: `https://${host}` } } } : {}),
      ...(ctx.has('loki') ? { additionalDataSources: [{ name: 'Loki', type: 'loki', access: 'proxy', url: lokiUrl() }] } : {}),
    },
  };
}

/**
 * Who reaches the monitoring stack: its own pods (Prometheus scrapes the operator,
 * kube-state-metrics, Alertmanager and Grafana; Grafana queries Prometheus; Prometheus alerts
 * Alertmanager: same namespace), the API server on the operator's webhook, and the ingress
 * controller on Grafana when Grafana has a public route. Node exporter runs with hostNetwork.
 */
export function kubePrometheusStackNetworkPolicies(scope: Construct, ctx: ClusterContext): void {
  allowSameNamespace(scope, ctx, NS, 'kubePrometheusStack');
  allowFromNodes(scope, ctx, NS, [MONITORING_PORTS.operatorWebhook], 'kubePrometheusStack');
  const ingressNs = ctx.ingressNamespace;
  if (grafanaHost(ctx) && ingressNs) {
    allowFrom(scope, ctx, NS, 'ingress', { from: peers.namespace(ingressNs), pods: GRAFANA_POD_LABELS, ports: [MONITORING_PORTS.grafana], component: 'kubePrometheusStack' });
  }
}

/** The ExternalSecrets filling the Secrets Grafana's and Alertmanager's pods read (nothing without External Secrets: made by hand). */
export function kubePrometheusStackPrerequisites(scope: Construct, ctx: ClusterContext): void {
  const labels = ctx.labels('kubePrometheusStack');
  externalSecret(scope, ctx, { name: GRAFANA_ADMIN_SECRET.name, namespace: NS, keys: [GRAFANA_ADMIN_SECRET.userKey, GRAFANA_ADMIN_SECRET.passwordKey], labels });
  const amSecret = alertmanagerSecret(ctx);
  if (amSecret) externalSecret(scope, ctx, { name: amSecret.name, namespace: NS, keys: [amSecret.key], labels });
}

export class KubePrometheusStack extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer === 'controllers') {
      helmRelease(this, ctx, {
        chart: 'kubePrometheusStack',
        name: RELEASE,
        namespace: NS,
        values: kubePrometheusStackValues(ctx),
        // Grafana and Alertmanager start once their Secrets exist (kubePrometheusStackPrerequisites).
        disableWait: true,
      });
      return;
    }
    const labels = ctx.labels('kubePrometheusStack');
    new PrometheusRule(this, 'rules', {
      metadata: { name: 'sitekit-platform', namespace: NS, labels },
      spec: {
        groups: platformRuleGroups(ctx).map((g) => ({
          name: g.name,
          rules: g.rules.map((r) => ({ ...r, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr) })),
        })),
      },
    });
    const host = grafanaHost(ctx);
    if (host) publicRoute(this, ctx, { name: 'grafana', namespace: NS, host, service: GRAFANA_SERVICE.name, port: GRAFANA_SERVICE.port, labels });
  }
}
