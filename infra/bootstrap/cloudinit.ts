/**
 * cloud-init for Debian/Ubuntu nodes: a `#cloud-config` user-data document (the distribution's
 * default user with the site's SSH keys, no password logins, packages, the plan's files and
 * units as `write_files`, `runcmd` in argv form so nothing goes through a shell), plus the
 * meta-data. The network-config comes from `network.ts`.
 *
 * Order on first boot: early files (init stage), packages, deferred files (the default, so
 * package installs do not overwrite them), then runcmd: reload systemd, start the firewall,
 * enable and start the plan's units, then the plan's own commands.
 */
import { Document, isSeq } from 'yaml';
import type { Node, Site } from '../../site';
import { BootPlan, checkLabel, checkPath, checkSshKey, checkUnitName, UNIT_DIR } from './common';
import { FIREWALL_UNIT } from './firewall';
import { ntpServers } from './topology';

/** The top-level keys our user-data uses (all in cloud-init 22.4's schema). */
export const USER_DATA_KEYS = [
  'hostname',
  'fqdn',
  'prefer_fqdn_over_hostname',
  'manage_etc_hosts',
  'users',
  'ssh_authorized_keys',
  'disable_root',
  'ssh_pwauth',
  'package_update',
  'package_upgrade',
  'packages',
  'ntp',
  'write_files',
  'runcmd',
] as const;

interface WriteFile {
  path: string;
  permissions: string;
  owner: string;
  content: string;
  defer?: boolean;
}

export function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}

/** The `write_files` entries of a plan: files, then units and drop-ins under /etc/systemd/system. */
export function writeFiles(plan: BootPlan): WriteFile[] {
  const out: WriteFile[] = plan.files.map((f) => ({
    path: checkPath(f.path, 'file path'),
    permissions: octal(f.mode),
    owner: 'root:root',
    content: f.content,
    ...(f.early ? {} : { defer: true }),
  }));
  for (const u of plan.units) {
    checkUnitName(u.name);
    if (u.contents !== undefined) out.push({ path: `${UNIT_DIR}/${u.name}`, permissions: '0644', owner: 'root:root', content: u.contents, defer: true });
    for (const d of u.dropins ?? []) {
      out.push({ path: checkPath(`${UNIT_DIR}/${u.name}.d/${d.name}`, 'drop-in path'), permissions: '0644', owner: 'root:root', content: d.contents, defer: true });
    }
  }
  return out;
}

/** The `runcmd` list of a plan. */
export function runCommands(plan: BootPlan): string[][] {
  const enabled = plan.units.filter((u) => u.enabled).map((u) => checkUnitName(u.name));
  const firewall = enabled.filter((n) => n === FIREWALL_UNIT);
  const others = enabled.filter((n) => n !== FIREWALL_UNIT);
  return [
    ['systemctl', 'daemon-reload'],
    ...(firewall.length ? [['systemctl', 'enable', '--now', ...firewall]] : []),
    ...(others.length ? [['systemctl', 'enable', '--now', ...others]] : []),
    ...plan.commands.map((c) => [...c]),
  ];
}

/** The `#cloud-config` user-data of a node from its plan. */
export function renderUserData(site: Site, node: Node, plan: BootPlan): string {
  checkLabel(node.name, 'node name');
  const ntp = ntpServers(site, node);
  const config: Record<(typeof USER_DATA_KEYS)[number], unknown> = {
    hostname: node.name,
    fqdn: node.fqdn,
    prefer_fqdn_over_hostname: false,
    manage_etc_hosts: true,
    users: ['default'],
    ssh_authorized_keys: site.spec.ssh.authorizedKeys.map(checkSshKey),
    disable_root: true,
    ssh_pwauth: false,
    package_update: true,
    package_upgrade: false,
    packages: plan.packages.length ? [...plan.packages] : undefined,
    ntp: ntp.length ? { enabled: true, servers: ntp } : undefined,
    write_files: writeFiles(plan),
    runcmd: runCommands(plan),
  };
  for (const k of Object.keys(config) as (keyof typeof config)[]) if (config[k] === undefined) delete config[k];
  for (const p of plan.packages) if (!/^[a-z0-9][a-z0-9+.-]+$/.test(p)) throw new Error(`package name ${JSON.stringify(p)}`);
  const doc = new Document(config);
  const runcmd = doc.get('runcmd', true);
  if (isSeq(runcmd)) for (const item of runcmd.items) if (isSeq(item)) item.flow = true;
  return `#cloud-config\n${doc.toString({ lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false })}`;
}

/** The meta-data of a node (NoCloud). */
export function renderMetaData(site: Site, node: Node): string {
  return `instance-id: ${checkLabel(site.name, 'site name')}-${checkLabel(node.name, 'node name')}\nlocal-hostname: ${node.name}\n`;
}
