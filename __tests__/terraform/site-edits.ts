/**
 * The site edits of the lifecycle tests (lifecycle.test.ts): for each example site, chains of edits
 * as a user would make them, each with what the synth says and what the plan of each stack does.
 */
import type { SiteDoc } from '../support/terraform/lifecycle';

/** A site edit and what it does. */
export interface Edit {
  name: string;
  edit: (doc: SiteDoc) => void;
  /** The synth refuses the edit (writes nothing): the object lines of its data-loss refusal. */
  refused?: string[];
  /** What the synth prints on stderr (warnings, `by hand:` lines; before a refusal, the site's warnings), but for the first-boot line. */
  says?: string[];
  /** How many existing VMs' first-boot data the edit changes (the synth's `by hand:` line about it); none when unset. */
  firstBoot?: number;
  /**
   * The plan of each stack whose configuration changed: address (without cdktf's hash) → action
   * (`create`, `update`, `replace`, `delete`; `<action> from <old address>` for a moved resource).
   * A stack whose configuration changed and that is not listed plans nothing.
   */
  plan?: Record<string, Record<string, string>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const node = (d: SiteDoc, name: string): any => d.nodes.find((n: { name: string }) => n.name === name);
const disk = (d: SiteDoc, n: string, name: string) => node(d, n).disks.find((x: { name: string }) => x.name === name);
const KEY2 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq2m4Vb7Qd1nR8xW3sT6uY9pL0cZ5eH2jA7fG4kM1oN second@admin';
const bumpK3s = (d: SiteDoc) => d.clusters.forEach((c: { k3s: { version: string } }) => (c.k3s.version = 'v1.33.6+k3s1'));
const addKey = (d: SiteDoc) => d.ssh.authorizedKeys.push(KEY2);
function addNode(d: SiteDoc, like: string, name: string, address: string, extra: Record<string, unknown> = {}): void {
  d.nodes.push({ ...structuredClone(node(d, like)), name, address, ...extra });
  d.clusters.find((c: { nodes: string[] }) => c.nodes.includes(like)).nodes.push(name);
}
function removeNode(d: SiteDoc, name: string, objects: string[]): void {
  d.nodes = d.nodes.filter((n: { name: string }) => n.name !== name);
  for (const c of d.clusters) c.nodes = c.nodes.filter((n: string) => n !== name);
  (d.changes ??= {}).removals = objects.map((object) => ({ object, reason: `node ${name} is gone for good` }));
}
function renameNode(d: SiteDoc, from: string, to: string): void {
  node(d, from).name = to;
  for (const c of d.clusters) c.nodes = c.nodes.map((n: string) => (n === from ? to : n));
  (d.changes ??= {}).renames = [...(d.changes.renames ?? []), { node: from, to }];
}
function renameImage(d: SiteDoc, from: string, to: string): void {
  d.images[to] = d.images[from];
  delete d.images[from];
  for (const n of d.nodes) if (n.image === from) n.image = to;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const hostname = (d: SiteDoc, name: string): any => d.cloudflare.hostnames.find((h: { name: string }) => h.name === name);
const record = (name: string) => `cloudflare_dns_record.record-${name.replace(/\./g, '-')}`;
const each = (names: string[], f: (n: string) => [string, string]) => Object.fromEntries(names.map(f));

// ---- site.yaml (libvirt) ----

const FLATCAR = ['master1', 'master2', 'master3', 'worker1', 'worker2', 'worker3', 'storage1'];
const DEBIAN = ['infra-cluster', 'loadbalancer1', 'loadbalancer2', 'loadbalancer3', 'postgresql1'];
const ignition = (n: string): [string, string] => [`libvirt_ignition.${n}_ignition`, 'replace'];
const cloudinit = (n: string): [string, string] => [`libvirt_cloudinit_disk.${n}_cloudinit`, 'replace'];

/** site.yaml on two hosts: its load balancers and servers are on NAT networks, which stay on the first host. */
const spreadWarnings = (file: string, lbLine: number, clusterLine: number) => [
  `${file}:${lbLine}:5: warning: nodes[3]: the 3 load balancers all run on host "h1": losing that host takes every VIP down, so the VIPs are not highly available; allowed: load balancers on different hosts; fix: put the load balancers on bridge or vlan networks (a libvirt NAT network lives on the first host), then give them different hosts (host: <name>)`,
  `${file}:${clusterLine}:7: warning: clusters[0].nodes: the 3 servers of cluster "microcloud" all run on host "h1": losing that host stops the cluster (etcd loses every member), so the servers are not highly available; allowed: servers of a cluster on different hosts; fix: put the servers on bridge or vlan networks (a libvirt NAT network lives on the first host), then give them different hosts (host: <name>)`,
];

const LIBVIRT: Edit[][] = [
  [
    // First-boot data changes: the generators (files on the machine running terraform) are made
    // again, the bootstrap volumes in the pool keep what the VMs booted from.
    { name: 'k3s version bump', firstBoot: 7, edit: bumpK3s, plan: { nodes: each(FLATCAR, ignition) } },
    { name: 'SSH key added', firstBoot: 12, edit: addKey, plan: { nodes: { ...each(FLATCAR, ignition), ...each(DEBIAN, cloudinit) } } },
    // The infra node's resolver forwards to the LAN's DNS servers.
    { name: 'network DNS changed', firstBoot: 1, edit: (d) => d.networks[0].dns.push('9.9.9.9'), plan: { nodes: each(['infra-cluster'], cloudinit) } },
    // The shared NAT network keeps the subnets it was created with (0.9.7 cannot change a network):
    // the network stack plans nothing, and the new subnet is added by hand.
    { name: 'NAT network added', firstBoot: 1, edit: (d) => d.networks.push({ name: 'kube05', kind: 'nat', cidr: '10.17.6.0/24', gateway: '10.17.6.1' }), plan: { nodes: each(['infra-cluster'], cloudinit) } },
    // A base image keeps the image it was made from: the new URL applies to a base image made anew.
    {
      name: 'image URL changed',
      edit: (d) => (d.images.flatcar.url = 'https://stable.release.flatcar-linux.net/amd64-usr/4152.2.3/flatcar_production_qemu_image.img'),
      plan: {},
    },
    // Every Debian OS disk is an overlay on the base image the rename would delete.
    { name: 'image key renamed', edit: (d) => renameImage(d, 'debian', 'debian12'), refused: ['terraform/network/libvirt_volume.image-debian (base image, the backing file of the OS disks made from it, in terraform/network/cdk.tf.json)'] },
    // The Debian nodes' upgrade timers hold the window (the config stack pushes them); the Flatcar
    // nodes' update.conf does not (kured holds it, in the cluster tree): their Ignition stays.
    { name: 'maintenance window moved', firstBoot: 5, edit: (d) => (d.maintenance.start = '01:00'), plan: { nodes: each(DEBIAN, cloudinit) } },
    // The infra node's DNS records gain the app's internal hostname (the config stack pushes them).
    { name: 'app with an internal hostname added', firstBoot: 1, edit: (d) => d.clusters[0].apps.push({ uses: 'web', internalHost: 'status.socialdevs.site' }), plan: { nodes: each(['infra-cluster'], cloudinit) } },
  ],
  [
    // The load balancers (ingress backends) and the infra node (DNS records) have the new worker in
    // their first-boot data; the VMs that run keep theirs.
    {
      name: 'worker added', firstBoot: 4,
      edit: (d) => addNode(d, 'worker3', 'worker4', '10.17.4.28'),
      plan: {
        nodes: {
          ...each(['infra-cluster', 'loadbalancer1', 'loadbalancer2', 'loadbalancer3'], cloudinit),
          'libvirt_domain.worker4_domain': 'create',
          'libvirt_ignition.worker4_ignition': 'create',
          'libvirt_volume.worker4_bootstrap': 'create',
          'libvirt_volume.worker4_disk-longhorn': 'create',
          'libvirt_volume.worker4_disk-os': 'create',
        },
      },
    },
    {
      name: 'worker removed (declared)', firstBoot: 4,
      edit: (d) => removeNode(d, 'worker3', ['terraform/nodes/libvirt_*.worker3_*']),
      plan: {
        nodes: {
          ...each(['infra-cluster', 'loadbalancer1', 'loadbalancer2', 'loadbalancer3'], cloudinit),
          'libvirt_domain.worker3_domain': 'delete',
          'libvirt_ignition.worker3_ignition': 'delete',
          'libvirt_volume.worker3_bootstrap': 'delete',
          'libvirt_volume.worker3_disk-longhorn': 'delete',
          'libvirt_volume.worker3_disk-os': 'delete',
        },
      },
    },
    // The domain and its volumes move to the new addresses and keep their libvirt names.
    {
      name: 'declared rename', firstBoot: 5,
      edit: (d) => renameNode(d, 'worker2', 'worker9'),
      plan: {
        nodes: {
          ...each(['infra-cluster', 'loadbalancer1', 'loadbalancer2', 'loadbalancer3'], cloudinit),
          'libvirt_domain.worker9_domain': 'move from libvirt_domain.worker2_domain',
          'libvirt_ignition.worker9_ignition': 'replace from libvirt_ignition.worker2_ignition',
          'libvirt_volume.worker9_bootstrap': 'move from libvirt_volume.worker2_bootstrap',
          'libvirt_volume.worker9_disk-longhorn': 'move from libvirt_volume.worker2_disk-longhorn',
          'libvirt_volume.worker9_disk-os': 'move from libvirt_volume.worker2_disk-os',
        },
      },
    },
  ],
  [
    // A second libvirt host with a VM on it: the first host keeps its provider and addresses (the
    // VMs on NAT networks stay there), the second gets its aliased provider, pool, base image and
    // bridge network. The k3s nodes' first-boot data gains the zone label: only the generators change.
    {
      name: 'second host, a VM on it', firstBoot: 8,
      says: spreadWarnings('edit-1.yaml', 91, 250),
      edit: (d) => {
        const { host, pool, bridge } = d.hypervisor;
        d.hypervisor = { kind: 'libvirt', hosts: [{ name: 'h1', host, pool, bridge }, { name: 'h2', host: '192.168.0.41', pool: { name: 'mc2', path: '/srv/mc2' }, bridge: 'br0' }] };
        d.nodes.push({ ...structuredClone(node(d, 'infra-cluster')), name: 'tools1', role: 'generic', address: '192.168.0.31', host: 'h2' });
      },
      plan: {
        network: { 'libvirt_pool.pool-on-h2': 'create', 'libvirt_volume.image-debian-on-h2': 'create', 'libvirt_network.network-lan-on-h2': 'create' },
        nodes: {
          ...each(FLATCAR, ignition),
          ...each(['infra-cluster'], cloudinit),
          'libvirt_cloudinit_disk.tools1_cloudinit': 'create',
          'libvirt_domain.tools1_domain': 'create',
          'libvirt_volume.tools1_bootstrap': 'create',
          'libvirt_volume.tools1_disk-os': 'create',
        },
      },
    },
    // The placement of a running VM on the other host: refused, the VM would be made anew there.
    {
      name: 'a running VM moved to the second host',
      edit: (d) => (node(d, 'infra-cluster').host = 'h2'),
      says: spreadWarnings('edit-2.yaml', 92, 251),
      refused: [
        'terraform/nodes/libvirt_domain.infra-cluster_domain_43AD3E20 (VM, replaced: provider "libvirt" -> "libvirt.h2", in terraform/nodes/cdk.tf.json)',
        'terraform/nodes/libvirt_volume.infra-cluster_disk-os_D014FAA3 (disk, replaced: pool "microcloud" -> "mc2", provider "libvirt" -> "libvirt.h2", in terraform/nodes/cdk.tf.json)',
      ],
    },
  ],
  [
    // 0.9.7 cannot resize a volume: the plan leaves it (no failing update) and the synth says what to run.
    {
      name: 'data disk grown',
      edit: (d) => (disk(d, 'worker1', 'longhorn').sizeGiB = 150),
      says: [
        'by hand: terraform/nodes/libvirt_volume.worker1_disk-longhorn_DFFD2BF4: grown from 100 GiB to 150 GiB; libvirt provider 0.9.7 cannot resize a volume and the nodes stack ignores its size, so resize it by hand: ' +
          "virsh -c qemu+ssh://root@192.168.0.40/system blockresize microcloud-worker1 /var/lib/libvirt/images/microcloud/microcloud-worker1-longhorn.qcow2 150G while the VM runs (virsh -c qemu+ssh://root@192.168.0.40/system vol-resize --pool microcloud microcloud-worker1-longhorn.qcow2 150G while it is off), then grow the filesystem in the guest (resize2fs on the disk's device)",
      ],
      plan: {},
    },
    {
      name: 'data disk shrunk',
      edit: (d) => (disk(d, 'worker1', 'longhorn').sizeGiB = 120),
      refused: ['terraform/nodes/libvirt_volume.worker1_disk-longhorn_DFFD2BF4 (disk, shrinks from 150 GiB to 120 GiB: the end of the disk would be cut off, in terraform/nodes/cdk.tf.json)'],
    },
    // Any change of a domain is a reboot (shutdown, define, start).
    {
      name: 'data disk added',
      edit: (d) => node(d, 'worker1').disks.push({ name: 'scratch', sizeGiB: 10, purpose: 'data' }),
      plan: { nodes: { 'libvirt_domain.worker1_domain': 'update', 'libvirt_volume.worker1_disk-scratch': 'create' } },
    },
    // The volumes are found by name and the guest finds each disk by its serial: only the targets move.
    { name: 'data disks reordered', edit: (d) => node(d, 'storage1').disks.reverse(), plan: { nodes: { 'libvirt_domain.storage1_domain': 'update' } } },
    { name: 'cpu/memory changed', edit: (d) => Object.assign(node(d, 'postgresql1'), { cpu: 4, memoryMiB: 8192 }), plan: { nodes: { 'libvirt_domain.postgresql1_domain': 'update' } } },
  ],
  [
    // Public records change writer: Terraform lets go of a name ExternalDNS takes (its record is
    // deleted, ExternalDNS creates its own), and takes it back the same way.
    {
      name: 'hostname moved to ExternalDNS',
      edit: (d) => {
        d.clusters[0].components.externalDns = { version: '1.21.1' };
        hostname(d, 'api.socialdevs.site').dns = 'externalDns';
      },
      plan: { edge: { [record('api.socialdevs.site')]: 'delete' } },
    },
    // A record's type cannot change in place (cloudflare 5.x: type forces a replacement): A → CNAME to the DDNS name.
    {
      name: 'target made dynamic (DDNS updater)',
      edit: (d) => {
        d.cloudflare.target = 'dynamic';
        d.cloudflare.ddns = { cluster: 'microcloud', name: 'ip.socialdevs.site' };
      },
      plan: { edge: { [record('socialdevs.site')]: 'replace', [record('grafana.socialdevs.site')]: 'replace' } },
    },
    { name: 'hostname moved back to Terraform', edit: (d) => delete hostname(d, 'api.socialdevs.site').dns, plan: { edge: { [record('api.socialdevs.site')]: 'create' } } },
  ],
];

// ---- examples/proxmox-minimal.yaml ----

const vm = (n: string) => `proxmox_virtual_environment_vm.${n}`;
const userData = (n: string) => `proxmox_virtual_environment_file.${n}-user-data`;
const image = (key: string) => `proxmox_virtual_environment_download_file.image-${key}`;
const shrinks = (n: string, from: number, to: number) => `terraform/nodes/${vm(n)} (VM, disk virtio1 shrinks from ${from} GiB to ${to} GiB: Proxmox refuses to shrink a disk, in terraform/nodes/cdk.tf.json)`;
const swapped = (n: string, a: string, b: string) =>
  `terraform/nodes/${vm(n)} (VM, disk virtio1 would become another disk (sitekit-${a} -> sitekit-${b}): keep the order of the data disks in the site; ` +
  `disk virtio2 would become another disk (sitekit-${b} -> sitekit-${a}): keep the order of the data disks in the site, in terraform/nodes/cdk.tf.json)`;

/**
 * Proxmox: a snippet is written once (cloud-init's instance id is a hash of it), and a VM ignores its
 * cloud-init settings and image after creation. First-boot edits plan nothing; the VM changes
 * (disks, cpu, memory, name) are updates in place.
 */
const PROXMOX_MINIMAL: Edit[][] = [
  [
    { name: 'k3s version bump', firstBoot: 3, edit: bumpK3s, plan: {} },
    { name: 'SSH key added', firstBoot: 5, edit: addKey, plan: {} },
    { name: 'worker added', edit: (d) => addNode(d, 'k8s-worker2', 'k8s-worker3', '192.168.1.24'), plan: { nodes: { [userData('k8s-worker3')]: 'create', [vm('k8s-worker3')]: 'create' } } },
    {
      name: 'worker removed (declared)',
      edit: (d) => removeNode(d, 'k8s-worker2', [`terraform/nodes/${vm('k8s-worker2')}`]),
      plan: { nodes: { [userData('k8s-worker2')]: 'delete', [vm('k8s-worker2')]: 'delete' } },
    },
    // The VM takes the new name (no reboot); its snippet keeps the old file name the VM reads.
    {
      name: 'declared rename', firstBoot: 1,
      edit: (d) => renameNode(d, 'k8s-worker1', 'k8s-worker9'),
      plan: { nodes: { [userData('k8s-worker9')]: `move from ${userData('k8s-worker1')}`, [vm('k8s-worker9')]: `update from ${vm('k8s-worker1')}` } },
    },
    // The image file is downloaded again; the VMs' disks are their own copies.
    {
      name: 'image URL changed',
      edit: (d) => (d.images.ubuntu.url = 'https://cloud-images.ubuntu.com/releases/24.04/release-20250704/ubuntu-24.04-server-cloudimg-amd64.img'),
      plan: { network: { [image('ubuntu')]: 'replace' } },
    },
    { name: 'image key renamed', edit: (d) => renameImage(d, 'ubuntu', 'noble'), plan: { network: { [image('noble')]: 'create', [image('ubuntu')]: 'delete' } } },
    // OS updates on a running site: only the snippets change, no VM is touched; the synth says to
    // install unattended-upgrades on each running VM (the config stack pushes its settings).
    {
      name: 'maintenance window added', firstBoot: 5,
      edit: (d) => (d.maintenance = { days: ['sun'], start: '03:00', end: '05:00', timeZone: 'Europe/Berlin' }),
      says: ['k8s-cp1', 'k8s-worker9', 'automation', 'client', 'k8s-worker3'].map(
        (n) => `by hand: proxmox_virtual_environment_file.${n}-user-data: its first-boot data adds package unattended-upgrades, which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y unattended-upgrades`,
      ),
      plan: {},
    },
  ],
  [
    // A Proxmox cluster: the node becomes the first of two, the VMs that run are pinned to it, a new
    // worker runs on the second. The image is downloaded to the second node; no VM is touched
    // (the zone labels are first-boot data: the running k3s nodes are labelled by hand).
    {
      name: 'second Proxmox node, a worker on it', firstBoot: 3,
      edit: (d) => {
        d.hypervisor.hosts = [{ name: d.hypervisor.node, host: d.hypervisor.host }, { name: 'pve2', host: '192.168.1.11' }];
        delete d.hypervisor.node;
        for (const n of d.nodes) n.host = 'pve';
        addNode(d, 'k8s-worker2', 'k8s-worker3', '192.168.1.24', { host: 'pve2' });
      },
      plan: { network: { [`${image('ubuntu')}-on-pve2`]: 'create' }, nodes: { [userData('k8s-worker3')]: 'create', [vm('k8s-worker3')]: 'create' } },
    },
    // Unpinned, the placement would spread the agents over both nodes: k8s-worker2 would move.
    {
      name: 'a running VM unpinned (placed on the other node)',
      edit: (d) => delete node(d, 'k8s-worker2').host,
      refused: [`terraform/nodes/${vm('k8s-worker2')} (VM, replaced: node_name "pve" -> "pve2", in terraform/nodes/cdk.tf.json)`],
    },
  ],
  [
    {
      name: 'data disk added',
      edit: (d) => node(d, 'k8s-worker1').disks.push({ name: 'scratch', sizeGiB: 10, purpose: 'data' }, { name: 'cache', sizeGiB: 5, purpose: 'data' }),
      plan: { nodes: { [vm('k8s-worker1')]: 'update' } },
    },
    { name: 'data disk grown', edit: (d) => (disk(d, 'k8s-worker1', 'scratch').sizeGiB = 20), plan: { nodes: { [vm('k8s-worker1')]: 'update' } } },
    { name: 'data disk shrunk', edit: (d) => (disk(d, 'k8s-worker1', 'scratch').sizeGiB = 15), refused: [shrinks('k8s-worker1', 20, 15)] },
    { name: 'data disks reordered', edit: (d) => node(d, 'k8s-worker1').disks.reverse(), refused: [swapped('k8s-worker1', 'scratch', 'cache')] },
    { name: 'cpu/memory changed', edit: (d) => Object.assign(node(d, 'automation'), { cpu: 2, memoryMiB: 4096 }), plan: { nodes: { [vm('automation')]: 'update' } } },
    { name: 'network DNS changed', edit: (d) => d.networks[0].dns.push('9.9.9.9'), plan: {} },
    // Seed 000's automation VM and client, as if they had been created without their tools and desktop:
    // only their snippets change (ignore_changes = all), so Terraform touches no VM; the synth says what to run on them.
    {
      name: 'tools and desktop removed', firstBoot: 2,
      edit: (d) => {
        delete node(d, 'automation').tools;
        delete node(d, 'client').desktop;
      },
      plan: {},
    },
    {
      name: 'tools and desktop given to running VMs', firstBoot: 2,
      edit: (d) => {
        node(d, 'automation').tools = ['ansible'];
        node(d, 'client').desktop = { session: 'xfce', remote: 'xrdp' };
      },
      says: [
        'by hand: proxmox_virtual_environment_file.automation-user-data: its first-boot data adds package ansible-core, which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y ansible-core',
        'by hand: proxmox_virtual_environment_file.client-user-data: its first-boot data adds packages xfce4, xfce4-terminal, dbus-x11, xrdp, xorgxrdp, bind9-dnsutils, curl and first-boot commands (systemctl enable --now xrdp.service; update-alternatives --set x-session-manager /usr/bin/xfce4-session; snap install firefox), which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y xfce4 xfce4-terminal dbus-x11 xrdp xorgxrdp bind9-dnsutils curl; sudo systemctl enable --now xrdp.service; sudo update-alternatives --set x-session-manager /usr/bin/xfce4-session; sudo snap install firefox',
      ],
      plan: {},
    },
  ],
];

// ---- examples/multi-cluster.yaml ----

const MULTI_CLUSTER: Edit[][] = [
  [
    { name: 'k3s version bump', firstBoot: 3, edit: bumpK3s, plan: {} },
    { name: 'SSH key added', firstBoot: 3, edit: addKey, plan: {} },
    {
      name: 'worker added',
      edit: (d) => addNode(d, 'gordito-worker', 'gordito-worker2', '10.10.0.13', { disks: [{ name: 'os', sizeGiB: 40, purpose: 'os' }], gpu: undefined }),
      plan: { nodes: { [userData('gordito-worker2')]: 'create', [vm('gordito-worker2')]: 'create' } },
    },
    {
      name: 'worker removed (declared)',
      edit: (d) => removeNode(d, 'gordito-worker2', [`terraform/nodes/${vm('gordito-worker2')}`]),
      plan: { nodes: { [userData('gordito-worker2')]: 'delete', [vm('gordito-worker2')]: 'delete' } },
    },
    // A VM with a data disk (prevent_destroy) renamed: moved, kept.
    {
      name: 'declared rename', firstBoot: 1,
      edit: (d) => renameNode(d, 'gordito-worker', 'gordito-w1'),
      plan: { nodes: { [userData('gordito-w1')]: `move from ${userData('gordito-worker')}`, [vm('gordito-w1')]: `update from ${vm('gordito-worker')}` } },
    },
    {
      name: 'image URL changed',
      // Downloaded again to each node (neo50q, the EliteDesk).
      edit: (d) => (d.images.debian.url = 'https://cloud.debian.org/images/cloud/bookworm/20250703-2162/debian-12-genericcloud-amd64-20250703-2162.qcow2'),
      plan: { network: { [image('debian')]: 'replace', [`${image('debian')}-on-elitedesk`]: 'replace' } },
    },
    {
      name: 'image key renamed',
      edit: (d) => renameImage(d, 'debian', 'bookworm'),
      plan: { network: { [image('bookworm')]: 'create', [image('debian')]: 'delete', [`${image('bookworm')}-on-elitedesk`]: 'create', [`${image('debian')}-on-elitedesk`]: 'delete' } },
    },
  ],
  [
    { name: 'data disk grown', edit: (d) => (disk(d, 'gordito-worker', 'longhorn').sizeGiB = 250), plan: { nodes: { [vm('gordito-worker')]: 'update' } } },
    { name: 'data disk shrunk', edit: (d) => (disk(d, 'gordito-worker', 'longhorn').sizeGiB = 220), refused: [shrinks('gordito-worker', 250, 220)] },
    { name: 'data disk added', edit: (d) => node(d, 'gordito-worker').disks.push({ name: 'scratch', sizeGiB: 10, purpose: 'data' }), plan: { nodes: { [vm('gordito-worker')]: 'update' } } },
    { name: 'data disks reordered', edit: (d) => node(d, 'gordito-worker').disks.reverse(), refused: [swapped('gordito-worker', 'longhorn', 'scratch')] },
    { name: 'cpu/memory changed', edit: (d) => Object.assign(node(d, 'data-cp'), { cpu: 6, memoryMiB: 12288 }), plan: { nodes: { [vm('data-cp')]: 'update' } } },
    { name: 'network DNS changed', edit: (d) => d.networks[0].dns.push('1.1.1.1'), plan: {} },
    // The passed-through iGPU: hostpci0 of the VM, an update in place (the provider restarts the
    // VM); the node's label and udev rule are first-boot data.
    {
      name: 'GPU removed from a running node', firstBoot: 1,
      edit: (d) => {
        delete node(d, 'gordito-worker').gpu;
        delete d.clusters[0].apps[0].gpu;
      },
      plan: { nodes: { [vm('gordito-worker')]: 'update' } },
    },
    {
      name: 'GPU given to a running node', firstBoot: 1,
      edit: (d) => {
        node(d, 'gordito-worker').gpu = { vendor: 'intel', mapping: 'igpu' };
        d.clusters[0].apps[0].gpu = 'intel';
      },
      // Files are left out of that line: the udev rule and the label are in docs/gpu.md.
      says: [
        'by hand: proxmox_virtual_environment_file.gordito-worker-user-data: its first-boot data adds first-boot commands (udevadm trigger --subsystem-match=drm --action=change), which the running VM does not get; on it, run: sudo udevadm trigger --subsystem-match=drm --action=change',
      ],
      plan: { nodes: { [vm('gordito-worker')]: 'update' } },
    },
  ],
];

export const SITES: Record<string, Edit[][]> = {
  'site.yaml': LIBVIRT,
  'examples/proxmox-minimal.yaml': PROXMOX_MINIMAL,
  'examples/multi-cluster.yaml': MULTI_CLUSTER,
};

/** The synth's data-loss refusal of these objects (data-loss.ts formatDataLoss). */
export const refusal = (objects: string[]): string[] => [
  `synth failed: data loss: this output would destroy ${objects.length === 1 ? '1 stateful object' : `${objects.length} stateful objects`} of the previous one (nothing written):`,
  ...objects.map((o) => `    ${o}`),
  '  fix: undo the change; or, for a renamed node, declare the rename in the site (changes.renames: [{ node: <old name>, to: <new name> }]: its VM and disks move to the new name);',
  '  or, if the data may go, declare each removal with its reason (changes.removals: [{ object: <id above, * for any characters>, reason: <why> }])',
  ...(objects.some((o) => /replaced: (.*, )?(node_name|provider) /.test(o)) ? ['  a VM on another host is a new VM there (its disks empty): to keep one where it runs, pin it to its host (nodes[].host: <the host it runs on>)'] : []),
];
