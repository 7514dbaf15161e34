/**
 * kured (cluster/components/kured.ts) on the clusters with a maintenance window: its values against
 * the pinned chart (schemas/helm-charts/kured-<v>/: the chart has no values.schema.json), so that
 * every value is a key of the chart and every argument the chart's DaemonSet template makes of them
 * is a flag of the kured binary it runs; and the sentinel command run as kured runs it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { synthClusterTree } from '../../cluster/app';
import { KURED_NAMES, REBOOT_SENTINEL_COMMAND } from '../../cluster/components/kured';
import { COMPONENT_NAMESPACES } from '../../cluster/context';
import { CHARTS } from '../../cluster/versions';
import type { Site } from '../../site';
import { schemaDir } from '../../site/schema-dir';
import { HOST_ACCESS_EXCEPTIONS } from '../../synth/gates/policy/k8s/exceptions';
import { objectsOf, siteWith, type Obj } from '../support/helpers';
import { run } from '../support/validators/bootstrap/tools';

const CHART_DIR = path.join(schemaDir(), 'helm-charts', `kured-${CHARTS.kured.version}`);
const chartValues = parse(fs.readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8')) as Record<string, unknown>;
const template = fs.readFileSync(path.join(CHART_DIR, 'daemonset.yaml'), 'utf8');
const kuredFlags = fs.readFileSync(path.join(CHART_DIR, 'kured-1.23.0-flags.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

const WINDOW = { days: ['sat', 'sun'], start: '02:00', end: '05:00', timeZone: 'Europe/Madrid' };
const withWindow = (edit?: (d: Obj) => void) =>
  siteWith((d) => {
    d.maintenance = { ...WINDOW };
    edit?.(d);
  });

const objects = (site: Site) => objectsOf(synthClusterTree(site, site.clusters[0])).map(([, o]) => o);
const kuredRelease = (site: Site) => objects(site).find((o) => o.kind === 'HelmRelease' && o.metadata.name === KURED_NAMES.daemonSet);

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** Key paths of `values` the chart's values.yaml does not have. */
function unknownKeys(values: Record<string, unknown>, chart: Record<string, unknown> = chartValues, prefix = ''): string[] {
  return Object.entries(values).flatMap(([k, v]) => {
    const at = prefix ? `${prefix}.${k}` : k;
    if (!(k in chart)) return [at];
    const c = chart[k];
    // An empty map in the chart (resources: {}) takes any keys: the chart copies it as it is.
    return isMap(v) && isMap(c) && Object.keys(c).length ? unknownKeys(v, c, at) : [];
  });
}

