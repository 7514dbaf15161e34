/**
 * The change report's comparison: two synthesized outputs (file maps, as `renderSite` makes them
 * and `dist/` holds them) in, what applying the second over the first does out. Terraform resources
 * are classified with the providers' behaviour tables (replace / update in place / restart of a
 * VM / refused by the provider), Kubernetes objects by id, the rest by file; the data-loss guard
 * gives its verdict on the pair. Pure and deterministic: the same inputs give the same report.
 *
 * This is a reading of the JSON, not a plan: it has no state, so drift and values only known to a
 * provider are out of its sight (`npm run plan` against the real stacks sees those). Names follow
 * `terraform plan` (create, update, replace, delete) and `synth/plan.ts`.
 */
import { isKeptFromPruning, isStatefulKind } from '../../cluster/stateful';
import type { SiteSpec } from '../../site/schema';
import { checkDataLoss, type DataLossResult } from '../gates/data-loss';
import { k8sObjectId, k8sObjectsOfFile } from '../gates/policy';
import { addressOf, blocksOf, isObject } from '../gates/policy/terraform/blocks';
import { STACK_ORDER } from '../plan';
import { type Behaviour, type ChangeRules, covers, type RefusedRule } from './behaviour';

/** A segment of an attribute path: a name, or an index of a list. */
type Segment = string | number;

/** One changed attribute: where, its values before and after (undefined: absent), what the change does. */
export interface AttributeChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /**
   * replace: forces replacement; reboot: restarts the VM; update: in place; unknown: known after
   * apply (it refers to a resource being replaced); ignored: `lifecycle.ignore_changes` or an update
   * the provider does not apply (no effect on the running resource).
   */
  readonly effect: 'replace' | 'reboot' | 'update' | 'unknown' | 'ignored';
}

export type TerraformAction = 'create' | 'update' | 'replace' | 'delete' | 'move' | 'none';

export interface ResourceChange {
  /** `<type>.<name>` in the new output (the old one for a delete). */
  readonly address: string;
  readonly type: string;
  readonly action: TerraformAction;
  /** The address it moves from (a `moved` block of the new output). */
  readonly from?: string;
  /** A VM (libvirt domain, Proxmox VM or container). */
  readonly vm: boolean;
  /** An in-place update that restarts the VM. */
  readonly reboot: boolean;
  /** Why it is replaced or restarted, one text each. */
  readonly reasons: readonly string[];
  /** The provider's error when it refuses this update at apply. */
  readonly refused?: string;
  readonly attributes: readonly AttributeChange[];
}

export interface ObjectChange {
  /** `<Kind>/<namespace|_>/<name>`. */
  readonly id: string;
  readonly action: 'create' | 'update' | 'delete';
  /** Holds data (a stateful kind, or kept from pruning). */
  readonly stateful: boolean;
  readonly attributes: readonly Omit<AttributeChange, 'effect'>[];
}

export interface FileChange {
  readonly file: string;
  readonly action: 'added' | 'changed' | 'removed';
}

export interface ChangeReport {
  /** Per stack (STACK_ORDER, then by name), the resources that change, most disruptive first. */
  readonly terraform: ReadonlyMap<string, readonly ResourceChange[]>;
  /** Per cluster (by name), the objects that change. */
  readonly clusters: ReadonlyMap<string, readonly ObjectChange[]>;
  /** Files of the output that are neither a stack nor a cluster's tree (the Ansible inventory, ...). */
  readonly files: readonly FileChange[];
  /** The documentation (`docs/`, the Markdown files of the repository root). */
  readonly docs: readonly FileChange[];
  readonly dataLoss: DataLossResult;
}

/** Resource types that are a VM. */
const VM_TYPES: ReadonlySet<string> = new Set(['libvirt_domain', 'proxmox_virtual_environment_vm', 'proxmox_virtual_environment_container']);

/** Terraform's built-in resources (no provider, no table): terraform_data replaces on triggers_replace. */
const BUILT_IN: Readonly<Record<string, ChangeRules>> = {
  terraform_data: { provider: 'terraform.io/builtin/terraform', replace: [['triggers_replace']], unknownForcesNew: true, reboot: [], refused: [], computed: [['id'], ['output']], ignored: [] },
};

/** Meta-arguments: a change of these is no change of the resource. */
const META = new Set(['lifecycle', 'depends_on', 'provider', 'provisioner', 'connection', 'count', 'for_each']);

const pathText = (at: readonly Segment[]) => at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

