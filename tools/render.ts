/**
 * Renders a loaded site into the files of `dist/`: both apps, one process, no file system.
 */
import { Document, parse, visit } from 'yaml';
import { synthClusters } from '../cluster/app';
import { synthInfra } from '../infra/app';
import type { Site } from '../site';

/** What a render produced: files by path relative to the output directory, and counts for the summary. */
export interface Rendered {
  readonly files: Map<string, string>;
  /** Stack id → number of resources and data sources. */
  readonly stacks: Map<string, number>;
  /** Cluster name → number of Kubernetes objects. */
  readonly clusters: Map<string, number>;
}

/** Plain scalars that YAML 1.1 reads as booleans or null (`<<` is its merge key). */
const YAML11_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', '~', 'null', 'Null', 'NULL', '', '<<']);
const ambiguous = new Map<string, boolean>();

/**
 * True when `s`, written plain, would not read back as this string under YAML 1.1: `yes`, `no`,
 * `on`, `off`, `y`, `n`, `0755`, `1_000`, `1:20`, dates... kubectl (sigs.k8s.io/yaml → go-yaml v2)
 * reads YAML 1.1, so `data: { enabled: on }` would reach the API server as a boolean. (Strings that
 * YAML 1.2 would misread are quoted by the library itself.)
 */
function ambiguousInYaml11(s: string): boolean {
  if (YAML11_WORDS.has(s)) return true;
  // Every other YAML 1.1 scalar type (int, float, timestamp) starts with a sign, a dot or a digit.
  if (!/^[-+.0-9]/.test(s) || s.includes('\n')) return false;
  let r = ambiguous.get(s);
  if (r === undefined) {
    try {
      r = typeof parse(s, { version: '1.1' }) !== 'string';
    } catch {
      r = true;
    }
    ambiguous.set(s, r);
  }
  return r;
}

/** Multi-document YAML with stable formatting, read back identically by YAML 1.2 and 1.1 parsers. */
export function toYaml(objects: readonly unknown[]): string {
  return objects
    .map((o) => {
      const doc = new Document(o, { aliasDuplicateObjects: false });
      visit(doc, {
        Scalar(_, node) {
          if (typeof node.value === 'string' && ambiguousInYaml11(node.value)) node.type = 'QUOTE_DOUBLE';
        },
      });
      return doc.toString({ lineWidth: 0, indent: 2 });
    })
    .join('---\n');
}

function countResources(tf: Record<string, Record<string, Record<string, unknown>> | undefined>): number {
  let n = 0;
  for (const key of ['resource', 'data']) for (const byType of Object.values(tf[key] ?? {})) n += Object.keys(byType).length;
  return n;
}

/**
 * Runs `f` with cdktf's token creation stacks turned off. cdktf (0.21, pinned and archived) records a
 * full stack trace (`Error.stackTraceLimit = Infinity`) for every token it creates, only to print it
 * if the token later fails to resolve: that was half of a synth's time and memory, growing with
 * every resource. Set SITEKIT_TOKEN_STACKS=1 to keep them when debugging a resolution error.
 */
export function withoutTokenStacks<T>(f: () => T): T {
  let stackTrace: { captureStackTrace: (below?: unknown) => string[] } | undefined;
  try {
    if (!process.env.SITEKIT_TOKEN_STACKS) stackTrace = require('cdktf/lib/tokens/private/stack-trace');
  } catch {
    stackTrace = undefined; // another cdktf layout: synthesize with the stacks
  }
  if (!stackTrace || typeof stackTrace.captureStackTrace !== 'function') return f();
  const saved = stackTrace.captureStackTrace;
  stackTrace.captureStackTrace = () => [];
  try {
    return f();
  } finally {
    stackTrace.captureStackTrace = saved;
  }
}

/** Renders every file of the site's output, sorted by path. */
export function renderSite(site: Site): Rendered {
  return withoutTokenStacks(() => render(site));
}

function render(site: Site): Rendered {
  const files = new Map<string, string>();
  const stacks = new Map<string, number>();
  const clusters = new Map<string, number>();
  for (const [id, tf] of synthInfra(site)) {
    files.set(`terraform/${id}/cdk.tf.json`, `${JSON.stringify(tf, null, 2)}\n`);
    stacks.set(id, countResources(tf as never));
  }
  for (const [name, tree] of synthClusters(site)) {
    let count = 0;
    for (const [file, objects] of tree) {
      files.set(`clusters/${name}/${file}`, toYaml(objects));
      if (!file.endsWith('kustomization.yaml')) count += objects.length;
    }
    clusters.set(name, count);
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), stacks, clusters };
}
