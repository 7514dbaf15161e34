/**
 * Day 2: the files of a node's first-boot plan that change with the site while the node runs
 * (firewall, the load balancers' backends, the infra node's DNS records, the database's clients,
 * the OS update settings of the maintenance window, the SSH keys), and the site's Ansible inventory on the Ansible nodes, grouped by the service
 * that reloads them, each with the POSIX sh script that checks the new file, installs it
 * atomically and reloads the service. The config stack (infra/stacks/config.ts) uploads them over
 * SSH; nothing here touches a VM's first-boot data.
 *
 * The content is the first-boot renderer's own (`planBootstrap`), so a pushed file is byte for byte
 * what a VM created now would boot with; the inventory is the one of `dist/ansible/`. Files that
 * hold a secret (keepalived.conf, wg0.conf, the k3s configuration, the PostgreSQL key) are not
 * day-2 files: a group whose content held a Terraform reference is refused (`checkTemplateFree`).
 *
 * Scripts run as the image's login user, with `sudo -n` for what needs root (Flatcar's core and
 * the cloud images' default users have password-less sudo). They use `$var`, never `${var}`.
 */
import { renderInventory } from '../../ansible/inventory';
import type { Node, Site } from '../../site';
import { LOGIN_USERS } from '../../site/schema';
import { octal } from './cloudinit';
import { BootPlan, BootstrapError, checkLabel, checkPath, checkSshKey, lines, shellQuote } from './common';
import { POSTGRES_HBA, POSTGRES_SETUP_SCRIPT } from './database';
import { FIREWALL_UNIT, NFT, NFTABLES_FILE } from './firewall';
import { CHRONY_CONFIG, DNSMASQ_CONFIG } from './infranode';
import { HAPROXY_CONFIG } from './loadbalancer';
import { FLATCAR_UPDATE_CONF, LOCKSMITHD_DROPIN, LOCKSMITHD_UNIT, UNATTENDED_UPGRADES_CONF, UPGRADE_TIMER, UPGRADE_TIMER_DROPIN } from './updates';
import { checkTemplateFree } from './secrets';
import { ANSIBLE_INVENTORY, isAnsibleController } from './workstation';

/** The groups of day-2 files, in the order they are pushed to a node (SSH keys last). */
export const DAY2_GROUPS = ['firewall', 'haproxy', 'dnsmasq', 'chrony', 'postgresql', 'updates', 'locksmithd', 'flatcar_update', 'ansible', 'ssh_keys'] as const;
export type Day2GroupName = (typeof DAY2_GROUPS)[number];

/** One file uploaded to the node's login user's home, before the script installs it. */
export interface Day2Upload {
  /** Absolute path on the node the file provisioner writes. */
  readonly upload: string;
  readonly content: string;
}

/** A group of day-2 files of one node: what to upload, and the script that installs them. */
export interface Day2Group {
  readonly name: Day2GroupName;
  readonly uploads: readonly Day2Upload[];
  readonly script: string;
}

/**
 * The user an SSH login gets on the node's image: `core` on Flatcar (Ignition gives it the keys),
 * otherwise the cloud image's default user (cloud-init's `users: [default]`), named after the
 * distribution.
 */
export function loginUser(site: Site, node: Node): string {
  const os = site.spec.images[node.image]?.os;
  if (os === undefined || !Object.hasOwn(LOGIN_USERS, os)) {
    throw new BootstrapError(`node ${node.name}: no login user for image os ${JSON.stringify(os)} (supported: ${Object.keys(LOGIN_USERS).join(', ')})`);
  }
  return LOGIN_USERS[os];
}

/** How a plan file is checked before it replaces the one in place, and what reloads it. */
interface FileGroup {
  readonly name: Exclude<Day2GroupName, 'ssh_keys'>;
  readonly paths: readonly string[];
  /** Commands checking the uploaded files (`$f1`, `$f2`, ... in the order of `paths`). */
  readonly check: readonly string[];
  /** Commands after the files are in place; a failure puts the previous first file back. */
  readonly verify?: { readonly commands: readonly string[]; readonly what: string };
  readonly reload: readonly string[];
}

