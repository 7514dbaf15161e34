import type { Construct } from 'constructs';
import { DataCloudflareZone } from '@cdktf/provider-cloudflare/lib/data-cloudflare-zone';
import { DnsRecord } from '@cdktf/provider-cloudflare/lib/dns-record';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import type { Site } from '../../site';
import { TerraformVariable } from '../tf';
import { SiteStack } from './base';

/** State boundary for public exposure: the Cloudflare zone and a record per public hostname. */
export class EdgeStack extends SiteStack {
  constructor(scope: Construct, id: string, site: Site) {
    super(scope, id, site);
    const cf = site.spec.cloudflare!;
    const token = new TerraformVariable(this, cf.apiTokenVariable, { type: 'string', sensitive: true, description: 'Cloudflare API token (Zone:Edit, DNS:Edit).' });
    new CloudflareProvider(this, 'cloudflare', { apiToken: token.stringValue });
    const zone = new DataCloudflareZone(this, 'zone', { filter: { name: cf.zone } });
    for (const host of site.hostnames) {
      new DnsRecord(this, `record-${host.name.replace(/\./g, '-')}`, {
        zoneId: zone.zoneId,
        name: host.name,
        type: 'A',
        content: site.publicAddress!,
        proxied: true,
        ttl: 1,
        comment: `cluster ${host.cluster}; managed by sitekit`,
      });
    }
  }
}
