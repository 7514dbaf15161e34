/**
 * Helpers of the day-2 tests (__tests__/terraform/lifecycle.test.ts): a long-lived synth process, site
 * edits on YAML data, workspaces that can be copied with their state, and one `terraform apply -json`
 * that both reports the plan, change by change, and applies it.
 */
import { type ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { REPO, runTerraform, type Simulator, setVariables, type TerraformResult, testVariables, variables, type Workspace } from './harness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SiteDoc = Record<string, any>;

/** A site file as YAML data. */
export const readSite = (file: string): SiteDoc => parse(fs.readFileSync(path.resolve(REPO, file), 'utf8')) as SiteDoc;

/** Writes site data as a YAML file. */
export function writeSite(file: string, doc: SiteDoc): void {
  fs.writeFileSync(file, stringify(doc));
}

export interface SynthResult {
  code: number;
  /** What the synth printed on stdout and stderr, one entry per line. */
  out: string[];
  err: string[];
  ms: number;
}

/**
 * The compiled synth (`lib/synth/synth.js`, what `npm run synth` runs) in one node process that stays:
 * its modules load once, and each synth is a call of its `main` with the command line a user would
 * type. lib/ must be built first (a synth through bin/synth.js does that). Calls are answered
 * in turn.
 */
export class SynthWorker {
  private readonly child: ChildProcess;
  private next = 0;
  private readonly waiting = new Map<number, (r: SynthResult) => void>();
  private readonly exited: Promise<void>;

  constructor() {
    const env = { ...process.env };
    // Outside jest the synth uses its compile cache and its lighter module loading.
    delete env.JEST_WORKER_ID;
    const code = `
      const synth = require(${JSON.stringify(path.join(REPO, 'lib', 'synth', 'synth.js'))});
      const lines = (into) => (s) => into.push(...String(s).split('\\n'));
      process.on('message', ({ id, argv }) => {
        const out = [], err = [];
        const t0 = Date.now();
        let code;
        try { code = synth.main(argv, lines(out), lines(err)); }
        catch (e) { code = 99; err.push(String(e && e.stack || e)); }
        process.send({ id, code, out, err, ms: Date.now() - t0 });
      });
      process.on('disconnect', () => process.exit(0));`;
    this.child = spawn(process.execPath, ['-e', code], { cwd: REPO, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: SynthResult & { id: number }) => {
      const { id, ...r } = m;
      this.waiting.get(id)?.(r);
      this.waiting.delete(id);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    void this.exited.then(() => {
      for (const done of this.waiting.values()) done({ code: -1, out: [], err: ['the synth process exited'], ms: 0 });
    });
  }

  /** `npm run synth -- --site <site> --out <out> --quiet`. */
  synth(site: string, out: string): Promise<SynthResult> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ id, argv: ['--site', site, '--out', out, '--quiet'] });
    });
  }

  async stop(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }
}

/**
 * A workspace in `<dir>/<stack>` whose local state is `<dir>/<stack>.tfstate`, named relative to the
 * workspace: a copy of `<dir>` is a copy of the workspaces with their state, ready to run without a
 * new `init`.
 */
export function stackWorkspace(sim: Simulator, dir: string, stack: string): Workspace {
  const wsDir = path.join(dir, stack);
  return { name: stack, dir: wsDir, state: path.join(dir, `${stack}.tfstate`), run: (args, env) => runTerraform(sim, wsDir, args, env) };
}

/** `terraform init` of a stackWorkspace. */
export const initStack = (ws: Workspace): Promise<TerraformResult> => ws.run(['init', '-input=false', `-backend-config=path=../${path.basename(ws.state)}`]);

/**
 * Puts a synthesized stack configuration into the workspace, with test values for the variables
 * without a default that it did not have before.
 */
export function putConfig(ws: Workspace, config: string): void {
  fs.mkdirSync(ws.dir, { recursive: true });
  const json = JSON.parse(fs.readFileSync(config, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(path.join(ws.dir, 'cdk.tf.json'), JSON.stringify(json, null, 2));
  const known = variables(ws);
  const missing = Object.fromEntries(Object.entries(testVariables(json)).filter(([k]) => !(k in known)));
  if (Object.keys(missing).length) setVariables(ws, missing);
}

/** An address without cdktf's hash suffix: `libvirt_domain.master1_domain_45C460AF` → `libvirt_domain.master1_domain`. */
export const short = (address: string): string => address.replace(/_[0-9A-F]{8}$/, '');

/** One planned change, as `apply -json` reports it (`planned_change`). */
export interface JsonChange {
  address: string;
  type: string;
  /** create, update, delete, replace, move, ... */
  action: string;
  previous?: string;
  reason?: string;
}

export interface Diagnostic {
  severity: string;
  summary: string;
  detail?: string;
  address?: string;
}

export interface ApplyResult extends TerraformResult {
  /** The plan's changes (terraform reports no no-ops), in the order it printed them. */
  changes: JsonChange[];
  diagnostics: Diagnostic[];
  /** The prior state of every resource, by address, before the apply. */
  before: Map<string, Record<string, unknown>>;
}

/** The managed resources of a workspace's local state, by address (their attributes). */
export function stateResources(ws: Workspace): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  if (!fs.existsSync(ws.state)) return out;
  const state = JSON.parse(fs.readFileSync(ws.state, 'utf8')) as { resources?: { mode: string; type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] };
  for (const r of state.resources ?? []) if (r.mode === 'managed' && r.instances[0]) out.set(`${r.type}.${r.name}`, r.instances[0].attributes);
  return out;
}

/**
 * `terraform apply -json -auto-approve`: the plan (every `planned_change`) and its apply in one run,
 * as `plan` then `apply` of the saved plan would do, without a refresh (nothing drifts in the
 * simulator). Exit code 0 when both succeeded.
 */
export async function applyJson(ws: Workspace): Promise<ApplyResult> {
  const before = stateResources(ws);
  const r = await ws.run(['apply', '-json', '-input=false', '-auto-approve', '-refresh=false']);
  const changes: JsonChange[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const m = JSON.parse(line) as {
      type: string;
      change?: { resource: { addr: string; resource_type: string }; action: string; previous_resource?: { addr: string }; reason?: string };
      diagnostic?: Diagnostic;
    };
    if (m.type === 'planned_change' && m.change) {
      const c = m.change;
      changes.push({ address: c.resource.addr, type: c.resource.resource_type, action: c.action, ...(c.previous_resource ? { previous: c.previous_resource.addr } : {}), ...(c.reason ? { reason: c.reason } : {}) });
    } else if (m.type === 'diagnostic' && m.diagnostic) diagnostics.push(m.diagnostic);
  }
  return { ...r, changes, diagnostics, before };
}

/** The actions of a `planned_change` action, as `terraform show -json` lists them. */
export function actionsOf(action: string): string[] {
  switch (action) {
    case 'replace':
      return ['delete', 'create'];
    case 'move':
    case 'noop':
      return ['no-op'];
    default:
      return [action];
  }
}
