/**
 * The data-loss guard (synth/gates/data-loss.ts) on the real renders of a libvirt and a Proxmox site:
 * node renames (declared or not), resized disks, dropped stateful components, seed 000's tools and
 * desktop given to running VMs and a node added to it. The rules on small
 * hand-written trees are in data-loss/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { loadSite, loadSiteFile, type Site } from '../../../site';
import { checkDataLoss } from '../../../synth/gates/data-loss';
import { renderSite } from '../../../synth/render';
import { ROOT, siteWith } from '../../support/helpers';

describe('real renders', () => {
  const rename = (old: string, to: string, declare: boolean) => (doc: { nodes: { name: string }[]; clusters: { nodes: string[] }[]; changes?: object }) => {
    for (const n of doc.nodes) if (n.name === old) n.name = to;
    for (const c of doc.clusters) c.nodes = c.nodes.map((n) => (n === old ? to : n));
    if (declare) doc.changes = { renames: [{ node: old, to }] };
  };
  const files = (s: Site) => renderSite(s).files;
  let defaults: Map<string, string>;
  beforeAll(() => {
    defaults = files(siteWith());
  });

  test('the default site against itself loses nothing', () => {
    expect(checkDataLoss(defaults, defaults, siteWith()).lost).toEqual([]);
  });

  test('dropping External Secrets loses its source namespace, whose Secrets are made by hand; declared, it goes', () => {
    const drop = (declare: boolean) =>
      siteWith((doc) => {
        delete doc.clusters[0].components.externalSecrets;
        if (declare) doc.changes = { removals: [{ object: 'clusters/microcloud/Namespace/_/site-secrets', reason: 'the secrets move to another store' }] };
      });
    const undeclared = drop(false);
    expect(checkDataLoss(defaults, files(undeclared), undeclared).lost.map((s) => `${s.object} (${s.what})`)).toEqual(['clusters/microcloud/Namespace/_/site-secrets (Namespace kept from pruning)']);
    const declared = drop(true);
    const r = checkDataLoss(defaults, files(declared), declared);
    expect(r.lost).toEqual([]);
    expect(r.removed.map((x) => x.object)).toEqual(['clusters/microcloud/Namespace/_/site-secrets']);
  });

  test('libvirt: an undeclared node rename loses its VM and disks; declared, they move', () => {
    const undeclared = siteWith(rename('worker3', 'worker9', false));
    expect(checkDataLoss(defaults, files(undeclared), undeclared).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'terraform/nodes/libvirt_domain.worker3_domain_3C2DEC73 (VM)',
      'terraform/nodes/libvirt_volume.worker3_disk-longhorn_B8309BC8 (disk)',
      'terraform/nodes/libvirt_volume.worker3_disk-os_2988EF53 (disk)',
    ]);
    const declared = siteWith(rename('worker3', 'worker9', true));
    const r = checkDataLoss(defaults, files(declared), declared);
    expect(r.lost).toEqual([]);
    expect(r.moved.map((m) => `${m.object} -> ${m.to}`)).toEqual([
      'terraform/nodes/libvirt_domain.worker3_domain_3C2DEC73 -> terraform/nodes/libvirt_domain.worker9_domain_242509D9',
      'terraform/nodes/libvirt_volume.worker3_disk-longhorn_B8309BC8 -> terraform/nodes/libvirt_volume.worker9_disk-longhorn_80CFA1E3',
      'terraform/nodes/libvirt_volume.worker3_disk-os_2988EF53 -> terraform/nodes/libvirt_volume.worker9_disk-os_686CF4C0',
    ]);
  });

  test('libvirt: dropping the rename once applied would rename (so replace) the domain and volumes: refused', () => {
    const declared = siteWith(rename('worker3', 'worker9', true));
    const undeclared = siteWith(rename('worker3', 'worker9', false));
    expect(checkDataLoss(files(declared), files(undeclared), undeclared).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'terraform/nodes/libvirt_domain.worker9_domain_242509D9 (VM, replaced: name "microcloud-worker3" -> "microcloud-worker9")',
      'terraform/nodes/libvirt_volume.worker9_disk-longhorn_80CFA1E3 (disk, replaced: name "microcloud-worker3-longhorn.qcow2" -> "microcloud-worker9-longhorn.qcow2")',
      'terraform/nodes/libvirt_volume.worker9_disk-os_686CF4C0 (disk, replaced: name "microcloud-worker3-os.qcow2" -> "microcloud-worker9-os.qcow2")',
    ]);
  });

  test('Proxmox: the same for a VM of a Proxmox site', () => {
    const file = path.join(ROOT, 'examples', 'proxmox-minimal.yaml');
    const base = loadSiteFile(file).site;
    const vm = base.vms[base.vms.length - 1].name;
    const edited = (declare: boolean) => {
      const doc = parse(fs.readFileSync(file, 'utf8'));
      rename(vm, `${vm}-new`, declare)(doc);
      return loadSite(stringify(doc), 'proxmox-minimal.yaml').site;
    };
    const before = files(base);
    const undeclared = edited(false);
    expect(checkDataLoss(before, files(undeclared), undeclared).lost.map((s) => s.object)).toEqual([`terraform/nodes/proxmox_virtual_environment_vm.${vm}`]);
    const declared = edited(true);
    const r = checkDataLoss(before, files(declared), declared);
    expect(r.lost).toEqual([]);
    expect(r.moved.map((m) => `${m.object} -> ${m.to}`)).toEqual([`terraform/nodes/proxmox_virtual_environment_vm.${vm} -> terraform/nodes/proxmox_virtual_environment_vm.${vm}-new`]);
  });

  test('libvirt: a grown data disk passes with the command that grows it; a shrunk one is refused', () => {
    const resize = (gib: number) => siteWith((doc) => void (doc.nodes.find((n: { name: string }) => n.name === 'worker1').disks.find((d: { purpose: string }) => d.purpose === 'longhorn').sizeGiB = gib));
    const grown = resize(200);
    const r = checkDataLoss(defaults, files(grown), grown);
    expect(r.lost).toEqual([]);
    expect(r.byHand).toEqual([
      'terraform/nodes/libvirt_volume.worker1_disk-longhorn_DFFD2BF4: grown from 100 GiB to 200 GiB; libvirt provider 0.9.7 cannot resize a volume and the nodes stack ignores its size, so resize it by hand: virsh -c qemu+ssh://root@192.168.0.40/system blockresize microcloud-worker1 /var/lib/libvirt/images/microcloud/microcloud-worker1-longhorn.qcow2 200G while the VM runs (virsh -c qemu+ssh://root@192.168.0.40/system vol-resize --pool microcloud microcloud-worker1-longhorn.qcow2 200G while it is off), then grow the filesystem in the guest (resize2fs on the disk\'s device)',
    ]);
    const shrunk = resize(50);
    expect(checkDataLoss(defaults, files(shrunk), shrunk).lost.map((l) => `${l.object} (${l.what})`)).toEqual([
      'terraform/nodes/libvirt_volume.worker1_disk-longhorn_DFFD2BF4 (disk, shrinks from 100 GiB to 50 GiB: the end of the disk would be cut off)',
    ]);
  });

  test('dropping a stateful component loses its objects and its data namespace', () => {
    const withCnpg = siteWith((doc) => (doc.clusters[0].postgresql = 'cloudnativePg'));
    const without = siteWith((doc) => delete doc.clusters[0].components.cloudnativePg);
    expect(checkDataLoss(files(withCnpg), files(without), without).lost.map((s) => s.object)).toEqual([
      'clusters/microcloud/Cluster/databases/pg',
      'clusters/microcloud/Namespace/_/databases',
    ]);
  });

  test('dropping Longhorn loses its release (the settings of every volume) and its namespace', () => {
    const without = siteWith((doc) => delete doc.clusters[0].components.longhorn);
    // The same from the renderer's objects of the new tree (what synth passes) as from its text.
    const rendered = renderSite(without);
    expect(checkDataLoss(defaults, rendered.files, without, rendered.objects)).toEqual(checkDataLoss(defaults, rendered.files, without));
    expect(checkDataLoss(defaults, files(without), without).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'clusters/microcloud/HelmRelease/longhorn-system/longhorn (HelmRelease kept from pruning)',
      'clusters/microcloud/Namespace/_/longhorn-system (Namespace kept from pruning)',
    ]);
  });

  test('removing an app with a volume (Linkding of seed 001) loses its claim and namespace; declared, it passes; an app without one loses nothing', () => {
    const file = path.join(ROOT, 'examples', 'multi-cluster.yaml');
    const base = loadSiteFile(file).site;
    const edited = (mutate: (doc: any) => void) => {
      const doc = parse(fs.readFileSync(file, 'utf8'));
      mutate(doc);
      return loadSite(stringify(doc), 'multi-cluster.yaml').site;
    };
    const dropLinkding = (doc: any) => (doc.clusters[0].apps = doc.clusters[0].apps.filter((a: { uses: string }) => a.uses !== 'linkding'));
    const before = files(base);
    const undeclared = edited(dropLinkding);
    expect(checkDataLoss(before, files(undeclared), undeclared).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'clusters/gordito/Namespace/_/linkding (Namespace kept from pruning)',
      'clusters/gordito/PersistentVolumeClaim/linkding/linkding-data (PersistentVolumeClaim)',
    ]);
    const declared = edited((doc) => {
      dropLinkding(doc);
      doc.changes = { removals: [{ object: 'clusters/gordito/*/linkding/*', reason: 'bookmarks moved to the browser' }, { object: 'clusters/gordito/Namespace/_/linkding', reason: 'bookmarks moved to the browser' }] };
    });
    expect(checkDataLoss(before, files(declared), declared).lost).toEqual([]);
    // The default site's apps keep no volume: dropping the frontend loses nothing.
    const noFrontend = siteWith((doc) => doc.clusters[0].apps.shift());
    expect(checkDataLoss(defaults, files(noFrontend), noFrontend).lost).toEqual([]);
  });
});

describe('seed 000: the automation VM and the desktop client (examples/proxmox-minimal.yaml)', () => {
  const file = path.join(ROOT, 'examples', 'proxmox-minimal.yaml');
  const edited = (edit: (doc: Record<string, any>) => void) => {
    const doc = parse(fs.readFileSync(file, 'utf8'));
    edit(doc);
    return loadSite(stringify(doc), 'proxmox-minimal.yaml').site;
  };
  const node = (doc: Record<string, any>, name: string) => doc.nodes.find((n: { name: string }) => n.name === name);
  const example = loadSiteFile(file).site;
  const files = (s: Site) => renderSite(s).files;

  test('tools and desktop given to running VMs: no VM replaced (only their snippets change, which Terraform ignores), and what to run on them by hand', () => {
    const bare = edited((doc) => {
      delete node(doc, 'automation').tools;
      delete node(doc, 'client').desktop;
    });
    const [before, after] = [files(bare), files(example)];
    const r = checkDataLoss(before, after, example);
    expect(r.lost).toEqual([]);
    // The user data is a snippet's source_raw (lifecycle ignore_changes = all) and the VM's
    // initialization (ignored too): the VM resources themselves do not change.
    const vm = (tree: Map<string, string>, name: string) => JSON.parse(tree.get('terraform/nodes/cdk.tf.json')!).resource.proxmox_virtual_environment_vm[name];
    for (const n of ['automation', 'client']) expect(vm(after, n)).toEqual(vm(before, n));
    expect(r.byHand).toEqual([
      'the first-boot data of 2 existing VMs changed, which their bootstrap (first boot only) does not bring to them: proxmox_virtual_environment_file.automation-user-data, proxmox_virtual_environment_file.client-user-data; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)',
      'proxmox_virtual_environment_file.automation-user-data: its first-boot data adds package ansible-core, which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y ansible-core',
      'proxmox_virtual_environment_file.client-user-data: its first-boot data adds packages xfce4, xfce4-terminal, dbus-x11, xrdp, xorgxrdp, bind9-dnsutils, curl and first-boot commands (systemctl enable --now xrdp.service; update-alternatives --set x-session-manager /usr/bin/xfce4-session; snap install firefox), which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y xfce4 xfce4-terminal dbus-x11 xrdp xorgxrdp bind9-dnsutils curl; sudo systemctl enable --now xrdp.service; sudo update-alternatives --set x-session-manager /usr/bin/xfce4-session; sudo snap install firefox',
    ]);
  });

  test.each([
    ['a desktop client', 'client', 'client2', []],
    // A cluster member also joins what its cluster lists (MetalLB's speakers talk to each node).
    ['a worker', 'k8s-worker2', 'k8s-worker3', ['clusters/lab/infrastructure/controllers/metallb-system/network-policy.yaml']],
  ])('%s added changes the inventory, its own resources and the inventory\'s push to the automation VM; no running VM\'s first-boot data', (_what, like, name, cluster) => {
    const added = edited((doc) => {
      doc.nodes.push({ ...node(doc, like), name, address: '192.168.1.24' });
      if (like.startsWith('k8s-')) doc.clusters[0].nodes.push(name);
    });
    const [before, after] = [files(example), files(added)];
    // The site's docs list the node (inventory, IP plan, diagram) and its firewall rules.
    const docs = ['docs/inventory.md', 'docs/ip-plan.md', 'docs/ports.md', 'docs/topology.md'];
    expect([...after.keys()].filter((f) => before.get(f) !== after.get(f))).toEqual(['ansible/inventory.yaml', ...cluster, ...docs, 'terraform/config/cdk.tf.json', 'terraform/nodes/cdk.tf.json']);
    /** `type.name` of every resource whose body differs between the two files. */
    const changedResources = (f: string) => {
      const [a, b] = [JSON.parse(before.get(f)!).resource, JSON.parse(after.get(f)!).resource];
      return Object.keys(b).flatMap((type) => Object.keys(b[type]).filter((n) => JSON.stringify(a[type]?.[n]) !== JSON.stringify(b[type][n])).map((n) => `${type}.${n}`));
    };
    expect(changedResources('terraform/nodes/cdk.tf.json')).toEqual([`proxmox_virtual_environment_file.${name}-user-data`, `proxmox_virtual_environment_vm.${name}`]);
    const tf = name.replace(/-/g, '_');
    expect(changedResources('terraform/config/cdk.tf.json').sort()).toEqual(['terraform_data.automation_ansible', `terraform_data.${tf}_firewall`, `terraform_data.${tf}_ssh_keys`]);
    expect(checkDataLoss(before, after, added)).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
  });
});
