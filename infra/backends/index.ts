import type { Site } from '../../site';
import type { HypervisorBackend } from './backend';
import { LibvirtBackend } from './libvirt';
import { ProxmoxBackend } from './proxmox';

export type { HypervisorBackend } from './backend';

/** The backend the site's hypervisor names. */
export function backendFor(site: Site): HypervisorBackend {
  switch (site.spec.hypervisor.kind) {
    case 'libvirt':
      return new LibvirtBackend(site);
    case 'proxmox':
      return new ProxmoxBackend(site);
  }
}
