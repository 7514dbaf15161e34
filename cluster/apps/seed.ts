/**
 * The applications of each cluster, by cluster name. Declared in TypeScript until the site
 * schema has an `apps` section. The default site (cluster `microcloud`) runs the SocialDevs seed:
 * a Vue frontend served by nginx on the apex domain and a FastAPI backend on `api.`, using
 * PostgreSQL and Kafka.
 */
import type { Site } from '../../site';
import type { AppSpec } from './app';

/** Apps of a cluster; hostnames are built from the site's domain. */
export type AppCatalog = Readonly<Record<string, (site: Site) => readonly AppSpec[]>>;

export const SEED_NAMESPACE = 'socialdevs';

export const APPS: AppCatalog = {
  microcloud: (site) => [
    {
      name: 'frontend',
      namespace: SEED_NAMESPACE,
      image: 'ghcr.io/socialdevs/frontend:1.0.0',
      port: 8080,
      replicas: 2,
      host: site.domain,
      // nginx serving static files: a quarter core is several times its request and bounds a runaway worker.
      resources: { cpu: '50m', memory: '64Mi', memoryLimit: '128Mi', cpuLimit: '250m' },
      probes: { liveness: '/', readiness: '/' },
      // nginx (unprivileged image) writes its pid and caches under /tmp.
      writablePaths: ['/tmp'],
      user: 101,
    },
    {
      name: 'backend',
      namespace: SEED_NAMESPACE,
      image: 'ghcr.io/socialdevs/backend:1.0.0',
      port: 8000,
      replicas: 2,
      autoscale: { maxReplicas: 6, cpuUtilization: 70 },
      host: `api.${site.domain}`,
      // One core: ten times the request, so the HPA (70% of the request) scales out long before
      // the limit throttles a pod.
      resources: { cpu: '100m', memory: '256Mi', memoryLimit: '512Mi', cpuLimit: '1' },
      probes: { liveness: '/healthz', readiness: '/readyz' },
      metrics: { path: '/metrics' },
      writablePaths: ['/tmp'],
      env: { CORS_ORIGINS: `https://${site.domain}` },
      database: { name: 'socialdevs' },
      kafka: { topics: ['socialdevs-events'] },
    },
  ],
};