/** Every leaf of a value with its path (`//` metadata left out); an empty object or list is a leaf. */
function flatten(value: unknown, at: Segment[] = [], out = new Map<string, { at: Segment[]; value: unknown }>(), skip: ReadonlySet<string> = new Set()): Map<string, { at: Segment[]; value: unknown }> {
  if (Array.isArray(value) && value.length) value.forEach((v, i) => flatten(v, [...at, i], out));
  else if (isObject(value) && Object.keys(value).some((k) => k !== '//')) {
    for (const [k, v] of Object.entries(value)) if (k !== '//' && !(at.length === 0 && skip.has(k))) flatten(v, [...at, k], out);
  } else out.set(pathText(at), { at, value });
  return out;
}

/**
 * The leaves that differ between two values: [path segments, before, after], in path order. Lists
 * of the same length compare element by element; lists whose length changed compare as multisets,
 * so that one element inserted is one change, not a shift of every element after it.
 */
function differences(before: unknown, after: unknown, skip: ReadonlySet<string> = new Set(), at: Segment[] = [], expand = false): { at: Segment[]; before: unknown; after: unknown }[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  // A block added or removed whole: each of its leaves (a replacing attribute inside it counts).
  if (expand && at.length && (before === undefined || after === undefined)) {
    return [...flatten(before ?? after, at).values()].map((l) => ({ at: l.at, before: before === undefined ? undefined : l.value, after: after === undefined ? undefined : l.value }));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length && after.length) {
    if (before.length === after.length) return before.flatMap((b, i) => differences(b, after[i], new Set(), [...at, i], expand));
    const left = after.map((v) => JSON.stringify(v));
    const removed: { at: Segment[]; before: unknown; after: unknown }[] = [];
    before.forEach((b, i) => {
      const j = left.indexOf(JSON.stringify(b));
      if (j >= 0) left[j] = '\u0000';
      else removed.push({ at: [...at, i], before: b, after: undefined });
    });
    const added = after.flatMap((a, i) => (left[i] === '\u0000' ? [] : [{ at: [...at, i], before: undefined, after: a }]));
    return [...removed, ...added];
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== '//' && !(at.length === 0 && skip.has(k))).sort(byText);
    return keys.flatMap((k) => differences(before[k], after[k], new Set(), [...at, k], expand));
  }
  if (at.length === 0 && (isObject(before) || isObject(after))) return differences(isObject(before) ? before : {}, isObject(after) ? after : {}, skip, at, expand);
  return [{ at, before, after }];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `lifecycle.ignore_changes` of a body: attribute paths (segments), or 'all'. */
function ignoreChanges(body: Record<string, unknown>): readonly string[][] | 'all' {
  const l = body.lifecycle;
  const ic = isObject(l) ? l.ignore_changes : undefined;
  if (ic === 'all') return 'all';
  return Array.isArray(ic) ? ic.filter((p): p is string => typeof p === 'string').map((p) => [...p.matchAll(/[^.[\]]+/g)].map((m) => m[0])) : [];
}

function refusedBy(rules: readonly RefusedRule[], at: readonly Segment[], before: unknown, after: unknown): RefusedRule | undefined {
  return rules.find((r) => {
    if (!covers(r.path, at)) return false;
    switch (r.when) {
      case undefined:
        return true;
      case 'decrease':
        return typeof before === 'number' && typeof after === 'number' && after < before;
      case 'increase':
        return typeof before === 'number' && typeof after === 'number' && after > before;
      case 'added':
        return before === undefined && after !== undefined;
      case 'removed':
        return before !== undefined && after === undefined;
      default:
        return JSON.stringify(r.when.from) === JSON.stringify(before) && JSON.stringify(r.when.to) === JSON.stringify(after);
    }
  });
}

/** The resources of one stack's JSON by address, and its `moved` blocks (from → to). */
function stackOf(text: string | undefined): { resources: Map<string, { type: string; body: Record<string, unknown> }>; moves: Map<string, string> } {
  const resources = new Map<string, { type: string; body: Record<string, unknown> }>();
  const moves = new Map<string, string>();
  if (text === undefined) return { resources, moves };
  const json = JSON.parse(text) as Record<string, unknown>;
  for (const b of blocksOf('', json)) if (b.kind === 'resource') resources.set(addressOf(b), { type: b.type, body: b.body as Record<string, unknown> });
  for (const m of Array.isArray(json.moved) ? json.moved : []) if (isObject(m) && typeof m.from === 'string' && typeof m.to === 'string') moves.set(m.from, m.to);
  return { resources, moves };
}

