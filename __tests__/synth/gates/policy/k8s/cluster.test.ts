/**
 * synth/gates/policy/k8s: the rules on host access, namespaces, network policies, disruption budgets,
 * secrets and retired charts, on tiny hand-made objects, compliant and not, with the exact finding
 * messages. Objects go through the same path as a synth (YAML files → runPolicies).
 */
import { DefaultDenyNetworkPolicy } from '../../../../../synth/gates/policy/k8s/DefaultDenyNetworkPolicy';
import { NamespacePodSecurity } from '../../../../../synth/gates/policy/k8s/NamespacePodSecurity';
import { NoHostNetwork } from '../../../../../synth/gates/policy/k8s/NoHostNetwork';
import { NoHostPath } from '../../../../../synth/gates/policy/k8s/NoHostPath';
import { NoPrivilegedContainers } from '../../../../../synth/gates/policy/k8s/NoPrivilegedContainers';
import { NoSecretData } from '../../../../../synth/gates/policy/k8s/NoSecretData';
import { PodDisruptionBudget } from '../../../../../synth/gates/policy/k8s/PodDisruptionBudget';
import { RetiredIngressNginx } from '../../../../../synth/gates/policy/k8s/RetiredIngressNginx';
import { DEP, deployment, edit, labels, namespace, type Obj, run, spec } from '../../../../support/policy/k8s';

describe('host access rules, with their named exceptions', () => {
  const hostPath = (o: Obj) => (spec(o).volumes = [{ name: 'logs', hostPath: { path: '/var/log' } }, { name: 'tmp', emptyDir: {} }]);
  const hostNet = (o: Obj) => {
    spec(o).hostNetwork = true;
    spec(o).hostPID = true;
    spec(o).containers[0].ports = [{ containerPort: 80, hostPort: 8080 }, { containerPort: 90 }];
  };
  const privileged = (o: Obj) => (spec(o).containers[0].securityContext.privileged = true);

  test('k8s/NoHostPath', () => {
    expect(run(NoHostPath, deployment())).toEqual([]);
    expect(run(NoHostPath, edit(deployment(), hostPath))).toEqual([`${DEP}: Pods mount no hostPath volumes: volume "logs" mounts hostPath /var/log`]);
    // The log agent's namespace may; MetalLB's may not.
    expect(run(NoHostPath, edit(deployment('logging'), hostPath))).toEqual([]);
    expect(run(NoHostPath, edit(deployment('metallb-system'), hostPath))).toEqual(['clusters/test/Deployment/metallb-system/app: Pods mount no hostPath volumes: volume "logs" mounts hostPath /var/log']);
  });

  test('k8s/NoHostNetwork', () => {
    expect(run(NoHostNetwork, deployment())).toEqual([]);
    expect(run(NoHostNetwork, edit(deployment(), hostNet))).toEqual([
      `${DEP}: Pods use no host namespaces (hostNetwork, hostPID, hostIPC) or host ports: the pod sets hostNetwork: true`,
      `${DEP}: Pods use no host namespaces (hostNetwork, hostPID, hostIPC) or host ports: the pod sets hostPID: true`,
      `${DEP}: Pods use no host namespaces (hostNetwork, hostPID, hostIPC) or host ports: container "app" binds hostPort 8080`,
    ]);
    expect(run(NoHostNetwork, edit(deployment('metallb-system'), hostNet))).toEqual([]);
    expect(run(NoHostNetwork, edit(deployment('longhorn-system'), hostNet))).toHaveLength(3);
  });

  test('k8s/NoPrivilegedContainers', () => {
    expect(run(NoPrivilegedContainers, deployment())).toEqual([]);
    expect(run(NoPrivilegedContainers, edit(deployment(), privileged))).toEqual([`${DEP}: Containers are not privileged: container "app" is privileged`]);
    expect(run(NoPrivilegedContainers, edit(deployment('csi-nfs'), privileged))).toEqual([]);
    expect(run(NoPrivilegedContainers, edit(deployment('logging'), privileged))).toEqual(['clusters/test/Deployment/logging/app: Containers are not privileged: container "app" is privileged']);
  });

  test('the explanations name every exception', () => {
    expect(NoHostPath.explanation).toContain('namespace longhorn-system (Longhorn)');
    expect(NoHostNetwork.explanation).toContain('namespace metallb-system (MetalLB speaker)');
    expect(NoPrivilegedContainers.explanation).toContain('namespace csi-nfs (csi-driver-nfs)');
    expect(NoPrivilegedContainers.explanation).not.toContain('namespace logging');
  });
});

