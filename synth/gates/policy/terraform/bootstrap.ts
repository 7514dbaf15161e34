/**
 * First-boot documents embedded in Terraform blocks, as the infra app stores them:
 * `libvirt_cloudinit_disk.user_data` (cloud-init), `libvirt_ignition.content` (Ignition JSON),
 * `proxmox_virtual_environment_file.source_raw.data` (either, as a snippet), and the
 * `bootstrap_<node>` outputs of external nodes (`value.user_data` / `value.ignition`). Any string
 * attribute that is a `#cloud-config` document or an Ignition config counts, wherever it is.
 *
 * Also: the files a document writes (cloud-init `write_files`, Ignition `storage.files` data URLs,
 * units and drop-ins), nftables rulesets and their input chains, sshd settings.
 */
import { parse } from 'yaml';
import type { TerraformBlock } from '../types';
import { isObject, leaves, type Json } from './blocks';

export interface BootFile {
  readonly path: string;
  /** The file's text; undefined when it cannot be read here (compressed, remote source). */
  readonly content?: string;
  /** True when the document holds the content encoded (cloud-init `encoding: b64`), so its text is not in the document's own text. */
  readonly encoded?: boolean;
}

export interface BootstrapDocument {
  /** The attribute the document is in (`user_data`, `content`, `source_raw.data`, `value.ignition`). */
  readonly attribute: string;
  readonly format: 'cloud-init' | 'ignition';
  readonly text: string;
  /** The parsed document (YAML 1.1 for cloud-init, as cloud-init's PyYAML reads it), or undefined when it does not parse. */
  readonly parsed?: Record<string, Json>;
  /** Files it writes, units and drop-ins included (Ignition units as /etc/systemd/system/<name>). */
  readonly files: readonly BootFile[];
}

