/**
 * Reads a previous output tree back into the file map `renderSite` makes, for the data-loss guard.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readTree } from './write';

/** Files the guard reads: each stack's Terraform and the clusters' YAML. */
const GUARDED = /^(terraform\/[^/]+\/cdk\.tf\.json|clusters\/[^/]+\/.+\.ya?ml)$/;

/**
 * The Terraform and cluster files under `outDir` (relative `/`-separated path → content). A
 * missing directory is an empty tree (a first synth); when an interrupted swap left the tree
 * aside (`<outDir>.old`, see write.ts), that is the previous tree.
 */
export function readOutputTree(outDir: string): Map<string, string> {
  let root = path.resolve(outDir);
  if (!fs.existsSync(root) && fs.existsSync(`${root}.old`)) root = `${root}.old`;
  return fs.existsSync(root) ? readTree(root, (rel) => GUARDED.test(rel)) : new Map();
}
