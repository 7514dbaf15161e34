/**
 * Credentials in URLs: a password or a token-like user in the user info, a query or fragment
 * parameter named like a credential. synth/gates/secrets/urls.ts finds and splits the URLs; this
 * judges their parts.
 */
import { findUrls, redactUrl, UrlPart } from './urls';
import type { Layer } from './decoders';
import { classifyName, isHighEntropy, isPlaceholder, isReference, nameWords } from './fields';
import type { FileScan } from './file-scan';
import { redact } from './format';
import type { SecretKind } from './kinds';

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

/** A query or fragment parameter named like a credential. */
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

/** A value written as itself: not a reference nor a placeholder. */
const isLiteral = (v: string) => !isReference(v) && !isPlaceholder(v.trim());

/**
 * Secrets in the URLs of the layer's text. A user alone (`https://<token>@host`) is a finding: Git
 * hosts take a token as the user name; but over SSH and libvirt the user is the account to log in
 * as (`ssh://git@github.com/...`, `git@github.com:org/repo`, `qemu+ssh://root@host/system`), a
 * finding only when it reads like a token. Next to a password, a user is shown unless it reads
 * like a token. Each finding's excerpt is the URL with all its secrets redacted.
 */
export function scanUrls(scan: FileScan, layer: Layer): void {
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
