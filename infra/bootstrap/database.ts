/**
 * Database VM: PostgreSQL from the distribution (`postgresql` package, Debian's postgresql-common)
 * with its data directory on the postgresql data disk, mounted at /srv/postgresql.
 *
 * Order on first boot (cloud-init): a `createcluster.d` drop-in written before the packages stops
 * the package from creating a cluster on the OS disk; after the packages, the data disk is
 * formatted if blank and mounted; then `postgresql-setup` creates the cluster on the disk (or
 * adopts the one already there after an OS rebuild), points it at our settings and pg_hba.conf,
 * and creates each app database with its owner role (cluster/apps/databases.ts: the databases the
 * apps of the clusters using this node declare).
 *
 * Passwords: each role's password is derived from one key, a root-only file Terraform writes
 * through cloud-init (the value in the synthesized JSON is a reference, never the key): the first
 * 32 hex digits of sha256("<key>:<role>"). Terraform outputs the same value per role
 * (`rolePasswordExpression`), for the operator to put in the site's secret store; a leaked role
 * password says nothing about the others.
 *
 * Access: `listen_addresses` is the node's address; pg_hba.conf allows each role to its own
 * database only, with scram-sha-256, from the networks and pod CIDR of the clusters whose apps use
 * it (`topology.ts`).
 */
import type { Node, Site } from '../../site';
import { PG_IDENTIFIER } from '../../cluster/apps/databases';
import { BootPlan, BootstrapError, checkCidr, checkIPv4, CONFIG_DIR, lines, SCRIPT_DIR, shellQuote } from './common';
import { dataDisk, dataDisksPlan, MOUNT_POINTS } from './disks';
import { checkSecret, referenceExpression } from './secrets';
import type { BootstrapSecrets } from './secrets';
import { nodeDatabaseClients, type NodeDatabaseAccess } from './topology';

export const POSTGRES_PORT = 5432;
export const POSTGRES_CONFIG_DIR = `${CONFIG_DIR}/postgresql`;
export const POSTGRES_SETTINGS = `${POSTGRES_CONFIG_DIR}/postgresql.conf`;
export const POSTGRES_HBA = `${POSTGRES_CONFIG_DIR}/pg_hba.conf`;
/** Root-only file holding the key the roles' passwords are derived from. */
export const POSTGRES_KEY_FILE = `${POSTGRES_CONFIG_DIR}/role-secret`;
/** Hex digits of a derived role password. */
export const ROLE_PASSWORD_LENGTH = 32;

/**
 * The Terraform expression of a role's password, from the reference to the key
 * (`${random_password.x.result}`): what the setup script derives on the node.
 */
export function rolePasswordExpression(keyReference: string, role: string): string {
  return `\${substr(sha256(format("%s:%s", ${referenceExpression(keyReference)}, "${checkRole(role)}")), 0, ${ROLE_PASSWORD_LENGTH})}`;
}

function checkRole(name: string): string {
  if (!PG_IDENTIFIER.test(name)) throw new BootstrapError(`${JSON.stringify(name)} is not a plain PostgreSQL name (a-z, 0-9, _; not starting with a digit)`);
  return name;
}

/** The databases of a node with the client blocks of each, checked. */
function databasesOf(site: Site, node: Node): NodeDatabaseAccess[] {
  return nodeDatabaseClients(site, node).map((d) => ({ ...d, database: checkRole(d.database), role: checkRole(d.role), clients: d.clients.map((c) => checkCidr(c, 'database client block')) }));
}
export const POSTGRES_SETUP_SCRIPT = `${SCRIPT_DIR}/postgresql-setup`;
/** postgresql-common reads `createcluster.d/*.conf` when a package creates its default cluster. */
export const CREATECLUSTER_DROPIN = '/etc/postgresql-common/createcluster.d/50-sitekit.conf';

/** The settings appended to the cluster's postgresql.conf (through conf.d). */
export function postgresqlSettings(node: Node): string {
  return lines(
    `# sitekit: settings of PostgreSQL on ${node.name}`,
    `listen_addresses = '${checkIPv4(node.address, 'database address')}'`,
    `port = ${POSTGRES_PORT}`,
    "password_encryption = 'scram-sha-256'",
    `hba_file = '${POSTGRES_HBA}'`,
  );
}

/** pg_hba.conf: local peer for administration, scram-sha-256 for each app role to its database from the networks of its clusters. */
export function pgHba(site: Site, node: Node): string {
  return lines(
    '# sitekit: who may connect, and how',
    '# TYPE  DATABASE  USER  ADDRESS  METHOD',
    'local   all       postgres      peer',
    'local   all       all           peer',
    databasesOf(site, node).flatMap((d) => d.clients.map((c) => `host    ${d.database}  ${d.role}  ${c}  scram-sha-256`)),
  );
}

