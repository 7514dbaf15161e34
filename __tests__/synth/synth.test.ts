/**
 * synth/synth.ts end to end, in this process (`main(argv, log, err)`) and once through the
 * compiled CLI: the synthesized tree (snapshots), determinism, atomicity on every kind of failure,
 * every example site, and the summary it prints.
 */
import { createHash } from 'crypto';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, USAGE } from '../../synth/synth';

/**
 * Lets a test make the render step fail (an internal error) or hand write() a given file map;
 * `memo` keeps each site's render (by its spec) for tests that synthesize the same sites many times.
 */
const mockRender: { fail?: Error; files?: Map<string, string>; extra?: Map<string, string>; memo?: Map<string, unknown> } = {};
jest.mock('../../synth/render', () => {
  const actual = jest.requireActual('../../synth/render');
  return {
    ...actual,
    renderSite: (site: { spec: unknown }) => {
      if (mockRender.fail) throw mockRender.fail;
      if (mockRender.memo) {
        const key = JSON.stringify(site.spec);
        if (!mockRender.memo.has(key)) mockRender.memo.set(key, actual.renderSite(site));
        return mockRender.memo.get(key);
      }
      const rendered = actual.renderSite(site);
      if (mockRender.extra) for (const [f, c] of mockRender.extra) rendered.files.set(f, c);
      return mockRender.files ? { ...rendered, files: mockRender.files } : rendered;
    },
  };
});

/** Failures injected into the fs calls of the synth (everything else goes to the real fs). */
const mockFs: { fail?: (call: string, args: unknown[]) => void } = {};
jest.mock('fs', () => {
  const actual = jest.requireActual('fs');
  const wrapped: Record<string, unknown> = {};
  for (const name of ['writeFileSync', 'mkdirSync', 'renameSync', 'linkSync', 'rmSync', 'unlinkSync', 'rmdirSync']) {
    wrapped[name] = (...args: unknown[]) => {
      mockFs.fail?.(name, args);
      return actual[name](...args);
    };
  }
  return { ...actual, ...wrapped };
});

const ROOT = path.resolve(__dirname, '..', '..');
const SITE = path.join(ROOT, 'site.yaml');
const CLI = path.join(ROOT, 'lib', 'synth', 'synth.js');
/** What `npm run synth` runs: the compiled synth and its libraries bundled into one file (scripts/bundle.js). */
const BUNDLE = path.join(ROOT, 'lib', 'bundle', 'synth.js');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-synth-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  mockRender.fail = undefined;
  mockRender.files = undefined;
  mockRender.extra = undefined;
  mockRender.memo = undefined;
  mockFs.fail = undefined;
});

let n = 0;
/** A fresh, not yet existing directory under the test's temp dir. */
const freshDir = (name = 'out') => path.join(tmp, `${name}-${++n}`);

interface Run {
  code: number;
  out: string[];
  err: string[];
}

function synth(...args: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (s) => out.push(...s.split('\n')), (s) => err.push(...s.split('\n')));
  return { code, out, err };
}

/** Every file under `dir` by relative path, sorted, with its content. */
function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else files[rel] = fs.readFileSync(path.join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every entry under `dir` (directories too) with the bytes of each file: for "byte-identical". */
function rawTree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        entries[`${rel}/`] = 'dir';
        walk(path.join(d, e.name), rel);
      } else entries[rel] = fs.readFileSync(path.join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return entries;
}

const MANIFEST = '.sitekit-manifest.json';

/**
 * Synthesizes `site` into a fresh directory and returns the tree without the manifest (checked
 * here: it lists exactly the other files); fails the test on a non-zero exit.
 */
function synthTree(site: string): { dir: string; tree: Record<string, string>; run: Run } {
  const dir = freshDir();
  const run = synth('--site', site, '--out', dir, '--quiet');
  if (run.code !== 0) throw new Error(`synth of ${site} exited ${run.code}:\n${run.err.join('\n')}`);
  const { [MANIFEST]: manifest, ...tree } = readTree(dir);
  expect(JSON.parse(manifest)).toEqual({ generator: 'sitekit', version: 1, files: Object.keys(tree) });
  return { dir, tree, run };
}

/**
 * Snapshots a tree: its file list, then one snapshot per file, named by its path. The Flux install
 * (gotk-components.yaml, ~6 000 lines of pinned upstream objects, checked against kubectl kustomize
 * in cluster/gitops.test.ts) is snapshotted by its digest.
 */
function expectTreeSnapshot(tree: Record<string, string>): void {
  expect(Object.keys(tree)).toMatchSnapshot('(file list)');
  for (const [file, content] of Object.entries(tree)) {
    const digest = file.endsWith('/flux-system/gotk-components.yaml') ? `sha256 ${createHash('sha256').update(content).digest('hex')}, ${content.length} characters` : undefined;
    expect(digest ?? content).toMatchSnapshot(file);
  }
}

describe('the default site.yaml', () => {
  test('synthesizes both apps into terraform/ and clusters/, no stray files', () => {
    const { dir, tree, run } = synthTree(SITE);
    expect(run.out).toEqual([]);
    const files = Object.keys(tree);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^(terraform\/[a-z0-9-]+\/cdk\.tf\.json|clusters\/[a-z0-9-]+\/([a-z0-9.-]+\/)*[a-z0-9.-]+\.yaml)$/);
    expect(files.some((f) => f.startsWith('terraform/'))).toBe(true);
    expect(files.some((f) => f.startsWith('clusters/'))).toBe(true);
    expect(fs.readdirSync(tmp).filter((e) => e.startsWith(`${path.basename(dir)}.`))).toEqual([]);
  });

  test('synthesized tree (snapshot)', () => {
    expectTreeSnapshot(synthTree(SITE).tree);
  });
});

/** `npm run build` (tsc -b does nothing when lib/ is up to date): tests that run the compiled CLI or the bundle need it. */
function ensureBuilt(): void {
  for (const args of [[require.resolve('typescript/bin/tsc'), '-b'], [path.join(ROOT, 'scripts', 'bundle.js')]]) {
    const step = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    expect({ status: step.status, output: step.stdout + step.stderr }).toEqual({ status: 0, output: '' });
  }
}

