/**
 * What the infra app builds from site.yaml on libvirt (network and nodes stacks), and the bootstrap
 * text it writes into Terraform strings.
 */
import { parse } from 'yaml';
import { macOf } from '../../../infra/backends/common';
import { escapeTemplate, liveForms } from '../../../infra/stacks/bootstrap';
import { Site } from '../../../site';
import { at, GiB, type Json, ref, resources, siteOf, strip, synth, unvalidatedSiteOf } from '../../support/stacks';

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
        backing_store: { path: `${hv.pool!.path}/microcloud-base-${node.image}.qcow2`, format: { type: 'qcow2' } },
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

describe('libvirt backend with two hosts (site.yaml, its host listed first, infra-cluster on a second host)', () => {
  const one = siteOf('site.yaml');
  const hosts = (doc: Json, pinned: boolean) => {
    const { host, pool, bridge } = doc.hypervisor;
    doc.hypervisor = {
      kind: 'libvirt',
      hosts: [
        { name: 'h1', host, pool, bridge },
        { name: 'h2', host: '192.168.0.41', uri: 'qemu+ssh://root@192.168.0.41/system', pool: { name: 'mc2', path: '/srv/mc2/' }, bridge: 'br1' },
      ],
    };
    if (pinned) doc.nodes.find((n: Json) => n.name === 'infra-cluster').host = 'h2';
  };
  const listed = synth(siteOf('site.yaml', (doc) => {
    hosts(doc, false);
    doc.hypervisor.hosts.pop();
  }));
  const two = synth(siteOf('site.yaml', (doc) => hosts(doc, true)));
  const before = synth(one);

  it('a one-host site written as a list of one host synthesizes the same Terraform', () => {
    expect(Object.keys(listed)).toEqual(Object.keys(before));
    for (const stack of Object.keys(before)) expect(listed[stack]).toEqual(before[stack]);
  });

  it('configures the first host\'s provider as before and one aliased provider per other host', () => {
    for (const stack of ['network', 'nodes']) {
      expect(two[stack].provider.libvirt).toEqual([{ uri: 'qemu+ssh://root@192.168.0.40/system' }, { alias: 'h2', uri: 'qemu+ssh://root@192.168.0.41/system' }]);
    }
  });

  it('gives the second host its pool, the base images and the bridge networks of its VMs, on its provider', () => {
    const pools = resources(two.network, 'libvirt_pool');
    expect(pools['pool-on-h2']).toEqual({ provider: 'libvirt.h2', name: 'mc2', type: 'dir', target: { path: '/srv/mc2' }, lifecycle: { prevent_destroy: true } });
    expect(pools.pool).toEqual(resources(before.network, 'libvirt_pool').pool);
    const volumes = resources(two.network, 'libvirt_volume');
    expect(Object.keys(volumes).sort()).toEqual(['image-debian', 'image-debian-on-h2', 'image-flatcar']);
    expect(volumes['image-debian-on-h2']).toMatchObject({ provider: 'libvirt.h2', name: 'microcloud-base-debian.qcow2', pool: '${libvirt_pool.pool-on-h2.name}' });
    const networks = resources(two.network, 'libvirt_network');
    expect(networks['network-lan-on-h2']).toEqual({ ...networks['network-lan'], provider: 'libvirt.h2', bridge: { name: 'br1' } });
    expect(Object.keys(networks).filter((k) => k.endsWith('-on-h2'))).toEqual(['network-lan-on-h2']);
  });

  it('puts every resource of a VM on the second host on its provider and pool; the other VMs are unchanged', () => {
    const mine = Object.entries(two.nodes.resource as Record<string, Record<string, Json>>).flatMap(([type, rs]) =>
      Object.values(rs).filter((r) => r['//'].metadata.path.startsWith('nodes/infra-cluster/')).map((r) => [type, strip(r)] as const),
    );
    expect(mine.map(([type]) => type).sort()).toEqual(['libvirt_cloudinit_disk', 'libvirt_domain', 'libvirt_volume', 'libvirt_volume']);
    for (const [, r] of mine) expect(r.provider).toBe('libvirt.h2');
    expect(at(two.nodes, 'libvirt_volume', 'infra-cluster/disk-os')).toMatchObject({ pool: 'mc2', backing_store: { path: '/srv/mc2/microcloud-base-debian.qcow2' } });
    const domain = at(two.nodes, 'libvirt_domain', 'infra-cluster/domain');
    expect(domain.devices.disks.map((d: Json) => d.source.volume.pool)).toEqual(['mc2', 'mc2']);
    for (const node of one.vms.filter((n) => n.name !== 'infra-cluster')) {
      expect(at(two.nodes, 'libvirt_domain', `${node.name}/domain`)).toEqual(at(before.nodes, 'libvirt_domain', `${node.name}/domain`));
    }
  });
});
