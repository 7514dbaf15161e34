/**
 * Planted secrets for the tests of synth/gates/secrets/: every kind generated at run time (no
 * secret-shaped literal in the sources), the containers the output holds text in, and how a test
 * reads the findings.
 */
import { generateKeyPairSync } from 'crypto';
import { parseAllDocuments } from 'yaml';
import { redact, scanSecrets, SecretKind } from '../../synth/gates/secrets';

// ----------------------------------------------------------------------------------------------
// Generated secrets.

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz${DIGITS}`;
export const B64URL = `${ALNUM}-_`;

/** Deterministic pseudo-random text (mulberry32). */
export function rand(seed: number, n: number, alphabet = ALNUM): string {
  let a = seed >>> 0;
  let out = '';
  while (out.length < n) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out += alphabet[(((t ^ (t >>> 14)) >>> 0) % alphabet.length) >>> 0];
  }
  return out;
}
export function randBytes(seed: number, n: number): Buffer {
  return Buffer.from(rand(seed, n * 2, '0123456789abcdef'), 'hex');
}
export const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
export const ed25519Pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trimEnd();
export const ecPem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString().trimEnd();
export const opensshPem = ['-----BEGIN OPENSSH PRIVATE KEY-----', `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${rand(7, 12)}`, rand(8, 70), '-----END OPENSSH PRIVATE KEY-----'].join('\n');
export const wgPrivate = randBytes(11, 32).toString('base64');
export const wgPublic = randBytes(12, 32).toString('base64');
export const entropic = randBytes(13, 24).toString('base64');
export const cloudflare = `${rand(14, 38, B64URL)}a1`;
export const sshPublic = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rand(15, 43)} admin@example`;
export const sha256 = rand(16, 64, '0123456789abcdef');

/**
 * One planted secret: `secret` is what the finding points at (its first line for a PEM block);
 * `yaml` a fragment at the root of a YAML document, `json` a Terraform attribute, `text` lines of
 * a script or configuration file. A missing form is not planted in the containers that need it.
 */
export interface Case {
  readonly name: string;
  readonly kind: SecretKind;
  readonly secret: string;
  readonly yaml?: string;
  readonly json?: readonly [string, string];
  readonly text?: string;
  /** The finding's excerpt when it is not redact(secret): a URL with its secrets redacted. */
  readonly excerpt?: string;
}

export const indent = (s: string, n: number) =>
  s
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');

export function token(name: string, kind: SecretKind, secret: string): Case {
  return { name, kind, secret, yaml: `note: ${secret}`, json: ['note', secret], text: `curl -fsS -H "X-Api-Key: ${secret}" https://api.example.com/v1/deploy` };
}
export function pem(name: string, kind: SecretKind, block: string): Case {
  return { name, kind, secret: block, yaml: `tls.key: |\n${indent(block, 2)}`, json: ['note', block], text: `cat > /root/.ssh/id <<'EOF'\n${block}\nEOF` };
}

