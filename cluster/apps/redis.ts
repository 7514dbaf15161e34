/**
 * An app's own Redis (`clusters[].apps[].redis`): a one-replica StatefulSet `<app>-redis` of the
 * official image (cluster/versions.ts REDIS), its volume (claim `<app>-redis-data` on the cluster's
 * default StorageClass; the StatefulSet and the claim are stateful: never pruned, data-loss
 * guard), a Service, and a NetworkPolicy admitting the app's pods only. The password is Secret
 * `<app>-redis` key `password`, read by reference (an ExternalSecret with External Secrets, else
 * created by hand). Redis keeps an append-only file, so a restart loses at most a second of writes.
 */
import { Construct } from 'constructs';
import { IntOrString, KubeNetworkPolicy, KubePersistentVolumeClaim, KubeService, KubeStatefulSet, Quantity, type EnvVar } from 'cdk8s-plus-28/lib/imports/k8s';
import type { Labels } from '../context';
import { externalSecret } from '../secrets';
import { REDIS } from '../versions';
import { redisClaim, redisName } from '../../site';

export const REDIS_PORT = 6379;

// Redis' name (StatefulSet, Service, Secret) and its claim are named in site/apps, whose rules check them.
export { redisClaim, redisName };

/** The pod labels of the app's Redis. */
export function redisSelector(app: string): Labels {
  return { 'app.kubernetes.io/name': redisName(app), 'app.kubernetes.io/instance': redisName(app), 'app.kubernetes.io/component': 'redis' };
}

/** Memory Redis may use for data; the container's limit leaves room for the process and the AOF rewrite. */
const MAXMEMORY_MIB = 192;

export interface AppRedisProps {
  /** The app's name and namespace. */
  readonly app: string;
  readonly namespace: string;
  /** Selector labels of the app's pods: the only clients admitted. */
  readonly clients: Labels;
  readonly sizeGiB: number;
  /** StorageClass of the volume. @default the cluster's default StorageClass */
  readonly storageClass?: string;
  /** The Secret is an ExternalSecret filled from the site's store (entry `<app>-redis`). */
  readonly externalSecrets: boolean;
  readonly labels: Labels;
}

/** The env an app gets for its Redis: host, port, password (by reference) and a URL built from them. */
export function redisEnv(app: string, namespace: string): EnvVar[] {
  const host = `${redisName(app)}.${namespace}.svc.cluster.local`;
  return [
    { name: 'REDIS_HOST', value: host },
    { name: 'REDIS_PORT', value: String(REDIS_PORT) },
    { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: redisName(app), key: 'password' } } },
    // As DATABASE_URL: the password goes in as it is, so the site's passwords are URL-safe.
    { name: 'REDIS_URL', value: `redis://:$(REDIS_PASSWORD)@${host}:${REDIS_PORT}/0` },
  ];
}

export class AppRedis extends Construct {
  constructor(scope: Construct, id: string, props: AppRedisProps) {
    super(scope, id);
    const name = redisName(props.app);
    const selector = redisSelector(props.app);
    const labels = { ...props.labels, ...selector };
    const metadata = { name, namespace: props.namespace, labels };
    const port = IntOrString.fromNumber(REDIS_PORT);
    // redis-cli reads the password from REDISCLI_AUTH (not its command line); PONG is the only healthy answer.
    const ping = { exec: { command: ['sh', '-c', 'test "$(redis-cli -h 127.0.0.1 ping)" = PONG'] } };

    if (props.externalSecrets) externalSecret(this, { name, namespace: props.namespace, keys: ['password'], labels });
    // A claim of its own rather than a claim template: a template cannot change once the
    // StatefulSet exists, while a claim grows in place when sizeGiB does.
    new KubePersistentVolumeClaim(this, 'volume', {
      metadata: { ...metadata, name: redisClaim(props.app) },
      spec: {
        accessModes: ['ReadWriteOnce'],
        ...(props.storageClass ? { storageClassName: props.storageClass } : {}),
        resources: { requests: { storage: Quantity.fromString(`${props.sizeGiB}Gi`) } },
      },
    });
    new KubeService(this, 'service', {
      metadata,
      spec: { selector, ports: [{ name: 'redis', port: REDIS_PORT, targetPort: IntOrString.fromString('redis'), protocol: 'TCP' }] },
    });
    new KubeStatefulSet(this, 'statefulset', {
      metadata,
      spec: {
        serviceName: name,
        replicas: 1,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, runAsUser: REDIS.user, runAsGroup: REDIS.group, fsGroup: REDIS.group, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'redis',
                image: `${REDIS.image}:${REDIS.tag}`,
                command: ['redis-server'],
                // $(REDIS_PASSWORD) is expanded by the kubelet from the container's env, not stored in the spec.
                args: ['--requirepass', '$(REDIS_PASSWORD)', '--dir', '/data', '--appendonly', 'yes', '--maxmemory', `${MAXMEMORY_MIB}mb`, '--maxmemory-policy', 'noeviction'],
                env: [
                  { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name, key: 'password' } } },
                  { name: 'REDISCLI_AUTH', valueFrom: { secretKeyRef: { name, key: 'password' } } },
                ],
                ports: [{ name: 'redis', containerPort: REDIS_PORT, protocol: 'TCP' }],
                resources: {
                  requests: { cpu: Quantity.fromString('50m'), memory: Quantity.fromString('128Mi') },
                  limits: { memory: Quantity.fromString('256Mi'), cpu: Quantity.fromString('500m') },
                },
                livenessProbe: { ...ping, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
                readinessProbe: { ...ping, periodSeconds: 5, timeoutSeconds: 5, failureThreshold: 3 },
                // Loading a large append-only file at start takes a while.
                startupProbe: { tcpSocket: { port }, periodSeconds: 5, failureThreshold: 60 },
                securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                volumeMounts: [{ name: 'data', mountPath: '/data' }],
              },
            ],
            volumes: [{ name: 'data', persistentVolumeClaim: { claimName: redisClaim(props.app) } }],
          },
        },
      },
    });
    new KubeNetworkPolicy(this, 'network-policy', {
      metadata,
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { ...props.clients } } }], ports: [{ port, protocol: 'TCP' }] }],
        // Redis calls nobody (no replicas, no sentinels).
        egress: [],
      },
    });
  }
}
