/**
 * The private network of a run: one network namespace holding the bridges the VMs' tap devices
 * join, the hypervisor-side addresses (the networks' gateways), routing between the site's
 * subnets, and "test hosts" (more namespaces, each on a veth to a bridge) standing in for nodes
 * that cannot boot here (k3s servers and agents) or for outside clients. The namespace has no
 * link to anything outside it and no default route: nothing the guests or the tests send can
 * leave it. QEMU and every helper process run inside it.
 */
import * as fs from 'fs';
import { must, Run, runSync } from './host';

/** A bridge and the addresses the "hypervisor" holds on it (CIDR notation). */
export interface Segment {
  readonly bridge: string;
  readonly addresses: readonly string[];
}

export class PrivateNetwork {
  readonly ns: string;
  private taps = 0;
  private readonly hosts: string[] = [];

  private constructor(
    private readonly run: Run,
    name: string,
  ) {
    this.ns = run.netns(name);
  }

  /** Creates the namespace and its bridges; removed by the run's cleanup. */
  static async create(run: Run, name: string, segments: readonly Segment[]): Promise<PrivateNetwork> {
    const net = new PrivateNetwork(run, name);
    await must('ip', ['netns', 'add', net.ns]);
    run.defer(`remove network namespace ${net.ns}`, () => {
      for (const h of net.hosts) runSync('ip', ['netns', 'del', h]);
      runSync('ip', ['netns', 'del', net.ns]);
    });
    await net.ip('link', 'set', 'lo', 'up');
    for (const s of segments) {
      if (s.bridge.length > 15) throw new Error(`bridge name ${s.bridge} is longer than 15 characters`);
      await net.ip('link', 'add', s.bridge, 'type', 'bridge', 'stp_state', '0', 'forward_delay', '0');
      for (const a of s.addresses) await net.ip('addr', 'add', a, 'dev', s.bridge);
      await net.ip('link', 'set', s.bridge, 'up');
    }
    // Routes between the site's subnets, as the hypervisor host does; nothing beyond them.
    await net.exec('sysctl', '-q', '-w', 'net.ipv4.ip_forward=1');
    return net;
  }

  /** `ip` in the namespace. */
  ip(...args: string[]): Promise<string> {
    return must('ip', ['-n', this.ns, ...args]);
  }

  /** A command in the namespace. */
  exec(cmd: string, ...args: string[]): Promise<string> {
    return must('ip', ['netns', 'exec', this.ns, cmd, ...args]);
  }

  /** Loads an nftables ruleset into the namespace (its own tables only). */
  async nft(ruleset: string): Promise<void> {
    await must('ip', ['netns', 'exec', this.ns, 'nft', '-f', '-'], { input: ruleset });
  }

  /** A new tap device on a bridge, for one VM. */
  async tap(bridge: string): Promise<string> {
    const name = `tap${this.taps++}`;
    await this.ip('tuntap', 'add', 'dev', name, 'mode', 'tap');
    await this.ip('link', 'set', name, 'master', bridge);
    await this.ip('link', 'set', name, 'up');
    return name;
  }

  /**
   * A test host: its own namespace with one interface on `bridge`, the given addresses (the
   * first is its source address) and a default route through `gateway` (a "hypervisor" address
   * in the private namespace). Returns the host's namespace name.
   */
  async host(name: string, bridge: string, addresses: readonly string[], gateway: string): Promise<string> {
    const ns = this.run.netns(name);
    await must('ip', ['netns', 'add', ns]);
    this.hosts.push(ns);
    const local = `h${this.hosts.length}`;
    await this.ip('link', 'add', local, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns);
    await this.ip('link', 'set', local, 'master', bridge);
    await this.ip('link', 'set', local, 'up');
    const hip = (...a: string[]) => must('ip', ['-n', ns, ...a]);
    await hip('link', 'set', 'lo', 'up');
    for (const a of addresses) await hip('addr', 'add', a, 'dev', 'eth0');
    await hip('link', 'set', 'eth0', 'up');
    await hip('route', 'add', 'default', 'via', gateway);
    return ns;
  }

  /** The namespace's state, for failure messages. */
  describe(): string {
    const r = runSync('ip', ['-n', this.ns, '-br', 'addr']);
    return r.stdout.trim();
  }

  /** Starts a helper process in the namespace (or a test host's), stopped with the run. */
  daemon(what: string, cmd: string, args: readonly string[], ns = this.ns): { pid: number; exited: Promise<number | null> } {
    const log = this.run.file('logs', `${what.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`);
    fs.writeFileSync(log, '');
    return this.run.spawnDaemon(what, cmd, args, { netns: ns, log });
  }
}
