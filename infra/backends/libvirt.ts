import { Construct } from 'constructs';
import { domain, network, pool, provider, volume } from '../../imports/providers/libvirt';
import type { Node, Site } from '../../site';
import type { HypervisorBackend } from './backend';

const GiB = 1024 ** 3;

/** VMs and NAT networks on a KVM/libvirt host. */
export class LibvirtBackend implements HypervisorBackend {
  readonly kind = 'libvirt';
  private readonly uri: string;
  private readonly poolName: string;
  private readonly poolPath: string;

  constructor(site: Site) {
    const hv = site.spec.hypervisor;
    if (hv.kind !== 'libvirt') throw new Error(`LibvirtBackend needs a libvirt hypervisor, received ${hv.kind}`);
    this.uri = hv.uri ?? `qemu+ssh://root@${hv.host}/system`;
    this.poolName = hv.pool.name;
    this.poolPath = hv.pool.path;
  }

  configureProvider(scope: Construct): void {
    new provider.LibvirtProvider(scope, 'libvirt', { uri: this.uri });
  }

  addNetworks(scope: Construct, site: Site): void {
    new pool.Pool(scope, 'pool', {
      name: this.poolName,
      type: 'dir',
      target: { path: this.poolPath },
      lifecycle: { preventDestroy: true },
    });
    for (const net of site.networks.filter((n) => n.kind === 'nat')) {
      new network.Network(scope, `network-${net.name}`, {
        name: `${site.name}-${net.name}`,
        autostart: true,
        forward: { mode: 'nat' },
        domain: { name: site.domain, localOnly: 'yes' },
        ips: [
          {
            address: net.gateway ?? net.block.network,
            prefix: net.prefix,
            ...(net.dhcp ? { dhcp: { ranges: [{ start: net.dhcp.start, end: net.dhcp.end }] } } : {}),
          },
        ],
      });
    }
  }

  addMachine(scope: Construct, site: Site, node: Node): void {
    const m = new Construct(scope, node.name);
    const disks = node.disks.map(
      (d) =>
        new volume.Volume(m, `disk-${d.name}`, {
          name: `${site.name}-${node.name}-${d.name}.qcow2`,
          pool: this.poolName,
          capacity: d.sizeGiB * GiB,
          target: { format: { type: 'qcow2' } },
          ...(d.purpose === 'os' ? {} : { lifecycle: { preventDestroy: true } }),
        }),
    );
    const net = site.networkOfNode(node);
    new domain.Domain(m, 'domain', {
      name: `${site.name}-${node.name}`,
      type: 'kvm',
      vcpu: node.cpu,
      memory: node.memoryMiB,
      memoryUnit: 'MiB',
      running: true,
      autostart: true,
      os: { type: 'hvm' },
      devices: {
        disks: disks.map((v) => ({ source: { volume: { pool: this.poolName, volume: v.name } }, target: { dev: undefined, bus: 'virtio' } })),
        interfaces: [
          net.kind === 'nat'
            ? { source: { network: { network: `${site.name}-${net.name}` } }, model: { type: 'virtio' } }
            : { source: { bridge: { bridge: net.bridge ?? (site.spec.hypervisor as { bridge: string }).bridge } }, model: { type: 'virtio' } },
        ],
      },
    });
  }
}
