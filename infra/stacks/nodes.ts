import type { Construct } from 'constructs';
import type { Site } from '../../site';
import type { HypervisorBackend } from '../backends';
import { SiteStack } from './base';

/** State boundary for the VMs of the site. Construct ids are node names: renaming one replaces the VM. */
export class NodesStack extends SiteStack {
  constructor(scope: Construct, id: string, site: Site, backend: HypervisorBackend) {
    super(scope, id, site);
    backend.configureProvider(this);
    for (const node of site.vms) backend.addMachine(this, site, node);
  }
}
