/**
 * One guest under QEMU (TCG: software emulation, as there is no usable KVM here), with the
 * devices of the VM under test at the PCI addresses its hypervisor gives them (for libvirt: the
 * addresses a real libvirtd assigned when the test defined the generated domain). The guest
 * image's kernel is booted directly (the image has no boot loader); its root filesystem is a
 * copy-on-write overlay on the cached image. The NIC is a tap device on a bridge of the run's
 * private namespace, where QEMU itself runs: no user-mode networking, nothing reaches outside.
 *
 * Serial ports (ISA, no PCI slot): ttyS0 is the console, logged to a file whose tail failure
 * messages show; ttyS1 carries the test agent (`agent.ts`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { GuestAgent, type ExecResult } from './agent';
import { must, Run, since, sleep, waitFor } from './host';
import type { GuestImage } from './image';
import type { PrivateNetwork } from './netns';
import type { Seed } from './site';

/** A PCI address on bus 0. */
export interface PciAddress {
  readonly slot: number;
  readonly fn?: number;
}

export interface VmSpec {
  /** The node's name (directory, log and error messages). */
  readonly name: string;
  readonly memoryMiB: number;
  readonly cpus: number;
  /** QEMU machine type, e.g. pc-i440fx-7.2. */
  readonly machine: string;
  readonly nic: { readonly mac: string; readonly bridge: string; readonly pci: PciAddress };
  /** The OS disk first, then the data disks (each a blank disk of that many GiB). */
  readonly disks: readonly { readonly pci: PciAddress; readonly blankGiB?: number; readonly serial?: string }[];
  /** The NoCloud seed on an IDE CD-ROM (bus/unit as libvirt's drive address says). */
  readonly cdrom?: { readonly bus: number; readonly unit: number };
  readonly balloon?: PciAddress;
  readonly usb?: PciAddress;
  /** A standard VGA adapter (Proxmox gives VMs one; libvirt domains without video have none). */
  readonly vga?: PciAddress;
  readonly seed: Seed;
}

const addr = (a: PciAddress) => `bus=pci.0,addr=0x${a.slot.toString(16)}${a.fn ? `.0x${a.fn.toString(16)}` : ''}`;

export class Vm {
  readonly agent: GuestAgent;
  readonly console: string;
  readonly dir: string;
  private pid?: number;
  private exited?: Promise<number | null>;
  /** Seconds from start to the end of cloud-init's final stage. */
  bootSeconds?: number;
  private startedAt = 0;

  constructor(
    run: Run,
    private readonly net: PrivateNetwork,
    private readonly image: GuestImage,
    readonly spec: VmSpec,
  ) {
    this.dir = path.join(run.dir, spec.name);
    fs.mkdirSync(this.dir, { recursive: true });
    this.console = path.join(this.dir, 'console.log');
    this.agent = new GuestAgent(path.join(this.dir, 'agent.sock'), spec.name);
  }

  /** Writes the disks and the seed, and starts QEMU. */
  async start(): Promise<void> {
    const { spec, dir } = this;
    const seedDir = path.join(dir, 'seed');
    fs.mkdirSync(seedDir, { recursive: true });
    fs.writeFileSync(path.join(seedDir, 'user-data'), spec.seed.userData);
    fs.writeFileSync(path.join(seedDir, 'meta-data'), spec.seed.metaData);
    const files = ['user-data', 'meta-data'];
    if (spec.seed.networkConfig !== undefined) {
      fs.writeFileSync(path.join(seedDir, 'network-config'), spec.seed.networkConfig);
      files.push('network-config');
    }
    const iso = path.join(dir, 'seed.iso');
    await must('genisoimage', ['-quiet', '-input-charset', 'utf-8', '-output', iso, '-volid', 'cidata', '-joliet', '-rock', ...files.map((f) => path.join(seedDir, f))]);

    const args: string[] = [
      '-name', `sitekit-e2e-${spec.name}`,
      '-machine', `${spec.machine},accel=tcg`,
      // A plain x86-64 CPU: no virtualization or crypto extensions whose modules the guest would load.
      '-cpu', 'qemu64',
      '-m', String(spec.memoryMiB),
      '-smp', String(spec.cpus),
      '-nodefaults', '-no-user-config', '-display', 'none', '-vga', 'none',
      '-kernel', this.image.kernel,
      '-initrd', this.image.initrd,
      // tsc=reliable: under emulation the TSC fails the kernel's watchdog, and the HPET it would
      // fall back to makes every clock read an emulated device access.
      '-append', 'root=/dev/vda rw console=ttyS0,115200 panic=-1 tsc=reliable',
      '-no-reboot',
      '-chardev', `file,id=console,path=${this.console}`,
      '-serial', 'chardev:console',
      '-chardev', `socket,id=agent,path=${this.agent.socketPath},server=on,wait=off`,
      '-serial', 'chardev:agent',
    ];
    for (const [i, d] of spec.disks.entries()) {
      const file = path.join(dir, `disk${i}.qcow2`);
      if (i === 0) await must('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', this.image.root, file]);
      else await must('qemu-img', ['create', '-q', '-f', 'qcow2', file, `${d.blankGiB ?? 1}G`]);
      // cache=unsafe: the disks are thrown away after the run; a guest's flushes need not reach the host's disk.
      args.push('-drive', `file=${file},if=none,id=disk${i},format=qcow2,discard=unmap,cache=unsafe`, '-device', `virtio-blk-pci,drive=disk${i},${addr(d.pci)}${d.serial ? `,serial=${d.serial}` : ''}${i === 0 ? ',bootindex=1' : ''}`);
    }
    const cd = spec.cdrom ?? { bus: 1, unit: 0 };
    args.push('-drive', `file=${iso},if=none,id=cdrom,media=cdrom,readonly=on,format=raw`, '-device', `ide-cd,drive=cdrom,bus=ide.${cd.bus},unit=${cd.unit}`);
    const tap = await this.net.tap(spec.nic.bridge);
    args.push('-netdev', `tap,id=net0,ifname=${tap},script=no,downscript=no`, '-device', `virtio-net-pci,netdev=net0,mac=${spec.nic.mac},${addr(spec.nic.pci)}`);
    if (spec.usb) args.push('-device', `piix3-usb-uhci,${addr(spec.usb)}`);
    if (spec.balloon) args.push('-device', `virtio-balloon-pci,${addr(spec.balloon)}`);
    if (spec.vga) args.push('-device', `VGA,${addr(spec.vga)}`);

