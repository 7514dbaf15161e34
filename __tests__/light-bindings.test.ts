/**
 * tools/light-bindings.ts: the synth's stand-ins for the generated cdk8s bindings. They must take
 * over every generated module whole (or the synth loads the real one after all), convert exactly
 * as the generated `toJson_` functions do for any input, and give the same cluster trees.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { parse, stringify } from 'yaml';
import { converters, lightExports, parseBindings, type BindingTable } from '../tools/light-bindings';
import { loadSite, type Site } from '../site';

const ROOT = path.join(__dirname, '..');
const K8S = require.resolve('cdk8s-plus-28/lib/imports/k8s');
const CRDS = fs
  .readdirSync(path.join(ROOT, 'imports', 'k8s'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** The JavaScript tsc emits for a generated module (the synth reads lib/imports/k8s/*.js). */
function javascriptOf(file: string): string {
  if (file.endsWith('.js')) return fs.readFileSync(file, 'utf8');
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true } });
  return out.outputText;
}

/** [module id as cluster/ requires it, file, its table, its real exports]. */
const MODULES: [string, string, BindingTable, Record<string, unknown>][] = [
  ['cdk8s-plus-28/lib/imports/k8s', K8S, parseBindings(javascriptOf(K8S)), jest.requireActual('cdk8s-plus-28/lib/imports/k8s')],
  ...CRDS.map((f): [string, string, BindingTable, Record<string, unknown>] => {
    const file = path.join(ROOT, 'imports', 'k8s', f);
    const id = `../imports/k8s/${f.replace(/\.ts$/, '')}`;
    return [id, file, parseBindings(javascriptOf(file)), jest.requireActual(id)];
  }),
];

describe('every generated module is taken over whole', () => {
  it.each(MODULES.map(([id, file, table]) => [id, file, table] as const))('%s', (_id, file, table) => {
    const js = javascriptOf(file);
    const names = (re: RegExp) => [...js.matchAll(re)].map((m) => m[1]).sort();
    expect(Object.keys(table.fns).sort()).toEqual(names(/^function (toJson_\w+)\(obj\)/gm));
    expect([...Object.keys(table.classes), ...Object.keys(table.values)].sort()).toEqual(names(/^class (\w+)/gm));
    expect(Object.keys(table.enums).sort()).toEqual(names(/^var (\w+);/gm));
  });
});

/**
 * An input for a `toJson_` function with every field set, nested `depth` levels deep: each kind
 * of field gets a value that tells its conversion apart (maps with an undefined entry, value
 * objects, dates, lists with several elements...).
 */
function sample(table: BindingTable, fn: string, depth: number, seed: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  table.fns[fn].split('\n').forEach((line, i) => {
    const [json, tsName, kind, child] = line.split('\t');
    const key = tsName || json;
    const n = seed * 31 + i;
    const nested = () => (child && depth > 0 ? sample(table, child, depth - 1, n) : undefined);
    switch (kind) {
      case 's':
        o[key] = i % 3 === 0 ? `v${n}` : i % 3 === 1 ? n : { free: [`form ${n}`], b: true };
        break;
      case 'l':
        o[key] = [`a${n}`, `b${n}`];
        break;
      case 'v':
        o[key] = { value: i % 2 ? n : `q${n}` };
        break;
      case 'd':
        o[key] = new Date(Date.UTC(2024, 0, 1, 0, 0, n % 60));
        break;
      case 'f':
        o[key] = nested();
        break;
      case 'fl':
        o[key] = depth > 0 ? [nested(), nested()] : undefined;
        break;
      case 'm':
        o[key] = { z: `z${n}`, skipped: undefined, a: `a${n}` };
        break;
      case 'mv':
        o[key] = { z: { value: n }, skipped: undefined, a: { value: `a${n}` } };
        break;
      case 'ml':
        o[key] = { z: [`z${n}`], skipped: undefined, a: [] };
        break;
      case 'mf':
        o[key] = depth > 0 ? { z: nested(), skipped: undefined } : undefined;
        break;
      case 'mfl':
        o[key] = depth > 0 ? { z: [nested()], skipped: undefined } : undefined;
        break;
    }
  });
  return o;
}

describe('the converters write what the generated toJson_ functions write', () => {
  it.each(MODULES.map(([id, , table, real]) => [id, table, real] as const))('%s: every function, every field', (_id, table, real) => {
    const convert = converters(table);
    for (const fn of Object.keys(table.fns)) {
      for (const depth of [0, 2]) {
        const input = sample(table, fn, depth, fn.length);
        const expected = JSON.stringify((real[fn] as (o: unknown) => unknown)(input));
        expect([fn, JSON.stringify(convert(fn, input))]).toEqual([fn, expected]);
      }
      expect(convert(fn, undefined)).toBeUndefined();
    }
  });

  it('value classes and enums are the generated ones', () => {
    for (const [, file, table, real] of MODULES) {
      const light = lightExports(file, table, () => real);
      for (const [name, factories] of Object.entries(table.values)) {
        for (const f of factories) {
          const make = (x: Record<string, unknown>) => (x[name] as Record<string, (v: unknown) => unknown>)[f];
          expect(JSON.stringify(make(light)('10Gi'))).toEqual(JSON.stringify(make(real)('10Gi')));
        }
      }
      for (const name of Object.keys(table.enums)) expect(light[name]).toEqual(real[name]);
    }
  });

  it('a name the table lacks comes from the real module', () => {
    const [, file, table, real] = MODULES[0];
    const light = lightExports(file, { ...table, classes: {} }, () => real);
    expect(light.KubeNamespace).toBe(real.KubeNamespace);
    expect(light.__esModule).toBe(true);
    expect(Object.keys(light).sort()).toEqual([...new Set([...Object.keys(real), 'KubeNamespace', '__esModule'])].sort());
    expect({ ...light }.IntOrString).toBe(light.IntOrString);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

/** Every cluster tree of a site as YAML text, built with the light or with the generated bindings. */
function trees(binding: 'light' | 'generated', site: Site): string {
  let out = '';
  let mocked = 0;
  jest.isolateModules(() => {
    if (binding === 'light') {
      for (const [id, file, table, real] of MODULES) {
        jest.doMock(id, () => {
          mocked++;
          return lightExports(file, table, () => real);
        });
      }
    }
    const { synthClusters } = require('../cluster/app') as typeof import('../cluster/app');
    const { toYaml } = require('../tools/render') as typeof import('../tools/render');
    for (const [name, tree] of synthClusters(site)) for (const [file, objects] of tree) out += `# ${name}/${file}\n${toYaml(objects)}`;
  });
  for (const [id] of MODULES) jest.dontMock(id);
  if (binding === 'light') expect(mocked).toBeGreaterThan(5);
  return out;
}

describe('the same cluster trees', () => {
  const sites: [string, () => Site][] = [
    ['site.yaml', () => siteOf('site.yaml')],
    ['examples/multi-cluster.yaml', () => siteOf('examples/multi-cluster.yaml')],
    ['examples/proxmox-minimal.yaml', () => siteOf('examples/proxmox-minimal.yaml')],
    ...fs.readdirSync(path.join(ROOT, '__tests__', 'fixtures', 'valid')).map((f): [string, () => Site] => [`fixtures/valid/${f}`, () => siteOf(`__tests__/fixtures/valid/${f}`)]),
  ];
  it.each(sites)('%s', (_name, site) => {
    const s = site();
    const light = trees('light', s);
    expect(light.length).toBeGreaterThan(1000);
    expect(light).toBe(trees('generated', s));
  });
});
