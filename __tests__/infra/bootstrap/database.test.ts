import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { databasePlan, pgHba, postgresqlSettings, postgresqlSetupScript, rolePasswordExpression } from '../../../infra/bootstrap/database';
import { checkShell, checkUnits, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, withTools } from '../../support/validators/bootstrap';
import { siteWith } from '../../support/helpers';

const site = loadSiteFile(path.join(__dirname, '..', '..', '..', 'site.yaml')).site;
const db = site.node('postgresql1');

describe('database node', () => {
  it('listens on its own address only, scram-sha-256, our pg_hba.conf', () => {
    const s = postgresqlSettings(db);
    expect(s).toContain("listen_addresses = '10.17.5.14'\n");
    expect(s).toContain("password_encryption = 'scram-sha-256'\n");
    expect(s).toContain("hba_file = '/etc/sitekit/postgresql/pg_hba.conf'\n");
  });

  it('pg_hba: the seed backend\'s role to its database (socialdevs) from the cluster node network and the pod CIDR, scram-sha-256; nothing else over TCP', () => {
    const host = pgHba(site, db).split('\n').filter((l) => l.startsWith('host'));
    expect(host.map((l) => l.split(/\s+/))).toEqual([
      ['host', 'socialdevs', 'socialdevs', '10.17.4.0/24', 'scram-sha-256'],
      ['host', 'socialdevs', 'socialdevs', '10.42.0.0/16', 'scram-sha-256'],
    ]);
    expect(pgHba(site, db)).not.toMatch(/\btrust\b|\bmd5\b|0\.0\.0\.0\/0/);
  });

  it('one role and database per app database; none when no app keeps one on the node', () => {
    const script = postgresqlSetupScript(site, db);
    expect(script).toContain("SELECT 'CREATE ROLE socialdevs LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socialdevs')\\gexec\n");
    expect(script).toContain("SELECT 'CREATE DATABASE socialdevs OWNER socialdevs' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'socialdevs')\\gexec\n");
    expect(script).not.toMatch(/ROLE app\b|DATABASE app\b/);
    // The cluster keeps its databases in CloudNativePG: the node holds none, and admits nobody over TCP.
    const cnpg = siteWith((d) => (d.clusters[0].postgresql = 'cloudnativePg'));
    expect(pgHba(cnpg, cnpg.node('postgresql1'))).not.toMatch(/^host/m);
    expect(postgresqlSetupScript(cnpg, cnpg.node('postgresql1'))).toContain('# no app of the site keeps a database on this node\n');
  });

  it('the data directory goes on the postgresql disk; the package never creates a cluster on the OS disk', () => {
    const plan = databasePlan(site, db, PLACEHOLDER_REFERENCES);
    const early = plan.files.filter((f) => f.early);
    expect(early).toEqual([{ path: '/etc/postgresql-common/createcluster.d/50-sitekit.conf', mode: 0o644, early: true, content: expect.stringContaining('create_main_cluster = false\n') }]);
    expect(plan.units.map((u) => u.name)).toEqual(['sitekit-format-postgresql.service', 'srv-postgresql.mount']);
    const script = postgresqlSetupScript(site, db);
    expect(script).toContain("mount_point='/srv/postgresql'");
    expect(script).toContain('pg_createcluster "$ver" main --datadir "$data"');
    expect(script).toContain('refusing to put the database on the OS disk');
    expect(plan.commands).toEqual([['/opt/sitekit/bin/postgresql-setup']]);
    expect(plan.packages).toEqual(['postgresql']);
  });

  it('the key: a root-only file holding only the Terraform reference; each role\'s password is derived from it and reaches psql without argv', () => {
    const plan = databasePlan(site, db, PLACEHOLDER_REFERENCES);
    const key = plan.files.find((f) => f.path === '/etc/sitekit/postgresql/role-secret')!;
    expect(key).toEqual({ path: '/etc/sitekit/postgresql/role-secret', mode: 0o600, content: '${random_password.postgres.result}\n' });
    const script = postgresqlSetupScript(site, db);
    expect(script).toContain("SITEKIT_PG_PASSWORD=$(printf '%s:%s' \"$key\" 'socialdevs' | sha256sum | cut -c1-32)\n");
    expect(script).toContain("\\set password `printf '%s' \"$SITEKIT_PG_PASSWORD\"`");
    expect(script).toContain("ALTER ROLE socialdevs WITH LOGIN PASSWORD :'password';");
    expect(script).not.toMatch(/psql[^\n]*-c/);
    for (const f of plan.files.filter((x) => x !== key)) expect(f.content).not.toContain('random_password.postgres');
  });

  it('Terraform derives the same password the node does (the output the operator copies into the secret store)', () => {
    expect(rolePasswordExpression('${random_password.postgresql_password.result}', 'socialdevs')).toBe(
      '${substr(sha256(format("%s:%s", random_password.postgresql_password.result, "socialdevs")), 0, 32)}',
    );
    expect(() => rolePasswordExpression('${random_password.x.result}', 'social-devs')).toThrow(BootstrapError);
  });

  withTools(it, ['sh', 'sha256sum'])('the script\'s derivation gives sha256("<key>:<role>")[0:32]', () => {
    const key = EXAMPLE_SECRETS.postgresPassword;
    const line = postgresqlSetupScript(site, db).split('\n').find((l) => l.startsWith('SITEKIT_PG_PASSWORD='))!;
    const out = execFileSync('sh', ['-c', `key=${key}; ${line}; printf '%s' "$SITEKIT_PG_PASSWORD"`], { encoding: 'utf8' });
    expect(out).toBe(createHash('sha256').update(`${key}:socialdevs`).digest('hex').slice(0, 32));
  });

  withTools(it, ['terraform'])('terraform console evaluates the output expression to the same value', () => {
    const key = EXAMPLE_SECRETS.postgresPassword;
    const expr = rolePasswordExpression('${local.key}', 'socialdevs').slice(2, -1).replace('local.key', JSON.stringify(key));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-tf-'));
    try {
      const out = execFileSync('terraform', ['console'], { cwd: dir, input: `${expr}\n`, encoding: 'utf8', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } });
      expect(out.trim()).toBe(JSON.stringify(createHash('sha256').update(`${key}:socialdevs`).digest('hex').slice(0, 32)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses Flatcar and a missing password', () => {
    expect(() => databasePlan(site, { ...db, flatcar: true }, PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
    expect(() => databasePlan(site, db, {})).toThrow(/postgresPassword/);
  });

  it('snapshots', () => {
    expect(pgHba(site, db)).toMatchSnapshot();
    expect(postgresqlSettings(db)).toMatchSnapshot();
    expect(postgresqlSetupScript(site, db)).toMatchSnapshot();
  });

  withTools(it, ['shellcheck'])('shellcheck passes the setup script', () => {
    expect(checkShell(postgresqlSetupScript(site, db))).toMatchObject({ ok: true });
  });

  withTools(it, ['systemd-analyze'])('systemd-analyze verify: the data disk units', () => {
    expect(checkUnits(databasePlan(site, db, PLACEHOLDER_REFERENCES).units)).toMatchObject({ ok: true });
  });
});
