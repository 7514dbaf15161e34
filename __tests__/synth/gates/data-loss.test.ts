/**
 * The data-loss guard (synth/gates/data-loss.ts): which objects of a previous tree count as stateful,
 * when their disappearance is allowed (a `moved` block, a declared removal), and the exact texts
 * of the refusal, the summary and the warnings, on small hand-written trees (the real renders of a
 * libvirt and a Proxmox site: data-loss-renders.test.ts; this file stays light, for mutation testing).
 */
import { stringify } from 'yaml';
import { assertNoDataLoss, checkDataLoss, DataLossError, formatAllowed, formatDataLoss } from '../../../synth/gates/data-loss';

type Changes = { renames?: { node: string; to: string }[]; removals?: { object: string; reason: string }[] };
const site = (changes: Changes = {}) => ({ spec: { changes: { renames: changes.renames ?? [], removals: changes.removals ?? [] } } });

const tf = (json: object) => `${JSON.stringify(json, null, 2)}\n`;
const yaml = (...objects: object[]) => objects.map((o) => stringify(o)).join('---\n');

/** A nodes stack with one VM: OS and data volume, an Ignition volume (generated content), the domain. */
const VM = {
  resource: {
    libvirt_volume: {
      'w1_disk-os_AAAA': { name: 's-w1-os.qcow2', backing_store: { path: '/p/base' } },
      'w1_disk-data_BBBB': { name: 's-w1-data.qcow2', lifecycle: { prevent_destroy: true } },
      w1_bootstrap_CCCC: { name: 's-w1.ign', create: { content: { url: '${libvirt_ignition.w1_ignition_DDDD.path}' } } },
    },
    libvirt_ignition: { w1_ignition_DDDD: { name: 's-w1.ign', content: '{}' } },
    libvirt_domain: { w1_domain_EEEE: { name: 's-w1' } },
    random_password: { token: { length: 32 } },
  },
};

const pvc = (name: string, namespace = 'apps') => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace } });

