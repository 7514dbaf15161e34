/**
 * OS updates in the site's maintenance window (site `maintenance`, a cluster's own wins for its
 * nodes). Nothing is written for a node without a window: it keeps its image's behaviour.
 *
 * Cluster nodes never reboot themselves: kured (cluster/components/kured.ts) drains and reboots
 * them one at a time inside the window once they need it.
 *   Flatcar        update_engine downloads and applies updates whenever they come; /etc/flatcar/
 *                  update.conf sets REBOOT_STRATEGY=off so locksmithd leaves the reboot to kured
 *                  (the update group, i.e. channel, stays the image's: the file sets no GROUP).
 *   Debian/Ubuntu  unattended-upgrades installs security updates when the window opens (a drop-in
 *                  moves apt-daily-upgrade.timer there), never rebooting (Automatic-Reboot false);
 *                  the packages that need one leave /var/run/reboot-required for kured.
 * Other nodes reboot themselves, inside the window:
 *   Flatcar        REBOOT_STRATEGY=reboot in locksmithd's window (which is one day a week, or every
 *                  day: the window's first day unless it has all seven), in the window's time zone.
 *   Debian/Ubuntu  Automatic-Reboot "true" at "now": right after the updates the window opened with.
 * Load balancers update one after the other: load balancer i (site order) starts i slots after the
 * window opens, a slot being the window split evenly among them (site/validate/maintenance.ts
 * keeps each at least LB_SLOT_MINUTES), so two never reboot at once and a VIP always has a holder.
 *
 * These files follow the site on running nodes through the config stack (day2.ts `updates`).
 */
import { loadBalancerOffsets, minutesOf, timeOf, windowMinutes, type MaintenanceSpec, type Node, type Site, type Weekday } from '../../site';
import { TIME_OF_DAY, TIME_ZONE, WEEKDAYS } from '../../site/schema';
import { BootPlan, BootstrapError, EMPTY_PLAN, lines, UNIT_DIR } from './common';

/** Flatcar's update and reboot settings (over /usr/share/flatcar/update.conf, key by key). */
export const FLATCAR_UPDATE_CONF = '/etc/flatcar/update.conf';
/** Read after the distribution's 50unattended-upgrades and 20auto-upgrades. */
export const UNATTENDED_UPGRADES_CONF = '/etc/apt/apt.conf.d/52sitekit-unattended-upgrades';
/** The timer that runs unattended-upgrades (apt.systemd.daily install). */
export const UPGRADE_TIMER = 'apt-daily-upgrade.timer';
/** Its drop-in: a plain file of the plan, so that the config stack pushes it like the others. */
export const UPGRADE_TIMER_DROPIN = `${UNIT_DIR}/${UPGRADE_TIMER}.d/50-sitekit-maintenance.conf`;
export const LOCKSMITHD_UNIT = 'locksmithd.service';
export const LOCKSMITHD_DROPIN = `${UNIT_DIR}/${LOCKSMITHD_UNIT}.d/50-sitekit-time-zone.conf`;
export const UNATTENDED_UPGRADES_PACKAGE = 'unattended-upgrades';

const DAY_NAMES: Readonly<Record<Weekday, string>> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

function checkWindow(node: Node, w: MaintenanceSpec): void {
  const bad = (what: string) => new BootstrapError(`node ${node.name}: maintenance ${what}`);
  if (!w.days.length || w.days.some((d) => !Object.hasOwn(DAY_NAMES, d))) throw bad(`days ${JSON.stringify(w.days)}`);
  for (const t of [w.start, w.end]) if (!TIME_OF_DAY.test(t)) throw bad(`time ${JSON.stringify(t)}`);
  if (!TIME_ZONE.test(w.timeZone)) throw bad(`time zone ${JSON.stringify(w.timeZone)}`);
}

/** Minutes after the window opens that this node's updates start: its slot for a load balancer, else 0. */
export function updateOffset(site: Site, node: Node): number {
  if (node.role !== 'loadbalancer' || node.cluster) return 0;
  const lbs = site.nodesByRole('loadbalancer');
  return loadBalancerOffsets(site.maintenance(node)!, lbs.length)[lbs.findIndex((n) => n.name === node.name)];
}

