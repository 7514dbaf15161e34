/**
 * synth/gates/policy/terraform: how the rules read blocks and references, and the rules on
 * attributes (secrets, sensitive variables, prevent_destroy, Cloudflare zones) on tiny hand-made
 * stacks, compliant and not, with the exact finding messages.
 */
import { runPolicies } from '../../../../../synth/gates/policy';
import { addressOf, blocksOf, isSecretReference } from '../../../../../synth/gates/policy/terraform/blocks';
import { decodeDataUrl, nftChains } from '../../../../../synth/gates/policy/terraform/bootstrap';
import { CloudflareZoneSecurity } from '../../../../../synth/gates/policy/terraform/CloudflareZoneSecurity';
import { NoLiteralSecrets } from '../../../../../synth/gates/policy/terraform/NoLiteralSecrets';
import { SensitiveVariables } from '../../../../../synth/gates/policy/terraform/SensitiveVariables';
import { StatefulPreventDestroy } from '../../../../../synth/gates/policy/terraform/StatefulPreventDestroy';
import { cloudConfig, cloudinitDisk, ignition, ignitionResource, type Obj, RULESET, run } from '../../../../support/policy/terraform';

describe('blocks and references', () => {
  test('every kind of block and its address', () => {
    const tf = {
      resource: { libvirt_volume: { v: {} } },
      data: { cloudflare_zone: { zone: {} } },
      output: { o: { value: 1 } },
      variable: { token: { type: 'string' } },
      provider: { proxmox: [{ endpoint: 'x' }, { alias: 'b' }] },
    };
    expect(blocksOf('s', tf).map(addressOf)).toEqual(['libvirt_volume.v', 'data.cloudflare_zone.zone', 'output.o', 'variable.token', 'provider.proxmox', 'provider.proxmox.b']);
  });

  test('isSecretReference: variables, random_password, tls_private_key, also inside functions; nothing else', () => {
    for (const ok of ['${var.token}', '${random_password.k3s.result}', '${tls_private_key.ca.private_key_pem}', '${urlencode(random_password.x.result)}', 'user@pam!id=${var.secret}']) expect(isSecretReference(ok)).toBe(true);
    for (const bad of ['hunter2', '${local.pw}', '${random_string.x.result}', '${"hunter2"}', '$${var.x}', '${data.http.x.body}']) expect(isSecretReference(bad)).toBe(false);
  });

  test('Ignition data URLs and nftables chains', () => {
    expect(decodeDataUrl('data:,a%20b%0A${random_password.x.result}')).toBe('a b\n${random_password.x.result}');
    expect(decodeDataUrl(`data:;base64,${Buffer.from('hi').toString('base64')}`)).toBe('hi');
    expect(decodeDataUrl('https://example.com/x')).toBeUndefined();
    expect(decodeDataUrl('data:,x', 'gzip')).toBeUndefined();
    expect(nftChains(RULESET)).toEqual([
      { name: 'input', hook: 'input', policy: 'drop' },
      { name: 'forward', hook: 'forward', policy: 'accept' },
    ]);
    expect(nftChains('table ip t {\n  chain in { type filter hook input priority 0; }\n  chain helper {\n    ip saddr { 1.1.1.1 } accept\n  }\n}')).toEqual([
      { name: 'in', hook: 'input', policy: 'accept' },
      { name: 'helper', hook: undefined, policy: undefined },
    ]);
  });
});

