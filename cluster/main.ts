/**
 * Entry point for the `cdk8s` CLI (`cdk8s synth`, see cdk8s.yaml): one chart per file of every
 * cluster's tree, in the CLI's output directory. `npm run synth` does not use it: it builds both
 * apps in one process and writes the GitOps tree itself (synth/synth.ts).
 */
import * as path from 'path';
import { ApiObject, ApiObjectProps, App, Chart } from 'cdk8s';
import { loadSiteFile } from '../site';
import { synthClusters } from './app';

const site = loadSiteFile(process.env.SITE_FILE ?? path.join(__dirname, '..', '..', 'site.yaml')).site;
const app = new App();
for (const [cluster, tree] of synthClusters(site)) {
  for (const [file, objects] of tree) {
    if (file.endsWith('kustomization.yaml')) continue;
    const chart = new Chart(app, `${cluster}-${file.replace(/\.yaml$/, '').replace(/[^a-z0-9]+/g, '-')}`);
    objects.forEach((o, i) => new ApiObject(chart, `o${i}`, o as unknown as ApiObjectProps));
  }
}
app.synth();
