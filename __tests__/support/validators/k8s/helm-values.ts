/**
 * Validation of the Helm values the tree passes to a chart against the chart's own
 * `values.schema.json` (`helm-values/<chart>-.../values.schema.json` of the schema directory).
 *
 * Helm validates the values merged with the chart's defaults; we validate our overrides alone, so
 * `required` is dropped (the defaults provide those) while types, enums and unknown keys
 * (`additionalProperties: false` where the chart says so) are checked as Helm would.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { schemaDir } from '../../../../site/schema-dir';
import type { Verdict } from './crd';

function dropRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(dropRequired);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema as Record<string, unknown>)
      .filter(([k, v]) => !(k === 'required' && Array.isArray(v)) && k !== '$schema')
      .map(([k, v]) => [k, typeof v === 'object' ? dropRequired(v) : v]),
  );
}

/** The folder names a values schema for a chart and version may have (`<chart>-chart-v<version>`, ...). */
export function valuesSchemaFolders(chart: string, version: string): string[] {
  const v = version.replace(/^v/, '');
  return [`${chart}-chart-v${v}`, `${chart}-chart-${v}`, `${chart}-helm-chart-v${v}`];
}

/** The folder of the values schema for a chart and version, if the schema directory has one. */
export function valuesSchemaFolder(chart: string, version: string, dir = path.join(schemaDir(), 'helm-values')): string | undefined {
  const names = valuesSchemaFolders(chart, version);
  // A chart without a values schema may have its values.yaml pinned alone (checked key by key elsewhere).
  return fs.readdirSync(dir).find((f) => names.includes(f) && fs.existsSync(path.join(dir, f, 'values.schema.json')));
}

export class HelmValuesValidator {
  private readonly cache = new Map<string, (values: unknown) => Verdict>();
  constructor(private readonly dir = path.join(schemaDir(), 'helm-values')) {}

  /** Validates values for a chart version; `known: false` when there is no schema for it. */
  validate(chart: string, version: string, values: unknown): Verdict {
    const folder = valuesSchemaFolder(chart, version, this.dir);
    if (!folder) return { known: false, errors: [] };
    let fn = this.cache.get(folder);
    if (!fn) {
      const raw = JSON.parse(fs.readFileSync(path.join(this.dir, folder, 'values.schema.json'), 'utf8')) as { $schema?: string };
      const ajv = String(raw.$schema).includes('2020-12') ? new Ajv2020({ strict: false, allErrors: true, code: { optimize: false } }) : new Ajv({ strict: false, allErrors: true, code: { optimize: false } });
      addFormats(ajv);
      const compiled = ajv.compile(dropRequired(raw) as object);
      fn = (values) => ({
        known: true,
        errors: compiled(values) ? [] : (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`),
      });
      this.cache.set(folder, fn);
    }
    return fn(values);
  }
}
