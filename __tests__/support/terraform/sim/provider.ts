/**
 * One simulated provider: the tfplugin6 RPC handlers, built from the provider's schema JSON and its
 * optional behaviour table. No remote system exists: Read echoes state, Plan proposes what terraform
 * proposed (computed values unknown on create, replacement where the table says), Apply fills unknowns
 * deterministically and refuses or ignores updates where the table says.
 */
import {
  canonical,
  type CtyType,
  type CtyValue,
  decodeDynamicValue,
  encodeMsgpack,
  equal,
  generate,
  isObj,
  isUnknown,
  shape,
  toPlain,
  typeFromJson,
  Unknown,
  UNKNOWN,
} from './cty';
import type { BehaviourTable, RefusalCondition, ReplaceRule, ResourceBehaviour } from './behaviour';
import { blockType, insideValue, type JsonAttribute, type JsonBlock, type JsonSchema, type ProviderSchemaJson, schemaMessage } from './schema';
import { evalTemplate, PENDING, UNSUPPORTED } from './template';

/** One step of a concrete path: an attribute, a list index or a map key. */
export type Step = { attr: string } | { index: number } | { key: string };

interface Diagnostic {
  severity: 'ERROR' | 'WARNING';
  summary: string;
  detail?: string;
}
// Request messages as the protobuf decoder gives them (snake_case, bytes as Buffer).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Req = Record<string, any>;

/** A response message and what the RPC log records about the call beyond its name and type. */
export type Reply = [response: object, details?: Record<string, unknown>];

export class SimProvider {
  private readonly schemaResponse: object;
  private readonly types = new Map<string, CtyType>();

