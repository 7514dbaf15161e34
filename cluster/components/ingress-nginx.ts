/**
 * ingress-nginx, the alternative ingress controller (`ingress.controller: nginx`): the chart with
 * its Service exposed as the site says. Routes are `networking.k8s.io/v1` Ingresses (routes.ts);
 * HTTP is redirected to HTTPS by the controller for every Ingress with TLS.
 */
import { Construct } from 'constructs';
import { COMPONENT_NAMESPACES, type ClusterContext } from '../context';
import { helmRelease } from '../release';
import type { ComponentProps, HelmValues } from './component';
import { ingressExposure } from './ingress';

const NS = COMPONENT_NAMESPACES.ingressNginx;

export function ingressNginxValues(ctx: ClusterContext): HelmValues {
  const exposure = ingressExposure(ctx);
  const replicas = Math.min(2, ctx.workers.length);
  return {
    controller: {
      replicaCount: replicas,
      minAvailable: 1,
      ingressClassResource: { name: 'nginx', enabled: true, default: true },
      config: { 'ssl-redirect': 'true', 'hsts': 'true', 'use-forwarded-headers': 'false' },
      service:
        exposure.type === 'NodePort'
          ? { type: 'NodePort', nodePorts: { http: exposure.http, https: exposure.https } }
          : { type: 'LoadBalancer', annotations: exposure.annotations },
      metrics: { enabled: true },
      resources: { requests: { cpu: '100m', memory: '128Mi' } },
    },
  };
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
