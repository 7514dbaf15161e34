/**
 * VMs, networks and storage on a KVM/libvirt host (provider dmacvicar/libvirt 0.9.7, whose
 * resources mirror the libvirt XML; see `dmacvicar-libvirt-0.9.7-docs`).
 *
 * network stack: the storage pool (dir), one base volume per image used by a VM (downloaded by
 *   libvirt from the image URL), ONE libvirt network for all the site's NAT networks (one `ips`
 *   entry per NAT network; see `addNatNetwork` for why they share it) and a libvirt network per
 *   bridge network (forward mode bridge over the existing host bridge).
 * nodes stack, per node: a copy-on-write OS volume on the base image, the data volumes
 *   (`prevent_destroy`), the first-boot configuration (Ignition for Flatcar, passed through QEMU
 *   fw_cfg; a cloud-init ISO for the others) and the domain.
 *
 * The nodes stack refers to network-stack objects by name (pool, networks) and path (base
 * images): apply `network` before `nodes`.
 */
import { Construct } from 'constructs';
import { CloudinitDisk } from '../../imports/providers/libvirt/cloudinit-disk';
import type { DomainDevicesDisks, DomainSysInfo } from '../../imports/providers/libvirt/domain';
import { Ignition } from '../../imports/providers/libvirt/ignition';
import { Network } from '../../imports/providers/libvirt/network';
import { Pool } from '../../imports/providers/libvirt/pool';
import { LibvirtProvider } from '../../imports/providers/libvirt/provider';
import { Volume } from '../../imports/providers/libvirt/volume';
import type { Host, Network as SiteNetwork, Node, Site } from '../../site';
import { PCI_ADDRESS, type DiskSpec } from '../../site/schema';
import type { HypervisorBackend, MachineBootstrap, MachineResource } from './backend';
import { diskSerial } from '../bootstrap/disks';
import { Domain } from './libvirt-domain';
import { dataDisks, formerName, GiB, holdsState, idOnHost, imageFormat, isStateful, macOf, osDisk, tfName, usedImages, vmHost, vmsOn } from './common';

/** A host's pool directory, without a trailing slash. */
function poolPath(host: Host): string {
  return host.pool!.path.replace(/\/+$/, '');
}

/** fw_cfg key Flatcar's Ignition reads its config from on QEMU. */
export const FLATCAR_FW_CFG = 'opt/org.flatcar-linux/config';

/**
 * Construct id (so Terraform address `libvirt_network.network-nat`) of the one libvirt network all
 * NAT site networks share. Other networks keep `network-<site network name>`.
 */
export const NAT_NETWORK_ID = 'network-nat';

/**
 * Construct ids of a VM's resources, below the construct named after its node: Terraform names
 * them `<node>_<id>_<hash>`. Used by addMachine and machineResources alike.
 */
const MACHINE_IDS = {
  disk: (d: DiskSpec) => `disk-${d.name}`,
  ignition: 'ignition',
  cloudinit: 'cloudinit',
  bootstrap: 'bootstrap',
  domain: 'domain',
} as const;

/**
 * First-boot data is read once, at the first boot: a bootstrap volume keeps the content it was
 * created with. (Its generator, Ignition or cloud-init, is replaced when the content changes, and
 * 0.9.7 would otherwise plan an update of the volume that it cannot apply.)
 */
const FIRST_BOOT_ONLY = ['create'];

/**
 * The attributes of a libvirt network that 0.9.7 cannot change on a network that exists: its Update
 * only sets autostart and reads the live network back, so a planned change of these never reaches
 * the host and fails the apply ("Provider produced inconsistent result"). Terraform leaves them as
 * they were created; a change (a NAT network added, a bridge renamed) is made by hand with virsh
 * (docs/day2.md).
 */
const NETWORK_SET_ONCE = ['bridge', 'domain', 'forward', 'ips'];