const FILE_GROUPS: readonly FileGroup[] = [
  { name: 'firewall', paths: [NFTABLES_FILE], check: [`sudo -n ${NFT} -c -f "$f1"`], reload: [`sudo -n systemctl reload ${FIREWALL_UNIT}`] },
  { name: 'haproxy', paths: [HAPROXY_CONFIG], check: ['sudo -n haproxy -c -q -f "$f1"'], reload: ['sudo -n systemctl reload haproxy.service'] },
  { name: 'dnsmasq', paths: [DNSMASQ_CONFIG], check: ['sudo -n dnsmasq --test --conf-file="$f1"'], reload: ['sudo -n systemctl restart dnsmasq.service'] },
  { name: 'chrony', paths: [CHRONY_CONFIG], check: [], reload: ['sudo -n systemctl restart chrony.service'] },
  {
    name: 'postgresql',
    paths: [POSTGRES_HBA, POSTGRES_SETUP_SCRIPT],
    check: ['sh -n "$f2"'],
    // PostgreSQL parses the pg_hba.conf on disk when the view is read: errors show before a restart.
    verify: {
      commands: ['errors=$(sudo -n runuser -u postgres -- psql -X -A -t -q -d postgres -c "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")', '[ "$errors" = 0 ]'],
      what: 'the new pg_hba.conf has errors, or PostgreSQL did not answer',
    },
    // The setup script is idempotent: it creates the new app databases and roles, and restarts PostgreSQL.
    reload: [`sudo -n ${POSTGRES_SETUP_SCRIPT}`],
  },
  // The maintenance window (updates.ts): apt parses the new settings before they replace the old.
  {
    name: 'updates',
    paths: [UNATTENDED_UPGRADES_CONF, UPGRADE_TIMER_DROPIN],
    check: ['apt-config -c "$f1" dump >/dev/null', `sudo -n install -d -o root -g root -m 0755 ${shellQuote(UPGRADE_TIMER_DROPIN.slice(0, UPGRADE_TIMER_DROPIN.lastIndexOf('/')))}`],
    reload: ['sudo -n systemctl daemon-reload', `sudo -n systemctl restart ${UPGRADE_TIMER}`],
  },
  {
    name: 'locksmithd',
    paths: [LOCKSMITHD_DROPIN],
    check: [`sudo -n install -d -o root -g root -m 0755 ${shellQuote(LOCKSMITHD_DROPIN.slice(0, LOCKSMITHD_DROPIN.lastIndexOf('/')))}`],
    reload: ['sudo -n systemctl daemon-reload'],
  },
  { name: 'flatcar_update', paths: [FLATCAR_UPDATE_CONF], check: [], reload: [`sudo -n systemctl restart ${LOCKSMITHD_UNIT}`] },
];

/** Where the file provisioner puts upload `i` of a group: the login user's home (not a shared /tmp). */
function uploadPath(user: string, group: Day2GroupName, i: number): string {
  return checkPath(`/home/${user}/.sitekit-day2-${group.replace(/_/g, '-')}-${i}`, 'upload path');
}

function fileGroupScript(node: Node, g: FileGroup, uploads: readonly string[], modes: readonly number[]): string {
  const vars = uploads.map((u, i) => `f${i + 1}=${shellQuote(u)}`);
  const install = g.paths.flatMap((p, i) => [
    `sudo -n install -o root -g root -m ${octal(modes[i])} "$f${i + 1}" ${shellQuote(`${p}.sitekit-new`)}`,
    `sudo -n mv -f ${shellQuote(`${p}.sitekit-new`)} ${shellQuote(p)}`,
  ]);
  const first = shellQuote(g.paths[0]);
  const old = shellQuote(`${g.paths[0]}.sitekit-old`);
  const verify = g.verify
    ? [
        `if ! { ${g.verify.commands.join(' && ')}; }; then`,
        `  echo "sitekit day 2: ${g.name} of ${node.name}: ${g.verify.what}; the previous ${g.paths[0]} is back in place" >&2`,
        `  if sudo -n test -e ${old}; then sudo -n mv -f ${old} ${first}; fi`,
        '  exit 1',
        'fi',
        `sudo -n rm -f ${old}`,
      ]
    : [];
  return lines(
    '#!/bin/sh',
    `# sitekit day 2: ${g.name} of ${node.name}: check, install, reload (config stack)`,
    'set -eu',
    'cd /',
    vars,
    g.check,
    g.verify ? `if sudo -n test -e ${first}; then sudo -n cp -p ${first} ${old}; fi` : [],
    install,
    verify,
    `rm -f ${uploads.map((_, i) => `"$f${i + 1}"`).join(' ')}`,
    g.reload,
    `echo "sitekit day 2: ${g.name} of ${node.name} installed"`,
  );
}