  constructor(
    readonly address: string,
    private readonly schema: ProviderSchemaJson,
    private readonly behaviour: BehaviourTable | undefined,
  ) {
    const map = (m?: Record<string, JsonSchema>) => Object.fromEntries(Object.entries(m ?? {}).map(([n, s]) => [n, schemaMessage(s)]));
    this.schemaResponse = {
      provider: schemaMessage(schema.provider),
      resource_schemas: map(schema.resource_schemas),
      data_source_schemas: map(schema.data_source_schemas),
      diagnostics: [],
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: true },
    };
  }

  /** The handlers of the tfplugin6.Provider service, by RPC name. */
  handlers(): Record<string, (req: Req) => Reply> {
    const ok = (): Reply => [{ diagnostics: [] }];
    return {
      GetMetadata: () => [this.getMetadata()],
      GetProviderSchema: () => [this.schemaResponse],
      ValidateProviderConfig: ok,
      ValidateResourceConfig: ok,
      ValidateDataResourceConfig: ok,
      ValidateEphemeralResourceConfig: ok,
      ConfigureProvider: ok,
      UpgradeResourceState: (r) => this.upgradeResourceState(r),
      ReadResource: (r) => [{ new_state: r.current_state, private: r.private, diagnostics: [] }],
      PlanResourceChange: (r) => this.planResourceChange(r),
      ApplyResourceChange: (r) => this.applyResourceChange(r),
      ImportResourceState: (r) => this.importResourceState(r),
      MoveResourceState: (r) => this.moveResourceState(r),
      ReadDataSource: (r) => this.readDataSource(r),
      GetFunctions: () => [{ functions: {}, diagnostics: [] }],
      CallFunction: (r) => [{ error: { text: `the simulator of ${this.address} has no function ${r.name}` } }],
      OpenEphemeralResource: (r) => [{ diagnostics: [error(`the simulator of ${this.address} has no ephemeral resource ${r.type_name}`)] }],
      RenewEphemeralResource: ok,
      CloseEphemeralResource: ok,
      StopProvider: () => [{ Error: '' }],
    };
  }

  private getMetadata(): object {
    return {
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: true },
      diagnostics: [],
      resources: Object.keys(this.schema.resource_schemas ?? {}).map((type_name) => ({ type_name })),
      data_sources: Object.keys(this.schema.data_source_schemas ?? {}).map((type_name) => ({ type_name })),
      functions: [],
      ephemeral_resources: [],
    };
  }

  private resource(typeName: string): { block: JsonBlock; type: CtyType; rules: ResourceBehaviour; legacy: boolean; inValue: string[][] } {
    const s = this.schema.resource_schemas?.[typeName];
    if (!s) throw new Error(`${this.address} has no resource type ${typeName}`);
    const rules = this.behaviour?.resources[typeName] ?? {};
    // SDKv2 resources answer with the legacy type system, so terraform only logs their inconsistencies.
    const legacy = rules.sdk === 'sdkv2';
    const inValue = legacy ? (rules.computed ?? []).filter((p) => insideValue(s.block, p)) : [];
    return { block: s.block, type: this.typeOf(`r:${typeName}`, s.block), rules, legacy, inValue };
  }

  private typeOf(key: string, block: JsonBlock): CtyType {
    let t = this.types.get(key);
    if (!t) this.types.set(key, (t = blockType(block)));
    return t;
  }

  private upgradeResourceState(r: Req): Reply {
    const { type } = this.resource(r.type_name);
    const raw = r.raw_state ?? {};
    if (!raw.json || raw.json.length === 0) {
      const flat = raw.flatmap && Object.keys(raw.flatmap).length > 0;
      return [{ diagnostics: flat ? [error(`the simulator of ${this.address} cannot upgrade flatmap state of ${r.type_name}`)] : [], upgraded_state: { msgpack: encodeMsgpack(null, type) } }];
    }
    const state = shape(JSON.parse(Buffer.from(raw.json).toString('utf8')), type);
    return [{ upgraded_state: { msgpack: encodeMsgpack(state, type) }, diagnostics: [] }];
  }

  private planResourceChange(r: Req): Reply {
    const { block, type, rules, legacy, inValue } = this.resource(r.type_name);
    const prior = decodeDynamicValue(r.prior_state, type);
    const proposed = decodeDynamicValue(r.proposed_new_state, type);
    const config = decodeDynamicValue(r.config, type);
    let planned: CtyValue = proposed;
    let replace: Step[][] = [];
    if (proposed !== null && prior === null) {
      // Create: every computed attribute the configuration leaves null is "known after apply".
      planned = unknownComputed(block, proposed);
      for (const path of inValue) for (const p of pairsAt(planned, planned, type, path)) if (p.complete && p.a === null) planned = setAt(planned, p.steps, UNKNOWN);
    } else if (proposed !== null && prior !== null) {
      // Update: terraform has already copied prior computed values into the proposal, except inside
      // plain-typed attributes, where only the provider knows what it computed.
      for (const path of inValue) for (const p of pairsAt(prior, planned, type, path)) if (p.complete && p.b === null && p.a !== null) planned = setAt(planned, p.steps, p.a);
      if (equal(prior, planned, type) !== true)
        for (const path of rules.unknownOnUpdate ?? []) for (const p of pairsAt(config, planned, type, path)) if (p.complete && p.a === null) planned = setAt(planned, p.steps, UNKNOWN);
      replace = replacePaths(rules, type, prior, planned, config);
    }
    planned = nullWriteOnly(block, planned);
    const response = {
      planned_state: { msgpack: encodeMsgpack(planned, type) },
      requires_replace: replace.map((steps) => ({ steps: steps.map(stepMessage) })),
      planned_private: r.prior_private ?? Buffer.alloc(0),
      diagnostics: [],
      legacy_type_system: legacy,
    };
    return [response, { prior: toPlain(prior), planned: toPlain(planned), requires_replace: replace.map(pathToJson) }];
  }

  private applyResourceChange(r: Req): Reply {
    const { block, type, rules, legacy } = this.resource(r.type_name);
    const prior = decodeDynamicValue(r.prior_state, type);
    const planned = decodeDynamicValue(r.planned_state, type);
    const done = (state: CtyValue, details: Record<string, unknown> = {}, diagnostics: Diagnostic[] = []): Reply => [
      { new_state: { msgpack: encodeMsgpack(state, type) }, private: r.planned_private ?? Buffer.alloc(0), diagnostics, legacy_type_system: legacy },
      { prior: toPlain(prior), planned: toPlain(planned), new: toPlain(state), ...details, ...(diagnostics.length ? { diagnostics } : {}) },
    ];
    if (planned === null) return done(null);
    const ignored: (string | number)[][] = [];
    let state = this.fill(r.type_name, block, type, planned, rules.templates ?? {});
    if (prior !== null) {
      // A refused update fails like the real provider; the object stays as it was.
      const refused = (rules.refusedUpdates ?? []).find((u) => u.path === null || pairsAt(prior, planned, type, u.path).some((p) => refuses(u.when, p)));
      if (refused) return done(prior, {}, [{ severity: 'ERROR', summary: refused.summary ?? refused.error, detail: refused.summary ? refused.error : '' }]);
      // An ignored update is stored without being acted on; one the provider reads back keeps the prior
      // value, and terraform reports the provider's inconsistent result, as it does with the real one.
      for (const u of rules.ignoredUpdates ?? [])
        for (const p of pairsAt(prior, planned, type, u.path))
          if (equal(p.a, p.b, p.t) !== true) {
            ignored.push(pathToJson(p.steps));
            if (u.readBack) state = setAt(state, p.steps, p.a);
          }
    }
    return done(nullWriteOnly(block, state), ignored.length ? { ignored } : {});
  }

  private importResourceState(r: Req): Reply {
    const { type } = this.resource(r.type_name);
    const attrs = (type as { attrs: Record<string, CtyType> }).attrs;
    const state = Object.fromEntries(Object.keys(attrs).map((n) => [n, n === 'id' ? (r.id as string) : null]));
    return [{ imported_resources: [{ type_name: r.type_name, state: { msgpack: encodeMsgpack(state, type) }, private: Buffer.alloc(0) }], diagnostics: [] }, { id: r.id }];
  }

  private moveResourceState(r: Req): Reply {
    const { type } = this.resource(r.target_type_name);
    const json = r.source_state?.json as Uint8Array | undefined;
    const state = json && json.length > 0 ? shape(JSON.parse(Buffer.from(json).toString('utf8')), type) : null;
    return [
      { target_state: { msgpack: encodeMsgpack(state, type) }, target_private: r.source_private ?? Buffer.alloc(0), diagnostics: [] },
      { source: `${r.source_provider_address} ${r.source_type_name}`, state: toPlain(state) },
    ];
  }

  private readDataSource(r: Req): Reply {
    const s = this.schema.data_source_schemas?.[r.type_name];
    if (!s) throw new Error(`${this.address} has no data source ${r.type_name}`);
    const type = this.typeOf(`d:${r.type_name}`, s.block);
    const config = decodeDynamicValue(r.config, type);
    const state = config === null ? null : this.fill(`data.${r.type_name}`, s.block, type, unknownComputed(s.block, config), {});
    return [{ state: { msgpack: encodeMsgpack(state, type) }, diagnostics: [] }, { state: toPlain(state) }];
  }

  /**
   * `planned` with every unknown replaced: a table template first ("${pool}/${name}", names of the
   * object's attributes), else a value derived from provider, type, the object's name (or its whole
   * known value) and the attribute path.
   */
  private fill(typeName: string, block: JsonBlock, type: CtyType, planned: CtyValue, templates: Record<string, string>): CtyValue {
    if (!isObj(planned)) return planned;
    const identity = typeof planned.name === 'string' ? planned.name : canonical(planned);
    const seed = `${this.address}/${typeName}/${identity}`;
    let state = fillBlock(block, planned, { seed, keep: (names) => names !== undefined && names.join('.') in templates }, [], []);
    // Templates may refer to each other (a path made of an id made of the content): a few rounds.
    for (let round = 0; round < 3; round++) {
      for (const [key, template] of Object.entries(templates)) {
        const steps = key.split('.').map((attr) => ({ attr }));
        if (!isUnknown(getAt(state, steps))) continue;
        const value = evalTemplate(template, state);
        if (value === PENDING || value === UNSUPPORTED) continue;
        state = setAt(state, steps, leafType(type, key.split('.'))?.kind === 'number' ? Number(value) : value);
      }
    }
    return fillBlock(block, state, { seed, keep: () => false }, [], []);
  }
}

