/**
 * The Intel GPU device plugin and the apps using a GPU: the plugin's DaemonSet only in clusters
 * with an Intel GPU node (the multi-cluster example's gordito), on those nodes only, valid against
 * the Kubernetes types and the same as the upstream deployment pinned in schemas/ where it is not
 * changed on purpose; Jellyfin's GPU limit and group; the policy pack passes.
 */
import { parse } from 'yaml';
import * as path from 'path';
import { synthClusterTree } from '../../cluster/app';
import { INTEL_GPU_HOST_PATHS, INTEL_GPU_SHARED_DEV_NUM } from '../../cluster/components/intel-gpu';
import { INTEL_GPU_PLUGIN } from '../../cluster/versions';
import { loadSiteFile } from '../../site';
import { schemaFile } from '../../site/schema-dir';
import { renderSite } from '../../synth/render';
import { runPolicies } from '../../synth/gates/policy';
import { K8sTypeValidator } from '../support/validators/k8s/k8s-types';
import { objectsOf, ROOT, siteWith, type Obj } from '../support/helpers';
import * as fs from 'fs';

const site = loadSiteFile(path.join(ROOT, 'examples', 'multi-cluster.yaml')).site;
const gordito = objectsOf(synthClusterTree(site, site.clusters.find((c) => c.name === 'gordito')!));
const data = objectsOf(synthClusterTree(site, site.clusters.find((c) => c.name === 'data')!));
const plugin = gordito.find(([, o]) => o.kind === 'DaemonSet' && o.metadata.name === 'intel-gpu-plugin');
const ds = plugin![1];
const pod = ds.spec.template.spec;
const upstream: Obj = parse(fs.readFileSync(schemaFile('deployments/intel-device-plugins-v0.36.0/intel-gpu-plugin.yaml'), 'utf8'));
const upstreamPod = upstream.spec.template.spec;

describe('where the plugin runs', () => {
  it('in gordito (its worker has an Intel GPU), in its own namespace, privileged (host paths) and denying all ingress', () => {
    expect(plugin![0]).toBe('infrastructure/controllers/intel-gpu-plugin/release.yaml');
    const ns = gordito.find(([, o]) => o.kind === 'Namespace' && o.metadata.name === 'intel-gpu-plugin')![1];
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    const deny = gordito.filter(([f, o]) => f.startsWith('infrastructure/controllers/intel-gpu-plugin/') && o.kind === 'NetworkPolicy').map(([, o]) => o.metadata.name);
    expect(deny).toEqual(['default-deny-ingress']);
  });

  it('not in the data cluster, nor in the default site, which have no GPU node', () => {
    expect(data.filter(([f]) => f.includes('intel-gpu-plugin'))).toEqual([]);
    const def = siteWith();
    expect(objectsOf(synthClusterTree(def, def.clusters[0])).filter(([f]) => f.includes('intel-gpu-plugin'))).toEqual([]);
  });

  it('only on nodes labelled sitekit.dev/gpu=intel (k3s sets the label at first boot)', () => {
    expect(pod.nodeSelector).toEqual({ 'sitekit.dev/gpu': 'intel', 'kubernetes.io/arch': 'amd64' });
  });
});

describe('the DaemonSet', () => {
  it('validates against the Kubernetes types', () => {
    const v = new K8sTypeValidator().validate(ds);
    expect(v.known).toBe(true);
    expect(v.errors).toEqual([]);
  });

  it('runs the image of the pinned release, with the shared-device count', () => {
    const [c] = pod.containers;
    expect(c.image).toBe(`${INTEL_GPU_PLUGIN.image}:${INTEL_GPU_PLUGIN.tag}`);
    expect(upstreamPod.containers[0].image).toBe(c.image);
    expect(c.args).toEqual([`-shared-dev-num=${INTEL_GPU_SHARED_DEV_NUM}`]);
  });

  it('mounts what the upstream deployment mounts, read-only where it is, and nothing more', () => {
    const mounts = (p: Obj) => Object.fromEntries(p.containers[0].volumeMounts.map((m: Obj) => [m.name, { mountPath: m.mountPath, readOnly: m.readOnly ?? false }]));
    const volumes = (p: Obj) => Object.fromEntries(p.volumes.map((v: Obj) => [v.name, v.hostPath]));
    expect(mounts(pod)).toEqual(mounts(upstreamPod));
    expect(volumes(pod)).toEqual(volumes(upstreamPod));
    expect(Object.keys(INTEL_GPU_HOST_PATHS).sort()).toEqual(Object.keys(volumes(upstreamPod)).sort());
  });

  it('has the upstream security context, resources, environment and update strategy', () => {
    const [c] = pod.containers;
    const [u] = upstreamPod.containers;
    expect(c.securityContext).toEqual(u.securityContext);
    expect(c.resources).toEqual(u.resources);
    expect(c.env).toEqual(u.env);
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } });
    expect(upstream.spec.updateStrategy.rollingUpdate.maxUnavailable).toBe(1);
    expect(pod.automountServiceAccountToken).toBe(false);
  });
});

describe('apps with gpu: intel', () => {
  const app = (name: string) => gordito.find(([, o]) => o.kind === 'Deployment' && o.metadata.name === name)![1].spec.template.spec;

  it('Jellyfin asks for one Intel GPU in its limits and runs with the video group (GID 44)', () => {
    const jellyfin = app('jellyfin');
    expect(jellyfin.containers[0].resources.limits['gpu.intel.com/i915']).toBe('1');
    expect(jellyfin.containers[0].resources.requests['gpu.intel.com/i915']).toBeUndefined();
    expect(jellyfin.securityContext.supplementalGroups).toEqual([44]);
  });

  it('the other apps ask for no GPU and have no extra group', () => {
    for (const name of ['linkding', 'memos']) {
      expect(Object.keys(app(name).containers[0].resources.limits).sort()).toEqual(['cpu', 'memory']);
      expect(app(name).securityContext.supplementalGroups).toBeUndefined();
    }
  });

  it('a cluster without the GPU node refuses an app asking for one (code composing the tree without the site rules)', () => {
    const noGpu = siteWith((d) => (d.clusters[0].apps = [{ uses: 'web' }]));
    const cluster = { ...noGpu.clusters[0], apps: [{ ...noGpu.clusters[0].apps[0], gpu: 'intel' as const }] };
    expect(() => synthClusterTree(noGpu, cluster)).toThrow('app web/web asks for an intel GPU, but no node of cluster "microcloud" has one');
  });
});

describe('the policy pack', () => {
  it('passes the whole example, the plugin and Jellyfin included', () => {
    const rendered = renderSite(site);
    const { findings } = runPolicies(rendered.files, site.spec.policy.suppressions);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect([...rendered.files.keys()]).toContain('clusters/gordito/infrastructure/controllers/intel-gpu-plugin/release.yaml');
  });
});