/**
 * VMs and NAT networks on a KVM/libvirt host, or on several. The first host keeps the default
 * (un-aliased) provider and the construct ids of a one-host site; every other host has a provider
 * aliased by its name (`libvirt.<host>`), its own pool (`pool-on-<host>`), base images
 * (`image-<image>-on-<host>`) and bridge/vlan networks (`network-<network>-on-<host>`) for the
 * images and networks of its VMs. NAT networks live on the first host (validation refuses a VM of
 * another host on one: libvirt's NAT network is one host's).
 */
export class LibvirtBackend implements HypervisorBackend {
  readonly kind = 'libvirt';
  private readonly hosts: readonly Host[];
  /** The providers of each stack, by host name. */
  private readonly providers = new WeakMap<Construct, Map<string, LibvirtProvider>>();

  constructor(private readonly site: Site) {
    const hv = site.spec.hypervisor;
    if (hv.kind !== 'libvirt') throw new Error(`LibvirtBackend needs a libvirt hypervisor, received ${hv.kind}`);
    this.hosts = site.hosts;
  }

  private get first(): Host {
    return this.hosts[0];
  }

  configureProvider(scope: Construct): void {
    const providers = new Map<string, LibvirtProvider>();
    this.hosts.forEach((h, i) => {
      providers.set(h.name, i === 0 ? new LibvirtProvider(scope, 'libvirt', { uri: h.uri! }) : new LibvirtProvider(scope, `libvirt-${h.name}`, { uri: h.uri!, alias: tfName(h.name) }));
    });
    this.providers.set(scope, providers);
  }

  /** `provider` of a resource on a host: none on the first host (the default provider). */
  private providerOn(scope: Construct, host: Host): { provider?: LibvirtProvider } {
    if (host === this.first) return {};
    const provider = this.providers.get(scope)?.get(host.name);
    if (!provider) throw new Error(`libvirt host "${host.name}": configureProvider was not called on this stack`);
    return { provider };
  }

  /**
   * Name of the libvirt network a site network maps to, or undefined (wireguard: not a hypervisor
   * network). Every NAT network maps to the same one, `<site>-nat`.
   */
  networkName(net: SiteNetwork): string | undefined {
    if (net.kind === 'wireguard') return undefined;
    return net.kind === 'nat' ? this.natNetworkName : `${this.site.name}-${net.name}`;
  }

  /** Name of the libvirt network shared by the site's NAT networks. */
  get natNetworkName(): string {
    return `${this.site.name}-nat`;
  }

  /** Volume name of an image's base volume. */
  baseVolumeName(image: string): string {
    return `${this.site.name}-base-${image}.${imageFormat(this.site.spec.images[image])}`;
  }

  addNetworks(scope: Construct, site: Site): void {
    for (const host of this.hosts) this.addHostNetworks(scope, site, host);
  }

  /**
   * One host's pool, base images and networks: on a one-host site every image a VM uses and every
   * network; with several hosts, the images and networks of the host's VMs (and on the first host
   * every NAT network and every network no VM uses).
   */
  private addHostNetworks(scope: Construct, site: Site, host: Host): void {
    const on = this.providerOn(scope, host);
    const vms = vmsOn(site, host);
    const pool = new Pool(scope, idOnHost(this.site, host, 'pool'), {
      ...on,
      name: host.pool!.name,
      type: 'dir',
      target: { path: poolPath(host) },
      lifecycle: { preventDestroy: true },
    });

    // One base image per image a VM boots from; OS volumes are copy-on-write overlays on it.
    for (const [key, image] of usedImages(site)) {
      if (!vms.some((n) => n.image === key)) continue;
      new Volume(scope, idOnHost(this.site, host, `image-${key}`), {
        ...on,
        name: this.baseVolumeName(key),
        pool: pool.name,
        target: { format: { type: imageFormat(image) } },
        create: { content: { url: image.url } },
        // The backing file of every OS volume made from it: never deleted under them, and a new URL
        // (0.9.7 cannot update a volume) applies only to a base image made anew, not to this one.
        lifecycle: { preventDestroy: true, ignoreChanges: ['create'] },
      });
    }

    const first = host === this.first;
    // Site order; the shared NAT network takes the place of the first NAT network.
    let natDone = false;
    for (const net of site.networks) {
      const name = this.networkName(net);
      if (!name) continue;
      if (net.kind === 'nat') {
        if (first && !natDone) this.addNatNetwork(scope, site);
        natDone = true;
        continue;
      }
      if (!first && !vms.some((n) => n.network === net.name)) continue;
      if (`network-${net.name}` === NAT_NETWORK_ID && site.networks.some((n) => n.kind === 'nat')) {
        throw new Error(`network "${net.name}" (kind ${net.kind}) would take the libvirt network name "${name}" and id "${NAT_NETWORK_ID}" that the site's NAT networks share: rename it`);
      }
      // bridge / vlan: the host already has the bridge (a VLAN network names its own bridge,
      // e.g. br0.20); libvirt only hands VMs a port on it.
      new Network(scope, idOnHost(this.site, host, `network-${net.name}`), {
        ...on,
        name,
        autostart: true,
        forward: { mode: 'bridge' },
        bridge: { name: net.bridge ?? host.bridge },
        lifecycle: { ignoreChanges: NETWORK_SET_ONCE },
      });
    }
  }

