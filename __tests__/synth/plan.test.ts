/**
 * The plan-time guard (synth/plan.ts) on recorded `terraform show -json` plans and a stand-in
 * terraform: which deletes and replaces it refuses, with what text, and how it runs the stacks.
 * The real terraform against the provider simulator runs in __tests__/terraform/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatPlanRefusal, formatStackPlan, holdsData, judgePlan, main, plannedChanges, planStacks, type TerraformRunner } from '../../synth/plan';

const rc = (address: string, actions: string[], extra: Record<string, unknown> = {}) => {
  const [type] = address.split('.');
  return { address, mode: 'managed', type, name: address.split('.')[1], change: { actions, before: actions[0] === 'create' ? null : { name: 'x' }, after: {}, ...extra }, ...(extra.action_reason ? { action_reason: extra.action_reason } : {}) };
};

const PLAN = {
  resource_changes: [
    rc('libvirt_volume.w1_disk-os_A', ['delete', 'create'], { replace_paths: [['name']] }),
    rc('libvirt_volume.w1_bootstrap_B', ['delete', 'create'], { before: { create: { content: { url: '/tmp/terraform-provider-libvirt-ignition/x.ign' } } } }),
    rc('libvirt_volume.image-flatcar', ['delete'], { before: { create: { content: { url: 'https://example.org/flatcar.img' } } } }),
    rc('libvirt_domain.w1_domain_C', ['update']),
    rc('libvirt_ignition.w1_ignition_D', ['create', 'delete']),
    rc('random_password.token', ['delete']),
    rc('proxmox_virtual_environment_vm.cp1', ['create', 'delete'], { replace_paths: [['initialization', 0, 'user_data_file_id']], action_reason: 'replace_because_cannot_update' }),
    { address: 'data.cloudflare_zone.z', mode: 'data', type: 'cloudflare_zone', change: { actions: ['read'] } },
    rc('libvirt_network.n', ['no-op']),
  ],
};

describe('the plan of a stack', () => {
  const changes = plannedChanges(PLAN);

  it('lists the changes, without no-ops and data reads', () => {
    expect(changes.map((c) => `${c.address} ${c.actions.join('+')}`)).toEqual([
      'libvirt_volume.w1_disk-os_A delete+create',
      'libvirt_volume.w1_bootstrap_B delete+create',
      'libvirt_volume.image-flatcar delete',
      'libvirt_domain.w1_domain_C update',
      'libvirt_ignition.w1_ignition_D create+delete',
      'random_password.token delete',
      'proxmox_virtual_environment_vm.cp1 create+delete',
    ]);
    expect(formatStackPlan({ stack: 'nodes', changes, verdict: { refused: [], declared: [] } })).toBe('terraform/nodes: 0 to create, 1 to update in place, 4 to replace, 2 to destroy');
  });

  it('refuses deletes and replaces of VMs, disks, base images and pools, with the reason; generated seeds and passwords pass', () => {
    const v = judgePlan('nodes', changes, []);
    expect(v.declared).toEqual([]);
    expect(formatPlanRefusal(v.refused).split('\n')).toEqual([
      'plan refused: 3 resources that hold data would be destroyed:',
      '    terraform/nodes/libvirt_volume.w1_disk-os_A: replace (a disk; forced by name)',
      '    terraform/nodes/libvirt_volume.image-flatcar: delete (a base image other disks are backed by; no longer in the configuration)',
      '    terraform/nodes/proxmox_virtual_environment_vm.cp1: replace (a VM (its disks on Proxmox, etcd on a server); forced by initialization[0].user_data_file_id; replace_because_cannot_update)',
      '  fix: undo the site change; or, if the data may go, declare each with its reason (changes.removals: [{ object: <id above>, reason: <why> }]) and synth again',
    ]);
    expect(formatPlanRefusal([])).toBe('');
  });

  it('lets through what the site declares (changes.removals, * for any characters)', () => {
    const v = judgePlan('nodes', changes, [
      { object: 'terraform/nodes/libvirt_volume.w1_*', reason: 'worker1 rebuilt on purpose' },
      { object: 'terraform/nodes/proxmox_virtual_environment_vm.cp1', reason: 'control plane restored from a snapshot' },
    ]);
    expect(v.refused.map((r) => r.object)).toEqual(['terraform/nodes/libvirt_volume.image-flatcar']);
    expect(v.declared.map((r) => r.object)).toEqual(['terraform/nodes/libvirt_volume.w1_disk-os_A', 'terraform/nodes/proxmox_virtual_environment_vm.cp1']);
  });

  it('tells data from what can be made again', () => {
    expect(holdsData('libvirt_pool', {})).toBe('the storage pool of every volume');
    expect(holdsData('libvirt_volume', { create: { content: { url: '/tmp/x.iso' } } })).toBeUndefined();
    expect(holdsData('libvirt_volume', { create: null })).toBe('a disk');
    expect(holdsData('proxmox_virtual_environment_file', {})).toBeUndefined();
    expect(holdsData('cloudflare_dns_record', {})).toBeUndefined();
  });
});

describe('running the stacks', () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-plan-test-'));
    for (const s of ['edge', 'config', 'nodes', 'network', 'extra']) {
      fs.mkdirSync(path.join(out, 'terraform', s), { recursive: true });
      fs.writeFileSync(path.join(out, 'terraform', s, 'cdk.tf.json'), '{}');
    }
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  /** A stand-in terraform: records its calls, answers `show` with the plan of the stack. */
  const fake = (plans: Record<string, object>, calls: string[]): TerraformRunner => (args, cwd) => {
    const stack = path.basename(cwd);
    calls.push(`${stack}: ${args[0]}`);
    if (args[0] === 'plan') expect(fs.existsSync(path.dirname(args.find((a) => a.startsWith('-out='))!.slice(5)))).toBe(true);
    const stdout = args[0] === 'show' ? JSON.stringify(plans[stack] ?? {}) : '';
    return { pid: 0, output: [], stdout, stderr: '', status: 0, signal: null };
  };

  it('plans network, nodes, config, edge, then the others, each init, plan, show', () => {
    const calls: string[] = [];
    const plans = planStacks(out, [], fake({ nodes: PLAN }, calls));
    expect(plans.map((p) => p.stack)).toEqual(['network', 'nodes', 'config', 'edge', 'extra']);
    expect(calls.slice(0, 6)).toEqual(['network: init', 'network: plan', 'network: show', 'nodes: init', 'nodes: plan', 'nodes: show']);
    expect(plans[1].verdict.refused).toHaveLength(3);
  });

  it('exits 1 with the refusal, 0 when nothing is refused, and names a terraform failure', () => {
    const site = path.join(__dirname, '..', '..', 'site.yaml');
    const log: string[] = [];
    const err: string[] = [];
    expect(main(['--site', site, '--out', out], (s) => log.push(s), (s) => err.push(s), fake({ nodes: PLAN }, []))).toBe(1);
    expect(log[1]).toBe('terraform/nodes: 0 to create, 1 to update in place, 4 to replace, 2 to destroy');
    expect(err.join('\n')).toMatch(/^plan refused: 3 resources that hold data would be destroyed:\n/);
    expect(main(['--site', site, '--out', out], () => {}, () => {}, fake({}, []))).toBe(0);
    const failing: TerraformRunner = () => ({ pid: 0, output: [], stdout: '', stderr: 'Error: Backend initialization required', status: 1, signal: null });
    const e: string[] = [];
    expect(main(['--site', site, '--out', out], () => {}, (s) => e.push(s), failing)).toBe(1);
    expect(e[0]).toBe(`plan failed: terraform init in ${path.join(out, 'terraform', 'network')} failed (exit 1):\nError: Backend initialization required`);
    expect(main(['--bogus'], () => {}, (s) => e.push(s), failing)).toBe(1);
    expect(e[1]).toBe('plan failed: unknown or incomplete argument "--bogus"; usage: npm run plan -- [--site <file>] [--out <dir>]');
  });
});
