/**
 * The providers' behaviour tables (`synth/behaviour/<namespace>-<name>-<version>.json`), as the change
 * report reads them: which attribute changes make Terraform replace a resource, which in-place
 * updates restart a VM, which the provider refuses or does not apply. The Terraform simulator of
 * the tests reads the same files (and checks them against the provider schemas).
 */
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../site/schema-dir';

/** A path of a table: attribute and block names, `*` for any element of a list or set. */
export type RulePath = readonly string[];

/** A refused update: its condition (`when`) as the table gives it, and the provider's error text. */
export interface RefusedRule {
  readonly path: RulePath | null;
  readonly error: string;
  readonly when?: 'decrease' | 'increase' | 'added' | 'removed' | { readonly from: unknown; readonly to: unknown };
}

/** What the report needs of one resource type. */
export interface ChangeRules {
  /** `namespace/name version` of the provider. */
  readonly provider: string;
  readonly replace: readonly RulePath[];
  /** True when an unknown value of a replacing attribute replaces too (the planned value is not known). */
  readonly unknownForcesNew: boolean;
  /** In-place changes that restart the VM; null: any in-place update. */
  readonly reboot: readonly (RulePath | null)[];
  readonly refused: readonly RefusedRule[];
  /** Attributes the provider computes (unknown until apply unless configured). */
  readonly computed: readonly RulePath[];
  /** Planned in place, but the provider does not act on them. */
  readonly ignored: readonly RulePath[];
}

export type Behaviour = ReadonlyMap<string, ChangeRules>;

export const BEHAVIOUR_DIR = path.join(repoRoot(), 'synth', 'behaviour');

const paths = (list: unknown, nullable = false): (RulePath | null)[] =>
  Array.isArray(list) ? list.flatMap((r) => (r && typeof r === 'object' && (Array.isArray(r.path) || (nullable && r.path === null)) ? [r.path as RulePath | null] : [])) : [];

/** Every table of `dir`, by resource type. A table that is not JSON is an error naming the file. */
export function loadBehaviour(dir: string = BEHAVIOUR_DIR): Behaviour {
  const out = new Map<string, ChangeRules>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let doc: { provider?: string; version?: string; resources?: Record<string, Record<string, unknown>> };
    try {
      doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (e) {
      throw new Error(`behaviour table ${path.join(dir, file)} is not JSON: ${(e as Error).message}`);
    }
    const provider = `${String(doc.provider ?? file).replace(/^registry\.terraform\.io\//, '')} ${doc.version ?? ''}`.trim();
    for (const [type, r] of Object.entries(doc.resources ?? {})) {
      out.set(type, {
        provider,
        replace: paths(r.replace) as RulePath[],
        unknownForcesNew: r.unknownForcesNew === true,
        reboot: paths(r.reboot, true),
        refused: (Array.isArray(r.refusedUpdates) ? r.refusedUpdates : []).map((u: Record<string, unknown>) => ({ path: (u.path ?? null) as RulePath | null, error: String(u.error), ...(u.when !== undefined ? { when: u.when as RefusedRule['when'] } : {}) })),
        computed: (Array.isArray(r.computed) ? r.computed : []).filter(Array.isArray) as RulePath[],
        ignored: paths(r.ignoredUpdates) as RulePath[],
      });
    }
  }
  return out;
}

/**
 * True when a rule's path covers the changed attribute `at` (segments; list indices are numbers):
 * the rule is a prefix of it, `*` standing for one index (or for none where the output writes a
 * block of one as an object), a number for that index.
 */
export function covers(rule: RulePath | null, at: readonly (string | number)[]): boolean {
  if (rule === null) return true;
  const walk = (r: number, a: number): boolean => {
    if (r === rule.length) return true;
    if (rule[r] === '*') return (a < at.length && typeof at[a] === 'number' && walk(r + 1, a + 1)) || walk(r + 1, a);
    return a < at.length && String(at[a]) === rule[r] && walk(r + 1, a + 1);
  };
  return walk(0, 0);
}
