/**
 * infra/backends/libvirt-domain.ts, the light `libvirt_domain` binding, against the generated one
 * (imports/providers/libvirt/domain): the same Terraform JSON for every libvirt site, the same
 * attribute names and order as the generated code, and a loud error for an attribute it lacks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { blockToTerraform, DOMAIN, Domain as LightDomain, type BlockShape } from '../../../infra/backends/libvirt-domain';
import { TerraformApp, TerraformStack } from '../../../infra/tf';
import { loadSite, type Site } from '../../../site';

const ROOT = path.join(__dirname, '..', '..', '..');
const GENERATED = path.join(ROOT, 'imports', 'providers', 'libvirt', 'domain');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function siteOf(file: string, edit?: (doc: Json) => void): Site {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit?.(doc);
  return loadSite(stringify(doc), file).site;
}

/** The infra stacks of a site, with the light binding or with the generated one in its place. */
function synthWith(binding: 'light' | 'generated', site: Site): Json {
  let out: Json;
  let mocked = false;
  jest.isolateModules(() => {
    if (binding === 'generated') {
      jest.doMock('../../../infra/backends/libvirt-domain', () => {
        mocked = true;
        return { Domain: jest.requireActual('../../../imports/providers/libvirt/domain').Domain };
      });
    }
    const { synthInfra } = require('../../../infra/app') as typeof import('../../../infra/app');
    const { withoutTokenStacks } = require('../../../synth/render') as typeof import('../../../synth/render');
    out = JSON.parse(JSON.stringify(Object.fromEntries(withoutTokenStacks(() => synthInfra(site)))));
  });
  jest.dontMock('../../../infra/backends/libvirt-domain');
  expect(mocked).toBe(binding === 'generated');
  return out;
}

const SITES: [string, Site][] = [
  ['site.yaml', siteOf('site.yaml')],
  ['fixtures/valid/minimal-libvirt.yaml', siteOf('__tests__/fixtures/valid/minimal-libvirt.yaml')],
  ['fixtures/valid/multi-cluster.yaml', siteOf('__tests__/fixtures/valid/multi-cluster.yaml')],
  [
    'site.yaml with Debian workers that have MACs of their own',
    siteOf('site.yaml', (doc) => {
      for (const n of doc.nodes) if (n.name.startsWith('worker')) Object.assign(n, { image: 'debian', mac: '52:54:00:aa:bb:0' + n.name.slice(-1) });
    }),
  ],
  [
    'site.yaml with a GPU passed through to a Debian worker (hostdevs)',
    siteOf('site.yaml', (doc) => {
      Object.assign(doc.nodes.find((n: Json) => n.name === 'worker1'), { image: 'debian', gpu: { vendor: 'intel', pci: '0000:00:02.0' } });
    }),
  ],
];

describe('the same Terraform JSON as the generated binding', () => {
  it.each(SITES)('%s', (_name, site) => {
    expect(site.spec.hypervisor.kind).toBe('libvirt');
    const light = synthWith('light', site);
    const generated = synthWith('generated', site);
    expect(Object.keys(light.nodes.resource.libvirt_domain).length).toBeGreaterThan(0);
    expect(JSON.stringify(light, null, 2)).toBe(JSON.stringify(generated, null, 2));
  });
});

/** The attributes a generated `...ToTerraform` function (or `synthesizeAttributes`) writes, in order: [terraform key, config key]. */
function generatedOrder(fn: string): [string, string][] {
  const files = [path.join(GENERATED, 'index.ts'), ...fs.readdirSync(path.join(GENERATED, 'index-structs')).map((f) => path.join(GENERATED, 'index-structs', f))];
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const start = fn === 'synthesizeAttributes' ? text.indexOf('protected synthesizeAttributes()') : text.indexOf(`export function ${fn}(`);
    if (start < 0) continue;
    const body = text.slice(start, text.indexOf('\n}', start) >= 0 && fn !== 'synthesizeAttributes' ? text.indexOf('\n}', start) : text.indexOf('\n  }', start));
    return [...body.matchAll(/^\s+(\w+): .*?(?:struct!|this)\.(_?\w+)/gm)].map((m) => [m[1], m[2].replace(/^_/, '')]);
  }
  throw new Error(`${fn} not found in the generated binding`);
}

describe('the shapes follow the generated code', () => {
  const check = (shape: BlockShape, fn: string) => {
    const order = generatedOrder(fn);
    const positions = Object.entries(shape).map(([key, spec]) => {
      const tf = typeof spec === 'string' ? spec : spec[0];
      const i = order.findIndex(([t, c]) => t === tf && c === key);
      expect([fn, key, tf, i >= 0]).toEqual([fn, key, tf, true]);
      if (typeof spec !== 'string') check(spec[1], `${fn.replace(/ToTerraform$/, '')}${key[0].toUpperCase()}${key.slice(1)}ToTerraform`);
      return i;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  };

  it('every attribute exists under that name and comes in the generated order, at every level', () => {
    const order = generatedOrder('synthesizeAttributes');
    const positions = Object.entries(DOMAIN).map(([key, spec]) => {
      const tf = typeof spec === 'string' ? spec : spec[0];
      const i = order.findIndex(([t, c]) => t === tf && c === key);
      expect([key, tf, i >= 0]).toEqual([key, tf, true]);
      if (typeof spec !== 'string') check(spec[1], `domain${key[0].toUpperCase()}${key.slice(1)}ToTerraform`);
      return i;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('attributes it does not know', () => {
  it('fail when the resource is defined, naming the attribute', () => {
    const stack = new TerraformStack(new TerraformApp({ outdir: '/nonexistent' }), 's');
    const config = { name: 'x', type: 'kvm', devices: { disks: [{ target: { dev: 'vda' }, wwn: 'abc' }] } };
    expect(() => new LightDomain(stack, 'd', config as never)).toThrow(/libvirt_domain\.devices\.disks\[0\]\.wwn: not an attribute the light libvirt_domain binding writes/);
  });

  it('pass tokens and absent blocks through as they are', () => {
    expect(blockToTerraform(undefined, DOMAIN, 'x')).toBeUndefined();
    expect(blockToTerraform({ name: 'n', cpu: undefined }, DOMAIN, 'x')).toEqual(expect.objectContaining({ name: 'n', cpu: undefined }));
  });
});
