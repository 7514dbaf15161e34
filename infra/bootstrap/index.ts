/**
 * Node bootstrap: pure functions from (site, node, secrets) to what the node boots with.
 *
 *   renderBootstrap(site, node, secrets)
 *     → { format: 'ignition', ignition }                                  Flatcar nodes
 *     → { format: 'cloud-init', userData, networkConfig, metaData }       Debian/Ubuntu nodes
 *
 * Feed `JSON.stringify(ignition)` to `libvirt_ignition.content`, or the three cloud-init documents
 * to `libvirt_cloudinit_disk` / Proxmox snippets. `secrets` holds Terraform references such as
 * `${random_password.k3s_token.result}`; `secretsFor(site, node)` says which ones a node needs and
 * `SECRET_SPECS` how to generate them. The output contains no other `${`/`%{`.
 *
 * Every node gets: static network, the site's SSH keys (no password logins), and a default-drop
 * nftables firewall opening only what its role needs. Then by role:
 *   server, agent    k3s (config, pinned install, service); Longhorn disk at /var/lib/longhorn
 *   storage          NFS disk at /srv/nfs + exports, Longhorn disk; joins its cluster as an agent
 *   loadbalancer     HAProxy + keepalived for the VIPs on its network; the tunnel peer of a
 *                    gateway also gets its WireGuard side (wg0) and binds the public ports on it
 *   database         PostgreSQL on its data disk
 *   infra            dnsmasq (DNS) + chrony (NTP)
 *   gateway          WireGuard (wg0); with a `tunnel`, forwarding of the public ports to its peer
 *   generic          nothing more, unless it has `tools: [ansible]` (ansible-core; the config
 *                    stack pushes it the site's inventory) or a `desktop` (Xfce over xrdp)
 * With a maintenance window (site `maintenance`), every node also gets its OS update and reboot
 * settings (updates.ts): kured reboots cluster nodes, the others reboot themselves in the window.
 */
import type { Node, Site } from '../../site';
import { cloudInitNetworkConfig, networkdConfig, NETWORKD_FILE } from './network';
import { renderMetaData, renderUserData } from './cloudinit';
import { BootPlan, BootstrapError, checkLabel, lines, mergePlans } from './common';
import { databasePlan } from './database';
import { dataDisksPlan } from './disks';
import { firewallPlan } from './firewall';
import { gatewayPlan, tunnelPeerPlan } from './gateway';
import { gpuPlan } from './gpu';
import { IgnitionConfig, renderIgnition } from './ignition';
import { infraPlan } from './infranode';
import { k3sPlan } from './k3s';
import { loadBalancerPlan } from './loadbalancer';
import { BootstrapSecrets, checkTemplateFree, secret, secretsFor } from './secrets';
import { storagePlan } from './storage';
import { updatesPlan } from './updates';
import { workstationPlan } from './workstation';

export { BootstrapError } from './common';
export type { BootFile, BootPlan, SystemdUnit, DropIn } from './common';
export type { IgnitionConfig } from './ignition';
export { SECRET_SPECS, secretsFor, siteSecrets, type BootstrapSecrets, type SecretName, type SecretSpec } from './secrets';
export { INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT, API_PORT } from './loadbalancer';
export { MOUNT_POINTS } from './disks';
export { NFS_ROOT } from './topology';
export { POSTGRES_PORT, rolePasswordExpression } from './database';
export { PRIMARY_INTERFACE, primaryInterface } from './network';

/** What a node boots with. */
export type Bootstrap =
  | { readonly format: 'ignition'; readonly ignition: IgnitionConfig }
  | { readonly format: 'cloud-init'; readonly userData: string; readonly networkConfig: string; readonly metaData: string };

/** How a node boots: Ignition on Flatcar, cloud-init on Debian and Ubuntu. */
export function bootstrapFormat(site: Site, node: Node): Bootstrap['format'] {
  const os = site.spec.images[node.image]?.os;
  switch (os) {
    case 'flatcar':
      return 'ignition';
    case 'debian':
    case 'ubuntu':
      return 'cloud-init';
    default:
      throw new BootstrapError(`node ${node.name}: no bootstrap for image os ${JSON.stringify(os)} (supported: flatcar, debian, ubuntu)`);
  }
}

/** The role-specific part of a node's plan. */
function rolePlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan[] {
  const k3s = node.cluster ? [k3sPlan(site, node, secrets)] : [];
  switch (node.role) {
    case 'server':
    case 'agent':
      if (!node.cluster) throw new BootstrapError(`node ${node.name} of role ${node.role} is in no cluster`);
      return [dataDisksPlan(node, ['longhorn']), ...k3s, ...(node.gpu ? [gpuPlan(node)] : [])];
    case 'storage':
      return [storagePlan(site, node), ...k3s];
    case 'loadbalancer':
      // A load balancer may be the site side of a gateway's public path: its wg0 comes after HAProxy.
      return [loadBalancerPlan(site, node, secrets), tunnelPeerPlan(site, node, secrets)];
    case 'database':
      return [databasePlan(site, node, secrets)];
    case 'infra':
      return [infraPlan(site, node)];
    case 'gateway':
      return [gatewayPlan(site, node, secrets)];
    case 'generic':
      return [workstationPlan(site, node)];
  }
}

/** Everything a node needs, independent of the boot format (what the renderers package). */
export function planBootstrap(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  checkLabel(node.name, 'node name');
  for (const name of secretsFor(site, node)) secret(secrets, name);
  const format = bootstrapFormat(site, node);
  const base: BootPlan[] = [firewallPlan(site, node)];
  if (format === 'ignition') {
    base.push({
      files: [
        { path: '/etc/hostname', mode: 0o644, content: lines(node.name) },
        { path: NETWORKD_FILE, mode: 0o644, content: networkdConfig(site, node) },
      ],
      units: [],
      packages: [],
      commands: [],
    });
  }
  return mergePlans(...base, ...rolePlan(site, node, secrets), updatesPlan(site, node));
}

/** What a node boots with: Ignition for Flatcar, cloud-init documents otherwise. */
export function renderBootstrap(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): Bootstrap {
  const plan = planBootstrap(site, node, secrets);
  const keys = site.spec.ssh.authorizedKeys;
  let out: Bootstrap;
  if (bootstrapFormat(site, node) === 'ignition') {
    out = { format: 'ignition', ignition: renderIgnition(node, plan, keys, secrets) };
    checkTemplateFree(JSON.stringify(out.ignition), secrets, `the Ignition config of ${node.name}`);
  } else {
    out = { format: 'cloud-init', userData: renderUserData(site, node, plan), networkConfig: cloudInitNetworkConfig(site, node), metaData: renderMetaData(site, node) };
    checkTemplateFree(out.userData, secrets, `the user-data of ${node.name}`);
    checkTemplateFree(out.networkConfig, {}, `the network-config of ${node.name}`);
    checkTemplateFree(out.metaData, {}, `the meta-data of ${node.name}`);
  }
  return out;
}
