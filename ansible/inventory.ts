/**
 * The site's Ansible inventory (`dist/ansible/inventory.yaml`), in Ansible's YAML inventory format:
 * every node under `all.hosts` with its host vars, and a group per role (`role_<role>`) and per
 * cluster (`cluster_<cluster>`) listing its nodes. The automation VM (a generic node with
 * `tools: [ansible]`) gets the same text at /etc/ansible/hosts through the config stack.
 *
 * Reads only the Site: addresses are the nodes' own (never derived here), the login user is the
 * image's (LOGIN_USERS). Order follows the site: hosts in site order, role groups in ROLES order,
 * cluster groups in site order; so adding a node changes this file by its lines only.
 */
import { Document } from 'yaml';
import type { Node, Site } from '../site';
import { LOGIN_USERS, ROLES } from '../site/schema';

/** Where the synth writes the inventory, relative to the output directory. */
export const INVENTORY_FILE = 'ansible/inventory.yaml';

/** Host vars of one node. `sitekit_cluster` only for cluster members, `sitekit_public_address` only where the site has one. */
export interface HostVars {
  readonly ansible_host: string;
  readonly ansible_user: string;
  readonly sitekit_fqdn: string;
  readonly sitekit_role: string;
  readonly sitekit_network: string;
  readonly sitekit_cluster?: string;
  /** An external node's public address (its `ansible_host` is its site address, as for every node). */
  readonly sitekit_public_address?: string;
}

/** The inventory as data: what the YAML file holds. */
export interface Inventory {
  readonly all: {
    readonly hosts: Readonly<Record<string, HostVars>>;
    readonly children: Readonly<Record<string, { readonly hosts: Readonly<Record<string, null>> }>>;
  };
}

/**
 * An Ansible group name for a site name: Ansible warns about anything but letters, digits and `_`
 * in group names, and DNS labels have no `_`, so `-` → `_` keeps names apart. The prefix keeps
 * role and cluster groups apart from each other and from host names (which have no `_`).
 */
export function groupName(prefix: 'role' | 'cluster', name: string): string {
  return `${prefix}_${name.replace(/-/g, '_')}`;
}

/** The SSH user of a node: its image's login user. */
export function ansibleUser(site: Site, node: Node): string {
  const os = site.spec.images[node.image]?.os;
  if (!os) throw new Error(`node ${node.name}: image "${node.image}" is not in the site's images`);
  return LOGIN_USERS[os];
}

/** The inventory of the site, as data. */
export function inventory(site: Site): Inventory {
  const hosts: Record<string, HostVars> = {};
  for (const n of site.nodes) {
    hosts[n.name] = {
      ansible_host: n.address,
      ansible_user: ansibleUser(site, n),
      sitekit_fqdn: n.fqdn,
      sitekit_role: n.role,
      sitekit_network: n.network,
      ...(n.cluster ? { sitekit_cluster: n.cluster } : {}),
      ...(n.publicAddress ? { sitekit_public_address: n.publicAddress } : {}),
    };
  }
  const members = (nodes: readonly Node[]) => ({ hosts: Object.fromEntries(nodes.map((n) => [n.name, null])) });
  const children: Record<string, { hosts: Record<string, null> }> = {};
  for (const role of ROLES) {
    const nodes = site.nodesByRole(role);
    if (nodes.length) children[groupName('role', role)] = members(nodes);
  }
  for (const c of site.clusters) children[groupName('cluster', c.name)] = members(site.nodes.filter((n) => n.cluster === c.name));
  return { all: { hosts, children } };
}

/**
 * The inventory file. Ansible reads it with PyYAML (YAML 1.1): written with the 1.1 schema, a
 * string that 1.1 would read as another type (a node named `on`, `no`) is quoted.
 */
export function renderInventory(site: Site): string {
  const doc = new Document(inventory(site), { version: '1.1' });
  doc.commentBefore = ` Ansible inventory of site "${site.name}", written by sitekit from the site (do not edit: synth again).\n Groups: role_<role>, cluster_<cluster>; host vars: ansible_host, ansible_user, sitekit_*.`;
  return doc.toString({ lineWidth: 0, indent: 2, nullStr: '' });
}
