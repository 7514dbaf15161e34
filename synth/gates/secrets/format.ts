/** How findings are shown: redacted excerpts and the report printed by the synth and the CLI. */
import { compareFindings, SECRET_KINDS, SecretFinding } from './kinds';

/** Human-readable report: one line per finding (`file:line:column  kind  excerpt  description`) and a summary. */
export function formatSecretFindings(findings: readonly SecretFinding[]): string {
  if (findings.length === 0) return 'no secrets found';
  const sorted = [...findings].sort(compareFindings);
  const where = sorted.map((f) => `${f.file}:${f.line}:${f.column}`);
  const w = Math.max(...where.map((s) => s.length));
  const k = Math.max(...sorted.map((f) => f.kind.length));
  const lines = sorted.map((f, i) => `${where[i].padEnd(w)}  ${f.kind.padEnd(k)}  ${f.excerpt}  ${SECRET_KINDS[f.kind]}`);
  const files = new Set(sorted.map((f) => f.file)).size;
  lines.push(
    `${sorted.length} possible secret${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: ` +
      'never write a secret into dist/, write a reference (${random_password.x.result}, ${var.y}, a Kubernetes Secret by name)',
  );
  return lines.join('\n');
}

/** The first 4 characters (never more than half of a short value) followed by `…`. */
export function redact(secret: string): string {
  const n = Math.min(4, Math.floor(secret.length / 2));
  return `${[...secret].slice(0, n).join('')}…`;
}
