/**
 * The value templates of behaviour tables: how a provider derives a computed value from the object's other
 * attributes. Two forms:
 *   "/var/lib/libvirt/images/${pool}/${name}"   `${a.b}` is an attribute (through a list, its first
 *                                                element); `${NAME:-default}` is the attribute NAME, else
 *                                                the default (environment variables are not read)
 *   "hex(sha256(user_data + meta_data))[0:16]"  calls of hex, sha256, sha1, md5, trim on attributes joined
 *                                                with +, with an optional [from:to] slice
 * Any other text without `${` is a literal.
 */
import { createHash } from 'crypto';
import { type CtyValue, isObj, isUnknown } from './cty';

/** PENDING: a referenced value is still unknown. UNSUPPORTED: the template cannot be computed here. */
export const PENDING = Symbol('pending');
export const UNSUPPORTED = Symbol('unsupported');

export function evalTemplate(template: string, obj: CtyValue): string | typeof PENDING | typeof UNSUPPORTED {
  try {
    return /^[a-z0-9_]+\(/.test(template) ? evalCall(template, obj) : evalInterpolation(template, obj);
  } catch (e) {
    if (e === PENDING) return PENDING;
    return UNSUPPORTED;
  }
}

/** The attribute at a dotted path, a list giving its first element; throws PENDING on an unknown. */
function ref(obj: CtyValue, dotted: string): CtyValue {
  let cur: CtyValue = obj;
  for (const name of dotted.split('.')) {
    if (Array.isArray(cur)) cur = cur[0] ?? null;
    if (isUnknown(cur)) throw PENDING;
    if (!isObj(cur) || !(name in cur)) throw UNSUPPORTED;
    cur = cur[name];
  }
  if (Array.isArray(cur)) cur = cur[0] ?? null;
  if (isUnknown(cur)) throw PENDING;
  return cur;
}

const text = (v: CtyValue): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function evalInterpolation(template: string, obj: CtyValue): string {
  return template.replace(/\$\{([^}]+)\}/g, (_, inner: string) => {
    const m = /^([A-Za-z_][\w.]*):-(.*)$/.exec(inner);
    if (!m) return text(ref(obj, inner.trim()));
    return isObj(obj) && m[1] in obj ? text(ref(obj, m[1])) : m[2];
  });
}

/** A small recursive-descent evaluator of the call form. */
function evalCall(template: string, obj: CtyValue): string {
  const tokens = template.match(/[A-Za-z_][\w.]*|\d+|[()+[\]:]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const tok = tokens[i++];
    if (t !== undefined && tok !== t) throw UNSUPPORTED;
    return tok;
  };
  const concat = (): string | Buffer => {
    const parts = [term()];
    while (peek() === '+') {
      take('+');
      parts.push(term());
    }
    return parts.length === 1 ? parts[0] : parts.map((p) => p.toString()).join('');
  };
  const term = (): string | Buffer => {
    const name = take();
    if (name === undefined || !/^[A-Za-z_]/.test(name)) throw UNSUPPORTED;
    if (peek() !== '(') return text(ref(obj, name));
    take('(');
    const arg = concat();
    take(')');
    let v: string | Buffer;
    if (name === 'sha256' || name === 'sha1' || name === 'md5') v = createHash(name).update(arg).digest();
    else if (name === 'hex') v = Buffer.isBuffer(arg) ? arg.toString('hex') : Buffer.from(arg).toString('hex');
    else if (name === 'trim') v = arg.toString().trim();
    else throw UNSUPPORTED;
    if (peek() === '[') {
      take('[');
      const from = Number(take());
      take(':');
      const to = Number(take());
      take(']');
      v = v.toString().slice(from, to);
    }
    return v;
  };
  const out = concat();
  if (i !== tokens.length) throw UNSUPPORTED;
  return out.toString();
}
