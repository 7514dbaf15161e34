/**
 * What the loader's tests share: a small valid site written one entry per line (so positions are
 * easy to check), edits of it, and what loading a text gives.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { ip, loadSite, SiteError, siteJsonSchema } from '../../../site';


export const ROOT = path.join(__dirname, '..', '..', '..');
export const VALID = path.join(__dirname, '..', '..', 'fixtures', 'valid');
export const validFixtures = fs.readdirSync(VALID).filter((f) => f.endsWith('.yaml')).sort();

/** A small valid site, one line per entry so that positions in the tests below are easy to check. */
export const LINES = [
  'name: t', // 1
  'domain: t.example.org', // 2
  'hypervisor:', // 3
  '  kind: libvirt', // 4
  '  host: 10.0.0.2', // 5
  '  pool: { name: t, path: /var/lib/libvirt/images/t }', // 6
  '  bridge: br0', // 7
  'images:', // 8
  '  debian: { os: debian, url: "https://example.org/debian.qcow2" }', // 9
  'networks:', // 10
  '  - { name: lan, kind: bridge, cidr: 10.0.0.0/24 }', // 11
  'nodes:', // 12
  '  - { name: s1, role: server, network: lan, address: 10.0.0.11, cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }', // 13
  '  - { name: a1, role: agent, network: lan, address: 10.0.0.21, cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }', // 14
  'clusters:', // 15
  '  - { name: t, nodes: [s1, a1], k3s: { version: v1.33.5+k3s1 }, gitops: { repository: "https://example.org/t.git" } }', // 16
  'ssh:', // 17
  '  authorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3b2k t"]', // 18
];
export const SITE = `${LINES.join('\n')}\n`;

/** SITE with each `[from, to]` replaced once; fails when `from` is not there. */
export function edit(...edits: [string, string][]): string {
  let text = SITE;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`not in the test site: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** Whether `text` loads. */
export function loads(text: string): boolean {
  try {
    loadSite(text);
    return true;
  } catch (e) {
    if (e instanceof SiteError) return false;
    throw e;
  }
}

/** Whether the site JSON Schema (site.schema.json, for editors) accepts `text`. */
let compiled: ((data: unknown) => boolean) | undefined;
export const jsonSchemaAccepts = (text: string): boolean => {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    ajv.addFormat('cidrv4', { type: 'string', validate: (s: string) => ip.isCidrSyntax(s) });
    compiled = ajv.compile(siteJsonSchema());
  }
  return compiled(parse(text)) as boolean;
};

/** The message of the SiteError that loading `text` throws. */
export function failure(text: string, file = 't.yaml'): string {
  try {
    loadSite(text, file);
  } catch (e) {
    if (e instanceof SiteError) return e.message;
    throw e;
  }
  throw new Error('the site loaded');
}
