/**
 * VMs on a Proxmox VE node, or on the nodes of one Proxmox VE cluster (`hypervisor.hosts`: one
 * API endpoint, each VM on its host's node) (provider bpg/proxmox 0.111.1; see `bpg-proxmox-0.111.1-docs`).
 *
 * network stack: one `proxmox_virtual_environment_download_file` per image used by a VM and node
 *   that runs one (content type `import`, into the snippets/images datastore). Bridges and VLANs already exist
 *   on the host: VMs attach to them by name (and VLAN tag), nothing rewrites host networking.
 * nodes stack, per node: the VM (OS disk imported from the image, data disks, NIC on the
 *   network's bridge/VLAN with the node's MAC), and its first-boot configuration:
 *   - cloud-init images: user data as a snippet (`user_data_file_id`), the static address and
 *     DNS through Proxmox's own cloud-init (`ip_config`, `dns`);
 *   - Flatcar: the Ignition config as a snippet, handed to QEMU with `-fw_cfg` in
 *     `kvm_arguments` (Flatcar's documented QEMU way). Proxmox lets only root@pam set
 *     `kvm_arguments`: such sites authenticate with PROXMOX_VE_USERNAME/PASSWORD instead of a token.
 * A node with a `gpu` gets it as `hostpci0`, by its resource mapping (docs/gpu.md).
 * Snippet uploads go over SSH to the VM's node (`ssh` block of the provider: each node's address,
 * agent auth as root).
 */
import type { Construct } from 'constructs';
import { VirtualEnvironmentDownloadFile } from '../../imports/providers/proxmox/virtual-environment-download-file';
import { VirtualEnvironmentFile } from '../../imports/providers/proxmox/virtual-environment-file';
import { ProxmoxProvider } from '../../imports/providers/proxmox/provider';
import { VirtualEnvironmentVm, type VirtualEnvironmentVmConfig, type VirtualEnvironmentVmNetworkDevice } from '../../imports/providers/proxmox/virtual-environment-vm';
import type { Host, Node, Site } from '../../site';
import { diskSerial } from '../bootstrap/disks';
import { TerraformVariable, Token } from '../tf';
import type { HypervisorBackend, MachineBootstrap, MachineResource } from './backend';
import { dataDisks, formerName, holdsState, idOnHost, imageFormat, macOf, osDisk, usedImages, vmHost, vmsOn } from './common';

/** fw_cfg key Flatcar's Ignition reads its config from on QEMU. */
const FLATCAR_FW_CFG = 'opt/org.flatcar-linux/config';

/**
 * Construct ids (at the top of the stack, so also the Terraform names) of a node's resources:
 * used by addMachine and machineResources alike.
 */
const MACHINE_IDS = {
  vm: (name: string) => name,
  ignition: (name: string) => `${name}-ignition`,
  userData: (name: string) => `${name}-user-data`,
} as const;

const nullString = () => Token.asString(Token.nullValue());
const nullNumber = () => Token.asNumber(Token.nullValue());

/** VMs on a Proxmox VE node, or on the nodes of a Proxmox VE cluster. The API token is a sensitive Terraform variable. */
export class ProxmoxBackend implements HypervisorBackend {
  readonly kind = 'proxmox';
  private readonly hosts: readonly Host[];
  private readonly snippets: string;
  private readonly endpoint: string;

  constructor(private readonly site: Site) {
    const hv = site.spec.hypervisor;
    if (hv.kind !== 'proxmox') throw new Error(`ProxmoxBackend needs a proxmox hypervisor, received ${hv.kind}`);
    this.hosts = site.hosts;
    this.snippets = hv.snippets;
    this.endpoint = `https://${hv.host}:8006/`;
  }

  configureProvider(scope: Construct): void {
    const token = new TerraformVariable(scope, 'proxmox_api_token', {
      type: 'string',
      sensitive: true,
      nullable: true,
      default: Token.nullValue(),
      description: 'Proxmox VE API token, "user@realm!tokenid=secret". Leave unset to use PROXMOX_VE_USERNAME/PROXMOX_VE_PASSWORD (root@pam is needed for Flatcar VMs: kvm_arguments).',
    });
    new ProxmoxProvider(scope, 'proxmox', {
      endpoint: this.endpoint,
      apiToken: token.stringValue,
      // Snippets (cloud-init user data, Ignition) are uploaded over SSH.
      ssh: { agent: true, username: 'root', nodeAttribute: this.hosts.map((h) => ({ name: h.name, address: h.address })) },
    });
  }

  /** File name of an image in the datastore (`import` content needs a .qcow2/.raw extension). */
  private imageFileName(image: string): string {
    return `${this.site.name}-${image}.${imageFormat(this.site.spec.images[image])}`;
  }

  /** Volume id of an imported image, as `import_from` takes it (what the download resource's id is). */
  imageId(image: string): string {
    return `${this.snippets}:import/${this.imageFileName(image)}`;
  }

  /** Host path of a snippet (for kvm_arguments): `local` is /var/lib/vz, other directory storages /mnt/pve/<id>. */
  snippetPath(fileName: string): string {
    const root = this.snippets === 'local' ? '/var/lib/vz' : `/mnt/pve/${this.snippets}`;
    return `${root}/snippets/${fileName}`;
  }

  /**
   * One download per image and Proxmox node that runs a VM booting from it (the import datastore is
   * the node's own): `image-<image>` on the first host, `image-<image>-on-<host>` on the others.
   */
  addNetworks(scope: Construct, site: Site): void {
    for (const host of this.hosts) {
      for (const [key, image] of usedImages(site)) {
        if (!vmsOn(site, host).some((n) => n.image === key)) continue;
        const checksum = image.checksum?.match(/^(sha256|sha512):([0-9a-f]+)$/);
        new VirtualEnvironmentDownloadFile(scope, idOnHost(site, host, `image-${key}`), {
          nodeName: host.name,
          datastoreId: this.snippets,
          contentType: 'import',
          url: image.url,
          fileName: this.imageFileName(key),
          ...(checksum ? { checksum: checksum[2], checksumAlgorithm: checksum[1] } : {}),
        });
      }
    }
  }

