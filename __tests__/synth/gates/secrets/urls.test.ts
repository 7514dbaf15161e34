/** Credentials in URLs (synth/gates/secrets/urls.ts, url-credentials.ts): where they are found, and which are not credentials. */
import { formatSecretFindings, redact, scanSecrets } from '../../../../synth/gates/secrets';
import { cloudInit, DIGITS, findingsOf, hexUser, ignition, inScript, parsedYaml, queryToken, rand, randBytes, tfJson, UPPER, writeFile } from '../../../support/secrets';

describe('credentials in URLs', () => {
  test('the review probes (S2): a token in the query and as the user of the Git URL, a signature on an image URL', () => {
    const sync = [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: GitRepository',
      'metadata:',
      '  name: flux-system',
      '  namespace: flux-system',
      'spec:',
      '  interval: 1m0s',
      '  ref:',
      '    branch: main',
      `  url: https://git.example.com/x.git?access_token=${queryToken}`,
      '---',
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: GitRepository',
      'metadata:',
      '  name: apps',
      '  namespace: flux-system',
      'spec:',
      `  url: https://${hexUser}@git.example.com/x.git`,
      '',
    ].join('\n');
    const network = tfJson({ libvirt_volume: { debian: { name: 'debian.qcow2', pool: 'sitekit', create: { content: { url: `https://images.example.com/debian.qcow2?sig=${queryToken}` } } } } });
    const files = new Map([
      ['clusters/lab/flux-system/gotk-sync.yaml', sync],
      ['terraform/network/cdk.tf.json', network],
    ]);
    const found = scanSecrets(files);
    expect(scanSecrets(files, parsedYaml(files))).toEqual(found);
    const q = redact(queryToken);
    expect(formatSecretFindings(found).split('\n')).toEqual([
      `clusters/lab/flux-system/gotk-sync.yaml:10:51  url-query-secret  https://git.example.com/x.git?access_token=${q}  credential in a URL query or fragment parameter`,
      `clusters/lab/flux-system/gotk-sync.yaml:18:16  url-user          https://${redact(hexUser)}@git.example.com/x.git  user in a URL (Git hosts take a token as the user name)`,
      `terraform/network/cdk.tf.json:9:65             url-query-secret  https://images.example.com/debian.qcow2?sig=${q}  credential in a URL query or fragment parameter`,
      '3 possible secrets in 2 files: never write a secret into dist/, write a reference (${random_password.x.result}, ${var.y}, a Kubernetes Secret by name)',
    ]);
    expect(formatSecretFindings(found)).not.toContain(queryToken.slice(0, 5));
    expect(formatSecretFindings(found)).not.toContain(hexUser.slice(0, 5));
  });

  // Names in any case; the value is what the finding points at.
  const SECRET_PARAMS = ['token', 'TOKEN', 'access_token', 'auth', 'auth_token', 'sig', 'signature', 'key', 'api_key', 'apikey', 'Api-Key', 'password', 'passwd', 'pwd', 'pass', 'secret', 'client_secret',
    'X-Amz-Signature', 'X-Amz-Credential', 'X-Amz-Security-Token', 'X-Goog-Signature', 'X-Goog-Credential', 'AWSAccessKeyId', 'Signature', 'GoogleAccessId', 'private_token', 'refresh_token', 'id_token',
    'session_token', 'access_key', 'subscription-key', 'jwt', 'hub.auth'];
  test.each(SECRET_PARAMS)('query parameter %s with a value: a finding at the value', (name) => {
    expect(inScript(`curl -fsS "https://api.example.com/v1/x?a=1&${name}=v4lue9&b=2"`)).toEqual([
      `scripts/setup.sh:2:${46 + name.length} url-query-secret https://api.example.com/v1/x?a=1&${name}=v4l…&b=2`,
    ]);
  });

  const PLAIN_PARAMS = ['ref', 'version', 'page', 'pageToken', 'next_token', 'continuation-token', 'keyfile', 'key_id', 'sort_key', 'cache-key', 'public_key', 'auth_type', 'authfile', 'sshauth', 'tokenizer',
    'sv', 'se', 'sp', 'Expires', 'X-Amz-Date', 'X-Amz-SignedHeaders', 'X-Amz-Algorithm', 'no_verify', 'token_type', 'expires_in'];
  test.each(PLAIN_PARAMS)('query parameter %s: not a secret', (name) => {
    expect(inScript(`curl -fsS "https://api.example.com/v1/x?a=1&${name}=v4lue9&b=2"`)).toEqual([]);
  });

  test('a credential parameter with an empty value, a reference, a placeholder or a setting is not a finding', () => {
    for (const v of ['', '$API_TOKEN', '${API_TOKEN}', '$(cat /run/secrets/token)', '${var.git_token}', '<token>', 'false', 'none']) {
      expect([v, inScript(`curl -fsS "https://api.example.com/v1/x?token=${v}&key=${v}"`)]).toEqual([v, []]);
    }
  });

  test('a signed S3 URL: the access key id (by its shape and as X-Amz-Credential), the session token and the signature', () => {
    const akid = `AKIA${rand(83, 16, UPPER + DIGITS)}`;
    const session = encodeURIComponent(randBytes(84, 40).toString('base64'));
    const signature = rand(85, 64, '0123456789abcdef');
    const query = (cred: string, tok: string, sig: string) =>
      `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${cred}&X-Amz-Date=20250101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=${tok}&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`;
    const credential = `${akid}%2F20250101%2Feu-west-1%2Fs3%2Faws4_request`;
    const url = `https://state.s3.eu-west-1.amazonaws.com/k3s?${query(credential, session, signature)}`;
    // Cut to 200 characters once its secrets are redacted.
    const excerpt = `https://state.s3.eu-west-1.amazonaws.com/k3s?${query('AKIA…', redact(session), redact(signature))}`.slice(0, 199) + '…';
    expect(excerpt).toBe(`https://state.s3.eu-west-1.amazonaws.com/k3s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA…&X-Amz-Date=20250101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=${redact(session)}&X-Amz-SignedHeaders=host&…`);
    const line = `curl -fsSLo /usr/local/bin/k3s '${url}'`;
    const col = (s: string) => line.indexOf(s) + 1;
    expect(inScript(line)).toEqual([
      `scripts/setup.sh:2:${col(akid)} aws-access-key-id AKIA…`,
      `scripts/setup.sh:2:${col(akid)} url-query-secret ${excerpt}`,
      `scripts/setup.sh:2:${col(session)} url-query-secret ${excerpt}`,
      `scripts/setup.sh:2:${col(signature)} url-query-secret ${excerpt}`,
    ]);
    expect([col(akid), col(session), col(signature)]).toEqual([128, 259, 365]);
  });

  test('a signed GCS URL and an OAuth fragment', () => {
    const signature = rand(86, 64, '0123456789abcdef');
    expect(
      inScript(`curl -fsSO "https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=sitekit%40p.iam.gserviceaccount.com%2F20250101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Signature=${signature}"`),
    ).toEqual([
      `scripts/setup.sh:2:100 url-query-secret https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=site…&X-Goog-Signature=${redact(signature)}`,
      `scripts/setup.sh:2:197 url-query-secret https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=site…&X-Goog-Signature=${redact(signature)}`,
    ]);
    expect(inScript(`open "https://app.example.com/callback#access_token=${queryToken}&token_type=bearer&expires_in=3600"`)).toEqual([
      `scripts/setup.sh:2:53 url-query-secret https://app.example.com/callback#access_token=${redact(queryToken)}&token_type=bearer&expires_in=3600`,
    ]);
  });

  test('`&token=` in a shell line is one finding (the query parameter), not also a shell assignment', () => {
    expect(inScript(`curl "https://api.example.com/v1/deploy?env=prod&token=${queryToken}"`)).toEqual([
      `scripts/setup.sh:2:56 url-query-secret https://api.example.com/v1/deploy?env=prod&token=${redact(queryToken)}`,
    ]);
  });

  test('a URL in a parameter of a URL, and a URL ending a sentence', () => {
    expect(inScript(`# https://login.example.com/authorize?redirect_uri=https://app.example.com/cb?token=${queryToken}`)).toEqual([
      `scripts/setup.sh:2:85 url-query-secret https://app.example.com/cb?token=${redact(queryToken)}`,
    ]);
    expect(inScript(`# (see https://x.example/a?token=${queryToken}).`)).toEqual([`scripts/setup.sh:2:34 url-query-secret https://x.example/a?token=${redact(queryToken)}`]);
  });

  test('user and password: the password is the finding; a user that reads like a token is one too, and redacted', () => {
    expect(inScript(`git clone https://oauth2:${queryToken}@gitlab.example.com/x.git`)).toEqual([
      `scripts/setup.sh:2:26 url-credentials https://oauth2:${redact(queryToken)}@gitlab.example.com/x.git`,
    ]);
    expect(inScript(`git clone https://${hexUser}:x-oauth-basic@github.com/org/repo.git`)).toEqual([
      `scripts/setup.sh:2:19 url-user https://${redact(hexUser)}:x-oa…@github.com/org/repo.git`,
      `scripts/setup.sh:2:60 url-credentials https://${redact(hexUser)}:x-oa…@github.com/org/repo.git`,
    ]);
    expect(inScript(`redis-cli -u redis://:${queryToken}@redis.lan:6379/0 ping`)).toEqual([`scripts/setup.sh:2:23 url-credentials redis://:${redact(queryToken)}@redis.lan:6379/0`]);
  });

  test('any user in an http(s) URL is a finding: Git hosts take a token as the user name', () => {
    expect(inScript('git clone https://git@git.example.com/x.git')).toEqual(['scripts/setup.sh:2:19 url-user https://g…@git.example.com/x.git']);
    expect(inScript('git clone https://deploy-bot:@git.example.com/x.git')).toEqual(['scripts/setup.sh:2:19 url-user https://depl…:@git.example.com/x.git']);
  });

  test('over SSH and libvirt the user is an account to log in as: a finding only when it reads like a token', () => {
    for (const url of ['ssh://git@github.com/org/repo.git', 'git@github.com:org/repo.git', 'ssh://deploy@10.0.0.5:2222/srv/repo.git', 'git+ssh://git@git.example.com/x.git', 'qemu+ssh://root@192.168.0.40/system', 'qemu+tls://admin@kvm1.lan/system', 'sftp://backup@nas.lan/pool']) {
      expect([url, inScript(`connect ${url}`)]).toEqual([url, []]);
    }
    expect(inScript(`git clone ssh://${hexUser}@github.com/org/repo.git`)).toEqual([`scripts/setup.sh:2:17 url-user ssh://${redact(hexUser)}@github.com/org/repo.git`]);
    expect(inScript(`git clone ${hexUser}@github.com:org/repo.git`)).toEqual([`scripts/setup.sh:2:11 url-user ${redact(hexUser)}@github.com:org/repo.git`]);
    expect(inScript(`git clone ssh://${queryToken}@github.com/org/repo.git`)).toEqual([`scripts/setup.sh:2:17 url-user ssh://${redact(queryToken)}@github.com/org/repo.git`]);
    expect(inScript(`git clone ssh://git:${queryToken}@github.com/org/repo.git`)).toEqual([`scripts/setup.sh:2:21 url-credentials ssh://git:${redact(queryToken)}@github.com/org/repo.git`]);
  });

  test('the scanner reads YAML comments: a credential in a URL there is found', () => {
    const yaml = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x  # mirror: https://git.example.com/x.git?access_token=${queryToken}\ndata: {}\n`;
    expect(findingsOf(new Map([['clusters/lab/x.yaml', yaml]]))).toEqual([
      `clusters/lab/x.yaml:4:65 url-query-secret https://git.example.com/x.git?access_token=${redact(queryToken)}`,
    ]);
  });

  test('in cloud-init escaped in Terraform JSON and in a base64 Ignition file: the line of the URL', () => {
    const tf = tfJson({
      libvirt_cloudinit_disk: { n1: { user_data: cloudInit(writeFile(`git clone "https://git.example.com/x.git?access_token=${queryToken}" /srv/x`)) } },
      libvirt_ignition: { n2: { content: ignition(`data:;base64,${Buffer.from(`#!/bin/sh\ngit clone https://${hexUser}@git.example.com/x.git\n`).toString('base64')}`) } },
    });
    const files = new Map([['terraform/nodes/cdk.tf.json', tf]]);
    const lineOfText = (needle: string) => tf.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(findingsOf(files).map((f) => f.replace(/:\d+ /, ' '))).toEqual([
      `terraform/nodes/cdk.tf.json:${lineOfText('"user_data"')} url-query-secret https://git.example.com/x.git?access_token=${redact(queryToken)}`,
      `terraform/nodes/cdk.tf.json:${lineOfText('"content"')} url-user https://${redact(hexUser)}@git.example.com/x.git`,
    ]);
  });
});
