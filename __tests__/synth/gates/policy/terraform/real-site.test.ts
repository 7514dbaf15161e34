/**
 * synth/gates/policy/terraform: the rules on the real default site with one thing broken at a time
 * (so the rules are known to read the shapes the infra app really emits).
 */
import * as path from 'path';
import { loadSiteFile } from '../../../../../site';
import { renderSite } from '../../../../../synth/render';
import { runPolicies, type TerraformRule } from '../../../../../synth/gates/policy';
import { CloudflareZoneSecurity } from '../../../../../synth/gates/policy/terraform/CloudflareZoneSecurity';
import { FirewallDefaultDrop } from '../../../../../synth/gates/policy/terraform/FirewallDefaultDrop';
import { NoLiteralSecrets } from '../../../../../synth/gates/policy/terraform/NoLiteralSecrets';
import { SensitiveVariables } from '../../../../../synth/gates/policy/terraform/SensitiveVariables';
import { SshPasswordLoginDisabled } from '../../../../../synth/gates/policy/terraform/SshPasswordLoginDisabled';
import { StatefulPreventDestroy } from '../../../../../synth/gates/policy/terraform/StatefulPreventDestroy';
import type { Obj } from '../../../../support/policy/terraform';

describe('the rules on the real default site, broken one thing at a time', () => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = renderSite(loadSiteFile(path.resolve(__dirname, '..', '..', '..', '..', '..', 'site.yaml')).site).files;
  });
  const NODES = 'terraform/nodes/cdk.tf.json';
  const EDGE = 'terraform/edge/cdk.tf.json';
  /** Findings of the rule after `f` changed one stack's JSON. */
  function broken(rule: TerraformRule, file: string, f: (tf: Obj) => void): string[] {
    const tf = JSON.parse(files.get(file)!);
    f(tf);
    return runPolicies(new Map([...files, [file, JSON.stringify(tf)]]), [], [rule]).findings.map((x) => `${x.object}: ${x.detail}`);
  }
  const byPrefix = (o: Obj, prefix: string) => Object.keys(o).find((k) => k.startsWith(prefix))!;

  test('as rendered, none of the Terraform rules fires', () => {
    for (const rule of [NoLiteralSecrets, SensitiveVariables, StatefulPreventDestroy, CloudflareZoneSecurity, FirewallDefaultDrop, SshPasswordLoginDisabled]) {
      expect({ rule: rule.id, findings: runPolicies(files, [], [rule]).findings }).toEqual({ rule: rule.id, findings: [] });
    }
  });

  test('the VRRP password written literally into a load balancer cloud-init', () => {
    const out = broken(NoLiteralSecrets, NODES, (tf) => {
      const disks = tf.resource.libvirt_cloudinit_disk;
      const k = byPrefix(disks, 'loadbalancer1_');
      disks[k].user_data = disks[k].user_data.replace(/\$\{random_password\.vrrp_password\.result\}/g, 'Vrrp1234');
    });
    expect(out).toHaveLength(2);
    for (const f of out) expect(f).toMatch(/^terraform\/nodes\/libvirt_cloudinit_disk\.loadbalancer1_cloudinit_[0-9A-F]+: user_data line \d+ sets auth_pass to a literal value$/);
  });

  test('the k3s token written literally into a Flatcar Ignition data URL', () => {
    const out = broken(NoLiteralSecrets, NODES, (tf) => {
      const ign = tf.resource.libvirt_ignition;
      const k = byPrefix(ign, 'worker1_');
      ign[k].content = ign[k].content.replace('${random_password.k3s_agent_token_microcloud.result}', 'K10literal');
    });
    expect(out).toEqual([expect.stringMatching(/^terraform\/nodes\/libvirt_ignition\.worker1_ignition_[0-9A-F]+: content \(file \/etc\/rancher\/k3s\/config\.yaml\) line \d+ sets token to a literal value$/)]);
  });

  test('a Flatcar node whose input chain accepts', () => {
    const out = broken(FirewallDefaultDrop, NODES, (tf) => {
      const ign = tf.resource.libvirt_ignition;
      const k = byPrefix(ign, 'master2_');
      ign[k].content = ign[k].content.replace('policy%20drop%3B', 'policy%20accept%3B');
    });
    expect(out).toEqual([expect.stringMatching(/^terraform\/nodes\/libvirt_ignition\.master2_ignition_[0-9A-F]+: content: \/etc\/sitekit\/nftables\.conf chain input \(hook input\) has policy accept$/)]);
  });

  test('the gateway output with password logins on', () => {
    const out = broken(SshPasswordLoginDisabled, NODES, (tf) => {
      const v = tf.output.bootstrap_wg_gateway.value;
      v.user_data = v.user_data.replace('ssh_pwauth: false', 'ssh_pwauth: true');
    });
    expect(out).toEqual(['terraform/nodes/output.bootstrap_wg_gateway: value.user_data: ssh_pwauth is true']);
  });

  test('the PostgreSQL data disk without prevent_destroy', () => {
    const out = broken(StatefulPreventDestroy, NODES, (tf) => {
      const vols = tf.resource.libvirt_volume;
      delete vols[byPrefix(vols, 'postgresql1_disk-pgdata')].lifecycle;
    });
    expect(out).toEqual([expect.stringMatching(/^terraform\/nodes\/libvirt_volume\.postgresql1_disk-pgdata_[0-9A-F]+: a blank data volume \(no backing image, no source\), without lifecycle\.prevent_destroy$/)]);
  });

  test('the edge zone with SSL full', () => {
    const out = broken(CloudflareZoneSecurity, EDGE, (tf) => (tf.resource.cloudflare_zone_setting['setting-ssl'].value = 'full'));
    expect(out).toEqual(['terraform/edge/data.cloudflare_zone.zone: ssl is "full", not "strict"']);
  });
});
