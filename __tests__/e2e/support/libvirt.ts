/**
 * libvirt, for real: the XML the dmacvicar/libvirt 0.9.7 provider sends to libvirt for the
 * `libvirt_domain`, `libvirt_network` and `libvirt_pool` resources sitekit writes, and a private
 * libvirtd (Debian's, qemu driver) to define it on.
 *
 * The provider's schema mirrors libvirt's XML (it is generated from libvirt-go-xml): a block is an
 * element, a scalar an attribute, `value` + `value_unit` style pairs an element's text and its
 * `unit`, presence-only elements (`<acpi/>`, `<readonly/>`) booleans, and the source of a disk or
 * interface sets its `type` (`source.volume` → `type="volume"`, `source.network` →
 * `type="network"`). `running` and `autostart` are provider actions, not XML. The converter
 * knows the attributes sitekit sets and refuses any other, so a new attribute cannot be dropped
 * without a test failing.
 *
 * The libvirtd runs in its own mount and network namespaces, with its configuration, state and
 * sockets in the run's directory (bind-mounted over /etc/libvirt, /run/libvirt, /var/lib/libvirt,
 * /var/cache/libvirt): it sees no host networks or domains, starts nothing at boot, and leaves
 * nothing behind. Objects are only defined, never started.
 */
import * as fs from 'fs';
import * as path from 'path';
import { have, must, Run, run as runCmd, runSync, waitFor } from './host';
import type { Json } from './site';

// ---------------------------------------------------------------- XML out

const esc = (v: unknown) =>
  String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface El {
  tag: string;
  attrs?: Record<string, unknown>;
  children?: (El | undefined)[];
  text?: unknown;
}

function xml(e: El, indent = ''): string {
  const attrs = Object.entries(e.attrs ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  const kids = (e.children ?? []).filter((c): c is El => !!c);
  const text = e.text === undefined || e.text === null || e.text === '' ? undefined : esc(e.text);
  if (!kids.length && text === undefined) return `${indent}<${e.tag}${attrs}/>`;
  if (!kids.length) return `${indent}<${e.tag}${attrs}>${text}</${e.tag}>`;
  return `${indent}<${e.tag}${attrs}>\n${kids.map((k) => xml(k, `${indent}  `)).join('\n')}\n${indent}</${e.tag}>`;
}

/** Fails on attributes of `obj` the converter does not map. */
function only(obj: Json, where: string, known: readonly string[]): void {
  for (const k of Object.keys(obj ?? {})) {
    if (!known.includes(k) && obj[k] !== undefined && obj[k] !== null) throw new Error(`${where}.${k}: an attribute the test's libvirt XML converter does not map (add it to __tests__/e2e/support/libvirt.ts, as provider 0.9.7 maps it)`);
  }
}

const one = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);

function diskXml(d: Json, where: string): El {
  only(d, where, ['boot', 'device', 'driver', 'read_only', 'serial', 'source', 'target']);
  only(d.source, `${where}.source`, ['volume', 'file']);
  only(d.driver, `${where}.driver`, ['name', 'type', 'discard']);
  only(d.target, `${where}.target`, ['dev', 'bus']);
  only(d.boot, `${where}.boot`, ['order']);
  const src = d.source?.volume ? { type: 'volume', el: { tag: 'source', attrs: { pool: d.source.volume.pool, volume: d.source.volume.volume } } } : d.source?.file ? { type: 'file', el: { tag: 'source', attrs: { file: d.source.file.file } } } : undefined;
  if (d.source?.volume) only(d.source.volume, `${where}.source.volume`, ['pool', 'volume']);
  return {
    tag: 'disk',
    attrs: { type: src?.type, device: d.device },
    children: [
      d.driver && { tag: 'driver', attrs: { name: d.driver.name, type: d.driver.type, discard: d.driver.discard } },
      src?.el,
      d.target && { tag: 'target', attrs: { dev: d.target.dev, bus: d.target.bus } },
      d.serial !== undefined ? { tag: 'serial', text: d.serial } : undefined,
      d.read_only ? { tag: 'readonly' } : undefined,
      d.boot && { tag: 'boot', attrs: { order: d.boot.order } },
    ],
  };
}

