import type { Construct } from 'constructs';
import type { Site } from '../../site';
import type { HypervisorBackend } from '../backends';
import { SiteStack } from './base';

/**
 * State boundary for networks and shared storage (pool, base images): rarely changed, shared by
 * every VM. Apply it before `nodes`, which refers to these by name.
 */
export class NetworkStack extends SiteStack {
  constructor(scope: Construct, id: string, site: Site, backend: HypervisorBackend) {
    super(scope, id, site);
    backend.configureProvider(this);
    backend.addNetworks(this, site);
  }
}
