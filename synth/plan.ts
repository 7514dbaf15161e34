/**
 * `npm run plan [-- --site <file>] [--out <dir>]`: the plan-time guard. For each stack of the
 * synthesized output, in the order they depend on each other, runs the real `terraform plan` against
 * the stack's state and refuses any delete or replace of a resource that holds data (a VM, a disk, a
 * base image other disks are backed by, a storage pool) that the site does not declare
 * (`changes.removals`), naming each with Terraform's reason (`replace_paths`). Where the JSON-diff
 * guard of every synth (data-loss.ts) compares two outputs, this sees what Terraform would really do
 * to what is deployed: replacements through unknown values, state drift, a fresh output directory.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SiteSpec } from '../site/schema';
import { objectPattern } from './gates/policy';
import { isObject } from './gates/policy/terraform/blocks';

/**
 * The stacks in the order they are applied (network before nodes: pool, images, networks; config
 * after nodes: it pushes day-2 files to the VMs over SSH).
 */
export const STACK_ORDER: readonly string[] = ['network', 'nodes', 'config', 'edge'];

/** One entry of `resource_changes` of `terraform show -json <plan>`, as this guard reads it. */
export interface PlannedChange {
  readonly address: string;
  readonly type: string;
  readonly actions: readonly string[];
  readonly replacePaths: readonly (readonly (string | number)[])[];
  readonly reason?: string;
  /** The prior state of the resource (null when it is created). */
  readonly before: Record<string, unknown> | null;
}

/** The changes of a plan (`terraform show -json` of a saved plan), without no-ops and reads. */
export function plannedChanges(plan: unknown): PlannedChange[] {
  const changes = isObject(plan) && Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  const out: PlannedChange[] = [];
  for (const rc of changes) {
    if (!isObject(rc) || !isObject(rc.change) || rc.mode === 'data') continue;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions.map(String) : [];
    if (!actions.length || actions.every((a) => a === 'no-op' || a === 'read')) continue;
    out.push({
      address: String(rc.address),
      type: String(rc.type),
      actions,
      replacePaths: Array.isArray(rc.change.replace_paths) ? (rc.change.replace_paths as (string | number)[][]) : [],
      ...(typeof rc.action_reason === 'string' ? { reason: rc.action_reason } : {}),
      before: isObject(rc.change.before) ? rc.change.before : null,
    });
  }
  return out;
}

/**
 * What a resource of the prior state is, when losing it loses data; else undefined. A libvirt
 * volume made from a local file (the Ignition or cloud-init seed Terraform generated) holds nothing
 * that cannot be made again; one downloaded from a URL is a base image that OS disks are backed by.
 */
export function holdsData(type: string, before: Record<string, unknown> | null): string | undefined {
  switch (type) {
    case 'libvirt_domain':
    case 'proxmox_virtual_environment_vm':
      return 'a VM (its disks on Proxmox, etcd on a server)';
    case 'proxmox_virtual_environment_container':
      return 'a container';
    case 'libvirt_pool':
      return 'the storage pool of every volume';
    case 'libvirt_volume': {
      const create = before && isObject(before.create) && isObject(before.create.content) ? before.create.content.url : undefined;
      if (typeof create === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(create)) return undefined;
      return typeof create === 'string' ? 'a base image other disks are backed by' : 'a disk';
    }
    default:
      return undefined;
  }
}

/** A delete or replace of a data-holding resource. */
export interface RefusedChange {
  /** `terraform/<stack>/<address>`, the id `changes.removals` names. */
  readonly object: string;
  readonly action: 'delete' | 'replace';
  readonly what: string;
  /** Why Terraform replaces it: the attributes (`replace_paths`) and its action reason. */
  readonly why: string;
}

export interface PlanVerdict {
  readonly refused: readonly RefusedChange[];
  /** Deletes and replaces the site declared (`changes.removals`). */
  readonly declared: readonly RefusedChange[];
}

const pathText = (p: readonly (string | number)[]) => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

/** Sorts the deletes and replaces of data-holding resources of one stack's plan into refused and declared. */
export function judgePlan(stack: string, changes: readonly PlannedChange[], removals: SiteSpec['changes']['removals']): PlanVerdict {
  const refused: RefusedChange[] = [];
  const declared: RefusedChange[] = [];
  for (const c of changes) {
    if (!c.actions.includes('delete')) continue;
    const what = holdsData(c.type, c.before);
    if (!what) continue;
    const action = c.actions.includes('create') ? 'replace' : 'delete';
    const why = action === 'replace' ? [c.replacePaths.length ? `forced by ${c.replacePaths.map(pathText).join(', ')}` : '', c.reason ?? ''].filter(Boolean).join('; ') || 'replaced' : (c.reason ?? 'no longer in the configuration');
    const object = `terraform/${stack}/${c.address}`;
    const change = { object, action, what, why } as const;
    if (removals.some((r) => (r.object.includes('*') ? objectPattern(r.object).test(object) : r.object === object))) declared.push(change);
    else refused.push(change);
  }
  return { refused, declared };
}