function interfaceXml(i: Json, where: string): El {
  only(i, where, ['mac', 'model', 'source']);
  only(i.source, `${where}.source`, ['network', 'bridge']);
  const src = i.source?.network
    ? { type: 'network', el: { tag: 'source', attrs: { network: i.source.network.network } } }
    : i.source?.bridge
      ? { type: 'bridge', el: { tag: 'source', attrs: { bridge: i.source.bridge.bridge } } }
      : undefined;
  return {
    tag: 'interface',
    attrs: { type: src?.type },
    children: [i.mac && { tag: 'mac', attrs: { address: i.mac.address } }, src?.el, i.model && { tag: 'model', attrs: { type: i.model.type } }],
  };
}

/** The domain XML provider 0.9.7 defines for a `libvirt_domain` (template strings already evaluated). */
export function domainXml(d: Json, where = 'libvirt_domain'): string {
  only(d, where, ['name', 'type', 'autostart', 'running', 'cpu', 'description', 'devices', 'features', 'memory', 'memory_unit', 'os', 'sys_info', 'vcpu', 'lifecycle', 'depends_on']);
  only(d.os, `${where}.os`, ['type', 'type_arch', 'type_machine']);
  only(d.features, `${where}.features`, ['acpi']);
  only(d.cpu, `${where}.cpu`, ['mode']);
  only(d.devices, `${where}.devices`, ['disks', 'interfaces']);
  const sys = one(d.sys_info);
  if (sys) only(sys, `${where}.sys_info`, ['fw_cfg']);
  return xml({
    tag: 'domain',
    attrs: { type: d.type },
    children: [
      { tag: 'name', text: d.name },
      d.description !== undefined ? { tag: 'description', text: d.description } : undefined,
      d.memory !== undefined ? { tag: 'memory', attrs: { unit: d.memory_unit }, text: d.memory } : undefined,
      d.vcpu !== undefined ? { tag: 'vcpu', text: d.vcpu } : undefined,
      sys?.fw_cfg
        ? {
            tag: 'sysinfo',
            attrs: { type: 'fwcfg' },
            children: (sys.fw_cfg.entry ?? []).map((e: Json) => ({ tag: 'entry', attrs: { name: e.name, file: e.file }, text: e.value })),
          }
        : undefined,
      d.os && { tag: 'os', children: [{ tag: 'type', attrs: { arch: d.os.type_arch, machine: d.os.type_machine }, text: d.os.type }] },
      d.features && { tag: 'features', children: [d.features.acpi ? { tag: 'acpi' } : undefined] },
      d.cpu && { tag: 'cpu', attrs: { mode: d.cpu.mode } },
      {
        tag: 'devices',
        children: [
          ...(d.devices?.disks ?? []).map((x: Json, i: number) => diskXml(x, `${where}.devices.disks[${i}]`)),
          ...(d.devices?.interfaces ?? []).map((x: Json, i: number) => interfaceXml(x, `${where}.devices.interfaces[${i}]`)),
        ],
      },
    ],
  });
}

