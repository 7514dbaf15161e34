/**
 * synth/gates/policy/k8s: every rule on tiny hand-made objects, compliant and not, with the exact
 * finding messages. Objects go through the same path as a synth (YAML files → runPolicies).
 */
import { toYaml } from '../../../../synth/render';
import { runPolicies, type K8sRule } from '../../../../synth/gates/policy';
import { CpuLimits } from '../../../../synth/gates/policy/k8s/CpuLimits';
import { DefaultDenyNetworkPolicy } from '../../../../synth/gates/policy/k8s/DefaultDenyNetworkPolicy';
import { DropAllCapabilities } from '../../../../synth/gates/policy/k8s/DropAllCapabilities';
import { ImageTagPinned, parseImage } from '../../../../synth/gates/policy/k8s/ImageTagPinned';
import { LivenessReadinessProbes } from '../../../../synth/gates/policy/k8s/LivenessReadinessProbes';
import { MemoryLimits } from '../../../../synth/gates/policy/k8s/MemoryLimits';
import { NamespacePodSecurity } from '../../../../synth/gates/policy/k8s/NamespacePodSecurity';
import { NoHostNetwork } from '../../../../synth/gates/policy/k8s/NoHostNetwork';
import { NoHostPath } from '../../../../synth/gates/policy/k8s/NoHostPath';
import { NoPrivilegedContainers } from '../../../../synth/gates/policy/k8s/NoPrivilegedContainers';
import { NoPrivilegeEscalation } from '../../../../synth/gates/policy/k8s/NoPrivilegeEscalation';
import { NoSecretData } from '../../../../synth/gates/policy/k8s/NoSecretData';
import { PodDisruptionBudget } from '../../../../synth/gates/policy/k8s/PodDisruptionBudget';
import { ReadOnlyRootFilesystem } from '../../../../synth/gates/policy/k8s/ReadOnlyRootFilesystem';
import { RetiredIngressNginx } from '../../../../synth/gates/policy/k8s/RetiredIngressNginx';
import { ResourceRequests } from '../../../../synth/gates/policy/k8s/ResourceRequests';
import { RunAsNonRoot } from '../../../../synth/gates/policy/k8s/RunAsNonRoot';
import { SeccompProfile } from '../../../../synth/gates/policy/k8s/SeccompProfile';

type Obj = Record<string, any>;

/** Findings of one rule on objects of one cluster ("test"), as `<object>: <message>`. */
function run(rule: K8sRule, ...objects: Obj[]): string[] {
  const files = new Map([['clusters/test/things.yaml', toYaml(objects)]]);
  return runPolicies(files, [], [rule]).findings.map((f) => `${f.object}: ${f.message}`);
}

/** A copy of `o` changed by `f`. */
function edit<T extends Obj>(o: T, f: (x: any) => void): T {
  const copy = structuredClone(o);
  f(copy);
  return copy;
}

const container = (name = 'app'): Obj => ({
  name,
  image: 'ghcr.io/example/app:1.2.3',
  resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
  livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
  readinessProbe: { httpGet: { path: '/readyz', port: 8080 } },
  securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
});

const podSpec = (): Obj => ({
  securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [container()],
});

const labels = { 'app.kubernetes.io/name': 'app' };

function deployment(namespace = 'apps', name = 'app', kind = 'Deployment'): Obj {
  return { apiVersion: 'apps/v1', kind, metadata: { name, namespace }, spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: podSpec() } } };
}

const namespace = (name: string, level: string | null = 'restricted'): Obj => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: level === null ? {} : { 'pod-security.kubernetes.io/enforce': level } },
});

const DEP = 'clusters/test/Deployment/apps/app';
const spec = (d: Obj) => d.spec.template.spec;

describe('the pod spec of every workload kind is checked', () => {
  const noRequests = (s: Obj) => delete s.containers[0].resources.requests;
  test.each([
    ['Deployment', (o: Obj) => noRequests(spec(o))],
    ['StatefulSet', (o: Obj) => noRequests(spec(o))],
    ['DaemonSet', (o: Obj) => noRequests(spec(o))],
    ['ReplicaSet', (o: Obj) => noRequests(spec(o))],
    ['Job', (o: Obj) => noRequests(spec(o))],
  ])('%s', (kind, f) => {
    expect(run(ResourceRequests, edit(deployment('apps', 'app', kind), f))).toEqual([
      `clusters/test/${kind}/apps/app: Containers request CPU and memory: container "app" has no resources.requests.cpu or resources.requests.memory`,
    ]);
  });

  test('CronJob (spec.jobTemplate.spec.template.spec) and Pod (spec)', () => {
    const c = container();
    delete c.resources.requests.cpu;
    const cron = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly', namespace: 'apps' }, spec: { schedule: '@daily', jobTemplate: { spec: { template: { spec: { ...podSpec(), containers: [c] } } } } } };
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug', namespace: 'apps' }, spec: { ...podSpec(), containers: [c] } };
    expect(run(ResourceRequests, cron, pod)).toEqual([
      'clusters/test/CronJob/apps/nightly: Containers request CPU and memory: container "app" has no resources.requests.cpu',
      'clusters/test/Pod/apps/debug: Containers request CPU and memory: container "app" has no resources.requests.cpu',
    ]);
  });

  test('other kinds are not pod workloads', () => {
    expect(run(ResourceRequests, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'apps' }, data: { a: 'b' } })).toEqual([]);
  });
});

