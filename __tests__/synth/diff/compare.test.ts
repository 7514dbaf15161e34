/**
 * The change report's classification (synth/diff/compare.ts) on small stacks: what replaces, what
 * updates in place, what restarts a VM, what the provider refuses, with the project's behaviour
 * tables (synth/behaviour/); and the tables' reboot paths against the pinned provider schemas.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BEHAVIOUR_DIR, covers, loadBehaviour } from '../../../synth/diff/behaviour';
import { compareCluster, compareFiles, compareOutputs, compareStack, type ResourceChange } from '../../../synth/diff/compare';
import { formatReport } from '../../../synth/diff/markdown';
import { applyBehaviour, readBehaviour } from '../../support/terraform/sim/behaviour';
import { readSchemaFile } from '../../support/terraform/sim/schema';
import { schemaDir } from '../../support/terraform/harness';

const behaviour = loadBehaviour();
const stack = (resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}) => JSON.stringify({ resource, ...extra });
/** The changes as `action address [reboot] (effects)` lines. */
const brief = (changes: ResourceChange[]) => changes.map((c) => `${c.action} ${c.address}${c.reboot ? ' reboot' : ''}${c.refused ? ` refused: ${c.refused}` : ''}${c.attributes.length ? ` (${c.attributes.map((a) => `${a.path}:${a.effect}`).join(', ')})` : ''}`);

const domain = (over: Record<string, unknown> = {}) => ({ name: 'site-w1', memory: 4096, vcpu: 2, running: true, lifecycle: { ignore_changes: ['description'] }, description: 'a', ...over });
const vm = (over: Record<string, unknown> = {}) => ({
  name: 'w1',
  node_name: 'pve',
  memory: { dedicated: 4096 },
  cpu: { cores: 2 },
  description: 'worker',
  disk: [{ interface: 'virtio0', size: 32, import_from: 'local:import/x.qcow2' }, { interface: 'virtio1', size: 100 }],
  initialization: { user_data_file_id: '${proxmox_virtual_environment_file.w1-user-data.id}' },
  lifecycle: { ignore_changes: ['disk[0].import_from'] },
  ...over,
});

describe('path rules', () => {
  it('covers a path by prefix, * for an index or for a block written as an object, numbers for an index', () => {
    expect(covers(['initialization', '*', 'user_data_file_id'], ['initialization', 0, 'user_data_file_id'])).toBe(true);
    expect(covers(['initialization', '*', 'user_data_file_id'], ['initialization', 'user_data_file_id'])).toBe(true);
    expect(covers(['disk', '*', 'aio'], ['disk', 1, 'aio'])).toBe(true);
    expect(covers(['disk', '*', 'aio'], ['disk', 1, 'size'])).toBe(false);
    expect(covers(['memory'], ['memory', 'dedicated'])).toBe(true);
    expect(covers(['disk', '0', 'import_from'], ['disk', 0, 'import_from'])).toBe(true);
    expect(covers(['disk', '0', 'import_from'], ['disk', 1, 'import_from'])).toBe(false);
    expect(covers(null, ['anything'])).toBe(true);
  });

  it('reads the reboot rules of the tables', () => {
    expect(behaviour.get('libvirt_domain')?.reboot).toEqual([null]);
    expect(behaviour.get('proxmox_virtual_environment_vm')?.reboot).toContainEqual(['memory']);
    expect(behaviour.get('libvirt_volume')?.reboot).toEqual([]);
  });

  it('has every reboot path of the tables in the pinned provider schema', () => {
    const problems: string[] = [];
    for (const file of fs.readdirSync(BEHAVIOUR_DIR).filter((f) => f.endsWith('.json'))) {
      const table = readBehaviour(path.join(BEHAVIOUR_DIR, file));
      const schema = [...readSchemaFile(path.join(schemaDir(), file)).values()][0];
      problems.push(...applyBehaviour(schema, table).filter((p) => p.includes(' reboot: ')));
    }
    expect(problems).toEqual([]);
    expect(Object.values(readBehaviour(path.join(BEHAVIOUR_DIR, 'bpg-proxmox-0.111.1.json')).resources).flatMap((r) => r.reboot ?? []).length).toBeGreaterThan(20);
  });
});

