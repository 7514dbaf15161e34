/**
 * tools/synth.ts end to end, in this process (`main(argv, log, err)`) and once through the
 * compiled CLI: the synthesized tree (snapshots), determinism, atomicity on every kind of failure,
 * every example site, and the summary it prints.
 */
import { createHash } from 'crypto';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../tools/synth';

/** Lets a test make the render step fail (an internal error) or hand write() a given file map. */
const mockRender: { fail?: Error; files?: Map<string, string>; extra?: Map<string, string> } = {};
jest.mock('../tools/render', () => {
  const actual = jest.requireActual('../tools/render');
  return {
    ...actual,
    renderSite: (site: unknown) => {
      if (mockRender.fail) throw mockRender.fail;
      const rendered = actual.renderSite(site);
      if (mockRender.extra) for (const [f, c] of mockRender.extra) rendered.files.set(f, c);
      return mockRender.files ? { ...rendered, files: mockRender.files } : rendered;
    },
  };
});

const ROOT = path.resolve(__dirname, '..');
const SITE = path.join(ROOT, 'site.yaml');
const CLI = path.join(ROOT, 'lib', 'tools', 'synth.js');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-synth-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  mockRender.fail = undefined;
  mockRender.files = undefined;
  mockRender.extra = undefined;
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

/** Synthesizes `site` into a fresh directory and returns the tree; fails the test on a non-zero exit. */
function synthTree(site: string): { dir: string; tree: Record<string, string>; run: Run } {
  const dir = freshDir();
  const run = synth('--site', site, '--out', dir, '--quiet');
  if (run.code !== 0) throw new Error(`synth of ${site} exited ${run.code}:\n${run.err.join('\n')}`);
  return { dir, tree: readTree(dir), run };
}

/**
 * Snapshots a tree: its file list, then one snapshot per file, named by its path. The Flux install
 * (gotk-components.yaml, ~6 000 lines of pinned upstream objects, checked against kubectl kustomize
 * in cluster-gitops.test.ts) is snapshotted by its digest.
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

describe('determinism', () => {
  function ensureBuilt(): void {
    // CI builds lib/ (npm ci runs `prepare` = tsc -b); locally, rebuild when a source is newer.
    const built = ['lib/.tsbuildinfo', 'lib/.build-stamp', 'lib/tools/synth.js']
      .map((f) => path.join(ROOT, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.statSync(f).mtimeMs);
    let newest = 0;
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(path.join(d, e.name)).mtimeMs);
      }
    };
    for (const d of ['site', 'infra', 'cluster', 'tools', 'imports']) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
    if (!fs.existsSync(CLI) || built.length === 0 || newest > Math.max(...built)) {
      spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, encoding: 'utf8' });
    }
  }

  test('two synths into two directories are byte-identical', () => {
    const a = synthTree(SITE);
    const b = synthTree(SITE);
    expect(rawTree(b.dir)).toEqual(rawTree(a.dir));
  });

  test('the compiled CLI (node lib/tools/synth.js) writes the same tree as the in-process synth, compile cache cold and warm', () => {
    ensureBuilt();
    expect(fs.existsSync(CLI)).toBe(true);
    const expected = rawTree(synthTree(SITE).dir);
    const { JEST_WORKER_ID: _worker, ...env } = process.env;
    const cache = freshDir('compile-cache');
    for (const run of ['cold', 'warm']) {
      const dir = freshDir(`cli-${run}`);
      const stdout = execFileSync(process.execPath, [CLI, '--site', 'site.yaml', '--out', dir], { cwd: ROOT, encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1', SITEKIT_COMPILE_CACHE: cache } });
      expect(stdout).toMatch(/^synthesized site "/);
      expect(rawTree(dir)).toEqual(expected);
      expect(fs.readdirSync(cache).length).toBeGreaterThan(0);
    }
  });
});

describe('the compile cache', () => {
  /** Runs `node -e <script>` with the compiled synth.js, outside jest's module loader. */
  const node = (script: string, ...args: string[]) => {
    const { JEST_WORKER_ID: _worker, ...env } = process.env;
    return execFileSync(process.execPath, ['-e', script, CLI, ...args], { encoding: 'utf8', env }).trim();
  };
  const loadThrough = `const [cli, cache, mod] = process.argv.slice(1); const on = require(cli).enableCompileCache(cache); console.log(JSON.stringify([on, require(mod)]));`;
  const builtIn = typeof (require('module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  test('modules load through it with a working require, __filename and __dirname, and a changed module is recompiled', () => {
    const dir = freshDir('modules');
    const cache = path.join(dir, 'cache');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'dep.js'), 'exports.x = 1;\n');
    const mod = path.join(dir, 'mod.js');
    const source = (v: string) =>
      `module.exports = { v: '${v}', dep: require('./dep').x, resolved: require.resolve('./dep') === __dirname + '/dep.js', paths: Array.isArray(require.resolve.paths('x')), file: __filename === ${JSON.stringify(mod)} };\n`;
    fs.writeFileSync(mod, source('aaaa'));
    const expected = (v: string) => JSON.stringify([true, { v, dep: 1, resolved: true, paths: true, file: true }]);
    expect(node(loadThrough, cache, mod)).toBe(expected('aaaa'));
    if (!builtIn) expect(fs.readdirSync(cache)).toHaveLength(2); // one file per module, written at exit
    // Same length, other content: V8 alone would accept the stale cache.
    fs.writeFileSync(mod, source('bbbb'));
    expect(node(loadThrough, cache, mod)).toBe(expected('bbbb'));
    if (!builtIn) {
      const stamp = fs.readdirSync(cache).map((f) => fs.statSync(path.join(cache, f)).mtimeMs);
      expect(node(loadThrough, cache, mod)).toBe(expected('bbbb'));
      // A hit rewrites nothing.
      expect(fs.readdirSync(cache).map((f) => fs.statSync(path.join(cache, f)).mtimeMs)).toEqual(stamp);
    }
  });

  test('a cache directory that cannot be created turns it off, and modules still load', () => {
    const dir = freshDir('no-cache');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'file'), '');
    fs.writeFileSync(path.join(dir, 'mod.js'), 'module.exports = 42;\n');
    const out = node(loadThrough, path.join(dir, 'file', 'cache'), path.join(dir, 'mod.js'));
    expect(out).toBe(builtIn ? expect.any(String) : JSON.stringify([false, 42]));
  });

  test('where it lives: SITEKIT_COMPILE_CACHE=0 turns it off, an absolute path moves it, never under jest', () => {
    const { compileCacheDir } = jest.requireActual('../tools/synth') as typeof import('../tools/synth');
    expect(compileCacheDir({ SITEKIT_COMPILE_CACHE: '0' })).toBeUndefined();
    expect(compileCacheDir({ JEST_WORKER_ID: '1' })).toBeUndefined();
    expect(compileCacheDir({ SITEKIT_COMPILE_CACHE: '/tmp/x' })).toBe('/tmp/x');
    expect(compileCacheDir({})).toBe(path.join(ROOT, 'node_modules', '.cache', 'sitekit-synth', `${process.version}-${process.arch}`));
  });
});

