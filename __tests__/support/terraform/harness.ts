/**
 * Runs the real `terraform` binary against the tfplugin6 simulator (sim/): `startSimulator()` starts one
 * simulator process serving every provider, `runTerraform()` runs terraform attached to it, and the
 * stack helpers copy a synthesized stack into a temporary directory with test values for its variables.
 * Nothing here reaches a network or writes outside the temporary directories.
 */
import { type ChildProcess, spawn, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SimConfig } from './sim/server';
import { schemaDir as pinnedSchemaDir } from '../../../site/schema-dir';

export const REPO = path.join(__dirname, '..', '..', '..');
/** The terraform binary: `$TERRAFORM_BIN`, else `terraform` on PATH. */
export const TERRAFORM = process.env.TERRAFORM_BIN ?? 'terraform';
export const TERRAFORM_SERIES = '1.11.';

/** The provider schema files the project pins (`<namespace>-<name>-<version>.json`). */
export const PROVIDERS = [
  'dmacvicar-libvirt-0.9.7',
  'bpg-proxmox-0.111.1',
  'cloudflare-cloudflare-5.14.0',
  'hashicorp-random-3.7.2',
  'hashicorp-tls-4.1.0',
] as const;

/** The provider schemas of the pinned schema directory (site/schema-dir.js). */
export const schemaDir = (): string => path.join(pinnedSchemaDir(), 'terraform');
/** The providers' behaviour tables: product data (the change report reads them), kept in synth/behaviour/. */
export const BEHAVIOUR_DIR = path.join(REPO, 'synth', 'behaviour');

/** Why terraform cannot be used here (not on PATH, or not 1.11.x), or undefined when it can. */
export function terraformProblem(): string | undefined {
  const where = process.env.TERRAFORM_BIN ? `TERRAFORM_BIN=${TERRAFORM}` : 'terraform on PATH';
  const r = spawnSync(TERRAFORM, ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (r.error || r.status !== 0) return `${where} cannot be run (${r.error?.message ?? r.stderr.trim()})`;
  const version = (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version;
  return version.startsWith(TERRAFORM_SERIES) ? undefined : `${where} is version ${version}, these tests need ${TERRAFORM_SERIES}x`;
}

/**
 * `describe` when terraform 1.11.x is available. Without it the block is skipped with a console message,
 * except under CI=true, where it becomes one failing test: CI must run these tests.
 */
export function describeWithTerraform(name: string, fn: () => void): void {
  const problem = terraformProblem();
  if (!problem) return describe(name, fn);
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has terraform 1.11.x on PATH', () => {
        throw new Error(`${problem}: install terraform 1.11.x (https://releases.hashicorp.com/terraform/) to run the Terraform simulator tests`);
      });
    });
    return;
  }
  console.warn(`SKIPPED "${name}": ${problem}. Install terraform 1.11.x to run these tests.`);
  describe.skip(name, fn);
}

export interface SimulatorOptions {
  /** Schema file stems to serve; all of PROVIDERS by default. */
  providers?: readonly string[];
  /** Where behaviour tables `<stem>.json` are looked up; the project's table folder by default. */
  behaviourDir?: string;
  /** Explicit tables instead of looking them up by stem (for tests with their own table). */
  behaviourFiles?: string[];
}

export interface RpcCall {
  seq: number;
  provider: string;
  rpc: string;
  type?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [k: string]: any;
}

export interface Simulator {
  /** The TF_REATTACH_PROVIDERS value. */
  reattach: string;
  /** Temporary directory of this simulator (sockets, log, CLI config); removed by stop(). */
  dir: string;
  log: string;
  cliConfig: string;
  /** Problems to report: missing behaviour tables, table paths the schema lacks. */
  problems: string[];
  /** The RPCs recorded so far (after `since`, a seq number), optionally of one RPC name. */
  calls(rpc?: string, since?: number): RpcCall[];
  /** The last seq number recorded. */
  lastSeq(): number;
  stop(): Promise<void>;
}

