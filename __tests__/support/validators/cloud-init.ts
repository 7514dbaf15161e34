/**
 * cloud-init as a validator, many documents per process: `cloud-init schema --config-file` for
 * user-data and `cloud-init devel net-convert` for network-config, run through cloud-init's own CLI
 * entry point by cloud-init-batch.py in one Python process (the CLI takes ~0.4 s to start; a site
 * has a dozen nodes). Each result is the same as the single command's.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckResult } from './bootstrap';
import { filesUnder } from './bootstrap/checks';

const DRIVER = path.join(__dirname, 'cloud-init-batch.py');

/** The Python that runs cloud-init: the interpreter of its script's #! line. */
function cloudInitPython(): string {
  const which = spawnSync('sh', ['-c', 'command -v cloud-init'], { encoding: 'utf8' });
  const script = which.stdout.trim();
  if (!script) throw new Error('cloud-init is not installed (Debian package cloud-init)');
  const shebang = /^#!\s*(\S+)/.exec(fs.readFileSync(script, 'utf8').split('\n', 1)[0]);
  if (!shebang) throw new Error(`${script} has no #! line naming its Python`);
  return shebang[1];
}

/** Runs each argument list as `cloud-init <args>`; returns exit status and output of each. */
function runBatch(commands: readonly (readonly string[])[]): { status: number; output: string }[] {
  if (commands.length === 0) return [];
  const r = spawnSync(cloudInitPython(), [DRIVER], { input: JSON.stringify(commands), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`cloud-init-batch.py failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `cloud-init schema --config-file` of each user-data: valid when it prints only "Valid cloud-config" (no deprecations). */
export function checkCloudConfigs(userData: readonly string[]): CheckResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-cloud-init-'));
  try {
    const files = userData.map((text, i) => {
      const file = path.join(dir, `user-data-${i}`);
      fs.writeFileSync(file, text);
      return file;
    });
    return runBatch(files.map((f) => ['schema', '--config-file', f])).map((r, i) => ({
      ok: r.status === 0 && r.output.trim() === `Valid cloud-config: ${files[i]}`,
      command: `cloud-init schema --config-file ${files[i]}`,
      output: r.output,
      notes: ['run with the others of its batch in one Python process'],
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export type NetworkRenderer = 'eni' | 'networkd' | 'netplan';

/**
 * cloud-init 22.4 has no schema for network-config; its own converter is the validator: it parses
 * each v2 document and renders it with a Debian renderer. Returns the rendered files with each result.
 */
export function checkNetworkConfigs(docs: readonly { readonly text: string; readonly renderer: NetworkRenderer }[]): (CheckResult & { files: Record<string, string> })[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-netconf-'));
  try {
    const jobs = docs.map((d, i) => {
      const file = path.join(dir, `network-config-${i}`);
      fs.writeFileSync(file, d.text);
      return { file, out: path.join(dir, `out-${i}`), renderer: d.renderer };
    });
    const args = jobs.map((j) => ['devel', 'net-convert', '-p', j.file, '-k', 'yaml', '-D', 'debian', '-O', j.renderer, '-d', j.out]);
    return runBatch(args).map((r, i) => ({
      ok: r.status === 0 && !/Traceback|ERROR|WARNING/.test(r.output),
      command: `cloud-init ${args[i].join(' ')}`,
      output: r.output,
      notes: [`rendered with the ${jobs[i].renderer} renderer`, 'run with the others of its batch in one Python process'],
      files: filesUnder(jobs[i].out),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
