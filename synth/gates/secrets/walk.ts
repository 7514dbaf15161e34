/**
 * The walk over a structured document: each value judged under the name it is the value of (its
 * key, the `name` beside a `value`, the file a `content` is written to, the data of a Kubernetes
 * Secret), references skipped, and strings that hold more text scanned in turn.
 */
import { base64Layer, dataUrlLayer, Layer } from './decoders';
import type { TMap, TNode, TScalar } from './documents';
import { classifyName, isReferenceContainer, judgeField } from './fields';
import type { FileScan } from './file-scan';
import type { SecretKind } from './kinds';

/** A map above the node, and the key the walk went down by. */
interface Ancestor {
  readonly key: string | undefined;
  readonly map: TMap | undefined;
}

/** Keys whose value is the value of the field named beside them (`name: x, value: y`). */
const VALUE_KEYS = new Set(['value', 'default', 'defaultValue']);
/** Keys holding the contents of a file named by a `path` beside them. */
const CONTENT_KEYS = new Set(['content', 'contents', 'source', 'data', 'inline']);

/** The scalar under `key` of the map. */
function scalarOf(map: TMap | undefined, key: string): string | undefined {
  const e = map?.entries.find((x) => x.key === key);
  return e && e.value.t === 'scalar' ? e.value.str : undefined;
}

/** Judges every scalar of the tree with the keys above it in view, and scans the strings that hold more text. */
export function walk(scan: FileScan, node: TNode, anc: Ancestor[]): void {
  if (node.t === 'map') {
    for (const e of node.entries) {
      if (e.value.t === 'scalar') scalarEntry(scan, e.key, e.value, node, anc);
      else walk(scan, e.value, [...anc, { key: e.key, map: node }]);
    }
  } else if (node.t === 'seq') {
    const parent = anc[anc.length - 1];
    for (const item of node.items) {
      if (item.t === 'scalar') scalarEntry(scan, parent?.key, item, undefined, anc.slice(0, -1));
      else walk(scan, item, anc);
    }
  } else scalarEntry(scan, undefined, node, undefined, anc);
}

/** One scalar: judged under the name it is a value of, then looked into (decoded, or as text). */
function scalarEntry(scan: FileScan, key: string | undefined, sc: TScalar, map: TMap | undefined, anc: Ancestor[]): void {
  const raw = sc.str;
  if (raw === undefined) return;
  const parent = anc[anc.length - 1];
  const reference = anc.some((a) => isReferenceContainer(a.key)) || isReferenceContainer(key) || (!!map && map.entries.some((e) => e.key === 'remoteRef'));
  let value: Layer | undefined;
  const valueLayer = () => (value ??= sc.layer());

  // The name the value is a value of.
  let name = key;
  if (key && VALUE_KEYS.has(key) && map) name = scalarOf(map, 'name') ?? parent?.key ?? key;
  if (key && CONTENT_KEYS.has(key) && map) {
    // The contents of a file named like a secret (cloud-init write_files, Ignition storage.files).
    const base = (scalarOf(map, 'path') ?? scalarOf(parent?.map, 'path'))?.split('/').pop();
    if (base && classifyName(base)?.tier === 'secret') name = base;
  }
  // data: URLs are decoded before judging and scanning.
  let content: Layer | undefined;
  if (sc.isString && /^data:/i.test(raw)) content = dataUrlLayer(valueLayer(), scan.quick);

  const secretData = anc.length === 1 && (parent?.key === 'data' || parent?.key === 'stringData') && scalarOf(parent.map, 'kind') === 'Secret';
  if (!reference) {
    const text = content ? content.text : raw;
    const sensitive = !!key && VALUE_KEYS.has(key) && markedSensitive(map);
    const kind = secretData ? judgeField(undefined, text, true) : judgeField(classifyName(name), text, sensitive);
    if (kind) {
      const target = content ?? valueLayer();
      const lead = target.text.length - target.text.trimStart().length;
      const k: SecretKind = secretData && kind === 'secret-literal' ? 'kubernetes-secret-data' : kind;
      scan.report(target, lead, k, text.trim());
    }
  }
  if (!sc.isString) return;
  if (content) scan.nested(content);
  else if (secretData && /^[A-Za-z0-9+/]+={0,2}$/.test(raw)) {
    const decoded = base64Layer(valueLayer(), 0, raw, scan.quick);
    if (decoded) scan.nested(decoded);
  } else if (raw.length >= 6 && (sc.transformed || /[\n=:"']/.test(raw) || raw.includes('LS0tLS1CRUdJT'))) scan.nested(valueLayer());
}

/** `sensitive: true` next to a Terraform variable's `default` or an output's `value`. */
function markedSensitive(map: TMap | undefined): boolean {
  const e = map?.entries.find((x) => x.key === 'sensitive');
  return !!e && e.value.t === 'scalar' && e.value.bool === true;
}
