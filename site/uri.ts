/**
 * URIs a site names (the libvirt connection, the GitOps repository, download URLs): what characters
 * and forms each may take, and the site error for one that is not allowed.
 */
import { z } from 'zod';
import { show } from './errors';

/**
 * Free-text values that reach Terraform JSON, configs or scripts are limited to what they need.
 * URLs: RFC 3986 characters only (no spaces, quotes, braces, backslashes or control characters;
 * `%` only as a percent-escape), so a URL cannot hold Terraform template syntax (`${`, `%{`) nor
 * break out of a quoted or unquoted context. Checked before zod's URL check, which trims the value
 * and drops tabs and line breaks inside it (the site would silently say something else).
 */
const URI_TEXT = "(?:[A-Za-z0-9\\-._~:/?#[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})";
const URI_CHARS = new RegExp(`^${URI_TEXT}+$`);
/** An http(s) URL of RFC 3986 characters (before zod's URL check: see above). */
export const httpUrl = (error: string) =>
  z.string().max(2048).regex(/^https?:\/\//, { error: 'an http(s) URL' }).regex(URI_CHARS, { error }).url({ protocol: /^https?$/, error: 'an http(s) URL' });
const LIBVIRT_URI = new RegExp(`^[a-z][a-z0-9+.-]*://${URI_TEXT}*$`);
const GIT_URL = new RegExp(`^(https|ssh)://${URI_TEXT}+$`);

/** A problem with a URI, in the words of a site error (the loader adds the location). */
export interface UriProblem {
  readonly message: string;
  readonly allowed: string;
  readonly fix: string;
}

/** A host name, an IPv4 address or a bracketed IPv6 address. */
const HOST_TEXT = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])';
/** A login name (no percent-escapes: the provider would decode them). */
const USER_TEXT = '[A-Za-z_][A-Za-z0-9_.-]{0,31}';
/** 1 to 65535, no leading zero. */
const PORT_TEXT = '(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
/** A path the provider uses as is: no `$` (it expands environment variables), `%` or `+` (it decodes them). */
const PATH_VALUE_TEXT = '(?:~/|/)[A-Za-z0-9._@/-]*';
const URI_HOST = new RegExp(`^${HOST_TEXT}$`);
const URI_USER = new RegExp(`^${USER_TEXT}$`);
const URI_PORT = new RegExp(`^${PORT_TEXT}$`);
const URI_PATH_VALUE = new RegExp(`^${PATH_VALUE_TEXT}$`);

/** The parts of `scheme://[user[:password]@]host[:port]/path[?query][#fragment]`, split as Go's net/url splits them. */
function splitUri(uri: string) {
  const [, scheme, rest] = /^([^:]*):\/\/(.*)$/.exec(uri)!;
  const hash = rest.indexOf('#');
  const beforeHash = hash < 0 ? rest : rest.slice(0, hash);
  const q = beforeHash.indexOf('?');
  const hier = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const slash = hier.indexOf('/');
  const authority = slash < 0 ? hier : hier.slice(0, slash);
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? undefined : authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const port = /^(.*?)(?::([^:\]]*))?$/.exec(hostPort)!;
  return {
    scheme,
    userinfo,
    user: userinfo?.split(':')[0],
    password: userinfo?.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : undefined,
    host: port[1],
    port: port[2],
    path: slash < 0 ? '' : hier.slice(slash),
    query: q < 0 ? undefined : beforeHash.slice(q + 1),
    fragment: hash < 0 ? undefined : rest.slice(hash + 1),
  };
}