describe('what counts as stateful', () => {
  test('a first synth (no previous tree) loses nothing', () => {
    expect(checkDataLoss(new Map(), new Map([['terraform/nodes/cdk.tf.json', tf(VM)]]), site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
  });

  test('Terraform: VMs and disks are; generated volumes, Ignition, passwords are not; any prevent_destroy is', () => {
    const previous = new Map([
      ['terraform/nodes/cdk.tf.json', tf(VM)],
      ['terraform/network/cdk.tf.json', tf({ resource: { libvirt_pool: { pool: { name: 'p' } }, libvirt_volume: { 'image-debian': { create: { content: { url: 'https://x/d.qcow2' } } } }, libvirt_network: { n: {} }, cloudflare_zone: { z: { lifecycle: { prevent_destroy: true } } } } })],
    ]);
    const r = checkDataLoss(previous, new Map(), site());
    expect(r.lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'terraform/network/cloudflare_zone.z (cloudflare_zone with prevent_destroy)',
      'terraform/network/libvirt_pool.pool (storage pool)',
      'terraform/nodes/libvirt_domain.w1_domain_EEEE (VM)',
      'terraform/nodes/libvirt_volume.w1_disk-data_BBBB (disk)',
      'terraform/nodes/libvirt_volume.w1_disk-os_AAAA (disk)',
    ]);
  });

  test('Proxmox VMs are stateful, their snippets and images are not', () => {
    const previous = new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { proxmox_virtual_environment_vm: { cp1: {} }, proxmox_virtual_environment_file: { 'cp1-user-data': {} }, proxmox_virtual_environment_download_file: { 'image-debian': {} } } })]]);
    expect(checkDataLoss(previous, new Map(), site()).lost.map((s) => s.object)).toEqual(['terraform/nodes/proxmox_virtual_environment_vm.cp1']);
  });

  test('Kubernetes: data-holding kinds by API group, and whatever the previous tree kept from pruning', () => {
    const previous = new Map([
      [
        'clusters/c/infrastructure/configs/databases/cloudnative-pg.yaml',
        yaml(
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'databases', annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' } } },
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'plain' } },
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'argo-kept', annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true, Prune=false' } } },
          { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'pg', namespace: 'databases' } },
          { apiVersion: 'cluster.x-k8s.io/v1beta1', kind: 'Cluster', metadata: { name: 'capi', namespace: 'databases' } },
          { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'apps' } },
          { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps' } },
          { apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'Kafka', metadata: { name: 'kafka', namespace: 'kafka' } },
          { apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'KafkaNodePool', metadata: { name: 'broker', namespace: 'kafka' } },
          { apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'KafkaTopic', metadata: { name: 'events', namespace: 'kafka' } },
          pvc('data'),
        ),
      ],
      ['clusters/c/kustomization.yaml', yaml({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [] })],
    ]);
    expect(checkDataLoss(previous, new Map(), site()).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'clusters/c/Cluster/databases/pg (Cluster)',
      'clusters/c/Kafka/kafka/kafka (Kafka)',
      'clusters/c/KafkaNodePool/kafka/broker (KafkaNodePool)',
      'clusters/c/Namespace/_/argo-kept (Namespace kept from pruning)',
      'clusters/c/Namespace/_/databases (Namespace kept from pruning)',
      'clusters/c/PersistentVolumeClaim/apps/data (PersistentVolumeClaim)',
      'clusters/c/StatefulSet/apps/db (StatefulSet)',
    ]);
  });

  test('an object that moves to another file, or stays, is not lost; one that changes namespace is', () => {
    const previous = new Map([['clusters/c/apps/a/data.yaml', yaml(pvc('data'), pvc('logs'))]]);
    const next = new Map([['clusters/c/apps/b/other.yaml', yaml(pvc('data'), pvc('logs', 'elsewhere'))]]);
    expect(checkDataLoss(previous, next, site()).lost).toEqual([{ object: 'clusters/c/PersistentVolumeClaim/apps/logs', what: 'PersistentVolumeClaim', file: 'clusters/c/apps/a/data.yaml' }]);
  });

  test('a resource that changes type is lost (Terraform destroys it)', () => {
    const previous = new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { libvirt_domain: { vm: {} } } })]]);
    const next = new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { proxmox_virtual_environment_vm: { vm: {} } } })]]);
    expect(checkDataLoss(previous, next, site()).lost.map((s) => s.object)).toEqual(['terraform/nodes/libvirt_domain.vm']);
  });

  test('a resource that stays but changes a replacing attribute (volume name or pool, domain name, Proxmox node) is lost', () => {
    const next = new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { ...VM.resource, libvirt_volume: { ...VM.resource.libvirt_volume, 'w1_disk-data_BBBB': { name: 's-w9-data.qcow2', lifecycle: { prevent_destroy: true } } }, libvirt_domain: { w1_domain_EEEE: { name: 's-w1', description: 'changed in place' } } } })]]);
    expect(checkDataLoss(new Map([['terraform/nodes/cdk.tf.json', tf(VM)]]), next, site()).lost).toEqual([
      { object: 'terraform/nodes/libvirt_volume.w1_disk-data_BBBB', what: 'disk, replaced: name "s-w1-data.qcow2" -> "s-w9-data.qcow2"', file: 'terraform/nodes/cdk.tf.json' },
    ]);
    const pve = (node: string) => new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { proxmox_virtual_environment_vm: { cp1: { node_name: node, name: 'cp1' } } } })]]);
    expect(checkDataLoss(pve('pve1'), pve('pve2'), site()).lost.map((s) => s.what)).toEqual(['VM, replaced: node_name "pve1" -> "pve2"']);
    expect(checkDataLoss(pve('pve1'), pve('pve1'), site()).lost).toEqual([]);
  });

  test('a libvirt volume that stays: grown is done by hand (0.9.7 cannot resize), shrunk is lost', () => {
    const sized = (gib: number) =>
      new Map([['terraform/nodes/cdk.tf.json', tf({ provider: { libvirt: [{ uri: 'qemu+ssh://root@h/system' }] }, resource: { libvirt_volume: { d: { name: 's-w1-data.qcow2', pool: 's', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } } } } })]]);
    const grown = checkDataLoss(sized(100), sized(200), site());
    expect(grown.lost).toEqual([]);
    expect(formatAllowed(grown).warnings).toEqual([
      'by hand: terraform/nodes/libvirt_volume.d: grown from 100 GiB to 200 GiB; libvirt provider 0.9.7 cannot resize a volume and the nodes stack ignores its size, so resize it by hand: virsh -c qemu+ssh://root@h/system blockresize <its domain> <path of pool s>/s-w1-data.qcow2 200G while the VM runs (virsh -c qemu+ssh://root@h/system vol-resize --pool s s-w1-data.qcow2 200G while it is off), then grow the filesystem in the guest (resize2fs on the disk\'s device)',
    ]);
    expect(checkDataLoss(sized(100), sized(50), site()).lost.map((l) => l.what)).toEqual(['disk, shrinks from 100 GiB to 50 GiB: the end of the disk would be cut off']);
    expect(checkDataLoss(sized(100), sized(100), site()).byHand).toBeUndefined();
  });

  test('a Proxmox VM that stays: a data disk detached, swapped for another at its interface, or shrunk is lost; grown is fine', () => {
    const vm = (...disks: [string, number, string?][]) =>
      new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { proxmox_virtual_environment_vm: { w1: { node_name: 'pve', disk: disks.map(([i, size, serial]) => ({ interface: i, size, ...(serial ? { serial } : {}) })) } } } })]]);
    const before = vm(['virtio0', 20], ['virtio1', 50, 'sitekit-scratch'], ['virtio2', 100, 'sitekit-longhorn']);
    expect(checkDataLoss(before, vm(['virtio0', 20], ['virtio1', 100, 'sitekit-longhorn']), site()).lost.map((l) => l.what)).toEqual([
      'VM, disk virtio1 would become another disk (sitekit-scratch -> sitekit-longhorn): keep the order of the data disks in the site; disk virtio2 detached: Proxmox keeps it as an unused disk and deletes it with the VM',
    ]);
    expect(checkDataLoss(before, vm(['virtio0', 20], ['virtio1', 40, 'sitekit-scratch'], ['virtio2', 100, 'sitekit-longhorn']), site()).lost.map((l) => l.what)).toEqual([
      'VM, disk virtio1 shrinks from 50 GiB to 40 GiB: Proxmox refuses to shrink a disk',
    ]);
    expect(checkDataLoss(before, vm(['virtio0', 30], ['virtio1', 60, 'sitekit-scratch'], ['virtio2', 100, 'sitekit-longhorn']), site()).lost).toEqual([]);
    // Declared, the VM may change: its disks with it.
    expect(checkDataLoss(before, vm(['virtio0', 20]), site({ removals: [{ object: 'terraform/nodes/proxmox_virtual_environment_vm.w1', reason: 'scratch and longhorn disks retired' }] })).lost).toEqual([]);
  });

  test('a tree that does not parse is an error naming the file', () => {
    expect(() => checkDataLoss(new Map([['terraform/nodes/cdk.tf.json', '{']]), new Map(), site())).toThrow(/^data-loss guard: terraform\/nodes\/cdk\.tf\.json is not JSON: /);
    expect(() => checkDataLoss(new Map([['clusters/c/a.yaml', 'a: [']]), new Map(), site())).toThrow(/^data-loss guard: clusters\/c\/a\.yaml does not parse as YAML: /);
  });
});

