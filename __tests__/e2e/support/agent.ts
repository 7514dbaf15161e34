/**
 * A client of the QEMU guest agent the test image runs on its second serial port (ttyS1, an ISA
 * device: no PCI slot taken from the devices under test). QEMU exposes that port as a Unix
 * socket; the protocol is QMP-style JSON, one object per line. Commands run with `guest-exec`
 * (output captured, base64) and `guest-exec-status`, so a guest with no network can still be
 * asked what went wrong.
 */
import * as net from 'net';
import { sleep } from './host';

export interface ExecResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export class GuestAgent {
  private sock?: net.Socket;
  private buf = '';
  private readonly waiting: Pending[] = [];
  private syncId = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly socketPath: string,
    private readonly name: string,
  ) {}

  private connect(): Promise<net.Socket> {
    if (this.sock && !this.sock.destroyed) return Promise.resolve(this.sock);
    return new Promise((resolve, reject) => {
      const s = net.createConnection(this.socketPath);
      s.once('connect', () => {
        this.sock = s;
        this.buf = '';
        resolve(s);
      });
      s.once('error', (e) => reject(new Error(`${this.name}: cannot connect to the guest agent socket ${this.socketPath}: ${e.message}`)));
      s.on('data', (d: Buffer) => this.onData(d));
      s.on('close', () => {
        for (const w of this.waiting.splice(0)) w.reject(new Error(`${this.name}: the guest agent connection closed (VM stopped?)`));
      });
    });
  }

  private onData(d: Buffer): void {
    // 0xff: the delimiter guest-sync-delimited puts before its answer; anything before it is noise.
    const text = d.toString('latin1');
    const cut = text.lastIndexOf('\xff');
    this.buf = cut >= 0 ? text.slice(cut + 1) : this.buf + text;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).trim();
      this.buf = this.buf.slice(nl + 1);
      if (!line) continue;
      let msg: { return?: unknown; error?: { desc?: string; class?: string } };
      try {
        msg = JSON.parse(Buffer.from(line, 'latin1').toString('utf8'));
      } catch {
        continue;
      }
      const w = this.waiting.shift();
      if (!w) continue;
      if (msg.error) w.reject(new Error(`${this.name}: guest agent: ${msg.error.class ?? ''} ${msg.error.desc ?? ''}`.trim()));
      else w.resolve(msg.return);
    }
  }

  private async request(cmd: object, timeoutMs: number): Promise<unknown> {
    const s = await this.connect();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new Error(`${this.name}: no answer from the guest agent within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const entry: Pending = {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.waiting.push(entry);
      s.write(`${JSON.stringify(cmd)}\n`);
    });
  }

  /** One request at a time on the serial line. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** True once the agent answers a sync (the guest has booted far enough). */
  ping(timeoutMs = 3000): Promise<boolean> {
    return this.serial(async () => {
      const id = ++this.syncId + Math.floor(Math.random() * 1e6);
      // Pending answers from earlier, timed-out requests would be taken for this one: start clean.
      this.waiting.splice(0).forEach((w) => w.reject(new Error('resync')));
      try {
        // A 0xff byte resets the agent's parser, whatever half-request it holds.
        (await this.connect()).write(Buffer.from([0xff]));
        const r = await this.request({ execute: 'guest-sync-delimited', arguments: { id } }, timeoutMs);
        return r === id;
      } catch {
        this.sock?.destroy();
        this.sock = undefined;
        return false;
      }
    });
  }

  /** Runs a shell command in the guest (as root), waiting up to `timeoutMs` for it to end. */
  exec(command: string, timeoutMs = 60_000): Promise<ExecResult> {
    return this.serial(async () => {
      const started = (await this.request({ execute: 'guest-exec', arguments: { path: '/bin/sh', arg: ['-c', command], 'capture-output': true } }, 10_000)) as { pid: number };
      const end = Date.now() + timeoutMs;
      for (;;) {
        const st = (await this.request({ execute: 'guest-exec-status', arguments: { pid: started.pid } }, 10_000)) as {
          exited: boolean;
          exitcode?: number;
          signal?: number;
          'out-data'?: string;
          'err-data'?: string;
        };
        if (st.exited) {
          const dec = (b?: string) => (b ? Buffer.from(b, 'base64').toString('utf8') : '');
          return { code: st.exitcode ?? 128 + (st.signal ?? 0), stdout: dec(st['out-data']), stderr: dec(st['err-data']) };
        }
        if (Date.now() > end) throw new Error(`${this.name}: \`${command}\` still running after ${timeoutMs / 1000} s`);
        await sleep(300);
      }
    });
  }

  close(): void {
    this.sock?.destroy();
    this.sock = undefined;
  }
}
