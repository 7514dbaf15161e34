/**
 * The Intel GPU device plugin, in clusters with a node whose `gpu` is Intel (context.ts BY_NODES):
 * a DaemonSet on the nodes labelled `sitekit.dev/gpu=intel` that advertises each GPU as
 * `gpu.intel.com/i915` and hands its /dev/dri devices to the containers asking for one. The
 * objects are the plugin's own deployment (deployments/gpu_plugin/base of
 * intel/intel-device-plugins-for-kubernetes, pinned in schemas/intel-device-plugins/) written out
 * here, so no operator, webhook or cert-manager is needed. Changes from it: the node selector (GPU
 * nodes only), `-shared-dev-num` (several apps may share a GPU), no service account token (the
 * plugin talks only to the kubelet's socket).
 *
 * It runs as root with host paths: it registers on the kubelet's socket in
 * /var/lib/kubelet/device-plugins and reads /dev/dri and /sys/class/drm (the namespace's named
 * exception in synth/gates/policy/k8s/exceptions.ts). It serves nothing: its namespace only denies.
 */
import { Construct } from 'constructs';
import { IntOrString, KubeDaemonSet, Quantity } from 'cdk8s-plus-28/lib/imports/k8s';
import { GPU_NODE_LABEL } from '../../site';
import { COMPONENT_NAMESPACES, type Labels } from '../context';
import { INTEL_GPU_PLUGIN } from '../versions';

const NS = COMPONENT_NAMESPACES.intelGpu;
export const INTEL_GPU_PLUGIN_NAME = 'intel-gpu-plugin';

/** Containers one GPU is shared between (each asking for gpu.intel.com/i915: 1). */
export const INTEL_GPU_SHARED_DEV_NUM = 10;

/** The host paths the plugin mounts, by volume name: the GPU's devices, its sysfs, the kubelet's plugin sockets, CDI specs. */
export const INTEL_GPU_HOST_PATHS = {
  devfs: { path: '/dev/dri', readOnly: true },
  sysfsdrm: { path: '/sys/class/drm', readOnly: true },
  kubeletsockets: { path: '/var/lib/kubelet/device-plugins', readOnly: false },
  cdipath: { path: '/var/run/cdi', readOnly: false, type: 'DirectoryOrCreate' },
} as const;

export interface IntelGpuPluginProps {
  readonly labels: Labels;
}

/** The plugin's DaemonSet. */
export class IntelGpuPlugin extends Construct {
  constructor(scope: Construct, id: string, { labels }: IntelGpuPluginProps) {
    super(scope, id);
    const selector = { 'app.kubernetes.io/name': INTEL_GPU_PLUGIN_NAME };
    const field = (fieldPath: string) => ({ valueFrom: { fieldRef: { fieldPath } } });
    const paths = Object.entries(INTEL_GPU_HOST_PATHS);
    new KubeDaemonSet(this, 'plugin', {
      metadata: { name: INTEL_GPU_PLUGIN_NAME, namespace: NS, labels: { ...labels, ...selector } },
      spec: {
        selector: { matchLabels: selector },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: IntOrString.fromNumber(1) } },
        template: {
          metadata: { labels: { ...labels, ...selector } },
          spec: {
            nodeSelector: { [GPU_NODE_LABEL]: 'intel', 'kubernetes.io/arch': 'amd64' },
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            containers: [
              {
                name: INTEL_GPU_PLUGIN_NAME,
                image: `${INTEL_GPU_PLUGIN.image}:${INTEL_GPU_PLUGIN.tag}`,
                imagePullPolicy: 'IfNotPresent',
                args: [`-shared-dev-num=${INTEL_GPU_SHARED_DEV_NUM}`],
                env: [
                  { name: 'NODE_NAME', ...field('spec.nodeName') },
                  { name: 'HOST_IP', ...field('status.hostIP') },
                ],
                securityContext: {
                  seLinuxOptions: { type: 'container_device_plugin_t' },
                  readOnlyRootFilesystem: true,
                  allowPrivilegeEscalation: false,
                  capabilities: { drop: ['ALL'] },
                  seccompProfile: { type: 'RuntimeDefault' },
                },
                resources: {
                  requests: { cpu: Quantity.fromString('40m'), memory: Quantity.fromString('45Mi') },
                  limits: { cpu: Quantity.fromString('100m'), memory: Quantity.fromString('90Mi') },
                },
                volumeMounts: paths.map(([name, p]) => ({ name, mountPath: p.path, ...(p.readOnly ? { readOnly: true } : {}) })),
              },
            ],
            volumes: paths.map(([name, p]) => ({ name, hostPath: { path: p.path, ...('type' in p ? { type: p.type } : {}) } })),
          },
        },
      },
    });
  }
}
