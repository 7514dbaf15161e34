/**
 * Named exceptions of the host-access rules (k8s/NoHostPath, k8s/NoHostNetwork,
 * k8s/NoPrivilegedContainers, k8s/RunAsNonRoot) and of k8s/NamespacePodSecurity's `privileged` level, by namespace.
 * Each names the component that lives there and why it needs more than a normal workload. They are
 * keyed by the namespaces the cluster app gives these components (cluster/context.ts
 * COMPONENT_NAMESPACES), so a workload anywhere else gets no such allowance: for a one-off, use a
 * suppression in the site (`policy.suppressions`) with its own reason instead of widening this list.
 */

export type HostAccess = 'hostPath' | 'hostNetwork' | 'privileged' | 'root';

export interface NamespaceException {
  readonly component: string;
  readonly allows: readonly HostAccess[];
  readonly reason: string;
}

export const HOST_ACCESS_EXCEPTIONS: Readonly<Record<string, NamespaceException>> = {
  'longhorn-system': {
    component: 'Longhorn',
    allows: ['hostPath', 'privileged'],
    reason: 'the manager, instance managers and CSI plugin are privileged and mount /dev, /proc and the data path (/var/lib/longhorn) from the host to attach block devices over iSCSI',
  },
  'csi-nfs': {
    component: 'csi-driver-nfs',
    allows: ['hostPath', 'hostNetwork', 'privileged'],
    reason: 'the node plugin mounts NFS shares into the kubelet directory (privileged, bidirectional mount propagation over hostPath); the chart runs controller and node plugin on the host network',
  },
  logging: {
    component: 'Grafana Alloy (log agent)',
    allows: ['hostPath'],
    reason: 'the DaemonSet reads container logs from /var/log/pods on every node',
  },
  elastic: {
    component: 'Filebeat of ECK (log agent)',
    allows: ['hostPath'],
    reason: 'the Filebeat DaemonSet reads container logs from /var/log/containers and /var/log/pods on every node (read-only), as root, since the files are root\'s, and keeps its registry in /var/lib/elastic on the node',
  },
  'metallb-system': {
    component: 'MetalLB speaker',
    allows: ['hostNetwork'],
    reason: 'the speaker answers ARP for service addresses and runs memberlist on the node network',
  },
  'system-upgrade': {
    component: 'system-upgrade-controller (k3s upgrades)',
    allows: ['hostPath', 'hostNetwork', 'privileged'],
    reason: 'the upgrade Jobs the controller creates for its Plans run privileged on the host network and PID namespace, with the node\'s root file system at /host, to replace the k3s binary and restart k3s',
  },
  'intel-gpu-plugin': {
    component: 'Intel GPU device plugin',
    allows: ['hostPath', 'root'],
    reason: 'the DaemonSet reads the GPU devices (/dev/dri, /sys/class/drm) of the GPU nodes and registers with the kubelet on its root-owned socket directory /var/lib/kubelet/device-plugins, as root (no capabilities, no privilege escalation, read-only root)',
  },
  kured: {
    component: 'kured (reboots after OS updates)',
    allows: ['privileged'],
    reason: 'the DaemonSet checks whether the node needs a reboot and reboots it by entering the host\'s mount namespace from the host PID namespace (nsenter into PID 1), which needs a privileged container',
  },
  monitoring: {
    component: 'Prometheus node-exporter',
    allows: ['hostPath', 'hostNetwork'],
    reason: 'node-exporter reads /proc, /sys and the root file system of the node and serves its metrics on the host network',
  },
};

/** The exception that lets workloads in `namespace` have `access`, if any. */
export function exceptionFor(namespace: string | undefined, access: HostAccess): NamespaceException | undefined {
  if (namespace === undefined) return undefined;
  const e = Object.prototype.hasOwnProperty.call(HOST_ACCESS_EXCEPTIONS, namespace) ? HOST_ACCESS_EXCEPTIONS[namespace] : undefined;
  return e && e.allows.includes(access) ? e : undefined;
}

/** The exceptions as explanation text for the rules that use them. */
export function describeExceptions(access: HostAccess): string {
  return Object.entries(HOST_ACCESS_EXCEPTIONS)
    .filter(([, e]) => e.allows.includes(access))
    .map(([ns, e]) => `namespace ${ns} (${e.component}): ${e.reason}`)
    .join('; ');
}
