/**
 * Secret scanner for the rendered output (`renderSite(site).files`, or a `dist/` tree read back).
 *
 * Secrets must never be written into dist/: a secret is a Terraform reference
 * (`${random_password.x.result}`, `${var.y}`) or a reference to a Kubernetes Secret by name. This
 * scanner looks for what would break that rule:
 *
 * - secrets recognised by their shape anywhere: PEM and OpenSSH private keys (also base64-wrapped,
 *   as in a Kubernetes Secret), tokens with a known prefix (GitHub, GitLab, Slack, AWS access key
 *   ids, Google API keys, Stripe, npm, OpenAI-style `sk-`), JWTs;
 * - credentials in URLs: a password, a user (where a token passes as the user; not an account
 *   name over SSH or libvirt), a query or fragment parameter named like a credential (`token`,
 *   `sig`, `X-Amz-Signature`...);
 * - literal values in fields named like a secret (`password:`, `"api_token":`, `PASSWORD=`,
 *   `PrivateKey = `, `auth_pass`, SQL `PASSWORD '...'`, `data`/`stringData` of a Kubernetes
 *   Secret, the contents of a file named like a secret), with WireGuard private keys and 40-char
 *   Cloudflare API tokens told apart;
 * - high-entropy strings in fields whose name suggests key material (`key`, `signingKey`, `auth`,
 *   `credentials`, `salt`, ...).
 *
 * A value that names a secret instead of holding it is not a finding: a Terraform `${...}`
 * reference, a shell `$VAR`/`$(cat file)`/backtick, a psql `:'var'`, a file path, a Kubernetes
 * `secretKeyRef`/`existingSecret`/`secretName`/`*SecretRef`/ExternalSecret `remoteRef` entry, an
 * SSH public key, a certificate, a `sha256:` digest.
 *
 * Documents are decoded layer by layer before scanning: JSON and YAML are parsed (with source
 * positions), string values are unescaped, `data:` URLs (percent-encoded or base64, gzip too) are
 * decoded, and embedded documents (a cloud-init YAML inside a Terraform JSON string, an Ignition
 * JSON holding data URLs of shell scripts...) are scanned in turn. Each finding is reported at the
 * line and column of the enclosing file where the secret's first character is written (exact for
 * escaped and percent-encoded text, to the 4-character group for base64).
 */
import * as path from 'path';
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { gunzipSync } from 'zlib';
import { findUrls, redactUrl, UrlPart } from './scan-secrets-urls';
import { readTree } from './write';

/** What a finding is. */
export type SecretKind =
  | 'pem-private-key'
  | 'openssh-private-key'
  | 'github-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'aws-access-key-id'
  | 'google-api-key'
  | 'stripe-secret-key'
  | 'npm-token'
  | 'openai-api-key'
  | 'cloudflare-api-token'
  | 'jwt'
  | 'wireguard-private-key'
  | 'keepalived-auth-pass'
  | 'url-credentials'
  | 'url-user'
  | 'url-query-secret'
  | 'kubernetes-secret-data'
  | 'secret-literal'
  | 'high-entropy-string';

/** Every kind with a one-line description (used by formatSecretFindings). */
export const SECRET_KINDS: Readonly<Record<SecretKind, string>> = {
  'pem-private-key': 'PEM private key',
  'openssh-private-key': 'OpenSSH private key',
  'github-token': 'GitHub token',
  'gitlab-token': 'GitLab personal access token',
  'slack-token': 'Slack token',
  'aws-access-key-id': 'AWS access key id',
  'google-api-key': 'Google API key',
  'stripe-secret-key': 'Stripe live secret key',
  'npm-token': 'npm access token',
  'openai-api-key': 'OpenAI-style API key (sk-...)',
  'cloudflare-api-token': 'Cloudflare API token (40 characters) in a secret field',
  jwt: 'JSON Web Token',
  'wireguard-private-key': 'WireGuard private key',
  'keepalived-auth-pass': 'keepalived auth_pass literal',
  'url-credentials': 'password in a URL',
  'url-user': 'user in a URL (Git hosts take a token as the user name)',
  'url-query-secret': 'credential in a URL query or fragment parameter',
  'kubernetes-secret-data': 'literal value in the data of a Kubernetes Secret',
  'secret-literal': 'literal value in a field named like a secret',
  'high-entropy-string': 'high-entropy string in a key-material field',
};

/**
 * One possible secret. `excerpt` is redacted: at most its first 4 characters, then `…`; for a
 * secret in a URL, the URL with each secret in it so redacted.
 */
export interface SecretFinding {
  /** Path of the file, as given (relative to the output directory for renderSite's files). */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) in that line where the secret starts. */
  readonly column: number;
  readonly kind: SecretKind;
  readonly excerpt: string;
}
export type Finding = SecretFinding;

/**
 * Scans every file; findings sorted by file, line, column, kind.
 *
 * `parsed`, given for a rendered tree: the objects each YAML file serializes (the renderer's
 * `Rendered.objects`); its JSON files are then taken to be `JSON.stringify` output (no duplicate
 * keys), read with `JSON.parse`. Such a file is first scanned through its objects, which spares
 * parsing it with positions, and only when that finds anything through its text, for the
 * positions. The quick pass scans at least what the full one does (every string value is treated
 * as written differently from its source, so each is looked into), so it misses nothing the full
 * one finds.
 */
export function scanSecrets(files: ReadonlyMap<string, string>, parsed?: ReadonlyMap<string, readonly unknown[]>): SecretFinding[] {
  const out: SecretFinding[] = [];
  for (const [file, content] of files) {
    const objects = parsed ? (parsed.get(file) ?? (/\.json$/i.test(file) ? jsonValue(content) : undefined)) : undefined;
    if (objects && /\.(ya?ml|json)$/i.test(file) && quickScanIsClean(file, content, objects)) continue;
    out.push(...scanFile(file, content));
  }
  return out.sort(compareFindings);
}

function quickJson(text: string): TNode | undefined {
  const v = jsonValue(text);
  return v ? fromValue(v[0]) : undefined;
}

