import type { Construct } from 'constructs';
import type { Site } from '../../site';
import type { HypervisorBackend } from '../backends';
import { SiteStack } from './base';

/** State boundary for networks and storage pools: rarely changed, shared by every VM. */
export class NetworkStack extends SiteStack {
  constructor(scope: Construct, id: string, site: Site, backend: HypervisorBackend) {
    super(scope, id, site);
    backend.configureProvider(this);
    backend.addNetworks(this, site);
  }
}
