/**
 * The simulator process: one gRPC server per provider, each on its own unix socket, speaking tfplugin6
 * plus the go-plugin services terraform dials (controller, stdio, broker, health). Terraform attaches to
 * them through TF_REATTACH_PROVIDERS, which this process prints as its first stdout line (a JSON object
 * {"reattach": ..., "problems": [...]}) and may also write to a file. It serves until stdin closes (its
 * parent is gone) or it gets SIGTERM/SIGINT, then removes its sockets.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { applyBehaviour, type BehaviourTable, readBehaviour } from './behaviour';
import { SimProvider } from './provider';
import { readSchemaFile } from './schema';

export interface SimConfig {
  /** Schema files (`terraform providers schema -json` layout); every provider in them is served. */
  schemas: string[];
  /** Behaviour tables; each applies to the served provider its `provider` field names. */
  behaviours: string[];
  /** Absolute directory for the sockets (go-plugin needs an absolute address). */
  dir: string;
  /** JSONL file that receives one line per RPC. */
  log: string;
  reattachFile?: string;
}

const PROTO_DIR = path.join(__dirname, '..', 'proto');

/** `registry.terraform.io/<ns>/<name>` for "ns/name" or a full address. */
export const providerAddress = (p: string): string => (p.split('/').length === 2 ? `registry.terraform.io/${p}` : p);

export async function main(config: SimConfig): Promise<void> {
  const problems: string[] = [];
  const tables = new Map<string, { file: string; table: BehaviourTable }>();
  for (const file of config.behaviours) {
    const table = readBehaviour(file);
    tables.set(providerAddress(table.provider), { file, table });
  }

  const def = protoLoader.loadSync(
    ['tfplugin6.8.proto', 'grpc_controller.proto', 'grpc_stdio.proto', 'grpc_broker.proto', 'health.proto'].map((f) => path.join(PROTO_DIR, f)),
    { keepCase: true, longs: Number, enums: String, defaults: false, oneofs: true, includeDirs: [PROTO_DIR] },
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const pkg = grpc.loadPackageDefinition(def) as any;
  const providerService = pkg.tfplugin6.Provider.service as grpc.ServiceDefinition;
  cacheSerialization(providerService, 'GetProviderSchema');

  let seq = 0;
  const logFd = fs.openSync(config.log, 'a');
  const servers: grpc.Server[] = [];
  const reattach: Record<string, object> = {};
  const used = new Set<string>();

  for (const schemaFile of config.schemas) {
    for (const [address, schema] of readSchemaFile(schemaFile)) {
      const entry = tables.get(address);
      if (entry) {
        used.add(address);
        problems.push(...applyBehaviour(schema, entry.table).map((p) => `${path.basename(entry.file)}: ${p}`));
      }
      const log = (e: Record<string, unknown>) => fs.writeSync(logFd, JSON.stringify({ seq: ++seq, provider: address, ...e }) + '\n');
      const provider = new SimProvider(address, schema, entry?.table);
      const server = new grpc.Server({ 'grpc.max_receive_message_length': 256 << 20, 'grpc.max_send_message_length': 256 << 20 });
      server.addService(providerService, unaryHandlers(provider, log));
      server.addService(pkg.plugin.GRPCController.service, { Shutdown: (_c: unknown, cb: grpc.sendUnaryData<object>) => cb(null, {}) });
      server.addService(pkg.plugin.GRPCStdio.service, { StreamStdio: () => undefined });
      server.addService(pkg.plugin.GRPCBroker.service, {
        StartStream: (call: grpc.ServerDuplexStream<object, object>) => {
          call.on('data', () => undefined);
          call.on('end', () => call.end());
        },
      });
      server.addService(pkg.grpc.health.v1.Health.service, { Check: (_c: unknown, cb: grpc.sendUnaryData<object>) => cb(null, { status: 'SERVING' }) });
      const socket = path.join(config.dir, `${address.replace(/[^A-Za-z0-9]+/g, '_')}.sock`);
      fs.rmSync(socket, { force: true });
      await new Promise<void>((resolve, reject) => server.bindAsync(`unix:${socket}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())));
      servers.push(server);
      // Test: true makes go-plugin keep the negotiated protocol version; Pid must be this process.
      reattach[address] = { Protocol: 'grpc', ProtocolVersion: 6, Pid: process.pid, Test: true, Addr: { Network: 'unix', String: socket } };
    }
  }
  for (const [address, { file }] of tables) if (!used.has(address)) problems.push(`${path.basename(file)}: no served provider is ${address}`);

  const stop = () => {
    for (const s of servers) s.forceShutdown();
    for (const r of Object.values(reattach)) fs.rmSync((r as { Addr: { String: string } }).Addr.String, { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();

  if (config.reattachFile) fs.writeFileSync(config.reattachFile, JSON.stringify(reattach));
  process.stdout.write(JSON.stringify({ reattach, problems }) + '\n');
}

/**
 * Unary handlers of tfplugin6.Provider that log each call (name, type, the handler's details, time in ms);
 * a handler's exception becomes an INTERNAL status naming the RPC.
 */
function unaryHandlers(provider: SimProvider, log: (e: Record<string, unknown>) => void): grpc.UntypedServiceImplementation {
  const out: grpc.UntypedServiceImplementation = {};
  for (const [rpc, handler] of Object.entries(provider.handlers())) {
    out[rpc] = (call: grpc.ServerUnaryCall<Record<string, unknown>, object>, cb: grpc.sendUnaryData<object>) => {
      const type = (call.request.type_name ?? call.request.target_type_name) as string | undefined;
      const started = process.hrtime.bigint();
      const ms = () => Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      try {
        const [response, details] = handler(call.request);
        log({ rpc, ...(type ? { type } : {}), ...details, ms: ms() });
        cb(null, response);
      } catch (e) {
        const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
        log({ rpc, ...(type ? { type } : {}), exception: message, ms: ms() });
        cb({ code: grpc.status.INTERNAL, details: `simulator ${provider.address} ${rpc}${type ? ` ${type}` : ''}: ${message}` });
      }
    };
  }
  return out;
}

/** The (large, constant) schema response is encoded once per response object instead of on every call. */
function cacheSerialization(service: grpc.ServiceDefinition, method: string): void {
  const m = service[method] as { responseSerialize: (v: object) => Buffer };
  const serialize = m.responseSerialize;
  const cache = new WeakMap<object, Buffer>();
  m.responseSerialize = (v: object) => {
    let b = cache.get(v);
    if (!b) cache.set(v, (b = serialize(v)));
    return b;
  };
}
