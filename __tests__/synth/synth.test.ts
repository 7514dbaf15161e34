/**
 * synth/synth.ts end to end in this process (`main(argv, log, err)`): the synthesized tree
 * (snapshots), determinism, atomicity on every kind of failure, the data-loss and flux-system guards,
 * every example site, the summary and the command line. The gates are in synth-gates.test.ts, the
 * output directory in synth-output.test.ts, the compiled CLI and the bundle as processes in
 * processes.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { USAGE } from '../../synth/synth';
import { mockRender, resetMocks } from './mocks';
import { exampleSites, expectTreeSnapshot, freshDir, MANIFEST, rawTree, readTree, ROOT, Run, SITE, synth, synthTree, tmp, useTempDir } from './harness';

jest.mock('../../synth/render', () => jest.requireActual('./mocks').renderModule());
jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();
afterEach(resetMocks);
beforeAll(() => {
  mockRender.memo = new Map();
});

describe('the default site.yaml', () => {
  test('synthesizes both apps into terraform/ and clusters/, the inventory into ansible/ and the docs into docs/, no stray files', () => {
    const { dir, tree, run } = synthTree(SITE);
    expect(run.out).toEqual([]);
    const files = Object.keys(tree);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^(terraform\/[a-z0-9-]+\/cdk\.tf\.json|clusters\/[a-z0-9-]+\/([a-z0-9.-]+\/)*[a-z0-9.-]+\.yaml|ansible\/inventory\.yaml|docs\/[A-Za-z0-9-]+\.md)$/);
    expect(files.some((f) => f.startsWith('terraform/'))).toBe(true);
    expect(files.filter((f) => f.startsWith('docs/'))).toEqual(['docs/README.md', 'docs/inventory.md', 'docs/ip-plan.md', 'docs/ports.md', 'docs/runbook.md', 'docs/topology.md']);
    expect(files.some((f) => f.startsWith('clusters/'))).toBe(true);
    expect(fs.readdirSync(tmp).filter((e) => e.startsWith(`${path.basename(dir)}.`))).toEqual([]);
  });

  test('synthesized tree (snapshot)', () => {
    expectTreeSnapshot(synthTree(SITE).tree);
  });
});

describe('determinism', () => {
  test('two synths into two directories are byte-identical (each renders the site)', () => {
    const memo = mockRender.memo;
    mockRender.memo = undefined;
    try {
      const a = synthTree(SITE);
      const b = synthTree(SITE);
      expect(rawTree(b.dir)).toEqual(rawTree(a.dir));
    } finally {
      mockRender.memo = memo;
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
    const file = `${freshDir('bootstrap')}.yaml`;
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
  test.each(exampleSites())('%s synthesizes (snapshot)', (site) => {
    const { tree } = synthTree(path.join(ROOT, site));
    expect(Object.keys(tree).length).toBeGreaterThan(0);
    expectTreeSnapshot(tree);
  });
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
