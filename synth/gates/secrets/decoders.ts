/**
 * Layers: a text together with where each of its characters is written in the enclosing file, and
 * the decoders that make one layer from another (`data:` URLs percent-encoded or base64, gzip
 * inside base64), so that a secret found in decoded text is reported where it is written.
 *
 * `quick`: the scan's quick pass (see scanSecrets), which only asks whether anything is found;
 * decoders then skip building the position maps.
 */
import { gunzipSync } from 'zlib';

export interface Layer {
  readonly text: string;
  /** Offset in the file of the character at index i of `text`. */
  readonly at: (i: number) => number;
  readonly depth: number;
}

/** How deep decoded layers nest before the scan stops looking into them. */
export const MAX_DEPTH = 10;

/** `text` decoded from `parent`: its character i is written where `parent`'s character map[i] is. */
export function childLayer(parent: Layer, text: string, map: ArrayLike<number>): Layer {
  const last = map.length - 1;
  return { text, depth: parent.depth + 1, at: (i) => parent.at(last < 0 ? 0 : map[Math.max(0, Math.min(i, last))]) };
}

/** The characters [start, end) of `parent`. */
export function sliceLayer(parent: Layer, start: number, end: number): Layer {
  return { text: parent.text.slice(start, end), depth: parent.depth + 1, at: (i) => parent.at(start + i) };
}

/** The decoded payload of the data: URL that is the whole of `layer.text`. */
export function dataUrlLayer(layer: Layer, quick: boolean): Layer | undefined {
  const m = /^data:([^,]*),/i.exec(layer.text);
  if (!m) return undefined;
  const base64 = m[1].split(';').some((p) => p.trim().toLowerCase() === 'base64');
  const start = m[0].length;
  const payload = layer.text.slice(start);
  return base64 ? base64Layer(layer, start, payload, quick) : percentLayer(layer, start, payload, quick);
}

/** A percent-encoded `data:` payload starting at `start` of `layer`. */
function percentLayer(layer: Layer, start: number, payload: string, quick: boolean): Layer | undefined {
  if (quick) {
    let text: string | undefined;
    try {
      text = decodeURIComponent(payload); // = the bytes below read as UTF-8, when every `%` starts a valid sequence
    } catch {
      text = undefined;
    }
    if (text !== undefined) return textLayer(layer, text, () => [], quick);
  }
  const bytes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < payload.length; ) {
    const code = payload.charCodeAt(i);
    if (code < 0x80 && code !== 0x25) {
      // ASCII other than `%`: one byte, itself.
      bytes.push(code);
      offsets.push(start + i);
      i++;
    } else if (payload[i] === '%' && /^[0-9a-fA-F]{2}$/.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      offsets.push(start + i);
      i += 3;
    } else {
      const ch = String.fromCodePoint(payload.codePointAt(i)!);
      for (const b of Buffer.from(ch, 'utf8')) {
        bytes.push(b);
        offsets.push(start + i);
      }
      i += ch.length;
    }
  }
  return bytesLayer(layer, Buffer.from(bytes), (b) => offsets[b], quick);
}

/** A base64 payload starting at `start` of `layer`, gunzipped when it is gzip. */
export function base64Layer(layer: Layer, start: number, payload: string, quick: boolean): Layer | undefined {
  const clean = payload.trim();
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return undefined;
  let buf: Buffer = Buffer.from(clean, 'base64');
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch {
      return undefined;
    }
    return bytesLayer(layer, buf, () => start, quick);
  }
  return bytesLayer(layer, buf, (b) => start + Math.floor(b / 3) * 4, quick);
}

/** UTF-8 text of `buf` (undefined when binary), each character mapped through the offset of its first byte. */
function bytesLayer(layer: Layer, buf: Buffer, offsetOfByte: (b: number) => number, quick: boolean): Layer | undefined {
  return textLayer(layer, buf.toString('utf8'), () => byteMap(buf, offsetOfByte), quick);
}

/**
 * The decoded text as a layer, unless it is binary (a NUL, or more than 1% undecodable). In the
 * quick pass (`quick`) positions are not kept, so `map` (value index → file offset) is not even built.
 */
function textLayer(layer: Layer, text: string, map: () => number[], quick: boolean): Layer | undefined {
  if (!text || text.includes('\u0000')) return undefined;
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > text.length / 100) return undefined;
  if (quick) return { text, depth: layer.depth + 1, at: () => layer.at(0) };
  return childLayer(layer, text, map());
}

/** Value index → file offset for the UTF-8 text of `buf`. */
function byteMap(buf: Buffer, offsetOfByte: (b: number) => number): number[] {
  const text = buf.toString('utf8');
  const map: number[] = [];
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    map.push(offsetOfByte(Math.min(b, buf.length - 1)));
    const cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      map.push(offsetOfByte(Math.min(b, buf.length - 1)));
      i++;
      b += 4;
    } else b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
  }
  map.push(offsetOfByte(Math.max(0, buf.length - 1)));
  return map;
}
