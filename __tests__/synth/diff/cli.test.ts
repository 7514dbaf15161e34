/**
 * `npm run diff` (synth/diff.ts main) in a repository of its own: a copy of this commit's files with
 * a commit of its own, the site then edited in the working tree. The base is synthesized by the
 * commit's code (git archive, esbuild, its synth as a process), the working tree in this process.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../synth/diff';

const REPO = path.join(__dirname, '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-diff-cli-'));
const repo = path.join(tmp, 'repo');
const cwd = process.cwd();
let commit = '';

const git = (...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

beforeAll(() => {
  fs.mkdirSync(repo);
  const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: REPO, maxBuffer: 1 << 30 });
  spawnSync('tar', ['-x', '-C', repo], { input: archive.stdout });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  commit = git('rev-parse', 'HEAD');
  process.chdir(repo);
});
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(tmp, { recursive: true, force: true });
});

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += `${s}\n`));
  return { code, out: out.split(commit.slice(0, 12)).join('<commit>'), err };
}

describe('npm run diff', () => {
  it('reports a k3s bump of the working tree against HEAD', () => {
    const site = fs.readFileSync('site.yaml', 'utf8');
    fs.writeFileSync('site.yaml', site.replace('k3s: { version: v1.33.5+k3s1 }', 'k3s: { version: v1.33.6+k3s1 }'));
    fs.appendFileSync('docs/day2.md', '\nA line.\n');
    try {
      const r = run('--base', 'HEAD');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatchSnapshot();
      expect(r.out).toContain('| update | `Plan/system-upgrade/k3s-server` | `spec.version`: `"v1.33.5+k3s1"` → `"v1.33.6+k3s1"` |');
      expect(r.out).toContain('### Documentation\n\n- changed `docs/day2.md`\n');
    } finally {
      git('checkout', '-q', '--', 'site.yaml', 'docs/day2.md');
    }
  });

  it('reports no change against the commit itself, and writes --out', () => {
    const r = run('--base', commit, '--out', path.join(tmp, 'report.md'));
    expect(r).toEqual({ code: 0, out: '', err: '' });
    const text = fs.readFileSync(path.join(tmp, 'report.md'), 'utf8');
    expect(text.split('\n').slice(0, 7)).toEqual(['<!-- sitekit change report -->', '## sitekit change report', '', `The working tree (site \`site.yaml\`) compared with \`${commit.slice(0, 12)}\`.`, '', 'The synthesized output is the same.', '']);
  });

  it('reports everything as new for a site the base does not have', () => {
    fs.copyFileSync('examples/proxmox-minimal.yaml', 'new-site.yaml');
    try {
      const r = run('--site', 'new-site.yaml');
      expect(r.code).toBe(0);
      expect(r.out.split('\n').slice(2, 5)).toEqual(['', 'The base has no new-site.yaml: everything is new.', '']);
      expect(r.out).toContain('| terraform/nodes | ');
      expect(r.out).not.toContain('| **delete** |');
    } finally {
      fs.rmSync('new-site.yaml');
    }
  });

  it('refuses a ref that is not a commit, an unknown option, a site outside the repository', () => {
    expect(run('--base', 'no-such-branch')).toEqual({
      code: 1,
      out: '',
      err: 'diff failed: --base no-such-branch is not a commit of this repository; allowed: a branch, tag or commit id (in CI, fetch the base branch first: git fetch origin <branch>)\n',
    });
    const unknown = run('--bsae', 'HEAD');
    expect(unknown.code).toBe(1);
    expect(unknown.err.split('\n')[0]).toBe('diff failed: unknown option "--bsae"');
    expect(run('--site', path.join(tmp, 'x.yaml')).err).toBe(`diff failed: --site ${path.join(tmp, 'x.yaml')} is outside the repository ${fs.realpathSync(repo)}; the base's site is read at the same path in the commit\n`);
    expect(run('--help').out.split('\n')[0]).toBe('usage: npm run diff -- [--base <git ref>] [--site <file>] [--out <file>] [--help]');
  });
});
