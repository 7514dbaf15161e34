/**
 * Day 1 and day 2 under the real terraform and the provider simulator (one simulator process for the
 * file). Day 1: every stack of each example site inits, validates, plans only creations, applies and
 * then plans no change. Day 2: each site is then edited as its user would edit it. Every edit is a synth into the same output directory (so the data-loss
 * guard compares it with the previous one), then a plan and an apply of each stack whose
 * configuration changed, in stack order. Each edit states what the synth says and what the plan does,
 * change by change; no plan may delete or replace a resource that holds data unless the site declares
 * it (synth/plan.ts judges that, as `npm run plan` does); every apply must succeed.
 *
 * The edits of a site run in a few chains, each from a copy of the day-1 state and output, each edit
 * on the state the previous one applied.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { judgePlan, type PlannedChange } from '../../synth/plan';
import { describeWithTerraform, effective, explain, plan, REPO, runTerraform, setVariables, type Simulator, startSimulator, TERRAFORM, type TerraformResult, variables } from '../support/terraform/harness';
import { type ApplyResult, actionsOf, applyJson, initStack, putConfig, readSite, short, stackWorkspace, SynthWorker, writeSite } from '../support/terraform/lifecycle';
import { node, refusal, SITES } from './site-edits';

const run = promisify(execFile);
/** The stacks in dependency order, as infra/app.ts builds them. */
const DAY1_ORDER = ['network', 'nodes', 'config', 'edge'];
/** The stacks that are applied, in order. Not `config`: its provisioners would SSH to the sites' addresses. */
const STACK_ORDER = ['network', 'nodes', 'edge'];
/** Generous: the chains share two cores with other terraform processes. */
const TIMEOUT = 400_000;

