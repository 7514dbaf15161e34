#!/usr/bin/env node
// scripts/import.mjs — regenerate the generated bindings under imports/ (run: `npm run import`).
//
// Offline and reproducible: reads only the pinned schema dir (schemas/ of this
// repository, or SITEKIT_SCHEMA_DIR: site/schema-dir.js) and the tools in
// node_modules; re-running gives byte-identical output.
//
//   imports/providers/<name>/  CDKTF bindings from @cdktf/provider-generator, fed a
//                              provider schema (`terraform providers schema -json`
//                              format) filtered down to the resources listed below.
//   imports/k8s/<group>.ts     cdk8s bindings from `cdk8s import` (cdk8s-cli), one
//                              module per API group.
//   imports/crds/<folder>.json CRDs the tree installs itself (no chart carries them), as
//                              JSON for the cluster app to read at synth.
//   imports/README.md          what was generated from what.
//
// Only those paths are replaced; anything else under imports/ is left alone.
// Everything is generated into a temp dir first, so a failed run changes nothing.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

process.env.CHECKPOINT_DISABLE ??= '1';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = require('../site/schema-dir.js').schemaDir();
const OUT = path.join(ROOT, 'imports');

// Terraform providers: schema file, registry source, exact version, what to keep.
const PROVIDERS = [
  {
    file: 'dmacvicar-libvirt-0.9.7.json', source: 'dmacvicar/libvirt', version: '0.9.7',
    resources: ['libvirt_pool', 'libvirt_volume', 'libvirt_network', 'libvirt_domain',
      'libvirt_cloudinit_disk', 'libvirt_ignition'],
    dataSources: [],
  },
  {
    file: 'bpg-proxmox-0.111.1.json', source: 'bpg/proxmox', version: '0.111.1',
    resources: ['proxmox_virtual_environment_vm', 'proxmox_virtual_environment_file',
      'proxmox_virtual_environment_download_file',
      'proxmox_virtual_environment_network_linux_bridge',
      'proxmox_virtual_environment_network_linux_vlan'],
    dataSources: [],
  },
];

// CRDs: folder under <schema dir>/crds and the files to import from it.
// The files of one folder are imported together, so each API group becomes one module.
const CRDS = {
  'metallb-v0.16.1': ['metallb.io_ipaddresspools', 'metallb.io_l2advertisements'],
  'traefik-helm-chart-v41.3.0': ['traefik.io_ingressroutes', 'traefik.io_middlewares',
    'traefik.io_tlsoptions', 'traefik.io_serverstransports'],
  'cert-manager-v1.21.1': ['cert-manager.io_clusterissuers', 'cert-manager.io_issuers',
    'cert-manager.io_certificates'],
  'longhorn-v1.12.1': ['longhorn-crds'],
  'cloudnative-pg-v1.30.0': ['postgresql.cnpg.io_clusters', 'postgresql.cnpg.io_scheduledbackups',
    'postgresql.cnpg.io_poolers', 'postgresql.cnpg.io_databases'],
  'strimzi-1.2.0': ['040-Crd-kafka', '043-Crd-kafkatopic', '044-Crd-kafkauser',
    '045-Crd-kafkanodepool'],
  'kube-prometheus-stack-88.5.3': ['crd-servicemonitors', 'crd-podmonitors', 'crd-prometheusrules'],
  'external-secrets-v2.9.0': ['external-secrets.io_clustersecretstores',
    'external-secrets.io_externalsecrets', 'external-secrets.io_secretstores'],
  'flux-helm-controller-v1.6.1': ['helm.toolkit.fluxcd.io_helmreleases'],
  'flux-kustomize-controller-v1.9.1': ['kustomize.toolkit.fluxcd.io_kustomizations'],
  'flux-source-controller-v1.9.1': ['source.toolkit.fluxcd.io_gitrepositories',
    'source.toolkit.fluxcd.io_helmrepositories', 'source.toolkit.fluxcd.io_ocirepositories'],
  'argo-cd-v3.4.4': ['application-crd', 'appproject-crd'],
  'system-upgrade-controller-v0.20.1': ['upgrade.cattle.io_plans'],
};

