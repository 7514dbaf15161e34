/**
 * The harness cleans up what a run created (its processes, network namespaces, directory) when
 * the run ends, when it is terminated, and, when it was killed outright, at the start of the next
 * run. A child process plays the run: it creates a namespace and a helper process the way the
 * boot tests create QEMU and their networks, then is stopped by the test.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { alive, requireHost, Run, RUNS_DIR, runSync, waitFor } from './support/host';

const CHILD = `
const fs = require('fs');
const ts = require('typescript');
require.extensions['.ts'] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, f);
const { Run } = require(${JSON.stringify(path.join(__dirname, 'support/host.ts'))});
const { PrivateNetwork } = require(${JSON.stringify(path.join(__dirname, 'support/netns.ts'))});
(async () => {
  const run = new Run('child');
  const net = await PrivateNetwork.create(run, 'net', [{ bridge: 'br0', addresses: ['10.99.0.1/24'] }]);
  const d = net.daemon('sleeper', process.execPath, ['-e', 'setInterval(() => undefined, 1000)', run.dir]);
  process.stdout.write(JSON.stringify({ dir: run.dir, ns: net.ns, pid: d.pid }) + '\\n');
  setInterval(() => undefined, 1000);
})().catch((e) => { console.error(e); process.exit(1); });
`;

interface Child {
  proc: ReturnType<typeof spawn>;
  dir: string;
  ns: string;
  pid: number;
}

async function startChild(): Promise<Child> {
  const proc = spawn(process.execPath, ['-e', CHILD], { stdio: ['ignore', 'pipe', 'inherit'], cwd: path.join(__dirname, '..', '..') });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    proc.on('exit', (c) => reject(new Error(`the child run exited ${c}`)));
  });
  return { proc, ...JSON.parse(line) };
}

const netnsExists = (ns: string) => runSync('ip', ['netns', 'list']).stdout.split('\n').some((l) => l.split(' ')[0] === ns);

beforeAll(() => requireHost(['ip', 'setpriv']));

describe('cleanup of a run', () => {
  it('terminated (SIGTERM): it removes its helper processes, namespaces and directory on its way out', async () => {
    const c = await startChild();
    expect([alive(c.pid), netnsExists(c.ns), fs.existsSync(c.dir)]).toEqual([true, true, true]);
    c.proc.kill('SIGTERM');
    await waitFor('the child run to exit', 30_000, () => (c.proc.exitCode !== null || c.proc.signalCode !== null ? true : undefined), 200);
    await waitFor('its helper to stop', 10_000, () => (!alive(c.pid) ? true : undefined), 200);
    expect([netnsExists(c.ns), fs.existsSync(c.dir)]).toEqual([false, false]);
  });

  it('killed (SIGKILL): its helpers die with it, and its watchdog removes its namespaces and directory', async () => {
    const c = await startChild();
    c.proc.kill('SIGKILL');
    await waitFor('its helper to die with it (parent-death signal)', 10_000, () => (!alive(c.pid) ? true : undefined), 200);
    await waitFor('the watchdog to remove its namespaces and directory', 15_000, () => (!netnsExists(c.ns) && !fs.existsSync(c.dir) ? true : undefined), 200);
  });

  it('what a run left behind with no watchdog either (a crash): the next run removes it, killing only processes that name its directory', async () => {
    const gone = spawn('true');
    await new Promise((r) => gone.on('exit', r));
    const dead = gone.pid!;
    expect(alive(dead)).toBe(false);
    const dir = path.join(RUNS_DIR, `run-${dead}-stale`);
    fs.mkdirSync(path.join(dir, 'pids'), { recursive: true });
    const ns = `ske2e${dead}-x`;
    runSync('ip', ['netns', 'add', ns]);
    const ours = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)', dir], { stdio: 'ignore' });
    const notOurs = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], { stdio: 'ignore' });
    fs.writeFileSync(path.join(dir, 'pids', String(ours.pid)), 'helper\n');
    fs.writeFileSync(path.join(dir, 'pids', String(notOurs.pid)), 'a pid since reused by another process\n');
    const next = new Run('next');
    try {
      await waitFor('the left-over helper to be killed', 5000, () => (!alive(ours.pid!) ? true : undefined), 100);
      expect([netnsExists(ns), fs.existsSync(dir), alive(notOurs.pid!)]).toEqual([false, false, true]);
    } finally {
      next.close();
      notOurs.kill('SIGKILL');
    }
  });

  it('a live run is left alone by the next one (runs from several work trees may overlap)', async () => {
    const c = await startChild();
    const other = new Run('other');
    try {
      expect([alive(c.pid), netnsExists(c.ns), fs.existsSync(c.dir)]).toEqual([true, true, true]);
    } finally {
      other.close();
      c.proc.kill('SIGTERM');
      await waitFor('the child run to exit', 30_000, () => (c.proc.exitCode !== null || c.proc.signalCode !== null ? true : undefined), 200);
    }
  });
});
