/**
 * synth/gates/secrets/index.ts: planted secrets of every kind found at their exact file:line (and column
 * where the secret is written verbatim) in every container the output has (YAML, Terraform JSON,
 * a cloud-init document escaped in a Terraform string, Ignition data URLs percent-encoded and
 * base64, shell scripts); references not flagged; no finding on the real output of every site.
 *
 * Every planted secret is generated here at run time (no secret-shaped literal in this file).
 */
import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { renderSite } from '../../../synth/render';
import { gzipSync } from 'zlib';
import { parseAllDocuments } from 'yaml';
import {
  classifyName,
  formatSecretFindings,
  isHighEntropy,
  isReference,
  redact,
  scanFile,
  scanSecrets,
  SECRET_KINDS,
  SecretKind,
  shannonEntropy,
} from '../../../synth/gates/secrets';

// ----------------------------------------------------------------------------------------------
// Generated secrets.

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz${DIGITS}`;
const B64URL = `${ALNUM}-_`;

/** Deterministic pseudo-random text (mulberry32). */
function rand(seed: number, n: number, alphabet = ALNUM): string {
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
function randBytes(seed: number, n: number): Buffer {
  return Buffer.from(rand(seed, n * 2, '0123456789abcdef'), 'hex');
}
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const ed25519Pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trimEnd();
const ecPem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString().trimEnd();
const opensshPem = ['-----BEGIN OPENSSH PRIVATE KEY-----', `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${rand(7, 12)}`, rand(8, 70), '-----END OPENSSH PRIVATE KEY-----'].join('\n');
const wgPrivate = randBytes(11, 32).toString('base64');
const wgPublic = randBytes(12, 32).toString('base64');
const entropic = randBytes(13, 24).toString('base64');
const cloudflare = `${rand(14, 38, B64URL)}a1`;
const sshPublic = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rand(15, 43)} admin@example`;
const sha256 = rand(16, 64, '0123456789abcdef');

/**
 * One planted secret: `secret` is what the finding points at (its first line for a PEM block);
 * `yaml` a fragment at the root of a YAML document, `json` a Terraform attribute, `text` lines of
 * a script or configuration file. A missing form is not planted in the containers that need it.
 */
interface Case {
  readonly name: string;
  readonly kind: SecretKind;
  readonly secret: string;
  readonly yaml?: string;
  readonly json?: readonly [string, string];
  readonly text?: string;
  /** The finding's excerpt when it is not redact(secret): a URL with its secrets redacted. */
  readonly excerpt?: string;
}

const indent = (s: string, n: number) =>
  s
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');

function token(name: string, kind: SecretKind, secret: string): Case {
  return { name, kind, secret, yaml: `note: ${secret}`, json: ['note', secret], text: `curl -fsS -H "X-Api-Key: ${secret}" https://api.example.com/v1/deploy` };
}
function pem(name: string, kind: SecretKind, block: string): Case {
  return { name, kind, secret: block, yaml: `tls.key: |\n${indent(block, 2)}`, json: ['note', block], text: `cat > /root/.ssh/id <<'EOF'\n${block}\nEOF` };
}

