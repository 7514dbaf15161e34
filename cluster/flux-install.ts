/**
 * `flux-system/gotk-components.yaml`: the Flux controllers, pinned to one Flux release and built
 * offline from the upstream files pinned in the schema directory (`schemas/flux/<version>/`, the
 * CRDs in `schemas/crds/flux-<controller>-<version>/`; schemas/SOURCES.md lists them).
 *
 * It lays them out the way `flux install` does for its default components (fluxcd/flux2
 * `manifests/install` with the bases of source, kustomize, helm and notification controller):
 * each controller's CRDs and `config/manager` objects with the image tag of its release, its
 * ServiceAccount, the base's labels and JSON patches, then the shared RBAC and NetworkPolicies,
 * the install's labels, image registry and namespace. The controllers' versions are the ones the
 * Flux release's `manifests/bases/<controller>/kustomization.yaml` names.
 *
 * Two additions of sitekit, for the policy pack: the namespace enforces the `restricted` Pod
 * Security level (the controllers meet it), and a default-deny ingress NetworkPolicy sits next to
 * Flux's own allow rules (which admit the same traffic as before: policies add up).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { repoRoot, schemaDir } from '../site/schema-dir';

/** The Flux release the tree installs. */
// renovate: datasource=github-releases depName=fluxcd/flux2
export const FLUX_VERSION = 'v2.9.0';
/** Components of `flux install` by default, in its order. */
export const FLUX_CONTROLLERS = ['source-controller', 'kustomize-controller', 'helm-controller', 'notification-controller'] as const;
export const FLUX_NAMESPACE = 'flux-system';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every YAML document of a pinned file (comments and empty documents dropped). */
function docs(file: string): Obj[] {
  const text = fs.readFileSync(file, 'utf8');
  return parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length) throw new Error(`${file} does not parse as YAML: ${d.errors[0].message}`);
      return d.toJS({ maxAliasCount: -1 }) as Obj | null;
    })
    .filter((o): o is Obj => !!o);
}

const one = (file: string): Obj => docs(file)[0];

/** The version a Flux release installs of a controller (from its base's release-asset URLs). */
export function controllerVersion(controller: string, fluxDir = fluxFolder()): string {
  const k = one(path.join(fluxDir, 'flux2/manifests/bases', controller, 'kustomization.yaml'));
  const m = (k.resources as string[]).map((r) => /\/releases\/download\/(v[^/]+)\//.exec(r)?.[1]).find(Boolean);
  if (!m) throw new Error(`flux ${FLUX_VERSION}: manifests/bases/${controller}/kustomization.yaml names no release of ${controller}`);
  return m;
}

/** `schemas/flux/<version>` of the schema directory. */
export function fluxFolder(): string {
  return path.join(schemaDir(), 'flux', FLUX_VERSION);
}

/** A kustomize LabelTransformer's labels on an object: metadata, and a Deployment's pod template. */
function addLabels(obj: Obj, labels: Record<string, string>): void {
  obj.metadata = { ...obj.metadata, labels: { ...obj.metadata?.labels, ...labels } };
  if (obj.kind === 'Deployment') {
    const t = obj.spec.template;
    t.metadata = { ...t.metadata, labels: { ...t.metadata?.labels, ...labels } };
  }
}

/** The labels a pinned LabelTransformer adds (only the field specs Flux uses: metadata and Deployment pod labels). */
function transformerLabels(file: string): Record<string, string> {
  const t = one(file);
  const specs = (t.fieldSpecs as { path: string; kind?: string }[]).map((s) => `${s.kind ?? ''}:${s.path}`).sort();
  if (t.kind !== 'LabelTransformer' || specs.join() !== ':metadata/labels,Deployment:spec/template/metadata/labels') {
    throw new Error(`${file}: a label transformer with other field specs than Flux ${FLUX_VERSION}'s; the generator needs updating for it`);
  }
  return t.labels;
}

/** RFC 6902 `add` (the only operation Flux's patches use), on plain data. */
function jsonPatchAdd(target: Obj, op: { op: string; path: string; value: unknown }, where: string): void {
  if (op.op !== 'add') throw new Error(`${where}: JSON patch operation ${op.op} is not supported (only add)`);
  const keys = op.path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop()!;
  let node: any = target; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const k of keys) {
    node = Array.isArray(node) ? node[Number(k)] : node?.[k];
    if (node === undefined || node === null) throw new Error(`${where}: JSON patch path ${op.path} does not exist`);
  }
  if (Array.isArray(node)) node.splice(last === '-' ? node.length : Number(last), 0, op.value);
  else node[last] = op.value;
}

/** A kustomize `images` entry applied to every container whose image is `name` (with or without a tag). */
function setImage(obj: Obj, image: { name: string; newName?: string; newTag?: string }): void {
  for (const c of obj.spec?.template?.spec?.containers ?? []) {
    const [name, tag] = String(c.image).split(':');
    if (name !== image.name) continue;
    c.image = `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ''}`;
  }
}