describe('determinism', () => {
  test('two synths into two directories are byte-identical', () => {
    const a = synthTree(SITE);
    const b = synthTree(SITE);
    expect(rawTree(b.dir)).toEqual(rawTree(a.dir));
  });

  test("the compiled CLI (node lib/synth/synth.js) writes the same tree as the in-process synth, Node's compile cache cold and warm (Node >= 22.1)", () => {
    ensureBuilt();
    expect(fs.existsSync(CLI)).toBe(true);
    const expected = rawTree(synthTree(SITE).dir);
    const { JEST_WORKER_ID: _worker, ...env } = process.env;
    const cache = freshDir('compile-cache');
    const nodeHasCache = typeof (require('module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    for (const run of ['cold', 'warm']) {
      const dir = freshDir(`cli-${run}`);
      const stdout = execFileSync(process.execPath, [CLI, '--site', 'site.yaml', '--out', dir], { cwd: ROOT, encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1', NODE_COMPILE_CACHE: cache } });
      expect(stdout).toMatch(/^synthesized site "/);
      expect(rawTree(dir)).toEqual(expected);
      expect(fs.existsSync(cache) && fs.readdirSync(cache).length > 0).toBe(nodeHasCache);
    }
  });
});

describe('atomicity: on failure the previous output stays byte-identical', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(() => {
    out = freshDir('previous');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    fs.writeFileSync(path.join(out, 'hand-edited.txt'), 'a file of the user: no synth touches it\n');
    before = rawTree(tmp);
  });
  afterEach(() => {
    expect(rawTree(tmp)).toEqual(before);
  });

  const noStack = (r: Run) => expect(r.err.filter((l) => /^\s+at /.test(l))).toEqual([]);

  test('a site with an error: exit 1, the problem on stderr, no stack trace', () => {
    const bad = path.join(tmp, 'bad-site.yaml');
    fs.writeFileSync(bad, `${fs.readFileSync(SITE, 'utf8')}\nbogusKey: 1\n`);
    before = rawTree(tmp);
    const r = synth('--site', bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toMatch(/^synth failed: .*bad-site\.yaml: \d+ error\(s\) in the site$/);
    expect(r.err.join('\n')).toMatch(/bad-site\.yaml:\d+:\d+: error: .*unknown key "bogusKey"/);
    noStack(r);
  });

  test('invalid YAML: exit 1, no stack trace', () => {
    const bad = path.join(tmp, 'broken.yaml');
    fs.writeFileSync(bad, 'name: [unclosed\n');
    before = rawTree(tmp);
    const r = synth('--site', bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/broken\.yaml:\d+:\d+: error/);
    noStack(r);
  });

  test('a missing site file: exit 1, no stack trace', () => {
    const r = synth('--site', path.join(tmp, 'no-such-site.yaml'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/cannot read the site file \(ENOENT\)/);
    noStack(r);
  });

  test.each([
    [['--bogus'], 'unknown option "--bogus"'],
    [['extra'], 'unknown option "extra"'],
    [['--site'], '--site needs a value'],
    [['--out', '--quiet'], '--out needs a value'],
  ])('usage error %j: exit 1, the problem and the usage on stderr', (args, message) => {
    const r = synth('--site', SITE, '--out', out, ...args);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`synth failed: ${message}`, ...USAGE.split('\n')]);
  });

  test('an output directory that holds the site file is refused (exit 1)', () => {
    const site = path.join(out, 'site.yaml');
    const r = synth('--site', site, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`synth failed: --out ${out} holds the current directory or the site file; choose an output directory of its own, e.g. dist`]);
  });

  test('an output directory that holds the current directory is refused (exit 1)', () => {
    // Inside the temp dir, so that a broken guard could only ever swap away a temp directory.
    const parent = path.join(tmp, 'cwd-parent');
    fs.mkdirSync(path.join(parent, 'cwd'), { recursive: true });
    fs.writeFileSync(path.join(parent, 'keep.txt'), 'keep\n');
    before = rawTree(tmp);
    const cwd = process.cwd();
    let r: Run;
    process.chdir(path.join(parent, 'cwd'));
    try {
      r = synth('--site', SITE, '--out', '..');
    } finally {
      process.chdir(cwd);
    }
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['synth failed: --out .. holds the current directory or the site file; choose an output directory of its own, e.g. dist']);
  });

  test('an internal error while rendering: exit 2, the stack on stderr', () => {
    mockRender.fail = new Error('boom in render');
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toMatch(/^synth failed with an internal error \(.*unchanged\):$/);
    expect(r.err.join('\n')).toMatch(/Error: boom in render\n\s+at /);
  });

  test('an internal error while writing (a rendered file where a rendered directory must go): exit 2', () => {
    // The previous files (so that the data-loss guard lets the write go ahead), and a conflict.
    const { [MANIFEST]: _manifest, 'hand-edited.txt': _foreign, ...previous } = readTree(out);
    mockRender.files = new Map([...Object.entries(previous), ['clusters/x/a.yaml', 'a: 1\n'], ['clusters/x/a.yaml/b.yaml', 'b: 1\n']]);
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`synth failed with an internal error (${out}/ unchanged):`);
    expect(r.err[1]).toBe('Error: invalid output paths: "clusters/x/a.yaml" is both a file and a directory of the output');
  });
});

