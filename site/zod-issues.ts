/**
 * zod's issues as site issues: what was wrong, the value, what is allowed and how to fix it, in the
 * site author's terms (a mapping, a list, a DNS label), with the schema consulted for known keys and
 * the kinds of a discriminated union.
 */
import type { core } from 'zod';
import { didYouMean, show, type PathSegment, type SiteIssue } from './errors';
import { PINNED_IMAGE } from './apps/schema';
import { DNS_LABEL, SiteSchema } from './schema';

/** The raw value at a zod path; undefined when the path is missing. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const seg of path) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a zod path never continues below a null or a scalar
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

/** Describes what an expected zod type means to a site author. */
function describeType(expected: string): string {
  // Stryker disable next-line StringLiteral: every number of the site schema is an integer: 'a number' is never shown
  const names: Record<string, string> = { object: 'a mapping', record: 'a mapping', array: 'a list', string: 'a string', number: 'a number', int: 'an integer', boolean: 'true or false' };
  return names[expected] ?? expected;
}

type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; valueType?: unknown; options?: unknown[]; discriminator?: string; in?: unknown; values?: unknown[] };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/pipe wrappers; picks the union member matching the value's discriminator, when `pick`. */
function unwrap(s: unknown, value: unknown, pick = true): unknown {
  for (;;) {
    const d = defOf(s);
    // Stryker disable next-line StringLiteral: the site schema has no nullable, prefault, readonly or nonoptional wrappers (optional and default are tested)
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (
      // Stryker disable next-line ConditionalExpression,StringLiteral: the site schema has no pipes (no transforms); kept for a schema that adds one
      d.type === 'pipe'
    )
      s = d.in;
    else if (
      // Stryker disable next-line ConditionalExpression,LogicalOperator: only a union's def has options and a discriminator; a scalar has no discriminator property; and where pick is false (discriminatorValues) no member matches anyway
      pick && d.type === 'union' && d.options && d.discriminator && value && typeof value === 'object'
    ) {
      const got = (value as Record<string, unknown>)[d.discriminator];
      // Stryker disable next-line OptionalChaining: every member of the site schema's discriminated unions is an object whose discriminator is a literal
      const match = d.options.find((o) => defOf(defOf(o).shape?.[d.discriminator!]).values?.includes(got));
      if (!match) return s;
      s = match;
    } else if (pick && d.type === 'union' && d.options && value && typeof value === 'object' && !Array.isArray(value)) {
      // A union of scalars and one mapping (clusters[].postgresql): a mapping is that member.
      const mappings = d.options.filter((o) => defOf(o).type === 'object');
      if (mappings.length !== 1) return s;
      s = mappings[0];
    } else return s;
  }
}

/** The schema at `path` in the site schema, following the raw value through unions. */
function schemaAt(path: readonly PropertyKey[], raw: unknown, pickLast = true): unknown {
  let s: unknown = SiteSchema;
  let v: unknown = raw;
  for (const seg of path) {
    const d = defOf(unwrap(s, v));
    // Stryker disable next-line ConditionalExpression,LogicalOperator: only an object's def has a shape
    if (d.type === 'object' && d.shape) s = d.shape[seg as string];
    else if (d.type === 'array') s = d.element;
    else if (
      // Stryker disable next-line ConditionalExpression: zod's paths go through mappings, lists and records only, so this is the last kind left
      d.type === 'record'
    )
      s = d.valueType;
    else return undefined;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a zod path continues only below a mapping or a list that zod read
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
    // Stryker disable next-line ConditionalExpression: zod's paths follow the schema, so every step finds a schema
    if (!s) return undefined;
  }
  return unwrap(s, v, pickLast);
}

/** Known keys of the object schema at `path` (for "did you mean"). */
function knownKeys(path: readonly PropertyKey[], raw: unknown): string[] {
  const s = schemaAt(path, raw);
  const d = s ? defOf(s) : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining,ArrayDeclaration: zod reports unknown keys only on a mapping, whose object schema the walk finds (the union member its kind names)
  return d?.type === 'object' && d.shape ? Object.keys(d.shape).filter((k) => k !== '$schema') : [];
}

