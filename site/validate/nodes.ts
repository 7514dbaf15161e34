/**
 * Node rules: the network and the address inside it, MACs, images, disks, what each role needs;
 * static addresses outside DHCP; the site side of a gateway; server and agent nodes in a cluster.
 */
import type { PathSegment } from '../errors';
import * as ip from '../ip';
import type { SiteSpec } from '../schema';
import { Context, Issues, reference } from './common';

/** Disk purposes the bootstrap formats and mounts (infra/bootstrap/disks.ts MOUNT_POINTS): one disk each. */
const MOUNTED_PURPOSES: Record<string, string | undefined> = { longhorn: '/var/lib/longhorn', nfs: '/srv/nfs', postgresql: '/srv/postgresql' };
/** Roles whose bootstrap installs distribution packages (none on Flatcar): the packages, by role. */
const ROLE_PACKAGES: Record<string, string | undefined> = { loadbalancer: 'haproxy and keepalived', database: 'postgresql', infra: 'dnsmasq and chrony', gateway: 'wireguard-tools' };

/** Each node: its network and the address inside it, its MAC, image and disks, what its role needs; claims its address. */
export function validateNodes({ out, site, networks, blocks, networkOf, addresses: { claim } }: Context): void {
  const macs = new Map<string, number>();
  const gpus = new Map<string, number>();
  site.nodes.forEach((node, i) => {
    const here = ['nodes', i];
    if (reference(out, [...here, 'network'], node.network, networks, 'network')) {
      const block = blocks.get(node.network)!;
      if (!ip.contains(block, node.address)) {
        const actual = networkOf(node.address);
        out.error([...here, 'address'], `${node.address} is outside network "${node.network}" (${block.text})`, `an address in ${ip.hostRange(block)}`, actual ? `set network: ${actual[0]}, or pick an address in ${block.text}` : `pick an address in ${block.text}`);
      } else if (!ip.isHostAddress(block, node.address)) {
        out.error([...here, 'address'], `${node.address} is the network or broadcast address of ${block.text}`, `an address in ${ip.hostRange(block)}`, 'pick a host address');
      }
    }
    claim(`node "${node.name}"`, [...here, 'address'], node.address);
    if (node.mac) {
      const first = macs.get(node.mac);
      if (first !== undefined) out.error([...here, 'mac'], `MAC ${node.mac} is already used by node "${site.nodes[first].name}" (nodes[${first}].mac)`, 'a MAC address used once', 'change one MAC, or remove it to have one derived from the address');
      else macs.set(node.mac, i);
    }
    reference(out, [...here, 'image'], node.image, Object.keys(site.images), 'image');
    validateDisks(out, node, here);
    const needsDisk: Record<string, string> = { storage: 'nfs', database: 'postgresql' };
    const need = needsDisk[node.role];
    if (need && !node.disks.some((d) => d.purpose === need)) {
      out.error([...here, 'disks'], `node "${node.name}" of role ${node.role} has no disk of purpose ${need}`, `a disk with purpose: ${need} on every ${node.role} node`, `add a disk with purpose: ${need}`);
    }
    if (node.role === 'gateway' && !node.publicAddress) {
      out.error([...here, 'publicAddress'], `gateway node "${node.name}" has no publicAddress`, 'the public IPv4 address of the gateway', 'add publicAddress: <its public address>');
    }
    if (node.publicAddress && !node.external) {
      out.error([...here, 'publicAddress'], `node "${node.name}" has a publicAddress but is not external`, 'publicAddress only on external nodes (a VPS outside the hypervisor)', 'add external: true, or remove publicAddress');
    }
    // A storage VM exports what its bootstrap creates: only a NAS's share is the site's to name.
    if (node.nfs && (node.role !== 'storage' || !node.external)) {
      const why = node.role !== 'storage' ? `it has role ${node.role}` : 'the site provisions it, and its bootstrap exports /srv/nfs/shared';
      out.error([...here, 'nfs'], `node "${node.name}" names an NFS export, but is not an external storage node (a NAS): ${why}`, 'nfs.export on a node with role: storage and external: true', node.role !== 'storage' ? 'remove nfs' : 'add external: true (the node is a NAS), or remove nfs');
    }
    // What the bootstrap renderers and backends refuse (infra/): a user error here, not an internal one there.
    const needs = ROLE_PACKAGES[node.role];
    if (needs && site.images[node.image]?.os === 'flatcar') {
      out.error([...here, 'image'], `node "${node.name}" of role ${node.role} needs the ${needs} packages, which Flatcar cannot install`, `a debian or ubuntu image for ${node.role} nodes`, 'give it a debian or ubuntu image');
    }
    validateExtras(out, node, here, site.images[node.image]?.os);
    validateGpu(out, site, node, here, gpus, i);
    const kind = site.networks.find((n) => n.name === node.network)?.kind;
    if (kind === 'wireguard' && !node.external && !node.publicAddress) {
      out.error([...here, 'network'], `node "${node.name}" is a VM on the wireguard network "${node.network}", which the hypervisor has no bridge for`, 'VMs on bridge, nat or vlan networks; external nodes on wireguard networks', 'add external: true, or put the node on another network');
    }
  });
}

