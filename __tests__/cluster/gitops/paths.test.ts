/**
 * How a cluster picks the tree up: every path a Flux Kustomization or an Argo CD Application
 * names exists, at `gitops.path`, in the repository the synthesized output is committed to (and
 * `kubectl kustomize` builds it there).
 */
import * as fs from 'fs';
import * as path from 'path';
import { synthClusterTree } from '../../../cluster/app';
import type { Site } from '../../../site';
import { renderSite } from '../../../synth/render';
import { siteWith, objectsOf, type Obj } from '../../support/helpers';
import { kustomize, SITES, withTmp } from '../../support/gitops';

describe.each(SITES)('%s: the paths an engine follows', (_name, site) => {
  const rendered = renderSite(site);

  it.each(site.clusters.map((c) => c.name))('cluster %s: every Kustomization / Application path exists at gitops.path, and kubectl kustomize builds it there', (name) => {
    const cluster = site.cluster(name);
    const { repository, branch, path: gitopsPath } = cluster.gitops;
    // Where the output directory is in the repository: gitops.path is `<that>/clusters`.
    const prefix = gitopsPath.slice(0, -'clusters'.length);
    const mine = [...rendered.files].filter(([f]) => f.startsWith(`clusters/${name}/`));
    const objects = mine.flatMap(([f]) => (rendered.objects.get(f) ?? []) as Obj[]);
    const followed: string[] = [];
    for (const o of objects) {
      if (o.kind === 'Kustomization' && o.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
        expect(o.spec.path).toMatch(/^\.\//);
        followed.push(o.spec.path.slice(2));
        const source = objects.find((s) => s.kind === o.spec.sourceRef.kind && s.metadata.name === o.spec.sourceRef.name)!;
        expect(source.spec).toMatchObject({ url: repository, ref: { branch } });
      }
      if (o.kind === 'Application' && !o.spec.source.chart) {
        followed.push(o.spec.source.path);
        expect(o.spec.source).toMatchObject({ repoURL: repository, targetRevision: branch });
      }
    }
    // The directory applied by hand at bootstrap syncs itself: Flux's root, Argo CD's app of apps.
    expect(followed).toContain(cluster.gitops.engine === 'argocd' ? `${gitopsPath}/${name}/argocd` : `${gitopsPath}/${name}`);
    withTmp((repo) => {
      for (const [f, text] of mine) {
        const p = path.join(repo, prefix, f);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, text);
      }
      for (const p of followed) {
        expect(fs.existsSync(path.join(repo, p, 'kustomization.yaml')) ? p : `${p}: no kustomization.yaml in the repository`).toBe(p);
        expect(() => kustomize(path.join(repo, p))).not.toThrow();
      }
    });
  });
});

describe('a tree committed inside the repository and one pushed as its own', () => {
  it('derives every path from gitops.path', () => {
    const paths = (s: Site) => objectsOf(synthClusterTree(s, s.clusters[0])).filter(([, o]) => o.kind === 'Kustomization' && o.spec?.path).map(([, o]) => o.spec.path).sort();
    const own = paths(siteWith((d) => (d.clusters[0].gitops.path = 'clusters')));
    const inRepo = paths(siteWith((d) => (d.clusters[0].gitops.path = 'dist/clusters')));
    expect(own).toEqual(['./clusters/microcloud', './clusters/microcloud/apps', './clusters/microcloud/infrastructure/configs', './clusters/microcloud/infrastructure/controllers']);
    expect(inRepo).toEqual(own.map((p) => p.replace('./clusters/', './dist/clusters/')));
  });

  it.each([
    ['/abs/clusters', 'leading slash'],
    ['dist/../clusters', 'a .. segment'],
    ['dist/out', 'not ending in clusters'],
    ['dist/clusters/', 'trailing slash'],
  ])('refuses gitops.path %s (%s)', (bad) => {
    const what = 'a directory of the repository ending in clusters, such as clusters or dist/clusters (letters, digits, . _ - and /)';
    expect(() => siteWith((d) => (d.clusters[0].gitops.path = bad))).toThrow(
      new RegExp(`site\\.yaml:\\d+:\\d+: error: clusters\\[0\\]\\.gitops\\.path: ${JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not ${what.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}; allowed: `),
    );
  });
});
