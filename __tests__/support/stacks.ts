/** Helpers of the infra stack tests: sites edited in memory, synthesized stacks as JSON, resources in them. */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { synthInfra } from '../../infra/app';
import { loadSite, Site, SiteSchema } from '../../site';

export const ROOT = path.join(__dirname, '..', '..');
export const GiB = 1024 ** 3;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A site file, optionally edited as YAML data before loading. */
export function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

/**
 * The same, past the site's own validation (schema defaults only): for the backends' last-line
 * refusals of what validation already reports, which the test also checks.
 */
export function unvalidatedSiteOf(file: string, edit: (doc: Json) => void, validationError: RegExp): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit(doc);
  expect(() => loadSite(stringify(doc), file)).toThrow(validationError);
  return new Site(SiteSchema.parse(doc));
}

/** Synthesized stacks as plain JSON. */
export function synth(site: Site): Record<string, Json> {
  return Object.fromEntries([...synthInfra(site)].map(([id, tf]) => [id, JSON.parse(JSON.stringify(tf))]));
}

/** Resources of a type, by name, without cdktf metadata. */
export function resources(tf: Json, type: string): Record<string, Json> {
  return Object.fromEntries(Object.entries(tf.resource?.[type] ?? {}).map(([k, v]) => [k, strip(v)]));
}
export function strip(v: Json): Json {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== '//').map(([k, x]) => [k, strip(x)]));
  return v;
}
/** The one resource of a type whose cdktf construct path is `<stack>/<path>`. */
export function at(tf: Json, type: string, constructPath: string): Json {
  const hit = Object.values(tf.resource?.[type] ?? {}).find((r: Json) => r['//']?.metadata?.path.split('/').slice(1).join('/') === constructPath);
  if (!hit) throw new Error(`no ${type} at ${constructPath}`);
  return strip(hit);
}
export const ref = (s: string) => /^\$\{(.+)\}$/.exec(s)?.[1];
