/**
 * What the infra app builds from a site: libvirt and Proxmox backends, secrets, the edge stack and
 * the state backends. Sites are site.yaml, examples/, and variants of them edited in memory.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthInfra } from '../../infra/app';
import { macOf } from '../../infra/backends/common';
import { escapeTemplate, liveForms } from '../../infra/stacks/bootstrap';
import { localStatePath } from '../../infra/stacks/base';
import { DEFAULT_BLOCKED_PATHS, wafRules, ZONE_SETTINGS } from '../../infra/stacks/edge';
import { loadSite, Site, SiteSchema } from '../../site';

const ROOT = path.join(__dirname, '..', '..');
const GiB = 1024 ** 3;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A site file, optionally edited as YAML data before loading. */
function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

/**
 * The same, past the site's own validation (schema defaults only): for the backends' last-line
 * refusals of what validation already reports, which the test also checks.
 */
function unvalidatedSiteOf(file: string, edit: (doc: Json) => void, validationError: RegExp): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit(doc);
  expect(() => loadSite(stringify(doc), file)).toThrow(validationError);
  return new Site(SiteSchema.parse(doc));
}

/** Synthesized stacks as plain JSON. */
function synth(site: Site): Record<string, Json> {
  return Object.fromEntries([...synthInfra(site)].map(([id, tf]) => [id, JSON.parse(JSON.stringify(tf))]));
}

/** Resources of a type, by name, without cdktf metadata. */
function resources(tf: Json, type: string): Record<string, Json> {
  return Object.fromEntries(Object.entries(tf.resource?.[type] ?? {}).map(([k, v]) => [k, strip(v)]));
}
function strip(v: Json): Json {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== '//').map(([k, x]) => [k, strip(x)]));
  return v;
}
/** The one resource of a type whose cdktf construct path is `<stack>/<path>`. */
function at(tf: Json, type: string, constructPath: string): Json {
  const hit = Object.values(tf.resource?.[type] ?? {}).find((r: Json) => r['//']?.metadata?.path.split('/').slice(1).join('/') === constructPath);
  if (!hit) throw new Error(`no ${type} at ${constructPath}`);
  return strip(hit);
}
const ref = (s: string) => /^\$\{(.+)\}$/.exec(s)?.[1];