// Runs a .ts file in a plain node process: TypeScript is transpiled with the project's typescript package
// (types are not checked) and the JS is cached by content under the OS temp directory.
const BOOTSTRAP = `
const fs = require('fs'), path = require('path'), os = require('os'), crypto = require('crypto');
const cache = path.join(os.tmpdir(), 'sitekit-tfsim-js');
let ts;
require.extensions['.ts'] = function (module, filename) {
  const src = fs.readFileSync(filename, 'utf8');
  const file = path.join(cache, crypto.createHash('sha256').update(filename + '\\0' + src).digest('hex').slice(0, 32) + '.js');
  let js;
  try { js = fs.readFileSync(file, 'utf8'); } catch {
    ts = ts || require(require.resolve('typescript', { paths: [filename] }));
    js = ts.transpileModule(src, { fileName: filename, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true } }).outputText;
    fs.mkdirSync(cache, { recursive: true });
    const tmp = file + '.' + process.pid;
    fs.writeFileSync(tmp, js);
    fs.renameSync(tmp, file);
  }
  module._compile(js, filename);
};
require(process.env.TFSIM_ENTRY).main(JSON.parse(process.env.TFSIM_CONFIG)).catch((e) => { console.error(e && e.stack || e); process.exit(1); });
`;

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

/** Starts the simulator process; stop() it in afterAll (it also dies with this process). */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const stems = opts.providers ?? PROVIDERS;
  const problems: string[] = [];
  const schemas = stems.map((s) => path.join(schemaDir(), `${s}.json`));
  const missing = schemas.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) throw new Error(`provider schema files missing: ${missing.join(', ')} (set SITEKIT_SCHEMA_DIR to a folder holding terraform/<namespace>-<name>-<version>.json)`);
  let behaviours = opts.behaviourFiles;
  if (!behaviours) {
    const dir = opts.behaviourDir ?? BEHAVIOUR_DIR;
    behaviours = [];
    for (const s of stems) {
      const f = path.join(dir, `${s}.json`);
      if (fs.existsSync(f)) behaviours.push(f);
      else problems.push(`no behaviour table for ${s} (expected ${path.relative(REPO, f)}): it runs without replace rules`);
    }
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfsim-'));
  const cliConfig = path.join(dir, 'terraformrc');
  fs.writeFileSync(cliConfig, '');
  const config: SimConfig = { schemas, behaviours, dir, log: path.join(dir, 'calls.jsonl') };
  fs.writeFileSync(config.log, '');
  const child = spawn(process.execPath, ['-e', BOOTSTRAP], {
    env: { ...process.env, TFSIM_ENTRY: path.join(__dirname, 'sim', 'server.ts'), TFSIM_CONFIG: JSON.stringify(config) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const first = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        child.stdout!.off('data', onData);
        resolve(out.slice(0, nl));
      }
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the simulator exited (code ${code}) before it was ready:\n${stderr}`)));
  });
  const ready = JSON.parse(first) as { reattach: object; problems: string[] };
  problems.push(...ready.problems);
  for (const p of problems) console.warn(`terraform simulator: ${p}`);

  const calls = (rpc?: string, since = 0): RpcCall[] =>
    fs
      .readFileSync(config.log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as RpcCall)
      .filter((c) => c.seq > since && (!rpc || c.rpc === rpc));
  return {
    reattach: JSON.stringify(ready.reattach),
    dir,
    log: config.log,
    cliConfig,
    problems,
    calls,
    lastSeq: () => calls().reduce((m, c) => Math.max(m, c.seq), 0),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      running.delete(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

const NO_COLOR_COMMANDS = new Set(['init', 'validate', 'plan', 'apply', 'destroy', 'show', 'refresh', 'output', 'import', 'console']);

/** Runs terraform in `dir` attached to the simulator, without colour, prompts, checkpoint calls or a user CLI config. */
export function runTerraform(sim: Simulator, dir: string, args: string[], env: Record<string, string> = {}): Promise<TerraformResult> {
  const argv = NO_COLOR_COMMANDS.has(args[0]) && !args.includes('-no-color') ? [args[0], '-no-color', ...args.slice(1)] : args;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TERRAFORM, argv, {
      cwd: dir,
      env: {
        ...process.env,
        TF_REATTACH_PROVIDERS: sim.reattach,
        TF_CLI_CONFIG_FILE: sim.cliConfig,
        CHECKPOINT_DISABLE: '1',
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        // Terraform allocates heavily on large provider schemas; collecting less often saves CPU in these short runs.
        GOGC: '400',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - started }));
  });
}

/** A working directory: a copy of a Terraform JSON configuration, with its local state inside a temporary directory. */
export interface Workspace {
  name: string;
  dir: string;
  state: string;
  run(args: string[], env?: Record<string, string>): Promise<TerraformResult>;
}

/**
 * A workspace under `root` named `name` holding `config` (a Terraform JSON object, or the path of a
 * cdk.tf.json to copy). Variables without a default get test values in an auto-loaded tfvars file
 * (`vars` overrides them).
 */
export function workspace(sim: Simulator, root: string, name: string, config: object | string, vars: Record<string, unknown> = {}): Workspace {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  const json = typeof config === 'string' ? (JSON.parse(fs.readFileSync(config, 'utf8')) as Record<string, unknown>) : (config as Record<string, unknown>);
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(json, null, 2));
  const values = { ...testVariables(json), ...vars };
  if (Object.keys(values).length > 0) fs.writeFileSync(path.join(dir, 'test.auto.tfvars.json'), JSON.stringify(values, null, 2));
  return { name, dir, state: path.join(root, `${name}.tfstate`), run: (args, env) => runTerraform(sim, dir, args, env) };
}

/** Changes some of the workspace's variable values (the auto-loaded tfvars file). */
export function setVariables(ws: Workspace, vars: Record<string, unknown>): void {
  const file = path.join(ws.dir, 'test.auto.tfvars.json');
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...current, ...vars }, null, 2));
}

/** The workspace's variable values. */
export function variables(ws: Workspace): Record<string, unknown> {
  const file = path.join(ws.dir, 'test.auto.tfvars.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
}

/** Replaces the workspace's configuration (for a second plan against the same state). */
export function rewrite(ws: Workspace, config: object): void {
  fs.writeFileSync(path.join(ws.dir, 'cdk.tf.json'), JSON.stringify(config, null, 2));
}

/**
 * Test values for the variables a configuration declares without a default: WireGuard keys get a valid
 * 32-byte base64 key derived from the name, other strings "test-<name>", numbers 1, bools false.
 */
export function testVariables(config: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries((config.variable ?? {}) as Record<string, { type?: string; default?: unknown }>)) {
    if ('default' in v) continue;
    if (/wireguard_.*key/.test(name)) out[name] = createHash('sha256').update(name).digest('base64');
    else if (v.type === 'number') out[name] = 1;
    else if (v.type === 'bool') out[name] = false;
    else out[name] = `test-${name}`;
  }
  return out;
}

/** `terraform init` with the local backend's state moved into the temporary directory. */
export const init = (ws: Workspace): Promise<TerraformResult> => ws.run(['init', '-input=false', `-backend-config=path=${ws.state}`]);

export interface ResourceChange {
  address: string;
  previous_address?: string;
  actions: string[];
  replace_paths?: (string | number)[][];
  action_reason?: string;
  importing?: object;
}

export interface PlanResult extends TerraformResult {
  changes: ResourceChange[];
  /** The plan's full JSON (`terraform show -json`), when the plan succeeded. */
  json?: Record<string, unknown>;
}

/**
 * `plan -out=<dir>/tfplan` with -detailed-exitcode (0 no changes, 2 changes, 1 error) and, when there are
 * changes, the resource changes from `show -json` of the saved plan.
 */
export async function plan(ws: Workspace, extra: string[] = []): Promise<PlanResult> {
  const file = path.join(ws.dir, 'tfplan');
  const r = await ws.run(['plan', '-input=false', '-detailed-exitcode', `-out=${file}`, ...extra]);
  if (r.code !== 2) return { ...r, changes: [] };
  const show = await ws.run(['show', '-json', file]);
  if (show.code !== 0) throw new Error(`terraform show -json failed in ${ws.dir}:\n${show.stderr}`);
  const json = JSON.parse(show.stdout) as { resource_changes?: (ResourceChange & { change: { actions: string[]; replace_paths?: (string | number)[][]; importing?: object } })[] };
  const changes = (json.resource_changes ?? []).map((c) => ({
    address: c.address,
    ...(c.previous_address ? { previous_address: c.previous_address } : {}),
    actions: c.change.actions,
    ...(c.change.replace_paths ? { replace_paths: c.change.replace_paths } : {}),
    ...(c.action_reason ? { action_reason: c.action_reason } : {}),
    ...(c.change.importing ? { importing: c.change.importing } : {}),
  }));
  return { ...r, changes, json: json as Record<string, unknown> };
}

/** The changes that do something (not no-op/read). */
export const effective = (changes: ResourceChange[]): ResourceChange[] => changes.filter((c) => !(c.actions.length === 1 && (c.actions[0] === 'no-op' || c.actions[0] === 'read')));

/** A short text of a failed run for assertion messages. */
export const explain = (r: TerraformResult): string => `exit ${r.code}\n--- stderr\n${r.stderr}\n--- stdout (tail)\n${r.stdout.slice(-3000)}`;
