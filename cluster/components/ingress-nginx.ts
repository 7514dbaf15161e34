/**
 * ingress-nginx, the alternative ingress controller (`ingress.controller: nginx`): the chart with
 * its Service exposed as the site says. Routes are `networking.k8s.io/v1` Ingresses (routes.ts);
 * HTTP is redirected to HTTPS by the controller for every Ingress with TLS.
 */
import { Construct } from 'constructs';
import { COMPONENT_NAMESPACES } from '../context';
import { allowFrom, allowFromNodes, allowFromPrometheus } from '../network-policy';
import { helmRelease } from '../release';
import type { ChartProps, HelmValues, NetworkPolicyProps } from './component';
import type { IngressExposure } from './ingress';

const NS = COMPONENT_NAMESPACES.ingressNginx;

/** Container ports of the controller (the chart's defaults, set explicitly: the NetworkPolicy admits these). */
export const INGRESS_NGINX_PORTS = { http: 80, https: 443, webhook: 8443, metrics: 10254 } as const;

export interface IngressNginxProps extends ChartProps {
  /** How its Service is exposed: NodePorts behind the load balancers, or a MetalLB address. */
  readonly exposure: IngressExposure;
  /** Replicas of the controller (at most 2, one per worker). */
  readonly replicas: number;
}

export function ingressNginxValues({ exposure, replicas }: IngressNginxProps): HelmValues {
  return {
    controller: {
      replicaCount: replicas,
      minAvailable: 1,
      ingressClassResource: { name: 'nginx', enabled: true, default: true },
      containerPort: { http: INGRESS_NGINX_PORTS.http, https: INGRESS_NGINX_PORTS.https },
      // The validating webhook for Ingresses: the API server calls it (failurePolicy Fail).
      admissionWebhooks: { port: INGRESS_NGINX_PORTS.webhook },
      config: { 'ssl-redirect': 'true', 'hsts': 'true', 'use-forwarded-headers': 'false' },
      service:
        exposure.type === 'NodePort'
          ? { type: 'NodePort', nodePorts: { http: exposure.http, https: exposure.https } }
          : { type: 'LoadBalancer', annotations: exposure.annotations },
      metrics: { enabled: true, port: INGRESS_NGINX_PORTS.metrics },
      resources: { requests: { cpu: '100m', memory: '128Mi' } },
    },
  };
}

/**
 * Who reaches the controller: web clients from anywhere on HTTP/HTTPS (NodePorts and the MetalLB
 * address arrive translated to these container ports), the API server on the admission webhook,
 * Prometheus on metrics. Backends admit the ingress-nginx namespace themselves.
 */
export function ingressNginxNetworkPolicies(scope: Construct, { labels, nodes, monitoring }: NetworkPolicyProps): void {
  allowFrom(scope, NS, 'anywhere', { from: 'anywhere', ports: [INGRESS_NGINX_PORTS.http, INGRESS_NGINX_PORTS.https], labels });
  allowFromNodes(scope, NS, nodes, [INGRESS_NGINX_PORTS.webhook], labels);
  if (monitoring) allowFromPrometheus(scope, NS, [INGRESS_NGINX_PORTS.metrics], labels);
}

/** The ingress-nginx chart (it has no configs: routes are the apps'). */
export class IngressNginx extends Construct {
  constructor(scope: Construct, id: string, props: IngressNginxProps) {
    super(scope, id);
    helmRelease(this, props.release, {
      name: 'ingress-nginx',
      namespace: NS,
      values: ingressNginxValues(props),
      disableWait: props.exposure.type === 'LoadBalancer',
    });
  }
}
