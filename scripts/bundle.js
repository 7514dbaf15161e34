#!/usr/bin/env node
/**
 * Second step of `npm run build` (after `tsc -b`): bundles the compiled synth (lib/synth/synth.js)
 * and the libraries it uses into one file, lib/bundle/synth.js, which `npm run synth` runs. Node then
 * reads and compiles one file instead of resolving and loading each module on its own.
 *
 * Left out, as code a synth never runs: cdktf's `archiver` (it zips asset directories; a site has
 * none) and zod's messages in other languages (`z.locales`; the site's messages are sitekit's own).
 * Each is a stub that throws if called. cdk8s's own copy of `yaml` is bundled as ours while both are
 * the same version.
 *
 * `node lib/bundle/synth.js [options]` runs the synth like `node lib/synth/synth.js` (the entry module
 * stays at the bundle's top level, so its `require.main === module` still holds).
 */
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const OUT = path.join(root, 'lib', 'bundle', 'synth.js');

const versionOf = (pkg, from) => {
  const file = require.resolve(`${pkg}/package.json`, { paths: [from] });
  return { dir: path.dirname(file), version: JSON.parse(fs.readFileSync(file, 'utf8')).version };
};

const notInBundle = {
  name: 'not-in-bundle',
  setup(build) {
    build.onResolve({ filter: /^archiver$/ }, (args) => (/[\\/]node_modules[\\/]cdktf[\\/]/.test(args.importer) ? { path: 'archiver', namespace: 'stub' } : undefined));
    build.onResolve({ filter: /[\\/]locales[\\/]index\.cjs$/ }, (args) => (/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'stub' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
      loader: 'js',
      contents:
        args.path === 'archiver'
          ? `module.exports = () => { throw new Error('archiver is not in the synth bundle (scripts/bundle.js): a synth zips no assets'); };`
          : 'module.exports = {};',
    }));
  },
};

/** Resolves cdk8s's `yaml` to ours when both are the same version. */
const oneYaml = {
  name: 'one-yaml',
  setup(build) {
    const ours = versionOf('yaml', root);
    const theirs = versionOf('yaml', path.dirname(require.resolve('cdk8s', { paths: [root] })));
    if (ours.dir === theirs.dir || ours.version !== theirs.version) return;
    const main = require.resolve('yaml', { paths: [root] });
    build.onResolve({ filter: /^yaml$/ }, (args) => (/[\\/]node_modules[\\/]cdk8s[\\/]/.test(args.importer) ? { path: main } : undefined));
  },
};

/**
 * Escapes the non-ASCII characters esbuild leaves in comments (its `charset: 'ascii'` escapes those
 * of code): Node reads an ASCII file into a one-byte string, faster than UTF-8 text. Anything
 * non-ASCII outside a comment line fails the build, since escaping it there could change the code.
 */
function asciiOnly(text) {
  return text
    .split('\n')
    .map((line, i) => {
      if (!/[^\x00-\x7f]/.test(line)) return line;
      if (!/^\s*(\*|\/\/|\/\*)/.test(line)) throw new Error(`${OUT}:${i + 1}: a non-ASCII character outside a comment: write it as a \\u escape in the source`);
      return line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    })
    .join('\n');
}

esbuild
  .build({
    entryPoints: [path.join(root, 'lib', 'synth', 'synth.js')],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    charset: 'ascii',
    logLevel: 'warning',
    plugins: [notInBundle, oneYaml],
    write: false,
  })
  .then(({ outputFiles }) => {
    // Written whole under another name, then renamed: a synth starting meanwhile loads the old bundle or the new one.
    const text = asciiOnly(outputFiles[0].text);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    const tmp = `${OUT}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, OUT);
  })
  .catch((e) => {
    if (e instanceof Error && !e.errors) console.error(`bundle: ${e.message}`);
    process.exitCode = 1;
  });
