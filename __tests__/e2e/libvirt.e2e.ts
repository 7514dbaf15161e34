/**
 * The libvirt objects of the default site, as the dmacvicar/libvirt 0.9.7 provider would define
 * them, defined on a real libvirtd (qemu driver): libvirt accepts them (schema-validated), and
 * what it assigns is what the guests' first-boot configuration relies on.
 */
import { parse } from 'yaml';
import { macOf } from '../../infra/backends/common';
import { diskSerial } from '../../infra/bootstrap/disks';
import { requireHost, Run } from './support/host';
import { defineSite, kvmUsable, Libvirtd, type DefinedDomain } from './support/libvirt';
import { cloudConfig, libvirtSeeds, resources, siteFile, synthesize, TestValues, type Json } from './support/site';

const site = siteFile('site.yaml');
const stacks = synthesize(site);
const values = new TestValues(stacks);
const seeds = libvirtSeeds(site, stacks, values);

let run: Run;
let lv: Libvirtd;
let domains: Map<string, DefinedDomain>;

beforeAll(async () => {
  requireHost(['libvirtd', 'virsh', 'unshare', 'setpriv', 'qemu-system-x86_64']);
  run = new Run('libvirt');
  lv = await Libvirtd.start(run);
  domains = await defineSite(lv, resources(stacks), (v, w) => values.deep(v, w));
}, 10 * 60_000);

afterAll(() => run?.close());

describe('libvirt defines every object of the default site', () => {
  it('the storage pool and the networks', async () => {
    const names = (out: string) => out.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    expect(names(await lv.virsh('pool-list', '--all', '--name'))).toEqual(['microcloud']);
    expect(names(await lv.virsh('net-list', '--all', '--name'))).toEqual(['microcloud-lan', 'microcloud-nat']);
    const nat = await lv.virsh('net-dumpxml', 'microcloud-nat');
    for (const gw of ['10.17.3.1', '10.17.4.1', '10.17.5.1']) expect(nat).toContain(`<ip address='${gw}' prefix='24'>`);
    expect(nat).toContain("<forward dev='br0' mode='nat'>");
  });

  it('one domain per VM of the site (external nodes have none)', () => {
    expect([...domains.keys()].sort()).toEqual(site.vms.map((n) => n.name).sort());
    // Without KVM here, only the domain type was changed to define them (see defineSite).
    for (const d of domains.values()) expect([d.name, d.typeReplaced]).toEqual([d.name, !kvmUsable()]);
  });
});