describe('a Terraform stack, before and after', () => {
  it('updates a libvirt domain in place and says the update restarts it', () => {
    const changes = compareStack(stack({ libvirt_domain: { w1: domain() } }), stack({ libvirt_domain: { w1: domain({ memory: 8192 }) } }), behaviour);
    expect(brief(changes)).toEqual(['update libvirt_domain.w1 reboot (memory:reboot)']);
    expect(changes[0].reasons).toEqual(['every in-place update restarts it (dmacvicar/libvirt 0.9.7)']);
    expect(changes[0].vm).toBe(true);
  });

  it('replaces a libvirt domain whose name changes, and leaves an ignored attribute alone', () => {
    expect(brief(compareStack(stack({ libvirt_domain: { w1: domain() } }), stack({ libvirt_domain: { w1: domain({ name: 'site-w2', description: 'b' }) } }), behaviour))).toEqual([
      'replace libvirt_domain.w1 (description:ignored, name:replace)',
    ]);
    expect(brief(compareStack(stack({ libvirt_domain: { w1: domain() } }), stack({ libvirt_domain: { w1: domain({ description: 'b' }) } }), behaviour))).toEqual(['none libvirt_domain.w1 (description:ignored)']);
  });

  it('replaces a resource whose provider configuration changes (a VM placed on another host), as the data-loss guard refuses it', () => {
    const moved = compareStack(stack({ libvirt_domain: { w1: domain() } }), stack({ libvirt_domain: { w1: domain({ provider: 'libvirt.h2' }) } }), behaviour);
    expect(brief(moved)).toEqual(['replace libvirt_domain.w1 (provider:replace)']);
    expect(moved[0].reasons).toEqual(['`provider` changes: it is made anew through the other provider configuration (another host), and the old one is left where it was']);
    expect(brief(compareStack(stack({ libvirt_domain: { w1: domain({ provider: 'libvirt.h2' }) } }), stack({ libvirt_domain: { w1: domain({ provider: 'libvirt.h2' }) } }), behaviour))).toEqual([]);
  });

  it('restarts a Proxmox VM for memory, not for a grown disk or a description; refuses a shrunk disk; replaces on another node', () => {
    const before = stack({ proxmox_virtual_environment_vm: { w1: vm() } });
    const after = (over: Record<string, unknown>) => stack({ proxmox_virtual_environment_vm: { w1: vm(over) } });
    expect(brief(compareStack(before, after({ memory: { dedicated: 8192 } }), behaviour))).toEqual(['update proxmox_virtual_environment_vm.w1 reboot (memory.dedicated:reboot)']);
    expect(brief(compareStack(before, after({ description: 'w', disk: [{ interface: 'virtio0', size: 32, import_from: 'local:import/y.qcow2' }, { interface: 'virtio1', size: 200 }] }), behaviour))).toEqual([
      'update proxmox_virtual_environment_vm.w1 (description:update, disk[0].import_from:ignored, disk[1].size:update)',
    ]);
    expect(brief(compareStack(before, after({ disk: [{ interface: 'virtio0', size: 32, import_from: 'local:import/x.qcow2' }, { interface: 'virtio1', size: 50 }] }), behaviour))).toEqual([
      'update proxmox_virtual_environment_vm.w1 refused: `disk[1].size`: Cannot shrink %s:%s in VM %d, it is not supported! (disk[1].size:update)',
    ]);
    expect(brief(compareStack(before, after({ node_name: 'pve2' }), behaviour))).toEqual(['replace proxmox_virtual_environment_vm.w1 (node_name:replace)']);
    expect(compareStack(before, after({ memory: { dedicated: 8192 } }), behaviour)[0].reasons).toEqual(['`memory.dedicated` restarts it (bpg/proxmox 0.111.1)']);
    expect(compareStack(stack({ proxmox_virtual_environment_vm: { w1: vm({ reboot_after_update: false }) } }), after({ reboot_after_update: false, cpu: { cores: 4 } }), behaviour)[0].reasons).toEqual([
      '`cpu.cores` restarts it (bpg/proxmox 0.111.1); reboot_after_update is false: the change waits until the VM is restarted by hand',
    ]);
  });

  it('replaces a VM whose replacing attribute refers to a computed attribute of a replaced resource', () => {
    const file = (name: string) => ({ content_type: 'snippets', datastore_id: 'local', node_name: 'pve', source_raw: { data: '#cloud-config', file_name: name } });
    const changes = compareStack(
      stack({ proxmox_virtual_environment_file: { 'w1-user-data': file('a.yaml') }, proxmox_virtual_environment_vm: { w1: vm({ lifecycle: {} }) } }),
      stack({ proxmox_virtual_environment_file: { 'w1-user-data': file('b.yaml') }, proxmox_virtual_environment_vm: { w1: vm({ lifecycle: {} }) } }),
      behaviour,
    );
    expect(brief(changes)).toEqual([
      'replace proxmox_virtual_environment_file.w1-user-data (source_raw.file_name:replace)',
      'replace proxmox_virtual_environment_vm.w1 (initialization.user_data_file_id:unknown)',
    ]);
    expect(changes[1].reasons).toEqual(['`initialization.user_data_file_id` is known only after apply (proxmox_virtual_environment_file.w1-user-data is replaced) and forces replacement']);
    // ignore_changes on initialization (what the nodes stack writes) keeps the VM.
    expect(
      brief(
        compareStack(
          stack({ proxmox_virtual_environment_file: { 'w1-user-data': file('a.yaml') }, proxmox_virtual_environment_vm: { w1: vm({ lifecycle: { ignore_changes: ['initialization'] } }) } }),
          stack({ proxmox_virtual_environment_file: { 'w1-user-data': file('b.yaml') }, proxmox_virtual_environment_vm: { w1: vm({ lifecycle: { ignore_changes: ['initialization'] } }) } }),
          behaviour,
        ),
      ),
    ).toEqual(['replace proxmox_virtual_environment_file.w1-user-data (source_raw.file_name:replace)']);
  });

  it('replaces on replace_triggered_by and on terraform_data triggers_replace', () => {
    const data = (sha: string, trigger?: string) => ({ triggers_replace: { sha256: sha }, ...(trigger ? { lifecycle: { replace_triggered_by: [trigger] } } : {}) });
    expect(brief(compareStack(stack({ terraform_data: { a: data('1'), b: data('x', 'terraform_data.a') } }), stack({ terraform_data: { a: data('2'), b: data('x', 'terraform_data.a') } }), behaviour))).toEqual([
      'replace terraform_data.a (triggers_replace.sha256:replace)',
      'replace terraform_data.b',
    ]);
  });

  it('follows moved blocks: a reference to a moved resource is no change, the move is not a delete', () => {
    const volume = { name: 'site-w1-os.qcow2', pool: 'p' };
    const changes = compareStack(
      stack({ libvirt_volume: { w1_os: volume }, libvirt_domain: { w1: domain({ disk: '${libvirt_volume.w1_os.name}' }) } }),
      stack({ libvirt_volume: { w9_os: volume }, libvirt_domain: { w9: domain({ disk: '${libvirt_volume.w9_os.name}' }) } }, { moved: [{ from: 'libvirt_volume.w1_os', to: 'libvirt_volume.w9_os' }, { from: 'libvirt_domain.w1', to: 'libvirt_domain.w9' }] }),
      behaviour,
    );
    expect(brief(changes)).toEqual(['move libvirt_domain.w9', 'move libvirt_volume.w9_os']);
    expect(changes.map((c) => c.from)).toEqual(['libvirt_domain.w1', 'libvirt_volume.w1_os']);
  });

  it('creates and deletes, orders the disruptive first, and says when a type has no behaviour table', () => {
    const changes = compareStack(stack({ libvirt_network: { n: { name: 'n' } }, x_thing: { t: { a: 1 } } }), stack({ libvirt_pool: { p: { name: 'p' } }, x_thing: { t: { a: 2 } } }), behaviour);
    expect(brief(changes)).toEqual(['delete libvirt_network.n', 'update x_thing.t (a:update)', 'create libvirt_pool.p']);
    expect(changes[1].reasons).toEqual(['no behaviour table for x_thing: whether Terraform replaces it is not known here']);
  });
});

