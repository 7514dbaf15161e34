/**
 * kured (KUbernetes REboot Daemon): reboots the cluster's nodes that need it after OS updates,
 * inside the maintenance window (site `maintenance`, the cluster's own first), one node at a time
 * (kured's lock: an annotation on its DaemonSet), each cordoned and drained first and uncordoned
 * once back. Only clusters with a window run it (context.ts WINDOWED); their nodes' OS files
 * (infra/bootstrap/updates.ts) leave every reboot to it.
 *
 * Whether a node needs a reboot: Debian/Ubuntu's /var/run/reboot-required (left by the packages
 * unattended-upgrades installs), or Flatcar's update_engine in UPDATE_STATUS_UPDATED_NEED_REBOOT
 * (an update applied to the passive partition). One command checks both, so a cluster mixing the
 * two OSes needs nothing more; kured runs it in the host's mount namespace (nsenter into PID 1's,
 * which is why it runs privileged with the host's PID namespace: the chart's default).
 *
 * Why kured and not Flatcar's update operator (FLUO): FLUO only knows Flatcar's update_engine,
 * while a site's clusters may run Debian or Ubuntu nodes; kured reads both, and takes the
 * maintenance window itself.
 */
import { Construct } from 'constructs';
import { COMPONENT_NAMESPACES } from '../context';
import { helmRelease } from '../release';
import type { ChartProps, HelmValues } from './component';
import { CONTROL_PLANE_TOLERATIONS } from './system-upgrade';

const NS = COMPONENT_NAMESPACES.kured;

/** kured's DaemonSet and its lock annotation (kured's default), for pausing reboots by hand (docs/day2.md). */
export const KURED_NAMES = { daemonSet: 'kured', lockAnnotation: 'weave.works/kured-node-lock' } as const;

/**
 * Exit status 0 when the node needs a reboot (kured splits the command like a shell and runs it on
 * the host). On Debian/Ubuntu update_engine_client does not exist and grep sees nothing: status 1.
 */
export const REBOOT_SENTINEL_COMMAND = 'sh -c "test -e /var/run/reboot-required || update_engine_client -status 2>/dev/null | grep -q UPDATE_STATUS_UPDATED_NEED_REBOOT"';

/** How often kured checks the sentinel and the window: several times in a window of an hour or more (docs/day2.md asks for one). */
export const KURED_PERIOD = '10m';

export interface KuredWindow {
  /** kured's day names (three letters: mon ... sun). */
  readonly days: readonly string[];
  /** HH:MM. */
  readonly start: string;
  readonly end: string;
  /** IANA name, loaded by Go's time package. */
  readonly timeZone: string;
}

/** The chart's values: the window, one node at a time, the sentinel command, a bounded drain. */
export function kuredValues(window: KuredWindow): HelmValues {
  return {
    updateStrategy: 'RollingUpdate',
    maxUnavailable: 1,
    configuration: {
      // The sentinel is a command, not a host file: no hostPath mount (the chart renders the command only then).
      useRebootSentinelHostPath: false,
      rebootSentinel: '',
      rebootSentinelCommand: REBOOT_SENTINEL_COMMAND,
      rebootDays: [...window.days],
      startTime: window.start,
      endTime: window.end,
      timeZone: window.timeZone,
      period: KURED_PERIOD,
      concurrency: 1,
      // A drain a PodDisruptionBudget holds up gives up after 30 minutes: kured uncordons the node,
      // releases the lock and tries again at the next period (forceReboot stays false).
      drainTimeout: '30m',
      skipWaitForDeleteTimeout: '60',
    },
    containerSecurityContext: { privileged: true, readOnlyRootFilesystem: true },
    resources: {
      requests: { cpu: '10m', memory: '32Mi' },
      limits: { cpu: '100m', memory: '128Mi' },
    },
    // Servers too: tolerate what k3s or an operator may taint them with.
    tolerations: CONTROL_PLANE_TOLERATIONS.map((t) => ({ ...t })),
  };
}

export interface KuredProps extends ChartProps {
  /** The cluster's maintenance window. */
  readonly window: KuredWindow;
}

/** The kured chart. */
export class Kured extends Construct {
  constructor(scope: Construct, id: string, { release, window }: KuredProps) {
    super(scope, id);
    helmRelease(this, release, { name: KURED_NAMES.daemonSet, namespace: NS, values: kuredValues(window) });
  }
}
