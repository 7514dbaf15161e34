/**
 * The change report on recorded pairs of sites: a base site and the same site with one edit (a
 * worker added, k3s bumped, an app added, a node renamed with and without `changes.renames`, a
 * Proxmox VM given more memory), both synthesized here, compared and formatted. The snapshots are
 * the reports a pull request with that edit gets.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { clusterRules } from '../../../cluster/site-rules';
import { loadSiteFile } from '../../../site';
import { loadBehaviour } from '../../../synth/diff/behaviour';
import { compareOutputs } from '../../../synth/diff/compare';
import { formatReport } from '../../../synth/diff/markdown';
import { renderSite } from '../../../synth/render';

const REPO = path.join(__dirname, '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-diff-pairs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A site file and its synthesized output. */
function synth(file: string) {
  const { site } = loadSiteFile(file, { rules: clusterRules() });
  return { site, files: renderSite(site).files };
}

/** The base site with each [text, replacement] edit made once (each text must be in it). */
function edited(base: string, name: string, edits: readonly (readonly [string, string])[]): string {
  let text = fs.readFileSync(path.join(REPO, base), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${base} has no ${JSON.stringify(from)}: update the pair ${name}`);
    text = text.replace(from, to);
  }
  const file = path.join(tmp, `${name}.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

const WORKER4 = `  - { name: worker4, role: agent, network: kube03, address: 10.17.4.28, cpu: 4, memoryMiB: 8192, image: flatcar,
      disks: [{ name: os, sizeGiB: 40, purpose: os }, { name: longhorn, sizeGiB: 100, purpose: longhorn }] }
`;
const RENAME: [string, string][] = [
  ['name: worker3,', 'name: worker9,'],
  ['worker2, worker3,', 'worker2, worker9,'],
];

const PAIRS: readonly { name: string; base: string; edits: readonly (readonly [string, string])[] }[] = [
  { name: 'worker-added', base: 'site.yaml', edits: [['  - { name: storage1,', `${WORKER4}  - { name: storage1,`], ['worker3, storage1]', 'worker3, worker4, storage1]']] },
  { name: 'k3s-bumped', base: 'site.yaml', edits: [['k3s: { version: v1.33.5+k3s1 }', 'k3s: { version: v1.33.6+k3s1 }']] },
  { name: 'app-added', base: 'site.yaml', edits: [['      - { uses: socialdevs-frontend, host: socialdevs.site }\n', '      - { uses: socialdevs-frontend, host: socialdevs.site }\n      - { uses: linkding, internalHost: linkding.socialdevs.site }\n']] },
  { name: 'node-renamed', base: 'site.yaml', edits: [...RENAME, ['\nssh:\n', '\nchanges:\n  renames: [{ node: worker3, to: worker9 }]\n\nssh:\n']] },
  { name: 'node-renamed-undeclared', base: 'site.yaml', edits: RENAME },
  { name: 'proxmox-memory', base: 'examples/proxmox-minimal.yaml', edits: [['address: 192.168.1.22, cpu: 2, memoryMiB: 4096', 'address: 192.168.1.22, cpu: 2, memoryMiB: 8192']] },
];

const behaviour = loadBehaviour();
const bases = new Map<string, ReturnType<typeof synth>>();

describe.each(PAIRS)('the pair $name', ({ name, base, edits }) => {
  it('has the recorded report', () => {
    if (!bases.has(base)) bases.set(base, synth(path.join(REPO, base)));
    const before = bases.get(base)!;
    const after = synth(edited(base, name, edits));
    const report = compareOutputs(before.files, after.files, after.site, behaviour);
    const text = formatReport(report, { base: `\`${base}\``, next: `\`${name}\``, site: `${name}.yaml` });
    expect(text).toMatchSnapshot();
    // Deterministic: the same pair gives the same text.
    expect(formatReport(compareOutputs(before.files, after.files, after.site, behaviour), { base: `\`${base}\``, next: `\`${name}\``, site: `${name}.yaml` })).toBe(text);
  });
});
