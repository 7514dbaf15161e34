/**
 * k3s upgrades of running nodes: Rancher's system-upgrade-controller (SUC) and two Plans per
 * cluster at the site's `k3s.version`. Every cluster runs it (context.ts ALWAYS_ON).
 *
 * controllers: the Plan CRD (the release's `crd.yaml`, pinned in schemas/ and read from
 * imports/crds/), and the objects of the release's `system-upgrade-controller.yaml` (namespace
 * `system-upgrade`, ServiceAccount, RBAC, ConfigMap, Deployment) written out here. Changes from the
 * release, for the policy pack: the container has requests and limits and a read-only root (it
 * writes only to /tmp, an emptyDir), and the host CA directories are not mounted (they serve Plans
 * that resolve a `channel` URL; these Plans name a version and the controller only calls the API
 * server). It has no probes: the image holds only the binary and the controller serves no port
 * (synth/gates/policy/k8s/LivenessReadinessProbes.ts names that exception).
 *
 * configs: Plan `k3s-server` upgrades the servers (the control-plane label) one at a time, cordoned;
 * Plan `k3s-agent` then upgrades every other k3s node one at a time, drained, once its `prepare`
 * step sees the server Plan done and every server at the version. The Jobs run the k3s-upgrade
 * image, which replaces the binary the running k3s was started from (/opt/bin/k3s) and restarts it.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import * as fs from 'fs';
import * as path from 'path';
import { KubeClusterRole, KubeClusterRoleBinding, KubeConfigMap, KubeDeployment, KubeRole, KubeRoleBinding, KubeServiceAccount, Quantity, type PolicyRule, type Toleration } from 'cdk8s-plus-28/lib/imports/k8s';
import { Plan, type PlanSpec } from '../../imports/k8s/upgrade.cattle.io';
import { repoRoot } from '../../site/schema-dir';
import { COMPONENT_NAMESPACES, type Labels } from '../context';
import { SYSTEM_UPGRADE } from '../versions';

const NS = COMPONENT_NAMESPACES.systemUpgrade;

/** Names of the release's objects. */
export const SUC_NAMES = {
  serviceAccount: 'system-upgrade',
  controller: 'system-upgrade-controller',
  drainer: 'system-upgrade-controller-drainer',
  config: 'default-controller-env',
} as const;

/** The Plans: servers first, then agents (the agent Plan's prepare step waits for the server Plan). */
export const PLAN_NAMES = { server: 'k3s-server', agent: 'k3s-agent' } as const;

/** The label k3s puts on servers. */
export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/** The folder of the CRD in schemas/crds and imports/crds: the release the controller image is. */
export const SUC_CRD_FOLDER = `system-upgrade-controller-${SYSTEM_UPGRADE.controller.tag}`;

/** The CustomResourceDefinitions of the release (`plans.upgrade.cattle.io`), as `npm run import` wrote them. */
export function sucCrds(): Record<string, unknown>[] {
  return JSON.parse(fs.readFileSync(path.join(repoRoot(), 'imports', 'crds', `${SUC_CRD_FOLDER}.json`), 'utf8'));
}

/**
 * Taints of control-plane nodes the controller and the server Plan's Jobs tolerate: the release's
 * list for its Deployment (k3s servers carry none unless tainted, e.g. CriticalAddonsOnly).
 */
