/** Tiny hand-made Kubernetes objects for the k8s policy rules' tests, and how a test runs one rule on them. */
import { toYaml } from '../../../synth/render';
import { runPolicies, type K8sRule } from '../../../synth/gates/policy';

export type Obj = Record<string, any>;

/** Findings of one rule on objects of one cluster ("test"), as `<object>: <message>`. */
export function run(rule: K8sRule, ...objects: Obj[]): string[] {
  const files = new Map([['clusters/test/things.yaml', toYaml(objects)]]);
  return runPolicies(files, [], [rule]).findings.map((f) => `${f.object}: ${f.message}`);
}

/** A copy of `o` changed by `f`. */
export function edit<T extends Obj>(o: T, f: (x: any) => void): T {
  const copy = structuredClone(o);
  f(copy);
  return copy;
}

export const container = (name = 'app'): Obj => ({
  name,
  image: 'ghcr.io/example/app:1.2.3',
  resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
  livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
  readinessProbe: { httpGet: { path: '/readyz', port: 8080 } },
  securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
});

export const podSpec = (): Obj => ({
  securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [container()],
});

export const labels = { 'app.kubernetes.io/name': 'app' };

export function deployment(namespace = 'apps', name = 'app', kind = 'Deployment'): Obj {
  return { apiVersion: 'apps/v1', kind, metadata: { name, namespace }, spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: podSpec() } } };
}

export const namespace = (name: string, level: string | null = 'restricted'): Obj => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: level === null ? {} : { 'pod-security.kubernetes.io/enforce': level } },
});

export const DEP = 'clusters/test/Deployment/apps/app';
export const spec = (d: Obj) => d.spec.template.spec;