describe('the data-loss guard', () => {
  const { parse, stringify } = jest.requireActual('yaml') as typeof import('yaml');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Doc = any;
  /** A copy of site.yaml, edited as YAML data, in the temp dir. */
  const siteFile = (name: string, edit: (doc: Doc) => void) => {
    const doc = parse(fs.readFileSync(SITE, 'utf8'));
    edit(doc);
    const file = path.join(tmp, name);
    fs.writeFileSync(file, stringify(doc));
    return file;
  };
  const renameWorker3 = (doc: Doc) => {
    for (const n of doc.nodes) if (n.name === 'worker3') n.name = 'worker9';
    for (const c of doc.clusters) c.nodes = c.nodes.map((n: string) => (n === 'worker3' ? 'worker9' : n));
  };
  let out: string;
  beforeEach(() => {
    out = freshDir('guarded');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
  });

  test('an undeclared node rename: exit 1, the VM and its disks named, the output unchanged', () => {
    const site = siteFile('renamed.yaml', renameWorker3);
    const before = rawTree(out);
    const r = synth('--site', site, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.slice(0, 4)).toEqual([
      'synth failed: data loss: this output would destroy 3 stateful objects of the previous one (nothing written):',
      '    terraform/nodes/libvirt_domain.worker3_domain_3C2DEC73 (VM, in terraform/nodes/cdk.tf.json)',
      '    terraform/nodes/libvirt_volume.worker3_disk-longhorn_B8309BC8 (disk, in terraform/nodes/cdk.tf.json)',
      '    terraform/nodes/libvirt_volume.worker3_disk-os_2988EF53 (disk, in terraform/nodes/cdk.tf.json)',
    ]);
    expect(rawTree(out)).toEqual(before);
  });

  test('the same rename declared in changes.renames: moved blocks, exit 0, the moves in the summary', () => {
    const site = siteFile('renamed-declared.yaml', (doc) => {
      renameWorker3(doc);
      doc.changes = { renames: [{ node: 'worker3', to: 'worker9' }] };
    });
    const r = synth('--site', site, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.filter((l) => l.startsWith('  moved '))).toEqual([
      '  moved    terraform/nodes/libvirt_domain.worker3_domain_3C2DEC73 -> terraform/nodes/libvirt_domain.worker9_domain_242509D9',
      '  moved    terraform/nodes/libvirt_volume.worker3_disk-longhorn_B8309BC8 -> terraform/nodes/libvirt_volume.worker9_disk-longhorn_80CFA1E3',
      '  moved    terraform/nodes/libvirt_volume.worker3_disk-os_2988EF53 -> terraform/nodes/libvirt_volume.worker9_disk-os_686CF4C0',
    ]);
    const tf = JSON.parse(fs.readFileSync(path.join(out, 'terraform', 'nodes', 'cdk.tf.json'), 'utf8'));
    expect(tf.moved).toContainEqual({ from: 'libvirt_domain.worker3_domain_3C2DEC73', to: 'libvirt_domain.worker9_domain_242509D9' });
  });

  test('a node removed with its removal declared (with a reason): exit 0, the removals in the summary', () => {
    const remove = (doc: Doc) => {
      doc.nodes = doc.nodes.filter((n: { name: string }) => n.name !== 'worker3');
      for (const c of doc.clusters) c.nodes = c.nodes.filter((n: string) => n !== 'worker3');
    };
    expect(synth('--site', siteFile('removed.yaml', remove), '--out', out).code).toBe(1);
    const site = siteFile('removed-declared.yaml', (doc) => {
      remove(doc);
      doc.changes = { removals: [{ object: 'terraform/nodes/*.worker3_*', reason: 'worker3 is decommissioned; its Longhorn replicas were moved' }] };
    });
    const r = synth('--site', site, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.filter((l) => l.startsWith('  removed '))).toEqual([
      '  removed  terraform/nodes/libvirt_domain.worker3_domain_3C2DEC73: worker3 is decommissioned; its Longhorn replicas were moved',
      '  removed  terraform/nodes/libvirt_volume.worker3_disk-longhorn_B8309BC8: worker3 is decommissioned; its Longhorn replicas were moved',
      '  removed  terraform/nodes/libvirt_volume.worker3_disk-os_2988EF53: worker3 is decommissioned; its Longhorn replicas were moved',
    ]);
    expect(fs.readFileSync(path.join(out, 'terraform', 'nodes', 'cdk.tf.json'), 'utf8')).not.toMatch(/worker3/);
    // Once applied, the declaration matches nothing: a warning says so.
    const again = synth('--site', site, '--out', out, '--quiet');
    expect(again.code).toBe(0);
    expect(again.err).toEqual(['warning: changes.removals[0] (terraform/nodes/*.worker3_*) matches nothing this synth removes: delete it once `terraform apply` has made the removal (npm run plan still needs it until then)']);
  });
});

describe('flux-system/: written by the synth or by flux bootstrap, never both', () => {
  const { parse, stringify } = jest.requireActual('yaml') as typeof import('yaml');
  const FLUX = 'clusters/microcloud/flux-system';
  const bootstrapSite = () => {
    const doc = parse(fs.readFileSync(SITE, 'utf8'));
    doc.clusters[0].gitops.bootstrap = 'flux';
    const file = path.join(tmp, `bootstrap-${++n}.yaml`);
    fs.writeFileSync(file, stringify(doc));
    return file;
  };
  /** What `flux bootstrap` commits over the synth's files (its own content behind its header). */
  const bootstrapOver = (out: string) => {
    for (const f of ['gotk-components.yaml', 'gotk-sync.yaml']) {
      fs.writeFileSync(path.join(out, FLUX, f), `# This manifest was generated by flux. DO NOT EDIT.\n---\n# ${f} of flux bootstrap\n`);
    }
  };

  test('gitops.bootstrap tree: a synth over files flux bootstrap rewrote fails (exit 1), naming them, and changes nothing', () => {
    const out = freshDir('flux');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    bootstrapOver(out);
    const before = rawTree(out);
    const run = synth('--site', SITE, '--out', out, '--quiet');
    const name = (f: string) => `${out}/${FLUX}/${f}`;
    expect(run).toEqual({
      code: 1,
      out: [],
      err: [
        `synth failed: ${name('gotk-components.yaml')} was written by flux bootstrap ("# This manifest was generated by flux. DO NOT EDIT."), and the synth writes it too (cluster "microcloud" has gitops.bootstrap: tree): each would undo the other's commit; allowed: flux-system/ written by the synth alone (gitops.bootstrap: tree, no flux bootstrap) or by flux bootstrap alone (gitops.bootstrap: flux); fix: set gitops.bootstrap: flux for cluster "microcloud" to keep bootstrap's files, or delete ${name('gotk-components.yaml')}, ${name('gotk-sync.yaml')}, ${name('kustomization.yaml')} to go back to the synth's`,
      ],
    });
    expect(rawTree(out)).toEqual(before);
  });

  test('gitops.bootstrap flux: the synth writes nothing there, and keeps what bootstrap wrote over its former files (no longer its own)', () => {
    const site = bootstrapSite();
    const fresh = freshDir('flux');
    expect(synth('--site', site, '--out', fresh, '--quiet').code).toBe(0);
    expect(fs.existsSync(path.join(fresh, FLUX))).toBe(false);
    expect(fs.existsSync(path.join(fresh, 'clusters/microcloud/infrastructure.yaml'))).toBe(true);

    const out = freshDir('flux');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    bootstrapOver(out);
    const theirs = () => Object.fromEntries(['gotk-components.yaml', 'gotk-sync.yaml', 'kustomization.yaml'].map((f) => [f, fs.readFileSync(path.join(out, FLUX, f), 'utf8')]));
    const before = theirs();
    for (let i = 0; i < 2; i++) {
      expect(synth('--site', site, '--out', out, '--quiet').code).toBe(0);
      expect(theirs()).toEqual(before);
      expect(JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).files.filter((f: string) => f.startsWith(`${FLUX}/`))).toEqual([]);
    }
  });
});