  machineResources(_node: Node, format: MachineBootstrap['format'], name = _node.name): MachineResource[] {
    const ids = MACHINE_IDS;
    return [
      { type: 'proxmox_virtual_environment_file', path: [format === 'ignition' ? ids.ignition(name) : ids.userData(name)] },
      { type: 'proxmox_virtual_environment_vm', path: [ids.vm(name)] },
    ];
  }

  addMachine(scope: Construct, site: Site, node: Node, bootstrap: MachineBootstrap): void {
    const ids = MACHINE_IDS;
    const net = site.networkOfNode(node);
    if (net.kind === 'wireguard') throw new Error(`node "${node.name}" is a VM on the wireguard network "${net.name}": Proxmox has no such bridge (mark the node external)`);
    const os = osDisk(node);
    const host = vmHost(this.site, node);
    const datastore = host.datastore!;

    // First-boot data is first-boot only: a snippet is written when its VM is created and never
    // changed after (a new snippet would be a new file id, ForceNew on the VM, and the VM's
    // cloud-init instance id is a hash of the snippet's content: Proxmox would run it again at the
    // next start). A renamed node keeps the file names of its former name, which its VM reads.
    const fileBase = `${site.name}-${formerName(site, node) ?? node.name}`;
    const snippet = (id: string, fileName: string, data: string) =>
      new VirtualEnvironmentFile(scope, id, {
        nodeName: host.name,
        datastoreId: this.snippets,
        contentType: 'snippets',
        sourceRaw: { fileName, data },
        lifecycle: { ignoreChanges: 'all' },
      });

    let firstBoot: Pick<VirtualEnvironmentVmConfig, 'initialization' | 'kvmArguments' | 'dependsOn'>;
    // The image is only read when the OS disk is created: a new image applies to new VMs.
    const ignoreChanges: string[] = ['disk[0].import_from'];
    if (bootstrap.format === 'ignition') {
      const fileName = `${fileBase}.ign`;
      const ign = snippet(ids.ignition(node.name), fileName, bootstrap.content);
      // QEMU reads the snippet by path: it must be uploaded before the VM starts.
      firstBoot = { kvmArguments: `-fw_cfg name=${FLATCAR_FW_CFG},file=${this.snippetPath(fileName)}`, dependsOn: [ign] };
    } else {
      const userData = snippet(ids.userData(node.name), `${fileBase}-user-data.yaml`, bootstrap.userData);
      firstBoot = {
        initialization: {
          datastoreId: datastore,
          ipConfig: [{ ipv4: { address: `${node.address}/${net.prefix}`, ...(net.gateway ? { gateway: net.gateway } : {}) } }],
          dns: { servers: [...net.resolvers], domain: site.domain },
          userDataFileId: userData.id,
        },
      };
      // Cloud-init's whole configuration (user data, address, DNS) is first-boot data too: a change
      // would rebuild the cloud-init drive with a new instance id and reboot the VM, and cloud-init
      // would then provision it again as a new instance.
      ignoreChanges.push('initialization');
    }

    // network_device is an attribute (list of objects) in 0.111: in JSON every field must be
    // present, so the ones left to Proxmox are explicit nulls.
    const nic: VirtualEnvironmentVmNetworkDevice = {
      bridge: net.bridge ?? host.bridge,
      model: 'virtio',
      macAddress: macOf(node),
      vlanId: net.vlan ?? nullNumber(),
      enabled: true,
      firewall: false,
      disconnected: false,
      mtu: nullNumber(),
      queues: nullNumber(),
      rateLimit: nullNumber(),
      trunks: nullString(),
    };

    new VirtualEnvironmentVm(scope, ids.vm(node.name), {
      name: node.name,
      description: `${node.role} node ${node.fqdn}; managed by sitekit`,
      tags: [site.name, node.role],
      nodeName: host.name,
      started: true,
      onBoot: true,
      // No guest agent is assumed (cloud images lack it): ACPI shutdown, and stop when that hangs.
      agent: { enabled: false },
      stopOnDestroy: true,
      // The default machine (i440fx). Proxmox's cloud-init network data (NoCloud for l26) matches
      // net0 by its MAC and names it eth0, the name the bootstrap (keepalived) uses.
      operatingSystem: { type: 'l26' },
      cpu: { cores: node.cpu, type: 'host' },
      memory: { dedicated: node.memoryMiB },
      serialDevice: [{ device: 'socket' }],
      disk: [
        { datastoreId: datastore, interface: 'virtio0', importFromAttribute: this.imageId(node.image), size: os.sizeGiB, iothread: true, discard: 'on' },
        ...dataDisks(node).map((d, i) => ({ datastoreId: datastore, interface: `virtio${i + 1}`, size: d.sizeGiB, iothread: true, discard: 'on', serial: diskSerial(d) })),
      ],
      networkDevice: [nic],
      // A passed-through GPU by its resource mapping (a token user needs Mapping.Use on it; raw
      // PCI ids are for root@pam only). A PCI port: PCIe needs the q35 machine, and this VM is
      // i440fx. Adding or removing it is an update in place that restarts the VM.
      ...(node.gpu?.mapping ? { hostpci: [{ device: 'hostpci0', mapping: node.gpu.mapping }] } : {}),
      ...firstBoot,
      lifecycle: { ignoreChanges, ...(holdsState(node) ? { preventDestroy: true } : {}) },
    });
  }
}
