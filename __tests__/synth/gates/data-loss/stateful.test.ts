/**
 * The data-loss guard (synth/gates/data-loss.ts): which objects of a previous tree count as stateful.
 * These files use small hand-written trees and stay light, for mutation testing; the real renders of
 * a libvirt and a Proxmox site are in data-loss-renders.test.ts.
 */
import { checkDataLoss, formatAllowed } from '../../../../synth/gates/data-loss';
import { pvc, site, tf, VM, yaml } from '../../../support/data-loss';

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
