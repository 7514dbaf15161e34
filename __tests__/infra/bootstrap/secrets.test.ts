import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { checkSecret, checkTemplateFree, isReference, referenceExpression, secret, SECRET_SPECS, secretsFor, siteSecrets } from '../../../infra/bootstrap/secrets';
import { EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES } from '../../support/validators/bootstrap';
import { siteWith } from '../../support/helpers';

const site = loadSiteFile(path.join(__dirname, '..', '..', '..', 'site.yaml')).site;

describe('secret values', () => {
  it('accepts Terraform references and reads their expression', () => {
    for (const v of Object.values(PLACEHOLDER_REFERENCES)) expect(isReference(v)).toBe(true);
    expect(checkSecret('k3sToken', '${random_password.k3s_token.result}')).toBe('${random_password.k3s_token.result}');
    expect(referenceExpression('${var.x}')).toBe('var.x');
  });

  it('accepts literal values of the documented shape', () => {
    for (const [k, v] of Object.entries(EXAMPLE_SECRETS)) expect(checkSecret(k as keyof typeof EXAMPLE_SECRETS, v)).toBe(v);
  });

  it.each([
    ['k3sToken', 'has space'],
    ['k3sToken', 'quote"d'],
    ['k3sToken', "single'quote"],
    ['k3sToken', 'line\nbreak'],
    ['k3sToken', '$(reboot)'],
    ['k3sToken', 'prefix-${random_password.x.result}'],
    ['k3sToken', '${a}${b}'],
    ['k3sToken', '%{ if true }x%{ endif }'],
    ['k3sToken', '${var.x\n}'],
    ['k3sToken', 'not+alpha/numeric='],
    ['vrrpPassword', 'NineChars'],
    ['wireguardGatewayPrivateKey', 'notakey'],
    ['wireguardPeerPrivateKey', 'AAAA'],
    ['wireguardGatewayPublicKey', 'mIUKXmU2P/PCaIlYYkyo35mRgsBWdipQk/ohYkKzC24'],
    ['postgresPassword', ''],
  ] as const)('refuses %s = %j', (name, value) => {
    expect(() => checkSecret(name, value)).toThrow(BootstrapError);
  });

  it('says which secret is missing and what it is for', () => {
    expect(() => secret({}, 'vrrpPassword')).toThrow(/needs secret vrrpPassword \(keepalived VRRP auth_pass/);
  });

  it('documents how to generate each one; auth_pass is at most 8 characters', () => {
    expect(Object.keys(SECRET_SPECS).sort()).toEqual(Object.keys(PLACEHOLDER_REFERENCES).sort());
    expect(SECRET_SPECS.vrrpPassword.maxLength).toBe(8);
    // How to generate each one agrees with what its value must be: a random password short enough
    // and without special characters where required, a base64 WireGuard key.
    const disagree = Object.entries(SECRET_SPECS).filter(([, s]) => {
      const random = /^random_password, length = (\d+), special = (true|false)$/.exec(s.terraform);
      if (s.wireguardKey) return random !== null || !/WireGuard|wg pubkey/.test(s.terraform) || !s.terraform.endsWith(', base64');
      if (!random) return true;
      return (s.maxLength !== undefined && Number(random[1]) > s.maxLength) || Number(random[1]) < 8 || (s.alphanumeric === true && random[2] !== 'false');
    });
    expect(disagree).toEqual([]);
    expect(Object.values(SECRET_SPECS).filter((s) => s.wireguardKey).length).toBe(4);
  });
});

describe('which node needs which secret', () => {
  it.each([
    ['master1', ['k3sToken', 'k3sAgentToken']],
    ['worker1', ['k3sAgentToken']],
    ['storage1', ['k3sAgentToken']],
    ['loadbalancer1', ['vrrpPassword', 'wireguardPeerPrivateKey', 'wireguardGatewayPublicKey']],
    ['loadbalancer2', ['vrrpPassword']],
    ['postgresql1', ['postgresPassword']],
    ['wg-gateway', ['wireguardGatewayPrivateKey', 'wireguardPeerPublicKey']],
    ['infra-cluster', []],
  ])('%s', (node, expected) => {
    expect(secretsFor(site, site.node(node))).toEqual(expected);
  });

  it('the site needs all eight', () => {
    expect(siteSecrets(site)).toEqual(Object.keys(SECRET_SPECS));
    expect(siteSecrets(site)).toHaveLength(8);
  });

  it('without a tunnel the gateway needs only its own private key and its peer\'s public key, and no load balancer a WireGuard key', () => {
    const s = siteWith((doc) => {
      delete doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel;
    });
    expect(secretsFor(s, s.node('loadbalancer1'))).toEqual(['vrrpPassword']);
    expect(siteSecrets(s).filter((n) => n.startsWith('wireguard'))).toEqual(['wireguardGatewayPrivateKey', 'wireguardPeerPublicKey']);
  });
});

describe('checkTemplateFree', () => {
  it('allows the references', () => {
    expect(() => checkTemplateFree('a ${random_password.k3s_token.result} b ${random_password.vrrp.result}', PLACEHOLDER_REFERENCES, 'x')).not.toThrow();
  });
  it.each(['${file("/etc/shadow")}', '%{ for x in y }', 'a${random_password.other.result}', '${urlencode(random_password.k3s_token.result)}'])('refuses %s', (t) => {
    expect(() => checkTemplateFree(t, PLACEHOLDER_REFERENCES, 'x')).toThrow(/Terraform template syntax/);
  });
});

describe('CDKTF tokens', () => {
  it('a token string (what `password.result` reads as) is a reference, kept verbatim for CDKTF to resolve', () => {
    expect(checkSecret('k3sToken', '${TfToken[TOKEN.42]}')).toBe('${TfToken[TOKEN.42]}');
  });
});