/** Whether a change at one place is refused: any change, or only the kind `when` names. */
export function refuses(when: RefusalCondition | undefined, p: Pair): boolean {
  const changed = equal(p.a, p.b, p.t) !== true;
  if (!changed || when === undefined) return changed;
  if (when === 'added') return p.a === null && p.b !== null;
  if (when === 'removed') return p.a !== null && p.b === null;
  if (when === 'decrease' || when === 'increase') {
    if (typeof p.a !== 'number' || typeof p.b !== 'number') return false;
    return when === 'decrease' ? p.b < p.a : p.b > p.a;
  }
  return canonical(p.a) === canonical(when.from as CtyValue) && canonical(p.b) === canonical(when.to as CtyValue);
}

const error = (summary: string, detail = ''): Diagnostic => ({ severity: 'ERROR', summary, detail });

/** Computed attributes left null become unknown, through nested attributes and nested blocks. */
export function unknownComputed(block: JsonBlock, v: CtyValue): CtyValue {
  if (!isObj(v)) return v;
  const out: Record<string, CtyValue> = { ...v };
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    const cur = out[n] ?? null;
    if (a.computed && cur === null) out[n] = UNKNOWN;
    else if (a.nested_type && cur !== null && !isUnknown(cur)) {
      const inner = { attributes: a.nested_type.attributes };
      out[n] = eachElement(cur, a.nested_type.nesting_mode, (e) => unknownComputed(inner, e));
    }
  }
  for (const [n, bt] of Object.entries(block.block_types ?? {})) {
    const cur = out[n] ?? null;
    if (cur !== null && !isUnknown(cur)) out[n] = eachElement(cur, bt.nesting_mode, (e) => unknownComputed(bt.block, e));
  }
  return out;
}