describe('clusters and files', () => {
  it('compares objects by id, a list that grows as one element added', () => {
    const np = (cidrs: string[]) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p, namespace: a }\nspec: { ingress: [{ from: [${cidrs.map((c) => `{ ipBlock: { cidr: "${c}" } }`).join(', ')}] }] }\n`;
    const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: data, namespace: a }\nspec: {}\n';
    const before = new Map([['clusters/c/a/p.yaml', np(['10.0.0.1/32', '10.0.0.3/32'])], ['clusters/c/a/pvc.yaml', pvc]]);
    const after = new Map([['clusters/c/a/p.yaml', np(['10.0.0.1/32', '10.0.0.2/32', '10.0.0.3/32'])]]);
    expect(compareCluster(before, after, 'c')).toEqual([
      { id: 'PersistentVolumeClaim/a/data', action: 'delete', stateful: true, attributes: [] },
      { id: 'NetworkPolicy/a/p', action: 'update', stateful: false, attributes: [{ path: 'spec.ingress[0].from[1]', before: undefined, after: { ipBlock: { cidr: '10.0.0.2/32' } } }] },
    ]);
  });

  it('lists files added, changed and removed', () => {
    expect(compareFiles(new Map([['a', '1'], ['b', '1'], ['c', '1']]), new Map([['a', '1'], ['b', '2'], ['d', '1']]))).toEqual([
      { file: 'b', action: 'changed' },
      { file: 'c', action: 'removed' },
      { file: 'd', action: 'added' },
    ]);
  });

  it('reports no change for equal outputs, and the documentation apart', () => {
    const files = new Map([['terraform/nodes/cdk.tf.json', stack({ libvirt_domain: { w1: domain() } })]]);
    const report = compareOutputs(files, files, { spec: { changes: { renames: [], removals: [] } } }, behaviour, { base: new Map([['docs/a.md', 'x']]), next: new Map([['docs/a.md', 'y']]) });
    expect(formatReport(report, { base: '`HEAD`', next: 'The working tree', site: 'site.yaml' })).toBe(
      [
        '<!-- sitekit change report -->',
        '## sitekit change report',
        '',
        'The working tree (site `site.yaml`) compared with `HEAD`.',
        '',
        'The synthesized output is the same.',
        '',
        '### Data-loss guard',
        '',
        '**Passes**: no stateful object of the base is lost without the site declaring it.',
        '',
        '### Documentation',
        '',
        '- changed `docs/a.md`',
        '',
        "<sub>A reading of the synthesized JSON with the providers' behaviour tables (synth/behaviour/), not a `terraform plan`: state drift and values known only to a provider are not in it (`npm run plan` sees those).</sub>",
        '',
      ].join('\n'),
    );
  });
});
