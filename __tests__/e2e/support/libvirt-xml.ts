/**
 * The XML the dmacvicar/libvirt 0.9.7 provider sends to libvirt for the `libvirt_domain`,
 * `libvirt_network` and `libvirt_pool` resources sitekit writes, and a reader of the XML libvirt
 * prints back (what it assigned a defined domain).
 *
 * The provider's schema mirrors libvirt's XML (it is generated from libvirt-go-xml): a block is an
 * element, a scalar an attribute, `value` + `value_unit` style pairs an element's text and its
 * `unit`, presence-only elements (`<acpi/>`, `<readonly/>`) booleans, and the source of a disk or
 * interface sets its `type` (`source.volume` → `type="volume"`, `source.network` →
 * `type="network"`). `running` and `autostart` are provider actions, not XML. The converter
 * knows the attributes sitekit sets and refuses any other, so a new attribute cannot be dropped
 * without a test failing.
 */
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

/** A PCI hostdev: libvirtxml writes the address as hex (domain 4 digits, bus and slot 2) and `managed` as yes/no. */
function hostdevXml(h: Json, where: string): El {
  only(h, where, ['managed', 'subsys_pci']);
  only(h.subsys_pci, `${where}.subsys_pci`, ['source']);
  only(h.subsys_pci?.source, `${where}.subsys_pci.source`, ['address']);
  const a = h.subsys_pci?.source?.address ?? {};
  only(a, `${where}.subsys_pci.source.address`, ['domain', 'bus', 'slot', 'function']);
  const hex = (v: number, width: number) => `0x${v.toString(16).padStart(width, '0')}`;
  return {
    tag: 'hostdev',
    attrs: { mode: 'subsystem', type: 'pci', managed: h.managed === undefined ? undefined : h.managed ? 'yes' : 'no' },
    children: [{ tag: 'source', children: [{ tag: 'address', attrs: { domain: hex(a.domain, 4), bus: hex(a.bus, 2), slot: hex(a.slot, 2), function: hex(a.function, 1) } }] }],
  };
}

/** The domain XML provider 0.9.7 defines for a `libvirt_domain` (template strings already evaluated). */
export function domainXml(d: Json, where = 'libvirt_domain'): string {
  only(d, where, ['name', 'type', 'autostart', 'running', 'cpu', 'description', 'devices', 'features', 'memory', 'memory_unit', 'os', 'sys_info', 'vcpu', 'lifecycle', 'depends_on']);
  only(d.os, `${where}.os`, ['type', 'type_arch', 'type_machine']);
  only(d.features, `${where}.features`, ['acpi']);
  only(d.cpu, `${where}.cpu`, ['mode']);
  only(d.devices, `${where}.devices`, ['disks', 'interfaces', 'hostdevs']);
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
          ...(d.devices?.hostdevs ?? []).map((x: Json, i: number) => hostdevXml(x, `${where}.devices.hostdevs[${i}]`)),
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
