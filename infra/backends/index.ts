import type { Site } from '../../site';
import type { HypervisorBackend } from './backend';

export type { HypervisorBackend, MachineBootstrap, MachineResource } from './backend';

/**
 * The backend the site's hypervisor names. Each backend is loaded only when used: the libvirt
 * domain bindings alone are 7 MB of generated code a Proxmox site never needs.
 */
export function backendFor(site: Site): HypervisorBackend {
  switch (site.spec.hypervisor.kind) {
    case 'libvirt': {
      const { LibvirtBackend } = require('./libvirt') as typeof import('./libvirt');
      return new LibvirtBackend(site);
    }
    case 'proxmox': {
      const { ProxmoxBackend } = require('./proxmox') as typeof import('./proxmox');
      return new ProxmoxBackend(site);
    }
  }
}
