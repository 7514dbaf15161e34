#!/usr/bin/env node
/**
 * `npm run synth`: one node process. Rebuilds lib/ with `tsc -b` only when a TypeScript source is
 * newer than the last build (a fresh clone is built by `npm ci`'s prepare step), then runs the
 * precompiled synth in this same process: no transpiling at synth time.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const stampFile = path.join(root, 'lib', '.build-stamp');

function newestSource() {
  let newest = fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const dir of ['site', 'infra', 'cluster', 'tools', 'imports']) {
    if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  }
  return newest;
}

const stamp = fs.existsSync(stampFile) ? fs.statSync(stampFile).mtimeMs : 0;
if (newestSource() > stamp) {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', root], { stdio: 'inherit' });
  if (tsc.status !== 0) {
    console.error('synth failed: the TypeScript build (tsc -b) failed; dist/ unchanged');
    process.exit(2);
  }
  fs.writeFileSync(stampFile, '');
}
process.exitCode = require(path.join(root, 'lib', 'tools', 'synth.js')).main(process.argv.slice(2));