describe('replacements that destroy data, and the shape of the trees', () => {
  const nodes = (resource: object, extra: object = {}) => new Map([['terraform/nodes/cdk.tf.json', tf({ resource, ...extra })]]);

  test('a volume moved to another storage pool is lost (libvirt cannot move a volume: Terraform re-creates it empty)', () => {
    const volume = (pool: string) => nodes({ libvirt_volume: { data: { name: 's-w1-data.qcow2', pool, lifecycle: { prevent_destroy: true } } } });
    expect(checkDataLoss(volume('fast'), volume('slow'), site()).lost).toEqual([
      { object: 'terraform/nodes/libvirt_volume.data', what: 'disk, replaced: pool "fast" -> "slow"', file: 'terraform/nodes/cdk.tf.json' },
    ]);
    expect(checkDataLoss(volume('fast'), volume('fast'), site()).lost).toEqual([]);
  });

  test('a storage pool renamed or given another type is lost (with every volume in it)', () => {
    const pool = (name: string, type: string) => nodes({ libvirt_pool: { pool: { name, type, target: { path: '/p' } } } });
    expect(checkDataLoss(pool('site', 'dir'), pool('site2', 'dir'), site()).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'terraform/nodes/libvirt_pool.pool (storage pool, replaced: name "site" -> "site2")',
    ]);
    expect(checkDataLoss(pool('site', 'dir'), pool('site', 'logical'), site()).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'terraform/nodes/libvirt_pool.pool (storage pool, replaced: type "dir" -> "logical")',
    ]);
    expect(checkDataLoss(pool('site', 'dir'), pool('site2', 'logical'), site()).lost.map((s) => s.what)).toEqual(['storage pool, replaced: name "site" -> "site2", type "dir" -> "logical"']);
    expect(checkDataLoss(pool('site', 'dir'), pool('site', 'dir'), site()).lost).toEqual([]);
  });

  test('a Proxmox container is stateful and named as such', () => {
    expect(checkDataLoss(nodes({ proxmox_virtual_environment_container: { ct1: {} } }), new Map(), site()).lost).toEqual([
      { object: 'terraform/nodes/proxmox_virtual_environment_container.ct1', what: 'container', file: 'terraform/nodes/cdk.tf.json' },
    ]);
  });

  test('a data source of a stateful type holds no data of its own: dropping it loses nothing', () => {
    const previous = nodes({}, { data: { libvirt_pool: { existing: { name: 'p' } }, libvirt_volume: { base: { name: 'b' } } } });
    expect(checkDataLoss(previous, new Map(), site()).lost).toEqual([]);
  });

  test('a generated volume is not stateful unless prevent_destroy is true; create.content.url makes only volumes disposable', () => {
    const previous = nodes({
      libvirt_volume: {
        generated: { name: 'g', create: { content: { url: 'https://x/g' } }, lifecycle: { ignore_changes: ['capacity'] } },
        protected: { name: 'p', create: { content: { url: 'https://x/p' } }, lifecycle: { prevent_destroy: true } },
        unprotected: { name: 'u', create: { content: { url: 'https://x/u' } }, lifecycle: { prevent_destroy: false } },
      },
      libvirt_domain: { vm: { name: 'vm', create: { content: { url: 'https://x/vm' } } } },
    });
    expect(checkDataLoss(previous, new Map(), site()).lost.map((s) => `${s.object} (${s.what})`)).toEqual([
      'terraform/nodes/libvirt_domain.vm (VM)',
      'terraform/nodes/libvirt_volume.protected (base image, the backing file of the OS disks made from it)',
    ]);
  });

  test('malformed moved entries (not strings, missing ends) cover nothing', () => {
    const previous = nodes({ libvirt_domain: { old: { name: 'vm' } } });
    const next = nodes({ libvirt_domain: { new: { name: 'vm' } } }, { moved: [{ from: 'libvirt_domain.old' }, { from: ['libvirt_domain.old'], to: 'libvirt_domain.new' }, { from: 'libvirt_domain.old', to: ['libvirt_domain.new'] }, 'libvirt_domain.old'] });
    const r = checkDataLoss(previous, next, site());
    expect(r.lost.map((s) => s.object)).toEqual(['terraform/nodes/libvirt_domain.old']);
    expect(r.moved).toEqual([]);
  });

  test('Kubernetes files ending in .yml count as well; the cluster is the folder under clusters/', () => {
    expect(checkDataLoss(new Map([['clusters/c/apps/data.yml', yaml(pvc('data'))]]), new Map(), site()).lost).toEqual([
      { object: 'clusters/c/PersistentVolumeClaim/apps/data', what: 'PersistentVolumeClaim', file: 'clusters/c/apps/data.yml' },
    ]);
    expect(checkDataLoss(new Map([['clusters/prod/apps/data.yaml', yaml(pvc('data'))]]), new Map(), site()).lost.map((s) => s.object)).toEqual(['clusters/prod/PersistentVolumeClaim/apps/data']);
  });

  test('an object written twice in the previous tree is reported once; several lost objects come sorted by id', () => {
    const previous = new Map([
      ['clusters/c/apps/z.yaml', yaml(pvc('b'), pvc('a'))],
      ['clusters/c/apps/a.yaml', yaml(pvc('b'), pvc('c', 'other'))],
    ]);
    expect(checkDataLoss(previous, new Map(), site()).lost).toEqual([
      { object: 'clusters/c/PersistentVolumeClaim/apps/a', what: 'PersistentVolumeClaim', file: 'clusters/c/apps/z.yaml' },
      { object: 'clusters/c/PersistentVolumeClaim/apps/b', what: 'PersistentVolumeClaim', file: 'clusters/c/apps/z.yaml' },
      { object: 'clusters/c/PersistentVolumeClaim/other/c', what: 'PersistentVolumeClaim', file: 'clusters/c/apps/a.yaml' },
    ]);
  });
});

