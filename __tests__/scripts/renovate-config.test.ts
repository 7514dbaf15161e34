/**
 * `.github/renovate.json`: committed as generated, and its regex managers find every pinned version
 * of the repository and nothing else. Each manager is applied as Renovate applies a regex manager
 * (every match string, global and multi-line, over each file its `managerFilePatterns` select; the
 * templates fill what a match does not name), and what it finds is compared with the pins read from
 * the code and from the site files parsed as YAML.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { CHARTS, DDNS_UPDATER, ELASTIC_STACK_VERSION, INTEL_GPU_PLUGIN, REDIS, SYSTEM_UPGRADE } from '../../cluster/versions';
import { FLUX_VERSION } from '../../cluster/flux-install';
import { CATALOG } from '../../site/apps/catalog';
import { COMPONENTS } from '../../site/schema';
import { customManagers, RENOVATE_FILE, renovateText, type CustomManager } from '../../scripts/renovate-config';
import { ROOT } from '../support/helpers';

interface Dep {
  readonly file: string;
  readonly datasource: string;
  readonly depName: string;
  readonly currentValue: string;
  readonly registryUrl?: string;
  readonly currentDigest?: string;
}

const key = (d: Dep) => JSON.stringify([d.file, d.datasource, d.depName, d.currentValue, d.registryUrl ?? '', d.currentDigest ?? '']);

/** A `managerFilePatterns` entry: `/regex/` (all of them here are). */
function filePattern(p: string): RegExp {
  const m = /^\/(.*)\/$/.exec(p);
  if (!m) throw new Error(`${p}: not a /regex/ pattern`);
  return new RegExp(m[1]);
}

/** What one manager extracts from one file's text. */
function extract(manager: CustomManager, file: string, text: string): Dep[] {
  const deps: Dep[] = [];
  for (const source of manager.matchStrings) {
    for (const m of text.matchAll(new RegExp(source, 'gm'))) {
      const g = m.groups ?? {};
      const datasource = manager.datasourceTemplate ?? g.datasource;
      const depName = manager.depNameTemplate ?? g.depName;
      if (!datasource || !depName || !g.currentValue) throw new Error(`${file}: ${manager.description}: a match without datasource, depName or currentValue: ${m[0]}`);
      const registryUrl = manager.registryUrlTemplate ?? g.registryUrl;
      deps.push({ file, datasource, depName, currentValue: g.currentValue, ...(registryUrl ? { registryUrl } : {}), ...(g.currentDigest ? { currentDigest: g.currentDigest } : {}) });
    }
  }
  return deps;
}

/** The repository's files Renovate would read, relative to the root (generated and installed trees left out). */
function repoFiles(): string[] {
  const skip = new Set(['node_modules', 'lib', 'dist', '.git', 'imports', 'reports', '__tests__']);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skip.has(e.name)) walk(r);
      } else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

function extractAll(files: readonly string[], read: (f: string) => string): Dep[] {
  return customManagers().flatMap((m) =>
    files.filter((f) => m.managerFilePatterns.some((p) => filePattern(p).test(f))).flatMap((f) => extract(m, f, read(f))),
  );
}

/** The pins of a site file, read from its YAML: k3s per cluster, components' charts, apps' images. */
function sitePins(file: string): Dep[] {
  const doc = parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as {
    clusters: { k3s: { version: string }; components?: Record<string, { version: string }>; apps?: { image?: string }[] }[];
  };
  return doc.clusters.flatMap((c) => [
    { file, datasource: 'github-releases', depName: 'k3s-io/k3s', currentValue: c.k3s.version },
    ...Object.entries(c.components ?? {}).map(([name, v]) => {
      const pin = CHARTS[name as (typeof COMPONENTS)[number]];
      return { file, datasource: 'helm', depName: pin.chart, currentValue: String(v.version), registryUrl: pin.repository };
    }),
    ...(c.apps ?? []).flatMap((a) => (a.image ? [imageDep(file, a.image)] : [])),
  ]);
}

function imageDep(file: string, image: string): Dep {
  const m = /^(.+?):([^:@/]+)(?:@(sha256:[0-9a-f]{64}))?$/.exec(image);
  if (!m) throw new Error(`${image}: not a pinned image`);
  return { file, datasource: 'docker', depName: m[1], currentValue: m[2], ...(m[3] ? { currentDigest: m[3] } : {}) };
}