function jsonValue(text: string): unknown[] | undefined {
  try {
    return [JSON.parse(text)];
  } catch {
    return undefined;
  }
}

/** The quick pass over a YAML file's objects: true when it finds nothing (see scanSecrets). */
function quickScanIsClean(file: string, content: string, objects: readonly unknown[]): boolean {
  const scan = new FileScan(file, content);
  const layer: Layer = { text: content, at: (i) => i, depth: 0 };
  quickPass = true;
  try {
    scanPatterns(scan, layer);
    const roots = objects.map(fromValue);
    if (roots.every((r) => r.t === 'scalar')) scanLines(scan, layer);
    else for (const root of roots) walk(scan, root, []);
  } finally {
    quickPass = false;
  }
  return scan.count === 0;
}

/** A plain value (parsed YAML or JSON) as a tree for `walk`; positions are not kept (offset 0). */
function fromValue(v: unknown): TNode {
  if (Array.isArray(v)) return { t: 'seq', items: v.map(fromValue) };
  if (v !== null && typeof v === 'object') return { t: 'map', entries: Object.entries(v).filter(([, x]) => x !== undefined).map(([key, value]) => ({ key, value: fromValue(value) })) };
  if (typeof v === 'string') return { t: 'scalar', str: v, isString: true, transformed: true, layer: () => ({ text: v, at: () => 0, depth: 1 }) };
  if (typeof v === 'boolean') return { ...NULL_SCALAR, bool: v };
  if (typeof v === 'number' || typeof v === 'bigint') {
    const str = String(v);
    return { t: 'scalar', str, isString: false, transformed: false, layer: () => ({ text: str, at: () => 0, depth: 1 }) };
  }
  return NULL_SCALAR;
}

/** Scans one file's content. */
export function scanFile(file: string, content: string): SecretFinding[] {
  const scan = new FileScan(file, content);
  const lower = file.toLowerCase();
  const hint = lower.endsWith('.json') ? 'json' : lower.endsWith('.yaml') || lower.endsWith('.yml') ? 'yaml' : undefined;
  scanLayer(scan, { text: content, at: (i) => i, depth: 0 }, hint);
  return scan.result();
}

/** Human-readable report: one line per finding (`file:line:column  kind  excerpt  description`) and a summary. */
export function formatSecretFindings(findings: readonly SecretFinding[]): string {
  if (findings.length === 0) return 'no secrets found';
  const sorted = [...findings].sort(compareFindings);
  const where = sorted.map((f) => `${f.file}:${f.line}:${f.column}`);
  const w = Math.max(...where.map((s) => s.length));
  const k = Math.max(...sorted.map((f) => f.kind.length));
  const lines = sorted.map((f, i) => `${where[i].padEnd(w)}  ${f.kind.padEnd(k)}  ${f.excerpt}  ${SECRET_KINDS[f.kind]}`);
  const files = new Set(sorted.map((f) => f.file)).size;
  lines.push(
    `${sorted.length} possible secret${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: ` +
      'never write a secret into dist/, write a reference (${random_password.x.result}, ${var.y}, a Kubernetes Secret by name)',
  );
  return lines.join('\n');
}

/** The first 4 characters (never more than half of a short value) followed by `…`. */
export function redact(secret: string): string {
  const n = Math.min(4, Math.floor(secret.length / 2));
  return `${[...secret].slice(0, n).join('')}…`;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  const n = [...s].length;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * True for a string that looks randomly generated: no whitespace, at least 20 characters, and a
 * Shannon entropy close to the maximum for its length and alphabet (hex from 32 characters; otherwise
 * upper and lower case letters and digits, or a long lowercase-and-digits run).
 */
export function isHighEntropy(v: string): boolean {
  if (v.length < 20 || /\s/.test(v)) return false;
  const h = shannonEntropy(v);
  const max = 0.83 * Math.log2(v.length);
  if (/^[0-9a-fA-F]+$/.test(v)) return v.length >= 32 && h >= Math.min(3.5, max);
  if (!/[0-9]/.test(v)) return false;
  const mixed = /[a-z]/.test(v) && /[A-Z]/.test(v);
  if (!mixed && !(v.length >= 32 && /^[a-z0-9]+$/.test(v))) return false;
  return h >= Math.min(4.2, max);
}

function compareFindings(a: SecretFinding, b: SecretFinding): number {
  const c = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return c(a.file, b.file) || a.line - b.line || a.column - b.column || c(a.kind, b.kind);
}

// ---------------------------------------------------------------------------------------------
// Layers: a text and where each of its characters is written in the enclosing file.

interface Layer {
  readonly text: string;
  /** Offset in the file of the character at index i of `text`. */
  readonly at: (i: number) => number;
  readonly depth: number;
}

const MAX_DEPTH = 10;

function childLayer(parent: Layer, text: string, map: ArrayLike<number>): Layer {
  const last = map.length - 1;
  return { text, depth: parent.depth + 1, at: (i) => parent.at(last < 0 ? 0 : map[Math.max(0, Math.min(i, last))]) };
}

function sliceLayer(parent: Layer, start: number, end: number): Layer {
  return { text: parent.text.slice(start, end), depth: parent.depth + 1, at: (i) => parent.at(start + i) };
}

class FileScan {
  private readonly lineStarts: number[] = [0];
  private readonly found = new Map<string, SecretFinding>();
  constructor(
    readonly file: string,
    content: string,
  ) {
    for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  report(layer: Layer, index: number, kind: SecretKind, secret: string, excerpt = redact(secret)): void {
    const offset = layer.at(index);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lo + 1;
    const column = offset - this.lineStarts[lo] + 1;
    const key = `${line}:${column}:${kind}`;
    if (!this.found.has(key)) this.found.set(key, { file: this.file, line, column, kind, excerpt });
  }

  /** Findings so far. */
  get count(): number {
    return this.found.size;
  }

  result(): SecretFinding[] {
    return [...this.found.values()].sort(compareFindings);
  }
}

function scanLayer(scan: FileScan, layer: Layer, hint?: 'json' | 'yaml'): void {
  if (layer.depth > MAX_DEPTH || !layer.text) return;
  scanPatterns(scan, layer);
  const docs = parseStructured(layer, hint);
  if (docs) for (const root of docs) walk(scan, root, []);
  else scanLines(scan, layer);
}

// ---------------------------------------------------------------------------------------------
// Shapes: secrets recognised wherever they are.

interface TokenRule {
  readonly kind: SecretKind;
  readonly re: RegExp;
  /** Text every match contains: a text without any of them is not searched with `re`. */
  readonly hints: readonly string[];
  readonly check?: (token: string) => boolean;
}

const hasMixedClasses = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);

function jwtHeader(token: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && !Array.isArray(header);
  } catch {
    return false;
  }
}