describe('k8s/ResourceRequests', () => {
  test('compliant', () => expect(run(ResourceRequests, deployment())).toEqual([]));
  test('containers and init containers without requests', () => {
    const d = edit(deployment(), (o) => {
      const init = container('migrate');
      delete init.resources.requests.memory;
      spec(o).initContainers = [init];
      delete spec(o).containers[0].resources;
    });
    expect(run(ResourceRequests, d)).toEqual([
      `${DEP}: Containers request CPU and memory: initContainer "migrate" has no resources.requests.memory`,
      `${DEP}: Containers request CPU and memory: container "app" has no resources.requests.cpu or resources.requests.memory`,
    ]);
  });
});

describe('k8s/MemoryLimits and k8s/CpuLimits', () => {
  test('compliant', () => {
    expect(run(MemoryLimits, deployment())).toEqual([]);
    expect(run(CpuLimits, deployment())).toEqual([]);
  });
  test('a container with a memory limit only (what the seed apps render)', () => {
    const d = edit(deployment(), (o) => delete spec(o).containers[0].resources.limits.cpu);
    expect(run(MemoryLimits, d)).toEqual([]);
    expect(run(CpuLimits, d)).toEqual([`${DEP}: Containers set a CPU limit: container "app" has no resources.limits.cpu`]);
  });
  test('no limits at all', () => {
    const d = edit(deployment(), (o) => delete spec(o).containers[0].resources.limits);
    expect(run(MemoryLimits, d)).toEqual([`${DEP}: Containers set a memory limit: container "app" has no resources.limits.memory`]);
  });
  test('severities: memory is an error, CPU a warning', () => {
    expect(MemoryLimits.severity).toBe('error');
    expect(CpuLimits.severity).toBe('warning');
  });
});

describe('k8s/ImageTagPinned', () => {
  test('parseImage tells a registry port from a tag', () => {
    expect(parseImage('registry:5000/app')).toEqual({ tag: undefined, digest: false });
    expect(parseImage('registry:5000/app:1.0')).toEqual({ tag: '1.0', digest: false });
    expect(parseImage('nginx')).toEqual({ tag: undefined, digest: false });
    expect(parseImage(`app@sha256:${'a'.repeat(64)}`)).toEqual({ tag: undefined, digest: true });
  });
  test('compliant: a version tag, a digest', () => {
    expect(run(ImageTagPinned, deployment())).toEqual([]);
    expect(run(ImageTagPinned, edit(deployment(), (o) => (spec(o).containers[0].image = `registry:5000/app@sha256:${'b'.repeat(64)}`)))).toEqual([]);
  });
  test('latest, untagged (behind a registry port), missing', () => {
    const d = edit(deployment(), (o) => {
      spec(o).initContainers = [{ ...container('init'), image: 'busybox:latest' }, { ...container('noimage'), image: undefined }];
      spec(o).containers[0].image = 'registry:5000/team/app';
    });
    expect(run(ImageTagPinned, d)).toEqual([
      `${DEP}: Container images are pinned by a tag other than latest, or by digest: initContainer "init" uses image busybox:latest`,
      `${DEP}: Container images are pinned by a tag other than latest, or by digest: initContainer "noimage" has no image`,
      `${DEP}: Container images are pinned by a tag other than latest, or by digest: container "app" uses image registry:5000/team/app without a tag (that is :latest)`,
    ]);
  });
});

describe('k8s/LivenessReadinessProbes', () => {
  test('compliant; init containers need none', () => {
    expect(run(LivenessReadinessProbes, edit(deployment(), (o) => (spec(o).initContainers = [{ name: 'init', image: 'a:1' }])))).toEqual([]);
  });
  test('a Deployment and a StatefulSet without probes', () => {
    const d = edit(deployment(), (o) => delete spec(o).containers[0].readinessProbe);
    const s = edit(deployment('apps', 'db', 'StatefulSet'), (o) => {
      delete spec(o).containers[0].readinessProbe;
      delete spec(o).containers[0].livenessProbe;
    });
    expect(run(LivenessReadinessProbes, d, s)).toEqual([
      `${DEP}: Containers of Deployments and StatefulSets have liveness and readiness probes: container "app" has no readinessProbe`,
      'clusters/test/StatefulSet/apps/db: Containers of Deployments and StatefulSets have liveness and readiness probes: container "app" has no livenessProbe or readinessProbe',
    ]);
  });
  test('DaemonSets and Jobs are not checked', () => {
    const strip = (o: Obj) => {
      delete spec(o).containers[0].readinessProbe;
      delete spec(o).containers[0].livenessProbe;
    };
    expect(run(LivenessReadinessProbes, edit(deployment('apps', 'agent', 'DaemonSet'), strip), edit(deployment('apps', 'once', 'Job'), strip))).toEqual([]);
  });
});