/** The network XML provider 0.9.7 defines for a `libvirt_network`. */
export function networkXml(n: Json, where = 'libvirt_network'): string {
  only(n, where, ['name', 'autostart', 'bridge', 'domain', 'forward', 'ips', 'lifecycle', 'depends_on']);
  only(n.forward, `${where}.forward`, ['mode', 'dev']);
  only(n.bridge, `${where}.bridge`, ['name', 'stp', 'delay']);
  only(n.domain, `${where}.domain`, ['name']);
  return xml({
    tag: 'network',
    children: [
      { tag: 'name', text: n.name },
      n.forward && { tag: 'forward', attrs: { mode: n.forward.mode, dev: n.forward.dev } },
      n.bridge && { tag: 'bridge', attrs: { name: n.bridge.name, stp: n.bridge.stp, delay: n.bridge.delay } },
      n.domain && { tag: 'domain', attrs: { name: n.domain.name } },
      ...(n.ips ?? []).map((ip: Json, i: number) => {
        only(ip, `${where}.ips[${i}]`, ['address', 'prefix', 'netmask', 'family', 'dhcp']);
        if (ip.dhcp) only(ip.dhcp, `${where}.ips[${i}].dhcp`, ['ranges', 'hosts']);
        return {
          tag: 'ip',
          attrs: { family: ip.family, address: ip.address, prefix: ip.prefix, netmask: ip.netmask },
          children: [
            ip.dhcp && {
              tag: 'dhcp',
              children: [
                ...(ip.dhcp.ranges ?? []).map((r: Json) => ({ tag: 'range', attrs: { start: r.start, end: r.end } })),
                ...(ip.dhcp.hosts ?? []).map((h: Json) => ({ tag: 'host', attrs: { mac: h.mac, name: h.name, ip: h.ip } })),
              ],
            },
          ],
        };
      }),
    ],
  });
}

/** The pool XML provider 0.9.7 defines for a `libvirt_pool`. */
export function poolXml(p: Json, where = 'libvirt_pool'): string {
  only(p, where, ['name', 'type', 'target', 'lifecycle', 'depends_on']);
  only(p.target, `${where}.target`, ['path']);
  return xml({ tag: 'pool', attrs: { type: p.type }, children: [{ tag: 'name', text: p.name }, p.target && { tag: 'target', children: [{ tag: 'path', text: p.target.path }] }] });
}

// ---------------------------------------------------------------- XML in

/** An element of libvirt's XML output. */
export interface Node {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: Node[];
  text: string;
}

