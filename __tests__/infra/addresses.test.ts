/**
 * The Terraform addresses of the default site, written out literally. An address is the identity
 * of a resource in the state: a refactor that renames a VM, a disk, a network or a secret (or the
 * construct path cdktf hashes into the name) makes Terraform destroy and recreate it. If this test
 * fails, either undo the rename, or keep it on purpose and plan the state moves
 * (`terraform state mv` or `moved` blocks) before updating the list.
 */
import * as path from 'path';
import { synthInfra } from '../../infra/app';
import { loadSiteFile } from '../../site';

/** Resources, data sources, variables and outputs of every stack of site.yaml, sorted. */
const EXPECTED: Record<string, string[]> = {
  network: [
    // One libvirt network for the three NAT networks (kube02-04): it replaced network-kube02,
    // network-kube03 and network-kube04 (libvirt NAT isolation; see LibvirtBackend.addNatNetwork).
    'libvirt_network.network-lan',
    'libvirt_network.network-nat',
    'libvirt_pool.pool',
    'libvirt_volume.image-debian',
    'libvirt_volume.image-flatcar',
  ],
  nodes: [
    'libvirt_cloudinit_disk.infra-cluster_cloudinit_358E3124',
    'libvirt_cloudinit_disk.loadbalancer1_cloudinit_4FF38CD0',
    'libvirt_cloudinit_disk.loadbalancer2_cloudinit_EA29C43C',
    'libvirt_cloudinit_disk.loadbalancer3_cloudinit_159028FE',
    'libvirt_cloudinit_disk.postgresql1_cloudinit_497C9E4A',
    'libvirt_domain.infra-cluster_domain_43AD3E20',
    'libvirt_domain.loadbalancer1_domain_4FC4FD6F',
    'libvirt_domain.loadbalancer2_domain_6C77A08A',
    'libvirt_domain.loadbalancer3_domain_3B9AA6C5',
    'libvirt_domain.master1_domain_45C460AF',
    'libvirt_domain.master2_domain_0EF72F0B',
    'libvirt_domain.master3_domain_265CFB25',
    'libvirt_domain.postgresql1_domain_6148E3F6',
    'libvirt_domain.storage1_domain_96216A06',
    'libvirt_domain.worker1_domain_61890024',
    'libvirt_domain.worker2_domain_54CCA37D',
    'libvirt_domain.worker3_domain_3C2DEC73',
    'libvirt_ignition.master1_ignition_EBBEE032',
    'libvirt_ignition.master2_ignition_477285F4',
    'libvirt_ignition.master3_ignition_C1E4C2EF',
    'libvirt_ignition.storage1_ignition_C08FC8C4',
    'libvirt_ignition.worker1_ignition_038FE9DC',
    'libvirt_ignition.worker2_ignition_103B771D',
    'libvirt_ignition.worker3_ignition_B2205EF5',
    'libvirt_volume.infra-cluster_bootstrap_C5606C79',
    'libvirt_volume.infra-cluster_disk-os_D014FAA3',
    'libvirt_volume.loadbalancer1_bootstrap_97869D86',
    'libvirt_volume.loadbalancer1_disk-os_715109CE',
    'libvirt_volume.loadbalancer2_bootstrap_7AC2791E',
    'libvirt_volume.loadbalancer2_disk-os_D9CF0F0F',
    'libvirt_volume.loadbalancer3_bootstrap_03AA4FBE',
    'libvirt_volume.loadbalancer3_disk-os_0F2E7F73',
    'libvirt_volume.master1_bootstrap_FF88E4D9',
    'libvirt_volume.master1_disk-os_6F84E055',
    'libvirt_volume.master2_bootstrap_BCDA1B65',
    'libvirt_volume.master2_disk-os_E735AA58',
    'libvirt_volume.master3_bootstrap_AD09167E',
    'libvirt_volume.master3_disk-os_BEACA16F',
    'libvirt_volume.postgresql1_bootstrap_EC38747E',
    'libvirt_volume.postgresql1_disk-os_8628B9DE',
    'libvirt_volume.postgresql1_disk-pgdata_B9426C96',
    'libvirt_volume.storage1_bootstrap_BEBC17BC',
    'libvirt_volume.storage1_disk-longhorn_5F5ACB07',
    'libvirt_volume.storage1_disk-nfs_7B493075',
    'libvirt_volume.storage1_disk-os_5FE5ECCC',
    'libvirt_volume.worker1_bootstrap_02DE77D2',
    'libvirt_volume.worker1_disk-longhorn_DFFD2BF4',
    'libvirt_volume.worker1_disk-os_8C347BF7',
    'libvirt_volume.worker2_bootstrap_3A8777C1',
    'libvirt_volume.worker2_disk-longhorn_F57E5851',
    'libvirt_volume.worker2_disk-os_26C802A6',
    'libvirt_volume.worker3_bootstrap_FC3E3A22',
    'libvirt_volume.worker3_disk-longhorn_B8309BC8',
    'libvirt_volume.worker3_disk-os_2988EF53',
    'output.bootstrap_wg_gateway',
    'output.postgresql_password_socialdevs',
    'random_password.k3s_agent_token_microcloud',
    'random_password.k3s_token_microcloud',
    'random_password.postgresql_password',
    'random_password.vrrp_password',
    'var.wireguard_private_key_loadbalancer1',
    'var.wireguard_private_key_wg_gateway',
    'var.wireguard_public_key_loadbalancer1',
    'var.wireguard_public_key_wg_gateway',
  ],
  edge: [
    'cloudflare_dns_record.record-api-socialdevs-site',
    'cloudflare_dns_record.record-grafana-socialdevs-site',
    'cloudflare_dns_record.record-socialdevs-site',
    'cloudflare_ruleset.waf',
    'cloudflare_zone_dnssec.dnssec',
    'cloudflare_zone_setting.setting-always-use-https',
    'cloudflare_zone_setting.setting-min-tls-version',
    'cloudflare_zone_setting.setting-ssl',
    'data.cloudflare_zone.zone',
    'output.dnssec_ds',
    'var.cloudflare_api_token',
  ],
};