describe('.github/renovate.json', () => {
  it('is the current output of scripts/renovate-config.ts (run `npm run renovate-config` after changing a pin\'s place or a component)', () => {
    expect(fs.readFileSync(path.join(ROOT, RENOVATE_FILE), 'utf8')).toBe(renovateText());
  });

  it('finds every pinned version of the repository, and nothing else', () => {
    const files = repoFiles();
    const found = extractAll(files, (f) => fs.readFileSync(path.join(ROOT, f), 'utf8'));
    const siteFiles = files.filter((f) => f === 'site.yaml' || /^examples\/[^/]+\.ya?ml$/.test(f));
    expect(siteFiles).toEqual(expect.arrayContaining(['site.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml']));
    const expected: Dep[] = [
      ...siteFiles.flatMap(sitePins),
      ...Object.values(CHARTS).map((p) => ({ file: 'cluster/versions.ts', datasource: 'helm', depName: p.chart, currentValue: p.version, registryUrl: p.repository })),
      ...[SYSTEM_UPGRADE.controller, SYSTEM_UPGRADE.kubectl, INTEL_GPU_PLUGIN, DDNS_UPDATER, REDIS].map((p) => ({ file: 'cluster/versions.ts', datasource: 'docker', depName: p.image, currentValue: p.tag })),
      { file: 'cluster/versions.ts', datasource: 'docker', depName: 'docker.elastic.co/elasticsearch/elasticsearch', currentValue: ELASTIC_STACK_VERSION },
      { file: 'cluster/flux-install.ts', datasource: 'github-releases', depName: 'fluxcd/flux2', currentValue: FLUX_VERSION },
      ...Object.values(CATALOG).map((a) => imageDep('site/apps/catalog.ts', a.image!)),
      { file: 'scripts/import.mjs', datasource: 'terraform-provider', depName: 'dmacvicar/libvirt', currentValue: '0.9.7' },
      { file: 'scripts/import.mjs', datasource: 'terraform-provider', depName: 'bpg/proxmox', currentValue: '0.111.1' },
    ];
    expect(found.map(key).sort()).toEqual(expected.map(key).sort());
    // The default site pins k3s and ten charts: the comparison above is not between two empty lists.
    expect(found.filter((d) => d.file === 'site.yaml').length).toBeGreaterThanOrEqual(11);
  });

  it('reads a version written as a block, and never takes a later key\'s version for a key without one', () => {
    const text = [
      'clusters:',
      '  - name: a',
      '    k3s:',
      '      version: v1.34.1+k3s2',
      '    components:',
      '      longhorn:',
      '        version: "1.12.1"',
      '      nfs: {}',
      '      traefik: { version: 41.3.0 }',
      '    apps:',
      "      - { name: x, image: 'ghcr.io/acme/x:2.1.0@sha256:" + 'a'.repeat(64) + "' }",
      '      - { name: y, image: debian }',
    ].join('\n');
    const deps = extractAll(['site.yaml'], () => text).map((d) => [d.depName, d.currentValue, d.currentDigest ?? '']);
    expect(deps.sort()).toEqual(
      [
        ['k3s-io/k3s', 'v1.34.1+k3s2', ''],
        ['longhorn', '1.12.1', ''],
        ['traefik', '41.3.0', ''],
        ['ghcr.io/acme/x', '2.1.0', `sha256:${'a'.repeat(64)}`],
      ].sort(),
    );
  });

  it('reads k3s releases as versions of four parts, the +k3sN build the last', () => {
    const k3s = customManagers().find((m) => m.depNameTemplate === 'k3s-io/k3s')!;
    const versioning = new RegExp(k3s.versioningTemplate!.replace(/^regex:/, ''));
    expect(versioning.exec('v1.33.5+k3s1')?.groups).toEqual({ major: '1', minor: '33', patch: '5', build: '1' });
    expect(versioning.test('v1.33.5')).toBe(false);
  });

  it('has a manager for the chart of every component a site can pin', () => {
    const charts = customManagers().filter((m) => m.datasourceTemplate === 'helm').map((m) => m.depNameTemplate);
    expect(charts).toEqual(COMPONENTS.map((c) => CHARTS[c].chart));
  });
});
