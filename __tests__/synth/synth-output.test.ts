/**
 * The output directory of a synth in this process: sitekit owns only what it wrote (foreign files,
 * --adopt, links), the lock, and file-system errors injected at each step of the write.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { mockFs, mockRender, resetMocks } from './mocks';
import { FOREIGN, foreignOf, freshDir, MANIFEST, ownedOf, plantForeign, rawTree, readTree, SITE, SITE_B, synth, synthTree, tmp, useTempDir } from './harness';

jest.mock('../../synth/render', () => jest.requireActual('./mocks').renderModule());
jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();
afterEach(resetMocks);
beforeAll(() => {
  mockRender.memo = new Map();
});

describe('the output directory: sitekit owns only what it wrote', () => {
  test('foreign files of every kind survive synths alternating two sites byte for byte; owned files are exactly each synth\'s', () => {
    const ref = { a: rawTree(synthTree(SITE).dir), b: rawTree(synthTree(SITE_B).dir) };
    expect(Object.keys(ref.a).filter((k) => !(k in ref.b)).length).toBeGreaterThan(3); // added one way, removed the other
    expect(Object.keys(ref.a).filter((k) => k in ref.b && ref.a[k] !== ref.b[k]).length).toBeGreaterThan(3); // changed
    const out = freshDir('alternating');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    plantForeign(out);
    const foreign = foreignOf(rawTree(out));
    expect(Object.keys(foreign).length).toBe(Object.keys(FOREIGN).length + 2);
    const summaries: string[] = [];
    for (let i = 0; i < 6; i++) {
      const [site, wanted] = i % 2 ? [SITE, ref.a] : [SITE_B, ref.b];
      const r = synth('--site', site, '--out', out);
      expect({ i, code: r.code, err: r.err }).toEqual({ i, code: 0, err: [] });
      summaries.push(r.out[r.out.length - 2]);
      const now = rawTree(out);
      expect({ i, foreign: foreignOf(now) }).toEqual({ i, foreign });
      expect({ i, owned: ownedOf(now) }).toEqual({ i, owned: ownedOf(wanted) });
    }
    expect([...new Set(summaries)]).toEqual(['  files: 82 (0 added, 15 changed, 6 removed, 67 unchanged)', '  files: 88 (6 added, 15 changed, 0 removed, 67 unchanged)']);
    // 40 more rounds of what a synth does after its gates, with the two sites' real outputs.
    const { readOutputTree } = jest.requireActual('../../synth/output/read-tree') as typeof import('../../synth/output/read-tree');
    const { OutputDir } = jest.requireActual('../../synth/output/write') as typeof import('../../synth/output/write');
    const files = {
      a: new Map(Object.entries(readTree(synthTree(SITE).dir)).filter(([k]) => k !== MANIFEST)),
      b: new Map(Object.entries(readTree(synthTree(SITE_B).dir)).filter(([k]) => k !== MANIFEST)),
    };
    for (let i = 0; i < 40; i++) {
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
      '  files: 88 (87 added, 1 changed, 0 removed, 0 unchanged)',
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
    const out = freshDir('stale');
    expect(synth('--site', SITE, '--out', out, '--quiet').code).toBe(0);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(out, '.sitekit.lock'), lockFile({ pid: dead, host: os.hostname(), started: '2026-01-01T00:00:00.000Z', nonce: '0123abcd' }));
    process.env.SITEKIT_LOCK_TIMEOUT_MS = '0';
    expect(synth('--site', SITE_B, '--out', out, '--quiet')).toEqual({ code: 0, out: [], err: [] });
    expect(fs.readdirSync(out).filter((n) => n.startsWith('.sitekit') && n !== MANIFEST)).toEqual([]);
  });
});

describe('file-system errors: one line, the previous output intact', () => {
  const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  let ref: { a: Record<string, string>; b: Record<string, string> };
  beforeAll(() => {
    ref = { a: synthTree(SITE).tree, b: synthTree(SITE_B).tree };
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
});
