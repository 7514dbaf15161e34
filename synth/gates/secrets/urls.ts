/**
 * URLs in a text, split into the parts that can carry a credential: the user info
 * (`scheme://user:password@host`) and the `name=value` parameters of the query and the fragment.
 * Also the scp-like form of Git and scp (`user@host:path`), which has a user and nothing else.
 *
 * This module only reads; synth/gates/secrets/index.ts judges which parts are secrets. Every part carries
 * its index in the text, so a finding points at where the secret is written.
 */

/** A piece of a URL and its index in the text the URL was found in. */
export interface UrlPart {
  readonly at: number;
  readonly text: string;
}

export interface FoundUrl {
  /** Index of the URL (its scheme, or its user for the scp-like form) in the text. */
  readonly at: number;
  /** The URL as written. */
  readonly text: string;
  /** Lower-case scheme; undefined for the scp-like form (`git@github.com:org/repo.git`), which is SSH. */
  readonly scheme: string | undefined;
  /** The user info before its first `:` (possibly empty), when the URL has an `@` in its authority. */
  readonly user: UrlPart | undefined;
  /** The user info after its first `:` (possibly empty); undefined without a `:`. */
  readonly password: UrlPart | undefined;
  /** `name=value` pairs of the query and of the fragment, in order; the name percent-decoded. */
  readonly params: readonly { readonly name: string; readonly value: UrlPart }[];
}

/**
 * `scheme://` then the URL up to whitespace, a quote, `<`, `>` or a backslash (which ends a URL
 * inside escaped text: JSON `\"`, `\n`; the decoded layer is read on its own).
 */
const URL_RE = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*):\/\/[^\s'"`<>\\]*/g;
/**
 * `user@host:path` starting a word (after whitespace, a quote, `=`, `,` or an opening bracket: so
 * not the `user@host:port` of a URL), with a path that is not `//...`. An e-mail address is not
 * followed by `:`.
 */
const SCP_LIKE = /(?<![^\s'"`<>=,[({])([A-Za-z0-9._~%+-]+)@([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(?!\/\/)[A-Za-z0-9_.~/-][^\s'"`<>\\]*/g;

const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Without trailing prose punctuation, nor a closing bracket the URL does not open (`(see https://x/a).`). */
function trimUrl(s: string): string {
  for (;;) {
    const c = s[s.length - 1];
    const opener = CLOSERS[c];
    if ('.,;:!?'.includes(c) || (opener && s.split(opener).length <= s.split(c).length - 1)) s = s.slice(0, -1);
    else return s;
  }
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The `name=value` pairs of `text` (a query or a fragment) written at `at`. */
function paramsOf(text: string, at: number): { name: string; value: UrlPart }[] {
  const out: { name: string; value: UrlPart }[] = [];
  let i = 0;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) out.push({ name: decodeName(pair.slice(0, eq)), value: { at: at + i + eq + 1, text: pair.slice(eq + 1) } });
    i += pair.length + 1;
  }
  return out;
}

/** The URL `text` (its scheme `scheme`) written at `at`. */
function parseUrl(text: string, at: number, scheme: string): FoundUrl {
  const body = scheme.length + 3;
  const authorityEnd = text.slice(body).search(/[/?#]/);
  const authority = authorityEnd === -1 ? text.slice(body) : text.slice(body, body + authorityEnd);
  let user: UrlPart | undefined;
  let password: UrlPart | undefined;
  // The last `@` ends the user info (as browsers and curl read `user:p@ss@host`).
  const atSign = authority.lastIndexOf('@');
  if (atSign !== -1) {
    const info = authority.slice(0, atSign);
    const colon = info.indexOf(':');
    user = { at: at + body, text: colon === -1 ? info : info.slice(0, colon) };
    if (colon !== -1) password = { at: at + body + colon + 1, text: info.slice(colon + 1) };
  }
  const restAt = body + authority.length;
  const rest = text.slice(restAt);
  const hash = rest.indexOf('#');
  const beforeHash = hash === -1 ? rest : rest.slice(0, hash);
  const q = beforeHash.indexOf('?');
  const params = [
    ...(q === -1 ? [] : paramsOf(beforeHash.slice(q + 1), at + restAt + q + 1)),
    // A fragment holds parameters too (OAuth's `#access_token=...`); a plain anchor has no `=`.
    ...(hash === -1 ? [] : paramsOf(rest.slice(hash + 1), at + restAt + hash + 1)),
  ];
  return { at, text, scheme: scheme.toLowerCase(), user, password, params };
}

/**
 * Every URL in `text`, and every URL written in a parameter value of one
 * (`?redirect=https://x/cb?token=...`), each with the parts that can hold a credential.
 */
export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  if (text.includes('://')) {
    for (const m of text.matchAll(URL_RE)) {
      const url = parseUrl(trimUrl(m[0]), m.index!, m[1]);
      out.push(url);
      for (const p of url.params) {
        if (p.value.text.includes('://')) for (const inner of findUrls(p.value.text)) out.push(shift(inner, p.value.at));
      }
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(SCP_LIKE)) {
      out.push({ at: m.index!, text: trimUrl(m[0]), scheme: undefined, user: { at: m.index!, text: m[1] }, password: undefined, params: [] });
    }
  }
  return out;
}

function shift(url: FoundUrl, by: number): FoundUrl {
  const part = (p: UrlPart | undefined) => p && { at: p.at + by, text: p.text };
  return { ...url, at: url.at + by, user: part(url.user), password: part(url.password), params: url.params.map((p) => ({ name: p.name, value: part(p.value)! })) };
}

/** The URL with each of `parts` written as `hide(part)`; cut to `max` characters (the parts are hidden first). */
export function redactUrl(url: FoundUrl, parts: readonly UrlPart[], hide: (s: string) => string, max = 200): string {
  let out = '';
  let i = 0;
  for (const p of [...parts].sort((a, b) => a.at - b.at)) {
    const start = p.at - url.at;
    if (start < i) continue;
    out += url.text.slice(i, start) + hide(p.text);
    i = start + p.text.length;
  }
  out += url.text.slice(i);
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
