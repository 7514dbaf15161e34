import type { K8sRule } from '../types';
import { isObject, type Json } from './pods';

const CHART = 'ingress-nginx';

/** The chart a Flux HelmRelease or an Argo CD Application installs, if it names one. */
function chartOf(obj: Json): string | undefined {
  if (obj.kind === 'HelmRelease' && typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
    const chart = isObject(obj.spec) && isObject(obj.spec.chart) && isObject(obj.spec.chart.spec) ? obj.spec.chart.spec.chart : undefined;
    return typeof chart === 'string' ? chart : undefined;
  }
  if (obj.kind === 'Application' && typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('argoproj.io/')) {
    const sources = isObject(obj.spec) ? [obj.spec.source, ...(Array.isArray(obj.spec.sources) ? obj.spec.sources : [])] : [];
    return sources.map((s) => (isObject(s) ? s.chart : undefined)).find((c): c is string => typeof c === 'string');
  }
  return undefined;
}

/** ingress-nginx is retired upstream: a tree that installs it gets a warning. */
export const RetiredIngressNginx: K8sRule = {
  id: 'k8s/RetiredIngressNginx',
  area: 'k8s',
  severity: 'warning',
  message: 'No ingress controller that is retired upstream: ingress-nginx was retired in March 2026 and gets no releases or security fixes',
  explanation:
    'Kubernetes SIG Network and the Security Response Committee retired the ingress-nginx project in March 2026: its last chart stays installable, but vulnerabilities found since are not fixed. ' +
    `Checks Flux HelmReleases and Argo CD Applications that install the ${CHART} chart (\`ingress.controller: nginx\` with components.ingressNginx). ` +
    'Fix: use Traefik (`ingress.controller: traefik` with components.traefik), or suppress the finding with a reason and a date to migrate by.',
  check: (obj) => {
    const chart = chartOf(obj as Json);
    if (chart === undefined) return 'not-applicable';
    return chart === CHART ? [{ detail: `${obj.kind} ${obj.metadata?.name} installs the ${CHART} chart` }] : 'compliant';
  },
};