describe('k8s/NamespacePodSecurity', () => {
  test('compliant: restricted, baseline, privileged for a named exception', () => {
    expect(run(NamespacePodSecurity, namespace('apps'), namespace('operators', 'baseline'), namespace('longhorn-system', 'privileged'))).toEqual([]);
  });
  test('no label, an unknown level, privileged without an exception', () => {
    expect(run(NamespacePodSecurity, namespace('a', null), namespace('b', 'strict'), namespace('c', 'privileged'))).toEqual([
      'clusters/test/Namespace/_/a: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): no pod-security.kubernetes.io/enforce label',
      'clusters/test/Namespace/_/b: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): pod-security.kubernetes.io/enforce is "strict", not one of privileged, baseline, restricted',
      'clusters/test/Namespace/_/c: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): namespace c enforces privileged, but no named exception covers it',
    ]);
  });
});

describe('k8s/DefaultDenyNetworkPolicy', () => {
  const np = (ns: string, spec: Obj): Obj => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: ns }, spec });
  const MSG = 'Namespaces that run pods have a default-deny ingress NetworkPolicy';

  test('compliant: podSelector {} with policyTypes [Ingress] (or none), no ingress rules', () => {
    expect(run(DefaultDenyNetworkPolicy, namespace('apps'), deployment(), np('apps', { podSelector: {}, policyTypes: ['Ingress'] }))).toEqual([]);
    expect(run(DefaultDenyNetworkPolicy, namespace('apps'), deployment(), np('apps', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [] }))).toEqual([]);
    expect(run(DefaultDenyNetworkPolicy, namespace('apps'), deployment(), np('apps', { podSelector: {} }))).toEqual([]);
  });

  test('namespaces that run no pods need none', () => {
    expect(run(DefaultDenyNetworkPolicy, namespace('empty'), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'empty' } })).toEqual([]);
  });

  test('no policy; an app policy; an allow-all policy; a deny in another namespace', () => {
    expect(run(DefaultDenyNetworkPolicy, namespace('apps'), deployment(), deployment('apps', 'other'))).toEqual([
      `clusters/test/Namespace/_/apps: ${MSG}: namespace apps runs pods (Deployment app, Deployment other) and has no NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules`,
    ]);
    const perApp = np('apps', { podSelector: { matchLabels: labels }, policyTypes: ['Ingress'] });
    const allowAll = np('apps', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] });
    const egressOnly = np('apps', { podSelector: {}, policyTypes: ['Egress'] });
    const elsewhere = np('other', { podSelector: {}, policyTypes: ['Ingress'] });
    for (const p of [perApp, allowAll, egressOnly, elsewhere]) expect(run(DefaultDenyNetworkPolicy, namespace('apps'), deployment(), p)).toHaveLength(1);
  });

  test('pods of Helm releases, Argo CD Helm applications and operators count (the whole cluster is the context)', () => {
    const flux = { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'traefik', namespace: 'flux-system' }, spec: { targetNamespace: 'edge' } };
    const argo = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'metallb', namespace: 'argocd' }, spec: { source: { chart: 'metallb' }, destination: { namespace: 'lb' } } };
    const argoGit = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'apps', namespace: 'argocd' }, spec: { source: { path: 'apps' }, destination: { namespace: 'quiet' } } };
    const pg = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'pg', namespace: 'db' }, spec: { instances: 3 } };
    expect(run(DefaultDenyNetworkPolicy, namespace('edge'), namespace('lb'), namespace('quiet'), namespace('db'), flux, argo, argoGit, pg)).toEqual([
      `clusters/test/Namespace/_/db: ${MSG}: namespace db runs pods (Cluster pg) and has no NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules`,
      `clusters/test/Namespace/_/edge: ${MSG}: namespace edge runs pods (HelmRelease flux-system/traefik) and has no NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules`,
      `clusters/test/Namespace/_/lb: ${MSG}: namespace lb runs pods (Application argocd/metallb) and has no NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules`,
    ]);
  });

  test('long lists of pod sources are shortened', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => deployment('apps', n));
    expect(run(DefaultDenyNetworkPolicy, namespace('apps'), ...many)).toEqual([
      `clusters/test/Namespace/_/apps: ${MSG}: namespace apps runs pods (Deployment a, Deployment b, Deployment c, Deployment d and 2 more) and has no NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules`,
    ]);
  });
});

