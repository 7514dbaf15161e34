/**
 * The shape of an app in the site (`clusters[].apps`). Apps sit in their cluster's entry, not at
 * the top level with a `cluster:` field: an app runs in exactly one cluster, renaming the cluster
 * carries its apps along (none can be left behind naming the old cluster), and adding or removing
 * one touches that cluster's list only.
 *
 * Every field is optional here because `uses:` (the built-in catalog, apps/catalog.ts) supplies
 * them; an app without `uses` that lacks one is a site error (validate/apps.ts). Secrets are
 * named, never written: `env` takes `{ secret, key }` for a value from a Secret.
 */
import { z } from 'zod';
import { fqdn, label, plainPath } from '../formats';
import { CATALOG_NAMES } from './catalog';

/**
 * An image pinned by tag (`registry/path:tag`), optionally with a digest (`@sha256:<64 hex>`).
 * `latest` and a missing tag are refused: the tree would not say what runs.
 */
export const PINNED_IMAGE = /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(:\d{1,5}(?=\/))?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*:(?!latest(@|$))[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[0-9a-f]{64})?$/;
export const PINNED_IMAGE_TEXT = 'an image pinned by tag such as nginxinc/nginx-unprivileged:1.29.3-alpine, optionally with @sha256:<64 hex>; not latest, not without a tag';
/** A PostgreSQL identifier that needs no quoting (database and role names). */
export const PG_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const CPU = /^([1-9]\d{0,5}m|\d{1,3}(\.\d{1,3})?)$/;
const MEMORY = /^[1-9]\d{0,6}(Ki|Mi|Gi|Ti)$/;
const SIZE = /^[1-9]\d{0,5}(Mi|Gi|Ti)$/;
const HTTP_PATH = /^\/[A-Za-z0-9._~\/-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const SECRET_KEY = /^[-._A-Za-z0-9]{1,253}$/;
/** IANA service name: what Kubernetes accepts as a port name. */
const PORT_NAME = /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;
const TOPIC = /^[a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?$/;

const port = () => z.int().min(1).max(65535);
const cpu = () => z.string().regex(CPU, { error: 'a CPU quantity such as 100m or 1' });
const memory = () => z.string().regex(MEMORY, { error: 'a memory quantity such as 256Mi or 1Gi' });
const httpPath = () => z.string().regex(HTTP_PATH, { error: 'an HTTP path such as /healthz' });

const SecretRef = z
  .strictObject({
    secret: label().meta({ description: 'The Secret of the app\'s namespace (with External Secrets: filled from the entry of that name in the site\'s secret store).' }),
    key: z.string().regex(SECRET_KEY, { error: 'a Secret key (letters, digits and - . _)' }),
  })
  .meta({ description: 'A value from a Secret, by name and key: the value itself never goes into the site.' });

const Volume = z.strictObject({
  name: label(),
  size: z.string().regex(SIZE, { error: 'a size such as 10Gi' }).optional().meta({ description: 'Size of the PersistentVolumeClaim, e.g. 10Gi.' }),
  storageClass: label().optional().meta({ description: 'A StorageClass of the cluster: longhorn and longhorn-single (components.longhorn), nfs-shared (components.nfs), local-path (k3s, without Longhorn). @default the cluster\'s default: longhorn with Longhorn, else local-path' }),
  mountPath: plainPath().optional(),
  backup: z.boolean().optional().meta({ description: 'In Longhorn\'s nightly backup. Longhorn classes only; false keeps the daily snapshots. @default true on a Longhorn class, false elsewhere' }),
});

export const App = z
  .strictObject({
    uses: z.enum(CATALOG_NAMES).optional().meta({ description: 'A built-in app whose fields this entry starts from; the fields given here replace the catalog\'s (env and resources key by key, volumes by name).' }),
    name: label().optional().meta({ description: 'Object names and the app.kubernetes.io/name label; once per namespace. @default the catalog app\'s name' }),
    namespace: label().optional().meta({ description: '@default the catalog app\'s namespace, else the app\'s name' }),
    image: z.string().regex(PINNED_IMAGE, { error: PINNED_IMAGE_TEXT }).optional(),
    port: port().optional().meta({ description: 'The HTTP port of the container: Service port http, probes, routes.' }),
    ports: z
      .array(z.strictObject({ name: z.string().regex(PORT_NAME, { error: 'a port name (at most 15 lower-case letters, digits and -)' }), port: port(), protocol: z.enum(['TCP', 'UDP']).optional() }))
      .optional()
      .meta({ description: 'Other ports of the container, on the Service too, reachable from the allowFrom apps.' }),
    replicas: z.int().min(1).max(100).optional().meta({ description: '@default 1' }),
    autoscale: z.strictObject({ maxReplicas: z.int().min(2).max(100), cpuUtilization: z.int().min(10).max(100) }).optional(),
    host: fqdn().optional().meta({ description: 'Public hostname: one of cloudflare.hostnames with this cluster, whose record Terraform manages; the app gets a route and a Let\'s Encrypt certificate.' }),
    internalHost: fqdn().optional().meta({ description: 'A name under the site\'s domain served by the ingress on the site\'s networks, with a certificate of the internal CA; no public record: the infra node\'s DNS answers it with the ingress address (without an infra node, point it there in your DNS).' }),
    resources: z.strictObject({ cpu: cpu().optional(), memory: memory().optional(), memoryLimit: memory().optional(), cpuLimit: cpu().optional() }).optional().meta({ description: 'Requests (cpu, memory) and limits (memoryLimit @default memory; cpuLimit @default none).' }),
    probes: z.strictObject({ liveness: httpPath(), readiness: httpPath() }).optional(),
    metrics: z.strictObject({ path: httpPath() }).optional().meta({ description: 'Prometheus metrics on the HTTP port (a ServiceMonitor with kube-prometheus-stack).' }),
    writablePaths: z.array(plainPath()).optional().meta({ description: 'Writable directories (64Mi emptyDirs): the root file system is read-only.' }),
    env: z.record(z.string().regex(ENV_NAME, { error: 'an environment variable name' }), z.union([z.string().max(4096), SecretRef])).optional(),
    volumes: z.array(Volume).optional(),
    database: z.strictObject({ name: z.string().regex(PG_IDENTIFIER, { error: 'a plain PostgreSQL name: a lower-case letter or _, then letters, digits and _ (at most 63)' }) }).optional().meta({ description: 'A PostgreSQL database (and role) of that name on the cluster\'s database backend; the app gets DATABASE_HOST, _PORT, _NAME, _USER, _PASSWORD and DATABASE_URL.' }),
    kafka: z.strictObject({ topics: z.array(z.string().regex(TOPIC, { error: 'a Kafka topic name (lower-case letters, digits, - and .)' })).min(1) }).optional().meta({ description: 'KafkaTopics of the cluster\'s Kafka (components.strimzi); the app gets KAFKA_BOOTSTRAP_SERVERS and KAFKA_TOPICS.' }),
    redis: z
      .union([
        z.literal(true, { error: 'true' }),
        z.strictObject({ sizeGiB: z.int().min(1).max(100).optional().meta({ description: `Size of Redis' volume in GiB. @default 1` }) }, { error: '{ sizeGiB: 1 to 100 }' }),
      ])
      .optional()
      .meta({ description: 'A Redis of the app\'s own (StatefulSet `<app>-redis`, one replica, append-only file on a volume of the cluster\'s default class), password from Secret `<app>-redis` key password; only the app may connect. The app gets REDIS_HOST, REDIS_PORT, REDIS_PASSWORD and REDIS_URL.' }),
    allowFrom: z.array(label()).optional().meta({ description: 'Apps of the namespace that may call this one.' }),
    internet: z.boolean().optional().meta({ description: 'Let the app reach the internet on ports 80 and 443 (never the private ranges 10/8, 172.16/12, 192.168/16). @default false: only the peers the site names' }),
    callsTo: z.array(z.strictObject({ app: label(), port: port() })).optional().meta({ description: 'Apps of the namespace (and port) this one calls.' }),
    user: z.int().min(1).max(2147483647).optional().meta({ description: 'UID and GID to run as (never root). @default 10001' }),
    gpu: z.literal('intel').optional().meta({ description: 'One GPU of a node of the cluster with `gpu: { vendor: intel }`: the container gets gpu.intel.com/i915: 1 in its limits (the Intel GPU device plugin shares each GPU between several containers), and the video group, which owns the render device on GPU nodes. @default no GPU' }),
  })
  .meta({ description: 'An application: a Deployment (non-root, read-only root file system, limits, probes), its Service, NetworkPolicy and, as asked, routes, volumes, database, Kafka topics, autoscaler.' });

export type AppInput = z.output<typeof App>;
