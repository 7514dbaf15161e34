/**
 * Provider behaviour tables (`synth/behaviour/<namespace>-<name>-<version>.json`, product data the change
 * report reads too): what
 * a real provider does that its schema does not say (replacement, refused or ignored updates, computed
 * attributes, derived values). This reads and checks a table, and checks its paths against the provider
 * schema. Optional fields beyond the shared format, all read here:
 *   refusedUpdates[].summary   the diagnostic summary; `error` is then its detail
 *   refusedUpdates[].when      only such a change is refused: "decrease", "increase", "added", "removed"
 *                              (a value or element appears/disappears) or {"from": v, "to": v}
 *   ignoredUpdates[].readBack  the provider reads the object back, so the new state keeps the prior value
 *                              and terraform reports an inconsistent result; without it the provider stores
 *                              the planned value without acting on it, which terraform cannot see
 *   reboot[].path              an in-place change there restarts the VM (null: any in-place update); the
 *                              simulator does not model it, the change report (synth/diff) says so
 *   unknownOnUpdate            computed paths the plugin framework plans unknown on every update when the
 *                              configuration leaves them null (MarkComputedNilsAsUnknown without
 *                              UseStateForUnknown)
 *   notes                      prose, ignored
 */
import * as fs from 'fs';
import { insideValue, markComputed, pathProblem, type ProviderSchemaJson } from './schema';

export type ReplaceKind = 'RequiresReplace' | 'RequiresReplaceIf' | 'RequiresReplaceIfConfigured' | 'ForceNew';
export interface ReplaceRule {
  path: string[];
  kind: ReplaceKind;
  source?: string;
  note?: string;
}
export type RefusalCondition = 'decrease' | 'increase' | 'added' | 'removed' | { from: unknown; to: unknown };
export interface RefusedUpdate {
  /** null: every update is refused. */
  path: string[] | null;
  error: string;
  summary?: string;
  when?: RefusalCondition;
  source?: string;
  note?: string;
}
export interface IgnoredUpdate {
  path: string[];
  readBack?: boolean;
  note?: string;
  source?: string;
}
export interface ResourceBehaviour {
  sdk?: 'plugin-framework' | 'sdkv2';
  replace?: ReplaceRule[];
  unknownForcesNew?: boolean;
  refusedUpdates?: RefusedUpdate[];
  ignoredUpdates?: IgnoredUpdate[];
  reboot?: { path: string[] | null; source?: string; note?: string }[];
  computed?: string[][];
  unknownOnUpdate?: string[][];
  templates?: Record<string, string>;
}
export interface BehaviourTable {
  provider: string;
  version: string;
  repository?: string;
  tag?: string;
  commit?: string;
  framework?: string;
  resources: Record<string, ResourceBehaviour>;
}

const KINDS: readonly string[] = ['RequiresReplace', 'RequiresReplaceIf', 'RequiresReplaceIfConfigured', 'ForceNew'];
const WHEN: readonly string[] = ['decrease', 'increase', 'added', 'removed'];

