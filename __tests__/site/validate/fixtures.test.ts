/**
 * Every rule of the site, one fixture each: `__tests__/fixtures/invalid/<rule>.yaml` is a small,
 * otherwise valid site that breaks exactly that rule. The tables of expected.ts hold the exact message
 * each fixture produces, `file:line:column` included; a fixture without an entry fails the test, so no
 * fixture goes untested. Fixtures that only warn load, and their warnings are compared instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import { formatIssue, loadSite, SiteError } from '../../../site';
import { EXPECTED, TABLES } from './expected';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'invalid');

const fixtures = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

/** Loads a fixture the way the acceptance text asks: `loadSite(text, 'invalid/<name>.yaml')`. */
function load(name: string) {
  return loadSite(fs.readFileSync(path.join(DIR, name), 'utf8'), `invalid/${name}`);
}

function siteError(fn: () => unknown): SiteError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SiteError) return e;
    throw new Error(`expected a SiteError, got ${String(e)}`);
  }
  throw new Error('expected a SiteError, but the site loaded');
}

describe('invalid fixtures', () => {
  test('there are at least 25, and every one has an expected message (add it to EXPECTED)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  test('every expected message has its fixture', () => {
    expect(Object.keys(EXPECTED).filter((f) => !fixtures.includes(f))).toEqual([]);
  });

  test('no fixture is in two tables of expected.ts', () => {
    const names = TABLES.flatMap((t) => Object.keys(t));
    expect(names.filter((f, i) => names.indexOf(f) !== i)).toEqual([]);
  });

  test.each(fixtures)('%s', (name) => {
    const expected = EXPECTED[name];
    expect(expected).toBeDefined();
    if (Array.isArray(expected)) {
      const e = siteError(() => load(name));
      expect(e.message).toBe(expected.join('\n'));
      // One rule per fixture: exactly one issue, no stray warning either.
      expect(e.issues).toHaveLength(1);
      expect(e.file).toBe(`invalid/${name}`);
    } else {
      const { warnings } = expected as { warnings: readonly string[] };
      const result = load(name);
      expect(result.warnings.map(formatIssue)).toEqual(warnings);
    }
  });
});

