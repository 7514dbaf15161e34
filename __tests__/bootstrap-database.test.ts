import * as path from 'path';
import { loadSiteFile } from '../site';
import { BootstrapError } from '../infra/bootstrap/common';
import { databasePlan, pgHba, postgresqlSettings, postgresqlSetupScript } from '../infra/bootstrap/database';
import { checkShell, checkUnits, PLACEHOLDER_REFERENCES, withTools } from '../infra/bootstrap/verify';

const site = loadSiteFile(path.join(__dirname, '..', 'site.yaml')).site;
const db = site.node('postgresql1');

describe('database node', () => {
  it('listens on its own address only, scram-sha-256, our pg_hba.conf', () => {
    const s = postgresqlSettings(db);
    expect(s).toContain("listen_addresses = '10.17.5.14'\n");
    expect(s).toContain("password_encryption = 'scram-sha-256'\n");
    expect(s).toContain("hba_file = '/etc/sitekit/postgresql/pg_hba.conf'\n");
  });

  it('pg_hba: the app role from the cluster node network and the pod CIDR, scram-sha-256; nothing else over TCP', () => {
    const host = pgHba(site).split('\n').filter((l) => l.startsWith('host'));
    expect(host.map((l) => l.split(/\s+/))).toEqual([
      ['host', 'app', 'app', '10.17.4.0/24', 'scram-sha-256'],
      ['host', 'app', 'app', '10.42.0.0/16', 'scram-sha-256'],
    ]);
    expect(pgHba(site)).not.toMatch(/\btrust\b|\bmd5\b|0\.0\.0\.0\/0/);
  });

  it('the data directory goes on the postgresql disk; the package never creates a cluster on the OS disk', () => {
    const plan = databasePlan(site, db, PLACEHOLDER_REFERENCES);
    const early = plan.files.filter((f) => f.early);
    expect(early).toEqual([{ path: '/etc/postgresql-common/createcluster.d/50-sitekit.conf', mode: 0o644, early: true, content: expect.stringContaining('create_main_cluster = false\n') }]);
    expect(plan.units.map((u) => u.name)).toEqual(['sitekit-format-postgresql.service', 'srv-postgresql.mount']);
    const script = postgresqlSetupScript();
    expect(script).toContain("mount_point='/srv/postgresql'");
    expect(script).toContain('pg_createcluster "$ver" main --datadir "$data"');
    expect(script).toContain('refusing to put the database on the OS disk');
    expect(plan.commands).toEqual([['/opt/sitekit/bin/postgresql-setup']]);
    expect(plan.packages).toEqual(['postgresql']);
  });

  it('the password: a root-only file holding only the Terraform reference; the script passes it to psql without argv', () => {
    const plan = databasePlan(site, db, PLACEHOLDER_REFERENCES);
    const pw = plan.files.find((f) => f.path === '/etc/sitekit/postgresql/app-password')!;
    expect(pw).toEqual({ path: '/etc/sitekit/postgresql/app-password', mode: 0o600, content: '${random_password.postgres.result}\n' });
    const script = postgresqlSetupScript();
    expect(script).toContain("\\set password `printf '%s' \"$SITEKIT_PG_PASSWORD\"`");
    expect(script).toContain("ALTER ROLE app WITH LOGIN PASSWORD :'password';");
    expect(script).not.toMatch(/psql[^\n]*-c/);
    for (const f of plan.files.filter((x) => x !== pw)) expect(f.content).not.toContain('random_password.postgres');
  });

  it('refuses Flatcar and a missing password', () => {
    expect(() => databasePlan(site, { ...db, flatcar: true }, PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
    expect(() => databasePlan(site, db, {})).toThrow(/postgresPassword/);
  });

  it('snapshots', () => {
    expect(pgHba(site)).toMatchSnapshot();
    expect(postgresqlSettings(db)).toMatchSnapshot();
    expect(postgresqlSetupScript()).toMatchSnapshot();
  });

  withTools(it, ['shellcheck'])('shellcheck passes the setup script', () => {
    expect(checkShell(postgresqlSetupScript())).toMatchObject({ ok: true });
  });

  withTools(it, ['systemd-analyze'])('systemd-analyze verify: the data disk units', () => {
    expect(checkUnits(databasePlan(site, db, PLACEHOLDER_REFERENCES).units)).toMatchObject({ ok: true });
  });
});