    fs.writeFileSync(path.join(dir, 'qemu.args'), args.join('\n'));
    this.startedAt = Date.now();
    const d = this.net.daemon(`qemu-${spec.name}`, 'qemu-system-x86_64', args);
    this.pid = d.pid;
    this.exited = d.exited;
  }

  /** The last lines of the serial console. */
  tail(lines = 40): string {
    let text = '';
    try {
      text = fs.readFileSync(this.console, 'utf8');
    } catch {
      return '(no console output)';
    }
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
    return clean.split('\n').slice(-lines).join('\n');
  }

  /** An error about this VM with the tail of its serial console. */
  fail(message: string, lines = 40): Error {
    return new Error(`${this.spec.name}: ${message}\n--- serial console of ${this.spec.name} (last ${lines} lines) ---\n${this.tail(lines)}\n--- end of console ---`);
  }

  get running(): boolean {
    return this.pid !== undefined && this.exited !== undefined && !this.stopped;
  }
  private stopped = false;

  /**
   * Waits for the agent, then for cloud-init to finish (`cloud-init status --wait`); returns its
   * status (`done`, or `error` with what failed).
   */
  async waitBooted(timeoutMs: number): Promise<{ status: string; detail: string }> {
    const end = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited?.then((c) => (exitCode = c));
    await waitFor(`the guest agent of ${this.spec.name}`, timeoutMs, async () => {
      if (exitCode !== undefined) throw this.fail(`QEMU exited (${exitCode}) before the guest came up`);
      return (await this.agent.ping()) ? true : undefined;
    }, 2000).catch((e) => {
      throw e instanceof Error && e.message.includes('--- serial console') ? e : this.fail((e as Error).message);
    });
    const r = await this.agent.exec('cloud-init status --wait --long; echo "exit=$?"', Math.max(10_000, end - Date.now())).catch((e) => {
      throw this.fail(`cloud-init did not finish: ${(e as Error).message}`);
    });
    this.bootSeconds = since(this.startedAt);
    const status = /^status: (\S+)/m.exec(r.stdout)?.[1] ?? 'unknown';
    return { status, detail: r.stdout.trim() };
  }

  /** Runs a shell command in the guest. */
  sh(command: string, timeoutMs = 60_000): Promise<ExecResult> {
    return this.agent.exec(command, timeoutMs);
  }

  /** Runs a command that must exit 0; fails with its output and the console tail otherwise. */
  async must(command: string, what: string, timeoutMs = 60_000): Promise<string> {
    const r = await this.sh(command, timeoutMs).catch((e) => {
      throw this.fail(`${what}: ${(e as Error).message}`);
    });
    if (r.code !== 0) throw this.fail(`${what}: \`${command}\` exited ${r.code}\n${(r.stdout + r.stderr).trim().slice(-2000)}`);
    return r.stdout;
  }

  /** CPU seconds QEMU has used so far (the guest's cost under emulation). */
  cpuSeconds(): number | undefined {
    try {
      const f = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Math.round((Number(f[11]) + Number(f[12])) / 100);
    } catch {
      return undefined;
    }
  }

  /** Stops the VM at once (power cut), as when its host or QEMU dies. */
  async stop(): Promise<void> {
    if (!this.pid || this.stopped) return;
    this.stopped = true;
    this.agent.close();
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    await Promise.race([this.exited, sleep(5000)]);
  }
}
