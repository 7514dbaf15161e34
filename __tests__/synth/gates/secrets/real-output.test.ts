/**
 * The real output of every site has no finding, and a literal written in place of each generated
 * secret it references would be found (the only secrets tests that render a site).
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadSiteFile } from '../../../../site';
import { renderSite } from '../../../../synth/render';
import { formatSecretFindings, scanSecrets } from '../../../../synth/gates/secrets';
import { columnOf, lineOf, parsedYaml, rand } from '../../../support/secrets';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SITES = ['site.yaml', ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/${f}`)];

describe.each(SITES)('the real output of %s', (site) => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = renderSite(loadSiteFile(path.join(ROOT, site)).site).files;
  });

  test('has no finding', () => {
    expect(scanSecrets(files, parsedYaml(files))).toEqual([]);
    const found = scanSecrets(files);
    expect(formatSecretFindings(found)).toBe('no secrets found');
    expect(found).toEqual([]);
  });

  test('every generated secret it references would be found if it were written there instead', () => {
    // A literal in place of each reference to a generated password or a sensitive variable.
    const literal = `Lit3ral${rand(50, 16)}`;
    const mutated = new Map<string, string>();
    const expected: string[] = [];
    for (const [file, content] of files) {
      const sensitiveVars = new Set<string>();
      if (file.endsWith('.json')) for (const [name, v] of Object.entries((JSON.parse(content).variable ?? {}) as Record<string, { sensitive?: boolean }>)) if (v.sensitive) sensitiveVars.add(name);
      const re = /\$\{(?:random_password\.\w+\.result|var\.(\w+))\}/g;
      const out = content.replace(re, (m, v: string | undefined) => (v === undefined || sensitiveVars.has(v) ? literal : m));
      mutated.set(file, out);
      for (let i = out.indexOf(literal); i !== -1; i = out.indexOf(literal, i + 1)) expected.push(`${file}:${lineOf(out, i)}:${columnOf(out, i)}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    const found = scanSecrets(mutated);
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(expected);
    expect(scanSecrets(mutated, parsedYaml(mutated))).toEqual(found);
    for (const f of found) expect(['secret-literal', 'keepalived-auth-pass']).toContain(f.kind);
  });
});