const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'deploy', iat: 1700000000 })}.${rand(17, 43, B64URL)}`;
const literalPassword = `Tr0ub4dor-${rand(18, 6)}`;
const urlPassword = `pgS3cret${rand(19, 10)}`;
const queryToken = rand(80, 20);
const hexUser = rand(81, 40, '0123456789abcdef');
/** An Azure SAS signature: base64, percent-encoded in the query. */
const sasSig = encodeURIComponent(randBytes(82, 32).toString('base64'));
const SAS_QUERY = 'sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00%3A00%3A00Z';

const CASES: readonly Case[] = [
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

interface Planted {
  readonly files: Map<string, string>;
  readonly file: string;
  /** The enclosing file's line holding the secret, and optionally its exact column. */
  readonly line: number;
  readonly column?: number;
  /** Column range of the encoded text holding the secret, when the column is not exact. */
  readonly columnWithin?: readonly [number, number];
}

const tfJson = (resource: object) => `${JSON.stringify({ resource }, null, 2)}\n`;
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
const columnOf = (text: string, index: number) => index - text.lastIndexOf('\n', index - 1);
/** Where `probe` is written in `text`, when it is written verbatim exactly once. */
function verbatim(text: string, probe: string): { line: number; column: number } | undefined {
  const i = text.indexOf(probe);
  if (i === -1 || text.indexOf(probe, i + 1) !== -1) return undefined;
  return { line: lineOf(text, i), column: columnOf(text, i) };
}
/** The line of `needle` and the column range of the string value that follows it. */
function valueSpan(text: string, needle: string): { line: number; columnWithin: [number, number] } {
  const i = text.indexOf(needle);
  const lineEnd = text.indexOf('\n', i);
  return { line: lineOf(text, i), columnWithin: [columnOf(text, i), columnOf(text, lineEnd === -1 ? text.length : lineEnd)] };
}

/** What the finding should point at: a PEM block's first line, otherwise the secret. */
const probeOf = (c: Case) => c.secret.split('\n')[0];

function inFile(file: string, content: string, c: Case): Planted {
  const at = verbatim(content, probeOf(c));
  if (!at) throw new Error(`${c.name}: not written verbatim in ${file}`);
  return { files: new Map([[file, content]]), file, ...at };
}

function inEncoded(file: string, content: string, c: Case, needle: string): Planted {
  const at = verbatim(content, probeOf(c));
  const span = valueSpan(content, needle);
  if (at && at.line === span.line) return { files: new Map([[file, content]]), file, ...at };
  return { files: new Map([[file, content]]), file, ...span };
}

const cloudInit = (body: string) => `#cloud-config\nhostname: node1\nmanage_etc_hosts: true\n${body}\nruncmd:\n  - [systemctl, daemon-reload]\n`;
const writeFile = (text: string) => `write_files:\n  - path: /opt/sitekit/bin/setup\n    permissions: "0755"\n    content: |\n${indent(text, 6)}`;
const ignition = (source: string) =>
  JSON.stringify({ ignition: { version: '3.3.0' }, storage: { files: [{ path: '/opt/sitekit/bin/setup', mode: 493, overwrite: true, contents: { source } }] } });
const script = (text: string) => `#!/bin/sh\n# planted\nset -eu\n${text}\necho done\n`;

const CONTAINERS: Record<string, (c: Case) => Planted | undefined> = {
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

// ----------------------------------------------------------------------------------------------

describe('planted secrets', () => {
  test('every kind is planted', () => {
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(Object.keys(SECRET_KINDS)));
  });

  test('the generated high-entropy value is high-entropy, the generated tokens have their documented shape', () => {
    expect(isHighEntropy(entropic)).toBe(true);
    expect(wgPrivate).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(cloudflare).toMatch(/^[A-Za-z0-9_-]{40}$/);
  });

  const matrix = CASES.flatMap((c) =>
    Object.entries(CONTAINERS).flatMap(([where, plant]) => {
      const p = plant(c);
      return p ? [{ title: `${c.name} in ${where}`, c, p }] : [];
    }),
  );

  test('each case is planted in at least 2 containers, each container holds at least 10 cases', () => {
    for (const c of CASES.filter((x) => x.kind !== 'kubernetes-secret-data')) expect(matrix.filter((m) => m.c === c).length).toBeGreaterThanOrEqual(2);
    for (const where of Object.keys(CONTAINERS)) expect(matrix.filter((m) => m.title.endsWith(`in ${where}`)).length).toBeGreaterThanOrEqual(10);
  });

  test.each(matrix)('$title: found at its file:line with its kind, nothing else', ({ c, p }) => {
    const found = scanSecrets(p.files);
    expect(found.map((f) => `${f.file}:${f.line} ${f.kind}`)).toEqual([`${p.file}:${p.line} ${c.kind}`]);
    const [f] = found;
    if (p.column !== undefined) expect(f.column).toBe(p.column);
    if (p.columnWithin) {
      expect(f.column).toBeGreaterThanOrEqual(p.columnWithin[0]);
      expect(f.column).toBeLessThanOrEqual(p.columnWithin[1]);
    }
    // Redacted: the first 4 characters of the secret (fewer for a short one), never the secret;
    // a URL with its secret so redacted.
    if (c.excerpt !== undefined) {
      expect(f.excerpt).toBe(c.excerpt);
      expect(f.excerpt).not.toContain(c.secret.slice(0, 6));
    } else {
      expect(f.excerpt).toBe(redact(c.secret.trim()));
      expect(f.excerpt.endsWith('…')).toBe(true);
      expect(c.secret.startsWith(f.excerpt.slice(0, -1))).toBe(true);
      expect(f.excerpt.length).toBeLessThanOrEqual(5);
    }
  });
});

