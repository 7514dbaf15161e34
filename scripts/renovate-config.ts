/**
 * `npm run renovate-config`: writes `.github/renovate.json`, Renovate's configuration for this
 * repository and for the copies users keep of it. A test keeps it in step with the code.
 *
 * What it finds, each with a custom regex manager (Renovate's own managers cover package.json):
 * - in the site files (`site.yaml`, `examples/*.yaml`): every cluster's `k3s.version`, every
 *   component's `components.<name>.version` (the chart it pins, from `CHARTS`), and every app image
 *   pinned in the site (`image: repo:tag[@sha256:...]`);
 * - in the code: the pins annotated `// renovate: datasource=... depName=...` on the line above
 *   (`cluster/versions.ts` and any module that pins that way), the built-in apps' images
 *   (`site/apps/catalog.ts`), and the Terraform providers the bindings are generated from
 *   (`scripts/import.mjs`).
 *
 * Grouped by the layer an update lands in: the nodes (k3s), the infrastructure layers (charts and
 * the images pinned beside them), the apps (images), and what needs regenerated files first (the
 * Terraform providers and Flux: their schemas and bindings are pinned in the repository), which waits
 * for approval on the Dependency Dashboard.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CHARTS } from '../cluster/versions';
import { COMPONENTS } from '../site/schema';

/** Where the configuration lives, relative to the repository root. */
export const RENOVATE_FILE = '.github/renovate.json';

/** The site files Renovate reads (a site kept under another name needs its pattern added here). */
export const SITE_FILE_PATTERNS = ['/(^|/)site\\.ya?ml$/', '/^examples/[^/]+\\.ya?ml$/'] as const;

/** k3s releases: `v1.33.5+k3s1`; the `+k3sN` build is a version part of its own. */
const K3S_VERSIONING = 'regex:^v(?<major>\\d+)\\.(?<minor>\\d+)\\.(?<patch>\\d+)\\+k3s(?<build>\\d+)$';

/** A value as YAML may write it: bare or quoted. */
const quoted = (group: string): string => `["']?(?<${group}>[^\\s,"'}]+)["']?`;

/**
 * The two ways a site writes `<key>: {version: X}`: in braces (`metallb: { version: 0.16.1 }`), or as
 * a block whose first line is the version (so a `version:` of a later key is never taken for it).
 */
function versionOf(key: string, value = quoted('currentValue')): string[] {
  return [`\\b${key}:\\s*\\{[^}]*?\\bversion:\\s*${value}`, `\\b${key}:[ \\t]*\\n[ \\t]+version:[ \\t]*${value}`];
}

/** An image reference pinned by tag, with an optional digest (the site's PINNED_IMAGE). */
const IMAGE =
  '(?<depName>[a-z0-9][a-z0-9._-]*(?::\\d{1,5})?(?:/[a-z0-9][a-z0-9._-]*)*):(?<currentValue>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})(?:@(?<currentDigest>sha256:[0-9a-f]{64}))?';

export interface CustomManager {
  readonly customType: 'regex';
  readonly description: string;
  readonly managerFilePatterns: readonly string[];
  readonly matchStrings: readonly string[];
  readonly datasourceTemplate?: string;
  readonly depNameTemplate?: string;
  readonly registryUrlTemplate?: string;
  readonly versioningTemplate?: string;
}