describe('example sites', () => {
  const list = (dir: string) =>
    fs.existsSync(path.join(ROOT, dir))
      ? fs
          .readdirSync(path.join(ROOT, dir))
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [];
  const sites = [...list('examples'), ...list('__tests__/fixtures/valid')];

  if (sites.length === 0) {
    test('there are no example sites yet (examples/*.yaml, __tests__/fixtures/valid/*.yaml)', () => expect(sites).toEqual([]));
  } else {
    test.each(sites)('%s synthesizes (snapshot)', (site) => {
      const { tree } = synthTree(path.join(ROOT, site));
      expect(Object.keys(tree).length).toBeGreaterThan(0);
      expectTreeSnapshot(tree);
    });

    test('the bundle (lib/bundle/synth.js, which npm run synth runs) writes what the in-process synth writes, for site.yaml and each of them, with nothing but node on PATH (no terraform)', () => {
      ensureBuilt();
      const { JEST_WORKER_ID: _worker, ...env } = process.env;
      // A synth runs no other program: a PATH holding only node.
      const bin = freshDir('path');
      fs.mkdirSync(bin);
      fs.symlinkSync(process.execPath, path.join(bin, 'node'));
      for (const site of ['site.yaml', ...sites]) {
        const dir = freshDir('bundle');
        execFileSync(process.execPath, [BUNDLE, '--site', site, '--out', dir, '--quiet'], { cwd: ROOT, encoding: 'utf8', env: { ...env, PATH: bin } });
        expect({ site, tree: rawTree(dir) }).toEqual({ site, tree: rawTree(synthTree(path.join(ROOT, site)).dir) });
      }
    });
  }
});

