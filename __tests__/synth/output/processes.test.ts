/**
 * The writer in child processes (transpiled from synth/output/): concurrent writers into one output,
 * and a writer killed (SIGKILL) at every step, then recovered. Slow: in `npm run test:slow`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OutputDir, writeTreeAtomically } from '../../../synth/output/write';
import { CALLS } from './mocks';
import { filesOf, isForeign, MANIFEST, manifestOf, NEW, PREVIOUS, previousOutput, snapshotTree, tmp, transpileWriter, useTempDir } from './harness';

jest.mock('fs', () => jest.requireActual('./mocks').fsModule());

useTempDir();

describe('concurrent writers (child processes)', () => {
  test('two processes writing 100 times each into one output: no error, no leftovers, one complete tree', async () => {
    transpileWriter(tmp);
    const child = path.join(tmp, 'writer.js');
    fs.writeFileSync(
      child,
      [
        "const fs = require('fs');",
        "const { writeTreeAtomically } = require('./write.js');",
        "const files = new Map(JSON.parse(fs.readFileSync(process.env.FILES, 'utf8')));",
        'for (let i = 0; i < 100; i++) writeTreeAtomically(process.env.OUT, files);',
        '',
      ].join('\n'),
    );
    const out = path.join(tmp, 'out');
    const wanted: Record<string, Record<string, string>> = {};
    for (const [name, files] of [['previous', PREVIOUS], ['new', NEW]] as const) {
      fs.writeFileSync(path.join(tmp, `${name}.json`), JSON.stringify([...files]));
      const ref = path.join(tmp, `ref-${name}`);
      previousOutput(ref);
      writeTreeAtomically(ref, files);
      wanted[name] = snapshotTree(ref);
    }
    previousOutput(out);
    const { spawn } = jest.requireActual('child_process') as typeof import('child_process');
    const run = (name: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [child], { env: { ...process.env, FILES: path.join(tmp, `${name}.json`), OUT: out } });
        let stderr = '';
        p.stderr.on('data', (d) => (stderr += d));
        p.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run('previous'), run('new')]);
    expect(results).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    const now = snapshotTree(out);
    expect([wanted.previous, wanted.new]).toContainEqual(now);
  });
});

/**
 * A real SIGKILL at every step of a write: a child process runs writeTreeAtomically (transpiled
 * from synth/output/) with its fs calls counted and kills itself just before
 * the k-th one, for every k. SIGKILL cannot be caught, so this is what a power cut or `kill -9`
 * does (short of losing what the kernel had not flushed).
 */
describe('killed at any step (SIGKILL in a child process)', () => {
  let child: string;
  let filesJson: string;
  beforeEach(() => {
    // The child's fs calls are counted by the prelude below.
    transpileWriter(tmp);
    filesJson = path.join(tmp, 'files.json');
    fs.writeFileSync(filesJson, JSON.stringify([...NEW]));
    child = path.join(tmp, 'child.js');
    fs.writeFileSync(
      child,
      [
        "const fs = require('fs');",
        'const killAt = Number(process.env.KILL_AT);',
        'let calls = 0;',
        `for (const name of ${JSON.stringify(CALLS.filter((c) => c !== 'accessSync'))}) {`,
        '  const real = fs[name];',
        "  fs[name] = function (...args) { if (++calls === killAt) process.kill(process.pid, 'SIGKILL'); return real.apply(this, args); };",
        '}',
        "const { writeTreeAtomically } = require('./write.js');",
        "writeTreeAtomically(process.env.OUT, new Map(JSON.parse(fs.readFileSync(process.env.FILES, 'utf8'))));",
        'process.stdout.write(String(calls));',
        '',
      ].join('\n'),
    );
  });

  function run(out: string, killAt: number): ReturnType<typeof import('child_process').spawnSync> {
    const { spawnSync } = jest.requireActual('child_process') as typeof import('child_process');
    return spawnSync(process.execPath, [child], { env: { ...process.env, KILL_AT: String(killAt), FILES: filesJson, OUT: out }, encoding: 'utf8' });
  }

  /** The signal that ended a child killed at step `killAt`. */
  function runKilled(out: string, killAt: number): Promise<NodeJS.Signals | null> {
    const { spawn } = jest.requireActual('child_process') as typeof import('child_process');
    return new Promise((resolve) => {
      const p = spawn(process.execPath, [child], { env: { ...process.env, KILL_AT: String(killAt), FILES: filesJson, OUT: out }, stdio: 'ignore' });
      p.on('close', (_code, signal) => resolve(signal));
    });
  }

  test('after recovery, the owned files are exactly the previous or the new ones, foreign files untouched, no bookkeeping left', async () => {
    const full = path.join(tmp, 'count');
    previousOutput(full);
    const previous = snapshotTree(full);
    const r = run(full, 0);
    expect(r.status).toBe(0);
    const steps = Number(r.stdout);
    expect(steps).toBeGreaterThan(20); // the lock, staging, the journal, the moves and deletions, the clean-up
    const wanted = snapshotTree(full);
    expect(filesOf(full, (f) => !isForeign(f))).toEqual(new Map([[MANIFEST, manifestOf(NEW.keys())], ...NEW]));

    // One output per step, killed by children running three at a time (each in its own directory).
    const outs = Array.from({ length: steps }, (_, i) => path.join(tmp, `killed-${i + 1}`));
    for (const out of outs) previousOutput(out);
    const signals: (NodeJS.Signals | null)[] = [];
    let next = 0;
    const worker = async () => {
      while (next < steps) {
        const k = ++next;
        signals[k - 1] = await runKilled(outs[k - 1], k);
      }
    };
    await Promise.all([worker(), worker(), worker()]);

    const seen = new Set<string>();
    for (let k = 1; k <= steps; k++) {
      const out = outs[k - 1];
      expect({ k, signal: signals[k - 1] }).toEqual({ k, signal: 'SIGKILL' });
      // What the next synth does first: take the (now stale) lock, recover.
      const output = new OutputDir(out);
      const lock = output.lock({ timeoutMs: 0 });
      output.recover();
      lock.release();
      const now = snapshotTree(out);
      const state = JSON.stringify(now) === JSON.stringify(previous) ? 'previous' : 'new';
      expect({ k, tree: now }).toEqual({ k, tree: state === 'previous' ? previous : wanted });
      seen.add(state);
      // And the write then ends with exactly the new tree.
      writeTreeAtomically(out, NEW);
      expect({ k, tree: snapshotTree(out) }).toEqual({ k, tree: wanted });
    }
    // Kills before the commit and after it were both hit.
    expect([...seen].sort()).toEqual(['new', 'previous']);
  });
});