describe('terraform/NoLiteralSecrets', () => {
  const MSG = 'No literal secrets in Terraform attributes or the documents they embed';

  test('compliant: references to variables and generated secrets, shell expansions, paths, non-secret keys', () => {
    const userData = cloudConfig({
      extra: [
        '  - path: /etc/keepalived/keepalived.conf',
        '    content: |',
        '      auth_pass ${random_password.vrrp_password.result}',
        '  - path: /etc/wireguard/wg0.conf',
        '    content: |',
        '      PrivateKey = ${var.wireguard_private_key}',
        '      PublicKey = abcdef',
        '  - path: /opt/setup',
        '    content: |',
        '      password_file=/etc/app/password',
        '      SITEKIT_PG_PASSWORD=$(cat "$password_file")',
        "      password_encryption = 'scram-sha-256'",
        '      # password: hunter2 (a comment)',
      ].join('\n'),
    });
    const tf = {
      provider: { cloudflare: [{ api_token: '${var.cloudflare_api_token}' }], proxmox: [{ api_token: '${var.proxmox_api_token}', ssh: { agent: true, username: 'root' } }] },
      variable: { proxmox_api_token: { type: 'string', sensitive: true, default: null } },
      resource: {
        random_password: { vrrp_password: { length: 8, special: false } },
        libvirt_cloudinit_disk: { n1: { user_data: userData } },
        libvirt_ignition: { n2: { content: ignition({ files: [{ path: '/etc/rancher/k3s/config.yaml', text: 'token: "${random_password.k3s_token.result}"\n' }] }) } },
      },
    };
    expect(run(NoLiteralSecrets, tf)).toEqual([]);
  });

  test('literal attributes, a variable default, a URL password, a PEM key', () => {
    const tf = {
      provider: { proxmox: [{ endpoint: 'https://pve:8006/', api_token: 'root@pam!sitekit=0123-4567', ssh: { password: 'hunter2' } }], libvirt: [{ uri: 'qemu+ssh://root:hunter2@host/system' }] },
      variable: { db_password: { type: 'string', sensitive: true, default: 'changeme' } },
      resource: {
        proxmox_virtual_environment_vm: { vm: { initialization: { user_account: { username: 'admin', password: '${local.pw}' } } } },
        proxmox_virtual_environment_file: { key: { source_raw: { data: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----\n' } } },
      },
    };
    expect(run(NoLiteralSecrets, tf)).toEqual([
      `terraform/s/provider.libvirt: ${MSG}: uri holds a URL with a literal password`,
      `terraform/s/provider.proxmox: ${MSG}: api_token is a literal value`,
      `terraform/s/provider.proxmox: ${MSG}: ssh.password is a literal value`,
      `terraform/s/proxmox_virtual_environment_file.key: ${MSG}: source_raw.data line 1 holds a PEM private key`,
      `terraform/s/proxmox_virtual_environment_vm.vm: ${MSG}: initialization.user_account.password is a literal value`,
      `terraform/s/variable.db_password: ${MSG}: variable db_password has a literal default`,
    ]);
  });

  test('in a cloud-init document: key-value lines of its files, line numbers of the user data', () => {
    const userData = cloudConfig({ extra: ['  - path: /etc/keepalived/keepalived.conf', '    content: |', '      vrrp_instance api {', '        auth_pass hunter22', '      }'].join('\n') });
    const line = userData.split('\n').findIndex((l) => l.includes('auth_pass')) + 1;
    expect(run(NoLiteralSecrets, cloudinitDisk(userData))).toEqual([`terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data line ${line} sets auth_pass to a literal value`]);
  });

  test('in an Ignition config: the decoded files (data URLs) are scanned', () => {
    const content = ignition({ files: [{ path: '/etc/rancher/k3s/config.yaml', text: 'server: "https://10.0.0.1:6443"\ntoken: "K10abcdef"\n' }] });
    expect(run(NoLiteralSecrets, ignitionResource(content))).toEqual([`terraform/s/libvirt_ignition.n2: ${MSG}: content (file /etc/rancher/k3s/config.yaml) line 2 sets token to a literal value`]);
  });

  test('in a base64-encoded cloud-init file', () => {
    const encoded = Buffer.from('[Interface]\nPrivateKey = c2VjcmV0\n').toString('base64');
    const userData = cloudConfig({ extra: ['  - path: /etc/wireguard/wg0.conf', '    encoding: b64', `    content: ${encoded}`].join('\n') });
    expect(run(NoLiteralSecrets, cloudinitDisk(userData))).toEqual([`terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data (file /etc/wireguard/wg0.conf) line 2 sets PrivateKey to a literal value`]);
  });

  test('secret values never appear in findings', () => {
    const tf = { provider: { x: [{ password: 'hunter2-secret' }] }, resource: { libvirt_ignition: { n: { content: ignition({ files: [{ path: '/a', text: 'token: hunter2-secret\n' }] }) } } } };
    const files = new Map([['terraform/s/cdk.tf.json', JSON.stringify(tf)]]);
    const out = runPolicies(files, [], [NoLiteralSecrets]).findings;
    expect(out).toHaveLength(2);
    expect(JSON.stringify(out)).not.toContain('hunter2');
  });
});

describe('terraform/SensitiveVariables', () => {
  test('compliant: sensitive secrets; public keys and other variables need not be', () => {
    expect(run(SensitiveVariables, { variable: { cloudflare_api_token: { type: 'string', sensitive: true }, wireguard_site_public_key: { type: 'string' }, region: { type: 'string' } } })).toEqual([]);
  });
  test('a secret variable that is not sensitive (the word may be anywhere in the name)', () => {
    expect(run(SensitiveVariables, { variable: { wireguard_private_key_gw: { type: 'string' }, proxmox_api_token: { type: 'string', sensitive: false } } })).toEqual([
      'terraform/s/variable.proxmox_api_token: Variables named like secrets are marked sensitive: variable proxmox_api_token is not sensitive',
      'terraform/s/variable.wireguard_private_key_gw: Variables named like secrets are marked sensitive: variable wireguard_private_key_gw is not sensitive',
    ]);
  });
});

describe('terraform/StatefulPreventDestroy', () => {
  const MSG = 'Stateful storage has lifecycle.prevent_destroy: true';
  const keep = { lifecycle: { prevent_destroy: true } };
  const volumes = (protect: boolean) => ({
    resource: {
      libvirt_pool: { pool: { name: 'p', type: 'dir', ...(protect ? keep : {}) } },
      libvirt_volume: {
        'image-debian': { name: 'base.qcow2', create: { content: { url: 'https://example.com/debian.qcow2' } } },
        'n1_disk-os': { name: 'n1-os.qcow2', backing_store: { path: '/pool/base.qcow2' }, capacity: 1 },
        n1_bootstrap: { name: 'n1-cloudinit.iso', create: { content: { url: '${libvirt_cloudinit_disk.n1.path}' } } },
        'n1_disk-longhorn': { name: 'n1-longhorn.qcow2', capacity: 100, ...(protect ? keep : {}) },
      },
      proxmox_virtual_environment_vm: {
        os_only: { disk: [{ interface: 'virtio0', import_from: 'local:import/debian.qcow2' }] },
        with_data: { disk: [{ interface: 'virtio0', import_from: 'local:import/debian.qcow2' }, { interface: 'virtio1', size: 200 }], ...(protect ? keep : {}) },
      },
    },
  });
  test('compliant: data volumes, the pool and VMs with data disks protected; OS, base and bootstrap volumes need nothing', () => {
    expect(run(StatefulPreventDestroy, volumes(true))).toEqual([]);
  });
  test('unprotected', () => {
    expect(run(StatefulPreventDestroy, volumes(false))).toEqual([
      `terraform/s/libvirt_pool.pool: ${MSG}: the storage pool holds every volume of the site, without lifecycle.prevent_destroy`,
      `terraform/s/libvirt_volume.n1_disk-longhorn: ${MSG}: a blank data volume (no backing image, no source), without lifecycle.prevent_destroy`,
      `terraform/s/proxmox_virtual_environment_vm.with_data: ${MSG}: a VM with data disk(s) virtio1, without lifecycle.prevent_destroy`,
    ]);
  });
});

describe('terraform/CloudflareZoneSecurity', () => {
  const MSG = 'Cloudflare zones use SSL mode strict, TLS 1.2 or later, and active DNSSEC';
  const zoneId = '${data.cloudflare_zone.zone.id}';
  const edge = (ssl?: string, tls?: string, dnssec?: string | null) => ({
    data: { cloudflare_zone: { zone: { filter: { name: 'example.org' } } } },
    resource: {
      cloudflare_zone_setting: {
        ...(ssl === undefined ? {} : { 'setting-ssl': { setting_id: 'ssl', value: ssl, zone_id: zoneId } }),
        ...(tls === undefined ? {} : { 'setting-tls': { setting_id: 'min_tls_version', value: tls, zone_id: zoneId } }),
        https: { setting_id: 'always_use_https', value: 'on', zone_id: zoneId },
      },
      ...(dnssec === undefined ? {} : { cloudflare_zone_dnssec: { dnssec: { zone_id: zoneId, ...(dnssec === null ? {} : { status: dnssec }) } } }),
    },
  });
  test('compliant (TLS 1.2 or 1.3; DNSSEC status active or unset)', () => {
    expect(run(CloudflareZoneSecurity, edge('strict', '1.2', 'active'), 'edge')).toEqual([]);
    expect(run(CloudflareZoneSecurity, edge('strict', '1.3', null), 'edge')).toEqual([]);
  });
  test('provider v4: cloudflare_zone_settings_override', () => {
    const tf = {
      resource: {
        cloudflare_zone: { z: { zone: 'example.org' } },
        cloudflare_zone_settings_override: { o: { zone_id: '${cloudflare_zone.z.id}', settings: { ssl: 'strict', min_tls_version: '1.2' } } },
        cloudflare_zone_dnssec: { d: { zone_id: '${cloudflare_zone.z.id}' } },
      },
    };
    expect(run(CloudflareZoneSecurity, tf, 'edge')).toEqual([]);
  });
  test('weak settings', () => {
    expect(run(CloudflareZoneSecurity, edge('full', '1.0', 'disabled'), 'edge')).toEqual([
      `terraform/edge/data.cloudflare_zone.zone: ${MSG}: ssl is "full", not "strict"`,
      `terraform/edge/data.cloudflare_zone.zone: ${MSG}: min_tls_version is "1.0", below 1.2`,
      `terraform/edge/data.cloudflare_zone.zone: ${MSG}: DNSSEC status is "disabled", not "active"`,
    ]);
  });
  test('missing settings', () => {
    expect(run(CloudflareZoneSecurity, edge(), 'edge')).toEqual([
      `terraform/edge/data.cloudflare_zone.zone: ${MSG}: no ssl setting (the zone keeps its current mode, "full" by default)`,
      `terraform/edge/data.cloudflare_zone.zone: ${MSG}: no min_tls_version setting (Cloudflare accepts TLS 1.0 by default)`,
      `terraform/edge/data.cloudflare_zone.zone: ${MSG}: no cloudflare_zone_dnssec`,
    ]);
  });
  test('with two zones, settings count for the zone their zone_id refers to', () => {
    const tf = edge('strict', '1.2', 'active');
    (tf.data.cloudflare_zone as Obj).other = { filter: { name: 'example.net' } };
    expect(run(CloudflareZoneSecurity, tf, 'edge')).toHaveLength(3);
    expect(run(CloudflareZoneSecurity, tf, 'edge').every((f) => f.startsWith('terraform/edge/data.cloudflare_zone.other:'))).toBe(true);
  });
});