  /**
   * The one libvirt network (one bridge) of all the site's NAT networks, with one `ips` entry (the
   * host's address on it: the network's gateway) per NAT network.
   *
   * Why one, and not a libvirt network per NAT network: libvirt's firewall for a NAT network
   * rejects new connections forwarded INTO it from anywhere else, another libvirt network on the
   * same host included (LIBVIRT_FWI / nftables guest_input only accept established traffic), and
   * only accepts traffic in and out of the same bridge (LIBVIRT_FWX / guest_cross). With one
   * network per subnet, k3s nodes (kube03) could not reach the API VIP (kube02) nor PostgreSQL
   * (kube04). On one bridge the host routes between the subnets, in and out of the same bridge,
   * which that rule accepts.
   *
   * `forward.dev` is the host bridge to the LAN (the host's uplink): libvirt masquerades each
   * subnet towards every destination outside that subnet (`-s net ! -d net -j MASQUERADE`), and
   * only restricts that rule to an output device when one is given. Without it, traffic routed
   * from one NAT subnet to another on this bridge would reach its destination with the host's
   * address as its source, which the nodes' firewalls and pg_hba refuse (e.g. the k3s servers take
   * 6443 from the load balancers' addresses, PostgreSQL from the cluster networks). With it, only
   * traffic leaving through the LAN bridge is masqueraded, and the VMs' outbound traffic is only
   * forwarded through it: the host must reach the outside (its default route) through the LAN
   * bridge, as `hypervisor.bridge` describes it. (The host may also answer routed traffic with
   * ICMP redirects, after which VMs of different subnets talk directly on the bridge: the
   * addresses are the same either way.)
   *
   * DHCP: libvirt serves DHCP on one IPv4 `ips` entry per network only. Nodes get static
   * addresses from their first-boot configuration, so an entry has DHCP (its range and a host
   * entry per VM on it) only when its site network declares a `dhcp` range; two NAT networks
   * declaring one are refused.
   */
  private addNatNetwork(scope: Construct, site: Site): void {
    const nat = site.networks.filter((n) => n.kind === 'nat');
    const withDhcp = nat.filter((n) => n.dhcp);
    if (withDhcp.length > 1) {
      throw new Error(
        `NAT networks "${withDhcp[0].name}" and "${withDhcp[1].name}" both declare a dhcp range, but they share one libvirt network ("${this.natNetworkName}") and libvirt serves DHCP on one IPv4 range per network: keep dhcp on one of them (nodes have static addresses)`,
      );
    }
    const declared = nat.filter((n) => n.bridge);
    const other = declared.find((n) => n.bridge !== declared[0].bridge);
    if (other) {
      throw new Error(
        `NAT networks "${declared[0].name}" (bridge ${declared[0].bridge}) and "${other.name}" (bridge ${other.bridge}) name different bridges, but they share one libvirt network ("${this.natNetworkName}") and so one bridge: name the same bridge, or none`,
      );
    }
    // `vbr-<site>`: `virbr-<site>` is over the 15 characters of an interface name for most site
    // names (`virbr-microcloud`). Longer defaults are left to libvirt (virbrN).
    const bridge = declared[0]?.bridge ?? `vbr-${site.name}`;
    new Network(scope, NAT_NETWORK_ID, {
      name: this.natNetworkName,
      autostart: true,
      forward: { mode: 'nat', dev: this.first.bridge },
      ...(bridge.length <= 15 ? { bridge: { name: bridge, stp: 'on', delay: '0' } } : {}),
      domain: { name: site.domain },
      lifecycle: { ignoreChanges: NETWORK_SET_ONCE },
      ips: nat.map((net) => {
        const hosts = net.dhcp ? site.vms.filter((n) => n.network === net.name).map((n) => ({ name: n.name, ip: n.address, mac: macOf(n) })) : [];
        return {
          address: net.gateway ?? net.block.network,
          prefix: net.prefix,
          ...(net.dhcp ? { dhcp: { ranges: [{ start: net.dhcp.start, end: net.dhcp.end }], ...(hosts.length ? { hosts } : {}) } } : {}),
        };
      }),
    });
  }

