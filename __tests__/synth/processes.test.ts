/**
 * The synth as the processes users run: the compiled CLI (Node's compile cache cold and warm), the
 * bundle that `npm run synth` runs (every example site, with only node on PATH; the same errors as
 * in process), concurrent synths into one output, and real file systems (a full tmpfs, a read-only
 * bind mount). Slow (each synth is a process): in `npm run test:slow`, not `npm test`.
 */
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUNDLE, CLI, ensureBuilt, exampleSites, freshDir, rawTree, ROOT, SITE, SITE_B, synth, synthTree, useTempDir } from './harness';

useTempDir();

describe('determinism', () => {
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

describe('example sites', () => {
  const sites = exampleSites();

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
});

test('the bundle is ASCII text (Node reads it into a one-byte string); a non-ASCII character left outside a comment fails the build', () => {
  ensureBuilt();
  const text = fs.readFileSync(BUNDLE, 'latin1');
  expect(text.length).toBeGreaterThan(1_000_000);
  expect(/[^\x00-\x7f]/.exec(text)?.index).toBeUndefined();
  // The same check on a bundle whose code (not a comment) holds a non-ASCII character.
  const dir = freshDir('ascii');
  fs.mkdirSync(path.join(dir, 'lib', 'synth'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lib', 'synth', 'synth.js'), '/** a comment \u2192 */\nmodule.exports = /\u2026/;\n');
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts', 'bundle.js'), path.join(dir, 'scripts', 'bundle.js'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const run = spawnSync(process.execPath, [path.join(dir, 'scripts', 'bundle.js')], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: run.status, err: run.stderr.trim() }).toEqual({ status: 1, err: `bundle: ${path.join(dir, 'lib', 'bundle', 'synth.js')}:2: a non-ASCII character outside a comment: write it as a \\u escape in the source` });
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

describe('the lock: one synth at a time per output', () => {
  test('20 rounds of two concurrent synth processes of two sites into one output: always one complete output, no leftovers', async () => {
    ensureBuilt();
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
      // Site B declares the removal of a namespace site A has: when B writes over B's own output
      // (it won the round before), that declaration matches nothing, and the synth says so.
      const unused = 'warning: changes.removals[0] (clusters/microcloud/Namespace/_/site-secrets) matches nothing this synth removes: delete it once `terraform apply` has made the removal (npm run plan still needs it until then)\n';
      expect({ round, a, b: { ...b, stderr: b.stderr === unused ? '' : b.stderr } }).toEqual({ round, a: { code: 0, stderr: '' }, b: { code: 0, stderr: '' } });
      const now = rawTree(out);
      const winner = JSON.stringify(now) === JSON.stringify(ref.a) ? 'a' : 'b';
      expect({ round, tree: now }).toEqual({ round, tree: ref[winner] });
      winners.push(winner);
    }
  }, 900_000);
});

describe('file-system errors: one line, the previous output intact', () => {
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
