/**
 * The synthesized Terraform of each example site, run by the real terraform binary against the provider
 * simulator with the project's behaviour tables: every stack, in the order the infra app builds them,
 * must init, validate, plan only creations, apply, and then plan no change. The config stack is only
 * planned: applying it would run its provisioners, which SSH to the site's addresses.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import {
  describeWithTerraform,
  effective,
  explain,
  init,
  plan,
  REPO,
  setVariables,
  type Simulator,
  startSimulator,
  type TerraformResult,
  variables,
  type Workspace,
  workspace,
} from '../support/terraform/harness';

const run = promisify(execFile);

/** The stacks in dependency order, as infra/app.ts builds them. */
const STACK_ORDER = ['network', 'nodes', 'config', 'edge'];
/** Stacks that are validated and planned, never applied. */
const PLAN_ONLY = ['config'];
const SITES = ['site.yaml', 'examples/proxmox-minimal.yaml', 'examples/multi-cluster.yaml'];

/** Generous: the stack tests share two cores with terraform processes, and the key test waits for site.yaml. */
const TIMEOUT = 240_000;

const timings: string[] = [];

function expectExit(r: TerraformResult, code: number, what: string): void {
  timings.push(`${what} ${r.ms} ms`);
  if (r.code !== code) throw new Error(`${what}: expected exit ${code}, got ${explain(r)}`);
}

describeWithTerraform('the synthesized stacks under terraform 1.11 and the provider simulator', () => {
  let started: Promise<Simulator> | undefined;
  const simulator = () => (started ??= startSimulator());
  // Created on first use: a skipped block must leave nothing behind.
  let rootDir: string | undefined;
  const root = () => (rootDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tfsim-stacks-')));
  afterAll(async () => {
    if (process.env.TFSIM_TIMINGS) console.log(timings.join('\n'));
    await (await started)?.stop();
    if (rootDir) fs.rmSync(rootDir, { recursive: true, force: true });
  });

  // The first synth may rebuild lib/ (tsc -b); the others wait for it instead of building concurrently.
  let firstSynth: Promise<unknown> | undefined;
  async function synth(site: string, out: string): Promise<void> {
    if (firstSynth) await firstSynth.catch(() => undefined);
    const p = run(process.execPath, [path.join(REPO, 'bin', 'synth.js'), '--site', site, '--out', out, '--quiet'], { cwd: REPO });
    firstSynth ??= p;
    await p;
  }

  // Each site's applied workspaces, by stack, for the tests that change an applied site.
  const applied = new Map<string, { promise: Promise<Map<string, Workspace>>; resolve: (w: Map<string, Workspace>) => void; reject: (e: unknown) => void }>();
  for (const site of SITES) {
    let resolve!: (w: Map<string, Workspace>) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<Map<string, Workspace>>((res, rej) => ((resolve = res), (reject = rej)));
    promise.catch(() => undefined);
    applied.set(site, { promise, resolve, reject });
  }

  test.concurrent.each(SITES)('%s: every stack inits, validates, applies its plan and then plans no change (config: plans only creations)', async (site) => {
    try {
      applied.get(site)!.resolve(await applyAll(site));
    } catch (e) {
      applied.get(site)!.reject(e);
      throw e;
    }
  }, TIMEOUT);

  test.concurrent('site.yaml nodes: new WireGuard keys (changed cloud-init disks) apply, and then nothing changes', async () => {
    const ws = (await applied.get('site.yaml')!.promise.catch(() => undefined))?.get('nodes');
    if (!ws) throw new Error('the site.yaml stacks did not apply (see that test)');
    const keys = Object.keys(variables(ws)).filter((v) => v.startsWith('wireguard_private_key_'));
    expect(keys.length).toBeGreaterThan(0);
    setVariables(ws, Object.fromEntries(keys.map((k) => [k, Buffer.alloc(32, 7).toString('base64')])));
    const changed = await plan(ws);
    expectExit(changed, 2, 'site.yaml stack nodes: plan after the key change');
    expectExit(await ws.run(['apply', '-input=false', '-auto-approve', path.join(ws.dir, 'tfplan')]), 0, 'site.yaml stack nodes: apply after the key change');
    expectExit(await ws.run(['plan', '-input=false', '-detailed-exitcode']), 0, 'site.yaml stack nodes: re-plan after the key change');
  }, TIMEOUT);

  /** Synthesizes a site and takes every stack through init, validate, plan, apply and an empty re-plan. */
  async function applyAll(site: string): Promise<Map<string, Workspace>> {
    const name = path.basename(site, '.yaml');
    const out = path.join(root(), `${name}-synth`);
    const t0 = Date.now();
    const [sim] = await Promise.all([simulator(), synth(site, out)]);
    timings.push(`${site}: simulator and synth ${Date.now() - t0} ms`);
    const stacks = fs.readdirSync(path.join(out, 'terraform'));
    expect(stacks.filter((s) => !STACK_ORDER.includes(s))).toEqual([]);

    const done = new Map<string, Workspace>();
    for (const stack of STACK_ORDER.filter((s) => stacks.includes(s))) {
      const ws = workspace(sim, root(), `${name}-${stack}`, path.join(out, 'terraform', stack, 'cdk.tf.json'));
      done.set(stack, ws);
      const at = `${site} stack ${stack}`;
      expectExit(await init(ws), 0, `${at}: init`);
      expectExit(await ws.run(['validate']), 0, `${at}: validate`);
      const first = await plan(ws);
      expectExit(first, 2, `${at}: plan`);
      expect({ at, notCreate: first.changes.filter((c) => c.actions.join() !== 'create') }).toEqual({ at, notCreate: [] });
      if (PLAN_ONLY.includes(stack)) {
        // Every terraform_data of the stack (one per provisioned node and day-2 group), nothing else.
        const json = JSON.parse(fs.readFileSync(path.join(out, 'terraform', stack, 'cdk.tf.json'), 'utf8')) as { resource: { terraform_data: object } };
        const expected = Object.keys(json.resource.terraform_data).map((k) => `terraform_data.${k}`);
        expect({ at, planned: first.changes.map((c) => c.address).sort() }).toEqual({ at, planned: expected.sort() });
        expect(expected.length).toBeGreaterThan(0);
        continue;
      }
      expectExit(await ws.run(['apply', '-input=false', '-auto-approve', path.join(ws.dir, 'tfplan')]), 0, `${at}: apply`);
      const again = await plan(ws);
      expect({ at, changes: effective(again.changes) }).toEqual({ at, changes: [] });
      expectExit(again, 0, `${at}: re-plan`);
    }
    return done;
  }
});
