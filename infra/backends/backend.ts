import type { Construct } from 'constructs';
import type { Node, Site } from '../../site';

/**
 * A hypervisor backend: the only part of the infra app that knows whether VMs live on
 * libvirt/KVM or Proxmox VE. The stacks call it; they never branch on the hypervisor.
 */
export interface HypervisorBackend {
  /** `libvirt` or `proxmox`. */
  readonly kind: string;
  /** Configures the provider in a stack. */
  configureProvider(scope: Construct): void;
  /** The site's networks and shared storage (network stack). */
  addNetworks(scope: Construct, site: Site): void;
  /** One VM for a node, with its disks and NIC (nodes stack). */
  addMachine(scope: Construct, site: Site, node: Node): void;
}