  machineResources(node: Node, format: MachineBootstrap['format'], name = node.name): MachineResource[] {
    const ids = MACHINE_IDS;
    return [
      ...[osDisk(node), ...dataDisks(node)].map((d) => ({ type: 'libvirt_volume', path: [name, ids.disk(d)] })),
      format === 'ignition' ? { type: 'libvirt_ignition', path: [name, ids.ignition] } : { type: 'libvirt_cloudinit_disk', path: [name, ids.cloudinit] },
      { type: 'libvirt_volume', path: [name, ids.bootstrap] },
      { type: 'libvirt_domain', path: [name, ids.domain] },
    ];
  }

  addMachine(scope: Construct, site: Site, node: Node, bootstrap: MachineBootstrap): void {
    const ids = MACHINE_IDS;
    const m = new Construct(scope, node.name);
    const host = vmHost(this.site, node);
    const on = this.providerOn(scope, host);
    const poolName = host.pool!.name;
    // A renamed node (`changes.renames`) keeps the libvirt names of its domain and volumes: libvirt
    // cannot rename a volume and the provider replaces a domain whose name changes, so a new name
    // would rebuild the VM and its disks (the OS disk of a k3s server holds its etcd member). Its
    // hostname and DNS name, which come from the site, do change.
    const base = `${site.name}-${formerName(site, node) ?? node.name}`;
    const os = osDisk(node);
    const format = imageFormat(site.spec.images[node.image]);

    // OS volume: copy-on-write on the base image, grown to the site's size.
    const osVolume = new Volume(m, ids.disk(os), {
      ...on,
      name: `${base}-${os.name}.qcow2`,
      pool: poolName,
      capacity: os.sizeGiB * GiB,
      target: { format: { type: 'qcow2' } },
      backingStore: { path: `${poolPath(host)}/${this.baseVolumeName(node.image)}`, format: { type: format } },
      // 0.9.7 cannot update a volume: a new size is applied by hand (the synth says how) and the
      // backing file is fixed for the volume's life.
      lifecycle: { ignoreChanges: ['capacity', 'backing_store'], ...(holdsState(node) ? { preventDestroy: true } : {}) },
    });
    const data = dataDisks(node).map(
      (d) =>
        new Volume(m, ids.disk(d), {
          ...on,
          name: `${base}-${d.name}.qcow2`,
          pool: poolName,
          capacity: d.sizeGiB * GiB,
          target: { format: { type: 'qcow2' } },
          lifecycle: { ignoreChanges: ['capacity'], ...(isStateful(d) ? { preventDestroy: true } : {}) },
        }),
    );

    // Data disks carry their serial: the guest finds each by identity (bootstrap/disks.ts).
    const serials = [undefined, ...dataDisks(node).map(diskSerial)];
    const disks: DomainDevicesDisks[] = [osVolume, ...data].map((v, i) => ({
      source: { volume: { pool: poolName, volume: v.name } },
      target: { dev: `vd${String.fromCharCode(97 + i)}`, bus: 'virtio' },
      driver: { name: 'qemu', type: 'qcow2', discard: 'unmap' },
      ...(i === 0 ? { boot: { order: 1 } } : { serial: serials[i] }),
    }));

    // First boot. Both generators write a file on the machine running Terraform; a volume
    // uploads it into the pool, where QEMU (on the libvirt host) can read it.
    let sysInfo: DomainSysInfo[] | undefined;
    if (bootstrap.format === 'ignition') {
      const ign = new Ignition(m, ids.ignition, { ...on, name: `${base}.ign`, content: bootstrap.content });
      const vol = new Volume(m, ids.bootstrap, {
        ...on,
        name: `${base}.ign`,
        pool: poolName,
        target: { format: { type: 'raw' } },
        create: { content: { url: ign.path } },
        lifecycle: { ignoreChanges: FIRST_BOOT_ONLY },
      });
      // libvirt takes either a value or a file per fw_cfg entry; an empty value means "file".
      sysInfo = [{ fwCfg: { entry: [{ name: FLATCAR_FW_CFG, file: vol.path, value: '' }] } }];
    } else {
      const seed = new CloudinitDisk(m, ids.cloudinit, {
        ...on,
        name: `${base}-cloudinit`,
        userData: bootstrap.userData,
        metaData: bootstrap.metaData,
        networkConfig: bootstrap.networkConfig,
      });
      const vol = new Volume(m, ids.bootstrap, {
        ...on,
        name: `${base}-cloudinit.iso`,
        pool: poolName,
        target: { format: { type: 'raw' } },
        create: { content: { url: seed.path } },
        lifecycle: { ignoreChanges: FIRST_BOOT_ONLY },
      });
      disks.push({
        device: 'cdrom',
        readOnly: true,
        source: { volume: { pool: poolName, volume: vol.name } },
        // On the machine's built-in IDE: a SATA controller would take a PCI slot and move the NIC.
        target: { dev: 'hdc', bus: 'ide' },
      });
    }

    const net = site.networkOfNode(node);
    const networkName = this.networkName(net);
    if (!networkName) throw new Error(`node "${node.name}" is a VM on the ${net.kind} network "${net.name}": libvirt has no such network (mark the node external)`);
    new Domain(m, ids.domain, {
      ...on,
      name: base,
      type: 'kvm',
      description: `${node.role} node ${node.fqdn}; managed by sitekit`,
      vcpu: node.cpu,
      memory: node.memoryMiB,
      memoryUnit: 'MiB',
      running: true,
      autostart: true,
      // The default machine (i440fx). The guest's name for the NIC depends on its PCI slot; the
      // bootstrap's network config matches it by the MAC below instead and names it eth0.
      os: { type: 'hvm', typeArch: 'x86_64' },
      // ACPI: graceful shutdown from libvirt.
      features: { acpi: true },
      cpu: { mode: 'host-passthrough' },
      ...(sysInfo ? { sysInfo } : {}),
      // 0.9.7 applies any change to a domain by shutting it down and defining it again: a new
      // description (a node renamed, its role changed) is not worth a reboot.
      lifecycle: { ignoreChanges: ['description'] },
      devices: {
        disks,
        interfaces: [
          {
            source: { network: { network: networkName } },
            mac: { address: macOf(node) },
            model: { type: 'virtio' },
          },
        ],
        // A passed-through GPU: managed, so libvirt binds it to vfio-pci while the domain runs.
        ...(node.gpu?.pci ? { hostdevs: [{ managed: true, subsysPci: { source: { address: pciAddress(node.gpu.pci) } } }] } : {}),
      },
    });
  }
}

/** A PCI address `dddd:bb:ss.f` (hex) as libvirt's numbers. */
export function pciAddress(address: string): { domain: number; bus: number; slot: number; function: number } {
  // The site's format (validated at load); here only split into its parts.
  if (!PCI_ADDRESS.test(address)) throw new Error(`${JSON.stringify(address)} is not a PCI address domain:bus:slot.function`);
  const [domain, bus, slotFunction] = address.split(':');
  const [slot, fn] = slotFunction.split('.');
  return { domain: parseInt(domain, 16), bus: parseInt(bus, 16), slot: parseInt(slot, 16), function: Number(fn) };
}
