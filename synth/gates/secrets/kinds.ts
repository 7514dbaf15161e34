/**
 * What the secret scan reports: the kinds of finding, with their descriptions, and a finding's
 * place in a file.
 */

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

/** The order of findings in every report: by file, line, column, then kind. */
export function compareFindings(a: SecretFinding, b: SecretFinding): number {
  const c = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return c(a.file, b.file) || a.line - b.line || a.column - b.column || c(a.kind, b.kind);
}
