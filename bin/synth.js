#!/usr/bin/env node
/**
 * `npm run synth`: runs the bundled synth (lib/bundle/synth.js) in this one node process, after
 * the build (`tsc -b`, then scripts/bundle.js) when a source changed since the last one (a fresh clone
 * is built by npm ci's prepare step). Where Node has a compile cache (Node >= 22.1), the bundle
 * loads through it.
 */
'use strict';
const fs = require('fs');
const Module = require('module');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const stampFile = path.join(root, 'lib', '.build-stamp');
const bundle = path.join(root, 'lib', 'bundle', 'synth.js');
const SOURCES = ['tsconfig.json', 'site', 'infra', 'cluster', 'imports', 'synth', 'scripts'];

/** The newest modification time of the sources: files, and folders (which change when a file is added, renamed or removed). */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const st = fs.statSync(p);
    newest = Math.max(newest, st.mtimeMs);
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
  };
  for (const s of SOURCES) if (fs.existsSync(path.join(root, s))) visit(path.join(root, s));
  return newest;
}

const stamp = fs.statSync(stampFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (!fs.existsSync(bundle) || newestSource() > stamp) {
  // The stamp takes the time the build started: a source saved during the build is built next time.
  const started = new Date();
  for (const [step, args] of [
    ['the TypeScript build (tsc -b)', [require.resolve('typescript/bin/tsc'), '-b', root]],
    ['the bundle (scripts/bundle.js)', [path.join(__dirname, '..', 'scripts', 'bundle.js')]],
  ]) {
    if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) {
      console.error(`synth failed: ${step} failed; dist/ unchanged`);
      process.exit(2);
    }
  }
  fs.writeFileSync(stampFile, '');
  fs.utimesSync(stampFile, started, started);
}
Module.enableCompileCache?.();
process.exitCode = require(bundle).main(process.argv.slice(2));
