/**
 * Checks of the YAML text and document before it is loaded: not text, nested too deep, a scalar too
 * long, a key twice in one mapping. Each gives the offset to point at.
 */
import { Composer, isMap, isScalar, isSeq, Lexer, Parser, YAMLParseError, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions, type CST } from 'yaml';
import type { PathSegment } from './errors';
import { propertyName } from './locate';

/**
 * The first character that cannot be in a YAML text file: a control character (YAML allows only
 * tab, line feed and carriage return) or U+FFFD, which is what reading non-UTF-8 bytes as UTF-8 gives.
 */
export function notText(text: string): { offset: number; what: string } | undefined {
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffd]/.exec(text);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const what = code === 0xfffd ? 'bytes that are not UTF-8' : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return { offset: m.index, what: `${what} at this position` };
}

/**
 * Deeper than this, parsing could exhaust the stack: the yaml library composes nested collections
 * recursively, and V8 can even abort the process (a fatal "RegExpCompiler Allocation failed")
 * instead of throwing, when a regular expression is first compiled near the stack limit.
 */
export const MAX_DEPTH = 100;

/**
 * The longest value (scalar) taken: the longest value a site needs is a URL of at most 2048
 * characters; a longer one is most likely a quote left open.
 */
export const MAX_SCALAR_CHARS = 64 * 1024;

/** `line:column` (1-based) of `offset` in `text`. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * Parses a one-document YAML text as the library's `parseDocument` does (with `options`, lines
 * counted into `lines`), unless it nests collections more than {@link MAX_DEPTH} levels deep: then
 * the offset where it does, before the recursive composer runs. The depth is measured on the stack
 * of the library's CST parser, which is iterative (an array, not recursion); a few levels are the
 * document and its scalars. One pass: the parser's tokens go on to the composer.
 */
export function parseYamlDocument(text: string, lines: LineCounter, options: DocumentOptions & ParseOptions & SchemaOptions): { doc: Document.Parsed } | { deep: number } {
  const parser = new Parser(lines.addNewLine);
  const tokens: CST.Token[] = [];
  lines.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_DEPTH) return { deep: parser.offset };
  }
  for (const token of parser.end()) tokens.push(token);
  const docs = [...new Composer(options).compose(tokens, true, text.length)];
  const doc = docs[0];
  if (docs.length > 1) doc.errors.push(new YAMLParseError(docs[1].range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
  return { doc };
}

/**
 * The first scalar (in the order of the text) longer than {@link MAX_SCALAR_CHARS}, with the path
 * of its value (of its mapping, for a key). Aliases are not followed.
 */
export function longScalar(doc: Document): { path: PathSegment[]; offset: number; length: number; isKey: boolean } | undefined {
  let found: { path: PathSegment[]; offset: number; length: number; isKey: boolean } | undefined;
  const consider = (node: unknown, path: PathSegment[], isKey: boolean) => {
    // Its extent in the source, quotes and line breaks included.
    const range = isScalar(node) ? node.range : undefined;
    const length = range ? range[1] - range[0] : 0;
    if (!range || length <= MAX_SCALAR_CHARS) return;
    const offset = range[0];
    // Stryker disable next-line EqualityOperator: two scalars never start at one offset
    if (!found || offset < found.offset) found = { path, offset, length, isKey };
  };
  const stack: [unknown, PathSegment[]][] = [[doc.contents, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    consider(node, path, false);
    if (isMap(node)) {
      for (const pair of node.items) {
        consider(pair.key, path, true);
        const name = isScalar(pair.key) ? propertyName(pair.key.value) : undefined;
        stack.push([pair.value, name === undefined ? path : [...path, name]]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push([item, [...path, i]]));
    }
  }
  return found;
}

/**
 * The first key (in the order of the text) that a mapping of `doc` holds twice, at its second
 * occurrence. Keys are compared by the property name each becomes in the loaded object (`1` and
 * `"1"` are one); merge keys (`<<`, YAML 1.1 documents only) and alias or collection keys
 * are not compared. One set per mapping keeps this linear in the size of the document. `written` is
 * the key as its text has it, without quotes and escapes (`True`, not true).
 */
export function duplicateKey(doc: Document): { key: unknown; written: string; offset: number } | undefined {
  let found: { key: unknown; written: string; offset: number } | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        stack.push(pair.value);
        const key = pair.key;
        const name = isScalar(key) ? propertyName(key.value) : undefined;
        if (!isScalar(key) || name === undefined) {
          stack.push(key);
          continue;
        }
        if (seen.has(name)) {
          // Stryker disable next-line OptionalChaining: a key parsed from text always has a range
          const offset = key.range?.[0] ?? 0;
          // Stryker disable next-line EqualityOperator: two keys never start at one offset
          if (!found || offset < found.offset) found = { key: key.value, written: key.source ?? name, offset };
          break;
        }
        seen.add(name);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return found;
}
