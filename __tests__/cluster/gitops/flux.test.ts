/**
 * Flux: its own install (`gotk-components.yaml`) is what kustomize makes of the pinned Flux release,
 * with the CRDs the validators use; flux-system/ is written by the synth or by `flux bootstrap`, never by both.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { controllerVersion, FLUX_CONTROLLERS, FLUX_INSTALL_FILE, FLUX_VERSION, fluxFolder, fluxInstallObjects, fluxInstallText } from '../../../cluster/flux-install';
import { synthClusterTree } from '../../../cluster/app';
import { CrdValidator } from '../../support/validators/k8s/crd';
import { K8sTypeValidator } from '../../support/validators/k8s/k8s-types';
import { schemaDir } from '../../../site/schema-dir';
import { siteWith, objectsOf, type Obj } from '../../support/helpers';
import { canon, id, kustomize, withTmp, yamlDocs } from '../../support/gitops';

describe(`Flux ${FLUX_VERSION} install (flux-system/gotk-components.yaml)`, () => {
  const objects = fluxInstallObjects();

  it('is committed as generated data (imports/flux) equal to a fresh build of the pinned files: run npm run import after a pin changes', () => {
    expect(fs.readFileSync(FLUX_INSTALL_FILE, 'utf8')).toBe(fluxInstallText(objects));
  });

  it('is what kubectl kustomize makes of the pinned fluxcd/flux2 manifests/install for the default components', () => {
    const built = withTmp((dir) => {
      const flux = fluxFolder();
      fs.cpSync(flux, dir, { recursive: true });
      for (const c of FLUX_CONTROLLERS) {
        const v = controllerVersion(c);
        // The release assets <c>.crds.yaml and <c>.deployment.yaml are `kustomize build` of config/crd and config/manager.
        fs.cpSync(path.join(schemaDir(), 'crds', `flux-${c}-${v}`), path.join(dir, c, 'config/crd/bases'), { recursive: true });
        const base = path.join(dir, 'flux2/manifests/bases', c);
        fs.writeFileSync(path.join(base, 'crds.yaml'), execFileSync('kubectl', ['kustomize', path.join(dir, c, 'config/crd')], { encoding: 'utf8', maxBuffer: 64 << 20 }));
        fs.writeFileSync(path.join(base, 'deployment.yaml'), execFileSync('kubectl', ['kustomize', path.join(dir, c, 'config/manager')], { encoding: 'utf8' }));
        const k = path.join(base, 'kustomization.yaml');
        const text = fs.readFileSync(k, 'utf8');
        const local = text.replace(/https:\/\/\S+\/(\S+)\.(crds|deployment)\.yaml/g, '$2.yaml');
        expect(local).not.toBe(text);
        fs.writeFileSync(k, local);
      }
      // Only the default components of `flux install`.
      const install = path.join(dir, 'flux2/manifests/install/kustomization.yaml');
      const k = parse(fs.readFileSync(install, 'utf8'));
      k.resources = k.resources.filter((r: string) => !r.startsWith('../bases/') || FLUX_CONTROLLERS.some((c) => r === `../bases/${c}`));
      fs.writeFileSync(install, JSON.stringify(k));
      return kustomize(path.join(dir, 'flux2/manifests/install'));
    });
    expect(objects.map(id)).toEqual(built.map(id));
    const mine = new Map(objects.map((o) => [id(o), canon(o)]));
    expect(built.filter((o) => mine.get(id(o)) !== canon(o)).map(id)).toEqual([]);
    expect(objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort()).toEqual([...FLUX_CONTROLLERS].sort());
  });

  it('runs each controller at the version the Flux release names, and installs the CRDs the validators check the tree against', () => {
    const crds = new CrdValidator();
    for (const c of FLUX_CONTROLLERS) {
      const v = controllerVersion(c);
      const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === c)!;
      expect(deployment.spec.template.spec.containers[0].image).toBe(`ghcr.io/fluxcd/${c}:${v}`);
      const folder = path.join(schemaDir(), 'crds', `flux-${c}-${v}`);
      for (const file of fs.readdirSync(folder)) {
        for (const crd of yamlDocs(fs.readFileSync(path.join(folder, file), 'utf8'))) {
          const installed = objects.find((o) => o.kind === 'CustomResourceDefinition' && o.metadata.name === crd.metadata.name)!;
          expect(canon(installed.spec)).toBe(canon(crd.spec));
          const stored = crd.spec.versions.find((x: Obj) => x.storage).name;
          // The tree's objects of this kind are validated against this very file.
          expect(crds.source({ apiVersion: `${crd.spec.group}/${stored}`, kind: crd.spec.names.kind })).toBe(`flux-${c}-${v}/${file}`);
        }
      }
    }
  });
});
/**
 * The files `flux bootstrap git --path=<dir>` (Flux v2.9.0) writes into the clone, as fluxcd/flux2
 * pkg/bootstrap/bootstrap_plain_git.go does: `<dir>/flux-system/gotk-components.yaml` (the install,
 * behind a generated-by header), `gotk-sync.yaml` (pkg/manifestgen/sync: a GitRepository with the
 * deploy-key Secret, the Kustomization `flux-system` of `./<dir>`), and `kustomization.yaml` only
 * when there is none (pkg/manifestgen/kustomization: the manifests found in flux-system/).
 */
