/**
 * How the ingress controller's Service is exposed, shared by Traefik and NGINX: behind the load
 * balancers (`ingress.vip`: a NodePort Service on the fixed ports of `ports.ts`) or on a MetalLB
 * address (`ingress.address`: a LoadBalancer Service requesting that address), resolved in index.ts.
 */
export type IngressExposure =
  | { readonly type: 'NodePort'; readonly http: number; readonly https: number }
  | { readonly type: 'LoadBalancer'; readonly address: string; readonly annotations: Record<string, string> };