/** Write-only attributes are never planned or stored: null everywhere. */
export function nullWriteOnly(block: JsonBlock, v: CtyValue): CtyValue {
  if (!isObj(v)) return v;
  const out: Record<string, CtyValue> = { ...v };
  for (const [n, a] of Object.entries(block.attributes ?? {})) {
    const cur = out[n] ?? null;
    if (a.write_only) out[n] = null;
    else if (a.nested_type && cur !== null && !isUnknown(cur)) {
      const inner = { attributes: a.nested_type.attributes };
      out[n] = eachElement(cur, a.nested_type.nesting_mode, (e) => nullWriteOnly(inner, e));
    }
  }
  for (const [n, bt] of Object.entries(block.block_types ?? {})) {
    const cur = out[n] ?? null;
    if (cur !== null && !isUnknown(cur)) out[n] = eachElement(cur, bt.nesting_mode, (e) => nullWriteOnly(bt.block, e));
  }
  return out;
}

/** `f` over a nested value: the object itself (single, group), or each element with its index or key. */
function eachElement(v: CtyValue, mode: string, f: (e: CtyValue, key?: string | number) => CtyValue): CtyValue {
  if (mode === 'single' || mode === 'group') return f(v);
  if (mode === 'map') return Object.fromEntries(Object.entries(v as Record<string, CtyValue>).map(([k, e]) => [k, f(e, k)]));
  return (v as CtyValue[]).map((e, i) => f(e, i));
}

/** The same place in two values, with its type, for every concrete path a table path (`*` steps) names. */
export interface Pair {
  steps: Step[];
  a: CtyValue;
  b: CtyValue;
  t: CtyType;
  /** Whether the walk reached the end of the path (not stopped early at a set, a null or an unknown). */
  complete: boolean;
}

/**
 * Walks `path` through both values at once: `*` (or a missing `*`) visits every list index or map key
 * either side has, a side without it giving null. A set cannot be addressed by element, so the walk
 * stops at the set and compares it whole, as the provider frameworks do.
 */
