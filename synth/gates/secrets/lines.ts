/**
 * Unstructured text (shell, INI, systemd, keepalived, WireGuard, SQL...), line by line: the values
 * of fields written as `key: value`, `key = value`, `NAME=value`, `"key": "value"`, password
 * directives and SQL `PASSWORD '...'`.
 */
import { findUrls } from './urls';
import { dataUrlLayer, Layer, sliceLayer } from './decoders';
import { checkField, classifyName } from './fields';
import type { FileScan } from './file-scan';

const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
/** YAML-like `key: value` (also `- key: value`, `"key": value`) at the start of a line. */
const COLON_FORM = new RegExp(`^(\\s*(?:-\\s+)?)(["']?)(${NAME})\\2[ \\t]*:(?=\\s|$)[ \\t]*`);
/** INI/WireGuard/conf `key = value` (spaces around =) at the start of a line. */
const SPACED_EQUALS = new RegExp(`^\\s*(?:(?:export|readonly|local|typeset|declare(?:\\s+-\\w+)*)\\s+)?(${NAME})(?:[ \\t]+=[ \\t]*|=[ \\t]+)`);
/** Shell `NAME=value` anywhere (env prefixes, `export`, `--flag=value`, systemd `Environment=NAME=value`). */
const INLINE_EQUALS = new RegExp(`(?<=^|[\\s;&|("'\`=])-{0,2}(${NAME})=(?=[^=])`, 'g');
/** JSON `"key": "value"`, also escaped (`\\"key\\": \\"value\\"`). */
const JSON_PAIR = new RegExp(`(\\\\?)"(${NAME})\\1"\\s*:\\s*\\1"`, 'g');
/** Directives whose argument is a password: keepalived, redis. */
const DIRECTIVE = /^\s*(auth_pass|requirepass|masterauth)[ \t]+/;
/** SQL `... WITH [LOGIN] PASSWORD 'literal'` (psql variables `:'name'` are references). */
const SQL_PASSWORD = /\b(?:WITH|ROLE|USER)\b[^;\n]{0,200}?\bPASSWORD\s+E?'((?:[^'\n]|'')*)'/gi;
/** data: URLs inside text (Ignition configs written verbatim, scripts). */
const DATA_URL_IN_TEXT = /data:[A-Za-z0-9!#$&^_.+/=;-]*,[^\s"\\<>]*/g;

/** A value starting at `i` of `line`: quoted (contents), a shell word, or the rest of the line. */
function readValue(line: string, i: number, mode: 'word' | 'rest'): { value: string; at: number } {
  const q = line[i];
  if (q === '"' || q === "'") {
    let j = i + 1;
    while (j < line.length && line[j] !== q) j += q === '"' && line[j] === '\\' ? 2 : 1;
    return { value: line.slice(i + 1, Math.min(j, line.length)), at: i + 1 };
  }
  if (mode === 'word') return { value: /^[^\s;&|`)]*/.exec(line.slice(i))![0], at: i };
  return { value: line.slice(i).replace(/\s+[#;].*$/, '').trimEnd(), at: i };
}

/** Scans the layer line by line, then the data: URLs written in it, decoded. */
export function scanLines(scan: FileScan, layer: Layer): void {
  const text = layer.text;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (line.trim()) scanLine(scan, layer, line, start);
    start = end + 1;
  }
  if (text.includes('data:')) {
    for (const m of text.matchAll(DATA_URL_IN_TEXT)) {
      const decoded = dataUrlLayer(sliceLayer(layer, m.index!, m.index! + m[0].length), scan.quick);
      if (decoded) scan.nested(decoded);
    }
  }
}

/** The fields written in one line, in every form it may have. */
function scanLine(scan: FileScan, layer: Layer, line: string, offset: number): void {
  const colon = COLON_FORM.exec(line);
  // (`key: {` or `key: [` opens a flow collection, not a scalar.)
  if (colon && !/^[[{]/.test(line.slice(colon[0].length))) {
    const v = readValue(line, colon[0].length, 'rest');
    checkField(scan, layer, offset + v.at, colon[3], v.value);
  }
  const spaced = SPACED_EQUALS.exec(line);
  if (spaced) {
    const v = readValue(line, spaced[0].length, 'rest');
    checkField(scan, layer, offset + v.at, spaced[1], v.value);
  }
  if (line.includes('=')) {
    // `&token=...` inside a URL is a query parameter: scanUrls judges it.
    const urls = line.includes('://') ? findUrls(line) : [];
    for (const m of line.matchAll(INLINE_EQUALS)) {
      if (!classifyName(m[1]) || urls.some((u) => m.index! > u.at && m.index! < u.at + u.text.length)) continue;
      const v = readValue(line, m.index! + m[0].length, 'word');
      checkField(scan, layer, offset + v.at, m[1], v.value);
    }
  }
  if (line.includes('"')) {
    for (const m of line.matchAll(JSON_PAIR)) {
      if (!classifyName(m[2])) continue;
      const i = m.index! + m[0].length;
      let j = i;
      while (j < line.length && line[j] !== '"' && !(m[1] && line.startsWith('\\"', j))) j += line[j] === '\\' && !m[1] ? 2 : 1;
      checkField(scan, layer, offset + i, m[2], line.slice(i, j));
    }
  }
  const directive = DIRECTIVE.exec(line);
  if (directive) {
    const v = readValue(line, directive[0].length, 'word');
    checkField(scan, layer, offset + v.at, directive[1], v.value, directive[1] === 'auth_pass' ? 'keepalived-auth-pass' : undefined, true);
  }
  if (/password/i.test(line)) {
    for (const m of line.matchAll(SQL_PASSWORD)) {
      const at = m.index! + m[0].length - 1 - m[1].length;
      checkField(scan, layer, offset + at, 'password', m[1].replace(/''/g, "'"));
    }
  }
}
