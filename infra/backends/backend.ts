import type { Construct } from 'constructs';
import type { Node, Site } from '../../site';

/**
 * How a machine boots for the first time, ready for Terraform: text is already escaped for
 * Terraform's template syntax (only the site's secret interpolations remain live).
 */
export type MachineBootstrap =
  | { readonly format: 'ignition'; /** Ignition config, JSON text. */ readonly content: string }
  | { readonly format: 'cloud-init'; readonly userData: string; readonly networkConfig: string; readonly metaData: string };

/**
 * One Terraform resource a backend creates for a node: its type and its construct path below the
 * stack (the Terraform name is cdktf's unique id of that path: `logicalIdOf` in infra/tf.ts).
 */
export interface MachineResource {
  readonly type: string;
  readonly path: readonly string[];
}

/**
 * A hypervisor backend: the only part of the infra app that knows whether VMs live on
 * libvirt/KVM or Proxmox VE. The stacks call it; they never branch on the hypervisor.
 *
 * Construct ids it creates become Terraform addresses: renaming one replaces the resource
 * (`__tests__/infra/addresses.test.ts` pins them).
 */
export interface HypervisorBackend {
  /** `libvirt` or `proxmox`. */
  readonly kind: string;
  /** Configures the provider in a stack. */
  configureProvider(scope: Construct): void;
  /** The site's networks and shared storage: pool, base images (network stack). */
  addNetworks(scope: Construct, site: Site): void;
  /** One VM for a node, with its disks, NIC and first-boot configuration (nodes stack). */
  addMachine(scope: Construct, site: Site, node: Node, bootstrap: MachineBootstrap): void;
  /**
   * The resources `addMachine` creates for the node, named as they would be for a node called
   * `name` (by default its own name): the one place that names them, so that the old addresses
   * of a renamed node can be moved (`changes.renames`).
   */
  machineResources(node: Node, format: MachineBootstrap['format'], name?: string): MachineResource[];
}
