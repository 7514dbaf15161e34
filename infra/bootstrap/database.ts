/**
 * Database VM: PostgreSQL from the distribution (`postgresql` package, Debian's postgresql-common)
 * with its data directory on the postgresql data disk, mounted at /srv/postgresql.
 *
 * Order on first boot (cloud-init): a `createcluster.d` drop-in written before the packages stops
 * the package from creating a cluster on the OS disk; after the packages, the data disk is
 * formatted if blank and mounted; then `postgresql-setup` creates the cluster on the disk (or
 * adopts the one already there after an OS rebuild), points it at our settings and pg_hba.conf,
 * and sets the application role's password from a root-only file. Terraform writes that file
 * through cloud-init: the value in the synthesized JSON is a reference, never the password.
 *
 * Access: `listen_addresses` is the node's address; pg_hba.conf allows the application role to
 * its database with scram-sha-256 from the cluster networks and pod CIDRs only (`topology.ts`).
 */
import type { Node, Site } from '../../site';
import { BootPlan, BootstrapError, checkCidr, checkIPv4, CONFIG_DIR, lines, SCRIPT_DIR, shellQuote } from './common';
import { dataDisk, dataDisksPlan, MOUNT_POINTS } from './disks';
import { checkSecret } from './secrets';
import type { BootstrapSecrets } from './secrets';
import { databaseClients } from './topology';

/** The application role and its database. */
export const POSTGRES_ROLE = 'app';
export const POSTGRES_DATABASE = 'app';
export const POSTGRES_PORT = 5432;
export const POSTGRES_CONFIG_DIR = `${CONFIG_DIR}/postgresql`;
export const POSTGRES_SETTINGS = `${POSTGRES_CONFIG_DIR}/postgresql.conf`;
export const POSTGRES_HBA = `${POSTGRES_CONFIG_DIR}/pg_hba.conf`;
/** Root-only file holding the application role's password. */
export const POSTGRES_PASSWORD_FILE = `${POSTGRES_CONFIG_DIR}/app-password`;
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

/** pg_hba.conf: local peer for administration, scram-sha-256 for the application from the networks that need it. */
export function pgHba(site: Site): string {
  const clients = databaseClients(site);
  if (!clients.length) throw new BootstrapError('no cluster in the site needs the database');
  return lines(
    '# sitekit: who may connect, and how',
    '# TYPE  DATABASE  USER  ADDRESS  METHOD',
    'local   all       postgres      peer',
    'local   all       all           peer',
    clients.map((c) => `host    ${POSTGRES_DATABASE}       ${POSTGRES_ROLE}   ${checkCidr(c, 'database client block')}  scram-sha-256`),
  );
}

/** The setup script (run once by cloud-init as root). */
export function postgresqlSetupScript(): string {
  return lines(
    '#!/bin/sh',
    '# sitekit: creates (or adopts) the PostgreSQL cluster on the data disk, applies the settings and',
    '# pg_hba.conf, creates the application role and database, and sets the password from a',
    '# root-only file. Idempotent.',
    'set -eu',
    'umask 077',
    '',
    `mount_point=${shellQuote(MOUNT_POINTS.postgresql)}`,
    `settings=${shellQuote(POSTGRES_SETTINGS)}`,
    `password_file=${shellQuote(POSTGRES_PASSWORD_FILE)}`,
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
    '# The password reaches psql through the environment of this process only (never argv).',
    'SITEKIT_PG_PASSWORD=$(cat "$password_file")',
    'export SITEKIT_PG_PASSWORD',
    'cd /',
    "runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres <<'SQL'",
    "\\set password `printf '%s' \"$SITEKIT_PG_PASSWORD\"`",
    "SET password_encryption = 'scram-sha-256';",
    `SELECT 'CREATE ROLE ${POSTGRES_ROLE} LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${POSTGRES_ROLE}')\\gexec`,
    `ALTER ROLE ${POSTGRES_ROLE} WITH LOGIN PASSWORD :'password';`,
    `SELECT 'CREATE DATABASE ${POSTGRES_DATABASE} OWNER ${POSTGRES_ROLE}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${POSTGRES_DATABASE}')\\gexec`,
    'SQL',
    'echo "postgresql-setup: cluster $ver/main ready in $data"',
  );
}

/** Files, packages and commands of a database node. */
export function databasePlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  if (node.flatcar) throw new BootstrapError(`database node ${node.name} needs the postgresql package; give it a debian or ubuntu image`);
  if (!dataDisk(node, 'postgresql')) throw new BootstrapError(`database node ${node.name} has no disk of purpose postgresql`);
  const password = checkSecret('postgresPassword', secrets.postgresPassword);
  const disks = dataDisksPlan(node, ['postgresql']);
  return {
    files: [
      ...disks.files,
      { path: CREATECLUSTER_DROPIN, mode: 0o644, early: true, content: lines('# sitekit: postgresql-setup creates the cluster on the data disk', 'create_main_cluster = false') },
      { path: POSTGRES_SETTINGS, mode: 0o644, content: postgresqlSettings(node) },
      { path: POSTGRES_HBA, mode: 0o644, content: pgHba(site) },
      { path: POSTGRES_PASSWORD_FILE, mode: 0o600, content: `${password}\n` },
      { path: POSTGRES_SETUP_SCRIPT, mode: 0o755, content: postgresqlSetupScript() },
    ],
    units: disks.units,
    packages: ['postgresql'],
    commands: [[POSTGRES_SETUP_SCRIPT]],
  };
}