function fluxBootstrap(repo: string, dir: string, url: string, branch: string): string[] {
  const fluxDir = path.join(repo, dir, 'flux-system');
  fs.mkdirSync(fluxDir, { recursive: true });
  const header = `---\n# This manifest was generated by flux. DO NOT EDIT.\n# Flux Version: ${FLUX_VERSION}\n# Components: ${FLUX_CONTROLLERS.join(',')}\n`;
  fs.writeFileSync(path.join(fluxDir, 'gotk-components.yaml'), header + fluxInstallObjects().map((o) => `---\n${JSON.stringify(o)}\n`).join(''));
  fs.writeFileSync(
    path.join(fluxDir, 'gotk-sync.yaml'),
    [
      '# This manifest was generated by flux. DO NOT EDIT.',
      '---',
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: GitRepository',
      'metadata:',
      '  name: flux-system',
      '  namespace: flux-system',
      'spec:',
      '  interval: 1m0s',
      '  ref:',
      `    branch: ${branch}`,
      '  secretRef:',
      '    name: flux-system',
      `  url: ${url}`,
      '---',
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      '  name: flux-system',
      '  namespace: flux-system',
      'spec:',
      '  interval: 10m0s',
      `  path: ./${dir}`,
      '  prune: true',
      '  sourceRef:',
      '    kind: GitRepository',
      '    name: flux-system',
      '',
    ].join('\n'),
  );
  const written = ['gotk-components.yaml', 'gotk-sync.yaml'];
  if (!fs.existsSync(path.join(fluxDir, 'kustomization.yaml'))) {
    const found = fs.readdirSync(fluxDir).filter((f) => /\.ya?ml$/.test(f)).sort();
    fs.writeFileSync(path.join(fluxDir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${found.map((f) => `- ${f}\n`).join('')}`);
    written.push('kustomization.yaml');
  }
  return written.map((f) => path.posix.join(dir, 'flux-system', f));
}

describe('flux-system/: the files flux bootstrap writes, by the synth or by bootstrap, never by both', () => {
  const tree = synthClusterTree(siteWith(), siteWith().clusters[0]);

  it('gitops.bootstrap tree (default): the synth writes exactly the three files bootstrap writes there, with the same sync objects, and the layers beside them', () => {
    expect([...tree.keys()].filter((f) => f.startsWith('flux-system/')).sort()).toEqual(['flux-system/gotk-components.yaml', 'flux-system/gotk-sync.yaml', 'flux-system/kustomization.yaml']);
    expect(tree.get('flux-system/kustomization.yaml')![0]).toMatchObject({ resources: ['gotk-components.yaml', 'gotk-sync.yaml'] });
    expect(tree.get('kustomization.yaml')![0]).toMatchObject({ resources: ['apps.yaml', 'flux-system', 'infrastructure.yaml'] });
    expect(objectsOf(tree).filter(([f, o]) => o.kind === 'Kustomization' && f !== 'flux-system/gotk-sync.yaml').map(([f, o]) => `${f}: ${o.metadata.name}`)).toEqual([
      'infrastructure.yaml: infra-controllers',
      'infrastructure.yaml: infra-configs',
      'apps.yaml: apps',
    ]);
    const sync = tree.get('flux-system/gotk-sync.yaml') as Obj[];
    expect(sync.map(id)).toEqual(['GitRepository/flux-system/flux-system', 'Kustomization/flux-system/flux-system']);
    // What bootstrap would write for the same --path (its own URL form and intervals aside).
    const theirs = withTmp((repo) => {
      fluxBootstrap(repo, 'dist/clusters/microcloud', 'ssh://git@example.org/site.git', 'main');
      return yamlDocs(fs.readFileSync(path.join(repo, 'dist/clusters/microcloud/flux-system/gotk-sync.yaml'), 'utf8'));
    });
    expect(sync[1].spec).toEqual({ ...theirs[1].spec, interval: '10m' });
    const components = tree.get('flux-system/gotk-components.yaml') as Obj[];
    expect(components.filter((o) => o.kind === 'Deployment').map((o) => o.spec.template.spec.containers[0].image).sort()).toEqual(
      FLUX_CONTROLLERS.map((c) => `ghcr.io/fluxcd/${c}:${controllerVersion(c)}`).sort(),
    );
  });

  it('adds to Flux only what the policy pack needs: the restricted Pod Security level and a default-deny ingress policy', () => {
    const components = tree.get('flux-system/gotk-components.yaml') as Obj[];
    const upstream = new Map(fluxInstallObjects().map((o) => [id(o), canon(o)]));
    const changed = components.filter((o) => upstream.get(id(o)) !== canon(o));
    expect(changed.map(id)).toEqual(['Namespace//flux-system', 'NetworkPolicy/flux-system/default-deny-ingress']);
    expect(changed[0].metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(changed[1].spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
  });

  it('every object of the install validates: core types and CRDs as Kubernetes objects, the sync objects against the pinned CRDs', () => {
    const core = new K8sTypeValidator();
    const crds = new CrdValidator();
    const problems = [...(tree.get('flux-system/gotk-components.yaml') as Obj[]), ...(tree.get('flux-system/gotk-sync.yaml') as Obj[])].flatMap((o) => {
      const c = crds.validate(o);
      const k = core.validate(o);
      if (!c.known && !k.known) return [`${id(o)}: unknown kind`];
      return [...c.errors, ...k.errors].map((e) => `${id(o)}: ${e}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('gitops.bootstrap flux: flux bootstrap owns flux-system/, the synth the rest', () => {
  const site = siteWith((d) => (d.clusters[0].gitops = { ...d.clusters[0].gitops, repository: 'ssh://git@example.org/site.git', path: 'dist/clusters', bootstrap: 'flux' }));
  const tree = synthClusterTree(site, site.clusters[0]);

  it('the synth writes nothing in flux-system/; after bootstrap the cluster directory builds with its sync objects and the layers, every path there', () => {
    expect([...tree.keys()].filter((f) => f.startsWith('flux-system/'))).toEqual([]);
    withTmp((repo) => {
      const mine = [...tree].map(([f, objs]) => {
        const p = path.posix.join('dist/clusters/microcloud', f);
        fs.mkdirSync(path.join(repo, path.dirname(p)), { recursive: true });
        fs.writeFileSync(path.join(repo, p), objs.map((o) => `---\n${JSON.stringify(o)}\n`).join(''));
        return p;
      });
      const theirs = fluxBootstrap(repo, 'dist/clusters/microcloud', site.clusters[0].gitops.repository, 'main');
      // Neither undoes the other: no file is written by both.
      expect(theirs.filter((f) => mine.includes(f))).toEqual([]);
      expect(theirs).toContain('dist/clusters/microcloud/flux-system/kustomization.yaml');
      const built = kustomize(path.join(repo, 'dist/clusters/microcloud'));
      const ks = built.filter((o) => o.kind === 'Kustomization');
      expect(ks.map((o) => o.metadata.name).sort()).toEqual(['apps', 'flux-system', 'infra-configs', 'infra-controllers']);
      for (const k of ks) expect(fs.existsSync(path.join(repo, k.spec.path, 'kustomization.yaml')) ? k.spec.path : `${k.spec.path} missing`).toBe(k.spec.path);
      expect(built.filter((o) => o.kind === 'GitRepository').map((o) => o.spec.url)).toEqual([site.clusters[0].gitops.repository]);
      expect(built.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort()).toEqual([...FLUX_CONTROLLERS].sort());
    });
  });

  it('is refused with engine argocd', () => {
    expect(() => siteWith((d) => (d.clusters[0].gitops = { ...d.clusters[0].gitops, engine: 'argocd', bootstrap: 'flux' }))).toThrow(
      /site\.yaml:\d+:\d+: error: clusters\[0\]\.gitops\.bootstrap: gitops\.bootstrap is flux, but cluster "microcloud" runs argocd; allowed: bootstrap: flux only with engine: flux \(Argo CD is installed by the tree\); fix: remove gitops\.bootstrap, or set engine: flux/,
    );
  });
});