describe('what stays at its address', () => {
  const nodes = (resource: object, extra: object = {}) => new Map([['terraform/nodes/cdk.tf.json', tf({ resource, ...extra })]]);

  test('a domain renamed is replaced (lost); other attributes change in place', () => {
    const domain = (name: string, memory: number) => nodes({ libvirt_domain: { vm: { name, memory } } });
    expect(checkDataLoss(domain('s-w1', 2048), domain('s-w2', 2048), site()).lost.map((s) => s.what)).toEqual(['VM, replaced: name "s-w1" -> "s-w2"']);
    expect(checkDataLoss(domain('s-w1', 2048), domain('s-w1', 4096), site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
  });

  test('the grow command (in tree order) names the domain that attaches the volume (by name or by reference) and the pool\'s directory', () => {
    const tree = (gib: number) =>
      nodes(
        {
          libvirt_pool: { pool: { name: 'site', type: 'dir', target: { path: '/srv/pools/site' } } },
          libvirt_volume: {
            byref: { name: 'w1-data.qcow2', pool: 'site', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } },
            byname: { name: 'w2-data.qcow2', pool: 'site', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } },
            nodomain: { name: 'w3-data.qcow2', pool: 'elsewhere', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } },
          },
          libvirt_domain: {
            w1: { name: 's-w1', devices: { disks: [{ source: { volume: { volume: '${libvirt_volume.byref.name}' } } }, { source: { file: '/x.iso' } }, 'junk', null] } },
            w2: { name: 's-w2', devices: { disks: [{ source: { volume: { volume: 'w2-data.qcow2' } } }] } },
            w9: { name: 's-w9', devices: { disks: [{ source: { volume: { volume: 'x${libvirt_volume.nodomain.name}' } } }] } },
          },
        },
        {},
      );
    const r = checkDataLoss(tree(10), tree(20), site());
    expect(r.lost).toEqual([]);
    const virsh = (what: string) => `virsh ${what}`;
    expect((r.byHand ?? []).map((l) => l.replace(/; libvirt provider .* so resize it by hand: /, ': ').replace(/ while the VM runs .*$/, ''))).toEqual([
      `terraform/nodes/libvirt_volume.byref: grown from 10 GiB to 20 GiB: ${virsh('blockresize s-w1 /srv/pools/site/w1-data.qcow2 20G')}`,
      `terraform/nodes/libvirt_volume.byname: grown from 10 GiB to 20 GiB: ${virsh('blockresize s-w2 /srv/pools/site/w2-data.qcow2 20G')}`,
      `terraform/nodes/libvirt_volume.nodomain: grown from 10 GiB to 20 GiB: ${virsh('blockresize <its domain> <path of pool elsewhere>/w3-data.qcow2 20G')}`,
    ]);
  });

  test('a volume given a size (or losing it) is not resized; a volume that becomes disposable is not lost', () => {
    const volume = (body: object) => nodes({ libvirt_volume: { d: { name: 'd.qcow2', pool: 'p', lifecycle: { prevent_destroy: true }, ...body } } });
    expect(checkDataLoss(volume({}), volume({ capacity: 10 * 1024 ** 3 }), site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
    expect(checkDataLoss(volume({ capacity: 10 * 1024 ** 3 }), volume({}), site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
    const generated = nodes({ libvirt_volume: { d: { name: 'd.qcow2', pool: 'p', create: { content: { url: 'https://x/d' } } } } });
    expect(checkDataLoss(volume({ create: { content: { url: 'https://x/d' } } }), generated, site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
    // Same size with another attribute changed: nothing to do. One byte smaller: lost.
    expect(checkDataLoss(volume({ capacity: 1024 ** 3 }), volume({ capacity: 1024 ** 3, format: 'raw' }), site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
    // Only libvirt volumes have their capacity compared.
    const pool = (capacity: number) => nodes({ libvirt_pool: { p: { name: 'p', type: 'dir', capacity } } });
    expect(checkDataLoss(pool(2 * 1024 ** 3), pool(1024 ** 3), site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
    expect(checkDataLoss(volume({ capacity: 1024 ** 3 }), volume({ capacity: 1024 ** 3 - 1 }), site()).lost.map((l) => l.what)).toEqual([`disk, shrinks from 1 GiB to ${(1024 ** 3 - 1) / 1024 ** 3} GiB: the end of the disk would be cut off`]);
  });

  test('Proxmox disks: one without a serial or a size on either side, or not a disk at all, is compared on what it has', () => {
    const vm = (...disks: unknown[]) => nodes({ proxmox_virtual_environment_vm: { w1: { node_name: 'pve', disk: disks } } });
    const same = { lost: [], removed: [], moved: [], unusedRemovals: [] };
    expect(checkDataLoss(vm({ interface: 'virtio1', size: 50, serial: 'a' }), vm({ interface: 'virtio1', size: 50 }), site())).toEqual(same);
    expect(checkDataLoss(vm({ interface: 'virtio1', size: 50 }), vm({ interface: 'virtio1', size: 50, serial: 'b' }), site())).toEqual(same);
    expect(checkDataLoss(vm({ interface: 'virtio1', size: 50 }), vm({ interface: 'virtio1', serial: 'b' }), site())).toEqual(same);
    expect(checkDataLoss(vm({ interface: 'virtio1' }), vm({ interface: 'virtio1', size: 10 }), site())).toEqual(same);
    expect(checkDataLoss(vm({ interface: 'virtio1', size: '50' }), vm({ interface: 'virtio1', size: 10 }), site())).toEqual(same);
    expect(checkDataLoss(vm({ interface: 'virtio1', size: 50, serial: 1 }), vm({ interface: 'virtio1', size: 50, serial: 2 }), site())).toEqual(same);
    // Entries that are not disks are no disks: nothing detached.
    expect(checkDataLoss(vm('virtio1', { interface: 3 }, null), vm(), site())).toEqual(same);
    expect(checkDataLoss(nodes({ proxmox_virtual_environment_vm: { w1: { node_name: 'pve', disk: 'virtio1' } } }), vm(), site())).toEqual(same);
  });

  test('a libvirt volume is not a Proxmox VM: its disk list is not compared', () => {
    const volume = (disk: unknown[]) => nodes({ libvirt_volume: { d: { name: 'd', lifecycle: { prevent_destroy: true }, disk } } });
    expect(checkDataLoss(volume([{ interface: 'virtio1' }]), volume([]), site()).lost).toEqual([]);
  });

  test('first-boot data changed for existing VMs is reported for by-hand work, in tree order (renamed ones too); new VMs and unchanged ones are not', () => {
    const tree = (ign: string, cloud: string, snippet: string, extra: object = {}) =>
      nodes(
        {
          libvirt_ignition: { w1_ignition: { name: 'w1.ign', content: ign } },
          libvirt_cloudinit_disk: { w2_cloudinit: { name: 'w2.iso', user_data: cloud, meta_data: 'm' } },
          proxmox_virtual_environment_file: { 'w3-user-data': { source_raw: snippet } },
          ...extra,
        },
        {},
      );
    expect(checkDataLoss(tree('{}', 'u', 's'), tree('{}', 'u', 's'), site()).byHand).toBeUndefined();
    const one = checkDataLoss(tree('{}', 'u', 's'), tree('{"x":1}', 'u', 's'), site());
    expect(one.byHand).toEqual([
      'the first-boot data of 1 existing VM changed, which their bootstrap (first boot only) does not bring to them: libvirt_ignition.w1_ignition; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)',
    ]);
    expect(formatAllowed(one).warnings).toEqual([`by hand: ${one.byHand![0]}`]);
    const three = checkDataLoss(tree('{}', 'u', 's'), tree('{"x":1}', 'u2', 's2'), site());
    expect(three.byHand).toEqual([
      'the first-boot data of 3 existing VMs changed, which their bootstrap (first boot only) does not bring to them: libvirt_ignition.w1_ignition, libvirt_cloudinit_disk.w2_cloudinit, proxmox_virtual_environment_file.w3-user-data; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)',
    ]);
    // A renamed VM (moved block) keeps its data: compared at the new address.
    const renamed = nodes({ libvirt_ignition: { w9_ignition: { name: 'w9.ign', content: '{"x":1}' } } }, { moved: [{ from: 'libvirt_ignition.w1_ignition', to: 'libvirt_ignition.w9_ignition' }] });
    const before = nodes({ libvirt_ignition: { w1_ignition: { name: 'w1.ign', content: '{}' } } });
    expect(checkDataLoss(before, renamed, site()).byHand).toEqual([
      'the first-boot data of 1 existing VM changed, which their bootstrap (first boot only) does not bring to them: libvirt_ignition.w1_ignition; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)',
    ]);
    // A new VM's data, and a data source, are nobody's first boot.
    expect(checkDataLoss(before, nodes({ libvirt_ignition: { w1_ignition: { name: 'w1.ign', content: '{}' }, w2_ignition: { name: 'w2.ign', content: '{"y":1}' } } }), site()).byHand).toBeUndefined();
    expect(checkDataLoss(nodes({}, { data: { libvirt_ignition: { d: { content: '{}' } } } }), nodes({}, { data: { libvirt_ignition: { d: { content: '{"x":1}' } } } }), site()).byHand).toBeUndefined();
    // Each key counts: meta_data alone changed.
    expect(checkDataLoss(tree('{}', 'u', 's'), nodes({ libvirt_ignition: { w1_ignition: { name: 'w1.ign', content: '{}' } }, libvirt_cloudinit_disk: { w2_cloudinit: { name: 'w2.iso', user_data: 'u', meta_data: 'm2' } }, proxmox_virtual_environment_file: { 'w3-user-data': { source_raw: 's' } } }), site()).byHand).toEqual([
      'the first-boot data of 1 existing VM changed, which their bootstrap (first boot only) does not bring to them: libvirt_cloudinit_disk.w2_cloudinit; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)',
    ]);
    // A missing key counts as null: an added one is a change.
    expect(checkDataLoss(tree('{}', 'u', 's'), nodes({ libvirt_ignition: { w1_ignition: { name: 'w1.ign', content: '{}' } }, libvirt_cloudinit_disk: { w2_cloudinit: { name: 'w2.iso', user_data: 'u', meta_data: 'm', network_config: 'n' } }, proxmox_virtual_environment_file: { 'w3-user-data': { source_raw: 's' } } }), site()).byHand).toEqual([
      'the first-boot data of 1 existing VM changed, which their bootstrap (first boot only) does not bring to them: libvirt_cloudinit_disk.w2_cloudinit; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)',
    ]);
  });

  test('the libvirt URI of the commands comes from the provider block, as a list or a mapping', () => {
    const tree = (provider: unknown, gib: number) => new Map([['terraform/nodes/cdk.tf.json', tf({ provider: { libvirt: provider }, resource: { libvirt_volume: { d: { name: 'd', pool: 'p', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } } } } })]]);
    const command = (provider: unknown) => (checkDataLoss(tree(provider, 1), tree(provider, 2), site()).byHand ?? [''])[0].replace(/^.*resize it by hand: (\S+ \S+ \S+) .*$/, '$1');
    expect(command({ uri: 'qemu:///system' })).toBe('virsh -c qemu:///system');
    expect(command([{ uri: 'qemu:///session' }])).toBe('virsh -c qemu:///session');
    expect(command([{ alias: 'x' }])).toBe('virsh blockresize <its');
  });

  test('only Terraform stacks (terraform/<stack>/cdk.tf.json) and cluster YAML (clusters/<cluster>/...) are read', () => {
    const vm = tf({ resource: { libvirt_domain: { vm: { name: 'vm' } } } });
    const previous = new Map([
      ['x/terraform/nodes/cdk.tf.json', vm],
      ['terraform/nodes/cdk.tf.json.bak', vm],
      ['terraform/nodes/sub/cdk.tf.json', vm],
      ['x/clusters/c/apps/data.yaml', yaml(pvc('data'))],
      ['clusters/c/apps/data.yaml.orig', yaml(pvc('data'))],
      ['clusters/c.yaml', yaml(pvc('data'))],
    ]);
    expect(checkDataLoss(previous, new Map(), site()).lost).toEqual([]);
  });

  test('files that did not change are not read: an unparsable file in both trees, or in the new one when nothing stateful changed, is no error', () => {
    const broken = new Map([['terraform/nodes/cdk.tf.json', '{'], ['clusters/c/a.yaml', 'a: [']]);
    expect(checkDataLoss(broken, broken, site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
    expect(checkDataLoss(new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { random_password: { p: {} } } })]]), broken, site())).toEqual({ lost: [], removed: [], moved: [], unusedRemovals: [] });
  });

  test('several objects gone come sorted by id, whatever their order in the tree', () => {
    const names = ['e', 'd', 'c', 'b', 'a', 'f'];
    const previous = new Map([['terraform/nodes/cdk.tf.json', tf({ resource: { libvirt_domain: Object.fromEntries(names.map((n) => [n, { name: n }])) } })]]);
    expect(checkDataLoss(previous, new Map(), site()).lost.map((s) => s.object)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `terraform/nodes/libvirt_domain.${n}`));
  });
});

describe('allowed disappearances', () => {
  const previous = new Map([['terraform/nodes/cdk.tf.json', tf(VM)]]);
  const renamed = (moved: object[]) =>
    new Map([
      [
        'terraform/nodes/cdk.tf.json',
        tf({
          resource: { libvirt_domain: { w2_domain_FFFF: {} }, libvirt_volume: { 'w2_disk-os_1111': {}, 'w2_disk-data_2222': { lifecycle: { prevent_destroy: true } } } },
          moved,
        }),
      ],
    ]);

  test('a moved block to an address of the new output covers the old address; one to a missing address does not', () => {
    const r = checkDataLoss(
      previous,
      renamed([
        { to: 'libvirt_domain.w2_domain_FFFF', from: 'libvirt_domain.w1_domain_EEEE' },
        { to: 'libvirt_volume.w2_disk-os_1111', from: 'libvirt_volume.w1_disk-os_AAAA' },
        { to: 'libvirt_volume.w2_disk-data_9999', from: 'libvirt_volume.w1_disk-data_BBBB' },
      ]),
      site(),
    );
    expect(r.moved.map((m) => `${m.object} -> ${m.to}`)).toEqual([
      'terraform/nodes/libvirt_domain.w1_domain_EEEE -> terraform/nodes/libvirt_domain.w2_domain_FFFF',
      'terraform/nodes/libvirt_volume.w1_disk-os_AAAA -> terraform/nodes/libvirt_volume.w2_disk-os_1111',
    ]);
    expect(r.lost.map((s) => s.object)).toEqual(['terraform/nodes/libvirt_volume.w1_disk-data_BBBB']);
    expect(formatAllowed(r).summary).toEqual([
      'moved    terraform/nodes/libvirt_domain.w1_domain_EEEE -> terraform/nodes/libvirt_domain.w2_domain_FFFF',
      'moved    terraform/nodes/libvirt_volume.w1_disk-os_AAAA -> terraform/nodes/libvirt_volume.w2_disk-os_1111',
    ]);
  });

  test('a moved block of another stack does not count', () => {
    const next = new Map([...renamed([]), ['terraform/other/cdk.tf.json', tf({ resource: { libvirt_domain: { w2_domain_FFFF: {} } }, moved: [{ from: 'libvirt_domain.w1_domain_EEEE', to: 'libvirt_domain.w2_domain_FFFF' }] })]]);
    expect(checkDataLoss(previous, next, site()).lost.map((s) => s.object)).toContain('terraform/nodes/libvirt_domain.w1_domain_EEEE');
  });

  test('declared removals, by id or with *, carry their reason; one that matches nothing is reported as unused', () => {
    const r = checkDataLoss(
      previous,
      new Map(),
      site({
        removals: [
          { object: 'terraform/nodes/libvirt_domain.w1_domain_EEEE', reason: 'node w1 is decommissioned' },
          { object: 'terraform/nodes/libvirt_volume.w1_*', reason: 'its disks were backed up' },
          { object: 'clusters/c/PersistentVolumeClaim/apps/gone', reason: 'already deleted last week' },
        ],
      }),
    );
    expect(r.lost).toEqual([]);
    expect(r.removed.map((x) => [x.object, x.removal, x.reason])).toEqual([
      ['terraform/nodes/libvirt_domain.w1_domain_EEEE', 0, 'node w1 is decommissioned'],
      ['terraform/nodes/libvirt_volume.w1_disk-data_BBBB', 1, 'its disks were backed up'],
      ['terraform/nodes/libvirt_volume.w1_disk-os_AAAA', 1, 'its disks were backed up'],
    ]);
    expect(r.unusedRemovals).toEqual([{ removal: 2, object: 'clusters/c/PersistentVolumeClaim/apps/gone' }]);
    expect(formatAllowed(r)).toEqual({
      summary: [
        'removed  terraform/nodes/libvirt_domain.w1_domain_EEEE: node w1 is decommissioned',
        'removed  terraform/nodes/libvirt_volume.w1_disk-data_BBBB: its disks were backed up',
        'removed  terraform/nodes/libvirt_volume.w1_disk-os_AAAA: its disks were backed up',
      ],
      warnings: ['warning: changes.removals[2] (clusters/c/PersistentVolumeClaim/apps/gone) matches nothing this synth removes: delete it once `terraform apply` has made the removal (npm run plan still needs it until then)'],
    });
  });

  test('a removal id without * is exact: it does not match a longer id', () => {
    const r = checkDataLoss(previous, new Map(), site({ removals: [{ object: 'terraform/nodes/libvirt_domain.w1', reason: 'a prefix only, not a glob' }] }));
    expect(r.lost.map((s) => s.object)).toContain('terraform/nodes/libvirt_domain.w1_domain_EEEE');
    expect(r.unusedRemovals).toHaveLength(1);
  });
});

describe('the refusal', () => {
  const previous = new Map([
    ['terraform/nodes/cdk.tf.json', tf(VM)],
    ['clusters/c/apps/a/data.yaml', yaml(pvc('data'))],
  ]);

  test('names each object, what it is and where it was, and both ways out', () => {
    const r = checkDataLoss(previous, new Map(), site());
    expect(formatDataLoss(r).split('\n')).toEqual([
      'data loss: this output would destroy 4 stateful objects of the previous one (nothing written):',
      '    clusters/c/PersistentVolumeClaim/apps/data (PersistentVolumeClaim, in clusters/c/apps/a/data.yaml)',
      '    terraform/nodes/libvirt_domain.w1_domain_EEEE (VM, in terraform/nodes/cdk.tf.json)',
      '    terraform/nodes/libvirt_volume.w1_disk-data_BBBB (disk, in terraform/nodes/cdk.tf.json)',
      '    terraform/nodes/libvirt_volume.w1_disk-os_AAAA (disk, in terraform/nodes/cdk.tf.json)',
      '  fix: undo the change; or, for a renamed node, declare the rename in the site (changes.renames: [{ node: <old name>, to: <new name> }]: its VM and disks move to the new name);',
      '  or, if the data may go, declare each removal with its reason (changes.removals: [{ object: <id above, * for any characters>, reason: <why> }])',
    ]);
    expect(formatDataLoss({ lost: r.lost.slice(0, 1) }).split('\n')[0]).toBe('data loss: this output would destroy 1 stateful object of the previous one (nothing written):');
    expect(formatDataLoss({ lost: [] })).toBe('');
  });

  test('assertNoDataLoss throws it as a user error, and returns the summary when nothing is lost', () => {
    let error: unknown;
    try {
      assertNoDataLoss(previous, new Map(), site());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataLossError);
    expect((error as DataLossError).userError).toBe(true);
    expect((error as DataLossError).message).toBe(formatDataLoss((error as DataLossError).result));
    expect(assertNoDataLoss(previous, previous, site())).toEqual({ result: { lost: [], removed: [], moved: [], unusedRemovals: [] }, summary: [], warnings: [] });
  });
});
