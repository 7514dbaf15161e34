import { Construct } from 'constructs';
import { provider, virtualEnvironmentVm } from '../../imports/providers/proxmox';
import type { Node, Site } from '../../site';
import { TerraformVariable } from '../tf';
import type { HypervisorBackend } from './backend';

/** VMs on a Proxmox VE node. The API token is a sensitive Terraform variable. */
export class ProxmoxBackend implements HypervisorBackend {
  readonly kind = 'proxmox';
  private readonly nodeName: string;
  private readonly datastore: string;
  private readonly bridge: string;
  private readonly endpoint: string;

  constructor(site: Site) {
    const hv = site.spec.hypervisor;
    if (hv.kind !== 'proxmox') throw new Error(`ProxmoxBackend needs a proxmox hypervisor, received ${hv.kind}`);
    this.nodeName = hv.node;
    this.datastore = hv.datastore;
    this.bridge = hv.bridge;
    this.endpoint = `https://${hv.host}:8006/`;
  }

  configureProvider(scope: Construct): void {
    const token = new TerraformVariable(scope, 'proxmox_api_token', {
      type: 'string',
      sensitive: true,
      description: 'Proxmox VE API token, "user@realm!tokenid=secret".',
    });
    new provider.ProxmoxProvider(scope, 'proxmox', { endpoint: this.endpoint, apiToken: token.stringValue });
  }

  addNetworks(): void {
    // Proxmox bridges and VLANs already exist on the host; VMs attach to them by name.
  }

  addMachine(scope: Construct, site: Site, node: Node): void {
    const net = site.networkOfNode(node);
    new virtualEnvironmentVm.VirtualEnvironmentVm(scope, node.name, {
      name: node.name,
      nodeName: this.nodeName,
      started: true,
      onBoot: true,
      agent: { enabled: true },
      cpu: { cores: node.cpu, type: 'host' },
      memory: { dedicated: node.memoryMiB },
      disk: node.disks.map((d, i) => ({ datastoreId: this.datastore, interface: `virtio${i}`, size: d.sizeGiB })),
      networkDevice: [{ bridge: net.bridge ?? this.bridge, ...(net.vlan ? { vlanId: net.vlan } : {}), ...(node.mac ? { macAddress: node.mac } : {}) }],
      initialization: {
        ipConfig: [{ ipv4: { address: `${node.address}/${net.prefix}`, ...(net.gateway ? { gateway: net.gateway } : {}) } }],
        dns: { servers: [...net.resolvers], domain: site.domain },
      },
      ...(node.disks.some((d) => d.purpose !== 'os') ? { lifecycle: { preventDestroy: true } } : {}),
    });
  }
}
