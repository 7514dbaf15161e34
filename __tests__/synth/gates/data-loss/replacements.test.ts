/** The data-loss guard: replacements that destroy data, the shape of the trees, and what stays at its address. */
import { checkDataLoss, formatAllowed, formatDataLoss } from '../../../../synth/gates/data-loss';
import { pvc, site, tf, yaml } from '../../../support/data-loss';

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
          libvirt_pool: { pool: { name: 'site', type: 'dir', target: { path: '/srv/pools/site' } }, odd: { name: 'elsewhere', type: 'dir', target: { path: 42 } } },
          libvirt_volume: {
            byref: { name: 'w1-data.qcow2', pool: 'site', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } },
            byname: { name: 'w2-data.qcow2', pool: 'site', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } },
            nodomain: { name: 'w3-data.qcow2', pool: 'elsewhere', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } },
          },
          libvirt_domain: {
            w1: { name: 's-w1', devices: { disks: [{ source: { volume: { volume: '${libvirt_volume.byref.name}' } } }, { source: { file: '/x.iso' } }, 'junk', null] } },
            w2: { name: 's-w2', devices: { disks: [{ source: { volume: { volume: 'w2-data.qcow2' } } }] } },
            w9: { name: 's-w9', devices: { disks: [{ source: { volume: { volume: 'x${libvirt_volume.nodomain.name}' } } }] } },
            w8: { name: 's-w8', devices: { disks: [{ source: { volume: { volume: '${libvirt_volume.nodomain.name}.bak' } } }] } },
          },
          // Shapes of a pool or a domain on resources of other types, and a pool whose path is no text: not read.
          libvirt_network: { elsewhere: { name: 'elsewhere', target: { path: '/not/a/pool' }, devices: { disks: [{ source: { volume: { volume: 'w3-data.qcow2' } } }] } } },
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

  test('of a cloud-init change, the packages and first-boot commands a running VM does not get are spelled out, at its new address too', () => {
    const disk = (name: string, userData: string) => ({ libvirt_cloudinit_disk: { [name]: { name: `${name}.iso`, user_data: userData, meta_data: 'm' } } });
    const stale = (ids: string) => `the first-boot data of 1 existing VM changed, which their bootstrap (first boot only) does not bring to them: ${ids}; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)`;
    const adds = 'libvirt_cloudinit_disk.w2: its first-boot data adds package b, which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y b';
    const before = nodes(disk('w2', '#cloud-config\npackages: [a]\n'));
    expect(checkDataLoss(before, nodes(disk('w2', '#cloud-config\npackages: [a, b]\n')), site()).byHand).toEqual([stale('libvirt_cloudinit_disk.w2'), adds]);
    // Renamed (moved block): the user data at the new address is compared.
    const renamed = nodes(disk('w9', '#cloud-config\npackages: [a, b]\n'), { moved: [{ from: 'libvirt_cloudinit_disk.w2', to: 'libvirt_cloudinit_disk.w9' }] });
    expect(checkDataLoss(before, renamed, site()).byHand).toEqual([stale('libvirt_cloudinit_disk.w2'), adds]);
    // A change to or from a text that is not cloud-config (an Ignition snippet): only the first line.
    const snippet = (data: string) => nodes({ proxmox_virtual_environment_file: { w3: { source_raw: { data } } } });
    expect(checkDataLoss(snippet('#cloud-config\npackages: [a]\n'), snippet('{"ignition":{}}'), site()).byHand).toEqual([stale('proxmox_virtual_environment_file.w3')]);
    expect(checkDataLoss(snippet('{"ignition":{}}'), snippet('#cloud-config\npackages: [a]\n'), site()).byHand).toEqual([stale('proxmox_virtual_environment_file.w3')]);
  });

  test('the libvirt URI of the commands comes from the provider block, as a list or a mapping', () => {
    const tree = (provider: unknown, gib: number) => new Map([['terraform/nodes/cdk.tf.json', tf({ provider: { libvirt: provider }, resource: { libvirt_volume: { d: { name: 'd', pool: 'p', capacity: gib * 1024 ** 3, lifecycle: { prevent_destroy: true } } } } })]]);
    const command = (provider: unknown) => (checkDataLoss(tree(provider, 1), tree(provider, 2), site()).byHand ?? [''])[0].replace(/^.*resize it by hand: (\S+ \S+ \S+) .*$/, '$1');
    expect(command({ uri: 'qemu:///system' })).toBe('virsh -c qemu:///system');
    expect(command([{ uri: 'qemu:///session' }])).toBe('virsh -c qemu:///session');
    expect(command([{ alias: 'x' }])).toBe('virsh blockresize <its');
    expect(command({ uri: 42 })).toBe('virsh blockresize <its');
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

describe('a VM placed on another host', () => {
  const nodes = (resource: object) => new Map([['terraform/nodes/cdk.tf.json', tf({ resource })]]);
  // The first host's resources have no `provider` (the default one); another host's name its alias.
  const onHost = (provider?: string) =>
    nodes({
      libvirt_volume: { 'w1_disk-data': { name: 's-w1-data.qcow2', pool: 'site', ...(provider ? { provider } : {}), lifecycle: { prevent_destroy: true } } },
      libvirt_domain: { w1_domain: { name: 's-w1', ...(provider ? { provider } : {}) } },
    });

  test('libvirt: a change of provider (another host) is a replacement, refused unless declared', () => {
    expect(checkDataLoss(onHost(), onHost('libvirt.h2'), site()).lost.map((s) => `${s.object}: ${s.what}`)).toEqual([
      'terraform/nodes/libvirt_domain.w1_domain: VM, replaced: provider "libvirt" -> "libvirt.h2"',
      'terraform/nodes/libvirt_volume.w1_disk-data: disk, replaced: provider "libvirt" -> "libvirt.h2"',
    ]);
    expect(checkDataLoss(onHost('libvirt.h2'), onHost('libvirt.h3'), site()).lost).toHaveLength(2);
    const declared = checkDataLoss(onHost(), onHost('libvirt.h2'), site({ removals: [{ object: 'terraform/nodes/libvirt_*.w1_*', reason: 'w1 moves to host h2, its data restored from backup' }] }));
    expect(declared.lost).toEqual([]);
    expect(declared.removed.map((r) => r.object)).toEqual(['terraform/nodes/libvirt_domain.w1_domain', 'terraform/nodes/libvirt_volume.w1_disk-data']);
  });

  test('the refusal of a host change says how to keep the VM where it runs; other refusals do not', () => {
    const hostFix = '  a VM on another host is a new VM there (its disks empty): to keep one where it runs, pin it to its host (nodes[].host: <the host it runs on>)';
    expect(formatDataLoss(checkDataLoss(onHost(), onHost('libvirt.h2'), site())).split('\n').slice(-1)).toEqual([hostFix]);
    const renamed = nodes({ libvirt_domain: { w1_domain: { name: 's-w9' } } });
    expect(formatDataLoss(checkDataLoss(onHost(), renamed, site()))).not.toContain(hostFix);
    // One object of several on another host is enough, and so is a host change after another replacing change.
    const both = nodes({
      libvirt_volume: { 'w1_disk-data': { name: 's-w1-data.qcow2', pool: 'site', provider: 'libvirt.h2', lifecycle: { prevent_destroy: true } } },
      libvirt_domain: { w1_domain: { name: 's-w9' } },
    });
    expect(formatDataLoss(checkDataLoss(onHost(), both, site())).split('\n').slice(-1)).toEqual([hostFix]);
    const renamedAndMoved = checkDataLoss(onHost(), nodes({ libvirt_domain: { w1_domain: { name: 's-w9', provider: 'libvirt.h2' } } }), site());
    expect(renamedAndMoved.lost.map((s) => s.what)).toContain('VM, replaced: name "s-w1" -> "s-w9", provider "libvirt" -> "libvirt.h2"');
    expect(formatDataLoss({ lost: renamedAndMoved.lost.filter((s) => s.what.startsWith('VM')) }).split('\n').slice(-1)).toEqual([hostFix]);
  });

  test('libvirt: a storage pool on another host is a replacement (its volumes with it)', () => {
    const pool = (provider?: string) => nodes({ libvirt_pool: { pool: { name: 'site', type: 'dir', ...(provider ? { provider } : {}) } } });
    expect(checkDataLoss(pool(), pool('libvirt.h2'), site()).lost.map((s) => s.what)).toEqual(['storage pool, replaced: provider "libvirt" -> "libvirt.h2"']);
  });

  test('libvirt: the first host named explicitly, or not at all, is the same host', () => {
    expect(checkDataLoss(onHost(), onHost('libvirt'), site()).lost).toEqual([]);
    expect(checkDataLoss(onHost('libvirt.h2'), onHost('libvirt.h2'), site()).lost).toEqual([]);
  });

  test('Proxmox: a change of node_name is a replacement, refused unless declared', () => {
    const vm = (node: string) => nodes({ proxmox_virtual_environment_vm: { w1: { node_name: node } } });
    expect(checkDataLoss(vm('neo50q'), vm('elitedesk'), site()).lost.map((s) => s.what)).toEqual(['VM, replaced: node_name "neo50q" -> "elitedesk"']);
    expect(checkDataLoss(vm('neo50q'), vm('elitedesk'), site({ removals: [{ object: 'terraform/nodes/proxmox_virtual_environment_vm.w1', reason: 'w1 moves to the EliteDesk' }] })).lost).toEqual([]);
  });
});