describe('libvirt backend (site.yaml)', () => {
  const site = siteOf('site.yaml');
  const { network, nodes } = synth(site);
  const hv = site.spec.hypervisor as Extract<Site['spec']['hypervisor'], { kind: 'libvirt' }>;

  it('defines the dir storage pool, protected from destroy', () => {
    expect(resources(network, 'libvirt_pool')).toEqual({
      pool: { name: 'microcloud', type: 'dir', target: { path: '/var/lib/libvirt/images/microcloud' }, lifecycle: { prevent_destroy: true } },
    });
  });

  it('downloads one base image per image a VM uses, from the site URL', () => {
    const images = resources(network, 'libvirt_volume');
    expect(Object.keys(images).sort()).toEqual(['image-debian', 'image-flatcar']);
    for (const [key, spec] of Object.entries(site.spec.images)) {
      expect(images[`image-${key}`]).toEqual({
        name: `microcloud-base-${key}.qcow2`,
        pool: '${libvirt_pool.pool.name}',
        target: { format: { type: 'qcow2' } },
        create: { content: { url: spec.url } },
        // The backing file of the OS volumes: never destroyed, and a new URL does not touch it.
        lifecycle: { prevent_destroy: true, ignore_changes: ['create'] },
      });
    }
  });

  it('leaves out images no VM uses (external nodes are not provisioned)', () => {
    const s = siteOf('site.yaml', (doc) => {
      doc.images.spare = { os: 'ubuntu', url: 'https://example.org/spare.img' };
      doc.images.gw = { os: 'ubuntu', url: 'https://example.org/gw.img' };
      doc.nodes.find((n: Json) => n.name === 'wg-gateway').image = 'gw';
    });
    expect(Object.keys(resources(synth(s).network, 'libvirt_volume')).sort()).toEqual(['image-debian', 'image-flatcar']);
  });

  it('puts every NAT network on ONE libvirt network: one bridge, one ips entry (gateway/prefix) per network, no DHCP', () => {
    // libvirt rejects new connections into a NAT network from another one (LIBVIRT_FWI), so the
    // subnets share a bridge and the host routes between them (see LibvirtBackend.addNatNetwork).
    expect(site.networks.filter((n) => n.kind === 'nat').map((n) => n.name)).toEqual(['kube02', 'kube03', 'kube04']);
    expect(resources(network, 'libvirt_network')['network-nat']).toEqual({
      name: 'microcloud-nat',
      autostart: true,
      // Only traffic leaving through the LAN bridge is masqueraded: routed traffic between the
      // subnets keeps its source address.
      forward: { mode: 'nat', dev: 'br0' },
      bridge: { name: 'vbr-microcloud', stp: 'on', delay: '0' },
      domain: { name: 'socialdevs.site' },
      ips: [
        { address: '10.17.3.1', prefix: 24 },
        { address: '10.17.4.1', prefix: 24 },
        { address: '10.17.5.1', prefix: 24 },
      ],
      // 0.9.7 updates only autostart: what else it was created with stays (a change is made by hand).
      lifecycle: { ignore_changes: ['bridge', 'domain', 'forward', 'ips'] },
    });
  });

  it('serves DHCP (range and a host entry per VM) only on the NAT network that declares a range', () => {
    const s = siteOf('site.yaml', (doc) => {
      doc.networks.find((n: Json) => n.name === 'kube02').dhcp = { start: '10.17.3.100', end: '10.17.3.150' };
    });
    const lbs = s.vms.filter((n) => n.network === 'kube02');
    expect(lbs.map((n) => n.name)).toEqual(['loadbalancer1', 'loadbalancer2', 'loadbalancer3']);
    expect(resources(synth(s).network, 'libvirt_network')['network-nat'].ips).toEqual([
      {
        address: '10.17.3.1',
        prefix: 24,
        dhcp: { ranges: [{ start: '10.17.3.100', end: '10.17.3.150' }], hosts: lbs.map((n) => ({ name: n.name, ip: n.address, mac: macOf(n) })) },
      },
      { address: '10.17.4.1', prefix: 24 },
      { address: '10.17.5.1', prefix: 24 },
    ]);
  });

  it('refuses two NAT networks that both declare a DHCP range (libvirt: DHCP on one IPv4 range per network)', () => {
    const s = unvalidatedSiteOf('site.yaml', (doc) => {
      doc.networks.find((n: Json) => n.name === 'kube02').dhcp = { start: '10.17.3.100', end: '10.17.3.150' };
      doc.networks.find((n: Json) => n.name === 'kube04').dhcp = { start: '10.17.5.100', end: '10.17.5.150' };
    }, /networks\[4\]\.dhcp: NAT networks "kube02" and "kube04" both declare a dhcp range/);
    expect(() => synth(s)).toThrow(/NAT networks "kube02" and "kube04" both declare a dhcp range.*"microcloud-nat"/);
  });

  it('takes the bridge a NAT network names, and refuses NAT networks naming different bridges', () => {
    const one = siteOf('site.yaml', (doc) => {
      doc.networks.find((n: Json) => n.name === 'kube03').bridge = 'virbr-kube';
    });
    expect(resources(synth(one).network, 'libvirt_network')['network-nat'].bridge).toEqual({ name: 'virbr-kube', stp: 'on', delay: '0' });
    const two = unvalidatedSiteOf('site.yaml', (doc) => {
      doc.networks.find((n: Json) => n.name === 'kube03').bridge = 'virbr-kube';
      doc.networks.find((n: Json) => n.name === 'kube04').bridge = 'virbr-db';
    }, /networks\[4\]\.bridge: NAT network "kube04" names bridge virbr-db, NAT network "kube03" bridge virbr-kube/);
    expect(() => synth(two)).toThrow(/NAT networks "kube03" \(bridge virbr-kube\) and "kube04" \(bridge virbr-db\) name different bridges/);
  });

  it('refuses a bridge network named "nat" next to NAT networks (same libvirt name and address)', () => {
    const s = siteOf('site.yaml', (doc) => {
      doc.networks.find((n: Json) => n.name === 'lan').name = 'nat';
      for (const n of doc.nodes) if (n.network === 'lan') n.network = 'nat';
    });
    expect(() => synth(s)).toThrow(/network "nat" \(kind bridge\) would take the libvirt network name "microcloud-nat"/);
  });

  it('uses the existing host bridge for bridge networks, and nothing for wireguard networks', () => {
    const nets = resources(network, 'libvirt_network');
    expect(nets['network-lan']).toEqual({
      name: 'microcloud-lan',
      autostart: true,
      forward: { mode: 'bridge' },
      bridge: { name: hv.bridge },
      lifecycle: { ignore_changes: ['bridge', 'domain', 'forward', 'ips'] },
    });
    expect(nets['network-tunnel']).toBeUndefined();
    expect(Object.keys(nets).sort()).toEqual(['network-lan', 'network-nat']);
  });

  it("configures each node with its own site network's gateway, the host's address on that subnet of the shared network", () => {
    const ips = resources(network, 'libvirt_network')['network-nat'].ips.map((ip: Json) => `${ip.address}/${ip.prefix}`);
    const gateways: Record<string, string> = {};
    for (const node of site.vms) {
      const net = site.network(node.network);
      let address: string | undefined;
      let gateway: string | undefined;
      if (node.flatcar) {
        const files = JSON.parse(at(nodes, 'libvirt_ignition', `${node.name}/ignition`).content).storage.files;
        const unit = files.find((f: Json) => f.path === '/etc/systemd/network/00-sitekit.network');
        const text = decodeURIComponent(unit.contents.source.replace(/^data:,/, ''));
        address = /^Address=(.+)$/m.exec(text)?.[1];
        gateway = /^Gateway=(.+)$/m.exec(text)?.[1];
      } else {
        const eth = Object.values<Json>(parse(at(nodes, 'libvirt_cloudinit_disk', `${node.name}/cloudinit`).network_config).ethernets)[0];
        address = eth.addresses[0];
        gateway = eth.routes.find((r: Json) => r.to === '0.0.0.0/0').via;
      }
      expect(address).toBe(`${node.address}/${net.prefix}`);
      expect(gateway).toBe(net.gateway);
      if (net.kind === 'nat') expect(ips).toContain(`${gateway}/${net.prefix}`);
      gateways[node.name] = gateway!;
    }
    expect(gateways).toEqual({
      'infra-cluster': '192.168.0.1',
      loadbalancer1: '10.17.3.1',
      loadbalancer2: '10.17.3.1',
      loadbalancer3: '10.17.3.1',
      master1: '10.17.4.1',
      master2: '10.17.4.1',
      master3: '10.17.4.1',
      worker1: '10.17.4.1',
      worker2: '10.17.4.1',
      worker3: '10.17.4.1',
      storage1: '10.17.4.1',
      postgresql1: '10.17.5.1',
    });
  });

  it('gives every VM a copy-on-write OS volume on its base image, sized from the site; servers keep theirs (etcd)', () => {
    for (const node of site.vms) {
      const os = node.disks.find((d) => d.purpose === 'os')!;
      expect(at(nodes, 'libvirt_volume', `${node.name}/disk-${os.name}`)).toEqual({
        name: `microcloud-${node.name}-${os.name}.qcow2`,
        pool: 'microcloud',
        capacity: os.sizeGiB * GiB,
        target: { format: { type: 'qcow2' } },
        backing_store: { path: `${hv.pool.path}/microcloud-base-${node.image}.qcow2`, format: { type: 'qcow2' } },
        // 0.9.7 cannot update a volume: size and backing file are set once.
        lifecycle: { ignore_changes: ['capacity', 'backing_store'], ...(node.role === 'server' || node.disks.length > 1 ? { prevent_destroy: true } : {}) },
      });
    }
    const kept = site.vms.filter((n) => at(nodes, 'libvirt_volume', `${n.name}/disk-os`).lifecycle.prevent_destroy).map((n) => n.name);
    expect(kept).toEqual(['master1', 'master2', 'master3', 'worker1', 'worker2', 'worker3', 'storage1', 'postgresql1']);
  });

  it('creates bootstrap volumes once: first-boot data never updates them (0.9.7 cannot)', () => {
    for (const node of site.vms) expect(at(nodes, 'libvirt_volume', `${node.name}/bootstrap`).lifecycle).toEqual({ ignore_changes: ['create'] });
  });

  it('gives data disks (longhorn, nfs, postgresql) their size and prevent_destroy; OS disks are replaceable', () => {
    const data = site.vms.flatMap((n) => n.disks.filter((d) => d.purpose !== 'os').map((d) => [n, d] as const));
    expect(data.map(([n, d]) => `${n.name}/${d.purpose}`)).toEqual([
      'worker1/longhorn',
      'worker2/longhorn',
      'worker3/longhorn',
      'storage1/nfs',
      'storage1/longhorn',
      'postgresql1/postgresql',
    ]);
    for (const [node, d] of data) {
      expect(at(nodes, 'libvirt_volume', `${node.name}/disk-${d.name}`)).toEqual({
        name: `microcloud-${node.name}-${d.name}.qcow2`,
        pool: 'microcloud',
        capacity: d.sizeGiB * GiB,
        target: { format: { type: 'qcow2' } },
        lifecycle: { ignore_changes: ['capacity'], prevent_destroy: true },
      });
    }
  });

  it('boots Flatcar nodes with libvirt_ignition through fw_cfg, the others with a cloud-init disk', () => {
    const flatcar = site.vms.filter((n) => n.flatcar).map((n) => n.name);
    expect(flatcar).toEqual(['master1', 'master2', 'master3', 'worker1', 'worker2', 'worker3', 'storage1']);
    for (const node of site.vms) {
      const domain = at(nodes, 'libvirt_domain', `${node.name}/domain`);
      const bootVolume = at(nodes, 'libvirt_volume', `${node.name}/bootstrap`);
      const volumeAddress = Object.entries(nodes.resource.libvirt_volume).find(([, v]: Json) => v['//'].metadata.path === `nodes/${node.name}/bootstrap`)![0];
      if (node.flatcar) {
        const ign = at(nodes, 'libvirt_ignition', `${node.name}/ignition`);
        expect(JSON.parse(ign.content).ignition.version).toMatch(/^3\./);
        expect(ref(bootVolume.create.content.url)).toMatch(/^libvirt_ignition\..*\.path$/);
        expect(domain.sys_info).toEqual([{ fw_cfg: { entry: [{ name: 'opt/org.flatcar-linux/config', value: '', file: `\${libvirt_volume.${volumeAddress}.path}` }] } }]);
        expect(domain.devices.disks.some((d: Json) => d.device === 'cdrom')).toBe(false);
      } else {
        const seed = at(nodes, 'libvirt_cloudinit_disk', `${node.name}/cloudinit`);
        expect(seed.user_data).toMatch(/^#cloud-config\n/);
        expect(seed.meta_data).toContain(node.name);
        expect(seed.network_config).toContain(node.address);
        expect(ref(bootVolume.create.content.url)).toMatch(/^libvirt_cloudinit_disk\..*\.path$/);
        expect(domain.sys_info).toBeUndefined();
        expect(domain.devices.disks.at(-1)).toEqual({
          device: 'cdrom',
          read_only: true,
          source: { volume: { pool: 'microcloud', volume: `\${libvirt_volume.${volumeAddress}.name}` } },
          target: { dev: 'hdc', bus: 'ide' },
        });
      }
    }
  });

  it('gives each domain the site cpu and memory, its disks in order, and a NIC with its MAC on its network (NAT: the shared one)', () => {
    const libvirtNetwork: Record<string, string> = { lan: 'microcloud-lan', kube02: 'microcloud-nat', kube03: 'microcloud-nat', kube04: 'microcloud-nat' };
    for (const node of site.vms) {
      const d = at(nodes, 'libvirt_domain', `${node.name}/domain`);
      expect(d).toMatchObject({ name: `microcloud-${node.name}`, type: 'kvm', vcpu: node.cpu, memory: node.memoryMiB, memory_unit: 'MiB', running: true, autostart: true });
      // Any update of a domain is a reboot (0.9.7): not for a description.
      expect(d.lifecycle).toEqual({ ignore_changes: ['description'] });
      const disks = d.devices.disks.filter((x: Json) => x.device !== 'cdrom');
      expect(disks.map((x: Json) => x.target.dev)).toEqual(node.disks.map((_, i) => `vd${'abcdefgh'[i]}`));
      expect(disks.map((x: Json) => ref(x.source.volume.volume)?.split('.')[1].split('_')[1])).toEqual(node.disks.filter((x) => x.purpose === 'os').concat(node.disks.filter((x) => x.purpose !== 'os')).map((x) => `disk-${x.name}`));
      expect(d.devices.interfaces).toEqual([{ source: { network: { network: libvirtNetwork[node.network] } }, mac: { address: macOf(node) }, model: { type: 'virtio' } }]);
    }
  });

  it('provisions no VM for external nodes, and outputs their first-boot configuration as sensitive', () => {
    expect(Object.values(resources(nodes, 'libvirt_domain')).map((d) => d.name)).not.toContain('microcloud-wg-gateway');
    expect(nodes.output.bootstrap_wg_gateway).toMatchObject({ sensitive: true, value: { format: 'cloud-init' } });
  });

  it('derives a MAC from the address unless the site sets one', () => {
    expect(macOf({ address: '10.17.4.21' })).toBe('52:54:00:11:04:15');
    expect(macOf({ address: '192.168.0.30', mac: '52:54:00:aa:bb:cc' })).toBe('52:54:00:aa:bb:cc');
  });
});

describe('Proxmox backend', () => {
  const minimal = siteOf('examples/proxmox-minimal.yaml');
  const multi = siteOf('examples/multi-cluster.yaml');
  const m = synth(minimal);
  const mc = synth(multi);

  it('downloads each image once, as import content', () => {
    expect(resources(m.network, 'proxmox_virtual_environment_download_file')).toEqual({
      'image-debian': { node_name: 'pve', datastore_id: 'local', content_type: 'import', url: minimal.spec.images.debian.url, file_name: 'pve-lab-debian.qcow2' },
      'image-ubuntu': { node_name: 'pve', datastore_id: 'local', content_type: 'import', url: minimal.spec.images.ubuntu.url, file_name: 'pve-lab-ubuntu.qcow2' },
    });
  });

  it('passes a pinned image checksum to the download', () => {
    const s = siteOf('examples/proxmox-minimal.yaml', (doc) => {
      doc.images.debian.checksum = `sha512:${'a'.repeat(128)}`;
    });
    expect(resources(synth(s).network, 'proxmox_virtual_environment_download_file')['image-debian']).toMatchObject({ checksum: 'a'.repeat(128), checksum_algorithm: 'sha512' });
  });

  it('imports the OS disk from the downloaded image and sizes every disk from the site', () => {
    const vms = resources(m.nodes, 'proxmox_virtual_environment_vm');
    expect(Object.keys(vms)).toEqual(minimal.vms.map((n) => n.name));
    for (const node of minimal.vms) {
      const dl = resources(m.network, 'proxmox_virtual_environment_download_file')[`image-${node.image}`];
      expect(vms[node.name].disk).toEqual([{ datastore_id: 'local-lvm', interface: 'virtio0', import_from: `${dl.datastore_id}:import/${dl.file_name}`, size: node.disks[0].sizeGiB, iothread: true, discard: 'on' }]);
      expect(vms[node.name]).toMatchObject({ name: node.name, node_name: 'pve', cpu: { cores: node.cpu }, memory: { dedicated: node.memoryMiB }, started: true, on_boot: true });
    }
    const worker = resources(mc.nodes, 'proxmox_virtual_environment_vm')['gordito-worker'];
    expect(worker.disk.map((d: Json) => [d.interface, d.size, d.datastore_id])).toEqual([
      ['virtio0', 40, 'local-zfs'],
      ['virtio1', 200, 'local-zfs'],
    ]);
  });

  it("puts NICs on the network's bridge and VLAN with the node MAC, every field present (attribute syntax)", () => {
    const vm = resources(mc.nodes, 'proxmox_virtual_environment_vm')['gordito-cp'];
    expect(vm.network_device).toEqual([
      { bridge: 'vmbr0', model: 'virtio', mac_address: macOf(multi.node('gordito-cp')), vlan_id: 10, enabled: true, firewall: false, disconnected: false, mtu: null, queues: null, rate_limit: null, trunks: null },
    ]);
    expect(resources(m.nodes, 'proxmox_virtual_environment_vm')['k8s-cp1'].network_device[0]).toMatchObject({ bridge: 'vmbr0', vlan_id: null });
  });

  it('configures the static address and DNS, and user data as a snippet', () => {
    const vms = resources(m.nodes, 'proxmox_virtual_environment_vm');
    const files = resources(m.nodes, 'proxmox_virtual_environment_file');
    for (const node of minimal.vms) {
      const init = vms[node.name].initialization;
      expect(init.ip_config).toEqual([{ ipv4: { address: `${node.address}/24`, gateway: '192.168.1.1' } }]);
      expect(init.dns).toEqual({ domain: 'lab.example.net', servers: ['192.168.1.1'] });
      expect(init.user_data_file_id).toBe(`\${proxmox_virtual_environment_file.${node.name}-user-data.id}`);
      // First boot only: neither a changed snippet (unknown id: ForceNew) nor changed cloud-init
      // settings (a new drive, a reboot, a new instance id) reach a VM that exists; nor a new image.
      expect(vms[node.name].lifecycle.ignore_changes).toEqual(['disk[0].import_from', 'initialization']);
      expect(files[`${node.name}-user-data`]).toMatchObject({ content_type: 'snippets', datastore_id: 'local', node_name: 'pve', source_raw: { file_name: `pve-lab-${node.name}-user-data.yaml` } });
      // Written once: its content is the VM's cloud-init instance id.
      expect(files[`${node.name}-user-data`].lifecycle).toEqual({ ignore_changes: 'all' });
      expect(files[`${node.name}-user-data`].source_raw.data).toMatch(/^#cloud-config\n/);
    }
  });

  it('protects VMs with stateful disks or etcd (k3s servers) from destroy', () => {
    const vms = resources(mc.nodes, 'proxmox_virtual_environment_vm');
    expect(Object.keys(vms)).toEqual(['gordito-cp', 'gordito-worker', 'data-cp']);
    expect(Object.fromEntries(Object.entries(vms).map(([k, v]) => [k, v.lifecycle?.prevent_destroy ?? false]))).toEqual({ 'gordito-cp': true, 'gordito-worker': true, 'data-cp': true });
    const pve = resources(synth(siteOf('examples/proxmox-minimal.yaml')).nodes, 'proxmox_virtual_environment_vm');
    expect(Object.fromEntries(Object.entries(pve).map(([k, v]) => [k, v.lifecycle?.prevent_destroy ?? false]))).toEqual({ 'k8s-cp1': true, 'k8s-worker1': false, 'k8s-worker2': false, automation: false, client: false });
    expect(mc.nodes.output.bootstrap_nas).toMatchObject({ sensitive: true });
  });

  it('boots Flatcar with its Ignition config as a snippet handed to QEMU through fw_cfg', () => {
    const s = siteOf('examples/proxmox-minimal.yaml', (doc) => {
      doc.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
      doc.nodes.find((n: Json) => n.name === 'k8s-worker1').image = 'flatcar';
    });
    const out = synth(s);
    const vm = resources(out.nodes, 'proxmox_virtual_environment_vm')['k8s-worker1'];
    const snippet = resources(out.nodes, 'proxmox_virtual_environment_file')['k8s-worker1-ignition'];
    expect(snippet).toMatchObject({ content_type: 'snippets', datastore_id: 'local', source_raw: { file_name: 'pve-lab-k8s-worker1.ign' } });
    expect(JSON.parse(snippet.source_raw.data).ignition.version).toMatch(/^3\./);
    expect(vm.kvm_arguments).toBe('-fw_cfg name=opt/org.flatcar-linux/config,file=/var/lib/vz/snippets/pve-lab-k8s-worker1.ign');
    expect(vm.initialization).toBeUndefined();
    // QEMU reads the snippet by path when the VM starts: the upload must come first.
    expect(vm.depends_on).toEqual(['proxmox_virtual_environment_file.k8s-worker1-ignition']);
    expect(vm.lifecycle).toEqual({ ignore_changes: ['disk[0].import_from'] });
    expect(snippet.lifecycle).toEqual({ ignore_changes: 'all' });
    expect(vm.disk[0].import_from).toBe('local:import/pve-lab-flatcar.qcow2');
  });

  it('keeps the snippet file names of a renamed node: its VM reads them by name', () => {
    const s = siteOf('examples/proxmox-minimal.yaml', (doc) => {
      doc.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
      Object.assign(doc.nodes.find((n: Json) => n.name === 'k8s-worker1'), { name: 'k8s-worker7', image: 'flatcar' });
      doc.nodes.find((n: Json) => n.name === 'k8s-worker2').name = 'k8s-worker8';
      doc.clusters[0].nodes = ['k8s-cp1', 'k8s-worker7', 'k8s-worker8'];
      doc.changes = { renames: [{ node: 'k8s-worker1', to: 'k8s-worker7' }, { node: 'k8s-worker2', to: 'k8s-worker8' }] };
    });
    const out = synth(s);
    const files = resources(out.nodes, 'proxmox_virtual_environment_file');
    expect(files['k8s-worker7-ignition'].source_raw.file_name).toBe('pve-lab-k8s-worker1.ign');
    expect(resources(out.nodes, 'proxmox_virtual_environment_vm')['k8s-worker7'].kvm_arguments).toBe('-fw_cfg name=opt/org.flatcar-linux/config,file=/var/lib/vz/snippets/pve-lab-k8s-worker1.ign');
    expect(files['k8s-worker8-user-data'].source_raw.file_name).toBe('pve-lab-k8s-worker2-user-data.yaml');
    expect(resources(out.nodes, 'proxmox_virtual_environment_vm')['k8s-worker8'].name).toBe('k8s-worker8');
  });

  it('configures the provider with a sensitive token variable and SSH for snippet uploads', () => {
    expect(strip(m.nodes.provider.proxmox)).toEqual([
      { endpoint: 'https://192.168.1.10:8006/', api_token: '${var.proxmox_api_token}', ssh: { agent: true, username: 'root', node: [{ name: 'pve', address: '192.168.1.10' }] } },
    ]);
    expect(m.nodes.variable.proxmox_api_token).toMatchObject({ type: 'string', sensitive: true, default: null });
  });
});

describe('secrets', () => {
  const def = synth(siteOf('site.yaml'));
  const multi = synth(siteOf('examples/multi-cluster.yaml'));

  it('generates k3s tokens per cluster, the VRRP and PostgreSQL passwords, with the random provider', () => {
    expect(resources(def.nodes, 'random_password')).toEqual({
      k3s_token_microcloud: { length: 48, special: false },
      k3s_agent_token_microcloud: { length: 48, special: false },
      vrrp_password: { length: 8, special: false },
      postgresql_password: { length: 32, special: false },
    });
    expect(Object.keys(resources(multi.nodes, 'random_password'))).toEqual(['k3s_token_gordito', 'k3s_agent_token_gordito', 'k3s_token_data', 'k3s_agent_token_data']);
  });

  it('takes WireGuard private keys as sensitive variables, never generated or literal; public keys as plain variables', () => {
    expect(def.nodes.variable).toEqual({
      wireguard_private_key_wg_gateway: { type: 'string', sensitive: true, description: expect.any(String) },
      wireguard_public_key_loadbalancer1: { type: 'string', description: 'WireGuard public key of the tunnel peer loadbalancer1 of the gateway wg-gateway (base64, from `wg pubkey`).' },
      wireguard_private_key_loadbalancer1: { type: 'string', sensitive: true, description: 'WireGuard private key of the tunnel peer loadbalancer1 of the gateway wg-gateway (base64, from `wg genkey`).' },
      wireguard_public_key_wg_gateway: { type: 'string', description: 'WireGuard public key of the gateway wg-gateway, for its tunnel peer loadbalancer1 (base64, from `wg pubkey`).' },
    });
  });

  it('wires each end of the tunnel with its own private key and the other end\'s public key', () => {
    // The gateway is external: its first boot is the sensitive output; loadbalancer1's is its cloud-init disk.
    const gw = JSON.stringify(def.nodes.output.bootstrap_wg_gateway);
    expect(gw).toContain('PrivateKey = ${var.wireguard_private_key_wg_gateway}');
    expect(gw).toContain('PublicKey = ${var.wireguard_public_key_loadbalancer1}');
    expect(gw).not.toContain('wireguard_private_key_loadbalancer1');
    const lb1 = JSON.stringify(at(def.nodes, 'libvirt_cloudinit_disk', 'loadbalancer1/cloudinit'));
    expect(lb1).toContain('PrivateKey = ${var.wireguard_private_key_loadbalancer1}');
    expect(lb1).toContain('PublicKey = ${var.wireguard_public_key_wg_gateway}');
    expect(lb1).not.toContain('wireguard_private_key_wg_gateway');
    expect(JSON.stringify(def.nodes)).not.toContain('wireguard_site_public_key');
    expect(at(def.nodes, 'libvirt_cloudinit_disk', 'loadbalancer2/cloudinit').user_data).not.toContain('wireguard');
  });

  it('only references secrets that exist, and writes none literally', () => {
    for (const tf of [...Object.values(def), ...Object.values(multi)]) {
      const text = JSON.stringify(tf);
      for (const [, type, name] of text.matchAll(/\$\{(?:urlencode\(|base64encode\()?(random_password|var)\.([A-Za-z0-9_-]+)/g)) {
        if (type === 'var') expect(Object.keys(tf.variable ?? {})).toContain(name);
        else expect(Object.keys(tf.resource?.random_password ?? {})).toContain(name);
      }
      for (const v of Object.values<Json>(tf.variable ?? {})) if (v.sensitive) expect(v.default ?? null).toBeNull();
      expect(text).not.toMatch(/BEGIN (OPENSSH|RSA|EC) PRIVATE KEY|password: [A-Za-z0-9]{8,}/);
    }
  });

  it('pins every provider to an exact version', () => {
    const pins: Record<string, string> = {};
    // The config stack uses only terraform_data, built into terraform: it requires no provider.
    expect([def.config.terraform.required_providers, multi.config.terraform.required_providers]).toEqual([undefined, undefined]);
    for (const tf of [...Object.values(def), ...Object.values(multi)]) {
      for (const [name, p] of Object.entries<Json>(tf.terraform.required_providers ?? {})) {
        expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
        pins[name] = `${p.source}@${p.version}`;
      }
    }
    expect(pins).toEqual({
      libvirt: 'dmacvicar/libvirt@0.9.7',
      proxmox: 'bpg/proxmox@0.111.1',
      random: 'hashicorp/random@3.7.2',
      cloudflare: 'cloudflare/cloudflare@5.14.0',
    });
  });
});

describe('edge stack (Cloudflare)', () => {
  const site = siteOf('site.yaml');
  const { edge } = synth(site);
  const zone = '${data.cloudflare_zone.zone.id}';

  it('looks the zone up by name and takes the API token as a sensitive variable', () => {
    expect(strip(edge.data.cloudflare_zone.zone)).toEqual({ filter: { name: 'socialdevs.site' } });
    expect(edge.variable.cloudflare_api_token).toMatchObject({ type: 'string', sensitive: true });
    expect(edge.provider.cloudflare).toEqual([{ api_token: '${var.cloudflare_api_token}' }]);
  });

  it('creates a proxied A record per public hostname to the public address', () => {
    const records = resources(edge, 'cloudflare_dns_record');
    expect(Object.values(records).map((r) => r.name)).toEqual(site.hostnames.map((h) => h.name));
    for (const r of Object.values(records)) expect(r).toMatchObject({ zone_id: zone, type: 'A', content: '203.0.113.10', proxied: true, ttl: 1 });
  });

  it('enforces strict TLS settings and DNSSEC', () => {
    expect(Object.values(resources(edge, 'cloudflare_zone_setting'))).toEqual(Object.entries(ZONE_SETTINGS).map(([id, value]) => ({ zone_id: zone, setting_id: id, value })));
    expect(ZONE_SETTINGS).toEqual({ ssl: 'strict', min_tls_version: '1.2', always_use_https: 'on' });
    expect(resources(edge, 'cloudflare_zone_dnssec')).toEqual({ dnssec: { zone_id: zone, status: 'active' } });
    expect(edge.output.dnssec_ds.value).toBe('${cloudflare_zone_dnssec.dnssec.ds}');
  });

  it('installs the custom WAF rules in the zone', () => {
    const waf = resources(edge, 'cloudflare_ruleset').waf;
    expect(waf).toMatchObject({ zone_id: zone, kind: 'zone', phase: 'http_request_firewall_custom' });
    expect(waf.rules.map((r: Json) => [r.ref, r.action])).toEqual([
      ['block_probe_paths', 'block'],
      ['block_trace_methods', 'block'],
    ]);
    for (const p of DEFAULT_BLOCKED_PATHS) expect(waf.rules[0].expression).toContain(JSON.stringify(p));
  });

  it('challenges other countries once an allow-list is configured', () => {
    const rules = wafRules({ allowedCountries: ['ES', 'PT'] });
    expect(rules.at(-1)).toMatchObject({ action: 'managed_challenge', expression: '(not ip.src.country in {"ES" "PT"})' });
  });

  it('is left out when the site has no cloudflare section', () => {
    expect(Object.keys(synth(siteOf('examples/proxmox-minimal.yaml')))).toEqual(['network', 'nodes', 'config']);
  });
});

describe('state backends', () => {
  it('are local by default, one state file per stack in state/<site>/ next to the output, never inside it', () => {
    for (const [id, tf] of Object.entries(synth(siteOf('examples/proxmox-minimal.yaml')))) expect(tf.terraform.backend).toEqual({ local: { path: `../../../state/pve-lab/${id}.tfstate` } });
  });

  it('take the local state directory from the site, relative to the parent of the output or absolute', () => {
    const relative = synth(siteOf('examples/proxmox-minimal.yaml', (doc) => void (doc.terraform = { backend: { kind: 'local', dir: 'ops/tf-state' } })));
    expect(relative.nodes.terraform.backend).toEqual({ local: { path: '../../../ops/tf-state/pve-lab/nodes.tfstate' } });
    const absolute = synth(siteOf('examples/proxmox-minimal.yaml', (doc) => void (doc.terraform = { backend: { kind: 'local', dir: '/var/lib/sitekit' } })));
    expect(absolute.nodes.terraform.backend).toEqual({ local: { path: '/var/lib/sitekit/pve-lab/nodes.tfstate' } });
  });

  it('resolve the local state path from the stack directory where terraform -chdir runs', () => {
    expect(path.posix.normalize(path.posix.join('dist/terraform/nodes', localStatePath('state', 'lab', 'nodes')))).toBe('state/lab/nodes.tfstate');
    expect(path.posix.normalize(path.posix.join('dist/terraform/nodes', localStatePath('../elsewhere', 'lab', 'nodes')))).toBe('../elsewhere/lab/nodes.tfstate');
  });

  it('can be S3, one key per site and stack, encrypted', () => {
    const out = synth(
      siteOf('examples/proxmox-minimal.yaml', (doc) => {
        doc.terraform = { backend: { kind: 's3', bucket: 'tf-state', region: 'eu-west-1' } };
      }),
    );
    for (const [id, tf] of Object.entries(out)) expect(tf.terraform.backend).toEqual({ s3: { bucket: 'tf-state', region: 'eu-west-1', key: `sites/pve-lab/${id}.tfstate`, encrypt: true } });
  });

  it('can be an S3-compatible store with its own endpoint and key prefix', () => {
    const out = synth(
      siteOf('site.yaml', (doc) => {
        doc.terraform = { backend: { kind: 's3', bucket: 'tf', region: 'us-east-1', endpoint: 'https://minio.lan:9000', keyPrefix: 'homelab' } };
      }),
    );
    expect(Object.keys(out)).toEqual(['network', 'nodes', 'config', 'edge']);
    for (const [id, tf] of Object.entries(out)) {
      expect(tf.terraform.backend).toEqual({
        s3: {
          bucket: 'tf',
          region: 'us-east-1',
          key: `homelab/microcloud/${id}.tfstate`,
          endpoints: { s3: 'https://minio.lan:9000' },
          use_path_style: true,
          skip_credentials_validation: true,
          skip_region_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
          encrypt: true,
        },
      });
    }
  });

  it('leave server-side encryption off only when the site says so', () => {
    const out = synth(siteOf('site.yaml', (doc) => void (doc.terraform = { backend: { kind: 's3', bucket: 'tf', region: 'us-east-1', endpoint: 'https://minio.lan:9000', encrypt: false } })));
    expect(out.nodes.terraform.backend.s3.encrypt).toBeUndefined();
    expect(out.nodes.terraform.backend.s3.key).toBe('sites/microcloud/nodes.tfstate');
  });
});

describe('bootstrap text in Terraform strings', () => {
  const live = liveForms(['${random_password.k3s_token_x.result}', '${var.wg_key}']);

  it('escapes template syntax except the secret references', () => {
    expect(escapeTemplate('echo ${HOME} %{if x}', live)).toBe('echo $${HOME} %%{if x}');
    expect(escapeTemplate('token=${random_password.k3s_token_x.result}', live)).toBe('token=${random_password.k3s_token_x.result}');
    expect(escapeTemplate('data:,k%3D${urlencode(random_password.k3s_token_x.result)}', live)).toBe('data:,k%3D${urlencode(random_password.k3s_token_x.result)}');
    expect(escapeTemplate('already $${x} and %%{y}', live)).toBe('already $${x} and %%{y}');
    expect(escapeTemplate('${random_password.other.result}', live)).toBe('$${random_password.other.result}');
  });

  it('leaves no template syntax but secret references in the synthesized first-boot configs', () => {
    const { nodes } = synth(siteOf('site.yaml'));
    const texts = [
      ...Object.values(resources(nodes, 'libvirt_ignition')).map((r) => r.content),
      ...Object.values(resources(nodes, 'libvirt_cloudinit_disk')).flatMap((r) => [r.user_data, r.meta_data, r.network_config]),
    ];
    expect(texts.length).toBe(7 + 5 * 3);
    for (const t of texts) {
      const rest = t.replace(/\$\{(?:urlencode\(|base64encode\()?(?:random_password\.[a-z0-9_]+\.result|var\.[a-z0-9_]+)\)?\}/g, '').replace(/\$\$\{|%%\{/g, '');
      expect(rest).not.toMatch(/[$%]\{/);
    }
  });
});
