/**
 * The scan of one file: its findings, each at the line and column where the secret is written, and
 * the way back into the scanner for text decoded on the way.
 */
import type { Layer } from './decoders';
import { redact } from './format';
import { compareFindings, SecretFinding, SecretKind } from './kinds';

export class FileScan {
  private readonly lineStarts: number[] = [0];
  private readonly found = new Map<string, SecretFinding>();
  /**
   * @param quick the quick pass (see scanSecrets): only whether anything is found counts, so
   *   decoders keep no positions
   * @param scanLayer the scanner's entry for a layer of this file, for `nested`
   */
  constructor(
    readonly file: string,
    content: string,
    readonly quick: boolean,
    private readonly scanLayer: (scan: FileScan, layer: Layer) => void,
  ) {
    for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Scans text decoded from this file (a data: URL's payload, a document inside a string value...). */
  nested(layer: Layer): void {
    this.scanLayer(this, layer);
  }

  /** Records a finding at `index` of `layer`, at its line and column in the file; the first one at a place and kind is kept. */

  report(layer: Layer, index: number, kind: SecretKind, secret: string, excerpt = redact(secret)): void {
    const offset = layer.at(index);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lo + 1;
    const column = offset - this.lineStarts[lo] + 1;
    const key = `${line}:${column}:${kind}`;
    if (!this.found.has(key)) this.found.set(key, { file: this.file, line, column, kind, excerpt });
  }

  /** Findings so far. */
  get count(): number {
    return this.found.size;
  }

  result(): SecretFinding[] {
    return [...this.found.values()].sort(compareFindings);
  }
}