/**
 * `tools` and `desktop`: generic nodes only (the roles' own bootstraps own their machines), on a
 * debian or ubuntu image (both install distribution packages, which Flatcar has none of), each
 * tool once.
 */
function validateExtras(out: Issues, node: SiteSpec['nodes'][number], here: readonly PathSegment[], os: string | undefined): void {
  const extras = [
    node.tools?.length ? { key: 'tools', text: `tools: [${node.tools.join(', ')}]`, remove: 'remove tools', move: 'move them to a generic node (an automation VM)' } : undefined,
    node.desktop ? { key: 'desktop', text: 'a desktop', remove: 'remove desktop', move: 'move it to a generic node (a client VM)' } : undefined,
  ];
  for (const x of extras) {
    if (!x) continue;
    if (node.role !== 'generic') {
      out.error([...here, x.key], `node "${node.name}" of role ${node.role} has ${x.text}, which only generic nodes have`, `${x.key} on nodes of role generic`, `${x.remove}, or ${x.move}`);
    } else if (os === 'flatcar') {
      out.error([...here, x.key], `node "${node.name}" has ${x.text}, whose packages Flatcar cannot install`, `${x.key} on nodes with a debian or ubuntu image`, `give it a debian or ubuntu image, or ${x.remove}`);
    }
  }
  node.tools?.forEach((t, j) => {
    const first = node.tools!.indexOf(t);
    if (first !== j) out.error([...here, 'tools', j], `tool ${t} is listed twice on node "${node.name}" (the first is tools[${first}])`, 'each tool once', `remove tools[${j}]`);
  });
}

/**
 * `gpu`: a server or agent VM (the device plugin and the apps using it run on k3s nodes), on a
 * debian or ubuntu image (the render device's group comes from a udev rule the cloud-init bootstrap
 * writes; infra/bootstrap/gpu.ts); an Intel GPU (NVIDIA needs a driver and the container toolkit in
 * the guest, which the site does not install); the hypervisor's way of naming the device (a
 * Proxmox resource mapping, a libvirt PCI address), and each device on one VM only.
 */
function validateGpu(out: Issues, site: SiteSpec, node: SiteSpec['nodes'][number], here: readonly PathSegment[], gpus: Map<string, number>, i: number): void {
  const gpu = node.gpu;
  if (!gpu) return;
  const path = [...here, 'gpu'];
  if (node.role !== 'server' && node.role !== 'agent') {
    out.error(path, `node "${node.name}" of role ${node.role} has a gpu, which only server and agent nodes have`, 'gpu on nodes of role server or agent (k3s nodes run the device plugin and the apps)', 'remove gpu, or move it to a server or agent node');
    return;
  }
  if (node.external) {
    out.error(path, `node "${node.name}" has a gpu but is external (not a VM of the hypervisor)`, 'gpu on VMs of the hypervisor, which passes the device through', 'remove gpu, or external: true');
    return;
  }
  if (gpu.vendor === 'nvidia') {
    out.error([...path, 'vendor'], `node "${node.name}" has an nvidia gpu, which the site does not support yet: the guest would need the NVIDIA driver and container toolkit, and k3s the nvidia runtime, none of which the bootstrap installs`, 'vendor: intel', 'use an Intel GPU, or pass the NVIDIA card through by hand (docs/gpu.md)');
  }
  if (site.images[node.image]?.os === 'flatcar') {
    out.error(path, `node "${node.name}" has a gpu, whose render device the bootstrap gives to the video group only on debian and ubuntu images`, 'gpu on nodes with a debian or ubuntu image', 'give it a debian or ubuntu image, or remove gpu');
  }
  const kind = site.hypervisor.kind;
  const hv = kind === 'proxmox' ? 'Proxmox' : 'libvirt';
  const [need, other] = kind === 'proxmox' ? (['mapping', 'pci'] as const) : (['pci', 'mapping'] as const);
  const example = kind === 'proxmox' ? 'mapping: igpu' : 'pci: "0000:00:02.0"';
  const what = kind === 'proxmox' ? 'a PCI resource mapping of the Proxmox host (Datacenter > Resource Mappings)' : 'the PCI address of the device on the libvirt host (lspci -D)';
  if (gpu[other] !== undefined) {
    out.error([...path, other], `node "${node.name}" names its gpu by ${other === 'pci' ? `PCI address ${gpu.pci}` : `resource mapping ${gpu.mapping}`}, which ${hv} does not take`, `${need} on ${hv}: ${what}`, `replace ${other} with ${example}`);
  } else if (gpu[need] === undefined) {
    out.error(path, `node "${node.name}" has a gpu without ${need}`, `${need} on ${hv}: ${what}`, `add ${example}`);
  } else {
    const key = gpu[need]!;
    const first = gpus.get(key);
    if (first !== undefined) out.error([...path, need], `${need === 'pci' ? 'PCI address' : 'resource mapping'} ${key} is already passed through to node "${site.nodes[first].name}" (nodes[${first}].gpu)`, 'each host device on one VM (a device passed through belongs to one running VM)', `give node "${node.name}" another device, or remove its gpu`);
    else gpus.set(key, i);
  }
}

