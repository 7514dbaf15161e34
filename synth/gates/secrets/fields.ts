/**
 * Literal values where a secret is expected: how a field (key, variable, file) name relates to
 * secrets, which values only name or compute a secret (references, placeholders, public keys,
 * digests), and the verdict on a value written in a named field.
 */
import type { Layer } from './decoders';
import { containsToken, hasMixedClasses } from './detectors';
import type { FileScan } from './file-scan';
import type { SecretKind } from './kinds';

/** How a field name relates to secrets. */
export interface NameClass {
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

/** The lower-case words of a name: `clientSecret`, `client_secret` and `CLIENT-SECRET` are `client secret`. */
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

export function isReferenceContainer(key: string | undefined): boolean {
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

/** `<your token>`, `***`, `redacted`...: a value that stands for one to be filled in. */
export function isPlaceholder(v: string): boolean {
  return /^<[^<>]*>$/.test(v) || /^(?:\*+|x+|X+|\.\.\.|\u2026|redacted|REDACTED)$/.test(v);
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
export function judgeField(cls: NameClass | undefined, value: string, forceSecret = false): SecretKind | undefined {
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
export function checkField(scan: FileScan, layer: Layer, index: number, name: string | undefined, value: string, kindOverride?: SecretKind, forceSecret = false): void {
  const kind = judgeField(classifyName(name), value, forceSecret);
  if (!kind) return;
  const lead = value.length - value.trimStart().length;
  scan.report(layer, index + lead, kind === 'secret-literal' && kindOverride ? kindOverride : kind, value.trim());
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
