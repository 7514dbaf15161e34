/**
 * The pinned schemas (`schemas/`, listed with their sha256 in `schemas/SOURCES.tsv`) are all in the
 * schema directory, unchanged, and nothing unlisted is there; the bindings of `imports/` were
 * generated from exactly these files (the digests `imports/README.md` records).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot, schemaDir, schemaFile } from '../site/schema-dir';

const ROOT = repoRoot();
const TSV = path.join(ROOT, 'schemas', 'SOURCES.tsv');
const COLUMNS = ['file', 'upstream_repository', 'upstream_path', 'tag', 'commit', 'license', 'origin', 'sha256'];

const [header, ...rows] = fs
  .readFileSync(TSV, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => l.split('\t'));
const pinned = rows.map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]])) as Record<string, string>);
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('schemas/SOURCES.tsv', () => {
  it('has its columns, and a complete row for every file', () => {
    expect(header).toEqual(COLUMNS);
    const bad = rows.filter((r) => r.length !== COLUMNS.length || r.some((v) => v === '')).map((r) => r[0]);
    expect(bad).toEqual([]);
    expect(pinned.filter((p) => !/^[0-9a-f]{40}$/.test(p.commit) || !/^[0-9a-f]{64}$/.test(p.sha256)).map((p) => p.file)).toEqual([]);
    expect(pinned.filter((p) => !['Apache-2.0', 'MPL-2.0', 'Elastic-2.0'].includes(p.license.split(' ')[0])).map((p) => `${p.file}: ${p.license}`)).toEqual([]);
    expect(pinned.filter((p) => !['verbatim', 'extracted', 'reconstructed'].includes(p.origin)).map((p) => `${p.file}: ${p.origin}`)).toEqual([]);
  });
});

describe(`the schema directory (${schemaDir()})`, () => {
  it('holds every pinned file, byte for byte', () => {
    const problems = pinned.flatMap((p) => {
      let file: string;
      try {
        file = schemaFile(p.file);
      } catch (e) {
        return [(e as Error).message];
      }
      const digest = sha256(file);
      return digest === p.sha256 ? [] : [`${p.file}: sha256 ${digest}, pinned ${p.sha256} in schemas/SOURCES.tsv: restore the pinned copy, or update its row when the pin changes`];
    });
    expect(problems).toEqual([]);
  });

  it('holds nothing that SOURCES.tsv does not list', () => {
    const dir = schemaDir();
    const listed = new Set(pinned.map((p) => p.file));
    const files = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((f) => f !== 'SOURCES.md' && f !== 'SOURCES.tsv');
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });
});

describe('imports/', () => {
  it('was generated from the pinned files (the schema files and digests imports/README.md names)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'imports', 'README.md'), 'utf8');
    const sources = [...readme.matchAll(/`((?:crds|terraform)\/[^`]+)` \(sha256 `([0-9a-f]{16})`\)/g)].map((m) => ({ file: m[1], digest: m[2] }));
    expect(sources.length).toBeGreaterThan(0);
    const bySource = new Map(pinned.map((p) => [p.file, p.sha256]));
    const problems = sources.flatMap(({ file, digest }) => {
      const pin = bySource.get(file);
      if (!pin) return [`${file}: imports/README.md names it, schemas/SOURCES.tsv does not list it`];
      return pin.startsWith(digest) ? [] : [`${file}: imports/ was generated from sha256 ${digest}..., the pinned copy is ${pin.slice(0, 16)}...: run \`npm run import\``];
    });
    expect(problems).toEqual([]);
  });
});