/**
 * The SSH keys of the login user. Flatcar keeps each key set in `~/.ssh/authorized_keys.d/<name>`
 * (Ignition writes the set `ignition`) and `update-ssh-keys` rebuilds `authorized_keys` from them;
 * the cloud images read `~/.ssh/authorized_keys`, which cloud-init wrote.
 */
function sshKeysScript(node: Node, upload: string): string {
  const replace = (dir: string, file: string) => [
    `install -d -m 0700 "$HOME/${dir}"`,
    `install -m 0600 "$f1" "$HOME/${dir}/${file}.sitekit-new"`,
    `mv -f "$HOME/${dir}/${file}.sitekit-new" "$HOME/${dir}/${file}"`,
  ];
  return lines(
    '#!/bin/sh',
    `# sitekit day 2: SSH keys of ${node.name}: check, install (config stack)`,
    'set -eu',
    `f1=${shellQuote(upload)}`,
    'if [ ! -s "$f1" ] || ! ssh-keygen -l -f "$f1" >/dev/null; then',
    `  echo "sitekit day 2: ssh_keys of ${node.name}: the new keys are not OpenSSH public keys; the installed keys are unchanged" >&2`,
    '  exit 1',
    'fi',
    node.flatcar
      ? ['if command -v update-ssh-keys >/dev/null 2>&1; then', '  update-ssh-keys -a ignition "$f1"', 'else', ...replace('.ssh/authorized_keys.d', 'ignition').map((l) => `  ${l}`), 'fi']
      : replace('.ssh', 'authorized_keys'),
    'rm -f "$f1"',
    `echo "sitekit day 2: ssh_keys of ${node.name} installed"`,
  );
}

/**
 * The site's inventory on an Ansible node: day-2 data only (not in its first-boot plan), so that a
 * node added changes this push and no VM's first-boot data. The push waits for cloud-init (a VM
 * just created may still be installing ansible-core), then has Ansible parse the new inventory;
 * an inventory Ansible cannot parse fails the push instead of a warning.
 */
function ansibleGroup(site: Site, node: Node, user: string): Day2Group {
  const g: FileGroup = {
    name: 'ansible',
    paths: [ANSIBLE_INVENTORY],
    check: [
      // Its own exit status is cloud-init's verdict on the whole first boot, not on this push.
      'sudo -n cloud-init status --wait >/dev/null 2>&1 || true',
      'ANSIBLE_INVENTORY_UNPARSED_FAILED=true ansible-inventory -i "$f1" --list >/dev/null',
      `sudo -n install -d -o root -g root -m 0755 ${shellQuote(ANSIBLE_INVENTORY.slice(0, ANSIBLE_INVENTORY.lastIndexOf('/')))}`,
    ],
    reload: [],
  };
  const upload = uploadPath(user, g.name, 1);
  const content = renderInventory(site);
  checkTemplateFree(content, {}, `the day-2 file ${ANSIBLE_INVENTORY} of ${node.name}`);
  return { name: g.name, uploads: [{ upload, content }], script: fileGroupScript(node, g, [upload], [0o644]) };
}

/**
 * The day-2 groups of a node, from its first-boot plan: the file groups whose files the plan
 * writes, then its SSH keys (last, so that a key the push logs in with is replaced after the rest).
 */
export function day2Groups(site: Site, node: Node, plan: BootPlan): Day2Group[] {
  checkLabel(node.name, 'node name');
  const user = loginUser(site, node);
  const out: Day2Group[] = [];
  for (const g of FILE_GROUPS) {
    const files = g.paths.map((p) => plan.files.find((f) => f.path === p));
    if (files.some((f) => !f)) {
      if (files.some((f) => f)) throw new BootstrapError(`node ${node.name}: the plan writes only part of the ${g.name} files (${g.paths.join(', ')})`);
      continue;
    }
    const uploads = files.map((f, i) => ({ upload: uploadPath(user, g.name, i + 1), content: f!.content }));
    for (const [i, u] of uploads.entries()) checkTemplateFree(u.content, {}, `the day-2 file ${g.paths[i]} of ${node.name}`);
    out.push({ name: g.name, uploads, script: fileGroupScript(node, g, uploads.map((u) => u.upload), files.map((f) => f!.mode)) });
  }
  if (isAnsibleController(node)) out.push(ansibleGroup(site, node, user));
  const keys = lines(site.spec.ssh.authorizedKeys.map(checkSshKey));
  const upload = uploadPath(user, 'ssh_keys', 1);
  out.push({ name: 'ssh_keys', uploads: [{ upload, content: keys }], script: sshKeysScript(node, upload) });
  return out;
}