test('the bundle refuses a bad site with the same message as the in-process synth (zod, YAML and site rule errors)', () => {
  ensureBuilt();
  const { JEST_WORKER_ID: _worker, ...env } = process.env;
  for (const name of ['wrong-type', 'wrong-enum', 'missing-required-key', 'invalid-yaml', 'network-overlap']) {
    const site = path.join(ROOT, '__tests__', 'fixtures', 'invalid', `${name}.yaml`);
    const expected = synth('--site', site, '--out', freshDir(), '--quiet');
    expect(expected.code).toBe(1);
    const run = spawnSync(process.execPath, [BUNDLE, '--site', site, '--out', freshDir(), '--quiet'], { cwd: ROOT, encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1' } });
    expect({ name, code: run.status, err: run.stderr.split('\n') }).toEqual({ name, code: 1, err: [...expected.err, ''] });
  }
});

describe('the summary', () => {
  test('names the site, each stack with its resource count, each cluster with its object count, the files, the elapsed time', () => {
    const dir = freshDir();
    const first = synth('--site', SITE, '--out', dir);
    expect(first.code).toBe(0);
    const { [MANIFEST]: _manifest, ...tree } = readTree(dir);
    const stacks = [...new Set(Object.keys(tree).filter((f) => f.startsWith('terraform/')).map((f) => f.split('/')[1]))];
    const clusters = [...new Set(Object.keys(tree).filter((f) => f.startsWith('clusters/')).map((f) => f.split('/')[1]))];
    const total = Object.keys(tree).length;

    const lines = first.out;
    expect(lines).toHaveLength(1 + stacks.length + clusters.length + 4);
    expect(lines[0]).toMatch(/^synthesized site "[a-z0-9-]+" from .*site\.yaml into .+\/$/);
    const stackLines = lines.slice(1, 1 + stacks.length);
    for (const l of stackLines) expect(l).toMatch(/^ {2}terraform\/[a-z0-9-]+: \d+ resources and data sources$/);
    expect(stackLines.map((l) => /terraform\/([a-z0-9-]+):/.exec(l)![1]).sort()).toEqual([...stacks].sort());
    for (const l of stackLines) {
      const [, id, count] = /terraform\/([a-z0-9-]+): (\d+)/.exec(l)!;
      const tf = JSON.parse(tree[`terraform/${id}/cdk.tf.json`]);
      const expected = ['resource', 'data'].reduce((s, k) => s + Object.values(tf[k] ?? {}).reduce((t: number, byType) => t + Object.keys(byType as object).length, 0), 0);
      expect(Number(count)).toBe(expected);
    }
    const clusterLines = lines.slice(1 + stacks.length, 1 + stacks.length + clusters.length);
    for (const l of clusterLines) expect(l).toMatch(/^ {2}clusters\/[a-z0-9-]+: \d+ Kubernetes objects$/);
    expect(clusterLines.map((l) => /clusters\/([a-z0-9-]+):/.exec(l)![1]).sort()).toEqual([...clusters].sort());
    expect(lines.slice(-4, -2)).toEqual(['  policy: 0 errors, 0 warnings, 0 suppressed', '  secrets: none found in the output']);
    expect(lines[lines.length - 2]).toBe(`  files: ${total} (${total} added, 0 changed, 0 removed, 0 unchanged)`);
    expect(lines[lines.length - 1]).toMatch(/^ {2}elapsed: \d+ ms$/);

    // A second synth into the same directory changes nothing and says so.
    const second = synth('--site', SITE, '--out', dir);
    expect(second.code).toBe(0);
    expect(second.out[second.out.length - 2]).toBe(`  files: ${total} (0 added, 0 changed, 0 removed, ${total} unchanged)`);
    expect(second.err).toEqual([]);
  });

  test('--quiet prints nothing', () => {
    const r = synth('--site', SITE, '--out', freshDir(), '--quiet');
    expect(r).toEqual({ code: 0, out: [], err: [] });
  });
});

/** A Namespace without Pod Security labels: the policy pack's k8s/NamespacePodSecurity fails on it. */
const PLANTED_NAMESPACE = ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: planted', ''].join('\n');
/** A Secret object with data: both the policy pack (k8s/NoSecretData) and the secret scan fail on it. */
const PLANTED_SECRET_OBJECT = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: planted', '  namespace: default', 'data:', '  token: aGVsbG8=', ''].join('\n');
/** An OpenSSH private key header and body, as a key leaked into a config file would look. */
const PLANTED_PRIVATE_KEY = ['# notes', 'key: |', '  -----BEGIN OPENSSH PRIVATE KEY-----', `  ${'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'}`, '  -----END OPENSSH PRIVATE KEY-----', ''].join('\n');

describe('gates: the policy pack and the secret scan run on every synth, before anything is written', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(() => {
    out = freshDir('gated');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    before = rawTree(out);
  });

  /** The default site with `policy` appended. */
  function siteWithPolicy(name: string, policy: string): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, `${fs.readFileSync(SITE, 'utf8')}\npolicy:\n${policy}`);
    return file;
  }

  test('a policy error fails the synth (exit 1), names the rule and the object, and writes nothing', () => {
    mockRender.extra = new Map([['clusters/microcloud/planted.yaml', PLANTED_NAMESPACE]]);
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      'synth failed: the output did not pass its gates (nothing written):',
      '  policy: 1 error, 0 warnings, 0 suppressed',
      '    error   k8s/NamespacePodSecurity clusters/microcloud/Namespace/_/planted: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): no pod-security.kubernetes.io/enforce label',
      '  fix the code or the site; or, where the finding is intended, add { rule, object, reason } to policy.suppressions in the site',
    ]);
    expect(rawTree(out)).toEqual(before);
  });

  test('both gates report everything they found at once; a suppression never silences the secret scan', () => {
    mockRender.extra = new Map([['clusters/microcloud/planted.yaml', PLANTED_SECRET_OBJECT]]);
    const site = siteWithPolicy('suppressed-secret.yaml', [
      '  suppressions:',
      '    - rule: k8s/NoSecretData',
      '      object: clusters/microcloud/Secret/default/planted',
      '      reason: the policy finding is suppressed, the secret scan still fails',
      '',
    ].join('\n'));
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      'synth failed: the output did not pass its gates (nothing written):',
      '  policy: 1 error, 0 warnings, 0 suppressed',
      '    error   k8s/NoSecretData clusters/microcloud/Secret/default/planted: No Secret objects with data or stringData in the GitOps tree: data holds 1 key(s): token',
      '  fix the code or the site; or, where the finding is intended, add { rule, object, reason } to policy.suppressions in the site',
      '  secret scan:',
      '    clusters/microcloud/planted.yaml:7:10  kubernetes-secret-data  aGVs…  literal value in the data of a Kubernetes Secret',
      '    1 possible secret in 1 file: never write a secret into dist/, write a reference (${random_password.x.result}, ${var.y}, a Kubernetes Secret by name)',
    ]);
    const suppressed = synth('--site', site, '--out', out);
    expect(suppressed.code).toBe(1);
    expect(suppressed.err.slice(1)).toEqual(r.err.slice(4));
    expect(rawTree(out)).toEqual(before);
  });

  test('a secret in any output file fails the synth (exit 1) with its file, line and column, and writes nothing', () => {
    mockRender.extra = new Map([['terraform/nodes/notes.yaml', PLANTED_PRIVATE_KEY]]);
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('synth failed: the output did not pass its gates (nothing written):');
    expect(r.err[1]).toBe('  secret scan:');
    expect(r.err[2]).toBe('    terraform/nodes/notes.yaml:3:3  openssh-private-key  ----…  OpenSSH private key');
    expect(r.err[r.err.length - 1]).toMatch(/^ {4}1 possible secret in 1 file: never write a secret into dist\//);
    expect(rawTree(out)).toEqual(before);
  });

  test('a suppressed finding passes, and the summary lists it with its reason', () => {
    mockRender.extra = new Map([['clusters/microcloud/planted.yaml', PLANTED_NAMESPACE]]);
    const site = siteWithPolicy('suppressed.yaml', [
      '  suppressions:',
      '    - rule: k8s/NamespacePodSecurity',
      '      object: clusters/microcloud/Namespace/_/planted',
      '      reason: planted by the test to check that suppressions are listed',
      '',
    ].join('\n'));
    const dir = freshDir();
    const r = synth('--site', site, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const i = r.out.indexOf('  policy: 0 errors, 0 warnings, 1 suppressed');
    expect(i).toBeGreaterThan(0);
    expect(r.out[i + 1]).toBe('    ignored k8s/NamespacePodSecurity clusters/microcloud/Namespace/_/planted: planted by the test to check that suppressions are listed');
    expect(r.out[i + 2]).toBe('  secrets: none found in the output');
  });

  test('a warning is printed on stderr and counted in the summary; the synth passes', () => {
    const site = siteWithPolicy('unused.yaml', [
      '  suppressions:',
      '    - rule: k8s/NoHostPath',
      '      object: clusters/microcloud/Deployment/nowhere/nothing',
      '      reason: a suppression that matches no finding at all',
      '',
    ].join('\n'));
    const dir = freshDir();
    const r = synth('--site', site, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      'warning: policy/UnusedSuppression clusters/microcloud/Deployment/nowhere/nothing: Suppression matches no finding: k8s/NoHostPath reports nothing on clusters/microcloud/Deployment/nowhere/nothing; remove the suppression or fix its object',
    ]);
    expect(r.out).toContain('  policy: 0 errors, 1 warning, 0 suppressed');
    expect(r.out.filter((l) => l.includes('UnusedSuppression'))).toEqual([]);
  });

  test('warnings reach stderr even with --quiet', () => {
    const site = siteWithPolicy('unused-quiet.yaml', ['  suppressions:', '    - { rule: k8s/NoHostPath, object: nothing/at/all, reason: matches no finding at all }', ''].join('\n'));
    const r = synth('--site', site, '--out', freshDir(), '--quiet');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^warning: policy\/UnusedSuppression nothing\/at\/all: /);
  });
});

describe('the command line', () => {
  test('--help and -h print the usage with every option, exit 0, and write nothing', () => {
    const before = rawTree(tmp);
    const r = synth('--help');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.join('\n')).toMatchSnapshot();
    for (const option of ['--site <file>', '--out <dir>', '--adopt', '--quiet', '-h, --help']) expect(r.out.some((l) => l.startsWith(`  ${option} `))).toBe(true);
    expect(synth('--out', 'ignored', '-h')).toEqual(r);
    expect(rawTree(tmp)).toEqual(before);
  });
});