export function pairsAt(a: CtyValue, b: CtyValue, t: CtyType, path: string[]): Pair[] {
  const out: Pair[] = [];
  const walk = (x: CtyValue, y: CtyValue, ty: CtyType, rest: string[], steps: Step[]) => {
    if (rest.length === 0 || ty.kind === 'set' || isUnknown(x) || isUnknown(y) || (x === null && y === null)) {
      out.push({ steps, a: x, b: y, t: ty, complete: rest.length === 0 });
      return;
    }
    if (ty.kind === 'object') {
      const at = ty.attrs[rest[0]];
      if (!at) return;
      walk(isObj(x) ? (x[rest[0]] ?? null) : null, isObj(y) ? (y[rest[0]] ?? null) : null, at, rest.slice(1), [...steps, { attr: rest[0] }]);
    } else if (ty.kind === 'list' || ty.kind === 'tuple') {
      const next = rest[0] === '*' ? rest.slice(1) : rest;
      const xs = (x ?? []) as CtyValue[];
      const ys = (y ?? []) as CtyValue[];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++)
        walk(xs[i] ?? null, ys[i] ?? null, ty.kind === 'tuple' ? ty.elems[i] : ty.elem, next, [...steps, { index: i }]);
    } else if (ty.kind === 'map') {
      const next = rest[0] === '*' ? rest.slice(1) : rest;
      const xm = (x ?? {}) as Record<string, CtyValue>;
      const ym = (y ?? {}) as Record<string, CtyValue>;
      for (const k of [...new Set([...Object.keys(xm), ...Object.keys(ym)])].sort()) walk(xm[k] ?? null, ym[k] ?? null, ty.elem, next, [...steps, { key: k }]);
    } else out.push({ steps, a: x, b: y, t: ty, complete: false });
  };
  walk(a, b, t, path, []);
  return out;
}

/**
 * The paths terraform is told force replacement: a listed path whose planned value differs from the prior
 * one. An unknown planned value counts for framework RequiresReplace(IfConfigured), whose modifiers compare
 * plan and state values (unknown never equals a known value), and for any rule when the table sets
 * unknownForcesNew (SDKv2 ForceNew: an unknown planned value marks the diff RequiresNew).
 */
export function replacePaths(rules: ResourceBehaviour, type: CtyType, prior: CtyValue, planned: CtyValue, config: CtyValue): Step[][] {
  const out = new Map<string, Step[]>();
  const onUnknown = (rule: ReplaceRule) => rules.unknownForcesNew === true || rule.kind === 'RequiresReplace' || rule.kind === 'RequiresReplaceIfConfigured';
  for (const rule of rules.replace ?? []) {
    for (const p of pairsAt(prior, planned, type, rule.path)) {
      const eq = equal(p.a, p.b, p.t);
      if (eq === true || (eq === 'unknown' && !onUnknown(rule))) continue;
      if (rule.kind === 'RequiresReplaceIfConfigured' && getAt(config, p.steps) === null) continue;
      out.set(JSON.stringify(p.steps), p.steps);
    }
  }
  return [...out.values()];
}

export function getAt(v: CtyValue, steps: Step[]): CtyValue {
  let cur: CtyValue = v;
  for (const s of steps) {
    if (cur === null || cur instanceof Unknown) return cur;
    if ('index' in s) cur = (cur as CtyValue[])[s.index] ?? null;
    else cur = (cur as Record<string, CtyValue>)['attr' in s ? s.attr : s.key] ?? null;
  }
  return cur;
}

/** A copy of `v` with the value at `steps` replaced (the path must exist). */
export function setAt(v: CtyValue, steps: Step[], value: CtyValue): CtyValue {
  if (steps.length === 0) return value;
  const [s, ...rest] = steps;
  if ('index' in s) {
    const copy = [...(v as CtyValue[])];
    copy[s.index] = setAt(copy[s.index] ?? null, rest, value);
    return copy;
  }
  const k = 'attr' in s ? s.attr : s.key;
  const o = v as Record<string, CtyValue>;
  return { ...o, [k]: setAt(o[k] ?? null, rest, value) };
}

interface FillContext {
  seed: string;
  /** Whether to leave an unknown for a template (names: attribute names from the root, undefined inside a collection). */
  keep: (names: string[] | undefined) => boolean;
}

