/**
 * Traefik: the chart (CRDs included), its Service exposed as the site says (NodePort behind the
 * load balancers, or a MetalLB address), the `redirect-to-https` and `secure-headers`
 * Middlewares, and for every public hostname of the cluster an HTTP IngressRoute that redirects
 * to HTTPS. HTTPS routes belong to whoever serves the hostname (apps, Grafana: see routes.ts).
 *
 * Client addresses behind the load balancers: HAProxy sends the PROXY protocol v2
 * (infra/bootstrap/loadbalancer.ts) and both entry points take its header from the load
 * balancers' addresses only (`proxyProtocol.trustedIPs`). The NodePort Service keeps the source
 * address (`externalTrafficPolicy: Local`), so the pods see the load balancer, not a node that
 * forwarded the connection; Traefik's pods run on the nodes HAProxy sends to, which fail its
 * health check (and get no traffic) while they run none.
 */
import { Construct } from 'constructs';
import { IngressRoute, IngressRouteSpecRoutesKind, IngressRouteSpecRoutesServicesKind, Middleware } from '../../imports/k8s/traefik.io';
import { COMPONENT_NAMESPACES, NAMES } from '../context';
import { allowFrom, allowFromPrometheus } from '../network-policy';
import { helmRelease } from '../release';
import { hostRule } from '../routes';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';
import type { IngressExposure } from './ingress';
import { serviceMonitor } from './monitoring';

const NS = COMPONENT_NAMESPACES.traefik;

/** Container ports of the entry points and metrics (the chart's defaults, set explicitly: the NetworkPolicy admits these). */
export const TRAEFIK_PORTS = { web: 8000, websecure: 8443, metrics: 9100 } as const;

export interface TraefikProps extends ChartProps {
  /** How its Service is exposed: NodePorts behind the load balancers, or a MetalLB address. */
  readonly exposure: IngressExposure;
  /** Replicas of the Deployment (at most 2, one per worker). */
  readonly replicas: number;
  /**
   * The addresses (CIDRs) the entry points take a PROXY protocol header from: the load balancers
   * holding the ingress VIP. @default none: no header is read
   */
  readonly proxyProtocolSources?: readonly string[];
  /** Node names the pods run on: the nodes the load balancers send to. @default any node */
  readonly nodes?: readonly string[];
}

export function traefikValues(props: TraefikProps): HelmValues {
  const { exposure, replicas } = props;
  const trusted = props.proxyProtocolSources ?? [];
  const proxyProtocol = trusted.length ? { proxyProtocol: { trustedIPs: [...trusted] } } : {};
  // Behind HAProxy: on the nodes it sends to (the source address is kept, so no other node forwards).
  const targets = props.nodes ?? [];
  return {
    deployment: { replicas },
    ...(targets.length
      ? { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [...targets] }] }] } } } }
      : {}),
    podDisruptionBudget: replicas > 1 ? { enabled: true, minAvailable: 1 } : { enabled: false },
    ingressClass: { enabled: true, isDefaultClass: true },
    providers: {
      kubernetesCRD: { enabled: true, allowCrossNamespace: true },
      kubernetesIngress: { enabled: true },
    },
    ports: {
      web: { port: TRAEFIK_PORTS.web, ...(exposure.type === 'NodePort' ? { nodePort: exposure.http } : {}), ...proxyProtocol },
      websecure: { port: TRAEFIK_PORTS.websecure, ...(exposure.type === 'NodePort' ? { nodePort: exposure.https } : {}), ...proxyProtocol },
      metrics: { port: TRAEFIK_PORTS.metrics },
    },
    service:
      exposure.type === 'NodePort'
        ? { type: 'NodePort', ...(trusted.length ? { spec: { externalTrafficPolicy: 'Local' } } : {}) }
        : { type: 'LoadBalancer', annotations: exposure.annotations },
    metrics: { prometheus: { service: { enabled: true } } },
    ingressRoute: { dashboard: { enabled: false } },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
  };
}

/**
 * Who reaches Traefik: web clients from anywhere on the entry points (the load balancers' NodePorts
 * or the MetalLB address are translated to these container ports, from sources the pod cannot
 * tell apart), Prometheus on metrics. Traefik's own connections to backends are egress: the
 * backends admit the traefik namespace (apps/app.ts, Grafana in kube-prometheus-stack.ts).
 */
export function traefikNetworkPolicies(scope: Construct, { labels, monitoring }: NetworkPolicyProps): void {
  allowFrom(scope, NS, 'anywhere', { from: 'anywhere', ports: [TRAEFIK_PORTS.web, TRAEFIK_PORTS.websecure], labels });
  if (monitoring) allowFromPrometheus(scope, NS, [TRAEFIK_PORTS.metrics], labels);
}

/** The Traefik chart. */
export class Traefik extends Construct {
  constructor(scope: Construct, id: string, props: TraefikProps) {
    super(scope, id);
    helmRelease(this, props.release, {
      name: 'traefik',
      namespace: NS,
      values: traefikValues(props),
      // A LoadBalancer Service is only ready once MetalLB's pool (a `configs` object) exists.
      disableWait: props.exposure.type === 'LoadBalancer',
    });
  }
}

export interface TraefikRoutesProps extends ConfigsProps {
  /**
   * Public hostnames whose HTTP requests Traefik redirects to HTTPS: the cluster's, when Traefik
   * serves its ingress. @default none
   */
  readonly hostnames?: readonly string[];
}

/** The Middlewares routes use, the ServiceMonitor of Traefik's metrics, and the HTTP → HTTPS redirects of the hostnames. */
export class TraefikRoutes extends Construct {
  constructor(scope: Construct, id: string, { labels, monitoringLabels, hostnames }: TraefikRoutesProps) {
    super(scope, id);
    new Middleware(this, 'redirect', {
      metadata: { name: NAMES.redirectToHttps, namespace: NS, labels },
      spec: { redirectScheme: { scheme: 'https', permanent: true } },
    });
    new Middleware(this, 'headers', {
      metadata: { name: NAMES.secureHeaders, namespace: NS, labels },
      spec: {
        headers: {
          stsSeconds: 31536000,
          stsIncludeSubdomains: true,
          stsPreload: true,
          forceStsHeader: true,
          frameDeny: true,
          contentTypeNosniff: true,
          browserXssFilter: true,
          referrerPolicy: 'strict-origin-when-cross-origin',
        },
      },
    });
    if (monitoringLabels) {
      // The chart's dedicated metrics Service (metrics.prometheus.service.enabled).
      serviceMonitor(this, { name: 'traefik', namespace: NS, selector: { 'app.kubernetes.io/name': 'traefik', 'app.kubernetes.io/component': 'metrics' }, port: 'metrics', labels: monitoringLabels });
    }
    for (const host of hostnames ?? []) {
      new IngressRoute(this, `http-${host}`, {
        metadata: { name: `http-${host.replace(/\./g, '-')}`, namespace: NS, labels },
        spec: {
          entryPoints: ['web'],
          routes: [
            {
              kind: IngressRouteSpecRoutesKind.RULE,
              match: hostRule(host),
              middlewares: [{ name: NAMES.redirectToHttps, namespace: NS }],
              services: [{ kind: IngressRouteSpecRoutesServicesKind.TRAEFIK_SERVICE, name: 'noop@internal' }],
            },
          ],
        },
      });
    }
  }
}