/** The values a discriminated union at `path` accepts for its discriminator. */
function discriminatorValues(path: readonly PropertyKey[], disc: string, raw: unknown): string[] {
  // Stryker disable next-line BooleanLiteral: zod refused the discriminator, so no member matches it and picking returns the union too
  const s = schemaAt(path, raw, false);
  const d = s ? defOf(s) : undefined;
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: the walk finds the union, whose members are objects with a literal discriminator
  return (d?.options ?? []).flatMap((o) => (defOf(defOf(o).shape?.[disc]).values ?? []).map(String));
}

/** Turns a zod issue into site issues (with, for unknown keys, the key to point at). */
export function fromZod(iss: core.$ZodIssue, raw: unknown): [SiteIssue, string?][] {
  const path = iss.path as PathSegment[];
  const value = valueAt(raw, iss.path);
  const base = { severity: 'error' as const, path };
  // A required key that is not there, with what it takes.
  const missing = (allowed: string | undefined): [SiteIssue, string?][] => {
    const key = String(path[path.length - 1]);
    return [[{ ...base, message: `missing required key "${key}"`, allowed, fix: `add ${key}` }]];
  };
  switch (iss.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(iss.path, raw);
      return iss.keys.map((key) => {
        const guess = didYouMean(key, known);
        // Apps belong to their cluster (site/apps/schema.ts): a top-level list is pointed there.
        const fix = path.length === 0 && key === 'apps' ? 'apps belong to the cluster that runs them: move the list to clusters[].apps' : guess ? `did you mean "${guess}"?` : `remove ${show(key)}`;
        // show(): quoted and escaped (a key may hold control characters), long keys shortened.
        return [{ ...base, path: [...path, key], message: `unknown key ${show(key)}`, allowed: known.length ? `one of: ${known.join(', ')}` : undefined, fix }, key];
      });
    }
    case 'invalid_type': {
      // zod reports integers as numbers; the schema knows better.
      const target = schemaAt(iss.path, raw);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: every number of the site schema is an integer, so the format check decides nothing
      const expected = iss.expected === 'number' && target && (defOf(target) as { format?: string }).format === 'safeint' ? 'int' : iss.expected;
      if (value === undefined) return missing(describeType(expected));
      if (iss.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        // YAML read an unquoted 1.20, 0.16 or yes as a number or boolean.
        return [[{ ...base, message: `expected a string, received the ${typeof value} ${show(value)}`, allowed: 'a string', fix: 'put the value in quotes' }]];
      }
      return [[{ ...base, message: `expected ${describeType(expected)}, received ${show(value)}`, allowed: describeType(expected), fix: `write ${describeType(expected)} here` }]];
    }
    case 'invalid_value': {
      const allowed = iss.values.map((x) => String(x));
      if (value === undefined) return missing(`one of: ${allowed.join(', ')}`);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return [[{ ...base, message: `${show(value)} is not allowed here`, allowed: `one of: ${allowed.join(', ')}`, fix: guess ? `did you mean "${guess}"?` : `use one of: ${allowed.join(', ')}` }]];
    }
    case 'invalid_union': {
      const disc = (iss as { discriminator?: string }).discriminator;
      if (disc) {
        if (value === undefined) {
          return [[{ ...base, message: `missing required key "${disc}"`, allowed: `one of: ${discriminatorValues(iss.path.slice(0, -1), disc, raw).join(', ')}`, fix: `add ${disc}` }]];
        }
        const kinds = discriminatorValues(iss.path.slice(0, -1), disc, raw);
        const guess = typeof value === 'string' ? didYouMean(value, kinds) : undefined;
        return [[{ ...base, message: `${show(value)} is not a known ${disc}`, allowed: `one of: ${kinds.join(', ')}`, fix: guess ? `did you mean "${guess}"?` : `set ${disc} to one of: ${kinds.join(', ')}` }]];
      }
      // A mapping that one form takes (the others are scalars): what is wrong inside it.
      const inside = iss.errors.filter((branch) => branch.length && branch.every((b) => b.path.length > 0));
      if (value && typeof value === 'object' && !Array.isArray(value) && inside.length === 1) {
        return inside[0].flatMap((b) => fromZod({ ...b, path: [...iss.path, ...b.path] } as core.$ZodIssue, raw));
      }
      // Stryker disable next-line MethodExpression,OptionalChaining: zod gives each failed branch at least one issue, and every issue a message
      const forms = [...new Set(iss.errors.map((branch) => branch[0]?.message).filter((m): m is string => !!m))];
      if (value === undefined) return missing(forms.length ? forms.join(' or ') : undefined);
      return [[{ ...base, message: `${show(value)} matches none of the allowed forms`, allowed: forms.length ? forms.join(' or ') : undefined, fix: forms.length ? `write ${forms.join(' or ')} here` : 'see site.schema.json for the forms this field takes' }]];
    }
    case 'too_small':
    case 'too_big': {
      const bound = iss.code === 'too_small' ? `at least ${String(iss.minimum)}` : `at most ${String(iss.maximum)}`;
      const what = iss.origin === 'array' ? `${bound} item(s)` : iss.origin === 'string' ? `${bound} character(s)` : bound;
      return [[{ ...base, message: `${iss.origin === 'array' ? `a list of ${(value as unknown[])?.length ?? 0}` : show(value)} is too ${iss.code === 'too_small' ? 'small' : 'big'}`, allowed: what, fix: `use ${what}` }]];
    }
    case 'invalid_format':
      if (iss.format === 'regex' && (iss as { pattern?: string }).pattern === String(DNS_LABEL)) {
        // Stryker disable next-line ConditionalExpression: a value that fails a regex format is a string
        const guess = typeof value === 'string' ? toLabel(value) : undefined;
        return [[{ ...base, message: `${show(value)} is not a DNS label`, allowed: 'a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters', fix: guess ? `did you mean "${guess}"?` : 'write a DNS label here' }]];
      }
      if (iss.format === 'regex' && (iss as { pattern?: string }).pattern === String(PINNED_IMAGE) && typeof value === 'string') return [[{ ...base, ...imageProblem(value) }]];
      return [[{ ...base, message: `${show(value)} is not ${iss.message}`, allowed: iss.message, fix: `write ${iss.message} here` }]];
    case 'invalid_key': {
      // A key that a record's key schema refuses (an image named Debian): said of the key, and pointed at it.
      const key = String(path[path.length - 1]);
      const [[inner]] = fromZod({ ...iss.issues[0], path: [] }, key);
      return [[{ ...inner, path, message: `the key ${inner.message}` }, key]];
    }
    case 'custom': {
      // The schema's own checks (site/schema.ts refineUri) say what is allowed and how to fix it.
      const { allowed, fix } = (iss.params ?? {}) as { allowed?: string; fix?: string };
      // Stryker disable next-line ConditionalExpression,LogicalOperator: the schema's only custom issues (refineUri) carry both allowed and fix
      if (allowed || fix) return [[{ ...base, message: iss.message, allowed, fix }]];
      // Stryker disable next-line ArrayDeclaration,ObjectLiteral,StringLiteral: unreachable with the site schema (see above); kept for a check that adds no params
      return [[{ ...base, message: `${show(value)}: ${iss.message}` }]];
    }
    // Stryker disable next-line all: unreachable with the site schema, whose issue codes are all handled above
    default:
      // Stryker disable next-line all: unreachable, as above
      return [[{ ...base, message: `${show(value)}: ${iss.message}` }]];
  }
}

