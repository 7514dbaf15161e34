/**
 * Entry point for the `cdktf` CLI (`cdktf synth`, see cdktf.json). `npm run synth` does not use
 * it: it builds both apps in one process (synth/synth.ts).
 */
import * as path from 'path';
import { loadSiteFile } from '../site';
import { buildInfra } from './app';
import { TerraformApp } from './tf';

const site = loadSiteFile(process.env.SITE_FILE ?? path.join(__dirname, '..', '..', 'site.yaml')).site;
const app = new TerraformApp();
buildInfra(app, site);
app.synth();