/** The refusal text: one line per change, then how to fix it. Empty when nothing is refused. */
export function formatPlanRefusal(refused: readonly RefusedChange[]): string {
  if (!refused.length) return '';
  return [
    `plan refused: ${refused.length === 1 ? '1 resource that holds data' : `${refused.length} resources that hold data`} would be destroyed:`,
    ...refused.map((r) => `    ${r.object}: ${r.action} (${r.what}; ${r.why})`),
    '  fix: undo the site change; or, if the data may go, declare each with its reason (changes.removals: [{ object: <id above>, reason: <why> }]) and synth again',
  ].join('\n');
}

/** How a terraform run is made: the real binary by default, a stand-in in unit tests. */
export type TerraformRunner = (args: readonly string[], cwd: string) => SpawnSyncReturns<string>;

const realTerraform: TerraformRunner = (args, cwd) => spawnSync(process.env.SITEKIT_TERRAFORM ?? 'terraform', args, { cwd, encoding: 'utf8', env: { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }, maxBuffer: 256 * 1024 * 1024 });

class PlanError extends Error {
  readonly userError = true;
}

function run(terraform: TerraformRunner, args: readonly string[], cwd: string, ok: readonly number[] = [0]): string {
  const r = terraform(args, cwd);
  if (r.error) throw new PlanError(`cannot run terraform (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): install Terraform 1.11 or set SITEKIT_TERRAFORM to its path`);
  if (!ok.includes(r.status ?? -1)) throw new PlanError(`terraform ${args[0]} in ${cwd} failed (exit ${r.status}):\n${(r.stderr || r.stdout).trim()}`);
  return r.stdout;
}

/** One stack's plan: the changes Terraform would make and the verdict on them. */
export interface StackPlan {
  readonly stack: string;
  readonly changes: readonly PlannedChange[];
  readonly verdict: PlanVerdict;
}

/**
 * Plans every stack under `<outDir>/terraform` in STACK_ORDER (then any other, by name): `init`,
 * `plan -out` into a private temporary file (a plan holds secrets), `show -json`. The plan file is
 * deleted afterwards.
 */
export function planStacks(outDir: string, removals: SiteSpec['changes']['removals'], terraform: TerraformRunner = realTerraform): StackPlan[] {
  const root = path.join(outDir, 'terraform');
  if (!fs.existsSync(root)) throw new PlanError(`${root} does not exist: run npm run synth first`);
  const stacks = fs
    .readdirSync(root)
    .filter((s) => fs.existsSync(path.join(root, s, 'cdk.tf.json')))
    .sort((a, b) => (STACK_ORDER.indexOf(a) + 1 || 99) - (STACK_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-plan-'));
  try {
    return stacks.map((stack) => {
      const dir = path.join(root, stack);
      const planFile = path.join(tmp, `${stack}.tfplan`);
      run(terraform, ['init', '-input=false', '-no-color'], dir);
      run(terraform, ['plan', '-input=false', '-no-color', '-lock-timeout=60s', `-out=${planFile}`], dir);
      const changes = plannedChanges(JSON.parse(run(terraform, ['show', '-json', planFile], dir)));
      return { stack, changes, verdict: judgePlan(stack, changes, removals) };
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A line per stack: how many resources each action touches. */
export function formatStackPlan(p: StackPlan): string {
  const count = (pred: (c: PlannedChange) => boolean) => p.changes.filter(pred).length;
  const replace = count((c) => c.actions.includes('delete') && c.actions.includes('create'));
  return `terraform/${p.stack}: ${count((c) => c.actions.length === 1 && c.actions[0] === 'create')} to create, ${count((c) => c.actions.includes('update'))} to update in place, ${replace} to replace, ${count((c) => c.actions.length === 1 && c.actions[0] === 'delete')} to destroy`;
}

const USAGE = 'usage: npm run plan -- [--site <file>] [--out <dir>]';

/** Runs the plan guard; returns the exit code (0 nothing refused, 1 refused or a user error, 2 internal error). */
export function main(argv: readonly string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error, terraform: TerraformRunner = realTerraform): number {
  try {
    let site = 'site.yaml';
    let out = 'dist';
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--help' || a === '-h') {
        log(`${USAGE}\n  --site <file>  the site whose changes.removals may allow a destroy (default site.yaml)\n  --out <dir>    the synthesized output whose stacks are planned (default dist)`);
        return 0;
      }
      if ((a === '--site' || a === '--out') && argv[i + 1] !== undefined) {
        if (a === '--site') site = argv[++i];
        else out = argv[++i];
      } else throw new PlanError(`unknown or incomplete argument ${JSON.stringify(a)}; ${USAGE}`);
    }
    const { loadSiteFile } = require('../site') as typeof import('../site');
    const removals = loadSiteFile(site).site.spec.changes.removals;
    const plans = planStacks(out, removals, terraform);
    for (const p of plans) {
      log(formatStackPlan(p));
      for (const d of p.verdict.declared) log(`  declared ${d.object}: ${d.action} (${d.what})`);
    }
    const refused = plans.flatMap((p) => p.verdict.refused);
    if (refused.length) {
      err(formatPlanRefusal(refused));
      return 1;
    }
    return 0;
  } catch (e) {
    if ((e as { userError?: boolean }).userError) {
      err(`plan failed: ${(e as Error).message}`);
      return 1;
    }
    err(`plan failed with an internal error:\n${(e as Error).stack ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
