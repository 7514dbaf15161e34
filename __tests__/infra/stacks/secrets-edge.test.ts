/** The site's secrets in the stacks, and the edge stack (Cloudflare). */
import { DEFAULT_BLOCKED_PATHS, wafRules, ZONE_SETTINGS } from '../../../infra/stacks/edge';
import { at, type Json, resources, siteOf, strip, synth } from '../../support/stacks';

describe('secrets', () => {
  const def = synth(siteOf('site.yaml'));
  const multi = synth(siteOf('examples/multi-cluster.yaml'));

  it('generates k3s tokens per cluster, the VRRP and PostgreSQL passwords, with the random provider', () => {
    expect(resources(def.nodes, 'random_password')).toEqual({
      k3s_token_microcloud: { length: 48, special: false },
      k3s_agent_token_microcloud: { length: 48, special: false },
      vrrp_password: { length: 8, special: false },
      postgresql_password: { length: 32, special: false },
    });
    expect(Object.keys(resources(multi.nodes, 'random_password'))).toEqual(['k3s_token_gordito', 'k3s_agent_token_gordito', 'k3s_token_data', 'k3s_agent_token_data']);
  });

  it('takes WireGuard private keys as sensitive variables, never generated or literal; public keys as plain variables', () => {
    expect(def.nodes.variable).toEqual({
      wireguard_private_key_wg_gateway: { type: 'string', sensitive: true, description: expect.any(String) },
      wireguard_public_key_loadbalancer1: { type: 'string', description: 'WireGuard public key of the tunnel peer loadbalancer1 of the gateway wg-gateway (base64, from `wg pubkey`).' },
      wireguard_private_key_loadbalancer1: { type: 'string', sensitive: true, description: 'WireGuard private key of the tunnel peer loadbalancer1 of the gateway wg-gateway (base64, from `wg genkey`).' },
      wireguard_public_key_wg_gateway: { type: 'string', description: 'WireGuard public key of the gateway wg-gateway, for its tunnel peer loadbalancer1 (base64, from `wg pubkey`).' },
    });
  });

  it('wires each end of the tunnel with its own private key and the other end\'s public key', () => {
    // The gateway is external: its first boot is the sensitive output; loadbalancer1's is its cloud-init disk.
    const gw = JSON.stringify(def.nodes.output.bootstrap_wg_gateway);
    expect(gw).toContain('PrivateKey = ${var.wireguard_private_key_wg_gateway}');
    expect(gw).toContain('PublicKey = ${var.wireguard_public_key_loadbalancer1}');
    expect(gw).not.toContain('wireguard_private_key_loadbalancer1');
    const lb1 = JSON.stringify(at(def.nodes, 'libvirt_cloudinit_disk', 'loadbalancer1/cloudinit'));
    expect(lb1).toContain('PrivateKey = ${var.wireguard_private_key_loadbalancer1}');
    expect(lb1).toContain('PublicKey = ${var.wireguard_public_key_wg_gateway}');
    expect(lb1).not.toContain('wireguard_private_key_wg_gateway');
    expect(JSON.stringify(def.nodes)).not.toContain('wireguard_site_public_key');
    expect(at(def.nodes, 'libvirt_cloudinit_disk', 'loadbalancer2/cloudinit').user_data).not.toContain('wireguard');
  });

  it('only references secrets that exist, and writes none literally', () => {
    for (const tf of [...Object.values(def), ...Object.values(multi)]) {
      const text = JSON.stringify(tf);
      for (const [, type, name] of text.matchAll(/\$\{(?:urlencode\(|base64encode\()?(random_password|var)\.([A-Za-z0-9_-]+)/g)) {
        if (type === 'var') expect(Object.keys(tf.variable ?? {})).toContain(name);
        else expect(Object.keys(tf.resource?.random_password ?? {})).toContain(name);
      }
      for (const v of Object.values<Json>(tf.variable ?? {})) if (v.sensitive) expect(v.default ?? null).toBeNull();
      expect(text).not.toMatch(/BEGIN (OPENSSH|RSA|EC) PRIVATE KEY|password: [A-Za-z0-9]{8,}/);
    }
  });

  it('pins every provider to an exact version', () => {
    const pins: Record<string, string> = {};
    // The config stack uses only terraform_data, built into terraform: it requires no provider.
    expect([def.config.terraform.required_providers, multi.config.terraform.required_providers]).toEqual([undefined, undefined]);
    for (const tf of [...Object.values(def), ...Object.values(multi)]) {
      for (const [name, p] of Object.entries<Json>(tf.terraform.required_providers ?? {})) {
        expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
        pins[name] = `${p.source}@${p.version}`;
      }
    }
    expect(pins).toEqual({
      libvirt: 'dmacvicar/libvirt@0.9.7',
      proxmox: 'bpg/proxmox@0.111.1',
      random: 'hashicorp/random@3.7.2',
      cloudflare: 'cloudflare/cloudflare@5.14.0',
    });
  });
});

describe('edge stack (Cloudflare)', () => {
  const site = siteOf('site.yaml');
  const { edge } = synth(site);
  const zone = '${data.cloudflare_zone.zone.id}';

  it('looks the zone up by name and takes the API token as a sensitive variable', () => {
    expect(strip(edge.data.cloudflare_zone.zone)).toEqual({ filter: { name: 'socialdevs.site' } });
    expect(edge.variable.cloudflare_api_token).toMatchObject({ type: 'string', sensitive: true });
    expect(edge.provider.cloudflare).toEqual([{ api_token: '${var.cloudflare_api_token}' }]);
  });

  it('creates a proxied A record per public hostname to the public address', () => {
    const records = resources(edge, 'cloudflare_dns_record');
    expect(Object.values(records).map((r) => r.name)).toEqual(site.hostnames.map((h) => h.name));
    for (const r of Object.values(records)) expect(r).toMatchObject({ zone_id: zone, type: 'A', content: '203.0.113.10', proxied: true, ttl: 1 });
  });

  it('enforces strict TLS settings and DNSSEC', () => {
    expect(Object.values(resources(edge, 'cloudflare_zone_setting'))).toEqual(Object.entries(ZONE_SETTINGS).map(([id, value]) => ({ zone_id: zone, setting_id: id, value })));
    expect(ZONE_SETTINGS).toEqual({ ssl: 'strict', min_tls_version: '1.2', always_use_https: 'on' });
    expect(resources(edge, 'cloudflare_zone_dnssec')).toEqual({ dnssec: { zone_id: zone, status: 'active' } });
    expect(edge.output.dnssec_ds.value).toBe('${cloudflare_zone_dnssec.dnssec.ds}');
  });

  it('installs the custom WAF rules in the zone', () => {
    const waf = resources(edge, 'cloudflare_ruleset').waf;
    expect(waf).toMatchObject({ zone_id: zone, kind: 'zone', phase: 'http_request_firewall_custom' });
    expect(waf.rules.map((r: Json) => [r.ref, r.action])).toEqual([
      ['block_probe_paths', 'block'],
      ['block_trace_methods', 'block'],
    ]);
    for (const p of DEFAULT_BLOCKED_PATHS) expect(waf.rules[0].expression).toContain(JSON.stringify(p));
  });

  it('challenges other countries once an allow-list is configured', () => {
    const rules = wafRules({ allowedCountries: ['ES', 'PT'] });
    expect(rules.at(-1)).toMatchObject({ action: 'managed_challenge', expression: '(not ip.src.country in {"ES" "PT"})' });
  });

  it('is left out when the site has no cloudflare section', () => {
    expect(Object.keys(synth(siteOf('examples/proxmox-minimal.yaml')))).toEqual(['network', 'nodes', 'config']);
  });
});
