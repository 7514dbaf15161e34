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
  isObj,
  isUnknown,
  shape,
  toPlain,
  UNKNOWN,
} from './cty';
import type { BehaviourTable, ResourceBehaviour } from './behaviour';
import { blockType, insideValue, type JsonBlock, type JsonSchema, type ProviderSchemaJson, schemaMessage } from './schema';
import { evalTemplate, PENDING, UNSUPPORTED } from './template';
import { fillBlock, getAt, leafType, nullWriteOnly, pairsAt, refuses, replacePaths, setAt, type Step, unknownComputed } from './values';

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

const error = (summary: string, detail = ''): Diagnostic => ({ severity: 'ERROR', summary, detail });

function stepMessage(s: Step): object {
  if ('attr' in s) return { attribute_name: s.attr };
  if ('index' in s) return { element_key_int: s.index };
  return { element_key_string: s.key };
}

const pathToJson = (steps: Step[]) => steps.map((s) => ('attr' in s ? s.attr : 'index' in s ? s.index : s.key));
