/**
 * Reads a previous output tree back into the file map `renderSite` makes, for the data-loss guard.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Files the guard reads: each stack's Terraform and the clusters' YAML. */
const GUARDED = /^(terraform\/[^/]+\/cdk\.tf\.json|clusters\/[^/]+\/.+\.ya?ml)$/;

/**
 * The Terraform and cluster files under `outDir` (relative `/`-separated path → content). A
 * missing directory is an empty tree (a first synth); when an interrupted swap left the tree
 * aside (`<outDir>.old`, see write.ts), that is the previous tree.
 */
export function readOutputTree(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  let root = path.resolve(outDir);
  if (!fs.existsSync(root) && fs.existsSync(`${root}.old`)) root = `${root}.old`;
  if (!fs.existsSync(root)) return files;
  const walk = (dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), rel);
      else if (e.isFile() && GUARDED.test(rel)) files.set(rel, fs.readFileSync(path.join(dir, e.name), 'utf8'));
    }
  };
  walk(root, '');
  return files;
}
