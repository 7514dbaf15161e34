import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { disabledAddons, k3sConfig, k3sInstallScript, k3sPlan, k3sUnits, LONGHORN_DEFAULT_DISK_LABEL } from '../../../infra/bootstrap/k3s';
import { siteWith } from '../../support/helpers';
import { checkShell, checkUnits, checkYaml, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, withTools } from '../../support/validators/bootstrap';

const load = (f: string) => loadSiteFile(path.join(__dirname, '..', '..', '..', f)).site;
const site = load('site.yaml');
const config = (node: string, s = site) => parse(k3sConfig(s, s.node(node), PLACEHOLDER_REFERENCES));

describe('k3s config', () => {
  it('the first server initialises the cluster', () => {
    const c = config('master1');
    expect(c['cluster-init']).toBe(true);
    expect(c.server).toBeUndefined();
  });

  it('the second server joins via the API VIP 10.17.3.10:6443', () => {
    const c = config('master2');
    expect(c.server).toBe('https://10.17.3.10:6443');
    expect(c['cluster-init']).toBeUndefined();
  });

  it('servers: tls-san (VIP address, kube-api.<domain>, node FQDN), cidrs, disabled add-ons, etcd snapshots, secrets encryption, node-ip', () => {
    const c = config('master3');
    expect(c['tls-san']).toEqual(['10.17.3.10', 'kube-api.socialdevs.site', 'master3.socialdevs.site']);
    expect(c['cluster-cidr']).toBe('10.42.0.0/16');
    expect(c['service-cidr']).toBe('10.43.0.0/16');
    expect(c.disable).toEqual(['servicelb', 'traefik', 'local-storage']);
    expect(c['etcd-snapshot-schedule-cron']).toBe('0 */6 * * *');
    expect(c['etcd-snapshot-retention']).toBe(28);
    expect(c['secrets-encryption']).toBe(true);
    expect(c['node-ip']).toBe('10.17.4.23');
  });

  it('tokens come from the secrets, as references, quoted (a numeric value stays a string)', () => {
    const text = k3sConfig(site, site.node('master1'), PLACEHOLDER_REFERENCES);
    expect(text).toContain('token: "${random_password.k3s_token.result}"\n');
    expect(text).toContain('agent-token: "${random_password.k3s_agent_token.result}"\n');
    expect(parse(k3sConfig(site, site.node('worker1'), { k3sAgentToken: '123456' })).token).toBe('123456');
  });

  it('agents and the storage node join as agents with the agent token only', () => {
    for (const n of ['worker1', 'storage1']) {
      expect(config(n)).toEqual({
        server: 'https://10.17.3.10:6443',
        token: '${random_password.k3s_agent_token.result}',
        'node-name': n,
        'node-ip': site.node(n).address,
        'kube-proxy-arg': ['metrics-bind-address=0.0.0.0:10249'],
        'node-label': ['node.longhorn.io/create-default-disk=true'],
      });
    }
    expect(k3sConfig(site, site.node('worker1'), PLACEHOLDER_REFERENCES)).not.toContain('k3s_token.result');
  });

  it('with kube-prometheus-stack: etcd metrics exposed and the control plane and kube-proxy listening beyond localhost; nothing without it', () => {
    expect(config('master2')).toMatchObject({ 'etcd-expose-metrics': true, 'kube-controller-manager-arg': ['bind-address=0.0.0.0'], 'kube-scheduler-arg': ['bind-address=0.0.0.0'], 'kube-proxy-arg': ['metrics-bind-address=0.0.0.0:10249'] });
    expect(config('worker2')['etcd-expose-metrics']).toBeUndefined();
    const without = siteWith((d) => {
      delete d.clusters[0].components.kubePrometheusStack;
      delete d.clusters[0].monitoring;
    });
    for (const n of ['master1', 'worker1']) {
      const c = config(n, without);
      for (const k of ['etcd-expose-metrics', 'kube-controller-manager-arg', 'kube-scheduler-arg', 'kube-proxy-arg']) expect(c[k]).toBeUndefined();
    }
  });

  it('the Longhorn default-disk label only on nodes with a longhorn disk (never on the servers\' system disks)', () => {
    const labelled = site.clusters[0].nodes.filter((n) => config(n)['node-label']);
    expect(labelled).toEqual(['worker1', 'worker2', 'worker3', 'storage1']);
    for (const n of labelled) expect(config(n)['node-label']).toEqual([LONGHORN_DEFAULT_DISK_LABEL]);
    const multi = load('examples/multi-cluster.yaml');
    // Two hosts: the zone label follows the default-disk label, and is the only label of a server without a longhorn disk.
    expect(config('data-cp', multi)['node-label']).toEqual([LONGHORN_DEFAULT_DISK_LABEL, 'topology.kubernetes.io/zone=neo50q']);
    expect(config('gordito-cp', multi)['node-label']).toEqual(['topology.kubernetes.io/zone=neo50q']);
    expect(config('gordito-worker', multi)['node-label']).toEqual([LONGHORN_DEFAULT_DISK_LABEL, 'sitekit.dev/gpu=intel', 'topology.kubernetes.io/zone=elitedesk']);
  });

  it('without an API VIP, servers join and agents connect through the first server', () => {
    const multi = load('examples/multi-cluster.yaml');
    expect(config('gordito-worker', multi).server).toBe('https://10.10.0.11:6443');
    expect(config('gordito-cp', multi)['tls-san']).toEqual(['10.10.0.11', 'gordito-cp.home.example.org']);
  });

  it('disables the bundled Traefik for ingress-nginx too, and local-path where Longhorn is the default StorageClass', () => {
    const multi = load('examples/multi-cluster.yaml');
    expect(disabledAddons(multi.cluster('gordito'))).toEqual(['servicelb', 'traefik', 'local-storage']);
    expect(disabledAddons(multi.cluster('data'))).toEqual(['servicelb', 'local-storage']);
    expect(disabledAddons(load('examples/proxmox-minimal.yaml').cluster('lab'))).toEqual(['servicelb', 'traefik']);
  });

  it('refuses a node outside any cluster, and missing or unsafe tokens', () => {
    expect(() => k3sConfig(site, site.node('loadbalancer1'), PLACEHOLDER_REFERENCES)).toThrow(BootstrapError);
    expect(() => k3sConfig(site, site.node('master1'), { k3sAgentToken: 'x' })).toThrow(/k3sToken/);
    expect(() => k3sConfig(site, site.node('worker1'), { k3sAgentToken: 'a"\nserver: https://evil' })).toThrow(BootstrapError);
  });

  it.each(['master1', 'master2', 'worker1', 'storage1'])('snapshot %s', (n) => {
    expect(k3sConfig(site, site.node(n), PLACEHOLDER_REFERENCES)).toMatchSnapshot();
  });

  for (const n of ['master1', 'master2', 'worker1']) {
    withTools(it, ['yamllint'])(`yamllint ${n}`, () => {
      expect(checkYaml(k3sConfig(site, site.node(n), EXAMPLE_SECRETS))).toMatchObject({ ok: true });
    });
  }
});

