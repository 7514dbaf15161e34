/**
 * Where an issue is in the site file: the source offset of the node at a path, and the order of
 * issues by position.
 */
import { isMap, isNode, isScalar, isSeq, type Document, type Pair, type YAMLMap } from 'yaml';
import { formatIssue, type PathSegment, type SiteIssue } from './errors';

/** Stable order: by position in the file, then by message; an issue reported twice (two checks on one value) once. */
export function sortIssues(issues: SiteIssue[]): SiteIssue[] {
  const key = (i: SiteIssue) => {
    // Stryker disable next-line Regex,StringLiteral: every issue is located before it is sorted, and a location ends in line:column
    const m = /:(\d+):(\d+)$/.exec(i.location ?? '');
    return m ? Number(m[1]) * 100000 + Number(m[2]) : 0;
  };
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const text = formatIssue(i);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  return unique.sort((a, b) => key(a) - key(b) || a.message.localeCompare(b.message));
}

/**
 * The source offset of the node at a path (or of `key` inside it), falling back to the nearest
 * ancestor. Each mapping's keys are indexed once, on first use, so that locating the issues of a
 * site with thousands of them (unknown keys) stays linear.
 */
export function locator(doc: Document): (path: readonly PathSegment[], key?: string) => number {
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairsOf = (map: YAMLMap) => {
    let pairs = index.get(map);
    // Stryker disable next-line ConditionalExpression: a cache; indexing again gives the same pairs
    if (!pairs) {
      pairs = new Map();
      for (const pair of map.items) {
        const name = isScalar(pair.key) ? propertyName(pair.key.value) : undefined;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: lookups are by string, never undefined, and a mapping with a duplicate key was refused before
        if (name !== undefined && !pairs.has(name)) pairs.set(name, pair);
      }
      index.set(map, pairs);
    }
    return pairs;
  };
  const child = (node: unknown, seg: PathSegment): unknown => {
    if (isMap(node)) return pairsOf(node).get(String(seg))?.value;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: paths come from the schema's shape: below a mapping a name, below a list an index, and never below a scalar
    if (isSeq(node) && typeof seg === 'number') return node.items[seg];
    return undefined;
  };
  return (path, key) => {
    const nodes: unknown[] = [doc.contents];
    for (const seg of path) {
      const next = child(nodes[nodes.length - 1], seg);
      // Stryker disable next-line ConditionalExpression: a non-node pushed here is skipped by the loop below, and the key lookup needs the whole path found either way
      if (!isNode(next)) break;
      nodes.push(next);
    }
    // Stryker disable next-line ArithmeticOperator,UpdateOperator: an index past the end is skipped; the loop returns at its first node (every parsed node has a range)
    for (let n = nodes.length - 1; n >= 0; n--) {
      const node = nodes[n];
      // Stryker disable next-line ConditionalExpression: the walk above keeps nodes only
      if (!isNode(node)) continue;
      if (n === path.length && key !== undefined && isMap(node)) {
        const pair = pairsOf(node).get(key);
        if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
      }
      // Stryker disable next-line ConditionalExpression: every parsed node has a range
      if (node.range) return node.range[0];
    }
    return 0;
  };
}

/** The property name a scalar key becomes in the loaded object (yaml's own rule), if it becomes one. */
export function propertyName(value: unknown): string | undefined {
  // Stryker disable next-line ConditionalExpression: yaml gives null, never undefined, for an empty key
  if (value === null || value === undefined) return '';
  // Stryker disable next-line ConditionalExpression,StringLiteral: a scalar of the core schema is never an object or a symbol
  return typeof value === 'object' || typeof value === 'symbol' ? undefined : String(value);
}
