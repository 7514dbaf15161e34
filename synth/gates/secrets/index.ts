/**
 * Secret scanner for the rendered output (`renderSite(site).files`, or a `dist/` tree read back).
 *
 * Secrets must never be written into dist/: a secret is a Terraform reference
 * (`${random_password.x.result}`, `${var.y}`) or a reference to a Kubernetes Secret by name. This
 * scanner looks for what would break that rule:
 *
 * - secrets recognised by their shape anywhere: PEM and OpenSSH private keys (also base64-wrapped,
 *   as in a Kubernetes Secret), tokens with a known prefix (GitHub, GitLab, Slack, AWS access key
 *   ids, Google API keys, Stripe, npm, OpenAI-style `sk-`), JWTs;
 * - credentials in URLs: a password, a user (where a token passes as the user; not an account
 *   name over SSH or libvirt), a query or fragment parameter named like a credential (`token`,
 *   `sig`, `X-Amz-Signature`...);
 * - literal values in fields named like a secret (`password:`, `"api_token":`, `PASSWORD=`,
 *   `PrivateKey = `, `auth_pass`, SQL `PASSWORD '...'`, `data`/`stringData` of a Kubernetes
 *   Secret, the contents of a file named like a secret), with WireGuard private keys and 40-char
 *   Cloudflare API tokens told apart;
 * - high-entropy strings in fields whose name suggests key material (`key`, `signingKey`, `auth`,
 *   `credentials`, `salt`, ...).
 *
 * A value that names a secret instead of holding it is not a finding: a Terraform `${...}`
 * reference, a shell `$VAR`/`$(cat file)`/backtick, a psql `:'var'`, a file path, a Kubernetes
 * `secretKeyRef`/`existingSecret`/`secretName`/`*SecretRef`/ExternalSecret `remoteRef` entry, an
 * SSH public key, a certificate, a `sha256:` digest.
 *
 * Documents are decoded layer by layer before scanning: JSON and YAML are parsed (with source
 * positions), string values are unescaped, `data:` URLs (percent-encoded or base64, gzip too) are
 * decoded, and embedded documents (a cloud-init YAML inside a Terraform JSON string, an Ignition
 * JSON holding data URLs of shell scripts...) are scanned in turn. Each finding is reported at the
 * line and column of the enclosing file where the secret's first character is written (exact for
 * escaped and percent-encoded text, to the 4-character group for base64).
 *
 * This module runs the scan; its parts are in scan-secrets/: kinds (what is reported), decoders
 * (layers and data: URLs), detectors (shapes), url-credentials, fields (names and values), lines
 * (unstructured text), documents (JSON and YAML with positions), walk, format.
 */
import * as path from 'path';
import { Layer, MAX_DEPTH } from './decoders';
import { scanShapes, scanWrappedKeys } from './detectors';
import { fromValue, jsonValue, parseStructured } from './documents';
import { FileScan } from './file-scan';
import { formatSecretFindings } from './format';
import { compareFindings, SecretFinding } from './kinds';
import { scanLines } from './lines';
import { scanUrls } from './url-credentials';
import { walk } from './walk';
import { readTree } from '../../output/write';

export { classifyName, isHighEntropy, isReference, nameWords, shannonEntropy } from './fields';
export { formatSecretFindings, redact } from './format';
export { SECRET_KINDS } from './kinds';
export type { Finding, SecretFinding, SecretKind } from './kinds';

/**
 * Scans every file; findings sorted by file, line, column, kind.
 *
 * `parsed`, given for a rendered tree: the objects each YAML file serializes (the renderer's
 * `Rendered.objects`); its JSON files are then taken to be `JSON.stringify` output (no duplicate
 * keys), read with `JSON.parse`. Such a file is first scanned through its objects, which spares
 * parsing it with positions, and only when that finds anything through its text, for the
 * positions. The quick pass scans at least what the full one does (every string value is treated
 * as written differently from its source, so each is looked into), so it misses nothing the full
 * one finds.
 */
export function scanSecrets(files: ReadonlyMap<string, string>, parsed?: ReadonlyMap<string, readonly unknown[]>): SecretFinding[] {
  const out: SecretFinding[] = [];
  for (const [file, content] of files) {
    const objects = parsed ? (parsed.get(file) ?? (/\.json$/i.test(file) ? jsonValue(content) : undefined)) : undefined;
    if (objects && /\.(ya?ml|json)$/i.test(file) && quickScanIsClean(file, content, objects)) continue;
    out.push(...scanFile(file, content));
  }
  return out.sort(compareFindings);
}

/** The quick pass over a YAML file's objects: true when it finds nothing (see scanSecrets). */
function quickScanIsClean(file: string, content: string, objects: readonly unknown[]): boolean {
  const scan = new FileScan(file, content, true, scanLayer);
  const layer: Layer = { text: content, at: (i) => i, depth: 0 };
  scanPatterns(scan, layer);
  const roots = objects.map(fromValue);
  if (roots.every((r) => r.t === 'scalar')) scanLines(scan, layer);
  else for (const root of roots) walk(scan, root, []);
  return scan.count === 0;
}

/** Scans one file's content. */
export function scanFile(file: string, content: string): SecretFinding[] {
  const scan = new FileScan(file, content, false, scanLayer);
  const lower = file.toLowerCase();
  const hint = lower.endsWith('.json') ? 'json' : lower.endsWith('.yaml') || lower.endsWith('.yml') ? 'yaml' : undefined;
  scanLayer(scan, { text: content, at: (i) => i, depth: 0 }, hint);
  return scan.result();
}

/** Scans a layer: shapes anywhere, then its documents' values, or its lines when it is not JSON or YAML. */
function scanLayer(scan: FileScan, layer: Layer, hint?: 'json' | 'yaml'): void {
  if (layer.depth > MAX_DEPTH || !layer.text) return;
  scanPatterns(scan, layer);
  const docs = parseStructured(layer, scan.quick, hint);
  if (docs) for (const root of docs) walk(scan, root, []);
  else scanLines(scan, layer);
}

/** Secrets told by their shape, in URLs, and in base64-wrapped keys, anywhere in the layer. */
function scanPatterns(scan: FileScan, layer: Layer): void {
  scanShapes(scan, layer);
  if (layer.text.includes('://') || layer.text.includes('@')) scanUrls(scan, layer);
  scanWrappedKeys(scan, layer);
}

// Command line: `node lib/synth/gates/secrets.js [dir]` scans a written output tree (default dist/).
if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const findings = scanSecrets(readTree(dir));
  process.stdout.write(`${formatSecretFindings(findings)}\n`);
  process.exitCode = findings.length ? 1 : 0;
}