export const CONTROL_PLANE_TOLERATIONS: readonly Toleration[] = [
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
  { key: 'node-role.kubernetes.io/master', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node-role.kubernetes.io/controlplane', operator: 'Exists', effect: 'NoSchedule' },
  { key: CONTROL_PLANE_LABEL, operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node-role.kubernetes.io/etcd', operator: 'Exists', effect: 'NoExecute' },
];

/** The controller's settings (the release's ConfigMap; the kubectl image pinned in versions.ts). */
export function sucControllerEnv(): Record<string, string> {
  return {
    SYSTEM_UPGRADE_CONTROLLER_DEBUG: 'false',
    SYSTEM_UPGRADE_CONTROLLER_THREADS: '2',
    SYSTEM_UPGRADE_CONTROLLER_LEADER_ELECT: 'true',
    SYSTEM_UPGRADE_JOB_ACTIVE_DEADLINE_SECONDS: '900',
    SYSTEM_UPGRADE_JOB_BACKOFF_LIMIT: '99',
    SYSTEM_UPGRADE_JOB_IMAGE_PULL_POLICY: 'Always',
    SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE: `${SYSTEM_UPGRADE.kubectl.image}:${SYSTEM_UPGRADE.kubectl.tag}`,
    SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE_WINDOWS: '',
    SYSTEM_UPGRADE_JOB_PRIVILEGED: 'true',
    SYSTEM_UPGRADE_JOB_TTL_SECONDS_AFTER_FINISH: '900',
    SYSTEM_UPGRADE_PLAN_POLLING_INTERVAL: '15m',
  };
}

const rule = (apiGroups: string[], resources: string[], verbs: string[], resourceNames?: string[]): PolicyRule => ({ apiGroups, resources, verbs, ...(resourceNames ? { resourceNames } : {}) });

/** The Plan specs of a cluster: both at the cluster's k3s version. */
export function k3sPlanSpecs(version: string): { server: PlanSpec; agent: PlanSpec } {
  const upgrade = { image: SYSTEM_UPGRADE.k3sUpgrade };
  return {
    server: {
      concurrency: 1,
      version,
      nodeSelector: { matchExpressions: [{ key: CONTROL_PLANE_LABEL, operator: 'Exists' }] },
      serviceAccountName: SUC_NAMES.serviceAccount,
      tolerations: CONTROL_PLANE_TOLERATIONS.map((t) => ({ ...t })),
      cordon: true,
      upgrade,
    },
    agent: {
      concurrency: 1,
      version,
      nodeSelector: { matchExpressions: [{ key: CONTROL_PLANE_LABEL, operator: 'DoesNotExist' }] },
      serviceAccountName: SUC_NAMES.serviceAccount,
      // Waits until the server Plan applies to no node and every server runs the version.
      prepare: { image: SYSTEM_UPGRADE.k3sUpgrade, args: ['prepare', PLAN_NAMES.server] },
      // kubectl drain: evictions honour PodDisruptionBudgets; DaemonSet pods stay; emptyDir data
      // goes with its pod; pods no controller recreates are deleted (force); a pod still
      // terminating 60 s after its grace period is not waited for. The Job's deadline (900 s,
      // then retried) bounds a drain a PodDisruptionBudget holds up.
      drain: { force: true, ignoreDaemonSets: true, deleteEmptydirData: true, skipWaitForDeleteTimeout: 60 },
      upgrade,
    },
  };
}

export interface SystemUpgradeProps {
  /** Labels of the controller's objects (the CRD keeps its own and gets these). */
  readonly labels: Labels;
}

/** The system-upgrade-controller: the Plan CRD and the release's objects. */
export class SystemUpgrade extends Construct {
  constructor(scope: Construct, id: string, { labels }: SystemUpgradeProps) {
    super(scope, id);
    for (const crd of sucCrds()) {
      const meta = crd.metadata as { name: string; labels?: Record<string, string> };
      new ApiObject(this, `crd-${meta.name}`, { ...(crd as { apiVersion: string; kind: string }), metadata: { ...meta, labels: { ...meta.labels, ...labels } } });
    }
    const sa = SUC_NAMES.serviceAccount;
    new KubeServiceAccount(this, 'sa', { metadata: { name: sa, namespace: NS, labels } });
    new KubeClusterRole(this, 'cluster-role', {
      metadata: { name: SUC_NAMES.controller, labels },
      rules: [
        rule(['batch'], ['jobs'], ['get', 'list', 'watch']),
        rule(['apiextensions.k8s.io'], ['customresourcedefinitions'], ['get', 'list', 'watch', 'create', 'patch', 'update']),
        rule([''], ['namespaces', 'nodes'], ['get', 'list', 'watch']),
        rule([''], ['nodes'], ['update']),
        rule([''], ['events'], ['get', 'create', 'patch', 'update']),
        rule(['coordination.k8s.io'], ['leases'], ['create']),
        rule(['coordination.k8s.io'], ['leases'], ['get', 'update'], [SUC_NAMES.controller]),
        rule(['upgrade.cattle.io'], ['plans', 'plans/status'], ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete']),
      ],
    });
    new KubeRole(this, 'role', {
      metadata: { name: SUC_NAMES.controller, namespace: NS, labels },
      rules: [
        rule(['batch'], ['jobs'], ['create', 'delete', 'deletecollection', 'patch', 'update', 'get', 'list', 'watch']),
        rule([''], ['secrets'], ['get', 'list', 'watch']),
      ],
    });
    // What `kubectl drain` in the Jobs needs.
    new KubeClusterRole(this, 'drainer', {
      metadata: { name: SUC_NAMES.drainer, labels },
      rules: [
        rule([''], ['pods/eviction'], ['create']),
        rule([''], ['pods'], ['get', 'list', 'delete']),
        rule([''], ['nodes'], ['get', 'patch']),
        rule(['apps'], ['statefulsets', 'daemonsets', 'replicasets'], ['get', 'list']),
      ],
    });
    const subjects = [{ kind: 'ServiceAccount', name: sa, namespace: NS }];
    new KubeClusterRoleBinding(this, 'drainer-binding', {
      metadata: { name: 'system-upgrade-drainer', labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: SUC_NAMES.drainer },
      subjects,
    });
    new KubeClusterRoleBinding(this, 'cluster-role-binding', {
      metadata: { name: 'system-upgrade', labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: SUC_NAMES.controller },
      subjects,
    });
    new KubeRoleBinding(this, 'role-binding', {
      metadata: { name: 'system-upgrade', namespace: NS, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: SUC_NAMES.controller },
      subjects,
    });
    new KubeConfigMap(this, 'env', { metadata: { name: SUC_NAMES.config, namespace: NS, labels }, data: sucControllerEnv() });
    this.deployment(labels);
  }

  private deployment(labels: Labels): void {
    // The controller label keeps its own pod out of the drains it runs.
    const podLabels = { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/name': SUC_NAMES.controller, 'upgrade.cattle.io/controller': SUC_NAMES.controller };
    const field = (fieldPath: string) => ({ valueFrom: { fieldRef: { fieldPath } } });
    new KubeDeployment(this, 'controller', {
      metadata: { name: SUC_NAMES.controller, namespace: NS, labels },
      spec: {
        strategy: { type: 'Recreate' },
        selector: { matchLabels: { 'upgrade.cattle.io/controller': SUC_NAMES.controller } },
        template: {
          metadata: { labels: podLabels },
          spec: {
            affinity: {
              nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: {
                  nodeSelectorTerms: [{ matchExpressions: [{ key: CONTROL_PLANE_LABEL, operator: 'Exists' }, { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }] }],
                },
              },
              podAntiAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: [
                  { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: [SUC_NAMES.controller] }] } },
                ],
              },
            },
            serviceAccountName: SUC_NAMES.serviceAccount,
            tolerations: CONTROL_PLANE_TOLERATIONS.map((t) => ({ ...t })),
            containers: [
              {
                name: SUC_NAMES.controller,
                image: `${SYSTEM_UPGRADE.controller.image}:${SYSTEM_UPGRADE.controller.tag}`,
                imagePullPolicy: 'IfNotPresent',
                securityContext: {
                  runAsNonRoot: true,
                  runAsUser: 65534,
                  runAsGroup: 65534,
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  seccompProfile: { type: 'RuntimeDefault' },
                  capabilities: { drop: ['ALL'] },
                },
                resources: {
                  requests: { cpu: Quantity.fromString('20m'), memory: Quantity.fromString('64Mi') },
                  limits: { cpu: Quantity.fromString('500m'), memory: Quantity.fromString('256Mi') },
                },
                envFrom: [{ configMapRef: { name: SUC_NAMES.config } }],
                env: [
                  { name: 'SYSTEM_UPGRADE_CONTROLLER_NAME', ...field("metadata.labels['upgrade.cattle.io/controller']") },
                  { name: 'SYSTEM_UPGRADE_CONTROLLER_NAMESPACE', ...field('metadata.namespace') },
                  { name: 'SYSTEM_UPGRADE_CONTROLLER_NODE_NAME', ...field('spec.nodeName') },
                ],
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: {} }],
          },
        },
      },
    });
  }
}

export interface K3sUpgradePlansProps {
  /** Labels of the Plans. */
  readonly labels: Labels;
  /** The k3s version the cluster's nodes run (`k3s.version` of the site). */
  readonly version: string;
}

/** The Plans upgrading the cluster's servers, then its agents, to the version. */
export class K3sUpgradePlans extends Construct {
  constructor(scope: Construct, id: string, { labels, version }: K3sUpgradePlansProps) {
    super(scope, id);
    const specs = k3sPlanSpecs(version);
    for (const role of ['server', 'agent'] as const) {
      new Plan(this, `plan-${role}`, { metadata: { name: PLAN_NAMES[role], namespace: NS, labels: { ...labels } }, spec: specs[role] });
    }
  }
}