/** What the renderer hands the scan with a tree (`Rendered.objects`): the objects of each YAML file that parses. */
function parsedYaml(files: ReadonlyMap<string, string>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const [file, text] of files) {
    if (!/\.ya?ml$/.test(file)) continue;
    const docs = parseAllDocuments(text);
    if (docs.length === 0 || docs.some((d) => d.errors.length)) continue;
    out.set(file, docs.map((d) => d.toJS()));
  }
  return out;
}

describe('the quick pass over the objects of YAML and JSON files', () => {
  const cases = CASES.flatMap((c) =>
    Object.keys(CONTAINERS).flatMap((where) => {
      const p = CONTAINERS[where](c);
      return p ? [{ title: `${c.name} in ${where}`, p }] : [];
    }),
  );

  test('covers planted cases in YAML files that parse and in JSON files', () => {
    expect(cases.filter(({ p }) => parsedYaml(p.files).size > 0).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter(({ p }) => p.file.endsWith('.json')).length).toBeGreaterThanOrEqual(40);
  });

  // With `parsed` given (even empty), JSON files take the quick pass too.
  test.each(cases)('$title: the same findings, positions included, as the full scan', ({ p }) => {
    expect(scanSecrets(p.files, parsedYaml(p.files))).toEqual(scanSecrets(p.files));
  });

  test('a finding only the objects show is still reported with its position from the text', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  password: "Tr0ub4dor&3xyzzy"\n';
    const files = new Map([['clusters/c/a.yaml', text]]);
    expect(scanSecrets(files, parsedYaml(files)).map((f) => `${f.line}:${f.column} ${f.kind}`)).toEqual(['6:14 secret-literal']);
  });
});

