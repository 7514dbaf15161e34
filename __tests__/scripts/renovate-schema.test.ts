/**
 * `.github/renovate.json` against Renovate's own JSON schema, the `renovate-schema.json` of the npm
 * package `renovate` at the pinned release. The schema is AGPL-licensed, so it is not kept in
 * `schemas/` (Apache-2.0 and MPL-2.0 only): the test takes it from the npm registry with `npm pack`
 * (as `npm ci` takes the dependencies) into node_modules/.cache, checks its digest, and uses it.
 * The schema lets unknown keys through, so the test also checks every key against the options it
 * declares: a misspelt option would otherwise be ignored by Renovate without a word.
 * Slow tier: it reaches the registry once per fresh node_modules.
 */
import Ajv from 'ajv';
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { renovateConfig } from '../../scripts/renovate-config';
import { ROOT } from '../support/helpers';

const RENOVATE = '44.121.2';
const SCHEMA_SHA256 = '989a29d9d8f1c421436b68de9472898283b55db6c5cf98fb243489e40e338a02';
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'sitekit', `renovate-${RENOVATE}`);

type Json = Record<string, any>;

function renovateSchema(): Json {
  const file = path.join(CACHE, 'renovate-schema.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    try {
      const tgz = execFileSync('npm', ['pack', `renovate@${RENOVATE}`, '--silent', '--pack-destination', CACHE], { encoding: 'utf8' }).trim();
      execFileSync('tar', ['-xzf', path.join(CACHE, tgz), '-C', CACHE, '--strip-components=1', 'package/renovate-schema.json']);
      fs.rmSync(path.join(CACHE, tgz));
    } catch (e) {
      throw new Error(`could not take renovate-schema.json from the npm package renovate@${RENOVATE} (npm pack needs the npm registry, as npm ci does): ${(e as Error).message}`);
    }
  }
  const text = fs.readFileSync(file);
  const digest = createHash('sha256').update(text).digest('hex');
  if (digest !== SCHEMA_SHA256) throw new Error(`${file}: sha256 ${digest}, pinned ${SCHEMA_SHA256}: delete it to fetch it again, or update the pin with RENOVATE`);
  return JSON.parse(text.toString('utf8'));
}

describe('.github/renovate.json against Renovate\'s schema', () => {
  const schema = renovateSchema();
  const config = renovateConfig();
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('is valid', () => {
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('uses only options Renovate declares, each where it may be', () => {
    const top = new Set(Object.keys(schema.properties));
    const ruleOnly = new Set(Object.keys(schema.definitions.packageRules.items.allOf[0].properties));
    const managerKeys = new Set(Object.keys(schema.definitions.customManagers.items.allOf[0].properties));
    const unknown = [
      ...Object.keys(config).filter((k) => k !== '$schema' && !top.has(k)),
      ...(config.packageRules as Json[]).flatMap((r, i) => Object.keys(r).filter((k) => k === 'packageRules' || !(ruleOnly.has(k) || top.has(k))).map((k) => `packageRules[${i}].${k}`)),
      ...(config.customManagers as Json[]).flatMap((m, i) => Object.keys(m).filter((k) => !managerKeys.has(k)).map((k) => `customManagers[${i}].${k}`)),
    ];
    expect(unknown).toEqual([]);
    // What the comparison rests on: the schema's lists are Renovate's, not empty.
    expect(top.has('customManagers') && managerKeys.has('matchStrings') && ruleOnly.has('matchDepNames')).toBe(true);
  });

  it('rejects what Renovate rejects: a custom manager of an unknown type, labels that are not a list', () => {
    expect(validate({ ...config, labels: 'dependencies' })).toBe(false);
    expect(validate({ ...config, customManagers: [{ customType: 'sql', managerFilePatterns: ['/x/'], matchStrings: ['x'] }] })).toBe(false);
  });
});