describe('atomicity: on failure the previous output stays byte-identical', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(() => {
    out = freshDir('previous');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    fs.writeFileSync(path.join(out, 'hand-edited.txt'), 'a file the next good synth would remove\n');
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
    [['--bogus'], /unknown argument "--bogus"/],
    [['extra'], /unknown argument "extra"/],
    [['--site'], /--site needs a value/],
    [['--out', '--quiet'], /--out needs a value/],
  ])('usage error %j: exit 1, usage on stderr', (args, message) => {
    const r = synth('--site', SITE, '--out', out, ...args);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(message);
    expect(r.err.join('\n')).toMatch(/usage: npm run synth -- \[--site <file>\] \[--out <dir>\] \[--quiet\]/);
    noStack(r);
  });

  test('an output directory that holds the site file is refused (exit 1)', () => {
    const site = path.join(out, 'site.yaml');
    const r = synth('--site', site, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/--out .* would replace a directory holding the current directory or the site file/);
    noStack(r);
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
    expect(r.err.join('\n')).toMatch(/--out \.\. would replace a directory holding the current directory/);
  });

  test('an internal error while rendering: exit 2, the stack on stderr', () => {
    mockRender.fail = new Error('boom in render');
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toMatch(/^synth failed with an internal error \(.*unchanged\):$/);
    expect(r.err.join('\n')).toMatch(/Error: boom in render\n\s+at /);
  });

  test('an internal error while writing (a file where a directory must go): exit 2', () => {
    // The previous files (so that the data-loss guard lets the write go ahead), and a conflict.
    mockRender.files = new Map([
      ...Object.entries(readTree(out)),
      ['clusters/x/a.yaml', 'a: 1\n'],
      ['clusters/x/a.yaml/b.yaml', 'b: 1\n'],
    ]);
    const r = synth('--site', SITE, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/E(ISDIR|NOTDIR|EXIST)/);
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
    expect(again.err).toEqual(['warning: changes.removals[0] (terraform/nodes/*.worker3_*) matches nothing this synth removes: delete it once the removal is applied']);
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
  }
});

describe('the summary', () => {
  test('names the site, each stack with its resource count, each cluster with its object count, the files, the elapsed time', () => {
    const dir = freshDir();
    const first = synth('--site', SITE, '--out', dir);
    expect(first.code).toBe(0);
    const tree = readTree(dir);
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
