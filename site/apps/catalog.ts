/**
 * The built-in apps an entry of `clusters[].apps` names with `uses:`. Each is a complete app
 * (types.ts) that the entry's own fields then change. The names are part of the site format:
 * keep them stable. Images are pinned by tag; the source each tag was taken from is noted.
 */
import type { AppSpec } from './types';

export const CATALOG_NAMES = ['jellyfin', 'linkding', 'memos', 'socialdevs-frontend', 'socialdevs-backend', 'web'] as const;
export type CatalogName = (typeof CATALOG_NAMES)[number];

export const CATALOG: Readonly<Record<CatalogName, AppSpec>> = {
  // Media server. Tag: jellyfin/jellyfin 10.11.8 (Docker Hub; Jellyfin's 10.11 stable line).
  // Its library (config, metadata) is backed up; the cache (transcodes, images) and the media are not:
  // put the media on the NAS with `volumes: [{ name: media, storageClass: nfs-shared }]`.
  // Hardware transcoding (QuickSync, VA-API) with `gpu: intel` on the entry, in a cluster with an
  // Intel GPU node; then enable it in Jellyfin's playback settings (docs/gpu.md).
  jellyfin: {
    name: 'jellyfin',
    namespace: 'media',
    image: 'jellyfin/jellyfin:10.11.8',
    port: 8096,
    resources: { cpu: '500m', memory: '1Gi', memoryLimit: '4Gi', cpuLimit: '4' },
    probes: { liveness: '/health', readiness: '/health' },
    writablePaths: ['/tmp'],
    volumes: [
      { name: 'config', size: '10Gi', mountPath: '/config' },
      { name: 'cache', size: '20Gi', mountPath: '/cache', backup: false },
      { name: 'media', size: '500Gi', mountPath: '/media', backup: false },
    ],
    // Metadata and artwork come from the internet.
    internet: true,
  },
  // Bookmarks on SQLite in its data volume. Tag: sissbruecker/linkding 1.44.2 (Docker Hub; release
  // v1.44.2, a security fix). The first admin's password is Secret linkding-admin, key password.
  linkding: {
    name: 'linkding',
    namespace: 'linkding',
    image: 'sissbruecker/linkding:1.44.2',
    port: 9090,
    resources: { cpu: '50m', memory: '128Mi', memoryLimit: '512Mi', cpuLimit: '500m' },
    probes: { liveness: '/health', readiness: '/health' },
    writablePaths: ['/tmp'],
    env: { LD_SUPERUSER_NAME: 'admin', LD_SUPERUSER_PASSWORD: { secret: 'linkding-admin', key: 'password' } },
    volumes: [{ name: 'data', size: '1Gi', mountPath: '/etc/linkding/data' }],
    // It fetches the bookmarked pages' titles, icons and snapshots.
    internet: true,
    // The image's www-data user.
    user: 33,
  },
  // Notes on SQLite in its data volume. Tag: ghcr.io/usememos/memos 0.31.0 (the 0.31 stable line);
  // the image runs as UID 10001, the default user here.
  memos: {
    name: 'memos',
    namespace: 'memos',
    image: 'ghcr.io/usememos/memos:0.31.0',
    port: 5230,
    resources: { cpu: '50m', memory: '64Mi', memoryLimit: '256Mi', cpuLimit: '500m' },
    probes: { liveness: '/healthz', readiness: '/healthz' },
    writablePaths: ['/tmp'],
    volumes: [{ name: 'data', size: '2Gi', mountPath: '/var/opt/memos' }],
  },
  // Seed 004: the SocialDevs Vue frontend, static files served by nginx (image of the seed).
  'socialdevs-frontend': {
    name: 'frontend',
    namespace: 'socialdevs',
    image: 'ghcr.io/socialdevs/frontend:1.0.0',
    port: 8080,
    replicas: 2,
    // nginx serving static files: a quarter core is several times its request and bounds a runaway worker.
    resources: { cpu: '50m', memory: '64Mi', memoryLimit: '128Mi', cpuLimit: '250m' },
    probes: { liveness: '/', readiness: '/' },
    // nginx (unprivileged image) writes its pid and caches under /tmp.
    writablePaths: ['/tmp'],
    user: 101,
  },
  // Seed 004: the SocialDevs FastAPI backend, on PostgreSQL and Kafka (image of the seed).
  'socialdevs-backend': {
    name: 'backend',
    namespace: 'socialdevs',
    image: 'ghcr.io/socialdevs/backend:1.0.0',
    port: 8000,
    replicas: 2,
    autoscale: { maxReplicas: 6, cpuUtilization: 70 },
    // One core: ten times the request, so the HPA (70% of the request) scales out long before
    // the limit throttles a pod.
    resources: { cpu: '100m', memory: '256Mi', memoryLimit: '512Mi', cpuLimit: '1' },
    probes: { liveness: '/healthz', readiness: '/readyz' },
    metrics: { path: '/metrics' },
    writablePaths: ['/tmp'],
    database: { name: 'socialdevs' },
    kafka: { topics: ['socialdevs-events'] },
  },
  // A plain web server (seed 000): nginx, unprivileged image, serving its default page until the
  // entry names an image of its own. Tag: nginxinc/nginx-unprivileged 1.29.3-alpine (mainline 1.29.3).
  web: {
    name: 'web',
    namespace: 'web',
    image: 'nginxinc/nginx-unprivileged:1.29.3-alpine',
    port: 8080,
    resources: { cpu: '25m', memory: '32Mi', memoryLimit: '64Mi', cpuLimit: '250m' },
    probes: { liveness: '/', readiness: '/' },
    writablePaths: ['/tmp'],
    // The image's nginx user.
    user: 101,
  },
};
