/**
 * `npm run schema`: writes `site.schema.json`, the JSON Schema of the site file for editors
 * (`# yaml-language-server: $schema=./site.schema.json`). A test keeps it in step with site/schema.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { siteJsonSchema } from '../site';

/** The committed text of site.schema.json. */
export function schemaText(): string {
  return `${JSON.stringify(siteJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  const file = path.join(__dirname, '..', '..', 'site.schema.json');
  fs.writeFileSync(file, schemaText());
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