export const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'deploy', iat: 1700000000 })}.${rand(17, 43, B64URL)}`;
export const literalPassword = `Tr0ub4dor-${rand(18, 6)}`;
export const urlPassword = `pgS3cret${rand(19, 10)}`;
export const queryToken = rand(80, 20);
export const hexUser = rand(81, 40, '0123456789abcdef');
/** An Azure SAS signature: base64, percent-encoded in the query. */
export const sasSig = encodeURIComponent(randBytes(82, 32).toString('base64'));
export const SAS_QUERY = 'sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00%3A00%3A00Z';

export const CASES: readonly Case[] = [
  pem('PEM PKCS#8 private key', 'pem-private-key', ed25519Pem),
  pem('PEM EC private key', 'pem-private-key', ecPem),
  pem('OpenSSH private key', 'openssh-private-key', opensshPem),
  token('GitHub classic token', 'github-token', `ghp_${rand(20, 36)}`),
  token('GitHub fine-grained token', 'github-token', `github_pat_${rand(21, 22)}_${rand(22, 59)}`),
  token('GitHub app token', 'github-token', `ghs_${rand(23, 36)}`),
  token('GitLab token', 'gitlab-token', `glpat-${rand(24, 20)}`),
  token('Slack token', 'slack-token', `xoxb-${rand(25, 12, DIGITS)}-${rand(26, 13, DIGITS)}-${rand(27, 24)}`),
  token('AWS access key id', 'aws-access-key-id', `AKIA${rand(28, 16, UPPER + DIGITS)}`),
  token('AWS temporary access key id', 'aws-access-key-id', `ASIA${rand(29, 16, UPPER + DIGITS)}`),
  token('Google API key', 'google-api-key', `AIza${rand(30, 35, B64URL)}`),
  token('Stripe live key', 'stripe-secret-key', `sk_live_${rand(31, 24)}`),
  token('npm token', 'npm-token', `npm_${rand(32, 36)}`),
  token('OpenAI-style key', 'openai-api-key', `sk-proj-${rand(33, 48)}`),
  token('JWT', 'jwt', jwt),
  {
    name: 'Cloudflare API token in a token field',
    kind: 'cloudflare-api-token',
    secret: cloudflare,
    yaml: `cloudflareApiToken: ${cloudflare}`,
    json: ['cloudflare_api_token', cloudflare],
    text: `CF_API_TOKEN=${cloudflare} flarectl zone list`,
  },
  {
    name: 'WireGuard private key',
    kind: 'wireguard-private-key',
    secret: wgPrivate,
    yaml: `wireguardPrivateKey: ${wgPrivate}`,
    json: ['private_key', wgPrivate],
    text: `[Interface]\nAddress = 10.17.0.1/24\nPrivateKey = ${wgPrivate}\n\n[Peer]\nPublicKey = ${wgPublic}`,
  },
  { name: 'keepalived auth_pass', kind: 'keepalived-auth-pass', secret: 'Vr7pPa55', text: `vrrp_instance VI_1 {\n  authentication {\n    auth_type PASS\n    auth_pass Vr7pPa55\n  }\n}` },
  {
    name: 'password in a URL',
    kind: 'url-credentials',
    secret: urlPassword,
    excerpt: `postgres://app:${redact(urlPassword)}@db.internal:5432/app`,
    yaml: `databaseUrl: postgres://app:${urlPassword}@db.internal:5432/app`,
    json: ['database_url', `postgres://app:${urlPassword}@db.internal:5432/app`],
    text: `DATABASE_URL=postgres://app:${urlPassword}@db.internal:5432/app ./migrate`,
  },
  {
    name: 'access token in the query of a Git URL',
    kind: 'url-query-secret',
    secret: queryToken,
    excerpt: `https://git.example.com/x.git?access_token=${redact(queryToken)}`,
    yaml: `url: https://git.example.com/x.git?access_token=${queryToken}`,
    json: ['url', `https://git.example.com/x.git?access_token=${queryToken}`],
    text: `git clone "https://git.example.com/x.git?access_token=${queryToken}" /srv/x`,
  },
  {
    name: 'token as the user of a Git URL',
    kind: 'url-user',
    secret: hexUser,
    excerpt: `https://${redact(hexUser)}@git.example.com/x.git`,
    yaml: `url: https://${hexUser}@git.example.com/x.git`,
    json: ['url', `https://${hexUser}@git.example.com/x.git`],
    text: `git clone https://${hexUser}@git.example.com/x.git /srv/x`,
  },
  {
    name: 'Azure SAS signature on an image URL',
    kind: 'url-query-secret',
    secret: sasSig,
    excerpt: `https://images.example.com/debian.qcow2?${SAS_QUERY}&sig=${redact(sasSig)}`,
    yaml: `image: https://images.example.com/debian.qcow2?${SAS_QUERY}&sig=${sasSig}`,
    json: ['url', `https://images.example.com/debian.qcow2?${SAS_QUERY}&sig=${sasSig}`],
    text: `curl -fsSLo /tmp/debian.qcow2 'https://images.example.com/debian.qcow2?${SAS_QUERY}&sig=${sasSig}'`,
  },
  {
    name: 'Kubernetes Secret data',
    kind: 'kubernetes-secret-data',
    secret: 'backend-app',
    yaml: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: planted\nstringData:\n  username: backend-app',
  },
  {
    name: 'password literal',
    kind: 'secret-literal',
    secret: literalPassword,
    yaml: `password: ${literalPassword}`,
    json: ['db_password', literalPassword],
    text: `DB_PASSWORD='${literalPassword}' ./migrate --yes`,
  },
  { name: 'token literal', kind: 'secret-literal', secret: 'k3s-join-me', yaml: 'agent-token: k3s-join-me', json: ['token', 'k3s-join-me'], text: 'export K3S_TOKEN=k3s-join-me' },
  { name: 'apiKey literal', kind: 'secret-literal', secret: 'abc123def', yaml: 'apiKey: "abc123def"', json: ['apiKey', 'abc123def'], text: 'app --api-key=abc123def serve' },
  { name: 'INI secret literal', kind: 'secret-literal', secret: 'sup3rs3cret', text: '[auth]\nclient_secret = sup3rs3cret' },
  { name: 'SQL password literal', kind: 'secret-literal', secret: 'app-Pa55', text: "psql -c \"ALTER ROLE app WITH LOGIN PASSWORD 'app-Pa55';\"" },
  {
    name: 'high-entropy key material',
    kind: 'high-entropy-string',
    secret: entropic,
    yaml: `signingKey: ${entropic}`,
    json: ['hmac_key', entropic],
    text: `SESSION_KEY=${entropic} ./serve`,
  },
];