export function customManagers(): CustomManager[] {
  const k3s: CustomManager = {
    customType: 'regex',
    description: 'k3s release of each cluster in the site files (clusters[].k3s.version)',
    managerFilePatterns: SITE_FILE_PATTERNS,
    matchStrings: versionOf('k3s', '["\']?(?<currentValue>v\\d+\\.\\d+\\.\\d+\\+k3s\\d+)["\']?'),
    datasourceTemplate: 'github-releases',
    depNameTemplate: 'k3s-io/k3s',
    versioningTemplate: K3S_VERSIONING,
  };
  const components = COMPONENTS.map((name): CustomManager => {
    const pin = CHARTS[name];
    return {
      customType: 'regex',
      description: `chart of components.${name} in the site files`,
      managerFilePatterns: SITE_FILE_PATTERNS,
      matchStrings: versionOf(name),
      datasourceTemplate: 'helm',
      depNameTemplate: pin.chart,
      registryUrlTemplate: pin.repository,
    };
  });
  const siteImages: CustomManager = {
    customType: 'regex',
    description: 'images of the apps in the site files (clusters[].apps[].image)',
    managerFilePatterns: SITE_FILE_PATTERNS,
    matchStrings: [`\\bimage:[ \\t]*["']?${IMAGE}`],
    datasourceTemplate: 'docker',
  };
  const annotated: CustomManager = {
    customType: 'regex',
    description: 'pins in the code annotated with a `// renovate:` comment on the line above',
    managerFilePatterns: ['/^(site|infra|cluster|synth|ansible)/.+\\.ts$/'],
    matchStrings: [
      "// renovate: datasource=(?<datasource>\\S+) depName=(?<depName>\\S+)(?: registryUrl=(?<registryUrl>\\S+))?\\n[^\\n]*?(?:[A-Za-z_]\\w*:|=)[ \\t]*'(?<currentValue>[^']+)'",
    ],
  };
  const catalog: CustomManager = {
    customType: 'regex',
    description: 'images of the built-in apps',
    managerFilePatterns: ['/^site/apps/catalog\\.ts$/'],
    matchStrings: [`\\bimage: '${IMAGE}'`],
    datasourceTemplate: 'docker',
  };
  const providers: CustomManager = {
    customType: 'regex',
    description: 'Terraform providers the bindings in imports/ are generated from',
    managerFilePatterns: ['/^scripts/import\\.mjs$/'],
    matchStrings: ["source: '(?<depName>[a-z0-9-]+/[a-z0-9-]+)', version: '(?<currentValue>[^']+)'"],
    datasourceTemplate: 'terraform-provider',
  };
  return [k3s, ...components, siteImages, annotated, catalog, providers];
}

/** The committed configuration. */
export function renovateConfig(): Record<string, unknown> {
  return {
    $schema: 'https://docs.renovatebot.com/renovate-schema.json',
    description: `Generated by \`npm run renovate-config\` (scripts/renovate-config.ts); do not edit by hand.`,
    extends: ['config:recommended', ':dependencyDashboard'],
    timezone: 'Etc/UTC',
    schedule: ['before 6am on monday'],
    labels: ['dependencies'],
    customManagers: customManagers(),
    packageRules: [
      {
        description: 'Nodes: k3s, one minor release at a time (Kubernetes upgrades one minor version per step); the system-upgrade-controller rolls it out (docs/day2.md)',
        matchDepNames: ['k3s-io/k3s'],
        groupName: 'k3s',
        separateMultipleMinor: true,
        prBodyNotes: ['Synthesize and read the change report: a k3s bump changes the Plans of each cluster and replaces no VM.'],
      },
      {
        description: 'Infrastructure layers: the charts in cluster/versions.ts and the site, and the images pinned beside them, minor and patch together',
        matchDatasources: ['helm'],
        matchUpdateTypes: ['minor', 'patch'],
        groupName: 'infrastructure charts',
      },
      {
        description: 'Major chart releases: one pull request each (a chart pinned in the code and in a site file is one dependency, bumped in both)',
        matchDatasources: ['helm'],
        matchUpdateTypes: ['major'],
        prBodyNotes: ['A major chart release: check its values and CRDs against the pinned schemas in `schemas/` (update them with the pin).'],
      },
      {
        description: 'Apps: the images of the built-in apps and of the apps in the site',
        matchFileNames: ['site/apps/catalog.ts', 'site.yaml', 'examples/*.yaml'],
        matchDatasources: ['docker'],
        groupName: 'apps',
      },
      {
        description: 'The images pinned in cluster/versions.ts belong to the infrastructure layers',
        matchFileNames: ['cluster/**'],
        matchDatasources: ['docker'],
        groupName: 'infrastructure charts',
      },
      {
        description: 'Terraform providers and Flux: their schemas and bindings are pinned in the repository, so a bump needs regenerated files (npm run import) first',
        matchDatasources: ['terraform-provider'],
        dependencyDashboardApproval: true,
        prBodyNotes: ['Add the provider schema of the new version to `schemas/terraform/`, point `scripts/import.mjs` at it and run `npm run import` in this branch.'],
      },
      {
        description: 'Flux: the tree installs the manifests of the pinned release, kept in schemas/flux/<version>',
        matchDepNames: ['fluxcd/flux2'],
        dependencyDashboardApproval: true,
        prBodyNotes: ['Add the release\'s manifests as `schemas/flux/<version>/` and run `npm run import` in this branch.'],
      },
    ],
  };
}

/** The committed text of `.github/renovate.json`. */
export function renovateText(): string {
  return `${JSON.stringify(renovateConfig(), null, 2)}\n`;
}

if (require.main === module) {
  const file = path.join(__dirname, '..', '..', RENOVATE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renovateText());
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