/** One os disk; disk names once per node; one disk per mounted purpose; the disk a role needs. */
function validateDisks(out: Issues, node: SiteSpec['nodes'][number], here: readonly PathSegment[]): void {
  const osDisks = node.disks.filter((d) => d.purpose === 'os').length;
  if (osDisks !== 1) {
    out.error([...here, 'disks'], `node "${node.name}" has ${osDisks} disks of purpose os`, 'exactly one disk with purpose: os', 'mark exactly one disk as purpose: os');
  }
  const diskNames = new Set<string>();
  const mounted = new Map<string, number>();
  node.disks.forEach((d, j) => {
    if (diskNames.has(d.name)) out.error([...here, 'disks', j, 'name'], `disk name "${d.name}" is used twice on node "${node.name}"`, 'unique disk names per node', 'rename one of the disks');
    diskNames.add(d.name);
    const mount = MOUNTED_PURPOSES[d.purpose];
    if (!mount) return;
    const first = mounted.get(d.purpose);
    if (first !== undefined) {
      out.error([...here, 'disks', j, 'purpose'], `node "${node.name}" has a second disk of purpose ${d.purpose} (the first is disks[${first}])`, `one disk of purpose ${d.purpose} per node (the bootstrap mounts it at ${mount})`, 'make it one larger disk, or give this one purpose: data');
    } else mounted.set(d.purpose, j);
  });
}

/** Static addresses outside every DHCP range. */
export function validateStaticAddresses({ out, site, inDhcp }: Context): void {
  site.nodes.forEach((node, i) => {
    const dhcp = inDhcp(ip.parseRange(`${node.address}-${node.address}`));
    if (dhcp) out.error(['nodes', i, 'address'], `static address ${node.address} is inside the DHCP range of network "${dhcp.name}" (${dhcp.range.text})`, 'static addresses outside every DHCP range', 'move the node or shrink the DHCP range');
  });
}

/** A gateway without a tunnel block routes the site through the first infra node. */
export function validateGatewayRoutes({ out, site }: Context): void {
  site.nodes.forEach((node, i) => {
    if (node.role === 'gateway' && !node.tunnel && !site.nodes.some((n) => n.role === 'infra')) {
      out.error(['nodes', i], `gateway "${node.name}" has no tunnel block, and the site has no infra node to be the site side of its WireGuard tunnel`, 'a tunnel block (a load balancer as the site side), or a node of role infra', 'add tunnel: { peer: <a load balancer>, peerAddress: <a free address of its wireguard network> }, or add an infra node');
    }
  });
}

/** Server and agent nodes that no cluster lists (`membership`: node name → its cluster). */
export function validateMembership({ out, site, nodes }: Context, membership: Map<string, string>): void {
  // (Unless a cluster lists an unknown node: most likely this one, misspelt, which that error names.)
  const unknownMember = site.clusters.some((c) => c.nodes.some((n) => !nodes.has(n)));
  site.nodes.forEach((node, i) => {
    if ((node.role === 'server' || node.role === 'agent') && !membership.has(node.name) && !unknownMember) {
      out.error(['nodes', i, 'role'], `node "${node.name}" of role ${node.role} is in no cluster`, `${node.role} nodes listed in the nodes of a cluster`, `add "${node.name}" to a cluster's nodes, or change its role`);
    }
  });
}
