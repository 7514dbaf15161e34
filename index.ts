/**
 * sitekit as a library: load a site, add stacks and cluster objects of your own, and synthesize
 * them with the site's through the same gates (policy pack, secret scan, data-loss guard) and the
 * same atomic write. `npm run synth` is `synth(process.argv.slice(2))` with no extensions.
 *
 *   import { synth, SiteStack } from 'sitekit';
 *   process.exitCode = synth(process.argv.slice(2), undefined, undefined, {
 *     infra: (app, site) => { new SiteStack(app, 'dns', { site }); },
 *     clusters: (site, cluster, add) => add('apps/tools/notes.yaml', (chart) => { ... }),
 *   });
 */
export * from './site';
export { main as synth, checkGates } from './synth/synth';
export { renderSite, type Extensions, type Rendered } from './synth/render';
export { buildInfra, synthInfra, type InfraExtension } from './infra/app';
export { SiteStack, type SiteStackProps } from './infra/stacks/base';
export { NetworkStack, type HypervisorStackProps } from './infra/stacks/network';
export { NodesStack } from './infra/stacks/nodes';
export { ConfigStack } from './infra/stacks/config';
export { EdgeStack, type EdgeStackProps } from './infra/stacks/edge';
export { backendFor, type HypervisorBackend } from './infra/backends';
export { TerraformApp, TerraformStack, TerraformData, type TerraformDataConfig } from './infra/tf';
export { inventory, renderInventory, INVENTORY_FILE, type Inventory, type HostVars } from './ansible/inventory';
export { synthClusters, synthClusterTree, type AddToTree, type ClusterExtension, type SynthOptions } from './cluster/app';
export { WebApp, type AppSpec, type WebAppProps } from './cluster/apps/app';
export { webAppProps } from './cluster/apps/resolve';
export { appSecrets } from './cluster/apps/secrets';
export { ClusterContext } from './cluster/context';
