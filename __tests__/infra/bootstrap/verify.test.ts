import {
  checkChrony,
  checkCloudConfig,
  checkDnsmasq,
  checkHaproxy,
  checkIgnition,
  checkKeepalived,
  checkNetworkConfig,
  checkNft,
  checkShell,
  checkUnits,
  checkWireguard,
  strictWireguardProblems,
  checkYaml,
  EXAMPLE_SECRETS,
  missingTools,
  PLACEHOLDER_REFERENCES,
  resolveReferences,
  withTools,
  type TestApi,
} from '../../support/validators/bootstrap';

/** Each validator must REJECT a broken input, or its "ok" on our files would prove nothing. */
describe('the validators reject broken input', () => {
  withTools(it, ['haproxy'])('haproxy: unknown keyword', () => {
    expect(checkHaproxy('defaults\n  mode tcp\n  timeuot connect 5s\n').ok).toBe(false);
  });
  withTools(it, ['haproxy'])('haproxy: a warning fails too', () => {
    expect(checkHaproxy('frontend f\n  mode tcp\n  bind 127.0.0.1:1\n').ok).toBe(false);
  });
  withTools(it, ['keepalived', 'unshare', 'ip'])('keepalived: an interface that does not exist', () => {
    const conf = 'vrrp_instance x {\n  interface ens3\n  virtual_router_id 51\n  priority 100\n  virtual_ipaddress {\n    10.0.0.1/24\n  }\n}\n';
    expect(checkKeepalived(conf, []).ok).toBe(false);
    expect(checkKeepalived(conf, ['ens3']).ok).toBe(true);
  });
  withTools(it, ['nft', 'unshare'])('nft: syntax error', () => {
    expect(checkNft('table inet filter {\n  chain input {\n    tcp dport 22 acept\n  }\n}\n').ok).toBe(false);
  });
  withTools(it, ['dnsmasq'])('dnsmasq: bad option', () => {
    expect(checkDnsmasq('listen-adress=1.2.3.4\n').ok).toBe(false);
  });
  withTools(it, ['chronyd'])('chrony: bad directive', () => {
    expect(checkChrony('allowe 10.0.0.0/8\n').ok).toBe(false);
  });
  withTools(it, ['cloud-init'])('cloud-init: a deprecated value fails (22.4 only warns)', () => {
    expect(checkCloudConfig('#cloud-config\nssh_pwauth: "no"\n').ok).toBe(false);
    expect(checkCloudConfig('#cloud-config\nssh_pwauth: false\n').ok).toBe(true);
  });
  withTools(it, ['cloud-init'])('network-config: `to: default` (cloud-init 22.4 cannot parse it)', () => {
    const doc = 'version: 2\nethernets:\n  ens3:\n    addresses: [10.0.0.2/24]\n    routes:\n      - to: default\n        via: 10.0.0.1\n';
    expect(checkNetworkConfig(doc).ok).toBe(false);
    expect(checkNetworkConfig(doc.replace('to: default', 'to: 0.0.0.0/0')).ok).toBe(true);
  });
  withTools(it, ['ignition-validate'])('ignition: a warning (enabled unit without [Install]) and a bad data URL', () => {
    const base = { ignition: { version: '3.3.0' } };
    expect(checkIgnition({ ...base, systemd: { units: [{ name: 'x.service', enabled: true, contents: '[Service]\nExecStart=/bin/true\n' }] } }).ok).toBe(false);
    expect(checkIgnition({ ...base, storage: { files: [{ path: '/x', contents: { source: 'data:,${unresolved}' } }] } }).ok).toBe(false);
    expect(checkIgnition(base).ok).toBe(true);
  });
  withTools(it, ['shellcheck'])('shellcheck: an unquoted variable', () => {
    expect(checkShell('#!/bin/sh\necho $1\n').ok).toBe(false);
  });
  withTools(it, ['yamllint'])('yamllint: a duplicate key', () => {
    expect(checkYaml('a: 1\na: 2\n').ok).toBe(false);
  });
  withTools(it, ['systemd-analyze'])('systemd-analyze: an unknown key in our unit', () => {
    expect(checkUnits([{ name: 'x.service', contents: '[Service]\nType=oneshot\nExecStart=/bin/true\nExecStrat=/bin/true\n' }]).ok).toBe(false);
    expect(checkUnits([{ name: 'x.service', contents: '[Service]\nType=oneshot\nExecStart=/bin/true\n' }]).ok).toBe(true);
  });
  withTools(it, ['wg', 'wg-quick', 'unshare', 'ip'])('wireguard: a malformed key', () => {
    const conf = `[Interface]\nPrivateKey = ${EXAMPLE_SECRETS.wireguardGatewayPrivateKey}\n[Peer]\nPublicKey = AAAA\nAllowedIPs = 10.0.0.0/24\n`;
    expect(checkWireguard(conf).ok).toBe(false);
    expect(checkWireguard(conf.replace('AAAA', EXAMPLE_SECRETS.wireguardPeerPublicKey)).ok).toBe(true);
  });
  withTools(it, ['wg', 'wg-quick', 'unshare', 'ip', 'wireguard-go'])('wireguard: wg setconf itself rejects what the strict check lets through (a /33 prefix)', () => {
    const conf = `[Interface]\nPrivateKey = ${EXAMPLE_SECRETS.wireguardGatewayPrivateKey}\n[Peer]\nPublicKey = ${EXAMPLE_SECRETS.wireguardPeerPublicKey}\nAllowedIPs = 10.0.0.0/33\n`;
    expect(strictWireguardProblems(conf)).toEqual([]);
    const r = checkWireguard(conf);
    expect(r.notes).toEqual([]);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/wg setconf rejected it: AllowedIP is not in the correct format: `10\.0\.0\.0\/33'/);
  });
});

describe('harness', () => {
  it('names a missing tool and its package', () => {
    expect(missingTools(['definitely-not-a-validator'])).toMatch(/definitely-not-a-validator not installed/);
    expect(missingTools(['sh'])).toBeUndefined();
  });

  it('a missing validator: a failing test when CI=true, a skipped one otherwise, both loud', () => {
    const calls: string[] = [];
    const fake = Object.assign((name: string, fn: () => void) => {
      calls.push(`it ${name}`);
      try {
        fn();
      } catch (e) {
        calls.push(`threw ${(e as Error).message}`);
      }
    }, { skip: (name: string) => calls.push(`skip ${name}`) }) as unknown as TestApi;
    const warnings: string[] = [];
    const warn = jest.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
    const ci = process.env.CI;
    try {
      process.env.CI = 'true';
      withTools(fake, ['no-such-validator'])('t', () => undefined);
      process.env.CI = '';
      withTools(fake, ['no-such-validator'])('t', () => undefined);
    } finally {
      process.env.CI = ci;
      warn.mockRestore();
    }
    expect(calls[0]).toBe('it t');
    expect(calls[1]).toMatch(/^threw validator missing in CI: no-such-validator not installed/);
    expect(calls[2]).toMatch(/^skip t \[SKIPPED: no-such-validator not installed/);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('VALIDATOR MISSING: no-such-validator not installed');
    expect(warnings[0]).toContain('FAILING (CI=true)');
    expect(warnings[1]).toContain('SKIPPED (set CI=true to fail instead)');
  });

  it('resolveReferences does what Terraform does', () => {
    expect(resolveReferences('a ${random_password.vrrp.result} b ${random_password.postgres.result}', PLACEHOLDER_REFERENCES, { vrrpPassword: 'x+y', postgresPassword: 'p/q' })).toBe('a x+y b p/q');
  });
});
