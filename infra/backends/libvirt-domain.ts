/**
 * `libvirt_domain` without its generated binding. The generated `Domain`
 * (imports/providers/libvirt/domain) mirrors the whole libvirt domain XML: 6.3 MB of JavaScript,
 * ~3,000 classes, and a ~30-object tree of output references built for every domain: loading and
 * building it is a large share of a libvirt site's synth (BENCHMARKS.md). We set a dozen
 * attributes; this writes exactly the JSON the generated binding writes for them (same keys, same
 * order: required attributes first, then the others by name, as the generator orders them) and
 * refuses any attribute it does not know, so a new one cannot be dropped silently: add it to
 * `DOMAIN` below, at its place in the generated order (`domainToTerraform` and the
 * `domain...ToTerraform` functions of the generated module). __tests__/infra/backends/libvirt-domain.test.ts
 * compares both bindings.
 */
import type { Construct } from 'constructs';
import type { DomainConfig } from '../../imports/providers/libvirt/domain';
import { TerraformResource, Tokenization } from '../tf';

/**
 * The attributes of a block, in the order the generated binding writes them: config key →
 * Terraform key, or [Terraform key, the attributes of the nested block(s)].
 */
export interface BlockShape {
  readonly [configKey: string]: string | readonly [string, BlockShape];
}

const DISK: BlockShape = {
  boot: ['boot', { order: 'order' }],
  device: 'device',
  driver: ['driver', { discard: 'discard', name: 'name', type: 'type' }],
  readOnly: 'read_only',
  serial: 'serial',
  source: ['source', { volume: ['volume', { pool: 'pool', volume: 'volume' }] }],
  target: ['target', { bus: 'bus', dev: 'dev' }],
};

const INTERFACE: BlockShape = {
  mac: ['mac', { address: 'address' }],
  model: ['model', { type: 'type' }],
  source: ['source', { network: ['network', { network: 'network' }] }],
};

/** A PCI host device (`<hostdev mode='subsystem' type='pci'>`), by its host address. */
const HOSTDEV: BlockShape = {
  managed: 'managed',
  subsysPci: ['subsys_pci', { source: ['source', { address: ['address', { bus: 'bus', domain: 'domain', function: 'function', slot: 'slot' }] }] }],
};

/** The attributes of `libvirt_domain` this binding writes. */
export const DOMAIN: BlockShape = {
  name: 'name',
  type: 'type',
  autostart: 'autostart',
  cpu: ['cpu', { mode: 'mode' }],
  description: 'description',
  devices: ['devices', { disks: ['disks', DISK], hostdevs: ['hostdevs', HOSTDEV], interfaces: ['interfaces', INTERFACE] }],
  features: ['features', { acpi: 'acpi' }],
  memory: 'memory',
  memoryUnit: 'memory_unit',
  os: ['os', { type: 'type', typeArch: 'type_arch' }],
  running: 'running',
  sysInfo: ['sys_info', { fwCfg: ['fw_cfg', { entry: ['entry', { name: 'name', value: 'value', file: 'file' }] }] }],
  vcpu: 'vcpu',
};

/** The config keys that are not attributes (meta-arguments, handled by TerraformResource). */
const META = new Set(['provider', 'dependsOn', 'count', 'lifecycle', 'provisioners', 'connection', 'forEach']);

/**
 * A block (or a list of blocks) as the generated `...ToTerraform` functions write it: keys renamed
 * and in the shape's order; tokens and absent values as they are.
 */
export function blockToTerraform(value: unknown, shape: BlockShape, where: string, skip: ReadonlySet<string> = new Set()): unknown {
  if (value === undefined || value === null || Tokenization.isResolvable(value)) return value;
  if (Array.isArray(value)) return value.map((v, i) => blockToTerraform(v, shape, `${where}[${i}]`));
  if (typeof value !== 'object') throw new Error(`${where}: expected a block, got ${JSON.stringify(value)}`);
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (!(key in shape) && !skip.has(key) && v[key] !== undefined) throw new Error(`${where}.${key}: not an attribute the light libvirt_domain binding writes (infra/backends/libvirt-domain.ts)`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(shape)) out[typeof spec === 'string' ? spec : spec[0]] = typeof spec === 'string' ? v[key] : blockToTerraform(v[key], spec[1], `${where}.${key}`);
  return out;
}

/** A `libvirt_domain` resource (dmacvicar/libvirt 0.9.7), configured like the generated `Domain`. */
export class Domain extends TerraformResource {
  static readonly tfResourceType = 'libvirt_domain';

  private readonly config: DomainConfig;

  constructor(scope: Construct, id: string, config: DomainConfig) {
    super(scope, id, {
      terraformResourceType: 'libvirt_domain',
      terraformGeneratorMetadata: { providerName: 'libvirt', providerVersion: '0.9.7', providerVersionConstraint: '0.9.7' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    // Checked now, as the generated binding's setters would fail now: not at synth time.
    blockToTerraform(config, DOMAIN, 'libvirt_domain', META);
    this.config = config;
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return blockToTerraform(this.config, DOMAIN, 'libvirt_domain', META) as { [name: string]: unknown };
  }
}