describe('k3s install and units', () => {
  it('the install script is pinned to the cluster version and verifies the checksum', () => {
    const script = k3sInstallScript('v1.33.5+k3s1');
    expect(script).toContain("version='v1.33.5+k3s1'");
    expect(script).toContain("base='https://github.com/k3s-io/k3s/releases/download/v1.33.5%2Bk3s1'");
    expect(script).toContain('sha256sum -c -');
    expect(script).toContain("dest='/opt/bin/k3s'");
    expect(script).not.toContain('${');
    expect(script).toMatchSnapshot();
  });

  it('refuses a version that is not a k3s release', () => {
    expect(() => k3sInstallScript("v1.33.5+k3s1'; reboot; '")).toThrow(BootstrapError);
  });

  it('the install script installs only when no k3s is there: an upgraded binary survives every boot', () => {
    const script = k3sInstallScript('v1.33.5+k3s1');
    expect(script).toContain('if [ -x "$dest" ]; then\n  echo "k3s-install: $dest is installed ($("$dest" --version 2>/dev/null | head -n 1)), kept"\n  exit 0\nfi\n');
    // No version comparison left: any installed k3s is kept.
    expect(script).not.toMatch(/grep[^\n]*version/);
  });

  describe('the install script, run (its destination in a temporary directory, curl a stub serving a fake release)', () => {
    const FAKE = 'fake k3s binary\n';
    let dir: string;
    let dest: string;
    const run = (sums?: string) => {
      const stub = path.join(dir, 'stub');
      fs.mkdirSync(stub, { recursive: true });
      const digest = spawnSync('sha256sum', { input: FAKE, encoding: 'utf8' }).stdout.split(' ')[0];
      fs.writeFileSync(path.join(dir, 'sums'), sums ?? `${digest}  k3s\n${digest}  k3s-arm64\n`);
      // curl -fsSL ... -o <file> <url>: logs the URL, writes the sums file or the fake binary.
      fs.writeFileSync(
        path.join(stub, 'curl'),
        ['#!/bin/sh', 'out=', 'while [ $# -gt 1 ]; do [ "$1" = -o ] && out=$2; shift; done', `echo "$1" >> '${dir}/curl.log'`, `case $1 in */sha256sum-*) cp '${dir}/sums' "$out" ;; *) printf 'fake k3s binary\\n' > "$out" ;; esac`, ''].join('\n'),
        { mode: 0o755 },
      );
      const text = k3sInstallScript('v1.33.5+k3s1').replace("dest='/opt/bin/k3s'", `dest='${dest}'`);
      expect(text).toContain(`dest='${dest}'`);
      fs.writeFileSync(path.join(dir, 'k3s-install'), text);
      return spawnSync('sh', [path.join(dir, 'k3s-install')], { encoding: 'utf8', env: { ...process.env, PATH: `${stub}:${process.env.PATH}` } });
    };
    const curls = () => (fs.existsSync(path.join(dir, 'curl.log')) ? fs.readFileSync(path.join(dir, 'curl.log'), 'utf8').trim().split('\n') : []);

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-k3s-install-'));
      dest = path.join(dir, 'bin', 'k3s');
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('a node upgraded past the first-boot version keeps its k3s: nothing downloaded, the binary untouched', () => {
      fs.mkdirSync(path.dirname(dest));
      const upgraded = '#!/bin/sh\necho "k3s version v1.34.1+k3s1 (0123abcd)"\n';
      fs.writeFileSync(dest, upgraded, { mode: 0o755 });
      const r = run();
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`k3s-install: ${dest} is installed (k3s version v1.34.1+k3s1 (0123abcd)), kept\n`);
      expect(curls()).toEqual([]);
      expect(fs.readFileSync(dest, 'utf8')).toBe(upgraded);
    });

    it('a node without k3s gets the pinned release, checked against its sha256 list', () => {
      const r = run();
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('k3s-install: installed v1.33.5+k3s1\n');
      expect(curls()).toHaveLength(2);
      expect(curls()[0]).toMatch(/^https:\/\/github\.com\/k3s-io\/k3s\/releases\/download\/v1\.33\.5%2Bk3s1\/k3s(-arm64)?$/);
      expect(fs.readFileSync(dest, 'utf8')).toBe(FAKE);
      expect(fs.statSync(dest).mode & 0o777).toBe(0o755);
    });

    it('a download that does not match the checksum is not installed', () => {
      const r = run(`${'0'.repeat(64)}  k3s\n${'0'.repeat(64)}  k3s-arm64\n`);
      expect(r.status).not.toBe(0);
      expect(fs.existsSync(dest)).toBe(false);
    });
  });

  withTools(it, ['shellcheck'])('shellcheck passes the install script', () => {
    expect(checkShell(k3sInstallScript('v1.33.5+k3s1'))).toMatchObject({ ok: true, output: '' });
  });

  it('servers run k3s.service (k3s server), agents k3s-agent.service; both after the install; Longhorn nodes need the disk mounted', () => {
    const server = k3sUnits(site, site.node('master1'));
    expect(server.map((u) => u.name)).toEqual(['k3s-install.service', 'k3s.service']);
    expect(server[1].contents).toContain('ExecStart=/opt/bin/k3s server\n');
    expect(server[1].contents).toContain('Requires=k3s-install.service\n');
    expect(server[1].contents).not.toContain('RequiresMountsFor');
    const agent = k3sUnits(site, site.node('worker2'));
    expect(agent[1].name).toBe('k3s-agent.service');
    expect(agent[1].contents).toContain('ExecStart=/opt/bin/k3s agent\n');
    expect(agent[1].contents).toContain('RequiresMountsFor=/var/lib/longhorn\n');
    expect(server[1].contents).toMatchSnapshot();
  });

  it('plans: config 0600; Flatcar enables iscsid for Longhorn; Debian nodes install open-iscsi and nfs-common', () => {
    const flatcar = k3sPlan(site, site.node('worker1'), PLACEHOLDER_REFERENCES);
    expect(flatcar.files.find((f) => f.path === '/etc/rancher/k3s/config.yaml')?.mode).toBe(0o600);
    expect(flatcar.units.find((u) => u.name === 'iscsid.service')).toEqual({ name: 'iscsid.service', enabled: true });
    expect(flatcar.packages).toEqual([]);
    const multi = load('examples/multi-cluster.yaml');
    const debian = k3sPlan(multi, multi.node('gordito-worker'), PLACEHOLDER_REFERENCES);
    expect(debian.packages).toEqual(['curl', 'open-iscsi', 'nfs-common']);
  });

  for (const n of ['master1', 'worker1']) {
    withTools(it, ['systemd-analyze'])(`systemd-analyze verify: units of ${n}`, () => {
      const r = checkUnits(k3sUnits(site, site.node(n)));
      expect(r).toMatchObject({ ok: true });
      expect(r.notes).toContain('/opt/bin/k3s does not exist on this machine: verified as /bin/true');
    });
  }
});
