/**
 * How the ingress controller's Service is exposed, shared by Traefik and NGINX: behind the load
 * balancers (`ingress.vip`: a NodePort Service on the fixed ports of `ports.ts`) or on a MetalLB
 * address (`ingress.address`: a LoadBalancer Service requesting that address).
 */
import type { ClusterContext } from '../context';
import { INGRESS_NODE_PORTS } from '../ports';
import { loadBalancerIpsAnnotation } from './metallb';

export type IngressExposure =
  | { readonly type: 'NodePort'; readonly http: number; readonly https: number }
  | { readonly type: 'LoadBalancer'; readonly address: string; readonly annotations: Record<string, string> };

/** The exposure of the cluster's ingress controller, from the site. */
export function ingressExposure(ctx: ClusterContext): IngressExposure {
  const ingress = ctx.cluster.ingress;
  if (ingress?.address) {
    const annotation = loadBalancerIpsAnnotation(ctx.cluster.components.metallb?.version);
    return { type: 'LoadBalancer', address: ingress.address, annotations: { [annotation]: ingress.address } };
  }
  return { type: 'NodePort', ...INGRESS_NODE_PORTS };
}