/** The objects a kustomization's `resources` list (files only), read from `dir`. */
function resourcesOf(dir: string): Obj[] {
  const k = one(path.join(dir, 'kustomization.yaml'));
  return (k.resources as string[]).flatMap((r) => docs(path.join(dir, r)));
}

/** Kinds without a namespace, among those the Flux install has. */
const CLUSTER_SCOPED = new Set(['Namespace', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding']);
/** kustomize's order of kinds for apply (the ones the Flux install has); other kinds after these, by name. */
const KIND_ORDER = ['Namespace', 'ResourceQuota', 'CustomResourceDefinition', 'ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Service', 'Deployment'];
const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

/** The objects of `flux install` for the default components, as upstream lays them out (no sitekit additions). */
export function fluxInstallObjects(fluxDir = fluxFolder(), crdDir = path.join(schemaDir(), 'crds')): Obj[] {
  const manifests = path.join(fluxDir, 'flux2/manifests');
  const install = one(path.join(manifests, 'install/kustomization.yaml'));
  const images = install.images as { name: string; newName?: string; newTag?: string }[];
  const objects: Obj[] = [...docs(path.join(manifests, 'install/namespace.yaml'))];
  for (const c of FLUX_CONTROLLERS) {
    const version = controllerVersion(c, fluxDir);
    const crdList = one(path.join(fluxDir, c, 'config/crd/kustomization.yaml')).resources as string[];
    const crds = crdList.flatMap((r) => docs(path.join(crdDir, `flux-${c}-${version}`, path.basename(r))));
    const managerDir = path.join(fluxDir, c, 'config/manager');
    const manager = resourcesOf(managerDir);
    const managerImages = one(path.join(managerDir, 'kustomization.yaml')).images as { name: string; newName?: string; newTag?: string }[];
    for (const o of manager) for (const i of managerImages) setImage(o, i);
    const tag = managerImages[0]?.newTag;
    if (tag !== version) throw new Error(`flux ${FLUX_VERSION}: ${c} config/manager pins image tag ${tag}, the release installs ${version}: pin the files of ${c} ${version}`);
    const base = path.join(manifests, 'bases', c);
    const baseObjects = [...crds, ...manager, ...docs(path.join(base, 'account.yaml'))];
    const labels = transformerLabels(path.join(base, 'labels.yaml'));
    for (const o of baseObjects) addLabels(o, labels);
    const deployment = baseObjects.find((o) => o.kind === 'Deployment' && o.metadata.name === c);
    if (!deployment) throw new Error(`flux ${FLUX_VERSION}: ${c} has no Deployment named ${c}`);
    for (const op of one(path.join(base, 'patch.yaml')) as unknown as { op: string; path: string; value: unknown }[]) jsonPatchAdd(deployment, op, `flux ${FLUX_VERSION} bases/${c}/patch.yaml`);
    objects.push(...baseObjects);
  }
  objects.push(...resourcesOf(path.join(manifests, 'rbac')), ...resourcesOf(path.join(manifests, 'policies')));
  const labels = transformerLabels(path.join(manifests, 'install/labels.yaml'));
  for (const o of objects) {
    addLabels(o, labels);
    for (const i of images) setImage(o, i);
    if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = install.namespace;
  }
  const key = (o: Obj) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  return objects.sort((a, b) => rank(a.kind) - rank(b.kind) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * {@link fluxInstallObjects}, built once by `npm run import` (a pure function of pinned files) and
 * committed as generated data, so that a synth reads 180 KB of JSON instead of building the
 * install from ~1 MB of YAML. A test checks it against a fresh build.
 */
export const FLUX_INSTALL_FILE = path.join(repoRoot(), 'imports', 'flux', `install-${FLUX_VERSION}.json`);

/** The text of FLUX_INSTALL_FILE for the objects of a fresh build: stable, one object per line. */
export function fluxInstallText(objects: readonly Obj[] = fluxInstallObjects()): string {
  return `[\n${objects.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`;
}

let cached: string | undefined;

/**
 * The objects of `flux-system/gotk-components.yaml`: the generated install (FLUX_INSTALL_FILE) with
 * sitekit's two additions (see the module comment). A fresh copy on every call (the tree's objects
 * may be edited).
 */
export function fluxComponents(defaultDeny: Obj): Obj[] {
  cached ??= fs.readFileSync(FLUX_INSTALL_FILE, 'utf8');
  const objects = JSON.parse(cached) as Obj[];
  const ns = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === FLUX_NAMESPACE)!;
  ns.metadata.labels = { ...ns.metadata.labels, 'pod-security.kubernetes.io/enforce': 'restricted' };
  return [...objects, defaultDeny];
}

/** `node lib/cluster/flux-install.js --write` (run by `npm run import`): writes FLUX_INSTALL_FILE. */
if (require.main === module && process.argv.includes('--write')) {
  fs.mkdirSync(path.dirname(FLUX_INSTALL_FILE), { recursive: true });
  fs.writeFileSync(FLUX_INSTALL_FILE, fluxInstallText());
  console.log(`${path.relative(process.cwd(), FLUX_INSTALL_FILE)}: the Flux ${FLUX_VERSION} install, built from the pinned files`);
}
