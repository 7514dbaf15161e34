/**
 * synth/gates/policy/terraform: the rules on the bootstrap documents a stack embeds (nftables
 * ruleset, SSH password login) on tiny hand-made stacks, compliant and not, with the exact messages.
 */
import { FirewallDefaultDrop } from '../../../../../synth/gates/policy/terraform/FirewallDefaultDrop';
import { SshPasswordLoginDisabled } from '../../../../../synth/gates/policy/terraform/SshPasswordLoginDisabled';
import { cloudConfig, cloudinitDisk, ignition, ignitionResource, RULESET, run } from '../../../../support/policy/terraform';

describe('terraform/FirewallDefaultDrop', () => {
  const MSG = 'Bootstrap documents install an nftables ruleset whose input chains have policy drop';
  test('compliant: cloud-init and Ignition (data URL) rulesets with policy drop; blocks without documents are not checked', () => {
    expect(run(FirewallDefaultDrop, cloudinitDisk(cloudConfig()))).toEqual([]);
    expect(run(FirewallDefaultDrop, ignitionResource(ignition()))).toEqual([]);
    expect(run(FirewallDefaultDrop, { resource: { libvirt_network: { n: { name: 'n' } } } })).toEqual([]);
  });
  test('accepting input chains (explicit, or a base chain without a policy)', () => {
    const accept = RULESET.replace('policy drop;', 'policy accept;');
    const none = 'table inet filter {\n  chain input {\n    type filter hook input priority 0;\n  }\n}\n';
    expect(run(FirewallDefaultDrop, cloudinitDisk(cloudConfig({ ruleset: accept })))).toEqual([
      `terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data: /etc/sitekit/nftables.conf chain input (hook input) has policy accept`,
    ]);
    expect(run(FirewallDefaultDrop, ignitionResource(ignition({ files: [{ path: '/etc/nftables.conf', text: none }] })))).toEqual([
      `terraform/s/libvirt_ignition.n2: ${MSG}: content: /etc/nftables.conf chain input (hook input) has policy accept`,
    ]);
  });
  test('no ruleset; an unparsable cloud-config; a bootstrap output', () => {
    expect(run(FirewallDefaultDrop, cloudinitDisk(cloudConfig({ ruleset: '' })))).toEqual([`terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data: no nftables ruleset with an input chain (cloud-init)`]);
    expect(run(FirewallDefaultDrop, cloudinitDisk('#cloud-config\nwrite_files: [\n'))).toEqual([`terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data: the cloud-init document does not parse as YAML`]);
    const output = { output: { bootstrap_gw: { sensitive: true, value: { format: 'ignition', ignition: ignition({ files: [] }) } } } };
    expect(run(FirewallDefaultDrop, output)).toEqual([`terraform/s/output.bootstrap_gw: ${MSG}: value.ignition: no nftables ruleset with an input chain (ignition)`]);
  });
  test('a NAT-only ruleset next to the input ruleset is fine', () => {
    const nat = 'table ip nat {\n  chain postrouting {\n    type nat hook postrouting priority srcnat; policy accept;\n    masquerade\n  }\n}\n';
    const content = ignition({ files: [{ path: '/etc/sitekit/nftables.conf', text: RULESET }, { path: '/etc/sitekit/nat.nft', text: nat }] });
    expect(run(FirewallDefaultDrop, ignitionResource(content))).toEqual([]);
  });
});

describe('terraform/SshPasswordLoginDisabled', () => {
  const MSG = 'Bootstrap documents disable SSH password login';
  test('compliant: ssh_pwauth false (also YAML 1.1 `no`); Ignition without password hashes', () => {
    expect(run(SshPasswordLoginDisabled, cloudinitDisk(cloudConfig()))).toEqual([]);
    expect(run(SshPasswordLoginDisabled, cloudinitDisk(cloudConfig({ pwauth: 'no' })))).toEqual([]);
    expect(run(SshPasswordLoginDisabled, ignitionResource(ignition()))).toEqual([]);
  });
  test('a password hash with an sshd drop-in that turns password logins off', () => {
    const content = ignition({
      users: [{ name: 'core', passwordHash: '$6$x$y' }],
      files: [{ path: '/etc/ssh/sshd_config.d/10-sitekit.conf', text: 'PasswordAuthentication no\n' }],
    });
    expect(run(SshPasswordLoginDisabled, ignitionResource(content))).toEqual([]);
  });
  test('cloud-init: unset, true', () => {
    expect(run(SshPasswordLoginDisabled, cloudinitDisk(cloudConfig({ pwauth: '' })))).toEqual([`terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data: ssh_pwauth is not set (the image's sshd default applies)`]);
    expect(run(SshPasswordLoginDisabled, cloudinitDisk(cloudConfig({ pwauth: 'true' })))).toEqual([`terraform/s/libvirt_cloudinit_disk.n1: ${MSG}: user_data: ssh_pwauth is true`]);
  });
  test('Ignition: a password hash without the drop-in; a drop-in that turns them on', () => {
    expect(run(SshPasswordLoginDisabled, ignitionResource(ignition({ users: [{ name: 'core', passwordHash: '$6$x$y' }] })))).toEqual([
      `terraform/s/libvirt_ignition.n2: ${MSG}: content: user core has a passwordHash and no sshd_config drop-in sets PasswordAuthentication no`,
    ]);
    expect(run(SshPasswordLoginDisabled, ignitionResource(ignition({ files: [{ path: '/etc/ssh/sshd_config.d/50-x.conf', text: '# legacy\nPasswordAuthentication yes\n' }] })))).toEqual([
      `terraform/s/libvirt_ignition.n2: ${MSG}: content: /etc/ssh/sshd_config.d/50-x.conf sets PasswordAuthentication yes`,
    ]);
  });
  test('a Proxmox snippet is a bootstrap document too', () => {
    const tf = { resource: { proxmox_virtual_environment_file: { ud: { content_type: 'snippets', source_raw: { data: cloudConfig({ pwauth: '' }), file_name: 'ud.yaml' } } } } };
    expect(run(SshPasswordLoginDisabled, tf)).toEqual([`terraform/s/proxmox_virtual_environment_file.ud: ${MSG}: source_raw.data: ssh_pwauth is not set (the image's sshd default applies)`]);
  });
});
