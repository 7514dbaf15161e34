/**
 * Site errors: every problem names the file, line:column, the path in the site, the value
 * received, what is allowed and how to fix it.
 */

export type PathSegment = string | number;
export type Severity = 'error' | 'warning';

/** One problem found in a site file. */
export interface SiteIssue {
  readonly severity: Severity;
  /** Path in the site document, e.g. `['nodes', 3, 'address']`. */
  readonly path: readonly PathSegment[];
  /** What is wrong, including the value received. */
  readonly message: string;
  /** What is allowed. */
  readonly allowed?: string;
  /** How to fix it. */
  readonly fix?: string;
  /** Filled in by the loader: `file:line:column`. */
  readonly location?: string;
}

/** `['nodes', 3, 'address']` → `nodes[3].address`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(root)';
}

/** A short, single-line rendering of a received value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a mapping';
}

/** Renders one issue: `site.yaml:12:14: error: nodes[3].address: ...; allowed: ...; fix: ...`. */
export function formatIssue(issue: SiteIssue): string {
  const parts = [`${issue.location ? `${issue.location}: ` : ''}${issue.severity}: ${formatPath(issue.path)}: ${issue.message}`];
  if (issue.allowed) parts.push(`allowed: ${issue.allowed}`);
  if (issue.fix) parts.push(`fix: ${issue.fix}`);
  return parts.join('; ');
}

/**
 * The most errors a {@link SiteError} message lists (all stay in `issues`): past that, they are
 * most likely one mistake repeated, such as the wrong file, and thousands of lines would hide it.
 */
export const MAX_LISTED_ERRORS = 100;

/** Thrown when a site fails to load or validate. Its message lists the errors, one per line. */
export class SiteError extends Error {
  /** Marks errors that are the user's to fix: CLIs print the message without a stack trace. */
  public readonly userError = true;
  constructor(
    public readonly file: string,
    public readonly issues: readonly SiteIssue[],
  ) {
    const errors = issues.filter((i) => i.severity === 'error');
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map(formatIssue);
    if (errors.length > MAX_LISTED_ERRORS) listed.push(`... and ${errors.length - MAX_LISTED_ERRORS} more error(s)`);
    super(`${file}: ${errors.length} error(s) in the site\n${listed.join('\n')}`);
    this.name = 'SiteError';
  }
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * The closest candidate to `word` (case-insensitive), when one is close enough to be a likely typo:
 * at most max(2, length/3) edits, and fewer edits than the shorter of the two has characters
 * (so `xy` does not suggest `ab`). Ties go to the first candidate.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined || bestD > Math.max(2, Math.floor(word.length / 3))) return undefined;
  return bestD < Math.min(word.length, best.length) ? best : undefined;
}