/** Terraform template escapes (`$${`, `%%{`) as the file will read once Terraform renders it. */
export function unescapeTemplate(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** Decodes `%XX` sequences, leaving anything else (a stray `%`) alone. */
function percentDecode(s: string): string {
  try {
    return decodeURIComponent(s); // the usual case, in one native call: every `%` starts a valid sequence
  } catch {
    // A stray `%` or bytes that are not UTF-8: run by run.
  }
  return s.replace(/(%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
}

/**
 * Content of an Ignition `data:` URL; undefined for other sources or compressed contents. With
 * `escaped`, a percent-encoded `${` / `%{` (text Terraform does not interpolate) decodes to the
 * escaped `$${` / `%%{`, so that a raw `${...}` left in the result is a live Terraform interpolation.
 */
export function decodeDataUrl(source: string, compression?: string, escaped = false): string | undefined {
  if (compression) return undefined;
  const m = /^data:([^,]*),(.*)$/s.exec(source);
  if (!m) return undefined;
  if (m[1].split(';').includes('base64')) return Buffer.from(m[2], 'base64').toString('utf8');
  return percentDecode(escaped ? m[2].replace(/%24%7B/gi, '$$$${').replace(/%25%7B/gi, '%%{') : m[2]);
}

function cloudInitFiles(doc: Record<string, Json>): BootFile[] {
  return (Array.isArray(doc.write_files) ? doc.write_files : []).filter(isObject).map((f: Record<string, Json>) => {
    const enc = typeof f.encoding === 'string' ? f.encoding.toLowerCase() : '';
    let content: string | undefined = typeof f.content === 'string' ? f.content : f.content === undefined ? '' : String(f.content);
    if (enc === 'b64' || enc === 'base64') content = Buffer.from(content ?? '', 'base64').toString('utf8');
    else if (enc) content = undefined;
    return { path: String(f.path ?? ''), content, ...(enc ? { encoded: true } : {}) };
  });
}

function ignitionFiles(cfg: Record<string, Json>, escaped: boolean): BootFile[] {
  const files: BootFile[] = (Array.isArray(cfg.storage?.files) ? cfg.storage.files : []).filter(isObject).map((f: Record<string, Json>) => ({
    path: String(f.path ?? ''),
    content: typeof f.contents?.source === 'string' ? decodeDataUrl(f.contents.source, f.contents.compression, escaped) : f.contents === undefined ? '' : undefined,
  }));
  for (const u of (Array.isArray(cfg.systemd?.units) ? cfg.systemd.units : []).filter(isObject)) {
    if (typeof u.contents === 'string') files.push({ path: `/etc/systemd/system/${u.name}`, content: u.contents });
    for (const d of (Array.isArray(u.dropins) ? u.dropins : []).filter(isObject)) {
      files.push({ path: `/etc/systemd/system/${u.name}.d/${d.name}`, content: typeof d.contents === 'string' ? d.contents : undefined });
    }
  }
  return files;
}

/**
 * The document a string is, if it is one. By default as the node will read it (Terraform's `$${`
 * escapes undone); with `escaped`, as Terraform sees it: escapes kept (also in decoded data URLs),
 * so that a raw `${...}` in its text or files is a live interpolation.
 */
export function asBootstrapDocument(attribute: string, raw: string, opts: { escaped?: boolean } = {}): BootstrapDocument | undefined {
  const escaped = opts.escaped ?? false;
  // Several rules read the same documents of the same blocks: parse each once.
  const key = `${escaped ? 1 : 0}${attribute}\u0000${raw}`;
  if (DOCUMENTS.has(key)) return DOCUMENTS.get(key);
  const doc = readBootstrapDocument(attribute, raw, escaped);
  if (DOCUMENTS.size >= 4096) DOCUMENTS.clear();
  DOCUMENTS.set(key, doc);
  return doc;
}

/** asBootstrapDocument's answers (documents are read-only), bounded. */
const DOCUMENTS = new Map<string, BootstrapDocument | undefined>();

/**
 * A cloud-config parsed (YAML 1.1, as cloud-init reads it), or undefined when it does not parse.
 * By text: a document without Terraform escapes reads the same escaped or not, and is parsed once.
 */
export function cloudConfig(text: string): Record<string, Json> | undefined {
  if (CLOUD_CONFIGS.has(text)) return CLOUD_CONFIGS.get(text);
  let parsed: Record<string, Json> | undefined;
  try {
    const v = parse(text, { version: '1.1' });
    parsed = isObject(v) ? v : {};
  } catch {
    parsed = undefined;
  }
  if (CLOUD_CONFIGS.size >= 4096) CLOUD_CONFIGS.clear();
  CLOUD_CONFIGS.set(text, parsed);
  return parsed;
}

const CLOUD_CONFIGS = new Map<string, Record<string, Json> | undefined>();

function readBootstrapDocument(attribute: string, raw: string, escaped: boolean): BootstrapDocument | undefined {
  const text = escaped ? raw : unescapeTemplate(raw);
  if (/^#cloud-config[ \t]*\r?\n/.test(text)) {
    const parsed = cloudConfig(text);
    return { attribute, format: 'cloud-init', text, parsed, files: parsed ? cloudInitFiles(parsed) : [] };
  }
  if (/^\s*\{/.test(text) && text.includes('"ignition"')) {
    try {
      const v = JSON.parse(text);
      if (isObject(v) && isObject(v.ignition) && typeof v.ignition.version === 'string') return { attribute, format: 'ignition', text, parsed: v, files: ignitionFiles(v, escaped) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Every bootstrap document in a block's attributes. */
export function bootstrapDocuments(block: TerraformBlock): BootstrapDocument[] {
  const out: BootstrapDocument[] = [];
  for (const leaf of leaves(block.body)) {
    if (typeof leaf.value !== 'string') continue;
    const doc = asBootstrapDocument(leaf.path, leaf.value);
    if (doc) out.push(doc);
  }
  return out;
}

/** Strips `#` comments (outside quotes) from nftables or sshd text. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        else if (line[i] === '#' && !quoted) return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
}

/** True when a file is an nftables ruleset: by name, by its `#!/usr/sbin/nft` line, or by a `table <family> <name> {`. */
export function isNftablesRuleset(f: BootFile): boolean {
  if (f.content === undefined) return false;
  return /\.nft$|\/nftables\.conf$/.test(f.path) || /^#!\s*\S*\/nft\b/.test(f.content) || /^\s*table\s+(inet|ip|ip6|arp|bridge|netdev)\s+\S+\s*\{/m.test(stripComments(f.content));
}

export interface NftChain {
  readonly name: string;
  readonly hook?: string;
  /** The base chain's policy (`accept` when a base chain does not say). */
  readonly policy?: string;
}

/** The chains of an nftables ruleset, with their hook and policy. */
export function nftChains(text: string): NftChain[] {
  const src = stripComments(text);
  const out: NftChain[] = [];
  const re = /\bchain\s+("[^"]+"|[A-Za-z0-9_.-]+)\s*\{/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < src.length && depth > 0; i++) {
      if (src[i] === '{') depth++;
      else if (src[i] === '}') depth--;
    }
    const body = src.slice(m.index + m[0].length, i - 1);
    const hook = /\btype\s+\w+\s+hook\s+(\w+)/.exec(body)?.[1];
    const policy = hook ? (/\bpolicy\s+(\w+)/.exec(body)?.[1] ?? 'accept') : undefined;
    out.push({ name: m[1].replace(/"/g, ''), hook, policy });
  }
  return out;
}

/** `PasswordAuthentication` values set by sshd configuration files of the document. */
export function sshdPasswordAuthentication(doc: BootstrapDocument): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  for (const f of doc.files) {
    if (f.content === undefined || !/^\/etc\/ssh\/sshd_config(\.d\/[^/]+\.conf)?$/.test(f.path)) continue;
    for (const m of stripComments(f.content).matchAll(/^\s*PasswordAuthentication\s+(\S+)/gim)) out.push({ path: f.path, value: m[1].toLowerCase() });
  }
  return out;
}