// ----------------------------------------------------------------------------------------------
// Containers: how the output holds text.

export interface Planted {
  readonly files: Map<string, string>;
  readonly file: string;
  /** The enclosing file's line holding the secret, and optionally its exact column. */
  readonly line: number;
  readonly column?: number;
  /** Column range of the encoded text holding the secret, when the column is not exact. */
  readonly columnWithin?: readonly [number, number];
}

export const tfJson = (resource: object) => `${JSON.stringify({ resource }, null, 2)}\n`;
export const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
export const columnOf = (text: string, index: number) => index - text.lastIndexOf('\n', index - 1);
/** Where `probe` is written in `text`, when it is written verbatim exactly once. */
export function verbatim(text: string, probe: string): { line: number; column: number } | undefined {
  const i = text.indexOf(probe);
  if (i === -1 || text.indexOf(probe, i + 1) !== -1) return undefined;
  return { line: lineOf(text, i), column: columnOf(text, i) };
}
/** The line of `needle` and the column range of the string value that follows it. */
export function valueSpan(text: string, needle: string): { line: number; columnWithin: [number, number] } {
  const i = text.indexOf(needle);
  const lineEnd = text.indexOf('\n', i);
  return { line: lineOf(text, i), columnWithin: [columnOf(text, i), columnOf(text, lineEnd === -1 ? text.length : lineEnd)] };
}

/** What the finding should point at: a PEM block's first line, otherwise the secret. */
export const probeOf = (c: Case) => c.secret.split('\n')[0];

export function inFile(file: string, content: string, c: Case): Planted {
  const at = verbatim(content, probeOf(c));
  if (!at) throw new Error(`${c.name}: not written verbatim in ${file}`);
  return { files: new Map([[file, content]]), file, ...at };
}

export function inEncoded(file: string, content: string, c: Case, needle: string): Planted {
  const at = verbatim(content, probeOf(c));
  const span = valueSpan(content, needle);
  if (at && at.line === span.line) return { files: new Map([[file, content]]), file, ...at };
  return { files: new Map([[file, content]]), file, ...span };
}