/** The SQL of one role and its database, run by psql with the role's password in `$SITEKIT_PG_PASSWORD`. */
function roleBlock(database: string, role: string): string[] {
  return [
    '',
    `# role ${role}, owner of database ${database}`,
    `SITEKIT_PG_PASSWORD=$(printf '%s:%s' "$key" ${shellQuote(role)} | sha256sum | cut -c1-${ROLE_PASSWORD_LENGTH})`,
    'export SITEKIT_PG_PASSWORD',
    "runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres <<'SQL'",
    "\\set password `printf '%s' \"$SITEKIT_PG_PASSWORD\"`",
    "SET password_encryption = 'scram-sha-256';",
    `SELECT 'CREATE ROLE ${role} LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}')\\gexec`,
    `ALTER ROLE ${role} WITH LOGIN PASSWORD :'password';`,
    `SELECT 'CREATE DATABASE ${database} OWNER ${role}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${database}')\\gexec`,
    'SQL',
  ];
}

/** The setup script (run once by cloud-init as root). */
export function postgresqlSetupScript(site: Site, node: Node): string {
  const databases = databasesOf(site, node);
  return lines(
    '#!/bin/sh',
    '# sitekit: creates (or adopts) the PostgreSQL cluster on the data disk, applies the settings and',
    '# pg_hba.conf, creates each app database with its owner role, and sets each role\'s password,',
    '# derived from the root-only secret file. Idempotent.',
    'set -eu',
    'umask 077',
    '',
    `mount_point=${shellQuote(MOUNT_POINTS.postgresql)}`,
    `settings=${shellQuote(POSTGRES_SETTINGS)}`,
    `key_file=${shellQuote(POSTGRES_KEY_FILE)}`,
    '',
    'if ! mountpoint -q "$mount_point"; then',
    '  echo "postgresql-setup: $mount_point is not mounted; refusing to put the database on the OS disk" >&2',
    '  exit 1',
    'fi',
    '',
    "ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\\n' | sort -n | tail -n 1)",
    'if [ -z "$ver" ]; then',
    '  echo "postgresql-setup: no PostgreSQL server installed" >&2',
    '  exit 1',
    'fi',
    'data="$mount_point/$ver/main"',
    '',
    'if [ ! -d "/etc/postgresql/$ver/main" ]; then',
    '  # Creates the cluster, or adopts the data directory already on the disk (OS rebuilt).',
    '  pg_createcluster "$ver" main --datadir "$data"',
    'fi',
    'actual=$(pg_conftool -s "$ver" main show data_directory)',
    'if [ "$actual" != "$data" ]; then',
    '  echo "postgresql-setup: cluster $ver/main keeps its data in $actual, not on the data disk ($data)" >&2',
    '  exit 1',
    'fi',
    'install -m 0644 "$settings" "/etc/postgresql/$ver/main/conf.d/90-sitekit.conf"',
    'systemctl enable "postgresql@$ver-main.service"',
    'systemctl restart "postgresql@$ver-main.service"',
    '',
    '# Passwords reach psql through the environment of this process only (never argv).',
    'key=$(cat "$key_file")',
    'cd /',
    databases.length ? databases.flatMap((d) => roleBlock(d.database, d.role)) : ['# no app of the site keeps a database on this node'],
    '',
    'echo "postgresql-setup: cluster $ver/main ready in $data"',
  );
}

/** Files, packages and commands of a database node. */
export function databasePlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  if (node.flatcar) throw new BootstrapError(`database node ${node.name} needs the postgresql package; give it a debian or ubuntu image`);
  if (!dataDisk(node, 'postgresql')) throw new BootstrapError(`database node ${node.name} has no disk of purpose postgresql`);
  const key = checkSecret('postgresPassword', secrets.postgresPassword);
  const disks = dataDisksPlan(node, ['postgresql']);
  return {
    files: [
      ...disks.files,
      { path: CREATECLUSTER_DROPIN, mode: 0o644, early: true, content: lines('# sitekit: postgresql-setup creates the cluster on the data disk', 'create_main_cluster = false') },
      { path: POSTGRES_SETTINGS, mode: 0o644, content: postgresqlSettings(node) },
      { path: POSTGRES_HBA, mode: 0o644, content: pgHba(site, node) },
      { path: POSTGRES_KEY_FILE, mode: 0o600, content: `${key}\n` },
      { path: POSTGRES_SETUP_SCRIPT, mode: 0o755, content: postgresqlSetupScript(site, node) },
    ],
    units: disks.units,
    packages: ['postgresql'],
    commands: [[POSTGRES_SETUP_SCRIPT]],
  };
}
