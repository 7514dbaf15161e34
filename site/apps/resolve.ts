/**
 * An entry of `clusters[].apps` → the app it describes (types.ts): the catalog app it `uses`,
 * with the entry's fields on top (env and resources key by key, volumes by name, every other
 * field as a whole). Fields neither gives are reported as missing (validate/apps.ts).
 */
import { CATALOG } from './catalog';
import type { AppInput } from './schema';
import type { AppSpec, AppVolume } from './types';

export interface ResolvedApp {
  /** Complete when `missing` is empty. */
  readonly app: AppSpec;
  /** Required fields neither the entry nor its catalog app gives, as paths in the entry (`resources.cpu`, `volumes[1].size`). */
  readonly missing: readonly string[];
}

/** Drops keys whose value is undefined (so a resolved app compares equal to one written by hand). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function mergeVolumes(base: readonly AppVolume[] = [], own: AppInput['volumes'] = []): Partial<AppVolume>[] {
  const out: Partial<AppVolume>[] = base.map((v) => ({ ...v }));
  for (const v of own) {
    const i = out.findIndex((b) => b.name === v.name);
    if (i >= 0) out[i] = defined({ ...out[i], ...defined(v) });
    else out.push(defined(v));
  }
  return out;
}

/** Size of an app's Redis volume when the entry says `redis: true`. */
export const REDIS_VOLUME_GIB = 1;

/** The claim of an app's volume (the cluster app names it so; the site's rules check its collisions). */
export const appClaimName = (app: string, volume: string) => `${app}-${volume}`;
/** The name of an app's Redis: its StatefulSet, Service and Secret. */
export const redisName = (app: string) => `${app}-redis`;
/** The claim of its Redis' volume. */
export const redisClaim = (app: string) => `${redisName(app)}-data`;

function redisOf(r: AppInput['redis']): AppSpec['redis'] {
  if (r === undefined) return undefined;
  return { sizeGiB: (r === true ? undefined : r.sizeGiB) ?? REDIS_VOLUME_GIB };
}

export function resolveApp(input: AppInput): ResolvedApp {
  const base: Partial<AppSpec> = input.uses ? CATALOG[input.uses] : {};
  const name = input.name ?? base.name;
  const env = base.env || input.env ? { ...base.env, ...input.env } : undefined;
  const resources = base.resources || input.resources ? defined({ ...base.resources, ...defined(input.resources ?? {}) }) : undefined;
  const volumes = base.volumes || input.volumes ? mergeVolumes(base.volumes, input.volumes) : undefined;
  const missing: string[] = [];
  const need = (ok: unknown, path: string) => ok === undefined && missing.push(path);
  need(name, 'name');
  need(input.image ?? base.image, 'image');
  need(input.port ?? base.port, 'port');
  need(resources?.cpu, 'resources.cpu');
  need(resources?.memory, 'resources.memory');
  need(input.probes ?? base.probes, 'probes');
  volumes?.forEach((v, j) => {
    need(v.size, `volumes[${j}].size`);
    need(v.mountPath, `volumes[${j}].mountPath`);
  });
  const app = defined({
    name,
    namespace: input.namespace ?? base.namespace ?? name,
    image: input.image ?? base.image,
    port: input.port ?? base.port,
    ports: input.ports ?? base.ports,
    replicas: input.replicas ?? base.replicas,
    autoscale: input.autoscale ?? base.autoscale,
    host: input.host ?? base.host,
    internalHost: input.internalHost ?? base.internalHost,
    resources,
    probes: input.probes ?? base.probes,
    metrics: input.metrics ?? base.metrics,
    writablePaths: input.writablePaths ?? base.writablePaths,
    env,
    volumes,
    database: input.database ?? base.database,
    kafka: input.kafka ?? base.kafka,
    redis: redisOf(input.redis) ?? base.redis,
    allowFrom: input.allowFrom ?? base.allowFrom,
    internet: input.internet ?? base.internet,
    callsTo: input.callsTo ?? base.callsTo,
    user: input.user ?? base.user,
    gpu: input.gpu ?? base.gpu,
  }) as AppSpec;
  // A copy: the frozen Site must not freeze (or share) the catalog's objects.
  return { app: structuredClone(app), missing };
}