export const cloudInit = (body: string) => `#cloud-config\nhostname: node1\nmanage_etc_hosts: true\n${body}\nruncmd:\n  - [systemctl, daemon-reload]\n`;
export const writeFile = (text: string) => `write_files:\n  - path: /opt/sitekit/bin/setup\n    permissions: "0755"\n    content: |\n${indent(text, 6)}`;
export const ignition = (source: string) =>
  JSON.stringify({ ignition: { version: '3.3.0' }, storage: { files: [{ path: '/opt/sitekit/bin/setup', mode: 493, overwrite: true, contents: { source } }] } });
export const script = (text: string) => `#!/bin/sh\n# planted\nset -eu\n${text}\necho done\n`;

export const CONTAINERS: Record<string, (c: Case) => Planted | undefined> = {
  'a YAML manifest': (c) => c.yaml === undefined ? undefined : inFile('clusters/lab/apps/planted.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: before\n---\n${c.yaml}\n`, c),
  'a script in a YAML block scalar': (c) =>
    c.text === undefined ? undefined : inFile('clusters/lab/apps/scripts.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: scripts\ndata:\n  setup.sh: |\n${indent(script(c.text), 4)}\n`, c),
  'a Terraform JSON attribute': (c) => c.json === undefined ? undefined : inEncoded('terraform/nodes/cdk.tf.json', tfJson({ null_resource: { planted: { triggers: { [c.json[0]]: c.json[1] } } } }), c, `"${c.json[0]}"`),
  'a cloud-init document escaped in Terraform JSON': (c) =>
    c.yaml && !c.yaml.includes('kind: Secret') ? inEncoded('terraform/nodes/cdk.tf.json', tfJson({ libvirt_cloudinit_disk: { n1: { name: 'n1.iso', user_data: cloudInit(c.yaml) } } }), c, '"user_data"') : undefined,
  'a script in cloud-init write_files escaped in Terraform JSON': (c) =>
    c.text === undefined ? undefined : inEncoded('terraform/nodes/cdk.tf.json', tfJson({ libvirt_cloudinit_disk: { n1: { name: 'n1.iso', user_data: cloudInit(writeFile(c.text)) } } }), c, '"user_data"'),
  'an Ignition data: URL (percent-encoded)': (c) =>
    c.text === undefined ? undefined : inEncoded('terraform/nodes/cdk.tf.json', tfJson({ libvirt_ignition: { n1: { name: 'n1.ign', content: ignition(`data:,${encodeURIComponent(script(c.text))}`) } } }), c, '"content"'),
  'an Ignition data: URL (base64)': (c) =>
    c.text === undefined ? undefined : inEncoded('terraform/nodes/cdk.tf.json', tfJson({ libvirt_ignition: { n1: { name: 'n1.ign', content: ignition(`data:;base64,${Buffer.from(script(c.text)).toString('base64')}`) } } }), c, '"content"'),
  'a shell script line': (c) => c.text === undefined ? undefined : inFile('scripts/setup.sh', script(c.text), c),
};

/** What the renderer hands the scan with a tree (`Rendered.objects`): the objects of each YAML file that parses. */
export function parsedYaml(files: ReadonlyMap<string, string>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [file, text] of files) {
    if (!/\.ya?ml$/.test(file)) continue;
    const docs = parseAllDocuments(text);
    if (docs.length === 0 || docs.some((d) => d.errors.length)) continue;
    out.set(file, docs.map((d) => d.toJS()));
  }
  return out;
}

/** Each finding as `file:line:column kind excerpt`, after checking that the quick pass finds the same. */
export function findingsOf(files: Map<string, string>): string[] {
  const found = scanSecrets(files);
  expect(scanSecrets(files, parsedYaml(files))).toEqual(found);
  return found.map((f) => `${f.file}:${f.line}:${f.column} ${f.kind} ${f.excerpt}`);
}
export const inScript = (line: string) => findingsOf(new Map([['scripts/setup.sh', `#!/bin/sh\n${line}\n`]]));
