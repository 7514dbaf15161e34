/**
 * Loading a site: YAML text → parsed, validated, frozen {@link Site}. Every problem carries the
 * file's line:column; nothing is synthesized from a site with an error.
 */
import { LineCounter } from 'yaml';
import { SiteError, SiteIssue, show } from './errors';
import { locator, sortIssues } from './locate';
import { readSiteFile } from './read-file';
import { SiteSchema } from './schema';
import { Site } from './site';
import { validateSite } from './validate';
import { duplicateKey, lineColumn, longScalar, MAX_DEPTH, MAX_SCALAR_CHARS, notText, parseYamlDocument } from './yaml-checks';
import { fromZod } from './zod-issues';

export { MAX_SITE_BYTES } from './read-file';
export { duplicateKey, MAX_SCALAR_CHARS } from './yaml-checks';

/** What a load returns: the site and its warnings (errors throw). */
export interface LoadResult {
  readonly site: Site;
  readonly warnings: readonly SiteIssue[];
}

/**
 * A rule of an app over a site that passed every rule of its own (so `Site`'s lookups hold): the
 * cluster app checks that its app catalog's needs are met. Issues are located like the site's own.
 */
export type SiteRule = (site: Site) => readonly SiteIssue[];

export interface LoadOptions {
  /** Rules run after the site's own pass. @default none */
  readonly rules?: readonly SiteRule[];
}

/** Loads and validates a site file. Throws {@link SiteError} listing every error. */
export function loadSiteFile(file: string, options: LoadOptions = {}): LoadResult {
  return loadSite(readSiteFile(file), file, options);
}

/** Parses and validates site YAML. `file` is only used in messages. */
export function loadSite(text: string, file = 'site.yaml', options: LoadOptions = {}): LoadResult {
  const lines = new LineCounter();
  const where = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const binary = notText(text);
  if (binary) {
    const location = `${file}:${lineColumn(text, binary.offset)}`;
    throw new SiteError(file, [{ severity: 'error', path: [], message: `invalid YAML: the file is not text (${binary.what})`, allowed: 'a YAML file saved as UTF-8 text', fix: 'pass the site YAML file, not a binary or differently encoded one', location }]);
  }
  // Duplicate keys are found below (yaml's own check compares each key with every earlier one).
  const yaml = parseYamlDocument(text, lines, { prettyErrors: false, uniqueKeys: false, strict: true });
  if ('deep' in yaml) {
    const location = `${file}:${lineColumn(text, yaml.deep)}`;
    throw new SiteError(file, [{ severity: 'error', path: [], message: `invalid YAML: collections nested more than ${MAX_DEPTH} levels deep`, allowed: `at most ${MAX_DEPTH} levels of nested lists and mappings (a site has fewer than 10)`, fix: 'check the brackets and the indentation here', location }]);
  }
  const { doc } = yaml;
  const duplicate = duplicateKey(doc);
  // Parser warnings (an unresolved tag such as !secret, which would silently become a string) fail too.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (duplicate && (!first || duplicate.offset < first.pos[0])) {
    throw new SiteError(file, [{ severity: 'error', path: [], message: `invalid YAML: key ${show(duplicate.written)} appears twice in this mapping`, fix: 'keep one of the two', location: where(duplicate.offset) }]);
  }
  const long = first ? undefined : longScalar(doc);
  if (long) {
    const what = long.isKey ? 'a key' : 'a value';
    throw new SiteError(file, [{ severity: 'error', path: long.path, message: `${what} ${long.length} characters long`, allowed: `at most ${MAX_SCALAR_CHARS} characters`, fix: 'shorten it, or check the quotes and the indentation before it: a quote left open runs on to the next one', location: where(long.offset) }]);
  }
  if (first) {
    // Only the first syntax error: the parser's later errors are mostly consequences of it.
    // Stryker disable next-line Regex,StringLiteral: with prettyErrors off, yaml's messages carry no " at line" suffix; the replace only guards against one
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
    throw new SiteError(file, [{ severity: 'error', path: [], message: `invalid YAML: ${message}`, fix: 'fix the YAML syntax at this position', location: where(first.pos[0]) }]);
  }
  let raw: unknown;
  try {
    // Stryker disable next-line ObjectLiteral: 100 is also yaml's default; the limit is spelled out because the alias-bomb test depends on it
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new SiteError(file, [{ severity: 'error', path: [], message: `invalid YAML: ${(e as Error).message}`, location: `${file}:1:1` }]);
  }
  // Stryker disable next-line ConditionalExpression: toJS gives null, never undefined, for an empty document
  if (raw === null || raw === undefined) {
    throw new SiteError(file, [{ severity: 'error', path: [], message: 'the site is empty', allowed: 'a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh', fix: 'start from site.yaml or examples/', location: `${file}:1:1` }]);
  }
  // Unknown keys point at the key itself; everything else at the value (or its nearest ancestor).
  const offsetOf = locator(doc);
  const locate = (issue: SiteIssue, key?: string): SiteIssue => ({ ...issue, location: where(key === undefined ? offsetOf(issue.path) : offsetOf(issue.path.slice(0, -1), key)) });

  const parsed = SiteSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((iss) => fromZod(iss, raw)).map(([issue, key]) => locate(issue, key));
    throw new SiteError(file, sortIssues(issues));
  }
  const issues = sortIssues(validateSite(parsed.data).map((i) => locate(i)));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new SiteError(file, issues);
  const site = new Site(parsed.data);
  const more = sortIssues((options.rules ?? []).flatMap((rule) => rule(site)).map((i) => locate(i)));
  if (more.some((i) => i.severity === 'error')) throw new SiteError(file, sortIssues([...issues, ...more]));
  // Stryker disable next-line MethodExpression,ConditionalExpression: every error threw above, so only warnings are left here
  return { site, warnings: [...issues, ...more].filter((i) => i.severity === 'warning') };
}
