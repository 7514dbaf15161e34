/**
 * The shared site library: the one typed description of the site that both apps read.
 */
export * from './errors';
export * as ip from './ip';
export { loadSite, loadSiteFile, type LoadOptions, type LoadResult, type SiteRule } from './load';
export * from './ports';
export * from './gpu';
export * from './schema';
export { DYNAMIC_TARGET, Site, type Cluster, type Network, type Node, type PublicDns } from './site';
export { hostsOf, placeNodes, type Host } from './hosts';
export { LB_SLOT_MINUTES, loadBalancerOffsets, minutesOf, timeOf, validateSite, windowMinutes } from './validate';
export { CATALOG, CATALOG_NAMES, type CatalogName } from './apps/catalog';
export { databaseBackendOf, isLonghornClass, isSharedClass, STORAGE_CLASSES, storageClasses, type DatabaseBackend } from './apps/backends';
export { appClaimName, redisClaim, redisName, resolveApp, type ResolvedApp } from './apps/resolve';
export { PG_IDENTIFIER, PINNED_IMAGE } from './apps/schema';
export type { AppPort, AppSpec, AppVolume, EnvValue, SecretRef } from './apps/types';
