/**
 * synth/render.ts: what renderSite produces for the default site (shape and invariants, not
 * content: synth.test.ts snapshots the content) and toYaml's formatting.
 */
import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { loadSiteFile } from '../../site';
import { Rendered, renderSite, toYaml } from '../../synth/render';
import { renderInventory } from '../../ansible/inventory';

let rendered: Rendered;
let files: string[];
const SITE = path.resolve(__dirname, '..', '..', 'site.yaml');
beforeAll(() => {
  rendered = renderSite(loadSiteFile(SITE).site);
  files = [...rendered.files.keys()];
});

const sorted = (xs: readonly string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const terraformFiles = () => files.filter((f) => f.startsWith('terraform/'));
const clusterFiles = (c: string) => files.filter((f) => f.startsWith(`clusters/${c}/`)).map((f) => f.slice(`clusters/${c}/`.length));

describe('renderSite on the default site', () => {
  test('objects: for every Kubernetes file, exactly what its YAML parses back to (the gates read them instead)', () => {
    const yamlFiles = files.filter((f) => f.startsWith('clusters/'));
    expect([...rendered.objects.keys()].sort()).toEqual(sorted(yamlFiles));
    for (const f of yamlFiles) {
      const back = parseAllDocuments(rendered.files.get(f)!).map((d) => d.toJS());
      expect([f, JSON.parse(JSON.stringify(rendered.objects.get(f)))]).toEqual([f, back]);
    }
  });

  test('the file list is sorted by path (code-unit order) and every path is relative and clean', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(sorted(files));
    for (const f of files) {
      expect(f).toMatch(/^((terraform|clusters)\/[^/]+\/.+|ansible\/inventory\.yaml|docs\/[A-Za-z-]+\.md)$/);
      expect(f.split('/')).not.toContain('..');
      expect(f.split('/')).not.toContain('');
    }
  });

  test('the Ansible inventory of the site at ansible/inventory.yaml, its docs under docs/, and nothing else outside terraform/ and clusters/', () => {
    const docs = ['docs/README.md', 'docs/inventory.md', 'docs/ip-plan.md', 'docs/ports.md', 'docs/runbook.md', 'docs/topology.md'];
    expect(files.filter((f) => !/^(terraform|clusters)\//.test(f))).toEqual(['ansible/inventory.yaml', ...docs]);
    expect(rendered.files.get('ansible/inventory.yaml')).toBe(renderInventory(loadSiteFile(SITE).site));
  });

  test('one terraform/<stack>/cdk.tf.json per stack, nothing else under terraform/', () => {
    expect(terraformFiles()).toEqual(sorted([...rendered.stacks.keys()].map((id) => `terraform/${id}/cdk.tf.json`)));
    expect(rendered.stacks.size).toBeGreaterThan(0);
  });

  test('each cdk.tf.json is valid JSON (2-space indent, final newline) pinning exact provider versions', () => {
    for (const f of terraformFiles()) {
      const text = rendered.files.get(f)!;
      expect(text.endsWith('}\n')).toBe(true);
      const tf = JSON.parse(text);
      expect(text).toBe(`${JSON.stringify(tf, null, 2)}\n`);
      const providers = tf.terraform?.required_providers;
      // The config stack uses only Terraform's built-in terraform_data: no provider to pin.
      if (f === 'terraform/config/cdk.tf.json') {
        expect({ providers, types: Object.keys(tf.resource) }).toEqual({ providers: undefined, types: ['terraform_data'] });
        continue;
      }
      expect(providers).toEqual(expect.any(Object));
      expect(Object.keys(providers).length).toBeGreaterThan(0);
      for (const [name, p] of Object.entries(providers as Record<string, { source?: string; version?: string }>)) {
        expect({ file: f, name, source: p.source }).toEqual({ file: f, name, source: expect.stringMatching(/^[a-z0-9-]+\/[a-z0-9-]+$/) });
        // An exact version: no ~>, >=, ranges or missing versions.
        expect({ file: f, name, version: p.version }).toEqual({ file: f, name, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
      }
    }
  });

  test('the resource count of each stack is its resources plus data sources', () => {
    for (const [id, count] of rendered.stacks) {
      const tf = JSON.parse(rendered.files.get(`terraform/${id}/cdk.tf.json`)!);
      let n = 0;
      for (const key of ['resource', 'data']) for (const byType of Object.values(tf[key] ?? {})) n += Object.keys(byType as object).length;
      expect({ id, count }).toEqual({ id, count: n });
    }
  });

  test('every cluster has files under clusters/<cluster>/, nothing else under clusters/', () => {
    const clusterDirs = [...new Set(files.filter((f) => f.startsWith('clusters/')).map((f) => f.split('/')[1]))];
    expect(sorted(clusterDirs)).toEqual(sorted([...rendered.clusters.keys()]));
    for (const c of rendered.clusters.keys()) expect(clusterFiles(c)).toContain('kustomization.yaml');
  });

  test('every YAML file parses (YAML 1.2 and 1.1) into Kubernetes objects; the object count matches', () => {
    for (const [c, count] of rendered.clusters) {
      let objects = 0;
      for (const rel of clusterFiles(c)) {
        const f = `clusters/${c}/${rel}`;
        const text = rendered.files.get(f)!;
        expect(rel).toMatch(/\.yaml$/);
        expect(text.endsWith('\n')).toBe(true);
        const docs = [...parseAllDocuments(text)];
        const v11 = [...parseAllDocuments(text, { version: '1.1' })];
        for (const d of [...docs, ...v11]) expect({ f, errors: d.errors.map(String) }).toEqual({ f, errors: [] });
        const values = docs.map((d) => d.toJS());
        expect(v11.map((d) => d.toJS())).toEqual(values);
        for (const o of values as Record<string, unknown>[]) {
          expect({ f, apiVersion: typeof o.apiVersion, kind: typeof o.kind }).toEqual({ f, apiVersion: 'string', kind: 'string' });
        }
        if (!rel.endsWith('kustomization.yaml')) objects += values.length;
      }
      expect({ c, count }).toEqual({ c, count: objects });
    }
  });

  test('every directory under clusters/<cluster>/ has a kustomization.yaml listing exactly its entries, sorted', () => {
    // Exactly, except sub-directories that the GitOps engine reconciles on their own: those a Flux
    // Kustomization (spec.path) or an Argo CD Application (spec.source(s).path) of the tree points at,
    // and directories holding only such directories.
    const site = loadSiteFile(SITE).site;
    for (const c of rendered.clusters.keys()) {
      const rels = clusterFiles(c);
      const reconciled = new Set<string>();
      // The engine's paths are repository paths: `<gitops.path>/<cluster>/...`.
      const prefix = `${site.cluster(c).gitops.path}/${c}/`;
      for (const rel of rels.filter((r) => !r.endsWith('kustomization.yaml'))) {
        for (const o of [...parseAllDocuments(rendered.files.get(`clusters/${c}/${rel}`)!)].map((d) => d.toJS() as Record<string, any>)) {
          const paths: unknown[] =
            o?.kind === 'Kustomization' && String(o.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/')
              ? [o.spec?.path]
              : o?.kind === 'Application' && String(o.apiVersion).startsWith('argoproj.io/')
                ? [o.spec?.source?.path, ...(o.spec?.sources ?? []).map((x: { path?: string }) => x.path)]
                : [];
          for (const p of paths) {
            if (typeof p !== 'string') continue;
            const norm = p.replace(/^\.\//, '').replace(/\/$/, '');
            if (norm.startsWith(prefix)) reconciled.add(norm.slice(prefix.length));
          }
        }
      }
      const entries = new Map<string, Map<string, 'file' | 'dir'>>();
      for (const rel of rels) {
        const parts = rel.split('/');
        for (let i = 0; i < parts.length; i++) {
          const dir = parts.slice(0, i).join('/');
          if (!entries.has(dir)) entries.set(dir, new Map());
          entries.get(dir)!.set(parts[i], i === parts.length - 1 ? 'file' : 'dir');
        }
      }
      // A directory is reconciled on its own when it is pointed at, or when all it holds is such directories.
      const covered = (d: string): boolean =>
        reconciled.has(d) || [...(entries.get(d) ?? new Map())].every(([n, kind]) => n === 'kustomization.yaml' || (kind === 'dir' && covered(`${d}/${n}`)));
      for (const [dir, names] of entries) {
        const file = dir ? `${dir}/kustomization.yaml` : 'kustomization.yaml';
        expect({ c, file, exists: rels.includes(file) }).toEqual({ c, file, exists: true });
        const k = parse(rendered.files.get(`clusters/${c}/${file}`)!);
        expect(k.apiVersion).toBe('kustomize.config.k8s.io/v1beta1');
        expect(k.kind).toBe('Kustomization');
        const reconciledHere = [...names].filter(([n, kind]) => kind === 'dir' && covered(dir ? `${dir}/${n}` : n)).map(([n]) => n);
        const required = sorted([...names.keys()].filter((n) => n !== 'kustomization.yaml' && !reconciledHere.includes(n)));
        const listed: string[] = k.resources ?? [];
        expect({ c, file, sorted: listed }).toEqual({ c, file, sorted: sorted(listed) });
        // Everything listed is an entry (nothing dangling); every entry is listed or reconciled on its own.
        expect({ c, file, resources: listed.filter((n) => !reconciledHere.includes(n)) }).toEqual({ c, file, resources: required });
      }
    }
  });

  test('rendering twice gives equal maps (no hidden state)', () => {
    const again = renderSite(loadSiteFile(SITE).site);
    expect([...again.files]).toEqual([...rendered.files]);
    expect([...again.stacks]).toEqual([...rendered.stacks]);
    expect([...again.clusters]).toEqual([...rendered.clusters]);
  });

  test("cdktf's token creation stacks are off while rendering, restored after, and change no output", () => {
    const stackTrace = require('cdktf/lib/tokens/private/stack-trace') as { captureStackTrace: () => string[] };
    const original = stackTrace.captureStackTrace;
    const seen: string[][] = [];
    const spy = jest.spyOn(stackTrace, 'captureStackTrace').mockImplementation(() => {
      seen.push(['called']);
      return [];
    });
    try {
      renderSite(loadSiteFile(SITE).site);
      expect(seen).toEqual([]); // replaced during the render
      expect(stackTrace.captureStackTrace).toBe(spy as unknown); // and put back after
    } finally {
      spy.mockRestore();
    }
    expect(stackTrace.captureStackTrace).toBe(original);
    process.env.SITEKIT_TOKEN_STACKS = '1';
    try {
      const withStacks = renderSite(loadSiteFile(SITE).site);
      expect([...withStacks.files]).toEqual([...rendered.files]);
    } finally {
      delete process.env.SITEKIT_TOKEN_STACKS;
    }
  });
});

describe('toYaml', () => {
  test('block style, 2-space indent, indented sequences, key order kept, final newline', () => {
    expect(toYaml([{ kind: 'A', metadata: { name: 'x', labels: { b: '1x', a: 'z' } }, list: ['p', { q: 1 }], empty: [], none: {}, num: 3, t: true, z: null }])).toBe(
      ['kind: A', 'metadata:', '  name: x', '  labels:', '    b: 1x', '    a: z', 'list:', '  - p', '  - q: 1', 'empty: []', 'none: {}', 'num: 3', 't: true', 'z: null', ''].join('\n'),
    );
  });

  test('several objects are separate documents joined by ---; none is an empty string', () => {
    expect(toYaml([{ a: 1 }, { b: 2 }, { c: 3 }])).toBe('a: 1\n---\nb: 2\n---\nc: 3\n');
    expect(toYaml([])).toBe('');
  });

  test('long strings are never folded (lineWidth 0)', () => {
    const long = `${'word '.repeat(60)}end`;
    expect(toYaml([{ long }])).toBe(`long: ${long}\n`);
  });

  test('multi-line strings are block literals', () => {
    expect(toYaml([{ script: 'line 1\nline 2\n' }])).toBe('script: |\n  line 1\n  line 2\n');
  });

  test('an object used twice is written twice, never as an anchor and alias', () => {
    const shared = { name: 'same' };
    const text = toYaml([{ a: shared, b: shared, list: [shared, shared] }]);
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text).toBe('a:\n  name: same\nb:\n  name: same\nlist:\n  - name: same\n  - name: same\n');
  });

  test('undefined values are left out', () => {
    expect(toYaml([{ a: 1, b: undefined }])).toBe('a: 1\n');
  });

  test.each([
    ['true'],
    ['false'],
    ['null'],
    ['~'],
    [''],
    ['1'],
    ['1.0'],
    ['0o755'],
    ['0x1F'],
    ['.inf'],
    // YAML 1.1 readings (kubectl's go-yaml v2): booleans, old octal and sexagesimal numbers, underscores, dates.
    ['yes'],
    ['No'],
    ['on'],
    ['OFF'],
    ['y'],
    ['n'],
    ['0755'],
    ['1:20'],
    ['1_000'],
    ['2024-01-01'],
    ['-1.5e+3'],
    ['+12'],
    ['<<'],
  ])('the string %j is quoted, so YAML 1.2 and 1.1 parsers both read a string', (s) => {
    const text = toYaml([{ v: s, list: [s], [s || 'k']: 'key' }]);
    expect(parse(text)).toEqual({ v: s, list: [s], [s || 'k']: 'key' });
    expect(parse(text, { version: '1.1' })).toEqual({ v: s, list: [s], [s || 'k']: 'key' });
    expect(text.split('\n')).toContain(`v: "${s}"`);
  });

  test.each([['v1.33.5+k3s1'], ['10.17.4.21'], ['10.42.0.0/16'], ['0.16.1'], ['100Gi'], ['-x'], ['socialdevs.site'], ['ok'], ['https://example.org/x.git'], ['nope'], ['yess']])('the string %j stays plain', (s) => {
    expect(toYaml([{ v: s }])).toBe(`v: ${s}\n`);
  });
});