/** `${<type>.<name>.<attr>` references of a string: [address, attribute]. */
function references(value: unknown): [string, string][] {
  if (typeof value !== 'string') return [];
  return [...value.matchAll(/(?<![$\w.-])([a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\.([a-z_][a-z0-9_]*)/g)].filter((m) => value.slice(0, m.index).includes('${')).map((m) => [m[1], m[2]]);
}

/**
 * A body of the old output with its references to moved resources written as the new addresses:
 * Terraform evaluates both to the same object, so such a reference is no change.
 */
function movedReferences(body: Record<string, unknown>, moves: ReadonlyMap<string, string>): Record<string, unknown> {
  if (!moves.size) return body;
  const text = JSON.stringify(body).replace(/(?<![\w.-])([a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)(?=\.)/g, (m) => moves.get(m) ?? m);
  return JSON.parse(text) as Record<string, unknown>;
}

const RANK: Readonly<Record<TerraformAction, number>> = { replace: 0, delete: 1, update: 2, create: 4, move: 5, none: 6 };
const rank = (c: ResourceChange) => RANK[c.action] - (c.action === 'update' && (c.reboot || c.refused) ? 1 : 0);

/** One stack: what applying `after` over `before` does to each resource, most disruptive first. */
export function compareStack(beforeText: string | undefined, afterText: string | undefined, behaviour: Behaviour): ResourceChange[] {
  const [was, is] = [stackOf(beforeText), stackOf(afterText)];
  const rulesOf = (type: string): ChangeRules | undefined => behaviour.get(type) ?? BUILT_IN[type];
  interface Pair {
    address: string;
    from?: string;
    type: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
    attributes: AttributeChange[];
    reasons: string[];
    replaced: boolean;
  }
  const pairs: Pair[] = [];
  const out: ResourceChange[] = [];
  const paired = new Set<string>();
  for (const [address, r] of is.resources) {
    const from = was.resources.has(address) ? address : [...is.moves].find(([f, t]) => t === address && was.resources.has(f))?.[0];
    if (from === undefined) {
      out.push({ address, type: r.type, action: 'create', vm: VM_TYPES.has(r.type), reboot: false, reasons: [], attributes: [] });
      continue;
    }
    paired.add(from);
    const old = was.resources.get(from)!;
    if (old.type !== r.type) {
      out.push({ address: from, type: old.type, action: 'delete', vm: VM_TYPES.has(old.type), reboot: false, reasons: [], attributes: [] });
      out.push({ address, type: r.type, action: 'create', vm: VM_TYPES.has(r.type), reboot: false, reasons: [], attributes: [] });
      continue;
    }
    pairs.push({ address, ...(from !== address ? { from } : {}), type: r.type, before: movedReferences(old.body, is.moves), after: r.body, attributes: [], reasons: [], replaced: false });
  }
  for (const [address, r] of was.resources) if (!paired.has(address)) out.push({ address, type: r.type, action: 'delete', vm: VM_TYPES.has(r.type), reboot: false, reasons: [], attributes: [] });

  // Changed attributes, and the replacements they force.
  for (const p of pairs) {
    const rules = rulesOf(p.type);
    const ignore = ignoreChanges(p.after);
    for (const d of differences(p.before, p.after, META, [], true)) {
      const ignored = ignore === 'all' || ignore.some((i) => covers(i, d.at)) || !!rules?.ignored.some((i) => covers(i, d.at));
      const replaces = !ignored && !!rules?.replace.some((r) => covers(r, d.at));
      p.attributes.push({ path: pathText(d.at), before: d.before, after: d.after, effect: ignored ? 'ignored' : replaces ? 'replace' : 'update' });
      if (replaces) p.replaced = true;
    }
    // Another provider configuration (a VM placed on another host): Terraform reads the object
    // through the new one, does not find it there, and creates it anew; the old one stays where it
    // was, out of Terraform's hands. The data-loss guard refuses the same change (REPLACING_ATTRIBUTES).
    if (JSON.stringify(p.before.provider ?? null) !== JSON.stringify(p.after.provider ?? null)) {
      p.attributes.push({ path: 'provider', before: p.before.provider, after: p.after.provider, effect: 'replace' });
      p.replaced = true;
      p.reasons.push('`provider` changes: it is made anew through the other provider configuration (another host), and the old one is left where it was');
    }
  }
  // Attributes that refer to a computed attribute of a replaced resource are unknown in the plan:
  // a replacing one replaces this resource too; `replace_triggered_by` replaces on any change of its target.
  const byAddress = new Map(pairs.map((p) => [p.address, p]));
  const changed = (a: string) => { const p = byAddress.get(a); return !!p && p.attributes.some((x) => x.effect !== 'ignored'); };
  for (let again = true; again; ) {
    again = false;
    for (const p of pairs) {
      if (p.replaced) continue;
      const rules = rulesOf(p.type);
      const ignore = ignoreChanges(p.after);
      for (const leaf of flatten(p.after, [], undefined, META).values()) {
        const unknown = references(leaf.value).find(([a, attr]) => {
          const target = byAddress.get(a);
          if (!target?.replaced) return false;
          const computed = attr === 'id' || !!rulesOf(target.type)?.computed.some((c) => c.length === 1 && c[0] === attr);
          return computed && target.after[attr] === undefined;
        });
        if (!unknown || ignore === 'all' || ignore.some((i) => covers(i, leaf.at))) continue;
        const path = pathText(leaf.at);
        if (!p.attributes.some((x) => x.path === path)) p.attributes.push({ path, before: leaf.value, after: leaf.value, effect: 'unknown' });
        if (rules?.unknownForcesNew && rules.replace.some((r) => covers(r, leaf.at))) {
          p.replaced = again = true;
          p.reasons.push(`\`${path}\` is known only after apply (${unknown[0]} is replaced) and forces replacement`);
          break;
        }
      }
      const lifecycle = isObject(p.after.lifecycle) ? p.after.lifecycle : {};
      const triggers = Array.isArray(lifecycle.replace_triggered_by) ? lifecycle.replace_triggered_by.filter((t): t is string => typeof t === 'string') : [];
      const trigger = triggers.find((t) => { const a = /^([a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)/.exec(t)?.[1]; return !!a && (byAddress.get(a)?.replaced || changed(a)); });
      if (!p.replaced && trigger) {
        p.replaced = again = true;
        p.reasons.push(`\`replace_triggered_by\` ${trigger}, which changes`);
      }
    }
  }
  for (const p of pairs) {
    const rules = rulesOf(p.type);
    const effective = p.attributes.filter((a) => a.effect !== 'ignored');
    const action: TerraformAction = p.replaced ? 'replace' : effective.length ? 'update' : p.from ? 'move' : 'none';
    if (action === 'none') {
      // Only ignored attributes, or only meta-arguments (lifecycle, depends_on, ...), changed: no plan action.
      const meta = [...META].filter((k) => JSON.stringify(p.before[k]) !== JSON.stringify(p.after[k]));
      if (!meta.length && !p.attributes.length) continue;
      const what = [p.attributes.length ? 'ignored attributes' : '', meta.length ? `meta-arguments (${meta.join(', ')})` : ''].filter(Boolean).join(' and ');
      out.push({ address: p.address, type: p.type, action, vm: VM_TYPES.has(p.type), reboot: false, reasons: [`only ${what} changed: no plan action`], attributes: p.attributes });
      continue;
    }
    let reboot = false;
    let refused: string | undefined;
    const attributes = p.attributes.map((a) => {
      if (action !== 'update' || a.effect !== 'update' && a.effect !== 'unknown') return a;
      const at = segmentsOf(a.path);
      const r = rules && refusedBy(rules.refused, at, a.before, a.after);
      if (r && refused === undefined) refused = `\`${a.path}\`: ${r.error}`;
      if (rules?.reboot.some((rule) => covers(rule, at))) {
        reboot = true;
        return { ...a, effect: 'reboot' as const };
      }
      return a;
    });
    if (reboot) {
      const which = attributes.filter((a) => a.effect === 'reboot').map((a) => `\`${a.path}\``);
      const what = rules!.reboot.includes(null) ? 'every in-place update restarts it' : `${which.join(', ')} restart${which.length === 1 ? 's' : ''} it`;
      // bpg/proxmox restarts the VM itself only with reboot_after_update (default true); else the change waits for a restart.
      const manual = p.after.reboot_after_update === false;
      p.reasons.push(manual ? `${what} (${rules!.provider}); reboot_after_update is false: the change waits until the VM is restarted by hand` : `${what} (${rules!.provider})`);
    }
    if (!rules && action === 'update') p.reasons.push(`no behaviour table for ${p.type}: whether Terraform replaces it is not known here`);
    out.push({ address: p.address, type: p.type, action, ...(p.from ? { from: p.from } : {}), vm: VM_TYPES.has(p.type), reboot, reasons: p.reasons, ...(refused !== undefined ? { refused } : {}), attributes });
  }
  return out.sort((a, b) => rank(a) - rank(b) || byText(a.address, b.address));
}

/** `disk[0].size` → ['disk', 0, 'size']. */
function segmentsOf(text: string): Segment[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** One cluster's objects: created, updated (the changed leaves) and deleted, by id. */
export function compareCluster(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, cluster: string): ObjectChange[] {
  const objects = (files: ReadonlyMap<string, string>) => {
    const out = new Map<string, { obj: Record<string, unknown>; stateful: boolean }>();
    for (const [file, text] of files) {
      for (const obj of k8sObjectsOfFile(file, text, undefined, 'change report')) {
        const id = k8sObjectId(cluster, obj).slice(`clusters/${cluster}/`.length);
        out.set(id, { obj: obj as unknown as Record<string, unknown>, stateful: isStatefulKind(obj) || isKeptFromPruning(obj) });
      }
    }
    return out;
  };
  const [was, is] = [objects(before), objects(after)];
  const out: ObjectChange[] = [];
  for (const id of [...new Set([...was.keys(), ...is.keys()])].sort(byText)) {
    const [b, a] = [was.get(id), is.get(id)];
    if (!b) out.push({ id, action: 'create', stateful: a!.stateful, attributes: [] });
    else if (!a) out.push({ id, action: 'delete', stateful: b.stateful, attributes: [] });
    else {
      const diff = differences(b.obj, a.obj);
      if (diff.length) out.push({ id, action: 'update', stateful: a.stateful, attributes: diff.map((d) => ({ path: pathText(d.at), before: d.before, after: d.after })) });
    }
  }
  const order = { delete: 0, update: 1, create: 2 } as const;
  return out.sort((x, y) => order[x.action] - order[y.action] || byText(x.id, y.id));
}

/** Files added, changed and removed, by path. */
export function compareFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): FileChange[] {
  return [...new Set([...before.keys(), ...after.keys()])].sort(byText).flatMap((file): FileChange[] => {
    const [b, a] = [before.get(file), after.get(file)];
    if (b === a) return [];
    return [{ file, action: b === undefined ? 'added' : a === undefined ? 'removed' : 'changed' }];
  });
}

const STACK = /^terraform\/([^/]+)\/cdk\.tf\.json$/;
const CLUSTER = /^clusters\/([^/]+)\/.+\.ya?ml$/;

/**
 * The report of `next` over `base`: both synthesized outputs (path → text), the site of `next`
 * (its `changes` allow removals and renames to the data-loss guard), the behaviour tables, and the
 * documentation files of both sides (path → text; empty maps when not compared).
 */
export function compareOutputs(
  base: ReadonlyMap<string, string>,
  next: ReadonlyMap<string, string>,
  site: { readonly spec: Pick<SiteSpec, 'changes'> },
  behaviour: Behaviour,
  docs: { readonly base: ReadonlyMap<string, string>; readonly next: ReadonlyMap<string, string> } = { base: new Map(), next: new Map() },
): ChangeReport {
  const keys = (re: RegExp) => [...new Set([...base.keys(), ...next.keys()].flatMap((f) => re.exec(f)?.[1] ?? []))];
  const terraform = new Map<string, ResourceChange[]>();
  const stacks = keys(STACK).sort((a, b) => (STACK_ORDER.indexOf(a) + 1 || 99) - (STACK_ORDER.indexOf(b) + 1 || 99) || byText(a, b));
  for (const s of stacks) {
    const file = `terraform/${s}/cdk.tf.json`;
    const changes = base.get(file) === next.get(file) ? [] : compareStack(base.get(file), next.get(file), behaviour);
    terraform.set(s, changes);
  }
  const clusters = new Map<string, ObjectChange[]>();
  for (const c of keys(CLUSTER).sort(byText)) {
    const of = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([f]) => f.startsWith(`clusters/${c}/`) && CLUSTER.test(f)));
    clusters.set(c, compareCluster(of(base), of(next), c));
  }
  const rest = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([f]) => !STACK.test(f) && !CLUSTER.test(f)));
  return { terraform, clusters, files: compareFiles(rest(base), rest(next)), docs: compareFiles(docs.base, docs.next), dataLoss: checkDataLoss(base, next, site) };
}