/** The URI as shown in a message: a password, a token as user, or a query (which may hold one) replaced by `***`. */
function redact(uri: string, hide: { user?: boolean; query?: boolean }): string {
  let out = uri.replace(/^([^:]*:\/\/)([^/?#@]*)@/, (_m, head: string, info: string) => `${head}${hide.user ? '***' : info.includes(':') ? `${info.split(':')[0]}:***` : info}@`);
  if (hide.query) out = out.replace(/\?[^#]*/, '?***');
  return out;
}

/**
 * The libvirt URIs the provider may be handed. dmacvicar/libvirt 0.9.7 (internal/libvirt/dialers)
 * runs a local program named in the URI for the sshcmd transport (`command`, `netcat`, `proxy`),
 * turns host key or certificate checks off (`no_verify`, `known_hosts_verify`), forwards the SSH
 * agent (`sshauth`) and dials any socket (`socket`); it does so when the provider is configured,
 * so in every `terraform plan`. Only the transports and parameters that do none of that pass.
 */
const LIBVIRT_QUERY: Record<string, readonly string[]> = { qemu: [], 'qemu+ssh': ['keyfile', 'knownhosts'], 'qemu+tls': ['pkipath'], 'qemu+tcp': [] };
export const LIBVIRT_ALLOWED =
  'qemu:///system or qemu:///session (libvirt on the machine running Terraform), qemu+ssh://[user@]host[:port]/system with the query parameters keyfile and knownhosts, qemu+tls://host[:port]/system with pkipath, or qemu+tcp://host[:port]/system (/session instead of /system on each)';
const LIBVIRT_TRANSPORTS: Record<string, string> = {
  sshcmd: 'the sshcmd transport runs a program the URI can name (command=, netcat=) on the machine running Terraform',
  ext: 'the ext transport runs the program the URI names (command=) on the machine running Terraform',
  unix: 'the libvirt provider (0.9.7) has no unix transport; qemu:///system is the local socket',
};
const LIBVIRT_PARAMETERS: Record<string, string> = {
  command: 'it names a program to run instead of ssh',
  netcat: 'it names a program to run',
  proxy: 'it picks the helper program run on the host',
  socket: 'it points the connection at another libvirt socket',
  no_verify: 'it turns the host key or certificate check off',
  known_hosts_verify: 'it can turn the host key check off',
  sshauth: 'it can forward the SSH agent or switch to password logins',
};

/**
 * The libvirt URIs allowed, as one pattern: what the site's JSON Schema gives editors, and what the
 * loader checks besides {@link libvirtUriProblem}, which explains a refusal.
 */
export const LIBVIRT_URI_FORMS = (() => {
  const session = '/(?:system|session)';
  const query = (names: readonly string[]) => {
    if (!names.length) return '(?:\\?&*)?';
    const param = `(?:${names.join('|')})=${PATH_VALUE_TEXT}`;
    return `(?:\\?&*(?:${param}(?:&+${param})*)?&*)?`;
  };
  const remote = (scheme: string, user: boolean) => `\\+${scheme}://${user ? `(?:${USER_TEXT}@)?` : ''}${HOST_TEXT}(?::${PORT_TEXT})?${session}${query(LIBVIRT_QUERY[`qemu+${scheme}`])}`;
  const once = Object.values(LIBVIRT_QUERY).flat().map((name) => `(?!.*[?&]${name}=.*&${name}=)`).join('');
  return new RegExp(`^${once}qemu(?::///(?:system|session)${query(LIBVIRT_QUERY.qemu)}|${remote('ssh', true)}|${remote('tls', false)}|${remote('tcp', false)})$`);
})();

/** What is wrong with a libvirt URI (already made of RFC 3986 characters), if anything. */
export function libvirtUriProblem(uri: string): UriProblem | undefined {
  if (!LIBVIRT_URI.test(uri)) return undefined;
  const u = splitUri(uri);
  const shown = show(redact(uri, {}));
  const bad = (what: string, fix: string, allowed = LIBVIRT_ALLOWED): UriProblem => ({ message: `${shown} ${what}`, allowed, fix });
  const params = LIBVIRT_QUERY[u.scheme];
  if (!params) {
    const transport = u.scheme.split('+')[1] ?? '';
    const why = LIBVIRT_TRANSPORTS[transport] ?? (u.scheme.startsWith('qemu') ? 'the libvirt provider has no such transport' : 'sitekit runs QEMU/KVM guests only');
    const fix = transport === 'unix' ? 'write qemu:///system' : transport === 'sshcmd' || transport === 'ext' ? "connect with qemu+ssh://[user@]host/system (the provider's own SSH client, which runs no program)" : 'write one of the allowed forms';
    return bad(`uses the scheme "${u.scheme}", which is not allowed: ${why}`, fix);
  }
  if (u.password !== undefined) return bad('has a password in the URI', 'remove the password and log in with an SSH key (keyfile=) or the SSH agent: the URI is written into the Terraform JSON');
  if (u.scheme === 'qemu') {
    if (u.userinfo !== undefined || u.host !== '' || u.port !== undefined) return bad('names a host but no transport', 'write qemu+ssh://[user@]host/system or qemu+tls://host/system');
  } else {
    if (!URI_HOST.test(u.host)) return bad(u.host === '' ? 'names no host' : `has the host ${show(u.host)}, which is not a host name or address`, `write ${u.scheme}://host/system`);
    if (u.port !== undefined && !URI_PORT.test(u.port)) return bad(`has the port ${show(u.port)}, which is not a port number`, 'write a port from 1 to 65535, or none');
    if (u.userinfo !== undefined && u.scheme !== 'qemu+ssh') return bad(`has a user name, which ${u.scheme} does not use`, `remove "${u.userinfo}@"`);
    if (u.user !== undefined && !URI_USER.test(u.user)) return bad(`has the user name ${show(u.user)}, which is not a login name`, 'write a login name such as root');
  }
  if (u.path !== '/system' && u.path !== '/session') return bad(`has the path ${show(u.path)}`, `end the URI in /system (or /session)`);
  if (u.fragment !== undefined) return bad('has a fragment (#...)', 'remove it');
  const onlyParams = params.length ? `for ${u.scheme} only the query parameter${params.length > 1 ? `s ${params.join(' and ')} (paths)` : ` ${params[0]} (a path)`}` : `no query parameters for ${u.scheme}`;
  const seen = new Set<string>();
  for (const part of (u.query ?? '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (!params.includes(name)) {
      const why = LIBVIRT_PARAMETERS[name] ? `: ${LIBVIRT_PARAMETERS[name]}` : '';
      return bad(`has the query parameter ${show(name)}, which is not allowed${why}`, `remove ${show(part)} from the query`, onlyParams);
    }
    if (seen.has(name)) return bad(`has the query parameter ${show(name)} twice`, 'keep one of the two', onlyParams);
    seen.add(name);
    if (!URI_PATH_VALUE.test(value)) {
      return bad(`has ${name}=${show(value)}, which is not a plain path`, `write ${name}=/path or ${name}=~/path`, 'an absolute path or ~/path of letters, digits and . _ @ - / (no $, % or +: the provider expands environment variables and decodes escapes)');
    }
  }
  return undefined;
}

const GIT_ALLOWED = 'https://host/path, or ssh://[user@]host[:port]/path with a login name such as git as the only user info; no password, token, query or fragment';
const GIT_CREDENTIALS = 'Flux and Argo CD read Git credentials from a Secret (Flux: the GitRepository secretRef), never from the URL, which is committed';

/** The GitOps repository URLs allowed, as one pattern (see {@link LIBVIRT_URI_FORMS}). */
export const GIT_URL_FORMS = new RegExp(`^(?=(?:https|ssh)://${URI_TEXT}+$)(?:https://[^/?#@]*|ssh://(?:${USER_TEXT}@)?[^/?#@]*)(?:/[^?#]*)?$`);

/** What is wrong with a GitOps repository URL (already made of RFC 3986 characters), if anything. */
export function gitUrlProblem(url: string): UriProblem | undefined {
  if (!GIT_URL.test(url)) return undefined;
  const u = splitUri(url);
  const shown = show(redact(url, { user: u.scheme === 'https' || (u.user !== undefined && !URI_USER.test(u.user)), query: true }));
  if (u.scheme === 'https' && u.userinfo !== undefined) return { message: `${shown} has user info (a user name or token before "@")`, allowed: GIT_ALLOWED, fix: `remove it: ${GIT_CREDENTIALS}` };
  if (u.password !== undefined) return { message: `${shown} has a password in the URL`, allowed: GIT_ALLOWED, fix: `remove it: ${GIT_CREDENTIALS}` };
  if (u.user !== undefined && !URI_USER.test(u.user)) return { message: `${shown} has user info that is not a login name`, allowed: GIT_ALLOWED, fix: `write the SSH login (usually git): ${GIT_CREDENTIALS}` };
  if (u.query !== undefined) return { message: `${shown} has a query string`, allowed: GIT_ALLOWED, fix: `remove it: ${GIT_CREDENTIALS}` };
  if (u.fragment !== undefined) return { message: `${shown} has a fragment (#...)`, allowed: GIT_ALLOWED, fix: 'remove it; the branch is gitops.branch' };
  return undefined;
}

/**
 * A zod refinement for a URI that passed `shape`: refused unless it matches `forms`, with the
 * finding of `problem` as a custom issue (the loader turns its params into allowed and fix).
 */
const refineUri = (shape: RegExp, forms: RegExp, problem: (value: string) => UriProblem | undefined, allowed: string) => (value: string, ctx: z.RefinementCtx) => {
  if (!shape.test(value)) return;
  const p = problem(value) ?? (forms.test(value) ? undefined : { message: `${show(value)} is not one of the allowed forms`, allowed, fix: 'write one of the allowed forms' });
  if (p) ctx.addIssue({ code: 'custom', message: p.message, params: { allowed: p.allowed, fix: p.fix } });
};


export const LibvirtUri = z
  .string()
  .max(2048)
  .regex(LIBVIRT_URI, { error: 'a libvirt URI such as qemu+ssh://root@host/system (RFC 3986 characters only)' })
  .superRefine(refineUri(LIBVIRT_URI, LIBVIRT_URI_FORMS, libvirtUriProblem, LIBVIRT_ALLOWED));
export const GitUrl = z
  .string()
  .max(2048)
  .regex(GIT_URL, { error: 'an https:// or ssh:// Git URL (RFC 3986 characters only)' })
  .superRefine(refineUri(GIT_URL, GIT_URL_FORMS, gitUrlProblem, GIT_ALLOWED))
  .meta({ description: `The Git repository the GitOps engine syncs: ${GIT_ALLOWED}. ${GIT_CREDENTIALS}.` });