/** What a user and Terraform keep in an output directory: none of it is sitekit's. */
const FOREIGN: Record<string, string> = {
  'terraform/nodes/terraform.tfstate': '{"version":4,"resources":[{"type":"random_password","instances":[{"attributes":{"result":"SECRET"}}]}]}\n',
  'terraform/nodes/.terraform/providers/registry.terraform.io/dmacvicar/libvirt/0.9.7/linux_amd64/terraform-provider-libvirt': '\u007fELF\u0000\u0001',
  'terraform/nodes/.terraform.lock.hcl': '# This file is maintained automatically by "terraform init".\n',
  'terraform/nodes/terraform.tfvars': 'wireguard_private_key = "not-a-real-key"\n',
  'clusters/microcloud/flux-system/gotk-patches.yaml': '# a patch of the user, beside the files the synth writes\nkind: Namespace\n',
  'README.md': '# my notes about this output\n',
};
/** FOREIGN, and an empty directory of the user's. */
function plantForeign(dir: string): void {
  for (const [f, content] of Object.entries(FOREIGN)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
  fs.mkdirSync(path.join(dir, 'notes', 'empty'), { recursive: true });
}
/** The entries of a rawTree that are FOREIGN (with their directories' own entries for the empty one). */
const foreignOf = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([k]) => k in FOREIGN || k.startsWith('notes/')));
/** A rawTree without the FOREIGN entries (and the directories that only they need). */
const ownedOf = (tree: Record<string, string>) =>
  Object.fromEntries(Object.entries(tree).filter(([k]) => !(k in FOREIGN) && !k.startsWith('notes/') && !k.startsWith('terraform/nodes/.terraform/') && !k.startsWith('clusters/microcloud/flux-system/gotk')));

/** site.yaml with a changed node, one component and one hostname fewer: synthesizing one after the other adds, changes and removes owned files, and the data-loss guard lets both directions through. */
let SITE_B: string;
beforeAll(() => {
  let edited = fs.readFileSync(SITE, 'utf8');
  for (const [from, to] of [
    ['address: 10.17.5.14, cpu: 2', 'address: 10.17.5.14, cpu: 3'],
    ['      externalSecrets: { version: 2.9.0 }\n', ''],
    ['    - { name: grafana.socialdevs.site, cluster: microcloud }\n', ''],
    ['      grafana: { public: true }\n', '      grafana: { public: false }\n'],
  ]) {
    expect(edited).toContain(from);
    edited = edited.replace(from, to);
  }
  SITE_B = path.join(tmp, 'site-b.yaml');
  fs.writeFileSync(SITE_B, edited);
});

describe('the output directory: sitekit owns only what it wrote', () => {
  test('foreign files of every kind survive synths alternating two sites byte for byte; owned files are exactly each synth\'s', () => {
    mockRender.memo = new Map();
    const ref = { a: rawTree(synthTree(SITE).dir), b: rawTree(synthTree(SITE_B).dir) };
    expect(Object.keys(ref.a).filter((k) => !(k in ref.b)).length).toBeGreaterThan(3); // added one way, removed the other
    expect(Object.keys(ref.a).filter((k) => k in ref.b && ref.a[k] !== ref.b[k]).length).toBeGreaterThan(3); // changed
    const out = freshDir('alternating');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    plantForeign(out);
    const foreign = foreignOf(rawTree(out));
    expect(Object.keys(foreign).length).toBe(Object.keys(FOREIGN).length + 2);
    const summaries: string[] = [];
    for (let i = 0; i < 20; i++) {
      const [site, wanted] = i % 2 ? [SITE, ref.a] : [SITE_B, ref.b];
      const r = synth('--site', site, '--out', out);
      expect({ i, code: r.code, err: r.err }).toEqual({ i, code: 0, err: [] });
      summaries.push(r.out[r.out.length - 2]);
      const now = rawTree(out);
      expect({ i, foreign: foreignOf(now) }).toEqual({ i, foreign });
      expect({ i, owned: ownedOf(now) }).toEqual({ i, owned: ownedOf(wanted) });
    }
    expect([...new Set(summaries)]).toEqual(['  files: 72 (0 added, 11 changed, 6 removed, 61 unchanged)', '  files: 78 (6 added, 11 changed, 0 removed, 61 unchanged)']);
    // 100 more rounds of what a synth does after its gates, with the two sites' real outputs.
    const { readOutputTree } = jest.requireActual('../../synth/output/read-tree') as typeof import('../../synth/output/read-tree');
    const { OutputDir } = jest.requireActual('../../synth/output/write') as typeof import('../../synth/output/write');
    const files = {
      a: new Map(Object.entries(readTree(synthTree(SITE).dir)).filter(([k]) => k !== MANIFEST)),
      b: new Map(Object.entries(readTree(synthTree(SITE_B).dir)).filter(([k]) => k !== MANIFEST)),
    };
    for (let i = 0; i < 100; i++) {
      const [mine, wanted] = i % 2 ? [files.a, ref.a] : [files.b, ref.b];
      const output = new OutputDir(out);
      const lock = output.lock();
      try {
        output.recover();
        const owned = output.owned();
        output.write(mine, { owned, previous: readOutputTree(output, owned) });
      } finally {
        lock.release();
      }
      const now = rawTree(out);
      expect({ i, foreign: foreignOf(now) }).toEqual({ i, foreign });
      expect({ i, owned: ownedOf(now) }).toEqual({ i, owned: ownedOf(wanted) });
    }
  });

  test('--out at a non-empty directory sitekit did not write: refused, untouched; with --adopt the rendered files are taken over and the rest kept', () => {
    const out = freshDir('home');
    plantForeign(out);
    fs.mkdirSync(path.join(out, 'terraform', 'edge'), { recursive: true });
    fs.writeFileSync(path.join(out, 'terraform', 'edge', 'cdk.tf.json'), '{"written by": "an older sitekit"}\n');
    const before = rawTree(tmp);
    const foreign = foreignOf(rawTree(out));
    const r = synth('--site', SITE, '--out', out);
    expect(r).toEqual({
      code: 1,
      out: [],
      err: [
        `synth failed: ${out}/ is not empty and sitekit did not write it (no .sitekit-manifest.json): it holds README.md, clusters, notes, and 1 more. ` +
          'sitekit writes only into a new or empty directory or one it wrote before; choose another --out, or add --adopt to take over the files this synth renders there and leave everything else alone',
      ],
    });
    expect(rawTree(tmp)).toEqual(before);

    const adopted = synth('--site', SITE, '--out', out, '--adopt');
    expect(adopted.code).toBe(0);
    expect(adopted.err).toEqual([]);
    expect(adopted.out.slice(-3, -1)).toEqual([
      '  files: 78 (77 added, 1 changed, 0 removed, 0 unchanged)',
      `  adopted: 1 file(s) that were already there are sitekit's from now on; nothing else in ${out}/ was touched`,
    ]);
    const now = rawTree(out);
    expect(foreignOf(now)).toEqual(foreign);
    expect(ownedOf(now)).toEqual(ownedOf(rawTree(synthTree(SITE).dir)));
    // From now on it is sitekit's: no --adopt needed.
    expect(synth('--site', SITE, '--out', out, '--quiet')).toEqual({ code: 0, out: [], err: [] });
  });

  test('--out at a file, a dangling link or a link to / is refused before any work; a link to a directory is followed', () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x\n');
    expect(synth('--site', SITE, '--out', file).err).toEqual([`synth failed: --out ${file} exists and is not a directory; choose a directory of its own, e.g. dist`]);
    const dangling = path.join(tmp, 'dangling');
    fs.symlinkSync(path.join(tmp, 'nowhere'), dangling);
    expect(synth('--site', SITE, '--out', dangling).err).toEqual([`synth failed: --out ${dangling} is a symbolic link to ${path.join(tmp, 'nowhere')}, which does not exist; create that directory or choose another --out`]);
    const root = path.join(tmp, 'root');
    fs.symlinkSync('/', root);
    const t0 = Date.now();
    expect(synth('--site', SITE, '--out', root).err).toEqual([`synth failed: --out ${root} holds the current directory or the site file; choose an output directory of its own, e.g. dist`]);
    expect(Date.now() - t0).toBeLessThan(1000); // no walk of the file system
    const home = freshDir('linked-home');
    plantForeign(home);
    const toHome = path.join(tmp, 'to-home');
    fs.symlinkSync(home, toHome);
    expect(synth('--site', SITE, '--out', toHome).err[0]).toMatch(new RegExp(`^synth failed: ${toHome}/ is not empty and sitekit did not write it`));
    const target = freshDir('link-target');
    fs.mkdirSync(target);
    const link = path.join(tmp, 'link');
    fs.symlinkSync(target, link);
    expect(synth('--site', SITE, '--out', link, '--quiet').code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(rawTree(target)).toEqual(rawTree(synthTree(SITE).dir));
  });

  test('an <out>.old beside a missing <out> (an older sitekit\'s interrupted swap) is reported and left alone', () => {
    const out = freshDir('legacy');
    fs.mkdirSync(`${out}.old`);
    fs.writeFileSync(path.join(`${out}.old`, 'x'), 'x\n');
    const r = synth('--site', SITE, '--out', out, '--quiet');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      `warning: ${out}.old/ is beside a missing ${out}/: an interrupted write of an older sitekit may have left it; this synth writes a new ${out}/, and the data-loss guard has no previous output to compare with`,
    ]);
    expect(fs.readFileSync(path.join(`${out}.old`, 'x'), 'utf8')).toBe('x\n');
  });
});

