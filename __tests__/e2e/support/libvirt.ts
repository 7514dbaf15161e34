/**
 * libvirt, for real: a private libvirtd (Debian's, qemu driver) to define the site's pools, networks
 * and domains on, as libvirt-xml.ts writes them.
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
import { assigned, type Assigned, domainXml, networkXml, poolXml } from './libvirt-xml';

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
