/** The helpers of the secret scan: the report's format, redaction, entropy, names, references. */
import { classifyName, formatSecretFindings, isHighEntropy, isReference, redact, scanSecrets, shannonEntropy } from '../../../../synth/gates/secrets';
import { rand, randBytes } from '../../../support/secrets';

describe('helpers', () => {
  test('formatSecretFindings: one line per finding, sorted, with a summary; never the secret', () => {
    const secret = `ghp_${rand(60, 36)}`;
    const found = scanSecrets(
      new Map([
        ['scripts/b.sh', `TOKEN=${secret}\n`],
        ['scripts/a.sh', `\n\nPASSWORD=hunter2hunter2\n`],
      ]),
    );
    const text = formatSecretFindings(found);
    expect(text.split('\n')).toEqual([
      'scripts/a.sh:3:10  secret-literal  hunt…  literal value in a field named like a secret',
      'scripts/b.sh:1:7   github-token    ghp_…  GitHub token',
      expect.stringMatching(/^2 possible secrets in 2 files: never write a secret into dist\//),
    ]);
    expect(text).not.toContain(secret.slice(0, 5));
    expect(text).not.toContain('hunter2');
    expect(formatSecretFindings([])).toBe('no secrets found');
  });

  test('redact: the first 4 characters, never more than half of a short value', () => {
    expect(redact('hunter2hunter2')).toBe('hunt…');
    expect(redact('abcdefgh')).toBe('abcd…');
    expect(redact('abc123')).toBe('abc…');
    expect(redact('pw')).toBe('p…');
  });

  test('shannonEntropy and isHighEntropy', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(isHighEntropy(randBytes(70, 30).toString('base64'))).toBe(true);
    expect(isHighEntropy(randBytes(71, 32).toString('hex'))).toBe(true);
    expect(isHighEntropy('kubernetes-default-signing-key')).toBe(false);
    expect(isHighEntropy('ACCESS_KEY_ID_FOR_THE_BACKUP_2024')).toBe(false);
    expect(isHighEntropy('short1A')).toBe(false);
    expect(isHighEntropy('a'.repeat(40))).toBe(false);
  });

  test('classifyName', () => {
    const tier = (n: string) => classifyName(n)?.tier;
    for (const n of ['password', 'DB_PASSWORD', 'passwd', 'auth_pass', 'apiKey', 'API_KEY', 'api-token', 'clientSecret', 'PrivateKey', 'private_key', 'aws_secret_access_key', 'PresharedKey', 'k3sToken']) expect([n, tier(n)]).toEqual([n, 'secret']);
    for (const n of ['key', 'signingKey', 'credentials', 'auth', 'salt']) expect([n, tier(n)]).toEqual([n, 'weak']);
    for (const n of ['secretName', 'existingSecret', 'password_file', 'passwordFile', 'password_encryption', 'tokenTTL', 'PublicKey', 'ssh_authorized_keys', 'sha256', 'secretKeyRef', 'description'])
      expect([n, tier(n)]).toEqual([n, undefined]);
  });

  test('isReference', () => {
    for (const v of ['${random_password.x.result}', '${var.y}', '$(cat /run/secrets/x)', '$VAR', '${VAR}', '`cat f`', ":'password'", '', '  ', 'null', '/run/secrets/token', '{{ .Values.x }}', 'ENC[AES256_GCM,data:x]'])
      expect([v, isReference(v)]).toEqual([v, true]);
    for (const v of ['hunter2', 'changeme', '$6$salt$hash', 'abc$def']) expect([v, isReference(v)]).toEqual([v, false]);
  });
});
