/**
 * What a {@link WebApp} needs of its cluster, resolved once from the cluster's context: the
 * construct itself sees only these values. Refusals (a database or Kafka the cluster does not
 * offer, a public hostname that is not the cluster's, a route without an ingress controller) are
 * thrown here, before any object exists.
 */
import { isSharedClass, storageClasses, type AppSpec } from '../../site';
import { kafkaReplicas } from '../components/resolve';
import type { ClusterContext } from '../context';
import type { WebAppProps } from './app';
import { appDatabase } from './databases';
import { volumeClass } from './storage';

/** The props of the app's WebApp in the cluster of `ctx`. */
export function webAppProps(ctx: ClusterContext, spec: AppSpec): WebAppProps {
  const { name, namespace } = spec;
  const database = spec.database ? appDatabase(ctx.site, ctx.cluster, spec) : undefined;
  if (spec.database && !database) throw new Error(`app ${namespace}/${name} uses database "${spec.database.name}", but cluster "${ctx.cluster.name}" has neither a database node nor CloudNativePG`);
  if (spec.gpu && !ctx.has('intelGpu')) throw new Error(`app ${namespace}/${name} asks for an ${spec.gpu} GPU, but no node of cluster "${ctx.cluster.name}" has one`);
  if (spec.kafka && !ctx.has('strimzi')) throw new Error(`app ${namespace}/${name} uses Kafka topics, but cluster "${ctx.cluster.name}" does not enable strimzi`);
  if (spec.host && !ctx.isHostname(spec.host)) {
    throw new Error(`route ${namespace}/${name}: ${spec.host} is not a public hostname of cluster "${ctx.cluster.name}" (cloudflare.hostnames: ${ctx.cluster.hostnames.join(', ') || 'none'})`);
  }
  const ingress = ctx.routeIngress;
  if ((spec.host || spec.internalHost) && !ingress) {
    throw new Error(`route ${namespace}/${spec.host ? name : `${name}-internal`}: cluster "${ctx.cluster.name}" has no ingress controller`);
  }
  const classes = (spec.volumes ?? []).map((v) => volumeClass(ctx, v));
  return {
    spec,
    labels: ctx.labels('app'),
    monitoringLabels: ctx.has('kubePrometheusStack') ? ctx.labels('monitoring') : undefined,
    database,
    externalSecrets: ctx.has('externalSecrets'),
    kafkaReplicas: spec.kafka ? kafkaReplicas(ctx) : undefined,
    redisStorageClass: spec.redis ? storageClasses(ctx.cluster)[0] : undefined,
    ingress,
    ingressNamespace: ctx.ingressNamespace,
    volumeClasses: classes,
    exclusiveVolume: classes.some((c) => !isSharedClass(c)),
  };
}