describeWithTerraform('day 2: site edits under terraform 1.11 and the provider simulator', () => {
  let started: Promise<Simulator> | undefined;
  const simulator = () => (started ??= startSimulator());
  let rootDir: string | undefined;
  const root = () => (rootDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tfsim-day2-')));
  const timings: string[] = [];
  let worker: SynthWorker | undefined;
  afterAll(async () => {
    if (process.env.TFSIM_TIMINGS) console.log(timings.join('\n'));
    await worker?.stop();
    await (await started)?.stop();
    if (rootDir) fs.rmSync(rootDir, { recursive: true, force: true });
  });

  // The first synth runs as `npm run synth` does (bin/synth.js: it builds lib/ when a source is
  // newer); the others go to a synth process that loads the built lib/ once.
  let built: Promise<unknown> | undefined;
  async function synth(site: string, out: string): Promise<{ code: number; err: string[] }> {
    if (!built) {
      const first = run(process.execPath, [path.join(REPO, 'bin', 'synth.js'), '--site', site, '--out', out, '--quiet'], { cwd: REPO });
      built = first;
      const { stderr } = await first;
      return { code: 0, err: stderr.split('\n').filter(Boolean) };
    }
    await built;
    worker ??= new SynthWorker();
    const r = await worker.synth(site, out);
    timings.push(`${path.basename(site)}: synth ${r.ms} ms`);
    return r;
  }

  /**
   * Day 1 of each site, in <root>/<site>/day1 (its output and the workspaces with their state, copied
   * by each chain): every stack, in the order the infra app builds them, inits, validates, plans only
   * creations, applies the saved plan and then plans no change. The config stack is only planned:
   * applying it would run its provisioners, which SSH to the site's addresses.
   */
  const day1 = new Map<string, Promise<{ dir: string; stacks: string[] }>>();
  const applyDay1 = (site: string) => {
    let p = day1.get(site);
    if (!p) {
      p = (async () => {
        const dir = path.join(root(), path.basename(site, '.yaml'), 'day1');
        const out = path.join(dir, 'dist');
        const [sim, s] = await Promise.all([simulator(), synth(path.join(REPO, site), out)]);
        expect({ site, code: s.code, err: s.err }).toEqual({ site, code: 0, err: [] });
        const synthesized = fs.readdirSync(path.join(out, 'terraform'));
        expect({ site, unknown: synthesized.filter((st) => !DAY1_ORDER.includes(st)) }).toEqual({ site, unknown: [] });
        const applied: string[] = [];
        for (const stack of DAY1_ORDER.filter((st) => synthesized.includes(st))) {
          const at = `${site} stack ${stack}`;
          const ws = stackWorkspace(sim, dir, stack);
          const config = path.join(out, 'terraform', stack, 'cdk.tf.json');
          putConfig(ws, config);
          expectExit(await initStack(ws), 0, `${at}: init`);
          expectExit(await ws.run(['validate']), 0, `${at}: validate`);
          if (!STACK_ORDER.includes(stack)) {
            const first = await plan(ws);
            expectExit(first, 2, `${at}: plan`);
            // Every terraform_data of the config stack (one per provisioned node and day-2 group), nothing else.
            const json = JSON.parse(fs.readFileSync(config, 'utf8')) as { resource: { terraform_data: object } };
            const expected = Object.keys(json.resource.terraform_data).map((k) => `terraform_data.${k}`);
            expect(expected.length).toBeGreaterThan(0);
            expect({ at, planned: first.changes.map((c) => c.address).sort() }).toEqual({ at, planned: expected.sort() });
            continue;
          }
          // The plan (every planned change reported) and its apply in one run.
          const a = await applyJson(ws);
          timings.push(`${site} day 1 ${stack}: apply ${a.ms} ms`);
          expect({ at, code: a.code, errors: errorsOf(a), notCreate: a.changes.filter((c) => c.action !== 'create').map((c) => `${c.action} ${c.address}`) }).toEqual({ at, code: 0, errors: [], notCreate: [] });
          expect(a.changes.length).toBeGreaterThan(0);
          const again = await plan(ws);
          expect({ at, changes: effective(again.changes) }).toEqual({ at, changes: [] });
          expectExit(again, 0, `${at}: re-plan`);
          applied.push(stack);
        }
        return { dir, stacks: applied };
      })();
      p.catch(() => undefined);
      day1.set(site, p);
    }
    return p;
  };

  test.concurrent.each(Object.keys(SITES))('%s: day 1: every stack inits, validates, applies its plan and then plans no change (config: plans only creations)', async (site) => {
    await applyDay1(site);
  }, TIMEOUT);

  /** A copy of a site's day 1 in <root>/<site>/<name>. */
  async function copyOfDay1(site: string, name: string): Promise<{ dir: string; stacks: string[] }> {
    const { dir: day1Dir, stacks } = await applyDay1(site);
    const dir = path.join(path.dirname(day1Dir), name);
    fs.cpSync(day1Dir, dir, { recursive: true });
    return { dir, stacks };
  }

  test.concurrent('site.yaml nodes: new WireGuard keys (changed cloud-init disks) apply, and then nothing changes', async () => {
    const sim = await simulator();
    const { dir } = await copyOfDay1('site.yaml', 'keys');
    const ws = stackWorkspace(sim, dir, 'nodes');
    const keys = Object.keys(variables(ws)).filter((v) => v.startsWith('wireguard_private_key_'));
    expect(keys.length).toBeGreaterThan(0);
    setVariables(ws, Object.fromEntries(keys.map((k) => [k, Buffer.alloc(32, 7).toString('base64')])));
    expectExit(await plan(ws), 2, 'site.yaml stack nodes: plan after the key change');
    expectExit(await ws.run(['apply', '-input=false', '-auto-approve', path.join(ws.dir, 'tfplan')]), 0, 'site.yaml stack nodes: apply after the key change');
    expectExit(await ws.run(['plan', '-input=false', '-detailed-exitcode']), 0, 'site.yaml stack nodes: re-plan after the key change');
  }, TIMEOUT);

  const chains = Object.entries(SITES).flatMap(([site, branches]) => branches.map((edits, i) => [site, i + 1, edits.map((e) => e.name).join(', '), edits] as const));
  test.concurrent.each(chains)('%s, chain %d: %s', async (site, chain, _names, edits) => {
    const sim = await simulator();
    const { dir, stacks } = await copyOfDay1(site, `chain${chain}`);
    const out = path.join(dir, 'dist');
    const workspaces = new Map(stacks.map((s) => [s, stackWorkspace(sim, dir, s)]));
    let doc = readSite(site);
    for (const [i, e] of edits.entries()) {
      const next = structuredClone(doc);
      e.edit(next);
      const file = path.join(dir, `edit-${i + 1}.yaml`);
      writeSite(file, next);
      const before = new Map(stacks.map((s) => [s, fs.readFileSync(path.join(out, 'terraform', s, 'cdk.tf.json'), 'utf8')]));
      const s = await synth(file, out);
      // Site warnings name the edit's file: relative to the chain's directory.
      const err = s.err.map((l) => l.split(`${dir}/`).join(''));
      const at = `${site} ${e.name}`;
      if (e.refused) expect({ at, code: s.code, err }).toEqual({ at, code: 1, err: [...(e.says ?? []), ...refusal(e.refused)] });
      else {
        const boot = /^by hand: the first-boot data of (\d+) existing VMs? changed, /;
        const counted = err.flatMap((l) => (boot.test(l) ? [Number(boot.exec(l)![1])] : []));
        expect({ at, code: s.code, err: err.filter((l) => !boot.test(l)), firstBoot: counted }).toEqual({ at, code: 0, err: e.says ?? [], firstBoot: e.firstBoot ? [e.firstBoot] : [] });
      }
      if (s.code !== 0) continue;
      const planned: Record<string, Record<string, string>> = {};
      for (const stack of stacks) {
        const config = path.join(out, 'terraform', stack, 'cdk.tf.json');
        if (fs.readFileSync(config, 'utf8') === before.get(stack)) continue;
        const ws = workspaces.get(stack)!;
        putConfig(ws, config);
        const a = await applyJson(ws);
        timings.push(`${at} ${stack}: apply ${a.ms} ms`);
        planned[stack] = planOf(a);
        expect({ at, stack, code: a.code, errors: errorsOf(a) }).toEqual({ at, stack, code: 0, errors: [] });
        // Nothing that holds data goes, unless the site says so (the verdict of `npm run plan`).
        expect({ at, stack, refused: judgePlan(stack, plannedChanges(a), next.changes?.removals ?? []).refused }).toEqual({ at, stack, refused: [] });
      }
      expect({ at, plan: nonEmpty(planned) }).toEqual({ at, plan: nonEmpty(e.plan ?? {}) });
      // The user deletes a removal once it is applied (the synth warns until then).
      if (next.changes?.removals) delete next.changes.removals;
      doc = next;
    }
  }, TIMEOUT);

  // `npm run plan` where the data-loss guard of the synth cannot see: an output synthesized into a
  // fresh directory (nothing to compare with) from a site whose VMs move to another Proxmox node,
  // which replaces them (node_name forces replacement). The output and the state sit as in a
  // user's checkout: <dir>/<out> and <dir>/state/<site>/<stack>.tfstate (terraform.backend.dir).
  test.concurrent('npm run plan refuses an undeclared replace of VMs, and passes it once the site declares it', async () => {
    const sim = await simulator();
    const dir = path.join(root(), 'plan');
    fs.mkdirSync(dir, { recursive: true });
    // proxmox-minimal with two VMs, neither with prevent_destroy (the k3s server runs elsewhere).
    const doc = readSite('examples/proxmox-minimal.yaml');
    doc.name = 'plan-lab';
    doc.nodes = doc.nodes.filter((n: { name: string }) => ['k8s-cp1', 'k8s-worker1', 'automation'].includes(n.name));
    node(doc, 'k8s-cp1').external = true;
    doc.clusters[0].nodes = ['k8s-cp1', 'k8s-worker1'];
    const before = path.join(dir, 'before.yaml');
    writeSite(before, doc);
    expect(await synth(before, path.join(dir, 'dist'))).toMatchObject({ code: 0, err: [] });
    for (const stack of ['network', 'nodes']) {
      const cwd = path.join(dir, 'dist', 'terraform', stack);
      for (const args of [['init', '-input=false'], ['apply', '-input=false', '-auto-approve']]) {
        const r = await runTerraform(sim, cwd, args);
        if (r.code !== 0) throw new Error(`${stack} ${args[0]}: ${r.stderr}`);
      }
    }
    expect(fs.readdirSync(path.join(dir, 'state', 'plan-lab')).sort()).toEqual(['network.tfstate', 'nodes.tfstate']);

    doc.hypervisor.node = 'pve2';
    const moved = path.join(dir, 'moved.yaml');
    writeSite(moved, doc);
    expect(await synth(moved, path.join(dir, 'dist2'))).toMatchObject({ code: 0, err: [] });
    const env = { ...process.env, TF_REATTACH_PROVIDERS: sim.reattach, TF_CLI_CONFIG_FILE: sim.cliConfig, SITEKIT_TERRAFORM: TERRAFORM };
    const npmPlan = (site: string) => run(process.execPath, [path.join(REPO, 'lib', 'synth', 'plan.js'), '--site', site, '--out', path.join(dir, 'dist2')], { cwd: REPO, env }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    const why = 'a VM (its disks on Proxmox, etcd on a server); forced by node_name; replace_because_cannot_update';
    const refused = await npmPlan(moved);
    expect(refused).toEqual({
      code: 1,
      stdout: [
        'terraform/network: 0 to create, 0 to update in place, 2 to replace, 0 to destroy',
        'terraform/nodes: 0 to create, 0 to update in place, 2 to replace, 0 to destroy',
        // Never applied here: the day-2 pushes of the two provisioned VMs (firewall, SSH keys) are all to create.
        'terraform/config: 5 to create, 0 to update in place, 0 to replace, 0 to destroy',
        '',
      ].join('\n'),
      stderr: [
        'plan refused: 2 resources that hold data would be destroyed:',
        `    terraform/nodes/proxmox_virtual_environment_vm.automation: replace (${why})`,
        `    terraform/nodes/proxmox_virtual_environment_vm.k8s-worker1: replace (${why})`,
        '  fix: undo the site change; or, if the data may go, declare each with its reason (changes.removals: [{ object: <id above>, reason: <why> }]) and synth again',
        '',
      ].join('\n'),
    });

    doc.changes = { removals: [{ object: 'terraform/nodes/proxmox_virtual_environment_vm.*', reason: 'the VMs are rebuilt on pve2' }] };
    const declared = path.join(dir, 'declared.yaml');
    writeSite(declared, doc);
    // The output is the same: the guard of the synth has nothing to allow (and says so).
    expect(await synth(declared, path.join(dir, 'dist2'))).toMatchObject({
      code: 0,
      err: ['warning: changes.removals[0] (terraform/nodes/proxmox_virtual_environment_vm.*) matches nothing this synth removes: delete it once `terraform apply` has made the removal (npm run plan still needs it until then)'],
    });
    expect(await npmPlan(declared)).toEqual({
      code: 0,
      stdout: [
        'terraform/network: 0 to create, 0 to update in place, 2 to replace, 0 to destroy',
        'terraform/nodes: 0 to create, 0 to update in place, 2 to replace, 0 to destroy',
        '  declared terraform/nodes/proxmox_virtual_environment_vm.automation: replace (a VM (its disks on Proxmox, etcd on a server))',
        '  declared terraform/nodes/proxmox_virtual_environment_vm.k8s-worker1: replace (a VM (its disks on Proxmox, etcd on a server))',
        'terraform/config: 5 to create, 0 to update in place, 0 to replace, 0 to destroy',
        '',
      ].join('\n'),
      stderr: '',
    });
  }, TIMEOUT);
});

function expectExit(r: TerraformResult, code: number, what: string): void {
  if (r.code !== code) throw new Error(`${what}: expected exit ${code}, got ${explain(r)}`);
}

/** The errors terraform reported, as text. */
const errorsOf = (a: ApplyResult): string[] => a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.address ?? ''} ${d.summary}: ${d.detail ?? ''}`.trim());

/** A plan as the edits state it: short address → action. */
function planOf(a: ApplyResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of [...a.changes].sort((x, y) => (x.address < y.address ? -1 : 1))) out[short(c.address)] = c.previous ? `${c.action} from ${short(c.previous)}` : c.action;
  return out;
}

/** The changes of an apply in the form synth/plan.ts judges, with the prior state of each. */
function plannedChanges(a: ApplyResult): PlannedChange[] {
  return a.changes.map((c) => ({ address: c.address, type: c.type, actions: actionsOf(c.action), replacePaths: [], ...(c.reason ? { reason: c.reason } : {}), before: a.before.get(c.previous ?? c.address) ?? null }));
}

const nonEmpty = (plans: Record<string, Record<string, string>>) => Object.fromEntries(Object.entries(plans).filter(([, p]) => Object.keys(p).length > 0));