/** The flag the template makes of each `configuration.<key>`: the `- --flag` lines under the `if`/`range` naming the key. */
function templateFlags(): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | undefined;
  for (const line of template.split('\n')) {
    const cond = /\{\{-?\s*(?:if|range)\b.*?\.Values\.configuration\.(\w+)/.exec(line);
    if (cond) key = cond[1];
    const flag = /^\s*- --([a-z-]+)(=|$)/.exec(line);
    if (flag && key && !out.has(key)) out.set(key, flag[1]);
  }
  return out;
}

describe(`kured ${CHARTS.kured.version} on a cluster with a maintenance window`, () => {
  const site = withWindow();
  const release = kuredRelease(site)!;
  const values = release.spec.values as Obj;

  it('is released in its own privileged namespace, at the pinned chart', () => {
    expect(release.metadata.namespace).toBe(COMPONENT_NAMESPACES.kured);
    expect(release.spec.chart.spec).toMatchObject({ chart: 'kured', version: CHARTS.kured.version });
    const ns = objects(site).find((o) => o.kind === 'Namespace' && o.metadata.name === 'kured')!;
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(HOST_ACCESS_EXCEPTIONS.kured.allows).toEqual(['privileged']);
  });

  it('reboots in the window, one node at a time, checking the command (no sentinel file mounted from the host)', () => {
    expect(values.configuration).toMatchObject({
      rebootDays: ['sat', 'sun'],
      startTime: '02:00',
      endTime: '05:00',
      timeZone: 'Europe/Madrid',
      concurrency: 1,
      useRebootSentinelHostPath: false,
      rebootSentinel: '',
      rebootSentinelCommand: REBOOT_SENTINEL_COMMAND,
    });
    expect(values.maxUnavailable).toBe(1);
  });

  it('every key the values set is a key of the chart', () => {
    expect(unknownKeys(values)).toEqual([]);
    expect(unknownKeys({ configuration: { rebootDay: ['sat'] } })).toEqual(['configuration.rebootDay']);
  });

  it('every argument the chart makes of the configuration is a flag of kured 1.23.0', () => {
    const flags = templateFlags();
    // Helm's `if` skips empty strings, 0 and false; the sentinel's host-path switch is not a flag.
    const set = Object.entries(values.configuration as Obj).filter(([k, v]) => k !== 'useRebootSentinelHostPath' && v !== '' && v !== 0 && v !== false);
    expect(set.filter(([k]) => !flags.has(k)).map(([k]) => k)).toEqual([]);
    expect(set.map(([k]) => flags.get(k)!).filter((f) => !kuredFlags.includes(f))).toEqual([]);
    expect(set.map(([k]) => flags.get(k)).sort()).toEqual(
      ['concurrency', 'drain-timeout', 'end-time', 'period', 'reboot-days', 'reboot-sentinel-command', 'skip-wait-for-delete-timeout', 'start-time', 'time-zone'].sort(),
    );
    // The template writes the command only without the host-path sentinel.
    expect(template).toMatch(/if and \.Values\.configuration\.rebootSentinelCommand \(not \.Values\.configuration\.useRebootSentinelHostPath\)/);
  });

  it('the argument line the template writes for the command is YAML that reads back as the command', () => {
    const line = `args:\n  - --reboot-sentinel-command=${REBOOT_SENTINEL_COMMAND}\n`;
    expect(parse(line)).toEqual({ args: [`--reboot-sentinel-command=${REBOOT_SENTINEL_COMMAND}`] });
  });

  it('the window is in the forms kured parses (days.go names, "15:04" times)', () => {
    const days = ['su', 'sun', 'sunday', 'mo', 'mon', 'monday', 'tu', 'tue', 'tuesday', 'we', 'wed', 'wednesday', 'th', 'thu', 'thursday', 'fr', 'fri', 'friday', 'sa', 'sat', 'saturday'];
    expect((values.configuration.rebootDays as string[]).every((d) => days.includes(d))).toBe(true);
    for (const t of [values.configuration.startTime, values.configuration.endTime]) expect(t).toMatch(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
  });

  it('the Argo CD Application gets the same values', () => {
    const argo = withWindow((d) => (d.clusters[0].gitops.engine = 'argocd'));
    const app = objects(argo).find((o) => o.kind === 'Application' && o.metadata.name === KURED_NAMES.daemonSet)!;
    expect(app.spec.source.helm.valuesObject).toEqual(values);
  });

  it('a cluster\'s own window wins over the site\'s', () => {
    const own = withWindow((d) => (d.clusters[0].maintenance = { days: ['wed'], start: '10:00', end: '12:00' }));
    expect(kuredRelease(own)!.spec.values.configuration).toMatchObject({ rebootDays: ['wed'], startTime: '10:00', endTime: '12:00', timeZone: 'UTC' });
  });

  it('no window: no kured', () => {
    const none = siteWith((d) => delete d.maintenance);
    expect(objects(none).filter((o) => o.metadata?.namespace === 'kured' || o.metadata?.name === 'kured')).toEqual([]);
  });
});

describe('the sentinel command, as kured runs it on a node', () => {
  // kured splits the command like a shell: `sh`, `-c`, the script.
  const m = /^sh -c "([^"]+)"$/.exec(REBOOT_SENTINEL_COMMAND);
  const script = m![1];
  const hasFile = fs.existsSync('/var/run/reboot-required');

  /** Runs the script with a fake update_engine_client printing `status` (none: the command does not exist). */
  function exitStatus(status: string | undefined): number | null {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-kured-'));
    try {
      if (status !== undefined) fs.writeFileSync(path.join(dir, 'update_engine_client'), `#!/bin/sh\n[ "$1" = -status ] || exit 2\necho LAST_CHECKED_TIME=0\necho CURRENT_OP=${status}\n`, { mode: 0o755 });
      return run('env', [`PATH=${dir}:/usr/bin:/bin`, 'sh', '-c', script]).status;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  (hasFile ? it.skip : it)('Flatcar with an update applied: 0, a reboot is needed', () => {
    expect(exitStatus('UPDATE_STATUS_UPDATED_NEED_REBOOT')).toBe(0);
  });
  (hasFile ? it.skip : it)('Flatcar up to date: 1 (kured\'s "no reboot")', () => {
    expect(exitStatus('UPDATE_STATUS_IDLE')).toBe(1);
  });
  (hasFile ? it.skip : it)('Debian/Ubuntu without /var/run/reboot-required (no update_engine_client): 1', () => {
    expect(exitStatus(undefined)).toBe(1);
  });
  it('Debian/Ubuntu with /var/run/reboot-required: 0 (the file test is the script\'s first)', () => {
    expect(script.startsWith('test -e /var/run/reboot-required || ')).toBe(true);
    expect(run('sh', ['-c', script.replace('/var/run/reboot-required', '/')]).status).toBe(0);
  });
});