describe('k8s/RunAsNonRoot', () => {
  test('compliant at pod level, and at container level only', () => {
    expect(run(RunAsNonRoot, deployment())).toEqual([]);
    const d = edit(deployment(), (o) => {
      delete spec(o).securityContext.runAsNonRoot;
      spec(o).containers[0].securityContext.runAsNonRoot = true;
    });
    expect(run(RunAsNonRoot, d)).toEqual([]);
  });
  test('unset, overridden by the container, root user', () => {
    const d = edit(deployment(), (o) => {
      delete spec(o).securityContext.runAsNonRoot;
      spec(o).initContainers = [{ ...container('init'), securityContext: { runAsNonRoot: true, runAsUser: 0 } }];
      spec(o).containers.push(container('sidecar'));
      spec(o).containers[1].securityContext.runAsNonRoot = false;
    });
    expect(run(RunAsNonRoot, d)).toEqual([
      `${DEP}: Containers run with runAsNonRoot: true: initContainer "init" runs as user 0`,
      `${DEP}: Containers run with runAsNonRoot: true: container "app" does not set runAsNonRoot (pod or container securityContext)`,
      `${DEP}: Containers run with runAsNonRoot: true: container "sidecar" sets runAsNonRoot: false`,
    ]);
  });
});

describe('k8s/NoPrivilegeEscalation', () => {
  test('compliant', () => expect(run(NoPrivilegeEscalation, deployment())).toEqual([]));
  test('unset (defaults to true) and true', () => {
    const d = edit(deployment(), (o) => {
      delete spec(o).containers[0].securityContext.allowPrivilegeEscalation;
      spec(o).containers.push({ ...container('b'), securityContext: { allowPrivilegeEscalation: true } });
    });
    expect(run(NoPrivilegeEscalation, d)).toEqual([
      `${DEP}: Containers set allowPrivilegeEscalation: false: container "app" does not set allowPrivilegeEscalation (it defaults to true)`,
      `${DEP}: Containers set allowPrivilegeEscalation: false: container "b" sets allowPrivilegeEscalation: true`,
    ]);
  });
});

describe('k8s/DropAllCapabilities', () => {
  test('compliant, also with a capability added back', () => {
    expect(run(DropAllCapabilities, edit(deployment(), (o) => (spec(o).containers[0].securityContext.capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] })))).toEqual([]);
  });
  test('dropping some, or none', () => {
    const d = edit(deployment(), (o) => {
      spec(o).containers[0].securityContext.capabilities = { drop: ['NET_RAW'] };
      spec(o).initContainers = [{ ...container('init'), securityContext: {} }];
    });
    expect(run(DropAllCapabilities, d)).toEqual([
      `${DEP}: Containers drop ALL capabilities: initContainer "init" does not drop ALL capabilities`,
      `${DEP}: Containers drop ALL capabilities: container "app" does not drop ALL capabilities`,
    ]);
  });
});

describe('k8s/ReadOnlyRootFilesystem', () => {
  test('compliant', () => expect(run(ReadOnlyRootFilesystem, deployment())).toEqual([]));
  test('unset and false', () => {
    const d = edit(deployment(), (o) => {
      spec(o).containers[0].securityContext.readOnlyRootFilesystem = false;
      spec(o).containers.push({ ...container('b'), securityContext: {} });
    });
    expect(run(ReadOnlyRootFilesystem, d)).toEqual([
      `${DEP}: Containers set readOnlyRootFilesystem: true: container "app" sets readOnlyRootFilesystem: false`,
      `${DEP}: Containers set readOnlyRootFilesystem: true: container "b" does not set readOnlyRootFilesystem`,
    ]);
  });
});

describe('k8s/SeccompProfile', () => {
  test('compliant at pod level; Localhost at container level', () => {
    expect(run(SeccompProfile, deployment())).toEqual([]);
    expect(run(SeccompProfile, edit(deployment(), (o) => (spec(o).containers[0].securityContext.seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' })))).toEqual([]);
  });
  test('none, and a container that turns it off', () => {
    const d = edit(deployment(), (o) => {
      delete spec(o).securityContext.seccompProfile;
      spec(o).containers.push({ ...container('b'), securityContext: { seccompProfile: { type: 'Unconfined' } } });
    });
    expect(run(SeccompProfile, d)).toEqual([
      `${DEP}: Containers run with seccompProfile RuntimeDefault or Localhost: container "app" has no seccompProfile (pod or container securityContext)`,
      `${DEP}: Containers run with seccompProfile RuntimeDefault or Localhost: container "b" uses seccompProfile Unconfined`,
    ]);
  });
});

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
