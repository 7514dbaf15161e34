/**
 * Reads a previous output tree back into the file map `renderSite` makes, for the data-loss guard:
 * only files sitekit owns there (its manifest's list), never anything else in the directory.
 */
import * as path from 'path';
import { OutputDir } from './write';

/** Files the guard reads: each stack's Terraform and the clusters' YAML. */
const GUARDED = /^(terraform\/[^/]+\/cdk\.tf\.json|clusters\/[^/]+\/.+\.ya?ml)$/;

/**
 * The Terraform and cluster files of the output (relative `/`-separated path → content) among
 * `owned` (default: the manifest's list; a missing directory is an empty tree, a first synth).
 */
export function readOutputTree(out: string | OutputDir, owned?: Iterable<string>): Map<string, string> {
  const output = typeof out === 'string' ? new OutputDir(path.resolve(out)) : out;
  return output.read(owned ?? output.owned(), (rel) => GUARDED.test(rel));
}