/** Reads the XML libvirt prints (no DTD, no CDATA, no namespaces needed). */
export function parseXml(text: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, close, tag, attrText, selfClose, chars] = m;
    const top = stack[stack.length - 1];
    if (chars !== undefined) {
      top.text += unesc(chars);
    } else if (tag && close) {
      if (top.tag !== tag) throw new Error(`malformed XML: </${tag}> closes <${top.tag}>`);
      top.text = top.text.trim();
      stack.pop();
    } else if (tag) {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = unesc(a[2] ?? a[3]);
      const el: Node = { tag, attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('malformed XML: unbalanced elements');
  return root.children[0];
}

/** The children of `n` along a path of tags. */
export function find(n: Node, ...tags: string[]): Node[] {
  let level = [n];
  for (const t of tags) level = level.flatMap((x) => x.children.filter((c) => c.tag === t));
  return level;
}

export interface PciSlot {
  readonly slot: number;
  readonly fn: number;
}

/** What libvirt assigned a defined domain, the facts the guest's configuration depends on. */
export interface Assigned {
  readonly type: string;
  readonly machine: string;
  readonly nics: { mac: string; model: string; network?: string; pci: PciSlot }[];
  readonly disks: { dev: string; bus: string; device: string; serial?: string; pci?: PciSlot; drive?: { controller: number; bus: number; unit: number } }[];
  readonly controllers: { type: string; model?: string; pci?: PciSlot }[];
  readonly balloon?: PciSlot;
  readonly video: number;
  readonly graphics: number;
}

const pci = (n: Node | undefined): PciSlot | undefined => {
  const a = n && find(n, 'address')[0];
  return a?.attrs.type === 'pci' && a.attrs.bus === '0x00' ? { slot: parseInt(a.attrs.slot, 16), fn: parseInt(a.attrs.function ?? '0x0', 16) } : undefined;
};

/** Reads the assigned devices from `virsh dumpxml`. */
export function assigned(dumpxml: string): Assigned {
  const d = parseXml(dumpxml);
  const dev = find(d, 'devices')[0];
  return {
    type: d.attrs.type,
    machine: find(d, 'os', 'type')[0]?.attrs.machine ?? '',
    nics: find(dev, 'interface').map((i) => ({
      mac: find(i, 'mac')[0]?.attrs.address ?? '',
      model: find(i, 'model')[0]?.attrs.type ?? '',
      network: find(i, 'source')[0]?.attrs.network,
      pci: pci(i)!,
    })),
    disks: find(dev, 'disk').map((x) => {
      const a = find(x, 'address')[0];
      const t = find(x, 'target')[0];
      return {
        dev: t?.attrs.dev ?? '',
        bus: t?.attrs.bus ?? '',
        device: x.attrs.device ?? 'disk',
        serial: find(x, 'serial')[0]?.text || undefined,
        pci: pci(x),
        drive: a?.attrs.type === 'drive' ? { controller: Number(a.attrs.controller), bus: Number(a.attrs.bus), unit: Number(a.attrs.unit) } : undefined,
      };
    }),
    controllers: find(dev, 'controller').map((c) => ({ type: c.attrs.type, model: c.attrs.model, pci: pci(c) })),
    balloon: pci(find(dev, 'memballoon')[0]),
    video: find(dev, 'video').length,
    graphics: find(dev, 'graphics').length,
  };
}

// ---------------------------------------------------------------- the daemon

/** A libvirtd of the run (see the module comment). */
export class Libvirtd {
  readonly uri: string;
  private constructor(
    private readonly run: Run,
    readonly dir: string,
  ) {
    this.uri = `qemu:///system?socket=${path.join(dir, 'run', 'libvirt-sock')}`;
  }

  static async start(r: Run): Promise<Libvirtd> {
    const dir = r.file('libvirtd', 'x').replace(/\/x$/, '');
    for (const sub of ['etc', 'run', 'lib', 'cache']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
    // Debian's configuration, without the autostarted default network.
    await must('cp', ['-a', '/etc/libvirt/.', path.join(dir, 'etc')]);
    fs.rmSync(path.join(dir, 'etc/qemu/networks'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'etc/qemu/networks/autostart'), { recursive: true });
    if (fs.existsSync('/var/lib/libvirt')) await must('cp', ['-a', '/var/lib/libvirt/.', path.join(dir, 'lib')]);
    fs.rmSync(path.join(dir, 'lib', 'dnsmasq'), { recursive: true, force: true });
    const script = path.join(dir, 'start.sh');
    fs.writeFileSync(
      script,
      [
        'set -e',
        `mount --bind ${dir}/etc /etc/libvirt`,
        'mkdir -p /run/libvirt /var/lib/libvirt /var/cache/libvirt',
        `mount --bind ${dir}/run /run/libvirt`,
        `mount --bind ${dir}/lib /var/lib/libvirt`,
        `mount --bind ${dir}/cache /var/cache/libvirt`,
        `exec libvirtd --pid-file ${dir}/libvirtd.pid`,
        '',
      ].join('\n'),
    );
    const log = path.join(dir, 'libvirtd.log');
    const d = r.spawnDaemon('libvirtd', 'unshare', ['--mount', '--net', '--propagation', 'private', 'sh', script], { log });
    let exited: number | null | undefined;
    void d.exited.then((c) => (exited = c));
    const l = new Libvirtd(r, dir);
    await waitFor('the private libvirtd to answer', 90_000, async () => {
      if (exited !== undefined) throw new Error(`libvirtd exited (${exited}):\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
      const v = await runCmd('virsh', ['-c', l.uri, 'version'], { timeoutMs: 20_000 });
      return v.code === 0 ? true : undefined;
    });
    return l;
  }

  /** virsh on this daemon. */
  virsh(...args: string[]): Promise<string> {
    return must('virsh', ['-q', '-c', this.uri, ...args], { timeoutMs: 60_000 });
  }

  private async define(kind: 'domain' | 'network' | 'pool', name: string, xmlText: string): Promise<void> {
    const file = this.run.file('libvirtd', 'xml', `${kind}-${name}.xml`);
    fs.writeFileSync(file, xmlText);
    const cmd = { domain: ['define', '--validate'], network: ['net-define'], pool: ['pool-define'] }[kind];
    await this.virsh(...cmd, file);
    const undef = { domain: 'undefine', network: 'net-undefine', pool: 'pool-undefine' }[kind];
    this.run.defer(`undefine ${kind} ${name}`, () => {
      const r = runSync('virsh', ['-q', '-c', this.uri, undef, name]);
      if (r.code !== 0 && !/not found|no (domain|network|storage pool)/i.test(r.stderr)) throw new Error(r.stderr.trim());
    });
  }

  defineDomain(name: string, xmlText: string): Promise<void> {
    return this.define('domain', name, xmlText);
  }
  defineNetwork(name: string, xmlText: string): Promise<void> {
    return this.define('network', name, xmlText);
  }
  definePool(name: string, xmlText: string): Promise<void> {
    return this.define('pool', name, xmlText);
  }

  /** Undefines now (the run's cleanup does it too, for whatever is left). */
  async undefine(kind: 'domain' | 'network' | 'pool', name: string): Promise<void> {
    await this.virsh({ domain: 'undefine', network: 'net-undefine', pool: 'pool-undefine' }[kind], name);
  }
}

/** True when this machine can run KVM guests (libvirt then accepts `type="kvm"` domains). */
export function kvmUsable(): boolean {
  try {
    fs.accessSync('/dev/kvm', fs.constants.R_OK | fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when the host has what the libvirt tests need. */
export const haveLibvirt = () => have('libvirtd') && have('virsh');

/** A domain of the site as defined: its node, the XML the provider sends, what libvirt assigned. */
export interface DefinedDomain {
  readonly node: string;
  readonly name: string;
  readonly xml: string;
  readonly assigned: Assigned;
  /** `type="kvm"` was replaced by `type="qemu"` for this machine, which has no KVM. */
  readonly typeReplaced: boolean;
}

/** The message libvirt 9 gives for a `type="kvm"` domain on a machine without KVM. */
export const NO_KVM_ERROR = /could not (get preferred machine|find capabilities) for \S+ (type|domaintype)=kvm/;

/**
 * Defines the site's pools, networks and domains (template strings evaluated by `evaluate`) on
 * `lv`. Without KVM a `type="kvm"` domain cannot be defined: it is first checked to fail for
 * exactly that reason, then defined as `type="qemu"` (the device model and its addresses do not
 * depend on the accelerator).
 */
export async function defineSite(lv: Libvirtd, resources: { type: string; name: string; path: string; body: Json }[], evaluate: (v: Json, where: string) => Json): Promise<Map<string, DefinedDomain>> {
  for (const p of resources.filter((r) => r.type === 'libvirt_pool')) await lv.definePool(p.body.name, poolXml(evaluate(p.body, `libvirt_pool.${p.name}`), `libvirt_pool.${p.name}`));
  for (const n of resources.filter((r) => r.type === 'libvirt_network')) await lv.defineNetwork(n.body.name, networkXml(evaluate(n.body, `libvirt_network.${n.name}`), `libvirt_network.${n.name}`));
  const out = new Map<string, DefinedDomain>();
  for (const d of resources.filter((r) => r.type === 'libvirt_domain')) {
    const where = `libvirt_domain.${d.name}`;
    const body = evaluate(d.body, where);
    const xmlText = domainXml(body, where);
    let defined = xmlText;
    let typeReplaced = false;
    if (body.type === 'kvm' && !kvmUsable()) {
      const err = await lv.defineDomain(body.name, xmlText).then(
        () => undefined,
        (e: Error) => e,
      );
      if (!err) throw new Error(`${where}: libvirt defined a type="kvm" domain on a machine without /dev/kvm; the test expected it to refuse`);
      if (!NO_KVM_ERROR.test(err.message)) throw new Error(`${where}: libvirt refused the domain: ${err.message}\n${xmlText}`);
      defined = xmlText.replace('<domain type="kvm">', '<domain type="qemu">');
      typeReplaced = true;
    }
    await lv.defineDomain(body.name, defined).catch((e: Error) => {
      throw new Error(`${where}: libvirt refused the domain: ${e.message}\n${defined}`);
    });
    out.set(d.path.split('/')[1], { node: d.path.split('/')[1], name: body.name, xml: xmlText, assigned: assigned(await lv.virsh('dumpxml', body.name)), typeReplaced });
  }
  return out;
}
