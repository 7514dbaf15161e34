/**
 * GPU passthrough in the nodes stack and the first-boot files: Proxmox `hostpci` by resource
 * mapping, libvirt `hostdevs` by PCI address (both validated against the pinned provider schemas),
 * the GPU node's k3s label and udev rule; nothing of it on nodes without a GPU.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthInfra } from '../../infra/app';
import { pciAddress } from '../../infra/backends/libvirt';
import { planBootstrap } from '../../infra/bootstrap';
import { GPU_UDEV_RULE } from '../../infra/bootstrap/gpu';
import { k3sConfig } from '../../infra/bootstrap/k3s';
import { loadSite, type Site } from '../../site';
import { formatViolation, schemaLookup, validateTerraformJson } from '../support/validators/terraform-schema';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

const libvirtGpu = siteOf('site.yaml', (doc) => Object.assign(doc.nodes.find((n: Json) => n.name === 'worker2'), { image: 'debian', gpu: { vendor: 'intel', pci: '0000:0a:1f.7' } }));
const proxmoxGpu = siteOf('examples/multi-cluster.yaml');
const nodesStack = (site: Site): Json => JSON.parse(JSON.stringify(synthInfra(site).get('nodes')));
const lookup = schemaLookup();

function schemaProblems(tf: Json): string[] {
  const result = validateTerraformJson(tf, lookup);
  expect(result.checked.length).toBeGreaterThan(0);
  return [...result.violations.map(formatViolation), ...result.unchecked.map((u) => `${u.address}: ${u.reason}`)];
}

describe('Proxmox: hostpci by resource mapping', () => {
  const tf = nodesStack(proxmoxGpu);
  const vms = tf.resource.proxmox_virtual_environment_vm;

  it('the GPU node gets hostpci0 with its mapping, and no other attribute (a PCI port on the i440fx machine)', () => {
    expect(vms['gordito-worker'].hostpci).toEqual([{ device: 'hostpci0', mapping: 'igpu' }]);
    expect(vms['gordito-worker'].machine).toBeUndefined();
  });

  it('the other VMs have no hostpci', () => {
    expect(Object.entries(vms).filter(([, vm]: [string, Json]) => vm.hostpci !== undefined).map(([k]) => k)).toEqual(['gordito-worker']);
  });

  it('validates against the pinned bpg/proxmox 0.111.1 schema', () => {
    expect(schemaProblems(tf)).toEqual([]);
  });

  it('the schema check sees hostpci: a misspelt attribute in it is a violation', () => {
    const bad = JSON.parse(JSON.stringify(tf));
    bad.resource.proxmox_virtual_environment_vm['gordito-worker'].hostpci[0].maping = 'igpu';
    expect(schemaProblems(bad).join('\n')).toMatch(/hostpci.*maping/);
  });
});

describe('libvirt: a managed PCI hostdev by address', () => {
  const tf = nodesStack(libvirtGpu);
  const domains = tf.resource.libvirt_domain;
  const key = Object.keys(domains).find((k) => domains[k].name.endsWith('worker2'))!;

  it('the GPU domain gets one hostdev with the address as numbers', () => {
    expect(domains[key].devices.hostdevs).toEqual([{ managed: true, subsys_pci: { source: { address: { bus: 10, domain: 0, function: 7, slot: 31 } } } }]);
  });

  it('the other domains have no hostdevs key at all', () => {
    expect(Object.keys(domains).filter((k) => 'hostdevs' in domains[k].devices)).toEqual([key]);
  });

  it('validates against the pinned dmacvicar/libvirt 0.9.7 schema', () => {
    expect(schemaProblems(tf)).toEqual([]);
  });

  it('the schema check sees hostdevs: a misspelt attribute in it is a violation', () => {
    const bad = JSON.parse(JSON.stringify(tf));
    bad.resource.libvirt_domain[key].devices.hostdevs[0].subsys_pci.source.address.slott = 31;
    expect(schemaProblems(bad).join('\n')).toMatch(/hostdevs.*slott/);
  });

  it('pciAddress reads domain:bus:slot.function as hex, and refuses anything else', () => {
    expect(pciAddress('0001:ff:1f.7')).toEqual({ domain: 1, bus: 255, slot: 31, function: 7 });
    expect(() => pciAddress('00:02.0')).toThrow('"00:02.0" is not a PCI address domain:bus:slot.function');
  });
});

describe('first boot of a GPU node', () => {
  const secrets = { k3sToken: 'T', k3sAgentToken: 'A' };
  const worker = proxmoxGpu.node('gordito-worker');
  const server = proxmoxGpu.node('gordito-cp');

  it('k3s labels the node sitekit.dev/gpu=intel, after the Longhorn label', () => {
    // The example runs on two hosts: each node also carries its host as its zone.
    expect(parse(k3sConfig(proxmoxGpu, worker, secrets))['node-label']).toEqual(['node.longhorn.io/create-default-disk=true', 'sitekit.dev/gpu=intel', 'topology.kubernetes.io/zone=elitedesk']);
    expect(parse(k3sConfig(proxmoxGpu, server, secrets))['node-label']).toEqual(['topology.kubernetes.io/zone=neo50q']);
  });

  it('a udev rule gives the render devices to the video group, applied once by udevadm trigger', () => {
    const plan = planBootstrap(proxmoxGpu, worker, secrets);
    expect(plan.files.find((f) => f.path === GPU_UDEV_RULE)?.content.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      'SUBSYSTEM=="drm", KERNEL=="renderD*", GROUP="video", MODE="0660"',
    ]);
    expect(plan.commands).toContainEqual(['udevadm', 'trigger', '--subsystem-match=drm', '--action=change']);
  });

  it('nodes without a GPU get neither', () => {
    const plan = planBootstrap(proxmoxGpu, server, secrets);
    expect(plan.files.map((f) => f.path)).not.toContain(GPU_UDEV_RULE);
    expect(plan.commands.filter((c) => c[0] === 'udevadm' && c.includes('--subsystem-match=drm'))).toEqual([]);
  });
});
