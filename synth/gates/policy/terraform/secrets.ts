/**
 * What looks like a secret: attribute and configuration keys, PEM private keys, passwords in URLs.
 * Shared by terraform/NoLiteralSecrets and terraform/SensitiveVariables.
 */
import { isSecretReference } from './blocks';

/** `wireguardPrivateKey`, `auth-pass`, `API_TOKEN` → `wireguard_private_key`, `auth_pass`, `api_token`. */
export function normalizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-.\s]+/g, '_')
    .toLowerCase();
}

/** Keys whose value is a secret: the name ends in one of these words (`db_password`, `auth_pass`, `api_token`, `private_key`). */
const SECRET_KEY = /(^|_)(password|passwd|pass|passphrase|secret|token|private_key|privatekey|api_key|apikey|access_key|secret_key|client_secret|psk|preshared_key)$/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(normalizeKey(key));
}

/** Variable names that hold a secret: one of those words anywhere as a segment (`wireguard_private_key_gw`, `proxmox_api_token`). */
const SECRET_NAME = /(^|_)(password|passwd|passphrase|secret|token|private_key|privatekey|api_key|apikey|access_key|secret_key|client_secret|psk|preshared_key)(_|$)/;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(normalizeKey(name));
}

const NOT_A_VALUE = /^(true|false|yes|no|on|off|null|none|~|\||>|\|-|>-|\{\}|\[\])$/i;

/**
 * True when a value given to a secret key is a literal secret; false when it is empty, null, a
 * reference to a secret source, a shell/environment expansion (`$VAR`, `$(cat file)`, `$${VAR}`),
 * a path, a boolean or a YAML block indicator. Text must be given as Terraform sees it (escapes kept).
 */
export function literalSecret(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (v === '' || NOT_A_VALUE.test(v)) return false;
  if (isSecretReference(v)) return false;
  // `$VAR`, `$(cat file)`, and `$${VAR}` (a `${` Terraform leaves alone) are the shell's, not
  // values; a live `${...}` of anything but a secret source (`${local.pw}`) is a literal.
  if (/^\$(\$\{|[A-Za-z_(])/.test(v) || v.startsWith('/') || v.startsWith('`')) return false;
  return true;
}

/** `key = value`, `key: value`, `key value` lines of a configuration text whose key is secret-like and value literal; line numbers from 1. */
export function secretLines(text: string): { line: number; key: string }[] {
  const out: { line: number; key: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || /^(#|;|\/\/|--|\*)/.test(line)) return;
    const m = /^(?:export\s+|-\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?:=|:(?=\s|$)|\s)\s*(.*?)\s*;?\s*$/.exec(line);
    if (!m || !isSecretKey(m[1])) return;
    if (literalSecret(m[2])) out.push({ line: i + 1, key: m[1] });
  });
  return out;
}

/** Line numbers of PEM private keys whose body is not a reference to a secret source. */
export function pemPrivateKeys(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----([\s\S]*?)(-----END \1PRIVATE KEY-----|$)/g)) {
    if (isSecretReference(m[2].replace(/\\n/g, '\n').trim())) continue;
    out.push(text.slice(0, m.index).split('\n').length);
  }
  return out;
}

/** True when the string holds a URL with a literal password (`scheme://user:password@host`). */
export function urlWithPassword(text: string): boolean {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/gi)) if (literalSecret(m[1])) return true;
  return false;
}
