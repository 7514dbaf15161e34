/**
 * The pinned schema directory: the CRDs, Helm values schemas and Terraform provider schemas the
 * validators check the output against and `scripts/import.mjs` generates `imports/` from.
 * `<repo>/schemas` (see its SOURCES.md), or `$SITEKIT_SCHEMA_DIR` (relative to the repository root).
 *
 * Plain CommonJS, so that the unbuilt `scripts/import.mjs` loads the same function the TypeScript
 * code imports (allowJs); it runs from `site/` and from `lib/site/`.
 */
'use strict';
const fs = require('fs');
const path = require('path');

/**
 * The repository root: the nearest folder above this file that holds package.json.
 * @returns {string}
 */
function repoRoot() {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json in any folder above ${__dirname}: cannot find the repository root`);
    dir = up;
  }
  return dir;
}

/**
 * The schema directory: `$SITEKIT_SCHEMA_DIR` if set, else `<repo>/schemas`.
 * @returns {string}
 */
function schemaDir() {
  return path.resolve(repoRoot(), process.env.SITEKIT_SCHEMA_DIR || 'schemas');
}

/**
 * The absolute path of a file of the schema directory (`rel` like `terraform/bpg-proxmox-0.111.1.json`);
 * throws, naming the file, when it is not there.
 * @param {string} rel
 * @returns {string}
 */
function schemaFile(rel) {
  const file = path.join(schemaDir(), rel);
  if (!fs.existsSync(file)) {
    throw new Error(
      `schema file missing: ${rel} (looked for ${file}); the pinned schemas are part of the repository (schemas/SOURCES.md lists them): restore it with \`git checkout -- schemas/${rel}\`, or point SITEKIT_SCHEMA_DIR at a directory that has it`,
    );
  }
  return file;
}

module.exports = { repoRoot, schemaDir, schemaFile };