function addresses(tf: Record<string, Record<string, Record<string, unknown>>>): string[] {
  const out: string[] = [];
  for (const [type, byName] of Object.entries(tf.resource ?? {})) for (const name of Object.keys(byName)) out.push(`${type}.${name}`);
  for (const [type, byName] of Object.entries(tf.data ?? {})) for (const name of Object.keys(byName)) out.push(`data.${type}.${name}`);
  for (const name of Object.keys(tf.variable ?? {})) out.push(`var.${name}`);
  for (const name of Object.keys(tf.output ?? {})) out.push(`output.${name}`);
  return out.sort();
}

describe('Terraform addresses of the default site', () => {
  const stacks = synthInfra(loadSiteFile(path.join(__dirname, '..', '..', 'site.yaml')).site);

  it('has exactly the stacks network, nodes, config and edge', () => {
    expect([...stacks.keys()]).toEqual(['network', 'nodes', 'config', 'edge']);
  });

  it.each(Object.keys(EXPECTED))('stack %s keeps every address', (id) => {
    expect(addresses(stacks.get(id) as never)).toEqual(EXPECTED[id]);
  });

  it('counts', () => {
    const count = (id: string) => addresses(stacks.get(id) as never).filter((a) => !a.startsWith('var.') && !a.startsWith('output.')).length;
    expect({ network: count('network'), nodes: count('nodes'), config: count('config'), edge: count('edge') }).toEqual({ network: 5, nodes: 58, config: 42, edge: 9 });
  });
});

/**
 * The backends' one naming function (`machineResources`) against what `addMachine` built: the
 * moved blocks of a declared node rename are only right if both name the same resources.
 */
describe('machineResources names every resource addMachine creates, and nothing else', () => {
  const { backendFor } = jest.requireActual('../../infra/backends') as typeof import('../../infra/backends');
  const { logicalIdOf } = jest.requireActual('../../infra/tf') as typeof import('../../infra/tf');
  const MACHINE_TYPES = /^(libvirt_(volume|domain|ignition|cloudinit_disk)|proxmox_virtual_environment_(vm|file))$/;

  it.each(['site.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml', '__tests__/fixtures/valid/proxmox.yaml', '__tests__/fixtures/valid/minimal-libvirt.yaml'])('%s', (file) => {
    const site = loadSiteFile(path.join(__dirname, '..', '..', file)).site;
    const backend = backendFor(site);
    const nodes = synthInfra(site).get('nodes') as { resource: Record<string, Record<string, unknown>> };
    const built = Object.entries(nodes.resource).flatMap(([type, byName]) => (MACHINE_TYPES.test(type) ? Object.keys(byName).map((n) => `${type}.${n}`) : []));
    const named = site.vms.flatMap((n) => backend.machineResources(n, n.flatcar ? 'ignition' : 'cloud-init').map((r) => `${r.type}.${logicalIdOf(r.path)}`));
    expect(built.length).toBeGreaterThan(0);
    expect(named.sort()).toEqual(built.sort());
  });
});

