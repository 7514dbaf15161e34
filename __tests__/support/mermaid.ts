/** Mermaid's own parser on diagrams (support/mermaid-parse.mjs, in a process of its own: Mermaid is ESM and needs a DOM). */
import { execFileSync } from 'child_process';
import * as path from 'path';

/** For each diagram, null when Mermaid parses it, else the parser's message. */
export function parseMermaid(diagrams: readonly string[]): (string | null)[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'mermaid-parse.mjs')], { input: JSON.stringify(diagrams), encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/** The bodies of the ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}
