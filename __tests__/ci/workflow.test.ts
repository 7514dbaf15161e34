/**
 * The CI workflow shipped in the repository (.github/workflows/ci.yml) against SchemaStore's
 * GitHub workflow schema (pinned in schemas/ci/), and what it must do: run .ci/run, post the change
 * report on pull requests with the least permissions, actions pinned by commit.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot, schemaFile } from '../../site/schema-dir';

const WORKFLOW = path.join(repoRoot(), '.github', 'workflows', 'ci.yml');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile('ci/github-workflow.json'), 'utf8')) as object);
const errors = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const workflow = parse(fs.readFileSync(WORKFLOW, 'utf8')) as any;

describe('.github/workflows/ci.yml', () => {
  it('is valid against the GitHub workflow schema, which refuses a broken one', () => {
    expect(errors(workflow)).toEqual([]);
    const broken = structuredClone(workflow);
    delete broken.jobs.test['runs-on'];
    broken.jobs.test.step = [];
    expect(errors(broken).length).toBeGreaterThan(0);
  });

  it('runs .ci/run, and on pull requests the change report against the base branch, posted as one comment', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] }, pull_request: null });
    expect(workflow.jobs.test.steps.map((s: { run?: string }) => s.run ?? '').join('\n')).toContain('bash .ci/run');
    const report = workflow.jobs['change-report'];
    expect(report.if).toBe("github.event_name == 'pull_request'");
    const run = report.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(run).toContain('npm run diff --silent -- --base "origin/$BASE_REF" --out "$RUNNER_TEMP/change-report.md"');
    expect(report.steps.find((s: { env?: Record<string, string> }) => s.env?.BASE_REF)?.env.BASE_REF).toBe('${{ github.base_ref }}');
    expect(report.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout@')).with['fetch-depth']).toBe(0);
    const script: string = report.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/github-script@')).with.script;
    expect(script).toContain('updateComment');
    expect(script).toContain('createComment');
  });

  it('asks for the least permissions and pins every action by commit', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.test.permissions).toBeUndefined();
    expect(workflow.jobs['change-report'].permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const uses = Object.values(workflow.jobs).flatMap((j) => (j as { steps: { uses?: string }[] }).steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(3);
    expect(uses.filter((u) => !/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });
});
