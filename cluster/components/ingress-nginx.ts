/**
 * ingress-nginx, the alternative ingress controller (`ingress.controller: nginx`): the chart with
 * its Service exposed as the site says. Routes are `networking.k8s.io/v1` Ingresses (routes.ts);
 * HTTP is redirected to HTTPS by the controller for every Ingress with TLS.
 */
import { Construct } from 'constructs';
import { COMPONENT_NAMESPACES, type ClusterContext } from '../context';
import { allowFrom, allowFromNodes, allowFromPrometheus } from '../network-policy';
import { helmRelease } from '../release';
import type { ComponentProps, HelmValues } from './component';
import { ingressExposure } from './ingress';

const NS = COMPONENT_NAMESPACES.ingressNginx;

/** Container ports of the controller (the chart's defaults, set explicitly: the NetworkPolicy admits these). */
export const INGRESS_NGINX_PORTS = { http: 80, https: 443, webhook: 8443, metrics: 10254 } as const;

export function ingressNginxValues(ctx: ClusterContext): HelmValues {
  const exposure = ingressExposure(ctx);
  const replicas = Math.min(2, ctx.workers.length);
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
export function ingressNginxNetworkPolicies(scope: Construct, ctx: ClusterContext): void {
  allowFrom(scope, ctx, NS, 'anywhere', { from: 'anywhere', ports: [INGRESS_NGINX_PORTS.http, INGRESS_NGINX_PORTS.https], component: 'ingressNginx' });
  allowFromNodes(scope, ctx, NS, [INGRESS_NGINX_PORTS.webhook], 'ingressNginx');
  allowFromPrometheus(scope, ctx, NS, [INGRESS_NGINX_PORTS.metrics], 'ingressNginx');
}

export class IngressNginx extends Construct {
  constructor(scope: Construct, id: string, { ctx, layer }: ComponentProps) {
    super(scope, id);
    if (layer !== 'controllers') return;
    helmRelease(this, ctx, {
      chart: 'ingressNginx',
      name: 'ingress-nginx',
      namespace: NS,
      values: ingressNginxValues(ctx),
      disableWait: ingressExposure(ctx).type === 'LoadBalancer',
    });
  }
}
