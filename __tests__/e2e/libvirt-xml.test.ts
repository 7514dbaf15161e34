/**
 * The boot tests' converter from the generated libvirt resources to the XML provider 0.9.7
 * defines (no libvirtd needed: `npm test` runs this; `npm run e2e` defines the XML for real).
 */
import { assigned, domainXml, networkXml, parseXml, poolXml } from './support/libvirt-xml';
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { loadSite } from '../../site';
import { resources, siteFile, synthesize, TestValues } from './support/site';

const ROOT = path.join(__dirname, '..', '..');

const site = siteFile('site.yaml');
const stacks = synthesize(site);
const values = new TestValues(stacks);
const byPath = (type: string, p: string) => {
  const r = resources(stacks, type).find((x) => x.path.endsWith(p));
  if (!r) throw new Error(`no ${type} at ${p}`);
  return values.deep(r.body, `${type}.${r.name}`);
};

describe('libvirt XML of the generated resources', () => {
  it('a cloud-init domain: volumes as disk sources, the seed on the IDE CD-ROM, the NIC on its network with the MAC', () => {
    expect(domainXml(byPath('libvirt_domain', 'loadbalancer1/domain'))).toBe(
      [
        '<domain type="kvm">',
        '  <name>microcloud-loadbalancer1</name>',
        '  <description>loadbalancer node loadbalancer1.socialdevs.site; managed by sitekit</description>',
        '  <memory unit="MiB">2048</memory>',
        '  <vcpu>2</vcpu>',
        '  <os>',
        '    <type arch="x86_64">hvm</type>',
        '  </os>',
        '  <features>',
        '    <acpi/>',
        '  </features>',
        '  <cpu mode="host-passthrough"/>',
        '  <devices>',
        '    <disk type="volume">',
        '      <driver name="qemu" type="qcow2" discard="unmap"/>',
        '      <source pool="microcloud" volume="microcloud-loadbalancer1-os.qcow2"/>',
        '      <target dev="vda" bus="virtio"/>',
        '      <boot order="1"/>',
        '    </disk>',
        '    <disk type="volume" device="cdrom">',
        '      <source pool="microcloud" volume="microcloud-loadbalancer1-cloudinit.iso"/>',
        '      <target dev="hdc" bus="ide"/>',
        '      <readonly/>',
        '    </disk>',
        '    <interface type="network">',
        '      <mac address="52:54:00:11:03:0b"/>',
        '      <source network="microcloud-nat"/>',
        '      <model type="virtio"/>',
        '    </interface>',
        '  </devices>',
        '</domain>',
      ].join('\n'),
    );
  });

  it("a Flatcar domain: its Ignition file as a fw_cfg entry (the volume's path in the pool)", () => {
    expect(domainXml(byPath('libvirt_domain', 'master1/domain'))).toContain(
      '  <sysinfo type="fwcfg">\n    <entry name="opt/org.flatcar-linux/config" file="/var/lib/libvirt/images/microcloud/microcloud-master1.ign"/>\n  </sysinfo>',
    );
  });

  it('a GPU node: a managed PCI hostdev after the NIC, its address in hex', () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8'));
    Object.assign(doc.nodes.find((n: { name: string }) => n.name === 'worker1'), { image: 'debian', gpu: { vendor: 'intel', pci: '0000:0a:1f.7' } });
    const gpuStacks = synthesize(loadSite(stringify(doc), 'site.yaml').site);
    const r = resources(gpuStacks, 'libvirt_domain').find((x) => x.path.endsWith('worker1/domain'))!;
    expect(domainXml(new TestValues(gpuStacks).deep(r.body, `libvirt_domain.${r.name}`))).toContain(
      [
        '    </interface>',
        '    <hostdev mode="subsystem" type="pci" managed="yes">',
        '      <source>',
        '        <address domain="0x0000" bus="0x0a" slot="0x1f" function="0x7"/>',
        '      </source>',
        '    </hostdev>',
        '  </devices>',
      ].join('\n'),
    );
  });

  it('the networks and the pool', () => {
    expect(networkXml(byPath('libvirt_network', 'network-nat'))).toBe(
      [
        '<network>',
        '  <name>microcloud-nat</name>',
        '  <forward mode="nat" dev="br0"/>',
        '  <bridge name="vbr-microcloud" stp="on" delay="0"/>',
        '  <domain name="socialdevs.site"/>',
        '  <ip address="10.17.3.1" prefix="24"/>',
        '  <ip address="10.17.4.1" prefix="24"/>',
        '  <ip address="10.17.5.1" prefix="24"/>',
        '</network>',
      ].join('\n'),
    );
    expect(networkXml(byPath('libvirt_network', 'network-lan'))).toBe('<network>\n  <name>microcloud-lan</name>\n  <forward mode="bridge"/>\n  <bridge name="br0"/>\n</network>');
    expect(poolXml(byPath('libvirt_pool', 'pool'))).toBe('<pool type="dir">\n  <name>microcloud</name>\n  <target>\n    <path>/var/lib/libvirt/images/microcloud</path>\n  </target>\n</pool>');
  });

  it('an attribute the converter does not map fails, naming it', () => {
    const d = byPath('libvirt_domain', 'loadbalancer1/domain');
    expect(() => domainXml({ ...d, devices: { ...d.devices, graphics: [{ type: 'vnc' }] } }, 'libvirt_domain.lb1')).toThrow(
      "libvirt_domain.lb1.devices.graphics: an attribute the test's libvirt XML converter does not map",
    );
    expect(() => networkXml({ ...byPath('libvirt_network', 'network-lan'), mtu: { size: 9000 } }, 'libvirt_network.lan')).toThrow('libvirt_network.lan.mtu: an attribute');
  });

  it('reads what libvirt assigned from its XML', () => {
    const a = assigned(
      "<domain type='qemu'><os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os><devices>" +
        "<disk type='volume' device='disk'><target dev='vda' bus='virtio'/><address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/></disk>" +
        "<disk type='volume' device='cdrom'><target dev='hdc' bus='ide'/><address type='drive' controller='0' bus='1' target='0' unit='0'/></disk>" +
        "<controller type='usb' index='0' model='piix3-uhci'><address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x2'/></controller>" +
        "<interface type='network'><mac address='52:54:00:a8:00:1e'/><source network='n'/><model type='virtio'/><address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/></interface>" +
        "<memballoon model='virtio'><address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/></memballoon></devices></domain>",
    );
    expect(a).toEqual({
      type: 'qemu',
      machine: 'pc-i440fx-7.2',
      nics: [{ mac: '52:54:00:a8:00:1e', model: 'virtio', network: 'n', pci: { slot: 2, fn: 0 } }],
      disks: [
        { dev: 'vda', bus: 'virtio', device: 'disk', pci: { slot: 3, fn: 0 }, drive: undefined },
        { dev: 'hdc', bus: 'ide', device: 'cdrom', pci: undefined, drive: { controller: 0, bus: 1, unit: 0 } },
      ],
      controllers: [{ type: 'usb', model: 'piix3-uhci', pci: { slot: 1, fn: 2 } }],
      balloon: { slot: 4, fn: 0 },
      video: 0,
      graphics: 0,
    });
    expect(() => parseXml('<a><b></a>')).toThrow('malformed XML: </a> closes <b>');
  });
});
