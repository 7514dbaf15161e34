/**
 * The infra app: the site's Terraform, one stack per state boundary.
 *
 * Stack ids are a contract: they name the directories under dist/terraform and the states.
 */
import type { Site } from '../site';
import { backendFor } from './backends';
import { ConfigStack } from './stacks/config';
import { EdgeStack } from './stacks/edge';
import { NetworkStack } from './stacks/network';
import { NodesStack } from './stacks/nodes';
import { TerraformApp, TerraformStack } from './tf';

/** Builds every stack of the site into `app`. */
export function buildInfra(app: TerraformApp, site: Site): TerraformStack[] {
  const backend = backendFor(site);
  const stacks: TerraformStack[] = [new NetworkStack(app, 'network', { site, backend }), new NodesStack(app, 'nodes', { site, backend }), new ConfigStack(app, 'config', { site })];
  if (site.spec.cloudflare) stacks.push(new EdgeStack(app, 'edge', { site }));
  return stacks;
}

/**
 * Stacks of your own next to the site's: build them into `app` (a SiteStack gets the site's state
 * backend). Each is written to `terraform/<stack id>/cdk.tf.json`.
 */
export type InfraExtension = (app: TerraformApp, site: Site) => void;

/** The Terraform JSON of every stack, validated, by stack id. */
export function synthInfra(site: Site, extend?: InfraExtension): Map<string, object> {
  const app = new TerraformApp({ outdir: '/nonexistent', skipValidation: true });
  const out = new Map<string, object>();
  const stacks = buildInfra(app, site);
  extend?.(app, site);
  const own = new Set(stacks);
  for (const c of app.node.children) if (TerraformStack.isStack(c) && !own.has(c)) stacks.push(c);
  for (const stack of stacks) {
    stack.runAllValidations();
    out.set(stack.node.id, stack.toTerraform());
  }
  return out;
}
