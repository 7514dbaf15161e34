import type { Construct } from 'constructs';
import type { Site } from '../../site';
import type { HypervisorBackend, MachineBootstrap } from '../backends';
import { tfName } from '../backends/common';
import { logicalIdOf, TerraformOutput, TerraformResource } from '../tf';
import { SiteStack } from './base';
import type { HypervisorStackProps } from './network';
import { renderNodeBootstrap, toMachineBootstrap } from './bootstrap';
import { SiteSecrets } from './secrets';

/**
 * State boundary for the VMs of the site, their first-boot configuration and the secrets it uses.
 * Construct ids are node names: renaming a node replaces its VM, unless the site declares the
 * rename (`changes.renames`): then each of its resources gets a `moved` block from its address
 * under the old name (see moveRenamedNodes).
 *
 * External nodes (a VPS, a physical box) are not provisioned: their first-boot configuration is a
 * sensitive output (`bootstrap_<node>`) to hand to wherever they run; an external storage node (a
 * NAS, configured on its own system) gets none.
 */
export class NodesStack extends SiteStack {
  constructor(scope: Construct, id: string, props: HypervisorStackProps) {
    super(scope, id, props);
    const { site, backend } = props;
    backend.configureProvider(this);
    const secrets = new SiteSecrets(this, site);
    const live = secrets.all();
    const formats = new Map<string, MachineBootstrap['format']>();
    for (const node of site.nodes) {
      // A NAS (an external storage node) runs its own system: it boots from no file of the site.
      if (node.external && node.role === 'storage') continue;
      const boot = toMachineBootstrap(renderNodeBootstrap(site, node, secrets.forNode(node)), live);
      if (!node.external) {
        backend.addMachine(this, site, node, boot);
        formats.set(node.name, boot.format);
        continue;
      }
      new TerraformOutput(this, `bootstrap_${tfName(node.name)}`, {
        description: `First-boot configuration of the external node ${node.name} (${boot.format}).`,
        sensitive: true,
        value: boot.format === 'ignition' ? { format: boot.format, ignition: boot.content } : { format: boot.format, user_data: boot.userData, network_config: boot.networkConfig, meta_data: boot.metaData },
      });
    }
    moveRenamedNodes(this, site, backend, formats);
  }
}

/**
 * Terraform `moved` blocks for the site's declared node renames: from each resource's address
 * under the node's old name to its address now, both named by the backend's one naming function
 * (`machineResources`). Terraform then keeps the VM and its disks in place of replacing them. A
 * computed address that the stack does not hold means the naming function and `addMachine` no
 * longer agree: an internal error, never a silent miss.
 */
export function moveRenamedNodes(stack: Construct, site: Site, backend: HypervisorBackend, formats: ReadonlyMap<string, MachineBootstrap['format']>): void {
  const renames = site.spec.changes.renames.filter((r) => formats.has(r.to));
  if (!renames.length) return;
  const byAddress = new Map<string, TerraformResource>();
  for (const c of stack.node.findAll()) {
    if (TerraformResource.isTerraformResource(c)) byAddress.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
  }
  for (const r of renames) {
    const node = site.node(r.to);
    const now = backend.machineResources(node, formats.get(r.to)!);
    const before = backend.machineResources(node, formats.get(r.to)!, r.node);
    now.forEach((res, i) => {
      const to = `${res.type}.${logicalIdOf(res.path)}`;
      const target = byAddress.get(to);
      if (!target) throw new Error(`moved block for node "${r.node}" → "${r.to}": the ${backend.kind} backend names a resource ${to} that the nodes stack does not hold (machineResources and addMachine disagree)`);
      target.moveFromId(`${before[i].type}.${logicalIdOf(before[i].path)}`);
    });
  }
}