describe('the lock: one synth at a time per output', () => {
  const lockFile = (info: object) => `${JSON.stringify(info)}\n`;
  afterEach(() => {
    delete process.env.SITEKIT_LOCK_TIMEOUT_MS;
  });

  test('a live holder is waited for, then reported with its pid; the output is untouched', () => {
    mockRender.memo = new Map();
    const out = freshDir('locked');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    const holder = { pid: process.ppid, host: os.hostname(), started: '2026-01-01T00:00:00.000Z', nonce: '0123abcd' };
    fs.writeFileSync(path.join(out, '.sitekit.lock'), lockFile(holder));
    const before = rawTree(out);
    process.env.SITEKIT_LOCK_TIMEOUT_MS = '300';
    const r = synth('--site', SITE_B, '--out', out);
    expect(r).toEqual({
      code: 1,
      out: [],
      err: [
        `waiting for ${out}/: another synth is writing it (pid ${process.ppid} on ${os.hostname()}, since 2026-01-01T00:00:00.000Z)`,
        `synth failed: ${out}/ is locked by another synth (pid ${process.ppid} on ${os.hostname()}, since 2026-01-01T00:00:00.000Z); waited 0.3 s. If no synth is running there, delete ${out}/.sitekit.lock`,
      ],
    });
    expect(rawTree(out)).toEqual(before);
    // --quiet: no waiting notice, the same failure.
    expect(synth('--site', SITE_B, '--out', out, '--quiet').err).toEqual([r.err[1]]);
  });

  test('a lock whose process is dead is taken over', () => {
    mockRender.memo = new Map();
    const out = freshDir('stale');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(out, '.sitekit.lock'), lockFile({ pid: dead, host: os.hostname(), started: '2026-01-01T00:00:00.000Z', nonce: '0123abcd' }));
    process.env.SITEKIT_LOCK_TIMEOUT_MS = '0';
    expect(synth('--site', SITE_B, '--out', out, '--quiet')).toEqual({ code: 0, out: [], err: [] });
    expect(fs.readdirSync(out).filter((n) => n.startsWith('.sitekit') && n !== MANIFEST)).toEqual([]);
  });

  test('20 rounds of two concurrent synth processes of two sites into one output: always one complete output, no leftovers', async () => {
    ensureBuilt();
    mockRender.memo = new Map();
    const ref = { a: rawTree(synthTree(SITE).dir), b: rawTree(synthTree(SITE_B).dir) };
    const { JEST_WORKER_ID: _worker, ...env } = process.env;
    const cache = freshDir('concurrent-cache');
    const run = (site: string, out: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        // The bundle, as `npm run synth` runs it.
        const p = spawn(process.execPath, [BUNDLE, '--site', site, '--out', out, '--quiet'], { cwd: ROOT, env: { ...env, CHECKPOINT_DISABLE: '1', NODE_COMPILE_CACHE: cache } });
        let stderr = '';
        p.stderr.on('data', (d) => (stderr += d));
        p.on('close', (code) => resolve({ code, stderr }));
      });
    const out = freshDir('concurrent');
    await run(SITE, out); // warms the compile cache
    const winners: string[] = [];
    for (let round = 0; round < 20; round++) {
      const [a, b] = await Promise.all([run(SITE, out), run(SITE_B, out)]);
      expect({ round, a, b }).toEqual({ round, a: { code: 0, stderr: '' }, b: { code: 0, stderr: '' } });
      const now = rawTree(out);
      const winner = JSON.stringify(now) === JSON.stringify(ref.a) ? 'a' : 'b';
      expect({ round, tree: now }).toEqual({ round, tree: ref[winner] });
      winners.push(winner);
    }
  }, 900_000);
});

