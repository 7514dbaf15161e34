import type { Construct } from 'constructs';
import type { Site } from '../../site';
import type { HypervisorBackend } from '../backends';
import { tfName } from '../backends/common';
import { TerraformOutput } from '../tf';
import { SiteStack } from './base';
import { renderNodeBootstrap, toMachineBootstrap } from './bootstrap';
import { SiteSecrets } from './secrets';

/**
 * State boundary for the VMs of the site, their first-boot configuration and the secrets it uses.
 * Construct ids are node names: renaming a node replaces its VM.
 *
 * External nodes (a VPS, a physical box) are not provisioned: their first-boot configuration is a
 * sensitive output (`bootstrap_<node>`) to hand to wherever they run.
 */
export class NodesStack extends SiteStack {
  constructor(scope: Construct, id: string, site: Site, backend: HypervisorBackend) {
    super(scope, id, site);
    backend.configureProvider(this);
    const secrets = new SiteSecrets(this, site);
    const live = secrets.all();
    for (const node of site.nodes) {
      const boot = toMachineBootstrap(renderNodeBootstrap(site, node, secrets.forNode(node)), live);
      if (!node.external) {
        backend.addMachine(this, site, node, boot);
        continue;
      }
      new TerraformOutput(this, `bootstrap_${tfName(node.name)}`, {
        description: `First-boot configuration of the external node ${node.name} (${boot.format}).`,
        sensitive: true,
        value: boot.format === 'ignition' ? { format: boot.format, ignition: boot.content } : { format: boot.format, user_data: boot.userData, network_config: boot.networkConfig, meta_data: boot.metaData },
      });
    }
  }
}