describe('what libvirt assigned, that the guests rely on', () => {
  it('the default machine: i440fx (PIIX), no video or graphics device: the console is the serial port', () => {
    for (const d of domains.values()) {
      expect([d.node, d.assigned.machine]).toEqual([d.node, expect.stringMatching(/^pc-i440fx-\d+\.\d+$/)]);
      expect([d.node, d.assigned.video, d.assigned.graphics]).toEqual([d.node, 0, 0]);
    }
  });

  it('one virtio NIC with the MAC the site derives, in PCI slot 2, so the kernel names it ens2, never the ens3 the configs once assumed', () => {
    for (const d of domains.values()) {
      const node = site.node(d.node);
      expect([d.node, d.assigned.nics]).toEqual([d.node, [{ mac: macOf(node), model: 'virtio', network: node.network === 'lan' ? 'microcloud-lan' : 'microcloud-nat', pci: { slot: 2, fn: 0 } }]]);
    }
  });

  it("the cloud-init nodes' network-config matches that MAC and names the NIC eth0, which keepalived uses", () => {
    for (const [node, seed] of seeds) {
      const d = domains.get(node);
      if (!d) continue;
      const eth = parse(seed.networkConfig!).ethernets;
      expect([node, Object.keys(eth), eth.eth0.match, eth.eth0['set-name']]).toEqual([node, ['eth0'], { macaddress: d.assigned.nics[0].mac }, 'eth0']);
      const keepalived = cloudConfig(seed).write_files.find((f: Json) => f.path === '/etc/keepalived/keepalived.conf')?.content;
      if (keepalived) expect([node, [...new Set([...keepalived.matchAll(/^\s*(?:interface (\S+)|\S+ dev (\S+))$/gm)].map((m) => m[1] ?? m[2]))]]).toEqual([node, ['eth0']]);
    }
  });

  it('virtio disks in site order on consecutive slots after the NIC (vda the OS disk, then vdb, vdc: the names the disk units use)', () => {
    for (const d of domains.values()) {
      const node = site.node(d.node);
      const virtio = d.assigned.disks.filter((x) => x.bus === 'virtio');
      expect([d.node, virtio.map((x) => x.dev)]).toEqual([d.node, node.disks.map((_, i) => `vd${String.fromCharCode(97 + i)}`)]);
      expect([d.node, virtio.map((x) => x.pci?.slot)]).toEqual([d.node, node.disks.map((_, i) => 3 + i)]);
    }
  });

  it('each data disk keeps its serial, so the guest finds it at /dev/disk/by-id/virtio-<serial> whatever its slot (the OS disk has none)', () => {
    for (const d of domains.values()) {
      const node = site.node(d.node);
      const virtio = d.assigned.disks.filter((x) => x.bus === 'virtio');
      expect([d.node, virtio.map((x) => x.serial)]).toEqual([d.node, node.disks.map((disk) => (disk.purpose === 'os' ? undefined : diskSerial(disk)))]);
    }
  });

  it('the cloud-init seed on the IDE CD-ROM (hdc: bus 1, unit 0), no SATA/SCSI controller taking a slot; Flatcar nodes get their Ignition through fw_cfg instead', () => {
    for (const d of domains.values()) {
      const cd = d.assigned.disks.filter((x) => x.device === 'cdrom');
      if (seeds.has(d.node)) expect([d.node, cd]).toEqual([d.node, [{ dev: 'hdc', bus: 'ide', device: 'cdrom', pci: undefined, drive: { controller: 0, bus: 1, unit: 0 } }]]);
      else {
        expect([d.node, cd]).toEqual([d.node, []]);
        expect(d.xml).toContain('<sysinfo type="fwcfg">');
        expect(d.xml).toMatch(/<entry name="opt\/org\.flatcar-linux\/config" file="\/var\/lib\/libvirt\/images\/microcloud\/microcloud-[a-z0-9-]+\.ign"\/>/);
      }
      expect([d.node, d.assigned.controllers.map((c) => c.type).sort()]).toEqual([d.node, seeds.has(d.node) ? ['ide', 'pci', 'usb'] : ['pci', 'usb']]);
    }
  });

  it('the memory balloon takes the slot after the disks (the devices the e2e VMs are given, at the same addresses)', () => {
    for (const d of domains.values()) expect([d.node, d.assigned.balloon]).toEqual([d.node, { slot: 3 + site.node(d.node).disks.length, fn: 0 }]);
  });
});

describe('the converter cannot drop what it does not know', () => {
  it('an attribute it does not map fails the test', async () => {
    const dom = resources(stacks, 'libvirt_domain')[0];
    const body: Json = { ...values.deep(dom.body, 'x'), video: [{ model: { type: 'vga' } }] };
    const { domainXml } = await import('./support/libvirt-xml');
    expect(() => domainXml(body, 'libvirt_domain.x')).toThrow('libvirt_domain.x.video: an attribute the test\'s libvirt XML converter does not map');
  });

  it('libvirt refuses a broken domain, and the test says which', async () => {
    const dom = resources(stacks, 'libvirt_domain')[0];
    const body: Json = values.deep(dom.body, 'x');
    body.name = 'sitekit-e2e-broken';
    body.type = 'qemu';
    body.devices.disks[0].target.bus = 'virtio-typo';
    const { domainXml } = await import('./support/libvirt-xml');
    await expect(lv.defineDomain(body.name, domainXml(body))).rejects.toThrow(/domain-sitekit-e2e-broken\.xml[\s\S]*failed to validate against schema/);
  });
});