describe('a declared node rename', () => {
  const { parse, stringify } = jest.requireActual('yaml') as typeof import('yaml');
  const fs = jest.requireActual('fs') as typeof import('fs');
  const { loadSite } = jest.requireActual('../../site') as typeof import('../../site');
  /** The site of `file` with node `old` renamed to `to`, declared in changes.renames when `declare`. */
  const renamed = (file: string, old: string, to: string, declare: boolean) => {
    const doc = parse(fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8'));
    for (const n of doc.nodes) if (n.name === old) n.name = to;
    for (const c of doc.clusters) c.nodes = c.nodes.map((n: string) => (n === old ? to : n));
    if (declare) doc.changes = { renames: [{ node: old, to }] };
    return loadSite(stringify(doc), file).site;
  };
  type Tf = { moved?: { from: string; to: string }[]; resource: Record<string, Record<string, { name?: string }>> };

  it('libvirt: moves each resource from its pinned address under the old name; the domain and volumes keep their libvirt names', () => {
    const tf = synthInfra(renamed('site.yaml', 'worker3', 'worker9', true)).get('nodes') as Tf;
    expect(tf.moved).toEqual([
      { from: 'libvirt_volume.worker3_disk-os_2988EF53', to: 'libvirt_volume.worker9_disk-os_686CF4C0' },
      { from: 'libvirt_volume.worker3_disk-longhorn_B8309BC8', to: 'libvirt_volume.worker9_disk-longhorn_80CFA1E3' },
      { from: 'libvirt_ignition.worker3_ignition_B2205EF5', to: 'libvirt_ignition.worker9_ignition_77116CD3' },
      { from: 'libvirt_volume.worker3_bootstrap_FC3E3A22', to: 'libvirt_volume.worker9_bootstrap_C706535A' },
      { from: 'libvirt_domain.worker3_domain_3C2DEC73', to: 'libvirt_domain.worker9_domain_242509D9' },
    ]);
    for (const m of tf.moved!) expect(EXPECTED.nodes).toContain(m.from);
    // libvirt cannot rename a volume and a new domain name replaces the domain: the libvirt names stay.
    expect(tf.resource.libvirt_volume['worker9_disk-longhorn_80CFA1E3'].name).toBe('microcloud-worker3-longhorn.qcow2');
    expect(tf.resource.libvirt_volume['worker9_disk-os_686CF4C0'].name).toBe('microcloud-worker3-os.qcow2');
    expect(tf.resource.libvirt_domain['worker9_domain_242509D9'].name).toBe('microcloud-worker3');
  });

  it('undeclared: no moved block, new addresses (the data-loss guard then refuses the synth)', () => {
    const tf = synthInfra(renamed('site.yaml', 'worker3', 'worker9', false)).get('nodes') as Tf;
    expect(tf.moved).toBeUndefined();
    expect(tf.resource.libvirt_volume['worker9_disk-longhorn_80CFA1E3'].name).toBe('microcloud-worker9-longhorn.qcow2');
  });

  it('the default site has no moved block at all', () => {
    for (const [, tf] of synthInfra(loadSiteFile(path.join(__dirname, '..', '..', 'site.yaml')).site)) expect((tf as Tf).moved).toBeUndefined();
  });

  it('Proxmox: the VM and its first-boot snippet move', () => {
    const base = loadSiteFile(path.join(__dirname, '..', '..', 'examples', 'proxmox-minimal.yaml')).site;
    const vm = base.vms[0];
    const tf = synthInfra(renamed('examples/proxmox-minimal.yaml', vm.name, `${vm.name}-new`, true)).get('nodes') as Tf;
    const snippet = vm.flatcar ? 'ignition' : 'user-data';
    expect(tf.moved).toEqual([
      { from: `proxmox_virtual_environment_file.${vm.name}-${snippet}`, to: `proxmox_virtual_environment_file.${vm.name}-new-${snippet}` },
      { from: `proxmox_virtual_environment_vm.${vm.name}`, to: `proxmox_virtual_environment_vm.${vm.name}-new` },
    ]);
  });
});
