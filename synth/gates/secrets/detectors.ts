/**
 * Secrets told by their shape, wherever they are written: tokens with a known prefix, JWTs, PEM and
 * OpenSSH private keys, also wrapped in base64 (as in a Kubernetes Secret).
 */
import { base64Layer, Layer } from './decoders';
import type { FileScan } from './file-scan';
import type { SecretKind } from './kinds';

interface TokenRule {
  readonly kind: SecretKind;
  readonly re: RegExp;
  /** Text every match contains: a text without any of them is not searched with `re`. */
  readonly hints: readonly string[];
  readonly check?: (token: string) => boolean;
}

/** Lower case, upper case and digits: the mix of a generated token. */
export const hasMixedClasses = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);

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

/** True when `v` holds a secret told by its shape (so a field check does not report it twice). */
export function containsToken(v: string): boolean {
  for (const rule of TOKEN_RULES) if (mayMatch(rule, v)) for (const m of v.matchAll(rule.re)) if (!rule.check || rule.check(m[0])) return true;
  PEM_PRIVATE.lastIndex = 0;
  return PEM_PRIVATE.test(v);
}

/** Reports the tokens and private keys in the layer's text. */
export function scanShapes(scan: FileScan, layer: Layer): void {
  const text = layer.text;
  for (const rule of TOKEN_RULES) {
    if (!mayMatch(rule, text)) continue;
    for (const m of text.matchAll(rule.re)) if (!rule.check || rule.check(m[0])) scan.report(layer, m.index!, rule.kind, m[0]);
  }
  if (text.includes('PRIVATE KEY')) {
    for (const m of text.matchAll(PEM_PRIVATE)) scan.report(layer, m.index!, m[1] === 'OPENSSH ' ? 'openssh-private-key' : 'pem-private-key', m[0]);
  }
}

/** Scans each base64-wrapped PEM block of the layer's text, decoded. */
export function scanWrappedKeys(scan: FileScan, layer: Layer): void {
  const text = layer.text;
  if (text.includes('LS0tLS1CRUdJT')) {
    for (const m of text.matchAll(BASE64_PEM)) {
      const decoded = base64Layer(layer, m.index!, m[0], scan.quick);
      if (decoded) scan.nested(decoded);
    }
  }
}
