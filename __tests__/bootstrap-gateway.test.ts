import * as path from 'path';
import { loadSiteFile } from '../site';
import { BootstrapError } from '../infra/bootstrap/common';
import { gatewayPlan, wireguardConfig } from '../infra/bootstrap/gateway';
import { checkWireguard, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, strictWireguardProblems, withTools } from '../infra/bootstrap/verify';

const site = loadSiteFile(path.join(__dirname, '..', 'site.yaml')).site;
const gw = site.node('wg-gateway');

describe('wg0.conf', () => {
  const text = wireguardConfig(site, gw, PLACEHOLDER_REFERENCES);

  it('tunnel address, port 51820, private key from the secrets, the infra node as peer routing the site networks', () => {
    expect(text).toContain('[Interface]\nAddress = 10.17.0.1/24\nListenPort = 51820\nPrivateKey = ${wireguard_asymmetric_key.gateway.private_key}\n');
    expect(text).toContain('PublicKey = ${wireguard_asymmetric_key.site.public_key}\n');
    expect(text).toContain('AllowedIPs = 192.168.0.0/24, 10.17.3.0/24, 10.17.4.0/24, 10.17.5.0/24\n');
    expect(text).toContain('# infra-cluster: the site side');
  });

  it('plan: root-only file, wireguard-tools, wg-quick@wg0', () => {
    const plan = gatewayPlan(site, gw, PLACEHOLDER_REFERENCES);
    expect(plan.files).toEqual([{ path: '/etc/wireguard/wg0.conf', mode: 0o600, content: text }]);
    expect(plan.commands).toEqual([['systemctl', 'enable', '--now', 'wg-quick@wg0.service']]);
  });

  it('refuses a key that is not a WireGuard key, and a gateway off a wireguard network', () => {
    expect(() => wireguardConfig(site, gw, { ...PLACEHOLDER_REFERENCES, wireguardGatewayPrivateKey: 'abc\nPostUp = rm -rf /' })).toThrow(BootstrapError);
    expect(() => wireguardConfig(site, { ...gw, network: 'lan' }, PLACEHOLDER_REFERENCES)).toThrow(/not a wireguard network/);
  });

  it('snapshot', () => {
    expect(text).toMatchSnapshot();
  });

  it('the strict parser catches what wg would reject', () => {
    expect(strictWireguardProblems('[Interface]\nPrivateKey = nope\n[Peer]\nPublicKey = x\nPostUp = id\n')).toHaveLength(3);
  });

  withTools(it, ['wg', 'wg-quick', 'unshare', 'ip'])('wg-quick strip parses it; wg setconf (or the strict check where the kernel has no WireGuard) accepts the result', () => {
    const r = checkWireguard(wireguardConfig(site, gw, EXAMPLE_SECRETS));
    console.log(`wireguard check: ${r.notes.join('; ')}`);
    expect(r).toMatchObject({ ok: true });
    expect(r.stripped).not.toMatch(/^Address/m);
    expect(r.stripped).toContain(`PrivateKey = ${EXAMPLE_SECRETS.wireguardGatewayPrivateKey}`);
  });
});
