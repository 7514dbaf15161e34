// Parses Mermaid diagrams with Mermaid's own parser (the one GitHub's renderer runs before
// drawing). Reads a JSON array of diagram texts on stdin; prints a JSON array with, for each,
// null when it parses or the parser's message. Mermaid needs a DOM at import (DOMPurify): jsdom.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    results.push(null);
  } catch (e) {
    results.push(String(e?.message ?? e));
  }
}
process.stdout.write(JSON.stringify(results));