/** systemd's calendar event of the moment the node's updates start (OnCalendar=). */
export function upgradeCalendar(w: MaintenanceSpec, offset: number): string {
  const days = w.days.length === 7 ? '' : `${[...new Set(w.days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)).map((d) => DAY_NAMES[d]).join(',')} `;
  return `${days}*-*-* ${timeOf(minutesOf(w.start) + offset)}:00 ${w.timeZone}`;
}

/** The drop-in of apt-daily-upgrade.timer: only when the window opens, without the random delay, and not on boot for a run missed. */
export function upgradeTimerDropIn(w: MaintenanceSpec, offset: number): string {
  return lines(
    '# sitekit: unattended-upgrades when the maintenance window opens (site.yaml maintenance)',
    '[Timer]',
    'OnCalendar=',
    `OnCalendar=${upgradeCalendar(w, offset)}`,
    'RandomizedDelaySec=0',
    'Persistent=false',
  );
}

/** unattended-upgrades' settings: on, and a reboot after the updates only for nodes no kured reboots. */
export function unattendedUpgradesConf(os: 'debian' | 'ubuntu', rebootItself: boolean): string {
  return lines(
    '// sitekit: OS updates in the maintenance window (site.yaml maintenance; docs/day2.md).',
    'APT::Periodic::Update-Package-Lists "1";',
    'APT::Periodic::Unattended-Upgrade "1";',
    // Debian's default also takes stable point releases; Ubuntu's already only its security pocket.
    os === 'debian' ? ['#clear Unattended-Upgrade::Origins-Pattern;', 'Unattended-Upgrade::Origins-Pattern {', '  "origin=Debian,label=Debian-Security";', '};'] : [],
    rebootItself
      ? ['Unattended-Upgrade::Automatic-Reboot "true";', 'Unattended-Upgrade::Automatic-Reboot-WithUsers "true";', 'Unattended-Upgrade::Automatic-Reboot-Time "now";']
      : ['// kured reboots this node (cluster/components/kured.ts), drained, when /var/run/reboot-required exists.', 'Unattended-Upgrade::Automatic-Reboot "false";'],
  );
}

/** /etc/flatcar/update.conf: no reboot (kured's), or a reboot in locksmithd's window. */
export function flatcarUpdateConf(w: MaintenanceSpec | undefined): string {
  if (!w) return lines('REBOOT_STRATEGY=off');
  const day = w.days.length === 7 ? '' : `${DAY_NAMES[w.days[0]]} `;
  return lines('REBOOT_STRATEGY=reboot', `LOCKSMITHD_REBOOT_WINDOW_START=${day}${w.start}`, `LOCKSMITHD_REBOOT_WINDOW_LENGTH=${windowMinutes(w)}m`);
}

/** locksmithd reads its window in local time (UTC on Flatcar): this drop-in gives it the window's zone. */
export function locksmithdDropIn(w: MaintenanceSpec): string {
  return lines('# sitekit: locksmithd reads its reboot window in the maintenance window\'s time zone', '[Service]', `Environment=TZ=${w.timeZone}`);
}

/** The node's update and reboot files for its maintenance window; nothing without one. */
export function updatesPlan(site: Site, node: Node): BootPlan {
  const w = site.maintenance(node);
  if (!w) return EMPTY_PLAN;
  checkWindow(node, w);
  const rebootItself = !node.cluster;
  if (node.flatcar) {
    return {
      files: [
        ...(rebootItself ? [{ path: LOCKSMITHD_DROPIN, mode: 0o644, content: locksmithdDropIn(w) }] : []),
        { path: FLATCAR_UPDATE_CONF, mode: 0o644, content: flatcarUpdateConf(rebootItself ? w : undefined) },
      ],
      units: [],
      packages: [],
      commands: [],
    };
  }
  const os = site.spec.images[node.image]?.os;
  if (os !== 'debian' && os !== 'ubuntu') throw new BootstrapError(`node ${node.name}: no OS updates for image os ${JSON.stringify(os)}`);
  return {
    files: [
      { path: UNATTENDED_UPGRADES_CONF, mode: 0o644, content: unattendedUpgradesConf(os, rebootItself) },
      { path: UPGRADE_TIMER_DROPIN, mode: 0o644, content: upgradeTimerDropIn(w, updateOffset(site, node)) },
    ],
    units: [],
    packages: [UNATTENDED_UPGRADES_PACKAGE],
    commands: [],
  };
}