/**
 * Replaces the unknowns of an object of `block`. A generated nested object fills only its computed
 * attributes, as a provider reading the object back would: the others stay null, else the next plan
 * (which takes them from the configuration) would show a change.
 */
function fillBlock(block: JsonBlock, v: CtyValue, ctx: FillContext, names: string[] | undefined, path: (string | number)[]): CtyValue {
  if (!isObj(v)) return v;
  const out: Record<string, CtyValue> = { ...v };
  for (const [n, a] of Object.entries(block.attributes ?? {})) out[n] = fillAttribute(a, out[n] ?? null, ctx, names && [...names, n], [...path, n]);
  for (const [n, bt] of Object.entries(block.block_types ?? {})) {
    const cur = out[n] ?? null;
    if (cur === null || isUnknown(cur)) continue;
    const single = bt.nesting_mode === 'single' || bt.nesting_mode === 'group';
    out[n] = eachElement(cur, bt.nesting_mode, (e, k) => fillBlock(bt.block, e, ctx, single && names ? [...names, n] : undefined, k === undefined ? [...path, n] : [...path, n, k]));
  }
  return out;
}

function fillAttribute(a: JsonAttribute, v: CtyValue, ctx: FillContext, names: string[] | undefined, path: (string | number)[]): CtyValue {
  if (isUnknown(v)) return ctx.keep(names) ? v : generateAttribute(a, `${ctx.seed}/${path.join('/')}`, String(path[path.length - 1]));
  if (v === null) return v;
  if (!a.nested_type) return fillValue(v, typeFromJson(a.type), `${ctx.seed}/${path.join('/')}`);
  const inner = { attributes: a.nested_type.attributes };
  const single = a.nested_type.nesting_mode === 'single';
  return eachElement(v, a.nested_type.nesting_mode, (e, k) => fillBlock(inner, e, ctx, single ? names : undefined, k === undefined ? path : [...path, k]));
}

function generateAttribute(a: JsonAttribute, seed: string, name: string): CtyValue {
  if (!a.nested_type) return generate(typeFromJson(a.type), seed, name);
  if (a.nested_type.nesting_mode !== 'single') return a.nested_type.nesting_mode === 'map' ? {} : [];
  return Object.fromEntries(Object.entries(a.nested_type.attributes).map(([n, x]) => [n, x.computed ? generateAttribute(x, `${seed}/${n}`, n) : null]));
}

/** Unknowns inside a value of a plain (not nested-attribute) type. */
function fillValue(v: CtyValue, t: CtyType, seed: string): CtyValue {
  if (isUnknown(v)) return generate(t, seed, seed.slice(seed.lastIndexOf('/') + 1));
  if (v === null) return v;
  switch (t.kind) {
    case 'object':
      return Object.fromEntries(Object.entries(t.attrs).map(([n, at]) => [n, fillValue((v as Record<string, CtyValue>)[n] ?? null, at, `${seed}/${n}`)]));
    case 'list':
    case 'set':
      return (v as CtyValue[]).map((e, i) => fillValue(e, t.elem, `${seed}/${i}`));
    case 'tuple':
      return (v as CtyValue[]).map((e, i) => fillValue(e, t.elems[i], `${seed}/${i}`));
    case 'map':
      return Object.fromEntries(Object.entries(v as Record<string, CtyValue>).map(([k, e]) => [k, fillValue(e, t.elem, `${seed}/${k}`)]));
    default:
      return v;
  }
}

function leafType(t: CtyType, names: string[]): CtyType | undefined {
  let cur: CtyType | undefined = t;
  for (const n of names) cur = cur?.kind === 'object' ? cur.attrs[n] : undefined;
  return cur;
}

function stepMessage(s: Step): object {
  if ('attr' in s) return { attribute_name: s.attr };
  if ('index' in s) return { element_key_int: s.index };
  return { element_key_string: s.key };
}

const pathToJson = (steps: Step[]) => steps.map((s) => ('attr' in s ? s.attr : 'index' in s ? s.index : s.key));
