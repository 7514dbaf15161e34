import type { Construct } from 'constructs';
import type { HypervisorBackend } from '../backends';
import { SiteStack, type SiteStackProps } from './base';

/**
 * State boundary for networks and shared storage (pool, base images): rarely changed, shared by
 * every VM. Apply it before `nodes`, which refers to these by name.
 */
export interface HypervisorStackProps extends SiteStackProps {
  /** The backend of the site's hypervisor (infra/backends: backendFor(site)). */
  readonly backend: HypervisorBackend;
}

export class NetworkStack extends SiteStack {
  constructor(scope: Construct, id: string, props: HypervisorStackProps) {
    super(scope, id, props);
    const { site, backend } = props;
    backend.configureProvider(this);
    backend.addNetworks(this, site);
  }
}