/** Secrets told by their prefix and shape. The boundaries keep them from matching inside longer base64 runs. */
const TOKEN_RULES: readonly TokenRule[] = [
  { kind: 'github-token', hints: ['gh', 'github_pat_'], re: /(?<![A-Za-z0-9_-])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_-])/g },
  { kind: 'gitlab-token', hints: ['glpat-'], re: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_.-]{20,}(?![A-Za-z0-9_-])/g },
  { kind: 'slack-token', hints: ['xox'], re: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{10,}(?![A-Za-z0-9_-])/g, check: (t) => /[0-9]/.test(t) },
  { kind: 'aws-access-key-id', hints: ['AKIA', 'ASIA'], re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { kind: 'google-api-key', hints: ['AIza'], re: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g },
  { kind: 'stripe-secret-key', hints: ['k_live_'], re: /(?<![A-Za-z0-9_-])[sr]k_live_[A-Za-z0-9]{20,}(?![A-Za-z0-9])/g },
  { kind: 'npm-token', hints: ['npm_'], re: /(?<![A-Za-z0-9_-])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g },
  { kind: 'openai-api-key', hints: ['sk-'], re: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g, check: hasMixedClasses },
  { kind: 'jwt', hints: ['eyJ'], re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, check: jwtHeader },
];

/** A private key block with a body (a header alone, as in `grep 'BEGIN RSA PRIVATE KEY'`, is not a key). */
const PEM_PRIVATE =
  /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[rn])+(?:(?:Proc-Type|DEK-Info|Comment|Version):[^\n\\]*(?:\s|\\[rn])+)*[A-Za-z0-9+/=]{16,}/g;
/** base64 of `-----BEGIN`: a PEM block wrapped in base64 (Kubernetes Secret data, a data URL...). */
const BASE64_PEM = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJT[A-Za-z0-9+/]{20,}={0,2}/g;

const mayMatch = (rule: TokenRule, text: string) => rule.hints.some((h) => text.includes(h));

function containsToken(v: string): boolean {
  for (const rule of TOKEN_RULES) if (mayMatch(rule, v)) for (const m of v.matchAll(rule.re)) if (!rule.check || rule.check(m[0])) return true;
  PEM_PRIVATE.lastIndex = 0;
  return PEM_PRIVATE.test(v);
}

