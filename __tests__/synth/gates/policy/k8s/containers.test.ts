/**
 * synth/gates/policy/k8s: the rules on pod specs and containers (requests, limits, images, probes,
 * security contexts) on tiny hand-made objects, compliant and not, with the exact finding messages.
 * Objects go through the same path as a synth (YAML files → runPolicies).
 */
import { CpuLimits } from '../../../../../synth/gates/policy/k8s/CpuLimits';
import { DropAllCapabilities } from '../../../../../synth/gates/policy/k8s/DropAllCapabilities';
import { ImageTagPinned, parseImage } from '../../../../../synth/gates/policy/k8s/ImageTagPinned';
import { LivenessReadinessProbes } from '../../../../../synth/gates/policy/k8s/LivenessReadinessProbes';
import { MemoryLimits } from '../../../../../synth/gates/policy/k8s/MemoryLimits';
import { NoPrivilegeEscalation } from '../../../../../synth/gates/policy/k8s/NoPrivilegeEscalation';
import { ReadOnlyRootFilesystem } from '../../../../../synth/gates/policy/k8s/ReadOnlyRootFilesystem';
import { ResourceRequests } from '../../../../../synth/gates/policy/k8s/ResourceRequests';
import { RunAsNonRoot } from '../../../../../synth/gates/policy/k8s/RunAsNonRoot';
import { SeccompProfile } from '../../../../../synth/gates/policy/k8s/SeccompProfile';
import { container, DEP, deployment, edit, type Obj, podSpec, run, spec } from '../../../../support/policy/k8s';

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

describe('k8s/RunAsNonRoot: the named exception (namespace intel-gpu-plugin) and no other', () => {
  const root = (ns: string) =>
    edit(deployment(ns, 'intel-gpu-plugin', 'DaemonSet'), (o) => {
      delete spec(o).securityContext.runAsNonRoot;
      spec(o).securityContext.runAsUser = 0;
    });
  test('compliant in intel-gpu-plugin', () => expect(run(RunAsNonRoot, root('intel-gpu-plugin'))).toEqual([]));
  test('a finding in any other namespace', () => {
    expect(run(RunAsNonRoot, root('apps'))).toEqual(['clusters/test/DaemonSet/apps/intel-gpu-plugin: Containers run with runAsNonRoot: true: container "app" runs as user 0']);
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