describe('positions through the decoding layers', () => {
  const pat = `ghp_${rand(40, 36)}`;
  const secretLine = (text: string) => text.split('\n').findIndex((l) => l.includes(pat)) + 1;

  test('a token in a cloud-init string escaped in Terraform JSON: the line and column where it is written', () => {
    const tf = tfJson({ libvirt_cloudinit_disk: { n1: { user_data: cloudInit(writeFile(`GH=\\"x\\"\nexport GITHUB_TOKEN="${pat}"`)) } } });
    const [f] = scanFile('terraform/nodes/cdk.tf.json', tf);
    expect(f).toEqual({ file: 'terraform/nodes/cdk.tf.json', line: secretLine(tf), column: tf.split('\n')[secretLine(tf) - 1].indexOf(pat) + 1, kind: 'github-token', excerpt: 'ghp_…' });
  });

  test('a token in an Ignition file (percent-encoded data URL inside the escaped Ignition JSON): exact column', () => {
    const tf = tfJson({ libvirt_ignition: { n1: { content: ignition(`data:,${encodeURIComponent(`# é ü\n${'x'.repeat(300)}\nTOKEN=${pat}\n`)}`) } } });
    const [f] = scanFile('terraform/nodes/cdk.tf.json', tf);
    expect(f).toMatchObject({ line: secretLine(tf), column: tf.split('\n')[secretLine(tf) - 1].indexOf(pat) + 1, kind: 'github-token' });
  });

  test('a token in a base64 Ignition file: its line, a column inside the base64 group that encodes it', () => {
    const body = `#!/bin/sh\n${'echo padding\n'.repeat(20)}TOKEN=${pat}\n`;
    const b64 = Buffer.from(body).toString('base64');
    const tf = tfJson({ libvirt_ignition: { n1: { content: ignition(`data:;base64,${b64}`) } } });
    const [f] = scanFile('terraform/nodes/cdk.tf.json', tf);
    const line = tf.split('\n').findIndex((l) => l.includes(b64)) + 1;
    const expected = tf.split('\n')[line - 1].indexOf(b64) + Math.floor(body.indexOf(pat) / 3) * 4 + 1;
    expect(f).toMatchObject({ line, column: expected, kind: 'github-token' });
  });

  test('a gzip-compressed base64 Ignition file is decompressed (line of the data URL)', () => {
    const gz = gzipSync(Buffer.from(`#!/bin/sh\nTOKEN=${pat}\n`)).toString('base64');
    const tf = tfJson({ libvirt_ignition: { n1: { content: ignition(`data:;base64,${gz}`) } } });
    expect(scanFile('terraform/nodes/cdk.tf.json', tf).map((f) => [f.line, f.kind])).toEqual([[tf.split('\n').findIndex((l) => l.includes(gz)) + 1, 'github-token']]);
  });

  test('a PEM private key wrapped in base64 (Kubernetes Secret data) is found, and the Secret data too', () => {
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${Buffer.from(ed25519Pem).toString('base64')}\n`;
    expect(scanFile('clusters/lab/tls.yaml', yaml).map((f) => [f.line, f.kind])).toEqual([
      [7, 'kubernetes-secret-data'],
      [7, 'pem-private-key'],
    ]);
  });

  test('a YAML file holding several secrets: each at its line, sorted', () => {
    const yaml = `a: 1\npassword: hunter2hunter2\nnested:\n  deeper:\n    - name: DB_PASSWORD\n      value: plain-text-pw\n    - name: LOG_LEVEL\n      value: debug\nnote: ${pat}\n`;
    expect(scanFile('x.yaml', yaml).map((f) => `${f.line}:${f.column} ${f.kind} ${f.excerpt}`)).toEqual([
      '2:11 secret-literal hunt…',
      '6:14 secret-literal plai…',
      '9:7 github-token ghp_…',
    ]);
  });

  test('a multi-line literal in a Kubernetes Secret is found at its first line', () => {
    const yaml = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: cfg\nstringData:\n  app.ini: |\n    [db]\n    host = db\n  empty: ""\n  ref: ${DB_PASSWORD}\n';
    expect(scanFile('s.yaml', yaml).map((f) => `${f.line}:${f.column} ${f.kind} ${f.excerpt}`)).toEqual(['7:5 kubernetes-secret-data [db]…']);
  });

  test('a YAML file that does not parse is still scanned, line by line', () => {
    const yaml = `a: [unclosed\npassword: hunter2hunter2\n  bad: indentation: here\n`;
    expect(scanFile('x.yaml', yaml).map((f) => `${f.line}:${f.column} ${f.kind}`)).toEqual(['2:11 secret-literal']);
  });

  test('a Terraform variable default or output value marked sensitive is judged like a secret field', () => {
    const tf = `${JSON.stringify({ variable: { admin: { type: 'string', sensitive: true, default: 'letmein-now' } }, output: { ok: { value: '${random_password.x.result}', sensitive: true } } }, null, 2)}\n`;
    expect(scanFile('terraform/a/cdk.tf.json', tf).map((f) => f.kind)).toEqual(['secret-literal']);
  });
});

// ----------------------------------------------------------------------------------------------

/** Each finding as `file:line:column kind excerpt`, after checking that the quick pass finds the same. */
function findingsOf(files: Map<string, string>): string[] {
  const found = scanSecrets(files);
  expect(scanSecrets(files, parsedYaml(files))).toEqual(found);
  return found.map((f) => `${f.file}:${f.line}:${f.column} ${f.kind} ${f.excerpt}`);
}
const inScript = (line: string) => findingsOf(new Map([['scripts/setup.sh', `#!/bin/sh\n${line}\n`]]));

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

// ----------------------------------------------------------------------------------------------

describe('references and look-alikes are not secrets', () => {
  const REFERENCE_YAML: Record<string, string> = {
    'Terraform references': 'password: "${random_password.db.result}"\ntoken: ${var.k3s_token}\nagent-token: "${random_password.k3s_agent_token.result}"\njoin-token: "K10${var.ca_hash}::server:${random_password.k3s_token.result}"',
    'empty and null values': 'apiKey: ""\npassword:\nsecret: null\ntoken: ~',
    'a secretKeyRef': 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n  - name: LOG_LEVEL\n    value: debug',
    'existingSecret and its keys': 'grafana:\n  admin:\n    existingSecret: grafana-admin\n    existingSecretPasswordKey: admin-password\n    useExistingSecret: true',
    'secretName': 'spec:\n  secretName: internal-ca\n  tls:\n    - secretName: grafana-tls',
    'a field naming a Secret': 'passwordSecret: db-credentials\ntlsSecret: web-tls',
    'an ExternalSecret': 'spec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: backend-database\n        property: password\n    - secretKey: ACCESS_KEY_ID\n      remoteRef:\n        key: pg-backup-s3\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: site-secrets',
    '*SecretRef': 'privateKeySecretRef:\n  name: letsencrypt-account-key\napiTokenSecretRef:\n  name: cloudflare-api-token\n  key: api-token\npasswordSecretRef:\n  name: x\n  key: password',
    'SSH public keys': `ssh_authorized_keys:\n  - ${sshPublic}\nkey: ${sshPublic}\nsshAuthorizedKeys: ["${sshPublic}"]`,
    'checksums': `sha256: ${sha256}\nchecksum: sha256:${sha256}\nkey: sha256:${sha256}\ndigest: sha512-${randBytes(41, 64).toString('base64')}`,
    'files holding secrets': 'tokenFile: /var/lib/rancher/k3s/server/token\npassword_file: /etc/sitekit/postgresql/app-password\ntoken: /run/secrets/k3s-token',
    'settings named after passwords': 'password_encryption: scram-sha-256\nssh_pwauth: false\nauth_enabled: false\nautomountServiceAccountToken: false\ntopologyKey: kubernetes.io/hostname\npasswordAuthentication: false',
    'a WireGuard public key': `publicKey: ${wgPublic}\nwireguard_site_public_key: ${wgPublic}`,
    'a base64 certificate': `caBundle: ${Buffer.from(`-----BEGIN CERTIFICATE-----\n${rand(42, 64)}\n-----END CERTIFICATE-----\n`).toString('base64')}`,
    'low-entropy key names': 'key: pg-backup-s3\nproperty: SECRET_ACCESS_KEY\nsecretAccessKey:\n  key: SECRET_ACCESS_KEY\n  name: pg-backup-s3\nsigningKey: kubernetes-default-signing-key',
    'templates and placeholders': 'password: "{{ .Values.password }}"\ntoken: <your-token>\nsecret: "********"',
    'a cloud-init file whose content is a reference': 'write_files:\n  - path: /etc/sitekit/postgresql/app-password\n    permissions: "0600"\n    content: |\n      ${random_password.postgresql_password.result}',
    'a private key header without a body (a script looking for one)': "check: grep -q -- '-----BEGIN OPENSSH PRIVATE KEY-----' ~/.ssh/id",
    'URLs without credentials': [
      'repository: https://github.com/socialdevs/microcloud.git?ref=main',
      'chart: https://charts.example.com/index.yaml?version=1',
      'maps: https://maps.example.com/api/js?key=&libraries=places',
      'git: ssh://git@github.com/socialdevs/microcloud.git',
      'scp: git@github.com:socialdevs/microcloud.git',
      'uri: qemu+ssh://root@192.168.0.40/system?keyfile=/root/.ssh/id_ed25519&no_verify=1',
      'list: https://api.example.com/v1/items?pageToken=CiAKGjBp&sort_key=name&auth=false',
      'email: ops@example.com',
    ].join('\n'),
    'a documentation URL in a comment': '# https://fluxcd.io/flux/components/source/gitrepositories/#secret-reference\nkind: GitRepository',
    'URL credentials by reference': [
      'url: https://git.example.com/x.git?access_token=${var.git_token}',
      'image: "https://${var.image_user}@images.example.com/debian.qcow2?sig=<signature>"',
      'env: postgresql://$(DATABASE_USER):$(DATABASE_PASSWORD)@postgresql:5432/app',
    ].join('\n'),
  };

  const REFERENCE_TEXT: Record<string, string> = {
    'command substitution': 'PASSWORD=$(cat /run/secrets/db)\nTOKEN=`cat /etc/token`\nSITEKIT_PG_PASSWORD=$(cat "$password_file")',
    'shell variables': 'PASSWORD="$DB_PASSWORD"\nexport TOKEN=${K3S_TOKEN}\nexport SITEKIT_PG_PASSWORD\nAPI_KEY=$1',
    'keepalived with a Terraform reference': 'authentication {\n  auth_type PASS\n  auth_pass ${random_password.vrrp_password.result}\n}',
    'WireGuard with a reference and a public key': `[Interface]\nPrivateKey = \${var.wireguard_private_key}\n[Peer]\nPublicKey = ${wgPublic}\nPresharedKey = \${var.psk}`,
    'file names and settings': "password_file='/etc/sitekit/postgresql/app-password'\npassword_encryption = 'scram-sha-256'\nhba_file = '/etc/pg_hba.conf'",
    'psql variables': "\\set password `printf '%s' \"$SITEKIT_PG_PASSWORD\"`\nALTER ROLE app WITH LOGIN PASSWORD :'password';",
    'a checksum check': `echo "${sha256}  /tmp/k3s" | sha256sum -c -\nexpected=$(awk '$2 == f { print $1 }' sums)`,
    'an authorized_keys line': sshPublic,
    'a grep for a key header': "grep -q -- '-----BEGIN RSA PRIVATE KEY-----' \"$f\" && echo 'refusing a private key'",
    'URLs with referenced credentials': 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\ncurl -u "admin:$ADMIN_PASSWORD" https://grafana.example/api\nurl=https://user:$PASS@example.org/',
    'URLs with referenced credentials in the query, an scp-like Git URL':
      'curl -fsS "https://api.example.com/v1/deploy?env=prod&token=$API_TOKEN"\ngit clone git@github.com:socialdevs/microcloud.git /srv/x\nwget -q "https://images.example.com/debian.qcow2?sig=${SIG}&sv=2022-11-02"',
    'k3s config with references': 'token: "${random_password.k3s_token.result}"\nagent-token: "${random_password.k3s_agent_token.result}"\nserver: "https://10.17.3.10:6443"',
  };

  test.each(Object.entries(REFERENCE_YAML))('YAML: %s', (_, yaml) => {
    expect(scanFile('clusters/lab/planted.yaml', `${yaml}\n`)).toEqual([]);
    const tf = tfJson({ libvirt_cloudinit_disk: { n1: { user_data: cloudInit(yaml) } } });
    expect(scanFile('terraform/nodes/cdk.tf.json', tf)).toEqual([]);
  });

  test.each(Object.entries(REFERENCE_TEXT))('text: %s', (_, text) => {
    expect(scanFile('scripts/setup.sh', script(text))).toEqual([]);
    const tf = tfJson({
      libvirt_cloudinit_disk: { n1: { user_data: cloudInit(writeFile(text)) } },
      libvirt_ignition: { n2: { content: ignition(`data:,${encodeURIComponent(text)}`) }, n3: { content: ignition(`data:;base64,${Buffer.from(text).toString('base64')}`) } },
    });
    expect(scanFile('terraform/nodes/cdk.tf.json', tf)).toEqual([]);
  });

  test('Terraform JSON: a sensitive variable without a default, provider credentials from variables', () => {
    const tf = `${JSON.stringify(
      {
        variable: { cloudflare_api_token: { description: 'Cloudflare API token (Zone:Read, DNS:Edit).', type: 'string', sensitive: true }, wireguard_private_key_gw: { description: 'WireGuard private key (base64, from `wg genkey`).', type: 'string', sensitive: true } },
        provider: { cloudflare: [{ api_token: '${var.cloudflare_api_token}' }], proxmox: [{ api_token: '${var.proxmox_api_token}', insecure: false }] },
        resource: { random_password: { vrrp_password: { length: 8, special: false }, k3s_token: { length: 48 } } },
      },
      null,
      2,
    )}\n`;
    expect(scanFile('terraform/edge/cdk.tf.json', tf)).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------------------

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SITES = ['site.yaml', ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/${f}`)];

describe.each(SITES)('the real output of %s', (site) => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = renderSite(loadSiteFile(path.join(ROOT, site)).site).files;
  });

  test('has no finding', () => {
    expect(scanSecrets(files, parsedYaml(files))).toEqual([]);
    const found = scanSecrets(files);
    expect(formatSecretFindings(found)).toBe('no secrets found');
    expect(found).toEqual([]);
  });

  test('every generated secret it references would be found if it were written there instead', () => {
    // A literal in place of each reference to a generated password or a sensitive variable.
    const literal = `Lit3ral${rand(50, 16)}`;
    const mutated = new Map<string, string>();
    const expected: string[] = [];
    for (const [file, content] of files) {
      const sensitiveVars = new Set<string>();
      if (file.endsWith('.json')) for (const [name, v] of Object.entries((JSON.parse(content).variable ?? {}) as Record<string, { sensitive?: boolean }>)) if (v.sensitive) sensitiveVars.add(name);
      const re = /\$\{(?:random_password\.\w+\.result|var\.(\w+))\}/g;
      const out = content.replace(re, (m, v: string | undefined) => (v === undefined || sensitiveVars.has(v) ? literal : m));
      mutated.set(file, out);
      for (let i = out.indexOf(literal); i !== -1; i = out.indexOf(literal, i + 1)) expected.push(`${file}:${lineOf(out, i)}:${columnOf(out, i)}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    const found = scanSecrets(mutated);
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(expected);
    expect(scanSecrets(mutated, parsedYaml(mutated))).toEqual(found);
    for (const f of found) expect(['secret-literal', 'keepalived-auth-pass']).toContain(f.kind);
  });
});

// ----------------------------------------------------------------------------------------------

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
