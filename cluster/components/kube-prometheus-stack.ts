/**
 * kube-prometheus-stack: Prometheus Operator (with its CRDs), Prometheus, Alertmanager, Grafana.
 * Prometheus selects every ServiceMonitor, PodMonitor and PrometheusRule of the cluster. Grafana
 * gets an HTTPS route at `grafana.<domain>` when that is a public hostname of the cluster, and
 * Loki as a data source when Loki is enabled. The platform's alerting rules are one PrometheusRule.
 */
import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/k8s/monitoring.coreos.com';
import { COMPONENT_NAMESPACES, type ClusterContext } from '../context';
import { allowFrom, allowFromNodes, allowSameNamespace, GRAFANA_POD_LABELS, peers } from '../network-policy';
import { helmRelease } from '../release';
import { publicRoute } from '../routes';
import type { ComponentProps, HelmValues } from './component';
import { lokiUrl } from './loki';
import { platformRuleGroups } from './rules';

const NS = COMPONENT_NAMESPACES.kubePrometheusStack;
const RELEASE = 'kube-prometheus-stack';
/** Grafana's Service as the chart names it (`<release>-grafana`, port 80). */
export const GRAFANA_SERVICE = { name: `${RELEASE}-grafana`, port: 80 };
/** Container ports: Grafana (behind its Service's port 80), the operator's webhook (the chart's default, set explicitly). */
export const MONITORING_PORTS = { grafana: 3000, operatorWebhook: 10250 } as const;

/** Grafana's public hostname, when the site routes `grafana.<domain>` to this cluster. */
export function grafanaHost(ctx: ClusterContext): string | undefined {
  const host = `grafana.${ctx.site.domain}`;
  return ctx.isHostname(host) && ctx.ingressController ? host : undefined;
}

function volume(ctx: ClusterContext, size: string): object | undefined {
  const storageClassName = ctx.storageClass;
  if (!storageClassName) return undefined;
  return { volumeClaimTemplate: { spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } } } };
}

export function kubePrometheusStackValues(ctx: ClusterContext): HelmValues {
  const host = grafanaHost(ctx);
  const prometheusStorage = volume(ctx, '20Gi');
  const alertmanagerStorage = volume(ctx, '2Gi');
  return {
    crds: { enabled: true },
    // k3s runs these inside the server process; their endpoints are not scrapeable as separate targets.
    kubeControllerManager: { enabled: false },
    kubeScheduler: { enabled: false },
    kubeProxy: { enabled: false },
    kubeEtcd: { enabled: false },
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
    alertmanager: { alertmanagerSpec: { ...(alertmanagerStorage ? { storage: alertmanagerStorage } : {}) } },
    grafana: {
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

export class KubePrometheusStack extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer === 'controllers') {
      helmRelease(this, ctx, { chart: 'kubePrometheusStack', name: RELEASE, namespace: NS, values: kubePrometheusStackValues(ctx) });
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
