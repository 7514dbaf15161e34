/**
 * docs/seeds.md, the seeds' item-by-item matrix, checked against the project: every output path
 * it names exists (`dist/...` in the committed dist/, `<out>/...` in a synth of the example its
 * table is about), with the Terraform block or Kubernetes object after `#`; every site key is in
 * site.schema.json, with a value the schema allows; every repository path exists; and every row
 * is done or decided (issue #14 left no row partial or missing), a decided row with its reason.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { main } from '../../synth/synth';
import { ROOT } from '../support/helpers';

const DOC = path.join(ROOT, 'docs', 'seeds.md');
/** Every item generated, or not on purpose for a reason the note gives. */
const STATUSES = ['done', 'decided'] as const;
/** Backticked paths of the repository (checked to exist), as opposed to paths on a node or in a URL. */
const REPO_PATH = /^(site|infra|cluster|ansible|synth|docs|examples|scripts|schemas|__tests__|\.ci)\/|^site\.yaml$/;

interface Row {
  readonly line: number;
  readonly site: string;
  readonly cells: Readonly<Record<string, string>>;
}

type Json = { readonly [k: string]: unknown };

const splitRow = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
const ticks = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The rows of every table, each with the site named on the `Site:` line above its table. */
function tableRows(md: string): Row[] {
  const lines = md.split('\n');
  const rows: Row[] = [];
  let site: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const siteLine = /^Site: `([^`]+)`\s*$/.exec(lines[i]);
    if (siteLine) site = siteLine[1];
    if (!lines[i].startsWith('|') || !/^\|(\s*-+\s*\|)+\s*$/.test(lines[i + 1] ?? '')) continue;
    const header = splitRow(lines[i]);
    if (site === undefined) throw new Error(`docs/seeds.md:${i + 1}: a table with no "Site:" line above it`);
    for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) {
      const cells = splitRow(lines[i]);
      if (cells.length !== header.length) throw new Error(`docs/seeds.md:${i + 1}: ${cells.length} cells under a header of ${header.length}`);
      rows.push({ line: i + 1, site, cells: Object.fromEntries(header.map((h, k) => [h, cells[k] ?? ''])) });
    }
  }
  return rows;
}

const nameMatches = (pattern: string, name: string): boolean => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);

/** Whether a Terraform JSON file has the block `type.name`, `data.type.name`, `output.name` or `variable.name`. */
function hasTerraformBlock(tf: Json, ref: string): boolean {
  const [head, ...rest] = ref.split('.');
  const group = (o: unknown, key: string): Json => ((o as Json | undefined)?.[key] ?? {}) as Json;
  const [blocks, name] =
    head === 'output' || head === 'variable'
      ? [group(tf, head), rest.join('.')]
      : head === 'data'
        ? [group(group(tf, 'data'), rest[0]), rest.slice(1).join('.')]
        : [group(group(tf, 'resource'), head), rest.join('.')];
  return name !== '' && Object.keys(blocks).some((n) => nameMatches(name, n));
}

/** Whether a YAML file holds the object `Kind/name`. */
function hasK8sObject(text: string, ref: string): boolean {
  const [kind, name] = ref.split('/');
  return parseAllDocuments(text).some((d) => {
    const o = d.toJS() as { kind?: string; metadata?: { name?: string } } | null;
    return o?.kind === kind && typeof o.metadata?.name === 'string' && nameMatches(name ?? '', o.metadata.name);
  });
}

/** The schema nodes a key such as `clusters[].apps[].uses` or `images.debian.url` reaches (unions taken apart). */
function schemaNodes(schema: Json, key: string): Json[] {
  const expand = (n: Json): Json[] => {
    const alts = ['oneOf', 'anyOf', 'allOf'].flatMap((k) => (Array.isArray(n[k]) ? (n[k] as Json[]) : []));
    return [n, ...alts.flatMap(expand)];
  };
  let nodes = [schema];
  for (const segment of key.split('.')) {
    const [, name, arrays] = /^([^[\]]+)((?:\[\])*)$/.exec(segment) ?? [];
    if (name === undefined) return [];
    nodes = nodes.flatMap(expand).flatMap((n) => {
      const props = n.properties as Json | undefined;
      if (props && name in props) return [props[name] as Json];
      return typeof n.additionalProperties === 'object' && !props ? [n.additionalProperties as Json] : [];
    });
    for (let k = 0; k < arrays.length / 2; k++) nodes = nodes.flatMap(expand).flatMap((n) => (n.items ? [n.items as Json] : []));
  }
  return nodes.flatMap(expand);
}

/** What is wrong with a site key written `key` or `key: value` (a value must be one the schema allows, when it lists them or gives a pattern). */
function keyProblem(schema: Json, written: string): string | undefined {
  const [key, value] = written.split(/:\s+/, 2);
  const nodes = schemaNodes(schema, key);
  if (nodes.length === 0) return `site key ${key} is not in site.schema.json`;
  if (value === undefined) return undefined;
  const targets = nodes.flatMap((n) => [n, ...(n.items ? [n.items as Json] : [])]);
  const allowed = targets.flatMap((n) => [...(Array.isArray(n.enum) ? n.enum : []), ...('const' in n ? [n.const] : [])]);
  const patterns = targets.flatMap((n) => (typeof n.pattern === 'string' ? [new RegExp(n.pattern)] : []));
  const values = value.startsWith('[') ? value.replace(/^\[|\]$/g, '').split(',').map((v) => v.trim()) : [value];
  for (const v of values) {
    if (allowed.length > 0 && !allowed.includes(v)) return `site key ${key} does not allow ${JSON.stringify(v)}; allowed: ${allowed.join(', ')}`;
    if (allowed.length === 0 && patterns.length > 0 && !patterns.some((p) => p.test(v))) return `site key ${key} does not allow ${JSON.stringify(v)}`;
  }
  return undefined;
}

/** Every problem of the page: `<line>: <what>`. `outputs` maps a table's site to the directory holding its output. */
function problems(md: string, outputs: ReadonlyMap<string, string>, schema: Json): string[] {
  const found: string[] = [];
  const rows = tableRows(md);
  if (rows.length === 0) found.push('no table rows');
  for (const row of rows) {
    const at = (what: string) => found.push(`${row.line}: ${what}`);
    const { status = '', note = '' } = row.cells;
    const output = row.cells['where in the output'] ?? '';
    const siteCell = row.cells['where in the site'] ?? '';
    if (!(row.cells.item ?? '')) at('a row without an item');
    if (!(STATUSES as readonly string[]).includes(status)) at(`status ${JSON.stringify(status)}; allowed: ${STATUSES.join(', ')}`);
    if (status !== 'done' && note.length < 20) at(`a ${status} row without a note saying why`);

    if (siteCell !== '—') {
      const keys = ticks(siteCell);
      if (keys.length === 0) at(`site column ${JSON.stringify(siteCell)}: neither "—" nor backticked keys`);
      for (const k of keys) {
        const problem = keyProblem(schema, k);
        if (problem) at(problem);
      }
    }

    const allTicks = Object.values(row.cells).flatMap(ticks);
    const outputPaths = ticks(output).filter((t) => t.startsWith('dist/') || t.startsWith('<out>/'));
    if (output !== '—' && ticks(output).length !== outputPaths.length) at(`output column: a path neither under dist/ nor <out>/: ${output}`);
    if (status === 'done' && outputPaths.length === 0 && !allTicks.some((t) => REPO_PATH.test(t))) at('a done row that points at nothing');
    for (const ref of outputPaths) {
      const [file, object] = ref.split('#', 2);
      const base = file.startsWith('dist/') ? outputs.get('site.yaml') : outputs.get(row.site);
      if (base === undefined) {
        at(`no output for site ${row.site}`);
        continue;
      }
      const full = path.join(base, file.replace(/^(dist|<out>)\//, ''));
      if (!fs.existsSync(full) || !fs.statSync(full).isFile()) {
        at(`${ref}: no such file in the output of ${file.startsWith('dist/') ? 'site.yaml' : row.site}`);
        continue;
      }
      if (object === undefined) continue;
      const text = fs.readFileSync(full, 'utf8');
      const has = full.endsWith('.json') ? hasTerraformBlock(JSON.parse(text) as Json, object) : hasK8sObject(text, object);
      if (!has) at(`${ref}: no ${object} in ${file}`);
    }
    for (const t of allTicks.filter((t) => REPO_PATH.test(t))) {
      if (!fs.existsSync(path.join(ROOT, t))) at(`${t}: no such path in the repository`);
    }
  }
  return found;
}

describe('docs/seeds.md', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'site.schema.json'), 'utf8')) as Json;
  const md = fs.readFileSync(DOC, 'utf8');
  const outputs = new Map<string, string>([['site.yaml', path.join(ROOT, 'dist')]]);
  let tmp = '';

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-seeds-doc-'));
    const examples = [...new Set(tableRows(md).map((r) => r.site))].filter((s) => s !== 'site.yaml');
    for (const site of examples) {
      const out = path.join(tmp, path.basename(site, '.yaml'));
      const errors: string[] = [];
      if (main(['--site', path.join(ROOT, site), '--out', out, '--quiet'], () => {}, (s) => errors.push(s)) !== 0) {
        throw new Error(`synth of ${site} failed: ${errors.join('\n')}`);
      }
      outputs.set(site, out);
    }
  });

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has a table for each seed and the cross-cutting brief, each about a site of the repository', () => {
    const sites = [...md.matchAll(/^Site: `([^`]+)`\s*$/gm)].map((m) => m[1]);
    expect(sites).toEqual(['examples/proxmox-minimal.yaml', 'examples/multi-cluster.yaml', 'site.yaml', 'site.yaml']);
    expect(md.match(/^## .*$/gm)).toEqual([
      '## Seed 000: Proxmox lab',
      '## Seed 001: Flux multi-cluster homelab',
      '## Seeds 002-004: FlatcarMicroCloud',
      '## Across the seeds: the project\'s one-line brief',
    ]);
  });

  it('names only outputs, objects, site keys and paths that exist, and every row has a status with its reason', () => {
    expect(problems(md, outputs, schema)).toEqual([]);
  });

  it('catches a wrong row of each kind', () => {
    const planted = [
      'Site: `examples/proxmox-minimal.yaml`',
      '',
      '| item | status | where in the site | where in the output | note |',
      '|---|---|---|---|---|',
      '| a | done | `clusters[].apps[].uses: web` | `<out>/clusters/lab/apps/web/web.yaml#Deployment/web` | |',
      '| b | finished | `clusters[].gpu` | `<out>/clusters/lab/apps/nope.yaml` | |',
      '| c | missing | — | — | Nothing generates it yet, sadly. |',
      '| d | done | `nodes[].role: worker`, `hypervisor.kind: proxmox` | `dist/terraform/nodes/cdk.tf.json#libvirt_domain.nobody_*` | |',
      '| e | done | `clusters[].apps[].uses: plex` | `<out>/terraform/nodes/cdk.tf.json#output.bootstrap_nas`, `/srv/nfs/shared` | |',
      '| f | decided | `hypervisor.node: Not_A_Label` | — | |',
      '| g | done | — | — | it just works, trust me |',
      '| h | partial | — | — | half of it, see `cluster/no-such-file.ts` |',
    ].join('\n');
    expect(problems(planted, outputs, schema)).toEqual([
      '6: status "finished"; allowed: done, decided',
      '6: a finished row without a note saying why',
      '6: site key clusters[].gpu is not in site.schema.json',
      '6: <out>/clusters/lab/apps/nope.yaml: no such file in the output of examples/proxmox-minimal.yaml',
      '7: status "missing"; allowed: done, decided',
      '8: site key nodes[].role does not allow "worker"; allowed: server, agent, storage, loadbalancer, database, infra, gateway, generic',
      '8: dist/terraform/nodes/cdk.tf.json#libvirt_domain.nobody_*: no libvirt_domain.nobody_* in dist/terraform/nodes/cdk.tf.json',
      '9: site key clusters[].apps[].uses does not allow "plex"; allowed: jellyfin, linkding, memos, socialdevs-frontend, socialdevs-backend, web',
      '9: output column: a path neither under dist/ nor <out>/: `<out>/terraform/nodes/cdk.tf.json#output.bootstrap_nas`, `/srv/nfs/shared`',
      '9: <out>/terraform/nodes/cdk.tf.json#output.bootstrap_nas: no output.bootstrap_nas in <out>/terraform/nodes/cdk.tf.json',
      '10: a decided row without a note saying why',
      '10: site key hypervisor.node does not allow "Not_A_Label"',
      '11: a done row that points at nothing',
      '12: status "partial"; allowed: done, decided',
      '12: cluster/no-such-file.ts: no such path in the repository',
    ]);
  });
});
