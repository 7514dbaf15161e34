/**
 * Longhorn's capacity, a site rule (site-rules.ts): the volumes the cluster's tree claims, with
 * their replicas, against what its longhorn disks hold.
 */
import { isLonghornClass } from '../../site';
import { databaseBackend } from '../apps/databases';
import { volumeClass, volumeGiB } from '../apps/storage';
import { NAMES, type ClusterContext } from '../context';
import { CNPG_VOLUME_GIB } from './cloudnative-pg';
import { ELASTICSEARCH_VOLUME_GIB } from './eck';
import { JENKINS_VOLUME_GIB } from './jenkins';
import { MONITORING_VOLUME_GIB } from './kube-prometheus-stack';
import { LOKI_VOLUME_GIB } from './loki';
import { cnpgInstances, kafkaReplicas, longhornReplicas } from './resolve';
import { KAFKA_VOLUME_GIB } from './strimzi';

/**
 * Share of a default disk Longhorn keeps free (`storageReservedPercentageForDefaultDisk`, its
 * default, set explicitly), with over-provisioning at 100%: a disk holds replicas up to the rest.
 */
export const LONGHORN_RESERVED_PERCENT = 30;

/** One Longhorn volume the tree asks for. */
export interface LonghornVolume {
  /** What it is for, e.g. `Prometheus` or `Kafka broker 2`. */
  readonly name: string;
  readonly sizeGiB: number;
  readonly replicas: number;
}

/** Every Longhorn volume the cluster's tree claims, with its replica count (single source: the components' sizes). */
export function longhornVolumes(ctx: ClusterContext): LonghornVolume[] {
  if (!ctx.has('longhorn')) return [];
  const r = longhornReplicas(ctx);
  const out: LonghornVolume[] = [];
  const each = (name: string, count: number, sizeGiB: number, replicas: number) => {
    for (let i = 1; i <= count; i++) out.push({ name: count > 1 ? `${name} ${i}` : name, sizeGiB, replicas });
  };
  if (ctx.has('kubePrometheusStack')) {
    each('Prometheus', 1, MONITORING_VOLUME_GIB.prometheus, r);
    each('Alertmanager', 1, MONITORING_VOLUME_GIB.alertmanager, r);
  }
  if (ctx.has('loki')) each('Loki', 1, LOKI_VOLUME_GIB, r);
  if (ctx.has('eck')) each('Elasticsearch', 1, ELASTICSEARCH_VOLUME_GIB, r);
  if (ctx.has('jenkins')) each('Jenkins', 1, JENKINS_VOLUME_GIB, r);
  if (ctx.has('strimzi')) {
    each('Kafka controller', kafkaReplicas(ctx), KAFKA_VOLUME_GIB.controller, 1);
    each('Kafka broker', kafkaReplicas(ctx), KAFKA_VOLUME_GIB.broker, 1);
  }
  if (ctx.has('cloudnativePg') && databaseBackend(ctx.site, ctx.cluster) === 'cloudnativePg') each('PostgreSQL instance', cnpgInstances(ctx), CNPG_VOLUME_GIB, 1);
  for (const app of ctx.cluster.apps) {
    for (const v of app.volumes ?? []) {
      const sc = volumeClass(ctx, v);
      if (isLonghornClass(sc)) each(`${app.namespace}/${app.name}-${v.name}`, 1, volumeGiB(v), sc === NAMES.longhornStorageClass ? r : 1);
    }
    // An app's Redis is on the cluster's default class (longhorn, with Longhorn).
    if (app.redis) each(`${app.namespace}/${app.name}-redis`, 1, app.redis.sizeGiB, r);
  }
  return out;
}

/** What each longhorn disk of the cluster holds for replicas: its size less Longhorn's reserve, whole GiB. */
export function longhornDiskCapacity(ctx: ClusterContext): { node: string; diskGiB: number; capacityGiB: number }[] {
  return ctx.longhornNodes.map((n) => {
    const diskGiB = n.disks.find((d) => d.purpose === 'longhorn')!.sizeGiB;
    return { node: n.name, diskGiB, capacityGiB: Math.floor((diskGiB * (100 - LONGHORN_RESERVED_PERCENT)) / 100) };
  });
}

/**
 * Why the cluster's Longhorn volumes do not fit its longhorn disks (none when they do). Each
 * replica of a volume sits on another node, so a node holds at most one copy of each volume: a
 * volume needs `replicas` disks with room for it, and all replicas together need no more than
 * the disks hold, each disk counted up to the sum of the volumes' sizes.
 */
export function longhornCapacityIssues(ctx: ClusterContext): string[] {
  const volumes = longhornVolumes(ctx);
  const disks = longhornDiskCapacity(ctx);
  if (!volumes.length || !disks.length) return [];
  const reserve = `${100 - LONGHORN_RESERVED_PERCENT}% of each longhorn disk, Longhorn keeps ${LONGHORN_RESERVED_PERCENT}% free`;
  const diskList = disks.map((d) => `${d.node} ${d.capacityGiB} GiB`).join(', ');
  const out: string[] = [];
  const sorted = [...disks].sort((a, b) => b.capacityGiB - a.capacityGiB);
  for (const v of volumes) {
    const roomy = sorted.filter((d) => d.capacityGiB >= v.sizeGiB).length;
    if (roomy < v.replicas) out.push(`the Longhorn volume ${v.name} (${v.sizeGiB} GiB) needs ${v.replicas} disk(s) with room for it, but ${roomy} of cluster "${ctx.cluster.name}" have that much (${diskList}: ${reserve})`);
  }
  const logical = volumes.reduce((s, v) => s + v.sizeGiB, 0);
  const needed = volumes.reduce((s, v) => s + v.sizeGiB * v.replicas, 0);
  const room = disks.reduce((s, d) => s + Math.min(d.capacityGiB, logical), 0);
  if (needed > room) {
    const groups = new Map<string, { count: number; sizeGiB: number; replicas: number }>();
    for (const v of volumes) {
      const key = v.name.replace(/ \d+$/, '');
      const g = groups.get(key) ?? { count: 0, sizeGiB: v.sizeGiB, replicas: v.replicas };
      g.count++;
      groups.set(key, g);
    }
    const asked = [...groups].map(([k, g]) => `${k}${g.count > 1 ? `s ${g.count} ×` : ''} ${g.sizeGiB} GiB × ${g.replicas} replica${g.replicas > 1 ? 's' : ''}`).join(', ');
    out.push(`the Longhorn volumes of cluster "${ctx.cluster.name}" need ${needed} GiB of replica space (${asked}), but its longhorn disks hold ${room} GiB (${diskList}: ${reserve}; a disk holds one replica of each volume)`);
  }
  return out;
}

