/**
 * The Secrets the apps of a namespace read by reference (`env: { X: { secret, key } }`): with
 * External Secrets, one ExternalSecret per Secret, with every key any app of the namespace reads,
 * filled from the entry of the same name in the site's secret store. They live in the namespace's
 * `secrets.yaml`, not in an app's file, since apps may share a Secret. Without External Secrets
 * nothing is rendered: the Secrets are created by hand (the site warns).
 */
import type { Construct } from 'constructs';
import type { AppSpec } from '../../site';
import type { ClusterContext } from '../context';
import { externalSecret } from '../secrets';

/** Secret name → the keys read from it, both sorted, for the apps of one namespace. */
export function secretRefs(apps: readonly AppSpec[]): Map<string, string[]> {
  const keys = new Map<string, Set<string>>();
  for (const app of apps) {
    for (const value of Object.values(app.env ?? {})) {
      if (typeof value === 'string') continue;
      keys.set(value.secret, (keys.get(value.secret) ?? new Set()).add(value.key));
    }
  }
  return new Map([...keys].sort(([a], [b]) => a.localeCompare(b)).map(([s, k]) => [s, [...k].sort()]));
}

/** The ExternalSecrets of the Secrets the apps of `namespace` read (none without External Secrets). */
export function appSecrets(scope: Construct, ctx: ClusterContext, namespace: string, apps: readonly AppSpec[]): void {
  if (!ctx.has('externalSecrets')) return;
  for (const [name, keys] of secretRefs(apps.filter((a) => a.namespace === namespace))) {
    externalSecret(scope, { name, namespace, keys, labels: ctx.labels('app') });
  }
}
