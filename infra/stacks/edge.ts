import type { Construct } from 'constructs';
import { DataCloudflareZone } from '@cdktf/provider-cloudflare/lib/data-cloudflare-zone';
import { DnsRecord } from '@cdktf/provider-cloudflare/lib/dns-record';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { Ruleset, type RulesetRules } from '@cdktf/provider-cloudflare/lib/ruleset';
import { ZoneDnssec } from '@cdktf/provider-cloudflare/lib/zone-dnssec';
import { ZoneSetting } from '@cdktf/provider-cloudflare/lib/zone-setting';
import { TerraformOutput, TerraformVariable, Token } from '../tf';
import { SiteStack, type SiteStackProps } from './base';

/** Zone settings the edge enforces (cloudflare 5.x: one `cloudflare_zone_setting` each). */
export const ZONE_SETTINGS: Readonly<Record<string, string>> = {
  ssl: 'strict',
  min_tls_version: '1.2',
  always_use_https: 'on',
};

/** Options of the WAF custom rules; the defaults are what every site gets today. */
export interface WafOptions {
  /** Paths probed by scanners; requests for them are blocked. */
  readonly blockedPaths?: readonly string[];
  /** Path prefixes blocked the same way. */
  readonly blockedPrefixes?: readonly string[];
  /** ISO 3166 country codes allowed without a challenge; empty: no country rule. */
  readonly allowedCountries?: readonly string[];
}

export const DEFAULT_BLOCKED_PATHS = ['/wp-login.php', '/xmlrpc.php', '/wp-admin', '/phpmyadmin', '/.env', '/.DS_Store', '/server-status'];
export const DEFAULT_BLOCKED_PREFIXES = ['/.git/', '/.svn/', '/wp-admin/', '/wp-content/', '/cgi-bin/', '/vendor/phpunit/'];

const quote = (s: string) => JSON.stringify(s);

/** The custom WAF rules (phase http_request_firewall_custom), in evaluation order. */
export function wafRules(options: WafOptions = {}): RulesetRules[] {
  const paths = options.blockedPaths ?? DEFAULT_BLOCKED_PATHS;
  const prefixes = options.blockedPrefixes ?? DEFAULT_BLOCKED_PREFIXES;
  const countries = options.allowedCountries ?? [];
  const rules: RulesetRules[] = [
    {
      ref: 'block_probe_paths',
      description: 'Block paths probed by vulnerability scanners',
      action: 'block',
      enabled: true,
      expression: [
        `(http.request.uri.path in {${paths.map(quote).join(' ')}})`,
        ...prefixes.map((p) => `starts_with(http.request.uri.path, ${quote(p)})`),
      ].join(' or '),
    },
    {
      ref: 'block_trace_methods',
      description: 'Block TRACE/TRACK and other methods the site never serves',
      action: 'block',
      enabled: true,
      expression: '(http.request.method in {"TRACE" "TRACK" "CONNECT"})',
    },
  ];
  if (countries.length) {
    rules.push({
      ref: 'challenge_other_countries',
      description: `Challenge requests from outside ${countries.join(', ')}`,
      action: 'managed_challenge',
      enabled: true,
      expression: `(not ip.src.country in {${countries.map(quote).join(' ')}})`,
    });
  }
  return rules;
}

/**
 * State boundary for public exposure: the Cloudflare zone (looked up by name), a proxied record
 * per public hostname Terraform writes (`dns: terraform`): an A record of the site's public
 * address, or with a dynamic target a CNAME to the DDNS updater's name; strict TLS settings,
 * DNSSEC, and the WAF custom rules. The API token is a sensitive variable.
 */
export interface EdgeStackProps extends SiteStackProps {
  /** WAF rules beyond the defaults. @default the defaults of WafOptions */
  readonly waf?: WafOptions;
}

export class EdgeStack extends SiteStack {
  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const { site, waf = {} } = props;
    const cf = site.spec.cloudflare!;
    const token = new TerraformVariable(this, cf.apiTokenVariable, {
      type: 'string',
      sensitive: true,
      description: 'Cloudflare API token (Zone:Read, Zone Settings:Edit, DNS:Edit, Zone WAF:Edit).',
    });
    new CloudflareProvider(this, 'cloudflare', { apiToken: token.stringValue });
    const zone = new DataCloudflareZone(this, 'zone', { filter: { name: cf.zone } });
    // The hostnames ExternalDNS publishes are its records, and the DDNS updater's name is the updater's: Terraform writes neither.
    const record = site.publicRecord!;
    for (const host of site.terraformHostnames) {
      new DnsRecord(this, `record-${host.name.replace(/\./g, '-')}`, {
        zoneId: zone.id,
        name: host.name,
        type: record.type,
        content: record.content,
        proxied: true,
        ttl: 1,
        comment: `cluster ${host.cluster}; managed by sitekit`,
      });
    }
    for (const [setting, value] of Object.entries(ZONE_SETTINGS)) {
      // The provider's `value` is dynamic (a string for these settings); the binding types it as a map.
      new ZoneSetting(this, `setting-${setting.replace(/_/g, '-')}`, { zoneId: zone.id, settingId: setting, value: Token.asAnyMap(value) });
    }
    const dnssec = new ZoneDnssec(this, 'dnssec', { zoneId: zone.id, status: 'active' });
    new TerraformOutput(this, 'dnssec_ds', { value: dnssec.ds, description: 'DS record to publish at the registrar of the zone.' });
    new Ruleset(this, 'waf', {
      zoneId: zone.id,
      kind: 'zone',
      phase: 'http_request_firewall_custom',
      name: `${site.name} custom rules`,
      description: 'Managed by sitekit',
      rules: wafRules(waf),
    });
  }
}
