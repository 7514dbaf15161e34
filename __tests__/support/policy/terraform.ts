/** Tiny hand-made Terraform stacks and bootstrap documents for the terraform policy rules' tests, and how a test runs one rule on them. */
import { runPolicies, type TerraformRule } from '../../../synth/gates/policy';

export type Obj = Record<string, any>;

/** Findings of one rule on one stack ("s"), as `<object>: <message>`. */
export function run(rule: TerraformRule, tf: Obj, stack = 's'): string[] {
  const files = new Map([[`terraform/${stack}/cdk.tf.json`, JSON.stringify(tf)]]);
  return runPolicies(files, [], [rule]).findings.map((f) => `${f.object}: ${f.message}`);
}

/** A data URL as the infra app writes them (percent-encoded, references kept raw). */
export const dataUrl = (text: string) => `data:,${encodeURIComponent(text).replace(/%24%7B(random_password\.[a-z_]+\.result|var\.[a-z_]+)%7D/g, '${$1}')}`;

export const RULESET = `#!/usr/sbin/nft -f
table inet filter
delete table inet filter

table inet filter {
  chain input {
    type filter hook input priority filter; policy drop;
    ct state established,related accept
    ip saddr { 10.0.0.0/24 } tcp dport 22 accept comment "ssh"
  }
  chain forward {
    type filter hook forward priority filter; policy accept;
  }
}
`;

export function cloudConfig(opts: { pwauth?: string; ruleset?: string; extra?: string } = {}): string {
  const indent = (s: string) => s.replace(/^/gm, '      ').replace(/\s+$/, '');
  const files = opts.ruleset === undefined ? RULESET : opts.ruleset;
  return [
    '#cloud-config',
    'hostname: node1',
    ...(opts.pwauth === undefined ? ['ssh_pwauth: false'] : opts.pwauth === '' ? [] : [`ssh_pwauth: ${opts.pwauth}`]),
    'write_files:',
    ...(files ? ['  - path: /etc/sitekit/nftables.conf', '    content: |', indent(files)] : ['  - path: /etc/motd', '    content: hello']),
    ...(opts.extra ? [opts.extra] : []),
    '',
  ].join('\n');
}

export function ignition(opts: { files?: { path: string; text: string }[]; users?: Obj[] } = {}): string {
  return JSON.stringify({
    ignition: { version: '3.3.0' },
    passwd: { users: opts.users ?? [{ name: 'core', sshAuthorizedKeys: ['ssh-ed25519 AAAA admin'] }] },
    storage: { files: (opts.files ?? [{ path: '/etc/sitekit/nftables.conf', text: RULESET }]).map((f) => ({ path: f.path, mode: 420, overwrite: true, contents: { source: dataUrl(f.text) } })) },
    systemd: { units: [{ name: 'sitekit-firewall.service', enabled: true, contents: '[Service]\nExecStart=/usr/sbin/nft -f /etc/sitekit/nftables.conf\n' }] },
  });
}

export const cloudinitDisk = (userData: string) => ({ resource: { libvirt_cloudinit_disk: { n1: { name: 'n1', user_data: userData, meta_data: 'instance-id: n1\n' } } } });
export const ignitionResource = (content: string) => ({ resource: { libvirt_ignition: { n2: { name: 'n2.ign', content } } } });
