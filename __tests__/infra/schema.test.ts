/**
 * The synthesized Terraform of every site validates against the pinned provider schemas
 * (`schemas/terraform/*.json` of the repository, or `$SITEKIT_SCHEMA_DIR`; `terraform providers
 * schema -json` format). Every provider the stacks pin has a schema file there: a resource that
 * could not be validated (its provider's file missing) fails the test, naming the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { synthInfra } from '../../infra/app';
import {
  formatViolation,
  schemaLookup,
  validateTerraformJson,
  type ProviderSchema,
  type SchemaLookup,
} from '../support/validators/terraform-schema';
import { parse, stringify } from 'yaml';
import { loadSite, loadSiteFile, type Site } from '../../site';

const ROOT = path.join(__dirname, '..', '..');

const yamlIn = (dir: string) =>
  fs.existsSync(path.join(ROOT, dir))
    ? fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f))
    : [];
const SITES = ['site.yaml', ...yamlIn('examples'), ...yamlIn('__tests__/fixtures/valid')];

/** Shapes no committed site has yet: edits of committed sites, in memory. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const VARIANTS: [string, string, (doc: any) => void][] = [
  ['Proxmox with a Flatcar node (Ignition snippet, kvm_arguments) and a pinned checksum', 'examples/proxmox-minimal.yaml', (doc) => {
    doc.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img', checksum: `sha256:${'0'.repeat(64)}` };
    doc.nodes[1].image = 'flatcar';
    doc.nodes[1].disks.push({ name: 'longhorn', sizeGiB: 50, purpose: 'longhorn' });
  }],
  ['libvirt with an Intel GPU passed through to a Debian worker (hostdevs)', 'site.yaml', (doc) => {
    Object.assign(doc.nodes.find((n: { name: string }) => n.name === 'worker1'), { image: 'debian', gpu: { vendor: 'intel', pci: '0000:0a:1f.7' } });
  }],
  ['libvirt on two hosts: aliased provider, pool, base image and bridge network of the second host, a VM on it', 'site.yaml', (doc) => {
    const { host, pool, bridge } = doc.hypervisor;
    doc.hypervisor = { kind: 'libvirt', hosts: [{ name: 'h1', host, pool, bridge }, { name: 'h2', host: '192.168.0.41', pool: { name: 'mc2', path: '/srv/mc2' }, bridge: 'br0' }] };
    doc.nodes.find((n: { name: string }) => n.name === 'infra-cluster').host = 'h2';
  }],
  ['libvirt with a DHCP range on a NAT network and an S3 backend', 'site.yaml', (doc) => {
    doc.networks.find((n: { name: string }) => n.name === 'kube02').dhcp = { start: '10.17.3.100', end: '10.17.3.150' };
    doc.terraform = { backend: { kind: 's3', bucket: 'b', region: 'r', endpoint: 'https://s3.lan' } };
  }],
];
const variant = (file: string, edit: (doc: unknown) => void): Site => {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  edit(doc);
  return loadSite(stringify(doc), file).site;
};

describe('synthesized Terraform validates against the provider schemas', () => {
  const lookup = schemaLookup();

  const check = (site: Site) => {
    const problems: string[] = [];
    let checked = 0;
    for (const [stack, tf] of synthInfra(site)) {
      const result = validateTerraformJson(tf, lookup);
      problems.push(...result.violations.map((v) => `${stack}: ${formatViolation(v)}`));
      checked += result.checked.length;
      problems.push(...result.unchecked.map((u) => `${stack}: ${u.address}: not validated: ${u.reason}`));
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  };

  it.each(SITES)('%s', (file) => check(loadSiteFile(path.join(ROOT, file)).site));
  it.each(VARIANTS)('variant: %s (%s)', (_what, file, edit) => check(variant(file, edit)));
});

describe('the schema validator', () => {
  // A tiny provider "toy" in the same format as `terraform providers schema -json`.
  const toy: ProviderSchema = {
    provider: { block: { attributes: { uri: { type: 'string', optional: true } } } },
    resource_schemas: {
      toy_vm: {
        block: {
          attributes: {
            name: { type: 'string', required: true },
            memory: { type: 'number', optional: true },
            running: { type: 'bool', optional: true },
            tags: { type: ['list', 'string'], optional: true },
            labels: { type: ['map', 'string'], optional: true },
            nics: { type: ['list', ['object', { bridge: 'string', vlan: 'number' }]], optional: true, computed: true },
            opts: { type: ['object', { a: 'string', b: 'number' }, ['b']], optional: true },
            id: { type: 'string', computed: true },
            old: { type: 'string', optional: true, deprecated: true },
            os: {
              optional: true,
              nested_type: {
                nesting_mode: 'single',
                attributes: { type: { type: 'string', required: true }, boot: { type: ['list', 'string'], optional: true } },
              },
            },
            disks: {
              optional: true,
              nested_type: {
                nesting_mode: 'list',
                max_items: 2,
                attributes: {
                  target: { optional: true, nested_type: { nesting_mode: 'single', attributes: { dev: { type: 'string', optional: true } } } },
                  size: { type: 'number', required: true },
                },
              },
            },
            ports: { optional: true, nested_type: { nesting_mode: 'set', attributes: { port: { type: 'number', required: true } } } },
            env: { optional: true, nested_type: { nesting_mode: 'map', attributes: { value: { type: 'string', required: true } } } },
          },
          block_types: {
            agent: { nesting_mode: 'list', max_items: 1, block: { attributes: { enabled: { type: 'bool', optional: true } } } },
            cpu: { nesting_mode: 'list', min_items: 1, max_items: 1, block: { attributes: { cores: { type: 'number', required: true } } } },
            disk: { nesting_mode: 'list', max_items: 3, block: { attributes: { size: { type: 'number', required: true } } } },
            serial: { nesting_mode: 'single', block: { attributes: { type: { type: 'string', optional: true } } } },
            host: { nesting_mode: 'map', block: { attributes: { ip: { type: 'string', required: true } } } },
          },
        },
      },
    },
    data_source_schemas: { toy_image: { block: { attributes: { name: { type: 'string', required: true }, id: { type: 'string', computed: true } } } } },
  };
  const lookup: SchemaLookup = (source, version) => (source === 'example/toy' && version === '1.2.3' ? toy : undefined);
  const stack = (vm: object, extra: object = {}) => ({
    terraform: { required_providers: { toy: { source: 'example/toy', version: '1.2.3' }, cloudflare: { source: 'cloudflare/cloudflare', version: '5.14.0' } } },
    resource: { toy_vm: { web_vm_1A2B3C4D: { name: 'web', cpu: { cores: 2 }, ...vm } } },
    ...extra,
  });
  const errors = (tf: object) => validateTerraformJson(tf, lookup).violations.map(formatViolation);

  it('accepts a valid resource, with interpolations for any type', () => {
    const ok = stack({
      memory: '${var.memory}',
      running: true,
      tags: ['a', '${var.tag}'],
      labels: { env: 'prod' },
      nics: [{ bridge: 'vmbr0', vlan: null }],
      opts: { a: 'x' },
      os: { type: 'hvm', boot: ['hd'] },
      disks: [{ size: 10, target: { dev: 'vda' } }, { size: '${var.size}' }],
      ports: [{ port: 22 }],
      env: { A: { value: 'b' } },
      agent: { enabled: true },
      disk: [{ size: 1 }, { size: 2 }],
      serial: { type: 'socket' },
      host: { one: { ip: '10.0.0.1' } },
      lifecycle: { prevent_destroy: true, ignore_changes: ['tags'] },
      depends_on: ['toy_vm.other'],
      '//': { metadata: { path: 'x' } },
    });
    expect(errors(ok)).toEqual([]);
    expect(validateTerraformJson(ok, lookup).checked).toEqual(['toy_vm.web_vm_1A2B3C4D']);
  });

  it('catches a typo in an attribute name, naming the resource address and the path', () => {
    expect(errors(stack({ memroy: 1024 }))).toEqual(['toy_vm.web_vm_1A2B3C4D: memroy: unknown attribute (did you mean "memory"?)']);
    expect(errors(stack({ os: { type: 'hvm', boots: ['hd'] } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: os.boots: unknown attribute (did you mean "boot"?)']);
    expect(errors(stack({ disks: [{ size: 1, target: { devv: 'vda' } }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: disks[0].target.devv: unknown attribute (did you mean "dev"?)']);
    expect(errors(stack({ nics: [{ bridge: 'b', vlan: 1, vlna: 2 }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: nics[0].vlna: unknown attribute of the object (did you mean "vlan"?)']);
    expect(errors(stack({ lifecycle: { prevent_destory: true } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: lifecycle.prevent_destory: unknown lifecycle argument (did you mean "prevent_destroy"?)']);
  });

  it('catches a missing required attribute or block', () => {
    expect(errors({ ...stack({}), resource: { toy_vm: { a: { cpu: { cores: 1 } } } } })).toEqual(['toy_vm.a: name: missing required attribute']);
    expect(errors({ ...stack({}), resource: { toy_vm: { a: { name: 'a' } } } })).toEqual(['toy_vm.a: cpu: missing required block (at least 1)']);
    expect(errors(stack({ os: { boot: [] } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: os.type: missing required attribute']);
    expect(errors(stack({ disks: [{ target: {} }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: disks[0].size: missing required attribute']);
    expect(errors(stack({ name: null }))).toEqual(['toy_vm.web_vm_1A2B3C4D: name: is required and cannot be null']);
  });

  it('catches a wrong type', () => {
    expect(errors(stack({ memory: '1024' }))).toEqual(['toy_vm.web_vm_1A2B3C4D: memory: must be a number, got string "1024"']);
    expect(errors(stack({ running: 'yes' }))).toEqual(['toy_vm.web_vm_1A2B3C4D: running: must be a bool, got string "yes"']);
    expect(errors(stack({ name: 42 }))).toEqual(['toy_vm.web_vm_1A2B3C4D: name: must be a string, got number 42']);
    expect(errors(stack({ tags: 'a' }))).toEqual(['toy_vm.web_vm_1A2B3C4D: tags: must be a list of string, got string "a"']);
    expect(errors(stack({ tags: ['a', 1] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: tags[1]: must be a string, got number 1']);
    expect(errors(stack({ labels: { a: true } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: labels["a"]: must be a string, got bool true']);
    expect(errors(stack({ opts: { b: 1 } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: opts: object is missing attribute "a" (Terraform requires every attribute of an object type; set unused ones to null)']);
    expect(errors(stack({ nics: [{ bridge: 'vmbr0' }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: nics[0]: object is missing attribute "vlan" (Terraform requires every attribute of an object type; set unused ones to null)']);
    expect(errors(stack({ disks: [{ size: '10' }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: disks[0].size: must be a number, got string "10"']);
    expect(errors(stack({ cpu: { cores: true } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: cpu.cores: must be a number, got bool true']);
  });

  it('catches a block used as an attribute and an attribute used as a block', () => {
    expect(errors(stack({ agent: true }))).toEqual(['toy_vm.web_vm_1A2B3C4D: agent: is a block (list), not an attribute: write an object or a list of objects, got bool true']);
    expect(errors(stack({ serial: '${var.serial}' }))).toEqual(['toy_vm.web_vm_1A2B3C4D: serial: is a block (single), not an attribute: write an object, got string "${var.serial}"']);
    expect(errors(stack({ nics: { bridge: 'vmbr0', vlan: 1 } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: nics: must be a list of object, got an object (an attribute, not a block: write a list of objects)']);
    expect(errors(stack({ os: [{ type: 'hvm' }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: os: must be an object (single nested attribute), got a list']);
    expect(errors(stack({ disks: { size: 1 } }))).toEqual(['toy_vm.web_vm_1A2B3C4D: disks: must be a list of objects (list nested attribute), got an object']);
    expect(errors(stack({ env: [{ value: 'x' }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: env: must be a map of objects (map nested attribute), got a list (1 elements)']);
    expect(errors(stack({ host: [{ ip: 'x' }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: host: is a map block: write an object keyed by label']);
  });

  it('checks min/max items of blocks and nested attributes', () => {
    expect(errors(stack({ disk: [{ size: 1 }, { size: 2 }, { size: 3 }, { size: 4 }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: disk: takes at most 3 blocks, got 4']);
    expect(errors(stack({ agent: [{}, {}] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: agent: takes at most 1 blocks, got 2']);
    expect(errors(stack({ disks: [{ size: 1 }, { size: 2 }, { size: 3 }] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: disks: takes at most 2 elements, got 3']);
    expect(errors(stack({ cpu: [] }))).toEqual(['toy_vm.web_vm_1A2B3C4D: cpu: needs at least 1 blocks, got 0']);
  });

  it('rejects read-only attributes, unknown types, and checks data sources and provider blocks', () => {
    expect(errors(stack({ id: 'x' }))).toEqual(['toy_vm.web_vm_1A2B3C4D: id: is read-only (computed by the provider) and cannot be set']);
    expect(errors({ ...stack({}), resource: { toy_vn: { a: { name: 'a' } } } })).toEqual(['toy_vn.a: unknown resource type "toy_vn" in provider "toy" (did you mean "toy_vm"?)']);
    expect(errors(stack({}, { data: { toy_image: { img: { nmae: 'x' } } } }))).toEqual([
      'data.toy_image.img: nmae: unknown attribute (did you mean "name"?)',
      'data.toy_image.img: name: missing required attribute',
    ]);
    expect(errors(stack({}, { provider: { toy: [{ url: 'qemu:///system' }] } }))).toEqual(['provider.toy: url: unknown attribute (did you mean "uri"?)']);
    expect(validateTerraformJson(stack({ old: 'x' }), lookup).warnings.map(formatViolation)).toEqual(['toy_vm.web_vm_1A2B3C4D: old: is deprecated']);
  });

  it('lists resources of providers without a schema, or without an exact pin, as unchecked', () => {
    const tf = {
      terraform: { required_providers: { toy: { source: 'example/toy', version: '~> 1.2' }, cloudflare: { source: 'cloudflare/cloudflare', version: '5.14.0' } } },
      resource: { toy_vm: { a: { name: 'a', cpu: { cores: 1 } } }, cloudflare_dns_record: { r: { anything: 1 } }, tls_private_key: { k: {} } },
    };
    const r = validateTerraformJson(tf, lookup);
    expect(r.violations).toEqual([]);
    expect(r.checked).toEqual([]);
    expect(r.unchecked).toEqual([
      { address: 'toy_vm.a', reason: 'provider "toy" (example/toy) is not pinned to an exact version ("~> 1.2")' },
      { address: 'cloudflare_dns_record.r', reason: 'no schema file for cloudflare/cloudflare 5.14.0 (terraform/cloudflare-cloudflare-5.14.0.json of the schema directory)' },
      { address: 'tls_private_key.k', reason: 'provider "tls" is not in terraform.required_providers' },
    ]);
  });
});
