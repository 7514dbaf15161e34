import { didYouMean } from '../errors';
import type { MaintenanceSpec } from '../schema';
import type { Context } from './common';

/** Minutes a load balancer gets in the window to install updates and reboot before the next one starts. */
export const LB_SLOT_MINUTES = 30;

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** `HH:MM` of minutes since midnight. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Length of a window in minutes (it ends later on the day it starts). */
export function windowMinutes(window: Pick<MaintenanceSpec, 'start' | 'end'>): number {
  return minutesOf(window.end) - minutesOf(window.start);
}

/** Minutes of the window each of `count` load balancers gets, one after the other. */
export function loadBalancerSlot(window: Pick<MaintenanceSpec, 'start' | 'end'>, count: number): number {
  return Math.floor(windowMinutes(window) / Math.max(count, 1));
}

/**
 * Where each load balancer's updates start, in minutes after the window opens: the window split in
 * equal slots, one per load balancer in site order, so that no two reboot at once.
 */
export function loadBalancerOffsets(window: MaintenanceSpec, count: number): number[] {
  const slot = loadBalancerSlot(window, count);
  return Array.from({ length: count }, (_, i) => i * slot);
}

/** IANA time zone names as the tz database spells them (what systemd, Go and Intl all read). */
export function timeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

function validateWindow(ctx: Context, window: MaintenanceSpec, path: readonly (string | number)[]): boolean {
  const { out } = ctx;
  const zones = timeZones();
  if (!zones.includes(window.timeZone)) {
    const guess = didYouMean(window.timeZone, zones);
    out.error([...path, 'timeZone'], `unknown time zone "${window.timeZone}"`, 'an IANA time zone name such as Europe/Madrid or UTC', guess ? `did you mean "${guess}"?` : 'write the zone as the tz database names it (timedatectl list-timezones)');
  }
  const seen = new Map<string, number>();
  window.days.forEach((d, i) => {
    const first = seen.get(d);
    if (first === undefined) seen.set(d, i);
    else out.error([...path, 'days', i], `day "${d}" is listed twice (days[${first}])`, 'each day once', 'remove one of the two');
  });
  if (minutesOf(window.end) <= minutesOf(window.start)) {
    out.error(
      [...path, 'end'],
      `the window ends at ${window.end}, ${window.end === window.start ? 'when' : 'before'} it opens (start: ${window.start})`,
      'an end later on the same day than the start (a window does not span midnight)',
      'set end after start, or open the window earlier',
    );
    return false;
  }
  return true;
}

/**
 * The maintenance windows: days once, the end after the start, and (the site's window, which the
 * load balancers use) room for each load balancer to update and reboot after the one before.
 */
export function validateMaintenance(ctx: Context): void {
  const { out, site } = ctx;
  site.clusters.forEach((c, i) => c.maintenance && validateWindow(ctx, c.maintenance, ['clusters', i, 'maintenance']));
  const window = site.maintenance;
  if (!window || !validateWindow(ctx, window, ['maintenance'])) return;
  const lbs = site.nodes.filter((n) => n.role === 'loadbalancer').length;
  const length = windowMinutes(window);
  if (lbs > 1 && loadBalancerSlot(window, lbs) < LB_SLOT_MINUTES) {
    const need = lbs * LB_SLOT_MINUTES;
    out.error(
      ['maintenance', 'end'],
      `the window of ${length} minutes gives each of the ${lbs} load balancers ${loadBalancerSlot(window, lbs)} minutes to update and reboot, one after the other`,
      `at least ${LB_SLOT_MINUTES} minutes per load balancer (${need} minutes for ${lbs})`,
      `set end to ${timeOf(Math.min(minutesOf(window.start) + need, 23 * 60 + 59))} or later`,
    );
  }
}