describe('k8s/PodDisruptionBudget', () => {
  const MSG = 'Workloads with more than one replica are covered by a PodDisruptionBudget that allows disruptions';
  const pdb = (spec: Obj, ns = 'apps'): Obj => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'app', namespace: ns }, spec });
  const hpa = (min?: number): Obj => ({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'app', namespace: 'apps' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'app' }, ...(min === undefined ? {} : { minReplicas: min }), maxReplicas: 5 },
  });
  const two = () => edit(deployment(), (o) => (o.spec.replicas = 2));

  test('one replica needs none', () => expect(run(PodDisruptionBudget, deployment())).toEqual([]));
  test('compliant: matchLabels, matchExpressions, maxUnavailable 1', () => {
    expect(run(PodDisruptionBudget, two(), pdb({ minAvailable: 1, selector: { matchLabels: labels } }))).toEqual([]);
    expect(run(PodDisruptionBudget, two(), pdb({ maxUnavailable: 1, selector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['app', 'x'] }] } }))).toEqual([]);
  });
  test('no PDB, a PDB of other pods or in another namespace', () => {
    const expected = [`${DEP}: ${MSG}: 2 replicas and no PodDisruptionBudget selects its pods`];
    expect(run(PodDisruptionBudget, two())).toEqual(expected);
    expect(run(PodDisruptionBudget, two(), pdb({ minAvailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'other' } } }))).toEqual(expected);
    expect(run(PodDisruptionBudget, two(), pdb({ minAvailable: 1, selector: { matchLabels: labels } }, 'other'))).toEqual(expected);
  });
  test('an HPA sets the replica count: minReplicas (default 1) counts, not spec.replicas', () => {
    const noReplicas = edit(deployment(), (o) => delete o.spec.replicas);
    expect(run(PodDisruptionBudget, noReplicas, hpa(3))).toEqual([`${DEP}: ${MSG}: 3 replicas and no PodDisruptionBudget selects its pods`]);
    expect(run(PodDisruptionBudget, two(), hpa())).toEqual([]);
  });
  test('a PDB that allows no disruption', () => {
    expect(run(PodDisruptionBudget, two(), pdb({ minAvailable: 2, selector: { matchLabels: labels } }))).toEqual([`${DEP}: ${MSG}: PodDisruptionBudget app allows no disruption of its 2 replicas`]);
    expect(run(PodDisruptionBudget, two(), pdb({ maxUnavailable: 0, selector: { matchLabels: labels } }))).toHaveLength(1);
  });
  test('DaemonSets are not checked', () => {
    expect(run(PodDisruptionBudget, edit(deployment('apps', 'agent', 'DaemonSet'), (o) => (o.spec.replicas = 3)))).toEqual([]);
  });
});

describe('k8s/NoSecretData', () => {
  const secret = (extra: Obj): Obj => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: 'apps' }, type: 'Opaque', ...extra });
  test('compliant: no data, empty data, an ExternalSecret', () => {
    const es = { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', metadata: { name: 'creds', namespace: 'apps' }, spec: { data: [{ secretKey: 'password' }] } };
    expect(run(NoSecretData, secret({}), secret({ data: {} }), es)).toEqual([]);
  });
  test('data and stringData, keys listed (values never)', () => {
    expect(run(NoSecretData, secret({ data: { password: 'aHVudGVyMg==', user: 'YQ==' }, stringData: { token: 'abc' } }))).toEqual([
      'clusters/test/Secret/apps/creds: No Secret objects with data or stringData in the GitOps tree: data holds 2 key(s): password, user',
      'clusters/test/Secret/apps/creds: No Secret objects with data or stringData in the GitOps tree: stringData holds 1 key(s): token',
    ]);
  });
});

describe('k8s/RetiredIngressNginx', () => {
  const flux = (chart: string): Obj => ({
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: chart, namespace: chart },
    spec: { chart: { spec: { chart, version: '1.0.0', sourceRef: { kind: 'HelmRepository', name: chart } } } },
  });
  const argo = (chart: string): Obj => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: chart, namespace: 'argocd' },
    spec: { source: { repoURL: 'https://kubernetes.github.io/ingress-nginx', chart, targetRevision: '1.0.0' } },
  });
  const message = 'No ingress controller that is retired upstream: ingress-nginx was retired in March 2026 and gets no releases or security fixes';

  it('warns on a Flux HelmRelease or an Argo CD Application of the ingress-nginx chart', () => {
    expect(run(RetiredIngressNginx, flux('ingress-nginx'), argo('ingress-nginx'))).toEqual([
      `clusters/test/Application/argocd/ingress-nginx: ${message}: Application ingress-nginx installs the ingress-nginx chart`,
      `clusters/test/HelmRelease/ingress-nginx/ingress-nginx: ${message}: HelmRelease ingress-nginx installs the ingress-nginx chart`,
    ]);
    expect(RetiredIngressNginx.severity).toBe('warning');
  });

  it('passes other charts and Applications of a Git path', () => {
    const gitApp = edit(argo('x'), (a) => (a.spec.source = { repoURL: 'https://example.com/repo.git', path: 'apps', targetRevision: 'main' }));
    expect(run(RetiredIngressNginx, flux('traefik'), argo('traefik'), gitApp)).toEqual([]);
  });
});
