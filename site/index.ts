/**
 * The shared site library: the one typed description of the site that both apps read.
 */
export * from './errors';
export * as ip from './ip';
export { loadSite, loadSiteFile, type LoadOptions, type LoadResult, type SiteRule } from './load';
export * from './ports';
export * from './schema';
export { Site, type Cluster, type Network, type Node } from './site';
export { validateSite } from './validate';
