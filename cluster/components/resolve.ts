/**
 * The facts the components' props are made of, resolved from one cluster's context: replica
 * counts, exposure, backup target, Grafana's hostname. Only the builder (index.ts), the site rules
 * (longhorn-capacity.ts) and the apps read them; no construct does.
 */
import { ingressTargets, loadBalancersOf, sendsProxyProtocol } from '../../infra/bootstrap/topology';
import type { Node } from '../../site';
import { compareAddresses } from '../../site/ip';
import { remoteClients, remotePostgresql } from '../apps/databases';
import { NFS_EXPORT, type ClusterContext } from '../context';
import { INGRESS_NODE_PORTS } from '../ports';
import type { PostgresExposure } from './cloudnative-pg';
import type { IngressExposure } from './ingress';
import { loadBalancerIpsAnnotation } from './metallb';

/** Replicas of a workload that keeps a copy per pod (Kafka, PostgreSQL): one per worker, at most 3. */
function perWorker(ctx: ClusterContext): number {
  return Math.max(1, Math.min(3, ctx.workers.length));
}

/** Longhorn's replicas per volume: one per node with a Longhorn disk, at most 3. */
export function longhornReplicas(ctx: ClusterContext): number {
  return Math.max(1, Math.min(3, ctx.longhornNodes.length));
}

/** Kafka's brokers and controllers: one per worker node, at most 3. */
export const kafkaReplicas = perWorker;

/** Instances of the CloudNativePG Cluster: one per worker, at most 3 (each keeps a full copy on its own volume). */
export const cnpgInstances = perWorker;

/** Replicas of a stateless controller (ingress, CSI controller): at most 2, one per worker. */
export function controllerReplicas(ctx: ClusterContext): number {
  return Math.min(2, ctx.workers.length);
}

/**
 * Where Longhorn backups go: the site's `backups.target` (`none`: nowhere), else the storage
 * node's NFS export (Longhorn keeps them under `backupstore/`).
 */
export function longhornBackupTarget(ctx: ClusterContext): string | undefined {
  const target = ctx.cluster.backups?.target;
  if (target !== undefined) return target === 'none' ? undefined : target;
  const nfs = ctx.nfsServer;
  return nfs ? `nfs://${nfs.address}:${nfsExport(nfs)}` : undefined;
}

/** Where CloudNativePG backs up: an object store path (`s3://<bucket>/<path>`) and the endpoint of an S3-compatible store. */
export interface PgBackup {
  readonly destinationPath: string;
  /** @default AWS S3 */
  readonly endpointURL?: string;
}

/**
 * Where CloudNativePG backs the cluster's databases up: `backups.postgresql`, else an `s3://`
 * backup target under `<path>/postgresql`; else nowhere (Barman Cloud writes to object stores
 * only, not NFS). The region of `s3://<bucket>@<region>/` is not part of the path.
 */
export function pgBackup(ctx: ClusterContext): PgBackup | undefined {
  const backups = ctx.cluster.backups;
  const explicit = backups?.postgresql;
  if (explicit) return { destinationPath: s3Path(explicit.target), ...(explicit.endpoint ? { endpointURL: explicit.endpoint } : {}) };
  const target = backups?.target;
  if (!target?.startsWith('s3://')) return undefined;
  const path = s3Path(target).replace(/\/+$/, '');
  return { destinationPath: `${path}/postgresql`, ...(backups?.endpoint ? { endpointURL: backups.endpoint } : {}) };
}

/** `s3://<bucket>@<region>/<path>` as Barman Cloud's `s3://<bucket>/<path>`. */
function s3Path(target: string): string {
  return target.replace(/^s3:\/\/([^@/]+)@[^/]+/, 's3://$1');
}

/** The NFS share of a storage node: the NAS's `nfs.export` as the site names it, else the export a storage VM gets. */
export function nfsExport(node: Node): string {
  return node.nfs?.export ?? NFS_EXPORT;
}

/**
 * The cluster's CloudNativePG primary on a MetalLB address, when other clusters keep their apps'
 * databases in it (their `postgresql: { cluster, address }`; the site rules make them agree on the
 * address): MetalLB's annotation for it, and their nodes as the connections' sources.
 */
export function postgresExposure(ctx: ClusterContext): PostgresExposure | undefined {
  const clients = remoteClients(ctx.site, ctx.cluster);
  const address = clients.map((c) => remotePostgresql(c)!.address)[0];
  if (address === undefined) return undefined;
  const annotation = loadBalancerIpsAnnotation(ctx.cluster.components.metallb?.version);
  const nodes = clients.flatMap((c) => [...c.servers, ...c.agents].map((n) => n.address)).sort(compareAddresses);
  return { address, annotations: { [annotation]: address }, clients: [...new Set(nodes)].map((a) => `${a}/32`) };
}

/** The exposure of the cluster's ingress controller, from the site. */
export function ingressExposure(ctx: ClusterContext): IngressExposure {
  const ingress = ctx.cluster.ingress;
  if (ingress?.address) {
    const annotation = loadBalancerIpsAnnotation(ctx.cluster.components.metallb?.version);
    return { type: 'LoadBalancer', address: ingress.address, annotations: { [annotation]: ingress.address } };
  }
  return { type: 'NodePort', ...INGRESS_NODE_PORTS };
}

/** The addresses Traefik takes a PROXY protocol header from: the load balancers holding the ingress VIP (none: no header is read). */
export function proxyProtocolSources(ctx: ClusterContext): string[] {
  const vip = ctx.cluster.ingressVipSpec;
  if (!vip || !sendsProxyProtocol(ctx.cluster)) return [];
  return loadBalancersOf(ctx.site, vip).map((lb) => `${lb.address}/32`);
}

/** The nodes the load balancers send ingress traffic to (Traefik's pods run there when it reads the PROXY protocol). */
export function ingressNodes(ctx: ClusterContext): string[] {
  return ingressTargets(ctx.cluster).map((n) => n.name);
}

/** Grafana's public hostname: when the site asks for it and routes `grafana.<domain>` to this cluster. */
export function grafanaHost(ctx: ClusterContext): string | undefined {
  const host = `grafana.${ctx.site.domain}`;
  return ctx.cluster.monitoring?.grafana.public && ctx.isHostname(host) && ctx.ingressController ? host : undefined;
}
