/**
 * The real terraform binary against the provider simulator, on small hand-written configurations: each
 * simulated provider behaviour makes plan or apply replace or fail where the real provider would. The
 * behaviour tables are this test's own (fixtures/terraform/behaviour), not the project's.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  describeWithTerraform,
  explain,
  init,
  plan,
  rewrite,
  type Simulator,
  startSimulator,
  type TerraformResult,
  type Workspace,
  workspace,
} from '../support/terraform/harness';

const TABLES = path.join(__dirname, '..', 'fixtures', 'terraform', 'behaviour');

const PROVIDERS = {
  libvirt: { source: 'dmacvicar/libvirt', version: '0.9.7' },
  random: { source: 'hashicorp/random', version: '3.7.2' },
  proxmox: { source: 'bpg/proxmox', version: '0.111.1' },
};

/** A Terraform JSON configuration using the given providers. */
const tf = (providers: (keyof typeof PROVIDERS)[], body: Record<string, unknown>) => ({
  terraform: { required_providers: Object.fromEntries(providers.map((p) => [p, PROVIDERS[p]])) },
  ...body,
});

const volume = (name: string, extra: Record<string, unknown> = {}) => ({ name, pool: 'default', capacity: 1048576, ...extra });

/** Terraform wraps its diagnostics to the terminal width: compare texts with whitespace runs collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

function expectExit(r: TerraformResult, code: number, what: string): void {
  if (r.code !== code) throw new Error(`${what}: expected exit ${code}, got ${explain(r)}`);
}

describeWithTerraform('terraform 1.11 against the provider simulator', () => {
  let started: Promise<Simulator> | undefined;
  // Tests run concurrently, so the simulator starts on first use rather than in beforeAll.
  const simulator = () =>
    (started ??= startSimulator({
      providers: ['dmacvicar-libvirt-0.9.7', 'hashicorp-random-3.7.2', 'bpg-proxmox-0.111.1'],
      behaviourFiles: fs.readdirSync(TABLES).map((f) => path.join(TABLES, f)),
    }));
  // Created on first use: a skipped block must leave nothing behind.
  let rootDir: string | undefined;
  const root = () => (rootDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tfsim-test-')));
  afterAll(async () => {
    await (await started)?.stop();
    if (rootDir) fs.rmSync(rootDir, { recursive: true, force: true });
  });

  /** A workspace holding `config`, initialised and applied. */
  async function applied(name: string, config: object): Promise<{ sim: Simulator; ws: Workspace }> {
    const sim = await simulator();
    const ws = workspace(sim, root(), name, config);
    expectExit(await init(ws), 0, 'init');
    expectExit(await ws.run(['apply', '-input=false', '-auto-approve']), 0, 'first apply');
    return { sim, ws };
  }

  test.concurrent('a RequiresReplace attribute that changes replaces the resource, and templates give realistic ids', async () => {
    const { ws } = await applied('requires-replace', tf(['libvirt'], { resource: { libvirt_volume: { disk: volume('disk-a.qcow2') } }, output: { id: { value: '${libvirt_volume.disk.id}' } } }));
    const out = await ws.run(['output', '-json']);
    expect(JSON.parse(out.stdout).id.value).toBe('/var/lib/libvirt/images/default/disk-a.qcow2');

    rewrite(ws, tf(['libvirt'], { resource: { libvirt_volume: { disk: volume('disk-b.qcow2') } } }));
    const p = await plan(ws);
    expectExit(p, 2, 'plan');
    expect(p.changes).toEqual([
      { address: 'libvirt_volume.disk', actions: ['delete', 'create'], replace_paths: [['name']], action_reason: 'replace_because_cannot_update' },
    ]);
    expect(p.stdout).toContain('# forces replacement');
  });

  test.concurrent('an SDKv2 ForceNew attribute whose value becomes unknown replaces the resource; a plain one updates in place', async () => {
    const config = (generation: string) =>
      tf(['random', 'proxmox'], {
        resource: {
          random_string: { node: { length: 8, special: false, keepers: { generation } } },
          proxmox_virtual_environment_file: {
            forcenew: { content_type: 'snippets', datastore_id: 'local', node_name: '${random_string.node.result}', source_raw: [{ data: 'a', file_name: 'a.yaml' }] },
            plain: { content_type: 'snippets', datastore_id: 'local', node_name: 'pve', timeout_upload: '${length(random_string.node.result)}', source_raw: [{ data: 'b', file_name: 'b.yaml' }] },
          },
        },
      });
    const { sim, ws } = await applied('forcenew-unknown', config('1'));
    rewrite(ws, config('2'));
    const since = sim.lastSeq();
    const p = await plan(ws);
    expectExit(p, 2, 'plan');
    expect(p.changes).toEqual([
      { address: 'proxmox_virtual_environment_file.forcenew', actions: ['delete', 'create'], replace_paths: [['node_name']], action_reason: 'replace_because_cannot_update' },
      { address: 'proxmox_virtual_environment_file.plain', actions: ['update'] },
      { address: 'random_string.node', actions: ['delete', 'create'], replace_paths: [['keepers']], action_reason: 'replace_because_cannot_update' },
    ]);
    // The value was unknown when the simulator planned it: replacement came from the unknown, not a known change.
    const forcenew = sim.calls('PlanResourceChange', since).find((c) => c.type === 'proxmox_virtual_environment_file' && c.prior?.source_raw?.[0]?.data === 'a');
    expect(forcenew?.planned.node_name).toEqual({ $unknown: true });
    expectExit(await ws.run(['apply', '-input=false', '-auto-approve']), 0, 'apply of the replacement');
  });

  test.concurrent("an update the provider refuses fails apply with the provider's error and leaves the change pending", async () => {
    const { sim, ws } = await applied('refused-update', tf(['libvirt'], { resource: { libvirt_volume: { disk: volume('refused.qcow2') } } }));
    rewrite(ws, tf(['libvirt'], { resource: { libvirt_volume: { disk: volume('refused.qcow2', { capacity: 2097152 }) } } }));
    const p = await plan(ws);
    expectExit(p, 2, 'plan');
    expect(p.changes).toEqual([{ address: 'libvirt_volume.disk', actions: ['update'] }]);
    const since = sim.lastSeq();
    const apply = await ws.run(['apply', '-input=false', '-auto-approve']);
    expectExit(apply, 1, 'apply');
    expect(flat(apply.stderr)).toContain('Error: Update Not Supported with libvirt_volume.disk, on cdk.tf.json line');
    expect(flat(apply.stderr)).toContain('Storage volumes cannot be updated. All changes require replacement.');
    const applies = sim.calls('ApplyResourceChange', since).filter((c) => c.prior?.name === 'refused.qcow2');
    expect(applies.map((c) => [c.diagnostics?.[0]?.summary, c.new.capacity])).toEqual([['Update Not Supported', 1048576]]);
    const again = await plan(ws);
    expect(again.changes).toEqual([{ address: 'libvirt_volume.disk', actions: ['update'] }]);
  });

  test.concurrent('an update the provider ignores makes terraform report an inconsistent result after apply', async () => {
    const network = (bridge: string) => tf(['libvirt'], { resource: { libvirt_network: { lan: { name: 'lan', autostart: true, bridge: { name: bridge }, forward: { mode: 'bridge' } } } } });
    const { ws } = await applied('ignored-update', network('br0'));
    rewrite(ws, network('br1'));
    const apply = await ws.run(['apply', '-input=false', '-auto-approve']);
    expectExit(apply, 1, 'apply');
    expect(flat(apply.stderr)).toContain(
      'Error: Provider produced inconsistent result after apply When applying changes to libvirt_network.lan, provider "provider[\\"registry.terraform.io/dmacvicar/libvirt\\"]" produced an unexpected new value: .bridge.name: was cty.StringVal("br1"), but now cty.StringVal("br0").',
    );
  });

  test.concurrent('prevent_destroy on a resource that must be replaced makes plan fail', async () => {
    const config = (name: string) => tf(['libvirt'], { resource: { libvirt_volume: { disk: { ...volume(name), lifecycle: { prevent_destroy: true } } } } });
    const { ws } = await applied('prevent-destroy', config('disk-a.qcow2'));
    rewrite(ws, config('disk-b.qcow2'));
    const p = await plan(ws);
    expectExit(p, 1, 'plan');
    expect(flat(p.stderr)).toContain('Error: Instance cannot be destroyed');
    expect(flat(p.stderr)).toContain('Resource libvirt_volume.disk has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed.');
  });

  test.concurrent('a moved block is a no-op move; across resource types terraform asks the provider to move the state', async () => {
    const { sim, ws } = await applied(
      'moved',
      tf(['libvirt', 'random'], { resource: { libvirt_volume: { old: volume('disk.qcow2') }, random_string: { token: { length: 16 } } } }),
    );
    rewrite(
      ws,
      tf(['libvirt', 'random'], {
        resource: { libvirt_volume: { renamed: volume('disk.qcow2') }, random_password: { token: { length: 16 } } },
        moved: [
          { from: 'libvirt_volume.old', to: 'libvirt_volume.renamed' },
          { from: 'random_string.token', to: 'random_password.token' },
        ],
      }),
    );
    const since = sim.lastSeq();
    const p = await plan(ws);
    expectExit(p, 2, 'plan');
    expect(p.changes).toEqual([
      { address: 'libvirt_volume.renamed', previous_address: 'libvirt_volume.old', actions: ['no-op'] },
      { address: 'random_password.token', previous_address: 'random_string.token', actions: ['no-op'] },
    ]);
    expect(sim.calls('MoveResourceState', since).map((c) => [c.source, c.type])).toEqual([['registry.terraform.io/hashicorp/random random_string', 'random_password']]);
  });
});