function scanPatterns(scan: FileScan, layer: Layer): void {
  const text = layer.text;
  for (const rule of TOKEN_RULES) {
    if (!mayMatch(rule, text)) continue;
    for (const m of text.matchAll(rule.re)) if (!rule.check || rule.check(m[0])) scan.report(layer, m.index!, rule.kind, m[0]);
  }
  if (text.includes('PRIVATE KEY')) {
    for (const m of text.matchAll(PEM_PRIVATE)) scan.report(layer, m.index!, m[1] === 'OPENSSH ' ? 'openssh-private-key' : 'pem-private-key', m[0]);
  }
  if (text.includes('://') || text.includes('@')) scanUrls(scan, layer);
  if (text.includes('LS0tLS1CRUdJT')) {
    for (const m of text.matchAll(BASE64_PEM)) {
      const decoded = base64Layer(layer, m.index!, m[0]);
      if (decoded) scanLayer(scan, decoded);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// URLs: credentials in the user info, the query and the fragment.

/**
 * Query and fragment parameters that carry a credential, besides names classifyName says are
 * secret (`token`, `access_token`, `password`, `client_secret`, `api_key`, `X-Amz-Security-Token`...):
 * signatures (S3, GCS, Azure SAS `sig`, CloudFront), the access key id an S3 or GCS signed URL
 * names, `key` (Google APIs), `auth`.
 */
const URL_SECRET_PARAMS = new Set(['sig', 'signature', 'key', 'auth', 'pwd', 'awsaccesskeyid', 'googleaccessid']);
/** Last words of a parameter name that say credential (`X-Amz-Signature`, `X-Goog-Credential`, `hub.auth`). */
const URL_SECRET_LAST = new Set(['sig', 'signature', 'credential', 'credentials', 'auth', 'authorization', 'bearer', 'jwt', 'sas', 'hmac']);
/** `<word>_key` parameters holding a key (`access_key`, `subscription-key`), not a sort or cache key. */
const URL_KEY_QUALIFIERS = new Set(['access', 'secret', 'private', 'master', 'app', 'application', 'client', 'subscription', 'signing', 'session', 'account', 'shared', 'storage', 'service', 'encryption', 'sas', 'license']);
/** Tokens that only page through results (`pageToken`, `continuation-token`). */
const PAGING_WORDS = new Set(['page', 'next', 'continuation', 'sync', 'resume', 'cursor', 'pagination']);

function isSecretParam(name: string): boolean {
  if (URL_SECRET_PARAMS.has(name.toLowerCase())) return true;
  const w = nameWords(name);
  if (w.length === 0) return false;
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (prev !== undefined && PAGING_WORDS.has(prev)) return false;
  if (classifyName(name)?.tier === 'secret') return true;
  return URL_SECRET_LAST.has(last) || (last === 'key' && prev !== undefined && URL_KEY_QUALIFIERS.has(prev));
}

/**
 * Schemes whose user is the account to log in as, never a credential: SSH (`ssh://git@host`,
 * `git+ssh`, `sftp`, libvirt's `qemu+ssh://root@host/system`; the key or agent authenticates) and
 * libvirt's other transports (`qemu+tls://admin@host`: a SASL user name, its password is asked for).
 * The scp-like `git@github.com:org/repo.git` (scheme undefined) is SSH too.
 */
function userIsAccount(scheme: string | undefined): boolean {
  return scheme === undefined || /^(?:ssh|sftp|scp|ssh\+git)$|^[a-z0-9]+\+(?:ssh|libssh2?|tls|tcp|unix|ext)$/.test(scheme) || scheme === 'qemu';
}

/** A user name that reads like an account (a POSIX login of at most 32 characters), not like a token. */
function isAccountName(user: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/.test(user) && !isHighEntropy(user) && !(/^[0-9a-f]{16,}$/i.test(user) && /[0-9]/.test(user));
}

const isLiteral = (v: string) => !isReference(v) && !isPlaceholder(v.trim());

/**
 * Secrets in the URLs of the layer's text. A user alone (`https://<token>@host`) is a finding: Git
 * hosts take a token as the user name; but over SSH and libvirt the user is the account to log in
 * as (`ssh://git@github.com/...`, `git@github.com:org/repo`, `qemu+ssh://root@host/system`), a
 * finding only when it reads like a token. Next to a password, a user is shown unless it reads
 * like a token. Each finding's excerpt is the URL with all its secrets redacted.
 */
function scanUrls(scan: FileScan, layer: Layer): void {
  for (const url of findUrls(layer.text)) {
    const found: [UrlPart, SecretKind][] = [];
    const { user, password } = url;
    if (user && user.text && isLiteral(user.text)) {
      const alone = !password || !password.text;
      if (alone ? !(userIsAccount(url.scheme) && isAccountName(user.text)) : !isAccountName(user.text)) found.push([user, 'url-user']);
    }
    if (password && password.text && isLiteral(password.text)) found.push([password, 'url-credentials']);
    for (const p of url.params) if (p.value.text && isSecretParam(p.name) && isLiteral(p.value.text)) found.push([p.value, 'url-query-secret']);
    if (found.length === 0) continue;
    const excerpt = redactUrl(url, found.map(([part]) => part), redact);
    for (const [part, kind] of found) scan.report(layer, part.at, kind, part.text, excerpt);
  }
}

// ---------------------------------------------------------------------------------------------
// Fields: literal values where a secret is expected.

interface NameClass {
  /** 'secret': any literal value is a finding; 'weak': only a high-entropy one. */
  readonly tier: 'secret' | 'weak';
  /** `passwordSecret`, `tlsSecret`...: may hold the name of a Kubernetes Secret. */
  readonly namesSecret: boolean;
  /** The name says private key (WireGuard keys are told apart). */
  readonly privateKey: boolean;
}

const SECRET_LAST = new Set(['password', 'passwd', 'passphrase', 'secret', 'token', 'pass', 'psk', 'apikey', 'privatekey', 'secretkey', 'presharedkey', 'authkey', 'accesstoken', 'authtoken', 'clientsecret']);
const SECRET_LAST2 = new Set(['api key', 'private key', 'secret key', 'preshared key', 'shared key', 'auth key', 'master key', 'access token']);
const SECRET_LAST3 = new Set(['secret access key', 'pre shared key']);
const WEAK_LAST = new Set(['key', 'auth', 'authorization', 'credential', 'credentials', 'cred', 'creds', 'salt', 'cookie', 'hmac', 'signature', 'bearer', 'license']);
/** `<word>Secret` holding the name of a Kubernetes Secret, not a secret (e.g. `passwordSecret: db-credentials`). */
const NAMES_SECRET_PREV = new Set(['password', 'passwd', 'token', 'credentials', 'credential', 'creds', 'tls', 'cert', 'certificate', 'ca', 'key', 'superuser', 'admin', 'auth', 'bootstrap', 'user', 'env', 'config', 'pull', 'image', 'registry', 'basic', 'ssh', 'git', 'repo', 'repository', 'backup', 's3', 'db', 'database']);

export function nameWords(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' '))
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** classifyName's answers: the same keys come back in every object of a tree. */
const CLASSES = new Map<string, NameClass | undefined>();

/** How a field (key, variable, file) name relates to secrets: undefined when it does not. */
export function classifyName(name: string | undefined): NameClass | undefined {
  if (!name) return undefined;
  if (CLASSES.has(name)) return CLASSES.get(name);
  const c = classifyUncached(name);
  if (CLASSES.size < 10_000) CLASSES.set(name, c);
  return c;
}

function classifyUncached(name: string): NameClass | undefined {
  const w = nameWords(name);
  if (w.length === 0 || w.includes('existing') || w.includes('public')) return undefined;
  const last = w[w.length - 1];
  const last2 = w.slice(-2).join(' ');
  const last3 = w.slice(-3).join(' ');
  const privateKey = last === 'privatekey' || last2 === 'private key';
  if (SECRET_LAST.has(last) || SECRET_LAST2.has(last2) || SECRET_LAST3.has(last3)) {
    return { tier: 'secret', privateKey, namesSecret: last === 'secret' && w.length >= 2 && NAMES_SECRET_PREV.has(w[w.length - 2]) };
  }
  if (WEAK_LAST.has(last)) return { tier: 'weak', privateKey, namesSecret: false };
  return undefined;
}

/** Keys whose value is a reference to something holding secrets (`secretKeyRef`, `valueFrom`, `existingSecret`...). */
const REFERENCE_CONTAINERS = new Map<string, boolean>();

function isReferenceContainer(key: string | undefined): boolean {
  if (!key) return false;
  let r = REFERENCE_CONTAINERS.get(key);
  if (r === undefined) {
    r = referenceContainerName(key);
    if (REFERENCE_CONTAINERS.size < 10_000) REFERENCE_CONTAINERS.set(key, r);
  }
  return r;
}

function referenceContainerName(key: string): boolean {
  const w = nameWords(key);
  const last = w[w.length - 1];
  return last === 'ref' || last === 'refs' || last === 'from' || w.includes('existing');
}

const CRYPT_HASH = /^\$(?:1|2[abxy]?|5|6|7|y|gy|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*)\$/;
const K8S_NAME = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
const WIREGUARD_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;
const CLOUDFLARE_TOKEN = /^[A-Za-z0-9_-]{40}$/;

/** A value that names or computes a secret instead of holding it. */
export function isReference(value: string): boolean {
  const t = value.trim();
  if (!t) return true;
  if (/^(?:null|~|true|false|yes|no|on|off|none|nil|undefined)$/i.test(t)) return true;
  // Terraform interpolation or template, shell ${VAR}, Helm/Go/Jinja templates.
  if (t.includes('${') || t.includes('%{') || t.includes('{{')) return true;
  // Shell: $VAR, $(command), $1; a crypt(3) hash ($6$...) is a literal.
  if (/^\$[A-Za-z_({0-9@*#?]/.test(t) && !CRYPT_HASH.test(t)) return true;
  if (t.startsWith('`')) return true; // command substitution
  if (/^:['"]?[A-Za-z_]\w*['"]?;?$/.test(t)) return true; // psql variable
  if (/^[|>][-+0-9]*$/.test(t)) return true; // YAML block scalar indicator (text scanned line by line)
  if (/^\*[\w-]+$/.test(t)) return true; // YAML alias
  if (/^(?:\/|~\/|\.\.?\/)\S*$/.test(t)) return true; // a file path
  if (/^ENC\[/.test(t) || t.startsWith('$ANSIBLE_VAULT')) return true; // encrypted (sops, ansible-vault)
  return false;
}

function isPlaceholder(v: string): boolean {
  return /^<[^<>]*>$/.test(v) || /^(?:\*+|x+|X+|\.\.\.|…|redacted|REDACTED)$/.test(v);
}

/** Public key material and digests look random but are not secrets. */
function isPublicOrDigest(v: string): boolean {
  return (
    /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)\s+AAAA/.test(v) ||
    /^-----BEGIN (?:PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|PGP PUBLIC KEY BLOCK|PGP SIGNATURE)-----/.test(v) ||
    /^(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?(?:-\d+)?)[:-][A-Za-z0-9+/=]+$/i.test(v)
  );
}

/** The kind of a literal `value` written in a field named `name`, or undefined when it is fine. */
function judgeField(cls: NameClass | undefined, value: string, forceSecret = false): SecretKind | undefined {
  if (!cls && !forceSecret) return undefined;
  const v = value.trim();
  // A multi-line value in a named field is a document (scanned on its own), unless the place itself is secret.
  if (!v || (v.includes('\n') && !forceSecret) || isReference(v) || isPlaceholder(v) || isPublicOrDigest(v)) return undefined;
  if (cls?.namesSecret && K8S_NAME.test(v)) return undefined;
  if (containsToken(v)) return undefined; // reported by its shape
  if (cls?.privateKey && WIREGUARD_KEY.test(v)) return 'wireguard-private-key';
  const cloudflare = CLOUDFLARE_TOKEN.test(v) && hasMixedClasses(v);
  if (forceSecret || cls?.tier === 'secret') return cloudflare ? 'cloudflare-api-token' : 'secret-literal';
  if (isHighEntropy(v)) return cloudflare ? 'cloudflare-api-token' : 'high-entropy-string';
  return undefined;
}

/** Reports `value` (found at `index` of `layer`) when judgeField finds it is a secret. */
function checkField(scan: FileScan, layer: Layer, index: number, name: string | undefined, value: string, kindOverride?: SecretKind, forceSecret = false): void {
  const kind = judgeField(classifyName(name), value, forceSecret);
  if (!kind) return;
  const lead = value.length - value.trimStart().length;
  scan.report(layer, index + lead, kind === 'secret-literal' && kindOverride ? kindOverride : kind, value.trim());
}

// ---------------------------------------------------------------------------------------------
// Unstructured text (shell, INI, systemd, keepalived, WireGuard, SQL...): line by line.

const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
/** YAML-like `key: value` (also `- key: value`, `"key": value`) at the start of a line. */
const COLON_FORM = new RegExp(`^(\\s*(?:-\\s+)?)(["']?)(${NAME})\\2[ \\t]*:(?=\\s|$)[ \\t]*`);
/** INI/WireGuard/conf `key = value` (spaces around =) at the start of a line. */
const SPACED_EQUALS = new RegExp(`^\\s*(?:(?:export|readonly|local|typeset|declare(?:\\s+-\\w+)*)\\s+)?(${NAME})(?:[ \\t]+=[ \\t]*|=[ \\t]+)`);
/** Shell `NAME=value` anywhere (env prefixes, `export`, `--flag=value`, systemd `Environment=NAME=value`). */
const INLINE_EQUALS = new RegExp(`(?<=^|[\\s;&|("'\`=])-{0,2}(${NAME})=(?=[^=])`, 'g');
/** JSON `"key": "value"`, also escaped (`\\"key\\": \\"value\\"`). */
const JSON_PAIR = new RegExp(`(\\\\?)"(${NAME})\\1"\\s*:\\s*\\1"`, 'g');
/** Directives whose argument is a password: keepalived, redis. */
const DIRECTIVE = /^\s*(auth_pass|requirepass|masterauth)[ \t]+/;
/** SQL `... WITH [LOGIN] PASSWORD 'literal'` (psql variables `:'name'` are references). */
const SQL_PASSWORD = /\b(?:WITH|ROLE|USER)\b[^;\n]{0,200}?\bPASSWORD\s+E?'((?:[^'\n]|'')*)'/gi;
/** data: URLs inside text (Ignition configs written verbatim, scripts). */
const DATA_URL_IN_TEXT = /data:[A-Za-z0-9!#$&^_.+/=;-]*,[^\s"\\<>]*/g;

/** A value starting at `i` of `line`: quoted (contents), a shell word, or the rest of the line. */
function readValue(line: string, i: number, mode: 'word' | 'rest'): { value: string; at: number } {
  const q = line[i];
  if (q === '"' || q === "'") {
    let j = i + 1;
    while (j < line.length && line[j] !== q) j += q === '"' && line[j] === '\\' ? 2 : 1;
    return { value: line.slice(i + 1, Math.min(j, line.length)), at: i + 1 };
  }
  if (mode === 'word') return { value: /^[^\s;&|`)]*/.exec(line.slice(i))![0], at: i };
  return { value: line.slice(i).replace(/\s+[#;].*$/, '').trimEnd(), at: i };
}

function scanLines(scan: FileScan, layer: Layer): void {
  const text = layer.text;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (line.trim()) scanLine(scan, layer, line, start);
    start = end + 1;
  }
  if (text.includes('data:')) {
    for (const m of text.matchAll(DATA_URL_IN_TEXT)) {
      const decoded = dataUrlLayer(sliceLayer(layer, m.index!, m.index! + m[0].length));
      if (decoded) scanLayer(scan, decoded);
    }
  }
}

function scanLine(scan: FileScan, layer: Layer, line: string, offset: number): void {
  const colon = COLON_FORM.exec(line);
  // (`key: {` or `key: [` opens a flow collection, not a scalar.)
  if (colon && !/^[[{]/.test(line.slice(colon[0].length))) {
    const v = readValue(line, colon[0].length, 'rest');
    checkField(scan, layer, offset + v.at, colon[3], v.value);
  }
  const spaced = SPACED_EQUALS.exec(line);
  if (spaced) {
    const v = readValue(line, spaced[0].length, 'rest');
    checkField(scan, layer, offset + v.at, spaced[1], v.value);
  }
  if (line.includes('=')) {
    // `&token=...` inside a URL is a query parameter: scanUrls judges it.
    const urls = line.includes('://') ? findUrls(line) : [];
    for (const m of line.matchAll(INLINE_EQUALS)) {
      if (!classifyName(m[1]) || urls.some((u) => m.index! > u.at && m.index! < u.at + u.text.length)) continue;
      const v = readValue(line, m.index! + m[0].length, 'word');
      checkField(scan, layer, offset + v.at, m[1], v.value);
    }
  }
  if (line.includes('"')) {
    for (const m of line.matchAll(JSON_PAIR)) {
      if (!classifyName(m[2])) continue;
      const i = m.index! + m[0].length;
      let j = i;
      while (j < line.length && line[j] !== '"' && !(m[1] && line.startsWith('\\"', j))) j += line[j] === '\\' && !m[1] ? 2 : 1;
      checkField(scan, layer, offset + i, m[2], line.slice(i, j));
    }
  }
  const directive = DIRECTIVE.exec(line);
  if (directive) {
    const v = readValue(line, directive[0].length, 'word');
    checkField(scan, layer, offset + v.at, directive[1], v.value, directive[1] === 'auth_pass' ? 'keepalived-auth-pass' : undefined, true);
  }
  if (/password/i.test(line)) {
    for (const m of line.matchAll(SQL_PASSWORD)) {
      const at = m.index! + m[0].length - 1 - m[1].length;
      checkField(scan, layer, offset + at, 'password', m[1].replace(/''/g, "'"));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Structured documents (JSON, YAML): a small tree with positions, walked with the keys in view.

type TNode = TMap | TSeq | TScalar;
interface TMap {
  readonly t: 'map';
  readonly entries: { readonly key: string | undefined; readonly value: TNode }[];
}
interface TSeq {
  readonly t: 'seq';
  readonly items: TNode[];
}
interface TScalar {
  readonly t: 'scalar';
  /** The string value; a number's source text; undefined for booleans and null. */
  readonly str: string | undefined;
  readonly isString: boolean;
  /** True when the value is written differently in the source (escapes, folding, block scalar...). */
  readonly transformed: boolean;
  /** The value as a layer, with positions in the file. */
  readonly layer: () => Layer;
  /** A boolean's value. */
  readonly bool?: boolean;
}

const NULL_SCALAR: TScalar = { t: 'scalar', str: undefined, isString: false, transformed: false, layer: () => ({ text: '', at: () => 0, depth: MAX_DEPTH + 1 }) };

function parseStructured(layer: Layer, hint?: 'json' | 'yaml'): TNode[] | undefined {
  const text = layer.text;
  const head = text.trimStart();
  if (hint === 'json' || head.startsWith('{') || head.startsWith('[')) {
    // The quick pass reads rendered JSON (no duplicate keys) natively, without positions.
    const json = quickPass ? quickJson(text) : parseJson(layer);
    if (json || hint === 'json') return json ? [json] : undefined;
  }
  if (hint === 'yaml' || looksLikeYaml(text)) return parseYaml(layer);
  return undefined;
}

function looksLikeYaml(text: string): boolean {
  if (text.startsWith('#cloud-config')) return true;
  for (const line of text.split('\n', 50)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    return t.startsWith('---') || /^(?:-\s|["']?[A-Za-z0-9_./-]+["']?:(?:\s|$))/.test(line);
  }
  return false;
}

// --- JSON, with the offset of every string.

function parseJson(layer: Layer): TNode | undefined {
  const s = layer.text;
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t')) i++;
  };
  const fail = (): never => {
    throw new SyntaxError('json');
  };
  const value = (depth: number): TNode => {
    if (depth > 512) fail();
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      const entries: { key: string | undefined; value: TNode }[] = [];
      ws();
      if (s[i] === '}') {
        i++;
        return { t: 'map', entries };
      }
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        const key = readJsonString(s, i, false);
        if (!key) fail();
        i = key!.end;
        ws();
        if (s[i++] !== ':') fail();
        entries.push({ key: key!.value, value: value(depth + 1) });
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') {
          i++;
          return { t: 'map', entries };
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      const items: TNode[] = [];
      ws();
      if (s[i] === ']') {
        i++;
        return { t: 'seq', items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') {
          i++;
          return { t: 'seq', items };
        } else fail();
      }
    }
    if (c === '"') {
      const q = i;
      const r = readJsonString(s, q, false);
      if (!r) fail();
      i = r!.end;
      const transformed = r!.end - q - 2 !== r!.value.length;
      return {
        t: 'scalar',
        str: r!.value,
        isString: true,
        transformed,
        layer: () => {
          const m = readJsonString(s, q, true)!;
          return childLayer(layer, m.value, m.map!);
        },
      };
    }
    const lit = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(s.slice(i, i + 64));
    if (!lit) fail();
    const start = i;
    i += lit![0].length;
    if (lit![0] === 'true' || lit![0] === 'false') return { ...NULL_SCALAR, bool: lit![0] === 'true' };
    if (lit![0] === 'null') return NULL_SCALAR;
    return { t: 'scalar', str: lit![0], isString: false, transformed: false, layer: () => sliceLayer(layer, start, start + lit![0].length) };
  };
  try {
    const root = value(0);
    ws();
    return i === s.length ? root : undefined;
  } catch {
    return undefined;
  }
}

const JSON_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };

/** The JSON string whose opening quote is at `q`: its value, the index after the closing quote, and optionally value index → source index. */
function readJsonString(s: string, q: number, withMap: boolean): { value: string; end: number; map?: number[] } | undefined {
  const parts: string[] = [];
  const map: number[] | undefined = withMap ? [] : undefined;
  let i = q + 1;
  let run = i;
  for (;;) {
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) {
      if (i > run) {
        parts.push(s.slice(run, i));
        if (map) for (let k = run; k < i; k++) map.push(k);
      }
      if (c === 34) {
        map?.push(i);
        return { value: parts.join(''), end: i + 1, map };
      }
      const e = s[i + 1];
      if (e === 'u') {
        const hex = s.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        parts.push(String.fromCharCode(parseInt(hex, 16)));
        map?.push(i);
        i += 6;
      } else if (e !== undefined && e in JSON_ESCAPES) {
        parts.push(JSON_ESCAPES[e]);
        map?.push(i);
        i += 2;
      } else return undefined;
      run = i;
    } else if (c < 0x20) return undefined;
    else i++;
  }
}

// --- YAML, through the yaml library (positions from node ranges).

function parseYaml(layer: Layer): TNode[] | undefined {
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(layer.text, { uniqueKeys: false, strict: false, prettyErrors: false, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.length === 0 || docs.some((d) => d.errors.length > 0)) return undefined;
  const roots = docs.map((d) => fromYaml(d.contents, layer));
  // A "document" that is one plain scalar is text, not YAML (a script, a config file...).
  if (roots.every((r) => r.t === 'scalar')) return undefined;
  return roots;
}

function fromYaml(node: unknown, layer: Layer): TNode {
  if (isMap(node)) {
    return {
      t: 'map',
      entries: node.items.map((pair) => {
        const k = pair.key;
        const key = isScalar(k) && k.value !== null && k.value !== undefined ? String(k.value) : undefined;
        return { key, value: fromYaml(pair.value, layer) };
      }),
    };
  }
  if (isSeq(node)) return { t: 'seq', items: node.items.map((item) => fromYaml(item, layer)) };
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const v = node.value;
    if (typeof v === 'string') {
      const raw = layer.text.slice(start, end);
      return {
        t: 'scalar',
        str: v,
        isString: true,
        transformed: raw !== v,
        layer: () => {
          if (node.type === 'QUOTE_DOUBLE') {
            const d = readJsonString(layer.text, start, true);
            if (d && d.value === v) return childLayer(layer, v, d.map!);
          }
          return childLayer(layer, v, searchMap(v, layer.text, start, end));
        },
      };
    }
    if (typeof v === 'boolean') return { ...NULL_SCALAR, bool: v };
    if (typeof v === 'number' || typeof v === 'bigint') {
      return { t: 'scalar', str: layer.text.slice(start, end).trim(), isString: false, transformed: false, layer: () => sliceLayer(layer, start, end) };
    }
  }
  return NULL_SCALAR;
}

/** Maps each line of `value` to where it is written in text[start, end) (block scalars, folded and quoted text). */
function searchMap(value: string, text: string, start: number, end: number): number[] {
  const map: number[] = [];
  let cursor = start;
  const lines = value.split('\n');
  lines.forEach((line, n) => {
    const found = line ? text.indexOf(line, cursor) : -1;
    const base = found !== -1 && found + line.length <= end ? found : -1;
    for (let k = 0; k < line.length; k++) map.push(base === -1 ? cursor : base + k);
    if (base !== -1) cursor = base + line.length;
    if (n < lines.length - 1) map.push(cursor);
  });
  map.push(cursor);
  return map;
}

// --- The walk.

interface Ancestor {
  readonly key: string | undefined;
  readonly map: TMap | undefined;
}

const VALUE_KEYS = new Set(['value', 'default', 'defaultValue']);
const CONTENT_KEYS = new Set(['content', 'contents', 'source', 'data', 'inline']);

function scalarOf(map: TMap | undefined, key: string): string | undefined {
  const e = map?.entries.find((x) => x.key === key);
  return e && e.value.t === 'scalar' ? e.value.str : undefined;
}

function walk(scan: FileScan, node: TNode, anc: Ancestor[]): void {
  if (node.t === 'map') {
    for (const e of node.entries) {
      if (e.value.t === 'scalar') scalarEntry(scan, e.key, e.value, node, anc);
      else walk(scan, e.value, [...anc, { key: e.key, map: node }]);
    }
  } else if (node.t === 'seq') {
    const parent = anc[anc.length - 1];
    for (const item of node.items) {
      if (item.t === 'scalar') scalarEntry(scan, parent?.key, item, undefined, anc.slice(0, -1));
      else walk(scan, item, anc);
    }
  } else scalarEntry(scan, undefined, node, undefined, anc);
}

function scalarEntry(scan: FileScan, key: string | undefined, sc: TScalar, map: TMap | undefined, anc: Ancestor[]): void {
  const raw = sc.str;
  if (raw === undefined) return;
  const parent = anc[anc.length - 1];
  const reference = anc.some((a) => isReferenceContainer(a.key)) || isReferenceContainer(key) || (!!map && map.entries.some((e) => e.key === 'remoteRef'));
  let value: Layer | undefined;
  const valueLayer = () => (value ??= sc.layer());

  // The name the value is a value of.
  let name = key;
  if (key && VALUE_KEYS.has(key) && map) name = scalarOf(map, 'name') ?? parent?.key ?? key;
  if (key && CONTENT_KEYS.has(key) && map) {
    // The contents of a file named like a secret (cloud-init write_files, Ignition storage.files).
    const base = (scalarOf(map, 'path') ?? scalarOf(parent?.map, 'path'))?.split('/').pop();
    if (base && classifyName(base)?.tier === 'secret') name = base;
  }
  // data: URLs are decoded before judging and scanning.
  let content: Layer | undefined;
  if (sc.isString && /^data:/i.test(raw)) content = dataUrlLayer(valueLayer());

  const secretData = anc.length === 1 && (parent?.key === 'data' || parent?.key === 'stringData') && scalarOf(parent.map, 'kind') === 'Secret';
  if (!reference) {
    const text = content ? content.text : raw;
    const sensitive = !!key && VALUE_KEYS.has(key) && markedSensitive(map);
    const kind = secretData ? judgeField(undefined, text, true) : judgeField(classifyName(name), text, sensitive);
    if (kind) {
      const target = content ?? valueLayer();
      const lead = target.text.length - target.text.trimStart().length;
      const k: SecretKind = secretData && kind === 'secret-literal' ? 'kubernetes-secret-data' : kind;
      scan.report(target, lead, k, text.trim());
    }
  }
  if (!sc.isString) return;
  if (content) scanLayer(scan, content);
  else if (secretData && /^[A-Za-z0-9+/]+={0,2}$/.test(raw)) {
    const decoded = base64Layer(valueLayer(), 0, raw);
    if (decoded) scanLayer(scan, decoded);
  } else if (raw.length >= 6 && (sc.transformed || /[\n=:"']/.test(raw) || raw.includes('LS0tLS1CRUdJT'))) scanLayer(scan, valueLayer());
}

/** `sensitive: true` next to a Terraform variable's `default` or an output's `value`. */
function markedSensitive(map: TMap | undefined): boolean {
  const e = map?.entries.find((x) => x.key === 'sensitive');
  return !!e && e.value.t === 'scalar' && e.value.bool === true;
}

// ---------------------------------------------------------------------------------------------
// Decoders: data: URLs and base64, keeping positions.

/** The decoded payload of the data: URL that is the whole of `layer.text`. */
function dataUrlLayer(layer: Layer): Layer | undefined {
  const m = /^data:([^,]*),/i.exec(layer.text);
  if (!m) return undefined;
  const base64 = m[1].split(';').some((p) => p.trim().toLowerCase() === 'base64');
  const start = m[0].length;
  const payload = layer.text.slice(start);
  return base64 ? base64Layer(layer, start, payload) : percentLayer(layer, start, payload);
}

function percentLayer(layer: Layer, start: number, payload: string): Layer | undefined {
  if (quickPass) {
    let text: string | undefined;
    try {
      text = decodeURIComponent(payload); // = the bytes below read as UTF-8, when every `%` starts a valid sequence
    } catch {
      text = undefined;
    }
    if (text !== undefined) return textLayer(layer, text, () => []);
  }
  const bytes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < payload.length; ) {
    const code = payload.charCodeAt(i);
    if (code < 0x80 && code !== 0x25) {
      // ASCII other than `%`: one byte, itself.
      bytes.push(code);
      offsets.push(start + i);
      i++;
    } else if (payload[i] === '%' && /^[0-9a-fA-F]{2}$/.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      offsets.push(start + i);
      i += 3;
    } else {
      const ch = String.fromCodePoint(payload.codePointAt(i)!);
      for (const b of Buffer.from(ch, 'utf8')) {
        bytes.push(b);
        offsets.push(start + i);
      }
      i += ch.length;
    }
  }
  return bytesLayer(layer, Buffer.from(bytes), (b) => offsets[b]);
}

function base64Layer(layer: Layer, start: number, payload: string): Layer | undefined {
  const clean = payload.trim();
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return undefined;
  let buf: Buffer = Buffer.from(clean, 'base64');
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch {
      return undefined;
    }
    return bytesLayer(layer, buf, () => start);
  }
  return bytesLayer(layer, buf, (b) => start + Math.floor(b / 3) * 4);
}

/** UTF-8 text of `buf` (undefined when binary), each character mapped through the offset of its first byte. */
function bytesLayer(layer: Layer, buf: Buffer, offsetOfByte: (b: number) => number): Layer | undefined {
  return textLayer(layer, buf.toString('utf8'), () => byteMap(buf, offsetOfByte));
}

/**
 * The decoded text as a layer, unless it is binary (a NUL, or more than 1% undecodable). In the
 * quick pass positions are not kept, so `map` (value index → file offset) is not even built.
 */
function textLayer(layer: Layer, text: string, map: () => number[]): Layer | undefined {
  if (!text || text.includes('\u0000')) return undefined;
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > text.length / 100) return undefined;
  if (quickPass) return { text, depth: layer.depth + 1, at: () => layer.at(0) };
  return childLayer(layer, text, map());
}

/** Set while the quick pass runs (scanning is synchronous): decoders need not keep positions. */
let quickPass = false;

function byteMap(buf: Buffer, offsetOfByte: (b: number) => number): number[] {
  const text = buf.toString('utf8');
  const map: number[] = [];
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    map.push(offsetOfByte(Math.min(b, buf.length - 1)));
    const cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      map.push(offsetOfByte(Math.min(b, buf.length - 1)));
      i++;
      b += 4;
    } else b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
  }
  map.push(offsetOfByte(Math.max(0, buf.length - 1)));
  return map;
}

// ---------------------------------------------------------------------------------------------
// Command line: `node lib/tools/scan-secrets.js [dir]` scans a written output tree (default dist/).

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const findings = scanSecrets(readTree(dir));
  process.stdout.write(`${formatSecretFindings(findings)}\n`);
  process.exitCode = findings.length ? 1 : 0;
}
