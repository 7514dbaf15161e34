/**
 * A public HTTPS route for a hostname of the cluster: a cert-manager Certificate (when
 * cert-manager is enabled) and a Traefik IngressRoute or an NGINX Ingress, depending on the
 * cluster's ingress controller. Hostnames must be the site's public hostnames of this cluster.
 */
import type { Construct } from 'constructs';
import { KubeIngress } from 'cdk8s-plus-28/lib/imports/k8s';
import { Certificate } from '../imports/k8s/cert-manager.io';
import { IngressRoute, IngressRouteSpecRoutesKind, IngressRouteSpecRoutesServicesKind, IngressRouteSpecRoutesServicesPort } from '../imports/k8s/traefik.io';
import { PUBLIC_DNS_ANNOTATION, TARGET_ANNOTATION } from './components/external-dns';
import { COMPONENT_NAMESPACES, NAMES, type Labels } from './context';

export interface RouteProps {
  /** Object names (IngressRoute/Ingress, Certificate `<name>-tls`). */
  readonly name: string;
  readonly namespace: string;
  readonly host: string;
  /** Backend Service and port. */
  readonly service: string;
  readonly port: number;
  readonly labels?: Labels;
  /** The ClusterIssuer of its certificate. @default letsencrypt-production */
  readonly issuer?: string;
}

/** Who serves a route: the cluster's ingress controller, and whether cert-manager issues its certificate. */
export interface RouteIngress {
  readonly controller: 'traefik' | 'nginx';
  /** cert-manager runs: the route's certificate comes from its ClusterIssuer (RouteProps.issuer). */
  readonly certManager: boolean;
  /**
   * Hostnames ExternalDNS publishes, with their record's content: their routes carry its
   * annotations (components/external-dns.ts). @default none
   */
  readonly externalDns?: ReadonlyMap<string, string>;
}

/** The Traefik rule matching a hostname. */
export function hostRule(host: string): string {
  return `Host(\`${host}\`)`;
}

/** Adds the route of a hostname routed to the cluster (a public one of the cluster's, or an internal one with `issuer` the internal CA). */
export function httpsRoute(scope: Construct, { controller, certManager, externalDns }: RouteIngress, props: RouteProps): void {
  const secretName = certManager ? `${props.name}-tls` : undefined;
  const issuer = props.issuer ?? NAMES.letsencryptProduction;
  const metadata = { name: props.name, namespace: props.namespace, labels: props.labels };
  const target = externalDns?.get(props.host);
  const dnsAnnotations = target ? { [PUBLIC_DNS_ANNOTATION.key]: PUBLIC_DNS_ANNOTATION.value, [TARGET_ANNOTATION]: target } : undefined;
  if (secretName && controller === 'traefik') {
    // ingress-nginx gets its certificate through cert-manager's ingress-shim annotation instead.
    new Certificate(scope, `${props.name}-certificate`, {
      metadata: { ...metadata, name: secretName },
      spec: {
        secretName,
        dnsNames: [props.host],
        issuerRef: { kind: 'ClusterIssuer', name: issuer },
      },
    });
  }
  if (controller === 'traefik') {
    new IngressRoute(scope, `${props.name}-route`, {
      metadata: dnsAnnotations ? { ...metadata, annotations: dnsAnnotations } : metadata,
      spec: {
        entryPoints: ['websecure'],
        routes: [
          {
            kind: IngressRouteSpecRoutesKind.RULE,
            match: hostRule(props.host),
            middlewares: [{ name: NAMES.secureHeaders, namespace: COMPONENT_NAMESPACES.traefik }],
            services: [{ kind: IngressRouteSpecRoutesServicesKind.SERVICE, name: props.service, port: IngressRouteSpecRoutesServicesPort.fromNumber(props.port) }],
          },
        ],
        tls: secretName ? { secretName } : {},
      },
    });
  } else {
    new KubeIngress(scope, `${props.name}-ingress`, {
      metadata: {
        ...metadata,
        annotations: secretName || dnsAnnotations ? { ...(secretName ? { 'cert-manager.io/cluster-issuer': issuer } : {}), ...dnsAnnotations } : undefined,
      },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: [props.host], secretName: secretName ?? `${props.name}-tls` }],
        rules: [
          {
            host: props.host,
            http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: props.service, port: { number: props.port } } } }] },
          },
        ],
      },
    });
  }
}