// CRDs the cluster app puts in the tree itself (folder under <schema dir>/crds, files), written
// to imports/crds/<folder>.json: the CustomResourceDefinition documents, one object per line.
const TREE_CRDS = {
  'system-upgrade-controller-v0.20.1': ['upgrade.cattle.io_plans'],
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-import-'));
const stage = path.join(tmp, 'imports');
const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const listFiles = (dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name)).sort();
const dirStats = (dir) => {
  const files = listFiles(dir);
  return `${files.length} files, ${files.reduce((n, f) => n + fs.statSync(f).size, 0)} bytes`;
};
const readme = [];

try {
  // ---- 1. Terraform providers -------------------------------------------------------------
  // Require the generator module directly: the package index also loads jsii-pacmak.
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const genRequire = createRequire(require.resolve('@cdktf/provider-generator/package.json'));
  const { CodeMaker } = genRequire('codemaker');
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = genRequire('@cdktf/commons');

  for (const p of PROVIDERS) {
    const schemaFile = path.join(SCHEMA_DIR, 'terraform', p.file);
    const full = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const [fqpn, ...others] = Object.keys(full.provider_schemas);
    if (others.length || !fqpn.endsWith(`/${p.source}`)) throw new Error(`${p.file}: expected only ${p.source}, got ${Object.keys(full.provider_schemas)}`);
    const pick = (all = {}, names) => Object.fromEntries(names.map((n) => {
      if (!all[n]) throw new Error(`${p.file}: no schema for ${n}`);
      return [n, all[n]];
    }));
    const src = full.provider_schemas[fqpn];
    const schema = {
      format_version: full.format_version,
      provider_schemas: {
        [fqpn]: {
          provider: src.provider,
          resource_schemas: pick(src.resource_schemas, p.resources),
          data_source_schemas: pick(src.data_source_schemas, p.dataSources),
        },
      },
      // provider_versions becomes terraformGeneratorMetadata.providerVersion, which cdktf
      // synthesizes as the required_providers version (an exact pin).
      provider_versions: { [fqpn]: p.version },
    };
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, schema);
    generator.generate(new ConstructsMakerProviderTarget(
      new TerraformProviderConstraint(`${p.source}@${p.version}`), LANGUAGES[0]));
    await generator.save(stage);
    const name = p.source.split('/')[1];
    console.log(`provider ${p.source}@${p.version}: ${p.resources.length} resources, ${p.dataSources.length} data sources -> imports/providers/${name}/ (${dirStats(path.join(stage, 'providers', name))})`);
    readme.push(`| \`providers/${name}/\` | \`terraform/${p.file}\` (sha256 \`${sha256(schemaFile).slice(0, 16)}\`) | ${p.source} ${p.version} | ${[...p.resources, ...p.dataSources.map((d) => `data.${d}`)].map((r) => `\`${r}\``).join(', ')} |`);
  }

  // ---- 2. CRDs via `cdk8s import` -----------------------------------------------------------
  const cdk8s = path.join(path.dirname(require.resolve('cdk8s-cli/package.json')), 'bin', 'cdk8s');
  const k8sOut = path.join(stage, 'k8s');
  for (const [folder, names] of Object.entries(CRDS)) {
    const files = names.map((n) => path.join(SCHEMA_DIR, 'crds', folder, `${n}.yaml`));
    // One input file per folder (a v1 List), so that CRDs of the same group land in one module.
    // Versions with `served: false` are dropped: the API server rejects objects of those.
    const crds = files.flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()))
      .filter((doc) => doc?.kind === 'CustomResourceDefinition');
    const dropped = crds.flatMap((crd) => crd.spec.versions.filter((v) => v.served === false)
      .map((v) => `${crd.spec.names.kind} ${v.name}`));
    for (const crd of crds) crd.spec.versions = crd.spec.versions.filter((v) => v.served !== false);
    const spec = path.join(tmp, `${folder}.json`);
    fs.writeFileSync(spec, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: crds }));
    const before = new Set(fs.existsSync(k8sOut) ? fs.readdirSync(k8sOut) : []);
    const r = spawnSync(process.execPath, [cdk8s, 'import', spec, '--language', 'typescript',
      '--output', k8sOut, '--no-save', '--no-check-upgrade'], { cwd: tmp, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cdk8s import ${folder} failed:\n${r.stdout}\n${r.stderr}`);
    const modules = fs.readdirSync(k8sOut).filter((f) => !before.has(f)).sort();
    if (!modules.length) throw new Error(`cdk8s import ${folder}: no module written (group clash?)\n${r.stdout}`);
    const kinds = r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
    console.log(`crds ${folder}: ${kinds.join(', ')}${dropped.length ? ` (dropped unserved ${dropped.join(', ')})` : ''} -> ${modules.map((m) => `imports/k8s/${m} (${fs.statSync(path.join(k8sOut, m)).size} bytes)`).join(', ')}`);
    readme.push(`| ${modules.map((m) => `\`k8s/${m}\``).join(', ')} | ${files.map((f) => `\`crds/${folder}/${path.basename(f)}\` (sha256 \`${sha256(f).slice(0, 16)}\`)`).join('<br>')} | ${folder} | ${kinds.map((k) => `\`${k}\``).join(', ')}${dropped.length ? ` (left out, not served: ${dropped.join(', ')})` : ''} |`);
  }

  // ---- 3. CRDs the tree installs ---------------------------------------------------------------
  fs.mkdirSync(path.join(stage, 'crds'), { recursive: true });
  for (const [folder, names] of Object.entries(TREE_CRDS)) {
    const files = names.map((n) => path.join(SCHEMA_DIR, 'crds', folder, `${n}.yaml`));
    const crds = files.flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS({ maxAliasCount: -1 })))
      .filter((doc) => doc?.kind === 'CustomResourceDefinition');
    const out = path.join(stage, 'crds', `${folder}.json`);
    fs.writeFileSync(out, `[\n${crds.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
    console.log(`tree crds ${folder}: ${crds.map((c) => c.metadata.name).join(', ')} -> imports/crds/${folder}.json (${fs.statSync(out).size} bytes)`);
    readme.push(`| \`crds/${folder}.json\` | ${files.map((f) => `\`crds/${folder}/${path.basename(f)}\` (sha256 \`${sha256(f).slice(0, 16)}\`)`).join('<br>')} | ${folder} | ${crds.map((c) => `\`${c.metadata.name}\``).join(', ')} (the CustomResourceDefinition objects, for the tree) |`);
  }

  // ---- 4. README, then swap the staged tree into place ---------------------------------------
  const gen = (pkg) => `${pkg} ${require(`${pkg}/package.json`).version}`;
  fs.writeFileSync(path.join(stage, 'README.md'), [
    '# imports/ — generated, do not edit',
    '',
    'Everything in `providers/`, `k8s/` and `crds/` is generated by `npm run import` (`scripts/import.mjs`),',
    'offline, from the pinned schema dir (`schemas/` in this repo, or `$SITEKIT_SCHEMA_DIR`;',
    'see `schemas/SOURCES.md` for upstream repositories, tags and commits). Re-running the',
    'script gives byte-identical output.',
    '',
    `Generators: ${gen('@cdktf/provider-generator')} (Terraform providers, filtered to the`,
    `resources listed), ${gen('cdk8s-cli')} (\`cdk8s import\`, one module per API group); \`crds/\`:`,
    'the CustomResourceDefinitions the tree installs itself, parsed to JSON.',
    '',
    '| output | source file(s) in the schema dir | source / version | contents |',
    '|---|---|---|---|',
    ...readme,
    '',
  ].join('\n'));

  for (const rel of [...PROVIDERS.map((p) => `providers/${p.source.split('/')[1]}`), 'k8s', 'crds', 'README.md']) {
    fs.rmSync(path.join(OUT, rel), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(path.join(OUT, rel)), { recursive: true });
    fs.cpSync(path.join(stage, rel), path.join(OUT, rel), { recursive: true });
  }
  const all = listFiles(OUT);
  const digest = createHash('sha256');
  for (const f of all) digest.update(`${path.relative(OUT, f)}\0${sha256(f)}\n`);
  console.log(`imports/: ${dirStats(OUT)}, tree sha256 ${digest.digest('hex')}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