/** Reads and checks a table; a malformed one throws naming the file, the place and what is allowed. */
export function readBehaviour(file: string): BehaviourTable {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const fail = (where: string, msg: string): never => {
    throw new Error(`${file}: ${where}: ${msg}`);
  };
  const isPath = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every((s) => typeof s === 'string' && s !== '');
  if (!isRecord(doc)) return fail('top level', 'must be an object');
  for (const k of ['provider', 'version'] as const) if (typeof doc[k] !== 'string') fail(k, 'must be a string');
  if (!isRecord(doc.resources)) return fail('resources', 'must be an object of resource type → behaviour');
  for (const [type, r] of Object.entries(doc.resources)) {
    const at = `resources.${type}`;
    if (!isRecord(r)) fail(at, 'must be an object');
    const rb = r as Record<string, unknown>;
    if (rb.sdk !== undefined && rb.sdk !== 'plugin-framework' && rb.sdk !== 'sdkv2') fail(`${at}.sdk`, `is ${JSON.stringify(rb.sdk)}; allowed: "plugin-framework", "sdkv2"`);
    if (rb.unknownForcesNew !== undefined && typeof rb.unknownForcesNew !== 'boolean') fail(`${at}.unknownForcesNew`, 'must be true or false');
    for (const [i, rule] of list(rb.replace, `${at}.replace`, fail).entries()) {
      if (!isRecord(rule) || !isPath(rule.path)) fail(`${at}.replace[${i}].path`, 'must be a non-empty array of names ("*" for an element)');
      if (!KINDS.includes((rule as Record<string, unknown>).kind as string))
        fail(`${at}.replace[${i}].kind`, `is ${JSON.stringify((rule as Record<string, unknown>).kind)}; allowed: ${KINDS.join(', ')}`);
    }
    for (const [i, rule] of list(rb.refusedUpdates, `${at}.refusedUpdates`, fail).entries()) {
      if (!isRecord(rule) || !(rule.path === null || isPath(rule.path))) fail(`${at}.refusedUpdates[${i}].path`, 'must be null (any update) or a non-empty array of names');
      const r = rule as Record<string, unknown>;
      if (typeof r.error !== 'string' || r.error === '') fail(`${at}.refusedUpdates[${i}].error`, 'must be the non-empty error text the provider returns');
      if (r.summary !== undefined && (typeof r.summary !== 'string' || r.summary === '')) fail(`${at}.refusedUpdates[${i}].summary`, 'must be a non-empty string');
      const when = r.when;
      if (when !== undefined && !WHEN.includes(when as string) && !(isRecord(when) && 'from' in when && 'to' in when))
        fail(`${at}.refusedUpdates[${i}].when`, `is ${JSON.stringify(when)}; allowed: ${WHEN.map((w) => `"${w}"`).join(', ')} or {"from": value, "to": value}`);
    }
    for (const [i, rule] of list(rb.ignoredUpdates, `${at}.ignoredUpdates`, fail).entries()) {
      if (!isRecord(rule) || !isPath(rule.path)) fail(`${at}.ignoredUpdates[${i}].path`, 'must be a non-empty array of names');
      if ((rule as Record<string, unknown>).readBack !== undefined && typeof (rule as Record<string, unknown>).readBack !== 'boolean')
        fail(`${at}.ignoredUpdates[${i}].readBack`, 'must be true or false');
    }
    for (const [i, rule] of list(rb.reboot, `${at}.reboot`, fail).entries()) {
      if (!isRecord(rule) || !(rule.path === null || isPath(rule.path))) fail(`${at}.reboot[${i}].path`, 'must be null (any in-place update) or a non-empty array of names');
    }
    for (const key of ['computed', 'unknownOnUpdate'] as const)
      for (const [i, p] of list(rb[key], `${at}.${key}`, fail).entries()) if (!isPath(p)) fail(`${at}.${key}[${i}]`, 'must be a non-empty array of names');
    if (rb.templates !== undefined && (!isRecord(rb.templates) || Object.values(rb.templates).some((v) => typeof v !== 'string')))
      fail(`${at}.templates`, 'must be an object of attribute → template string');
  }
  return doc as unknown as BehaviourTable;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function list(v: unknown, where: string, fail: (w: string, m: string) => never): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(where, 'must be an array');
  return v as unknown[];
}

/**
 * Applies a table's `computed` paths to the schema (in place) and returns what does not match the schema:
 * resource types the provider lacks and paths naming no attribute. These are reported, not fatal.
 */
export function applyBehaviour(schema: ProviderSchemaJson, table: BehaviourTable): string[] {
  const problems: string[] = [];
  for (const [type, r] of Object.entries(table.resources)) {
    const s = schema.resource_schemas?.[type];
    if (!s) {
      problems.push(`${type}: no such resource type in the provider schema`);
      continue;
    }
    const check = (what: string, p: string[] | null) => {
      const problem = p && pathProblem(s.block, p);
      if (problem) problems.push(`${type} ${what}: ${problem}`);
    };
    for (const rule of r.replace ?? []) check('replace', rule.path);
    for (const rule of r.refusedUpdates ?? []) check('refusedUpdates', rule.path);
    for (const rule of r.ignoredUpdates ?? []) check('ignoredUpdates', rule.path);
    for (const rule of r.reboot ?? []) check('reboot', rule.path);
    for (const p of r.unknownOnUpdate ?? []) check('unknownOnUpdate', p);
    for (const p of r.computed ?? []) {
      if (insideValue(s.block, p)) {
        // Inside a plain object-typed attribute no flag can say "computed": the simulator fills the value
        // itself, which terraform accepts only from an SDKv2 resource (legacy type system).
        check('computed', p);
        if (r.sdk !== 'sdkv2') problems.push(`${type} computed: ${JSON.stringify(p)} is inside a plain-typed attribute, which only an "sdkv2" resource may fill`);
        continue;
      }
      const problem = markComputed(s.block, p);
      if (problem) problems.push(`${type} computed: ${problem}`);
    }
    for (const key of Object.keys(r.templates ?? {})) check('templates', key.split('.'));
  }
  return problems;
}
