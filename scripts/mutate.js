#!/usr/bin/env node
/**
 * `npm run mutate [file...]`: Stryker on each target of stryker.targets.json in turn (all of them
 * when none is named), one at a time (each is CPU heavy). The scores are in the clear-text report
 * and in reports/mutation/<name>.json.
 */
const { spawnSync } = require('child_process');

const ALL = Object.keys(require('../stryker.targets.json'));
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
let failed = 0;
for (const file of targets) {
  console.log(`\n=== mutating ${file} ===`);
  const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, SITEKIT_MUTATE: file } });
  if (r.status !== 0) {
    console.error(`stryker failed on ${file} (exit ${r.status ?? r.signal})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
