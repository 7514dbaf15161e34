import type { RuleFinding, TerraformBlock, TerraformRule } from '../types';
import { addressOf, type Json } from './blocks';

const ZONE_TYPES = ['cloudflare_zone'];

/** True when `zoneId` (a setting's zone_id) points at `zone`; any zone_id counts when the stack has only one zone. */
function refersTo(zoneId: unknown, zone: TerraformBlock, zones: number): boolean {
  if (typeof zoneId !== 'string') return false;
  if (zoneId.includes(`\${${addressOf(zone)}.`)) return true;
  return zones === 1;
}

function tlsVersion(v: unknown): number {
  const n = Number.parseFloat(String(v));
  return Number.isFinite(n) ? n : NaN;
}

/** The Cloudflare zone of the edge stack is served with strict TLS and signed. */
export const CloudflareZoneSecurity: TerraformRule = {
  id: 'terraform/CloudflareZoneSecurity',
  area: 'terraform',
  severity: 'error',
  message: 'Cloudflare zones use SSL mode strict, TLS 1.2 or later, and active DNSSEC',
  explanation:
    'With SSL "flexible" or "full", Cloudflare talks to the origin without checking its certificate (or in clear text); TLS 1.0/1.1 are broken; without DNSSEC the records ' +
    'of the zone can be spoofed. A zone is only as strong as the settings next to it, so this rule looks at the whole stack: ' +
    'for every Cloudflare zone (data source or resource), a cloudflare_zone_setting ssl = strict and min_tls_version >= 1.2 (or cloudflare_zone_settings_override settings of provider v4) ' +
    'and a cloudflare_zone_dnssec with status active (or no status) must refer to it (by zone_id; any zone_id when the stack has one zone). ' +
    'Fix: the settings in infra/stacks/edge.ts; publish the DS record (output dnssec_ds) at the registrar.',
  check: (block, ctx) => {
    if (!ZONE_TYPES.includes(block.type) || (block.kind !== 'resource' && block.kind !== 'data')) return 'not-applicable';
    const zones = ctx.blocks.filter((b) => ZONE_TYPES.includes(b.type) && (b.kind === 'resource' || b.kind === 'data')).length;
    const mine = ctx.blocks.filter((b) => b.kind === 'resource' && refersTo((b.body as Json).zone_id, block, zones));
    const setting = (id: string): unknown => {
      const v5 = mine.find((b) => b.type === 'cloudflare_zone_setting' && (b.body as Json).setting_id === id);
      if (v5) return (v5.body as Json).value ?? null;
      const v4 = mine.find((b) => b.type === 'cloudflare_zone_settings_override' && (b.body as Json).settings?.[id] !== undefined);
      return v4 ? (v4.body as Json).settings[id] : undefined;
    };
    const out: RuleFinding[] = [];
    const ssl = setting('ssl');
    if (ssl === undefined) out.push({ detail: 'no ssl setting (the zone keeps its current mode, "full" by default)' });
    else if (ssl !== 'strict') out.push({ detail: `ssl is ${JSON.stringify(ssl)}, not "strict"` });
    const tls = setting('min_tls_version');
    if (tls === undefined) out.push({ detail: 'no min_tls_version setting (Cloudflare accepts TLS 1.0 by default)' });
    else if (!(tlsVersion(tls) >= 1.2)) out.push({ detail: `min_tls_version is ${JSON.stringify(tls)}, below 1.2` });
    const dnssec = mine.filter((b) => b.type === 'cloudflare_zone_dnssec');
    if (!dnssec.length) out.push({ detail: 'no cloudflare_zone_dnssec' });
    else if (!dnssec.some((b) => (b.body as Json).status === undefined || (b.body as Json).status === 'active')) {
      out.push({ detail: `DNSSEC status is ${JSON.stringify((dnssec[0].body as Json).status)}, not "active"` });
    }
    return out;
  },
};
