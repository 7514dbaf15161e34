/**
 * One application of a cluster, as the cluster app renders it (cluster/apps/app.ts `WebApp`):
 * what an entry of `clusters[].apps` resolves to (site/apps/resolve.ts: the built-in catalog's
 * entry, then the site's fields), and what a user composing in TypeScript passes to `WebApp`.
 */

/** A value from a Secret of the app's namespace, by reference: never the value itself. */
export interface SecretRef {
  readonly secret: string;
  readonly key: string;
}

/** An environment variable's value: plain text, or a Secret's key. */
export type EnvValue = string | SecretRef;

/** A PersistentVolumeClaim `<app>-<name>` mounted at `mountPath`. */
export interface AppVolume {
  readonly name: string;
  /** Kubernetes quantity, e.g. 10Gi. */
  readonly size: string;
  /** @default the cluster's default class (longhorn with Longhorn, else k3s' local-path) */
  readonly storageClass?: string;
  readonly mountPath: string;
  /** In the nightly Longhorn backup (Longhorn classes only). @default true on a Longhorn class */
  readonly backup?: boolean;
}

/** A port besides the HTTP one, on the container and the Service. */
export interface AppPort {
  readonly name: string;
  readonly port: number;
  /** @default TCP */
  readonly protocol?: 'TCP' | 'UDP';
}

export interface AppSpec {
  /** DNS label: object names and the `app.kubernetes.io/name` label. */
  readonly name: string;
  readonly namespace: string;
  /** Image reference, pinned by tag (and optionally digest). */
  readonly image: string;
  /** The container's HTTP port (Service port `http`, probes, routes). */
  readonly port: number;
  /** Other ports of the container, on the Service too; reachable from `allowFrom` apps. */
  readonly ports?: readonly AppPort[];
  /** Fixed replica count (the HPA's minimum when `autoscale` is set). @default 1 */
  readonly replicas?: number;
  readonly autoscale?: { readonly maxReplicas: number; readonly cpuUtilization: number };
  /** Public hostname (one of the site's hostnames of this cluster). */
  readonly host?: string;
  /** Hostname under the site's domain, served on the ingress with a certificate of the internal CA; no public record. */
  readonly internalHost?: string;
  readonly resources: { readonly cpu: string; readonly memory: string; readonly memoryLimit?: string; readonly cpuLimit?: string };
  /** HTTP paths for the probes. */
  readonly probes: { readonly liveness: string; readonly readiness: string };
  /** Prometheus metrics on the app port. */
  readonly metrics?: { readonly path: string };
  /** Writable directories (emptyDir), since the root file system is read-only. */
  readonly writablePaths?: readonly string[];
  readonly env?: Readonly<Record<string, EnvValue>>;
  /** Persistent volumes (PersistentVolumeClaims the data-loss guard keeps). */
  readonly volumes?: readonly AppVolume[];
  /** PostgreSQL database by name (an identifier: a-z, 0-9, _); the role that owns it has its name. See cluster/apps/databases.ts. */
  readonly database?: { readonly name: string };
  /** Kafka topics by name (KafkaTopics of the site's Kafka); the app gets the bootstrap address. */
  readonly kafka?: { readonly topics: readonly string[] };
  /** A Redis of the app's own, with a volume of `sizeGiB` (cluster/apps/redis.ts). */
  readonly redis?: { readonly sizeGiB: number };
  /** Other apps of the same namespace that may call this one. */
  readonly allowFrom?: readonly string[];
  /** HTTP and HTTPS to the internet (not to the site's private networks), for apps that fetch metadata or pages. @default false */
  readonly internet?: boolean;
  /** Other apps (name and port) of the same namespace this one calls. */
  readonly callsTo?: readonly { readonly app: string; readonly port: number }[];
  /** UID/GID to run as. @default 10001 */
  readonly user?: number;
  /** A GPU of the cluster's GPU nodes, by vendor (`gpu.intel.com/i915: 1` in the limits). @default none */
  readonly gpu?: 'intel';
}
