/**
 * The batched cloud-init checks (cloud-init.ts: one Python process for many documents) against the
 * single command, document by document. In the slow tier: it runs cloud-init's CLI once per document.
 */
import { checkCloudConfig, checkNetworkConfig, withTools } from './bootstrap';
import { checkCloudConfigs, checkNetworkConfigs } from './cloud-init';

describe('the batched cloud-init', () => {
  withTools(it, ['cloud-init'])('the batched cloud-init (one process) judges each document as the single command does, in order', () => {
    const userData = ['#cloud-config\nssh_pwauth: "no"\n', '#cloud-config\nssh_pwauth: false\n', 'not: [cloud-config\n'];
    expect(checkCloudConfigs(userData).map((r) => r.ok)).toEqual(userData.map((u) => checkCloudConfig(u).ok));
    expect(checkCloudConfigs(userData).map((r) => r.ok)).toEqual([false, true, false]);
    const doc = 'version: 2\nethernets:\n  ens3:\n    addresses: [10.0.0.2/24]\n    routes:\n      - to: default\n        via: 10.0.0.1\n';
    const docs = [doc, doc.replace('to: default', 'to: 0.0.0.0/0'), 'version: 2\nethernets:\n  ens3:\n    addresses: [300.1.2.3/24]\n'];
    const jobs = [{ text: docs[0], renderer: 'eni' as const }, { text: docs[1], renderer: 'eni' as const }, { text: docs[1], renderer: 'networkd' as const }, { text: docs[2], renderer: 'networkd' as const }];
    const batched = checkNetworkConfigs(jobs);
    const single = jobs.map((j) => checkNetworkConfig(j.text, j.renderer));
    expect(batched.map((r) => [r.ok, r.files])).toEqual(single.map((r) => [r.ok, r.files]));
    expect(batched.map((r) => r.ok)).toEqual([false, true, true, false]);
  });
});
