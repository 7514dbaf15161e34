/**
 * The PostgreSQL databases of the site's apps, in one place: an app declares its database by name
 * (`clusters[].apps[].database`); this module says where it lives, which role owns it, the address the app
 * connects to and the Secrets that carry the credentials. The database node's bootstrap (role,
 * database, pg_hba lines: infra/bootstrap/database.ts), the CloudNativePG objects (managed role,
 * `Database`: components/cloudnative-pg.ts) and the app's environment (apps/app.ts) all read it.
 *
 * Where a cluster's databases live (`clusters[].postgresql`): on the site's database node, in a
 * CloudNativePG `Cluster`, or in another cluster's CloudNativePG `Cluster` (reached on a MetalLB
 * address of that cluster); by default the database node when the site has one, else
 * CloudNativePG when the cluster enables it.
 *
 * Credentials: the role is named like its database. Its password is in the Secret
 * `postgresql-<role>` (keys `username`, `password`) of the site's secret store (namespace
 * `site-secrets`); the app reads it as Secret `<app>-database` of its namespace, and CloudNativePG
 * as the role's `passwordSecret` in namespace `databases`: on another cluster's CloudNativePG, the
 * same Secret of each cluster's store. On the database node the password is
 * derived from the node's PostgreSQL key (`postgresqlRolePassword`), which Terraform outputs per role.
 */
import { databaseBackendOf, type AppSpec, type Cluster, type DatabaseBackend, type Node, type Site } from '../../site';
import { NAMES, NAMESPACES, POSTGRES_PORT } from '../context';

export { PG_IDENTIFIER, type DatabaseBackend } from '../../site';

/** One app's database. */
export interface AppDatabase {
  readonly cluster: string;
  readonly app: string;
  readonly namespace: string;
  /** The database's name. */
  readonly database: string;
  /** The role that owns it and that the app logs in as. */
  readonly role: string;
  /** The app's Secret (in its namespace) with keys `username` and `password`. */
  readonly secret: string;
  /** The Secret of the site's secret store both the app's and CloudNativePG's Secrets are filled from. */
  readonly credentials: string;
  readonly backend: DatabaseBackend;
  /** The database node, on the `node` backend. */
  readonly node?: Node;
  /** The cluster whose CloudNativePG holds it and the address it is reached on, on the `remote` backend. */
  readonly remote?: RemotePostgresql;
  /** In-cluster DNS name the app connects to. */
  readonly host: string;
  readonly port: number;
}

/** Another cluster's CloudNativePG (`clusters[].postgresql: { cluster, address }`). */
export interface RemotePostgresql {
  readonly cluster: string;
  readonly address: string;
}

/** Where the cluster's apps reach another cluster's PostgreSQL, when they do. */
export function remotePostgresql(cluster: Cluster): RemotePostgresql | undefined {
  const pg = cluster.postgresql;
  return typeof pg === 'object' ? pg : undefined;
}

/** The backend of a cluster's app databases (undefined: the cluster has none to offer). */
export function databaseBackend(site: Site, cluster: Cluster): DatabaseBackend | undefined {
  return databaseBackendOf(cluster, site.nodesByRole('database').length > 0);
}

/** The database node the `node` backend uses: the site's first node of role database. */
export function databaseNode(site: Site): Node | undefined {
  return site.nodesByRole('database')[0];
}

/** The Service an app on the `node` backend connects to (in its own namespace; see apps/app.ts). */
export function nodeDatabaseService(app: string): string {
  return `${app}-${NAMES.externalDatabase}`;
}

/** The Secret of the site's secret store holding a role's credentials. */
export function credentialsSecret(role: string): string {
  return `postgresql-${role.replace(/_/g, '-')}`;
}

/** The database of one app of a cluster (none when it asks for none, or the cluster has no backend). */
export function appDatabase(site: Site, cluster: Cluster, app: AppSpec): AppDatabase | undefined {
  const backend = databaseBackend(site, cluster);
  if (!app.database || !backend) return undefined;
  const database = app.database.name;
  return {
    cluster: cluster.name,
    app: app.name,
    namespace: app.namespace,
    database,
    role: database,
    secret: `${app.name}-database`,
    credentials: credentialsSecret(database),
    backend,
    node: backend === 'node' ? databaseNode(site) : undefined,
    remote: remotePostgresql(cluster),
    // The database node and another cluster: the app's own selector-less Service (apps/app.ts).
    host: backend === 'cloudnativePg' ? `${NAMES.cnpgCluster}-rw.${NAMESPACES.databases}.svc.cluster.local` : `${nodeDatabaseService(app.name)}.${app.namespace}.svc.cluster.local`,
    port: POSTGRES_PORT,
  };
}

/** The databases of one cluster's apps (clusters[].apps), in site order. */
export function clusterDatabases(site: Site, cluster: Cluster): AppDatabase[] {
  return cluster.apps.flatMap((app) => appDatabase(site, cluster, app) ?? []);
}

/** The databases of every cluster's apps. */
export function appDatabases(site: Site): AppDatabase[] {
  return site.clusters.flatMap((c) => clusterDatabases(site, c));
}

/** One database on the database node, with the clusters whose apps use it. */
export interface NodeDatabase {
  readonly database: string;
  readonly role: string;
  readonly clusters: readonly Cluster[];
}

/** The databases the database node holds (one per name, in site order), for its bootstrap. */
export function nodeDatabases(site: Site, node: Node): NodeDatabase[] {
  if (databaseNode(site)?.name !== node.name) return [];
  const out = new Map<string, { database: string; role: string; clusters: Cluster[] }>();
  for (const d of appDatabases(site)) {
    if (d.backend !== 'node') continue;
    const entry = out.get(d.database) ?? { database: d.database, role: d.role, clusters: [] };
    const cluster = site.cluster(d.cluster);
    if (!entry.clusters.includes(cluster)) entry.clusters.push(cluster);
    out.set(d.database, entry);
  }
  return [...out.values()];
}

/**
 * The databases a cluster's CloudNativePG Cluster `pg` holds: its own apps' (backend
 * cloudnativePg), then those of the clusters that keep theirs on it (backend remote), in site order.
 */
export function cnpgDatabases(site: Site, cluster: Cluster): AppDatabase[] {
  const own = databaseBackend(site, cluster) === 'cloudnativePg' ? clusterDatabases(site, cluster) : [];
  return [...own, ...remoteClients(site, cluster).flatMap((c) => clusterDatabases(site, c))];
}

/** The clusters whose apps keep their databases on this cluster's CloudNativePG, in site order. */
export function remoteClients(site: Site, cluster: Cluster): Cluster[] {
  return site.clusters.filter((c) => remotePostgresql(c)?.cluster === cluster.name);
}
