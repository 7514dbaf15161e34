import * as fs from 'fs';
import * as path from 'path';
import { schemaText } from '../../scripts/export-schema';

describe('site.schema.json', () => {
  it('is the current export of the site schema (run `npm run schema` after changing site/schema.ts)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'site.schema.json'), 'utf8');
    expect(committed).toBe(schemaText());
  });

  it('rejects unknown keys and documents defaults for editors', () => {
    const schema = JSON.parse(schemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'domain', 'hypervisor', 'networks', 'nodes', 'clusters', 'ssh']));
    expect(schema.properties.clusters.items.properties.podCidr.default).toBe('10.42.0.0/16');
  });
});
