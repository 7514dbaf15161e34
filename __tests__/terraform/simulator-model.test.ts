/**
 * The simulator's model without terraform: the msgpack codec terraform's go-cty decoder needs, the
 * replacement rules, templates, refusal conditions and the behaviour table reader.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decode, encode, ExtData } from '@msgpack/msgpack';
import { applyBehaviour, type BehaviourTable, readBehaviour, type ResourceBehaviour } from '../support/terraform/sim/behaviour';
import { type CtyType, decodeMsgpack, Dyn, encodeMsgpack, typeFromJson, UNKNOWN } from '../support/terraform/sim/cty';
import { pairsAt, refuses, replacePaths, unknownComputed } from '../support/terraform/sim/values';
import { blockType, type JsonBlock, type ProviderSchemaJson } from '../support/terraform/sim/schema';
import { evalTemplate, PENDING, UNSUPPORTED } from '../support/terraform/sim/template';

const T = (t: unknown): CtyType => typeFromJson(t);

describe('msgpack values', () => {
  const type = T(['object', { name: 'string', size: 'number', tags: ['set', 'string'], meta: ['object', { a: 'bool' }] }]);

  it('encodes every attribute of an object, missing ones as nil, as go-cty requires', () => {
    expect(decode(encodeMsgpack({ name: 'x' }, type))).toEqual({ name: 'x', size: null, tags: null, meta: null });
  });

  it('sends an unknown as ext type 0 and returns a refined unknown byte for byte', () => {
    expect([...encodeMsgpack(UNKNOWN, T('string'))]).toEqual([0xd4, 0x00, 0x00]);
    const refined = encode(new ExtData(0x0c, new Uint8Array([0x81, 0x01, 0xc3])));
    expect([...encodeMsgpack(decodeMsgpack(refined, T('string')), T('string'))]).toEqual([...refined]);
  });

  it('carries a dynamic value as [type JSON, value]', () => {
    const wire = encode([Buffer.from('"string"'), 'v']);
    const v = decodeMsgpack(wire, T('dynamic'));
    expect(v).toEqual(new Dyn('string', 'v'));
    expect(decode(encodeMsgpack(v, T('dynamic')))).toEqual([new Uint8Array(Buffer.from('"string"')), 'v']);
  });
});

describe('planning', () => {
  const block: JsonBlock = {
    attributes: {
      id: { type: 'string', computed: true },
      name: { type: 'string', required: true },
      node: { type: 'string', optional: true },
      target: { nested_type: { nesting_mode: 'single', attributes: { path: { type: 'string', computed: true }, mode: { type: 'string', optional: true } } } },
    },
    block_types: { disk: { nesting_mode: 'list', block: { attributes: { size: { type: 'number', optional: true }, file: { type: 'string', computed: true } } } } },
  };
  const type = blockType(block);
  const prior = { id: 'i', name: 'a', node: 'pve', target: { path: '/p', mode: 'x' }, disk: [{ size: 1, file: 'f' }] };
  const paths = (rules: ResourceBehaviour, planned: object, config: object = planned) => replacePaths(rules, type, prior, planned as never, config as never);

  it('makes computed nulls unknown on create, through nested attributes and blocks', () => {
    expect(unknownComputed(block, { id: null, name: 'a', node: null, target: { path: null, mode: 'x' }, disk: [{ size: 1, file: null }] })).toEqual({
      id: UNKNOWN,
      name: 'a',
      node: null,
      target: { path: UNKNOWN, mode: 'x' },
      disk: [{ size: 1, file: UNKNOWN }],
    });
  });

  it('replaces for a changed listed path, with list indices, and not for an unchanged one', () => {
    const rules: ResourceBehaviour = { replace: [{ path: ['name'], kind: 'RequiresReplace' }, { path: ['disk', '*', 'size'], kind: 'ForceNew' }] };
    expect(paths(rules, prior)).toEqual([]);
    expect(paths(rules, { ...prior, name: 'b' })).toEqual([[{ attr: 'name' }]]);
    expect(paths(rules, { ...prior, disk: [{ size: 1, file: 'f' }, { size: 2, file: null }] })).toEqual([[{ attr: 'disk' }, { index: 1 }, { attr: 'size' }]]);
  });

  it('replaces for an unknown planned value with RequiresReplace or unknownForcesNew, not for a plain ForceNew', () => {
    const planned = { ...prior, node: UNKNOWN };
    expect(paths({ replace: [{ path: ['node'], kind: 'ForceNew' }] }, planned)).toEqual([]);
    expect(paths({ replace: [{ path: ['node'], kind: 'ForceNew' }], unknownForcesNew: true }, planned)).toEqual([[{ attr: 'node' }]]);
    expect(paths({ replace: [{ path: ['node'], kind: 'RequiresReplace' }] }, planned)).toEqual([[{ attr: 'node' }]]);
  });

  it('does not replace for RequiresReplaceIfConfigured when the configuration leaves the value null', () => {
    const rules: ResourceBehaviour = { replace: [{ path: ['node'], kind: 'RequiresReplaceIfConfigured' }] };
    expect(paths(rules, { ...prior, node: null }, { ...prior, node: null })).toEqual([]);
    expect(paths(rules, { ...prior, node: 'other' })).toEqual([[{ attr: 'node' }]]);
  });
});

describe('refused updates', () => {
  const type = T(['object', { size: 'number', disks: ['list', 'string'], template: 'bool' }]);
  const refused = (when: Parameters<typeof refuses>[0], path: string[], a: object, b: object) => pairsAt(a as never, b as never, type, path).some((p) => refuses(when, p));

  it('refuses any change without a condition, and only the named kind of change with one', () => {
    expect(refused(undefined, ['size'], { size: 2 }, { size: 3 })).toBe(true);
    expect(refused(undefined, ['size'], { size: 2 }, { size: 2 })).toBe(false);
    expect(refused('decrease', ['size'], { size: 2 }, { size: 3 })).toBe(false);
    expect(refused('decrease', ['size'], { size: 3 }, { size: 2 })).toBe(true);
    expect(refused('removed', ['disks', '*'], { disks: ['a', 'b'] }, { disks: ['a'] })).toBe(true);
    expect(refused('removed', ['disks', '*'], { disks: ['a'] }, { disks: ['a', 'b'] })).toBe(false);
    expect(refused({ from: true, to: false }, ['template'], { template: true }, { template: false })).toBe(true);
    expect(refused({ from: true, to: false }, ['template'], { template: false }, { template: true })).toBe(false);
  });
});

describe('templates', () => {
  const obj = { name: 'disk', pool: 'default', content: 'abc', source_raw: [{ file_name: 'a.yaml' }], id: UNKNOWN };

  it('interpolates attributes, the first element of a list, and NAME:-default', () => {
    expect(evalTemplate('/var/lib/libvirt/images/${pool}/${name}', obj)).toBe('/var/lib/libvirt/images/default/disk');
    expect(evalTemplate('local:snippets/${source_raw.file_name}', obj)).toBe('local:snippets/a.yaml');
    expect(evalTemplate('${TMPDIR:-/tmp}/x-${name}.iso', obj)).toBe('/tmp/x-disk.iso');
  });

  it('computes hex(sha256(...))[a:b], waits for unknowns and refuses what it cannot compute', () => {
    expect(evalTemplate('hex(sha256(content + name))[0:16]', obj)).toBe(createHash('sha256').update('abcdisk').digest('hex').slice(0, 16));
    expect(evalTemplate('hex(sha256(content))[0:16]', obj)).toBe('ba7816bf8f01cfea');
    expect(evalTemplate('${id}.iso', obj)).toBe(PENDING);
    expect(evalTemplate('base64(content)', obj)).toBe(UNSUPPORTED);
    expect(evalTemplate('none', obj)).toBe('none');
  });
});

describe('behaviour tables', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfsim-tables-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (doc: unknown) => {
    const f = path.join(dir, 't.json');
    fs.writeFileSync(f, JSON.stringify(doc));
    return f;
  };
  const base = { provider: 'registry.terraform.io/x/y', version: '1.0.0' };

  it('names the file, the place and what is allowed when a table is malformed', () => {
    const f = write({ ...base, resources: { y_thing: { replace: [{ path: ['a'], kind: 'Replace' }] } } });
    expect(() => readBehaviour(f)).toThrow(`${f}: resources.y_thing.replace[0].kind: is "Replace"; allowed: RequiresReplace, RequiresReplaceIf, RequiresReplaceIfConfigured, ForceNew`);
    const g = write({ ...base, resources: { y_thing: { refusedUpdates: [{ path: ['a'], error: 'no', when: 'shrink' }] } } });
    expect(() => readBehaviour(g)).toThrow(`${g}: resources.y_thing.refusedUpdates[0].when: is "shrink"; allowed: "decrease", "increase", "added", "removed" or {"from": value, "to": value}`);
  });

  it('reports types and paths the schema lacks, and marks computed paths in the schema', () => {
    const schema: ProviderSchemaJson = {
      provider: { block: {} },
      resource_schemas: { y_thing: { block: { attributes: { a: { type: 'string', optional: true }, l: { type: ['list', ['object', { m: 'string' }]], optional: true } } } } },
    };
    const table = {
      ...base,
      resources: { y_thing: { computed: [['a'], ['l', '*', 'm']], replace: [{ path: ['b'], kind: 'RequiresReplace' }] }, y_other: {} },
    } as BehaviourTable;
    expect(applyBehaviour(schema, table)).toEqual([
      'y_thing replace: no attribute or block "b" at ["b"]',
      'y_thing computed: ["l","*","m"] is inside a plain-typed attribute, which only an "sdkv2" resource may fill',
      'y_other: no such resource type in the provider schema',
    ]);
    expect(schema.resource_schemas!.y_thing.block.attributes!.a).toEqual({ type: 'string', optional: true, computed: true });
  });
});
