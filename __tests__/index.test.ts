/**
 * The package entry (index.ts): a user's own script synthesizes the site with a stack and cluster
 * objects of its own, through the same gates and the same write as `npm run synth`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { KubeConfigMap, KubeNamespace } from 'cdk8s-plus-28/lib/imports/k8s';
import { type Extensions, SiteStack, synth, TerraformData } from '../index';
import { ROOT } from './support/helpers';

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-index-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(out: string, extensions: Extensions): { code: number; err: string[] } {
  const err: string[] = [];
  const code = synth(['--site', path.join(ROOT, 'site.yaml'), '--out', out, '--quiet'], () => undefined, (s) => err.push(...s.split('\n')), extensions);
  return { code, err };
}

const namespace = (labels: Record<string, string>): Extensions['clusters'] => (_site, cluster, add) =>
  add('apps/tools/notes.yaml', (chart) => {
    new KubeNamespace(chart, 'ns', { metadata: { name: 'tools', labels } });
    new KubeConfigMap(chart, 'notes', { metadata: { name: 'notes', namespace: 'tools' }, data: { cluster: cluster.name } });
  });

test('a stack and cluster objects of your own are written with the site, in its backend and kustomizations', () => {
  const out = path.join(tmp, 'own');
  const r = run(out, {
    infra: (app, site) => {
      const stack = new SiteStack(app, 'extra', { site });
      new TerraformData(stack, 'marker', { triggersReplace: { site: site.name } });
    },
    clusters: namespace({ 'pod-security.kubernetes.io/enforce': 'restricted' }),
  });
  expect(r).toEqual({ code: 0, err: [] });

  const tf = JSON.parse(fs.readFileSync(path.join(out, 'terraform', 'extra', 'cdk.tf.json'), 'utf8'));
  expect(tf.terraform.backend).toEqual({ local: { path: '../../../state/microcloud/extra.tfstate' } });
  expect(tf.resource.terraform_data.marker.triggers_replace).toEqual({ site: 'microcloud' });

  const objects = parseAllDocuments(fs.readFileSync(path.join(out, 'clusters', 'microcloud', 'apps', 'tools', 'notes.yaml'), 'utf8')).map((d) => d.toJS());
  expect(objects.map((o) => `${o.kind} ${o.metadata.name}`)).toEqual(['Namespace tools', 'ConfigMap notes']);
  expect(objects[1].data).toEqual({ cluster: 'microcloud' });
  expect(parse(fs.readFileSync(path.join(out, 'clusters', 'microcloud', 'apps', 'tools', 'kustomization.yaml'), 'utf8')).resources).toEqual(['notes.yaml']);
  // The site's own output is what it is without extensions.
  expect(fs.readFileSync(path.join(out, 'terraform', 'nodes', 'cdk.tf.json'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'dist', 'terraform', 'nodes', 'cdk.tf.json'), 'utf8'));
});

test('objects of your own pass the same policy pack: a namespace without a Pod Security level is refused, nothing written', () => {
  const out = path.join(tmp, 'refused');
  const r = run(out, { clusters: namespace({}) });
  expect(r.code).toBe(1);
  expect(r.err).toContain('    error   k8s/NamespacePodSecurity clusters/microcloud/Namespace/_/tools: Namespaces enforce a Pod Security level (label pod-security.kubernetes.io/enforce): no pod-security.kubernetes.io/enforce label');
  expect(fs.existsSync(out)).toBe(false);
});

test('a cluster extension writes only under apps/<namespace>/ or infrastructure/configs/<namespace>/, and never over a file of the tree', () => {
  const at = (file: string) => run(path.join(tmp, 'bad'), { clusters: (_s, _c, add) => add(file, (chart) => new KubeConfigMap(chart, 'x', { metadata: { name: 'x' } })) });
  expect(at('flux-system/mine.yaml').err[1]).toBe(
    'Error: a cluster extension added "flux-system/mine.yaml": a file of your own goes under apps/<namespace>/ or infrastructure/configs/<namespace>/ and ends in .yaml (not kustomization.yaml)',
  );
  expect(at('apps/tools/kustomization.yaml').code).toBe(2);
  expect(at('infrastructure/configs/site-info.yaml').code).toBe(2);
  const clash = at('infrastructure/configs/cert-manager/cert-manager.yaml');
  expect(clash.err[1]).toBe('Error: a cluster extension added "infrastructure/configs/cert-manager/cert-manager.yaml", which the tree of cluster "microcloud" already has: choose another file name');
  expect(fs.existsSync(path.join(tmp, 'bad'))).toBe(false);
});