describe('file-system errors: one line, the previous output intact', () => {
  const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  let ref: { a: Record<string, string>; b: Record<string, string> };
  beforeAll(() => {
    mockRender.memo = new Map();
    ref = { a: synthTree(SITE).tree, b: synthTree(SITE_B).tree };
    mockRender.memo = undefined;
  });
  /** An output holding site B's synth and the foreign files; its rawTree. */
  function previousOutput(): { out: string; before: Record<string, string> } {
    const out = freshDir('failing');
    expect(synth('--site', SITE_B, '--out', out, '--quiet').code).toBe(0);
    plantForeign(out);
    return { out, before: rawTree(out) };
  }

  test.each([
    ['ENOSPC', 'a staged file', (p: string, call: string) => call === 'writeFileSync' && /\.sitekit-staging-[^/]+\/f0$/.test(p), 'no space left on device', () => Object.keys(ref.a).filter((f) => f in ref.b && ref.a[f] !== ref.b[f]).sort()[0]],
    ['EACCES', 'the lock', (p: string, call: string) => call === 'writeFileSync' && p.includes('.sitekit.lock.'), 'permission denied', () => '.sitekit.lock'],
    ['EROFS', 'the journal', (p: string, call: string) => call === 'renameSync' && p.endsWith('/journal'), 'read-only file system', () => '.sitekit-journal.json'],
    ['EDQUOT', 'the staging directory', (p: string, call: string) => call === 'mkdirSync' && /\.sitekit-staging-[^/]+$/.test(p), 'disk quota exceeded', () => ''],
  ])('%s at %s: exit 1, one line naming the path, the output unchanged', (code, _step, match, reason, rel) => {
    mockRender.memo = new Map();
    const { out, before } = previousOutput();
    mockFs.fail = (call, args) => {
      if (match(String(args[0]), call)) throw fsError(code);
    };
    const r = synth('--site', SITE, '--out', out);
    mockFs.fail = undefined;
    expect(r).toEqual({ code: 1, out: [], err: [`synth failed: cannot write ${out}/${rel()}: ${reason} (${code}); ${out}/ unchanged`] });
    expect(rawTree(out)).toEqual(before);
  });

  test('a failure after the journal committed says so, and the next synth finishes the write', () => {
    mockRender.memo = new Map();
    const { out, before } = previousOutput();
    let committed = false;
    mockFs.fail = (call, args) => {
      if (call === 'renameSync' && String(args[1]).endsWith('.sitekit-journal.json')) committed = true;
      else if (committed && call === 'renameSync') throw fsError('ENOSPC');
    };
    const r = synth('--site', SITE, '--out', out);
    mockFs.fail = undefined;
    const first = Object.keys(ref.a).filter((f) => f in ref.b && ref.a[f] !== ref.b[f]).sort()[0];
    expect(r).toEqual({
      code: 1,
      out: [],
      err: [`synth failed: cannot write ${out}/${first}: no space left on device (ENOSPC); the write into ${out}/ is committed but not finished: fix the cause and synth again, which finishes it first`],
    });
    expect(synth('--site', SITE, '--out', out, '--quiet')).toEqual({ code: 0, out: [], err: [] });
    const now = rawTree(out);
    expect(foreignOf(now)).toEqual(foreignOf(before));
    expect(ownedOf(now)).toEqual(ownedOf(rawTree(synthTree(SITE).dir)));
  });

  /**
   * Real file systems, in a private mount namespace (unshare): a full tmpfs and a read-only bind
   * mount. Skipped, with the reason in its name, where unshare cannot make one; never under CI.
   */
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "${os.tmpdir()}" && echo ok`], { encoding: 'utf8' });
  const unavailable = probe.stdout?.trim() === 'ok' ? undefined : `unshare -rm cannot mount here: ${(probe.error?.message ?? probe.stderr ?? '').trim() || `exit ${probe.status}`}`;
  const real = unavailable && process.env.CI !== 'true' ? test.skip : test;
  const suffix = unavailable ? ` (skipped: ${unavailable})` : '';

  /** Runs `script` (sh) in a private mount namespace with $CLI, $A, $B and $D (a fresh directory); returns its stdout lines. */
  function inNamespace(script: string): { dir: string; lines: string[] } {
    if (unavailable) throw new Error(unavailable);
    ensureBuilt();
    const dir = freshDir('mnt');
    fs.mkdirSync(dir);
    const { JEST_WORKER_ID: _worker, ...env } = process.env;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1', CLI, A: SITE, B: SITE_B, D: dir } });
    if (r.status !== 0) throw new Error(`the script failed (${r.status}): ${r.stderr}`);
    return { dir, lines: r.stdout.trim().split('\n') };
  }

  real(`a full file system (tmpfs): one line, ENOSPC, the previous output intact, nothing left behind${suffix}`, () => {
    const { dir, lines } = inNamespace(`
      set -e
      mount -t tmpfs -o size=2m tmpfs "$D"
      node "$CLI" --site "$B" --out "$D/out" --quiet
      mkdir "$D/../before-$$" && cp -a "$D/out/." "$D/../before-$$/"
      avail=$(df -k --output=avail "$D" | tail -n 1)
      dd if=/dev/zero of="$D/fill" bs=1k count=$((avail - 120)) 2>/dev/null
      set +e
      node "$CLI" --site "$A" --out "$D/out" 2>&1; echo "exit $?"
      diff -r "$D/../before-$$" "$D/out" && echo same
      ls -A "$D/out" | grep '^\\.sitekit' | paste -sd ' ' -
    `);
    expect(lines.length).toBe(4);
    expect(lines[0]).toMatch(new RegExp(`^synth failed: cannot write ${dir}/out/(terraform|clusters)/\\S+: no space left on device \\(ENOSPC\\); ${dir}/out/ unchanged$`));
    expect(lines.slice(1)).toEqual(['exit 1', 'same', '.sitekit-manifest.json']);
  });

  real(`a read-only output (bind mount): one line, EROFS, the output intact${suffix}`, () => {
    const { dir, lines } = inNamespace(`
      set -e
      node "$CLI" --site "$B" --out "$D/out" --quiet
      mount --bind "$D/out" "$D/out" && mount -o remount,bind,ro "$D/out"
      set +e
      node "$CLI" --site "$A" --out "$D/out" 2>&1; echo "exit $?"
    `);
    expect(lines).toEqual([`synth failed: cannot write ${dir}/out/.sitekit.lock: read-only file system (EROFS); ${dir}/out/ unchanged`, 'exit 1']);
  });
});