/** Why an app's image is refused: the tag `latest`, no tag, or not an image reference. */
function imageProblem(image: string): { message: string; allowed: string; fix: string } {
  const allowed = 'an image pinned by tag such as nginxinc/nginx-unprivileged:1.29.3-alpine, optionally with @sha256:<64 hex>';
  const repo = image.replace(/@.*$/, '');
  const tagless = !/:[^/]*$/.test(repo);
  if (/:latest$/.test(repo) || tagless) {
    const name = tagless ? repo : repo.slice(0, repo.lastIndexOf(':'));
    const why = tagless ? 'has no tag (so it runs whatever latest is at the time)' : 'is on the tag latest, which moves';
    return { message: `image ${show(image)} ${why}: the tree would not say what runs`, allowed, fix: `pin a release tag, e.g. ${name}:<version> from the image's registry` };
  }
  return { message: `${show(image)} is not an image reference`, allowed, fix: 'write registry/path:tag, lower-case, e.g. ghcr.io/example/app:1.2.3' };
}

/** A DNS label close to `text` (`Worker_1` → `worker-1`), when there is one. */
function toLabel(text: string): string | undefined {
  const guess = text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the guess is empty or a DNS label, and never the text itself (a text that is a DNS label passed the pattern)
  return guess && guess !== text && DNS_LABEL.test(guess) ? guess : undefined;
}
