/**
 * What a generic node can have on top of the base bootstrap: `tools` (Ansible, to run day-2
 * playbooks against the site) and a `desktop` (Xfce reached over RDP with xrdp). Debian and Ubuntu
 * only: both install distribution packages (the site validation refuses them on Flatcar, and on
 * other roles, first; the checks here repeat it for direct callers).
 *
 * Ansible: ansible-core from the distribution, and /etc/ansible/ansible.cfg naming the inventory
 * /etc/ansible/hosts. The inventory itself is not first-boot data: it changes with every node
 * added, so the config stack pushes it (day2.ts, group `ansible`), and a node added changes no
 * running VM's first-boot data.
 *
 * Desktop: the packages of docs/desktop.md, xrdp enabled, Xfce as the session xrdp starts
 * (`x-session-manager`); the firewall opens RDP to the admin network (firewall.ts).
 */
import type { Node, Site } from '../../site';
import { BootPlan, BootstrapError, EMPTY_PLAN, lines, mergePlans } from './common';

/** The Ansible configuration written at first boot. */
export const ANSIBLE_CONFIG = '/etc/ansible/ansible.cfg';
/** Where the config stack installs the site's inventory (Ansible's default inventory). */
export const ANSIBLE_INVENTORY = '/etc/ansible/hosts';
/** The distribution packages of `tools: [ansible]` (Debian 12 and Ubuntu 24.04 both ship it). */
export const ANSIBLE_PACKAGES = ['ansible-core'] as const;

/** RDP, the port xrdp listens on. */
export const RDP_PORT = 3389;
/** The xrdp service the desktop enables. */
export const XRDP_UNIT = 'xrdp.service';
/**
 * The desktop's packages on both distributions: the Xfce session, a terminal, xrdp with its Xorg
 * backend, the D-Bus session launcher Xfce needs in an xrdp session, and tools to check the
 * network from the client (dig, curl).
 */
export const DESKTOP_PACKAGES = ['xfce4', 'xfce4-terminal', 'dbus-x11', 'xrdp', 'xorgxrdp', 'bind9-dnsutils', 'curl'] as const;
/**
 * A web browser: Debian's `firefox-esr` package; on Ubuntu, Firefox is a snap (its deb only
 * installs the snap), installed by its own command so that the packages do not wait on it.
 */
export const DESKTOP_BROWSER = { debian: { packages: ['firefox-esr'], commands: [] }, ubuntu: { packages: [], commands: [['snap', 'install', 'firefox']] } } as const;

function osOf(site: Site, node: Node, what: string): 'debian' | 'ubuntu' {
  const os = site.spec.images[node.image]?.os;
  if (node.role !== 'generic') throw new BootstrapError(`node ${node.name} of role ${node.role}: ${what} only on generic nodes`);
  if (os !== 'debian' && os !== 'ubuntu') throw new BootstrapError(`node ${node.name}: ${what} needs a debian or ubuntu image (its packages), not ${JSON.stringify(os)}: Flatcar installs no packages`);
  return os;
}

/** Ansible: the package and its configuration; the inventory comes from the config stack. */
export function ansiblePlan(site: Site, node: Node): BootPlan {
  osOf(site, node, 'tools: [ansible]');
  const config = lines(
    `# sitekit: Ansible on ${node.name}. The inventory is the site's, pushed by the config stack (docs/ansible.md).`,
    '[defaults]',
    `inventory = ${ANSIBLE_INVENTORY}`,
    'interpreter_python = auto_silent',
  );
  return { files: [{ path: ANSIBLE_CONFIG, mode: 0o644, content: config }], units: [], packages: [...ANSIBLE_PACKAGES], commands: [] };
}

/** The desktop: Xfce, xrdp (enabled), a browser, Xfce as the session manager xrdp starts. */
export function desktopPlan(site: Site, node: Node): BootPlan {
  const os = osOf(site, node, 'a desktop');
  const browser = DESKTOP_BROWSER[os];
  return {
    files: [],
    units: [{ name: XRDP_UNIT, enabled: true }],
    packages: [...DESKTOP_PACKAGES, ...browser.packages],
    commands: [['update-alternatives', '--set', 'x-session-manager', '/usr/bin/xfce4-session'], ...browser.commands.map((c) => [...c])],
  };
}

/** The extras of a generic node: its tools, then its desktop (none: the empty plan). */
export function workstationPlan(site: Site, node: Node): BootPlan {
  const plans: BootPlan[] = [];
  if (node.tools?.includes('ansible')) plans.push(ansiblePlan(site, node));
  if (node.desktop) plans.push(desktopPlan(site, node));
  return plans.length ? mergePlans(...plans) : EMPTY_PLAN;
}

/** True when the node runs Ansible against the site (the config stack pushes it the inventory). */
export function isAnsibleController(node: Node): boolean {
  return !!node.tools?.includes('ansible');
}
