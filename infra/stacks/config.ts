import { createHash } from 'crypto';
import type { Construct } from 'constructs';
import type { Node, Site } from '../../site';
import { tfName } from '../backends/common';
import { planBootstrap, SECRET_SPECS, type BootstrapSecrets, type SecretName } from '../bootstrap';
import { day2Groups, loginUser, type Day2Group } from '../bootstrap/day2';
import { TerraformData, TerraformVariable, type SSHProvisionerConnection } from '../tf';
import { SiteStack, type SiteStackProps } from './base';
import { escapeTemplate } from './bootstrap';

/**
 * Day-2 configuration of the running VMs: for each provisioned node, one `terraform_data` per
 * group of day-2 files (`infra/bootstrap/day2.ts`: firewall, HAProxy, dnsmasq, chrony, PostgreSQL
 * clients and databases, OS updates of the maintenance window, SSH keys), named `<node>_<group>`, whose provisioners upload the files
 * over SSH, check them, install them and reload the service. Its `triggers_replace` is the sha256
 * of what it pushes, so an apply re-runs exactly the groups whose content changed.
 *
 * The VMs and their first-boot data stay in the nodes stack, untouched: apply this stack after it.
 * It holds no data and no secret: files holding one (keepalived.conf, wg0.conf, k3s's config) are
 * not pushed (docs/day2.md says what to do by hand). External nodes are skipped: they are not
 * provisioned, and their address may not be reachable from where Terraform runs.
 */
export class ConfigStack extends SiteStack {
  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const site = props.site;
    // Optional (null by default); the expressions below hold no quoted literal, as the policy wants of a private_key.
    const variable = (name: string, description: string) => {
      const v = new TerraformVariable(this, name, { type: 'string', nullable: true, description });
      v.addOverride('default', null);
      return `var.${this.getLogicalId(v)}`;
    };
    const key = variable('ssh_key_file', 'Path of a private SSH key file to log in to the nodes with, besides the ssh-agent. @default null: the agent only');
    const bastion = variable('ssh_bastion_host', 'A host to reach the nodes through (SSH jump host). @default null: direct');
    const bastionUser = variable('ssh_bastion_user', 'The user on the bastion host. @default null: the node\'s login user');
    const connection = (node: Node): SSHProvisionerConnection => ({
      type: 'ssh',
      host: node.address,
      user: loginUser(site, node),
      // cdktf types `agent` as a string; Terraform's connection block takes a bool.
      agent: true as unknown as string,
      privateKey: `\${${key} == null ? null : file(${key})}`,
      bastionHost: `\${${bastion}}`,
      bastionUser: `\${${bastionUser}}`,
    });
    for (const node of site.nodes) {
      if (node.external) continue;
      const made: TerraformData[] = [];
      for (const g of nodeDay2Groups(site, node)) {
        made.push(
          new TerraformData(this, `${tfName(node.name)}_${g.name}`, {
            triggersReplace: { sha256: groupDigest(g) },
            connection: connection(node),
            provisioners: [
              ...g.uploads.map((u) => ({ type: 'file' as const, content: escapeTemplate(u.content, []), destination: u.upload })),
              { type: 'remote-exec' as const, inline: escapeTemplate(g.script, []).trimEnd().split('\n') },
            ],
            // The SSH keys last: the other groups still log in with the keys they found.
            ...(g.name === 'ssh_keys' && made.length ? { dependsOn: [...made] } : {}),
          }),
        );
      }
    }
  }
}

/**
 * References that stand for the secrets while planning: no day-2 file may hold one
 * (`day2Groups` refuses any `${` in what it pushes), so they never reach the output.
 */
const NOT_PUSHED = Object.fromEntries((Object.keys(SECRET_SPECS) as SecretName[]).map((n) => [n, `\${day2_not_pushed.${n}}`])) as unknown as BootstrapSecrets;

/** The day-2 groups of a node: its first-boot plan's files, as the nodes stack renders them. */
export function nodeDay2Groups(site: Site, node: Node): Day2Group[] {
  return day2Groups(site, node, planBootstrap(site, node, NOT_PUSHED));
}

/** sha256 of everything a group pushes: its uploads (where and what) and its script. */
export function groupDigest(g: Day2Group): string {
  return createHash('sha256').update(JSON.stringify([g.uploads, g.script])).digest('hex');
}
