/**
 * The config stack under the real terraform 1.11: for each example site it inits, validates and plans
 * (one creation per terraform_data, with the triggers the synth computed), and what a site edit
 * plans against the state of an applied stack. terraform_data is built into terraform, so no
 * provider (and no simulator) is needed. Never applied with its provisioners: they would SSH to the
 * sites' addresses.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { ConfigStack } from '../../infra/stacks/config';
import { TerraformApp } from '../../infra/tf';
import { loadSite, loadSiteFile, type Site } from '../../site';
import { parse, stringify } from 'yaml';
import { describeWithTerraform, REPO, TERRAFORM } from '../support/terraform/harness';

const run = promisify(execFile);
const SITES = ['site.yaml', 'examples/proxmox-minimal.yaml', 'examples/multi-cluster.yaml'];
const TIMEOUT = 180_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describeWithTerraform('the config stack under terraform 1.11 (validate and plan only)', () => {
  let root: string | undefined;
  afterAll(() => root && fs.rmSync(root, { recursive: true, force: true }));

  /** terraform in `dir`, offline, without the user's CLI configuration; stdout, or the failure with stderr. */
  async function terraform(dir: string, args: string[]): Promise<string> {
    try {
      return (await run(TERRAFORM, args, { cwd: dir, env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }, maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (e) {
      const err = e as { code?: number; stderr?: string; stdout?: string };
      if (args.includes('-detailed-exitcode') && err.code === 2) return err.stdout ?? '';
      throw new Error(`terraform ${args[0]} in ${dir}: exit ${err.code}\n${err.stderr}`);
    }
  }

  test.concurrent.each(SITES)('%s: init, validate, and a plan that creates every terraform_data with its trigger', async (file) => {
    root ??= fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-config-tf-'));
    const site = loadSiteFile(path.join(REPO, file)).site;
    const json = new ConfigStack(new TerraformApp({ outdir: '/nonexistent', skipValidation: true }), 'config', { site }).toTerraform() as Json;
    const dir = path.join(root, path.basename(file, '.yaml'));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(json));
    await terraform(dir, ['init', '-input=false', `-backend-config=path=${path.join(dir, 'config.tfstate')}`]);
    expect(await terraform(dir, ['validate', '-no-color'])).toContain('Success! The configuration is valid.');
    await terraform(dir, ['plan', '-input=false', '-detailed-exitcode', '-out=tfplan']);
    const plan = JSON.parse(await terraform(dir, ['show', '-json', 'tfplan']));
    const planned = Object.fromEntries(plan.resource_changes.map((c: Json) => [c.address, { actions: c.change.actions, sha256: c.change.after.triggers_replace.sha256 }]));
    const expected = Object.fromEntries(Object.entries(json.resource.terraform_data).map(([k, r]: [string, Json]) => [`terraform_data.${k}`, { actions: ['create'], sha256: r.triggers_replace.sha256 }]));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(planned).toEqual(expected);
  }, TIMEOUT);

  // The state of a site whose config stack was applied: the same terraform_data without their
  // provisioners (which would SSH), so the apply runs locally and records the triggers.
  test.concurrent('site.yaml, an app with an internal hostname added: the plan replaces the infra node\'s dnsmasq push, nothing else', async () => {
    root ??= fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-config-tf-'));
    const configOf = (site: Site) => new ConfigStack(new TerraformApp({ outdir: '/nonexistent', skipValidation: true }), 'config', { site }).toTerraform() as Json;
    const doc = parse(fs.readFileSync(path.join(REPO, 'site.yaml'), 'utf8'));
    const before = configOf(loadSite(stringify(doc), 'site.yaml').site);
    doc.clusters[0].apps.push({ uses: 'web', internalHost: 'status.socialdevs.site' });
    const after = configOf(loadSite(stringify(doc), 'site.yaml').site);
    const dir = path.join(root, 'app-added');
    fs.mkdirSync(dir, { recursive: true });
    const applied = structuredClone(before);
    for (const r of Object.values(applied.resource.terraform_data) as Json[]) {
      delete r.provisioner;
      delete r.connection;
    }
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(applied));
    await terraform(dir, ['init', '-input=false', `-backend-config=path=${path.join(dir, 'config.tfstate')}`]);
    await terraform(dir, ['apply', '-input=false', '-auto-approve', '-no-color']);
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(after));
    await terraform(dir, ['plan', '-input=false', '-detailed-exitcode', '-out=tfplan']);
    const plan = JSON.parse(await terraform(dir, ['show', '-json', 'tfplan']));
    const changes = plan.resource_changes.filter((c: Json) => !c.change.actions.includes('no-op')).map((c: Json) => [c.address, c.change.actions]);
    expect(changes).toEqual([['terraform_data.infra_cluster_dnsmasq', ['delete', 'create']]]);
  }, TIMEOUT);
});
