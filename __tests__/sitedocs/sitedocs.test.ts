/**
 * sitedocs/: the generated docs of every example site and the default site (and the default site
 * under Argo CD). Everything the site names appears in them: every node, VIP, pool, network and
 * firewall port; every NetworkPolicy port of the trees, every Terraform variable and every Secret
 * the trees copy from the store; and every Mermaid diagram parses with Mermaid's own parser.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { firewallRules } from '../../infra/bootstrap/firewall';
import { loadSite, type Site } from '../../site';
import { renderSite } from '../../synth/render';
import { DOCS_DIR, renderSiteDocs } from '../../sitedocs';
import { label } from '../../sitedocs/markdown';
import { portText } from '../../sitedocs/ports';
import { ROOT } from '../support/helpers';
import { mermaidBlocks, parseMermaid } from '../support/mermaid';

const text = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const argocd = () => {
  const d = parse(text('site.yaml'));
  d.clusters[0].gitops.engine = 'argocd';
  return stringify(d);
};
const SITES: [string, string][] = [
  ['site.yaml', text('site.yaml')],
  ['site.yaml (engine argocd)', argocd()],
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f): [string, string] => [`examples/${f}`, text(`examples/${f}`)]),
];

interface Synth {
  readonly site: Site;
  readonly files: Map<string, string>;
  readonly objects: Map<string, readonly unknown[]>;
  readonly doc: (file: string) => string;
}
const cache = new Map<string, Synth>();
function synth(name: string): Synth {
  let s = cache.get(name);
  if (!s) {
    const site = loadSite(SITES.find(([n]) => n === name)![1], name).site;
    const r = renderSite(site);
    const doc = (file: string) => {
      const t = r.files.get(`${DOCS_DIR}/${file}`);
      if (t === undefined) throw new Error(`${name}: no ${DOCS_DIR}/${file}`);
      return t;
    };
    cache.set(name, (s = { site, files: r.files, objects: r.objects, doc }));
  }
  return s;
}

/** The text of a `### heading` section of a Markdown document, up to the next heading of level 2 or 3. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`no section "### ${heading}"`);
  const rest = markdown.slice(start + 1);
  const end = rest.slice(1).search(/\n##/);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

const names = SITES.map(([n]) => n);

describe.each(names)('docs of %s', (name) => {
  test('the output has docs/README.md and the five documents, each listed by the README', () => {
    const { files, doc } = synth(name);
    const docs = [...files.keys()].filter((f) => f.startsWith(`${DOCS_DIR}/`));
    expect(docs).toEqual(['docs/README.md', 'docs/inventory.md', 'docs/ip-plan.md', 'docs/ports.md', 'docs/runbook.md', 'docs/topology.md']);
    for (const f of docs.filter((f) => f !== 'docs/README.md')) expect(doc('README.md')).toContain(`](${path.basename(f)})`);
  });

  test('every network (name, CIDR, gateway, DHCP range) is in the IP plan and the topology', () => {
    const { site, doc } = synth(name);
    for (const n of site.networks) {
      expect(doc('ip-plan.md')).toContain(`\n## ${n.name}\n`);
      expect(doc('ip-plan.md')).toContain(`\`${n.cidr}\``);
      if (n.gateway) expect(section(doc('ip-plan.md').replace(/\n## /g, '\n### '), n.name)).toContain(`| \`${n.gateway}\` | gateway |`);
      if (n.dhcp) expect(doc('ip-plan.md')).toContain(`| \`${n.dhcp.start}-${n.dhcp.end}\` | DHCP |`);
      expect(doc('topology.md')).toContain(`["${n.name}: ${n.kind} ${n.cidr}"]`);
    }
  });

  test('every node is in the IP plan on its network with its address, in the inventory with its resources, and in the topology', () => {
    const { site, doc } = synth(name);
    const plan = doc('ip-plan.md').replace(/\n## /g, '\n### ');
    for (const n of site.nodes) {
      expect([n.name, section(plan, n.network)]).toEqual([n.name, expect.stringContaining(`| \`${n.address}\` | node ${n.name} | ${n.role}`)]);
      expect(doc('inventory.md')).toMatch(new RegExp(`\\n\\| ${n.name} \\| ${n.role} \\|.*\\| ${n.cpu} \\| `));
      for (const d of n.disks) expect(doc('inventory.md')).toContain(`\`${d.name}\` ${d.sizeGiB} GiB ${d.purpose}`);
      expect(doc('topology.md')).toContain(`"${n.name}<br/>${n.role} ${n.address}`);
    }
  });

  test('every VIP and every MetalLB pool range is in the IP plan, VIPs also in the topology', () => {
    const { site, doc } = synth(name);
    for (const v of site.vips) {
      expect(doc('ip-plan.md')).toContain(`| \`${v.address}\` | VIP ${v.name} | ${v.purpose} VIP`);
      expect(doc('topology.md')).toContain(`"VIP ${v.name}<br/>${v.purpose} ${v.address}"`);
    }
    for (const c of site.clusters) for (const p of c.pools) for (const a of p.addresses) expect(doc('ip-plan.md')).toContain(`| \`${a}\` | pool ${p.name} | MetalLB pool ${p.name} of cluster ${c.name} |`);
  });

  test('every firewall rule of every node is a row of its role in the port matrix, with each of its ports', () => {
    const { site, doc } = synth(name);
    let rules = 0;
    for (const n of site.nodes) {
      const part = section(doc('ports.md'), n.role);
      expect(part).toContain(n.name);
      for (const r of firewallRules(site, n)) {
        rules++;
        const row = part.split('\n').find((l) => l.endsWith(`| ${r.comment} |`) && (l.includes(n.name) || l.includes('| all ')));
        expect([n.name, r.comment, row]).toEqual([n.name, r.comment, expect.any(String)]);
        for (const p of r.ports ?? []) expect([r.comment, row]).toEqual([r.comment, expect.stringMatching(new RegExp(`[ ,]${portText(p)}[ ,]`))]);
      }
    }
    expect(rules).toBeGreaterThan(site.nodes.length);
  });

  test('every port of every NetworkPolicy of the trees is in the port matrix, on its namespace\'s row', () => {
    const { site, objects, doc } = synth(name);
    let ports = 0;
    for (const c of site.clusters) {
      const part = section(doc('ports.md'), `Cluster ${c.name}`);
      for (const [file, list] of objects) {
        if (!file.startsWith(`clusters/${c.name}/`)) continue;
        for (const o of list as any[]) {
          if (o?.kind !== 'NetworkPolicy') continue;
          for (const rule of o.spec.ingress ?? []) {
            const row = part.split('\n').find((l) => l.startsWith(`| ${o.metadata.namespace} |`) && l.includes(`| ${o.metadata.name} |`) && l.includes(file.slice(`clusters/${c.name}/`.length)));
            expect([o.metadata.namespace, o.metadata.name, row]).toEqual([o.metadata.namespace, o.metadata.name, expect.any(String)]);
            for (const p of rule.ports ?? []) {
              ports++;
              expect(row).toContain(`${p.protocol ?? 'TCP'} ${p.port}`);
            }
          }
        }
      }
    }
    expect(ports).toBeGreaterThan(0);
  });

  test('the runbook lists every Terraform variable, every stack in order and every Secret an ExternalSecret copies', () => {
    const { site, files, objects, doc } = synth(name);
    const runbook = doc('runbook.md');
    const stacks = [...files.keys()].filter((f) => f.startsWith('terraform/')).map((f) => f.split('/')[1]);
    expect(runbook).toContain(`for stack in ${['network', 'nodes', 'config', 'edge'].filter((s) => stacks.includes(s)).join(' ')}; do`);
    for (const s of stacks) {
      for (const v of Object.keys(JSON.parse(files.get(`terraform/${s}/cdk.tf.json`)!).variable ?? {})) expect(runbook).toContain(`| ${s} | \`${v}\` |`);
    }
    for (const c of site.clusters) {
      const part = section(runbook, `Cluster ${c.name}`);
      expect(part).toContain(`ssh `);
      const secrets = section(runbook.slice(runbook.indexOf('## 4. Secrets')), `Cluster ${c.name}`);
      for (const [file, list] of objects) {
        if (!file.startsWith(`clusters/${c.name}/`)) continue;
        for (const o of list as any[]) {
          if (o?.kind !== 'ExternalSecret') continue;
          for (const d of o.spec.data) expect(secrets).toMatch(new RegExp(`\\| \`${d.remoteRef.key}\` \\|[^\\n]*\`${d.remoteRef.property}\`[^\\n]*\`${o.metadata.namespace}/${o.spec.target.name}\``));
        }
      }
    }
  });

  test('the docs are the same on every render, and name no path of this machine', () => {
    const { site, files } = synth(name);
    const again = renderSite(site).files;
    for (const [f, t] of files) if (f.startsWith(`${DOCS_DIR}/`)) {
      expect([f, again.get(f)]).toEqual([f, t]);
      expect(t).not.toContain(ROOT);
    }
  });
});

describe('Secrets without External Secrets', () => {
  test('the runbook lists, by namespace, the same Secrets the ExternalSecrets fill when the cluster runs External Secrets, with their keys', () => {
    const d = parse(text('site.yaml'));
    delete d.clusters[0].components.externalSecrets;
    const without = renderSite(loadSite(stringify(d), 'site.yaml').site).files.get('docs/runbook.md')!;
    const rows = without
      .slice(without.indexOf('filled by nothing in it'), without.indexOf('## 5.'))
      .split('\n')
      .filter((l) => /^\| [a-z-]+ \| `/.test(l))
      .map((l) => l.split(' | ').slice(0, 3).join(' | '));
    const { objects } = synth('site.yaml');
    const filled = [...objects.values()]
      .flat()
      .filter((o: any) => o?.kind === 'ExternalSecret')
      .map((o: any) => `| ${o.metadata.namespace} | \`${o.spec.target.name}\` | ${o.spec.data.map((x: any) => `\`${x.secretKey}\``).sort().join(', ')}`)
      .sort();
    // Alertmanager mounts its Secret whole: the tree names no key of it.
    expect(rows.map((r) => r.replace(/ \| —$/, ' | `url`'))).toEqual(filled);
    expect(synth('site.yaml').doc('runbook.md')).not.toContain('filled by nothing');
  });
});

test('the admin devices of a tunnel are in the IP plan, on the gateway\'s network', () => {
  const d = parse(text('site.yaml'));
  d.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel.admins = [{ name: 'laptop', publicKey: 'Bin96vJ4fqZT2ZTLNbZcIKwb5FJlCUZb7Q+oUbaYDnw=', address: '10.17.0.10' }];
  const plan = renderSite(loadSite(stringify(d), 'site.yaml').site).files.get(`${DOCS_DIR}/ip-plan.md`)!;
  expect(section(plan.replace(/\n## /g, '\n### '), 'tunnel')).toContain("| `10.17.0.10` | admin device laptop | an administrator's device on the WireGuard tunnel of gateway wg-gateway |");
});

describe('Mermaid', () => {
  test('every diagram of every site\'s docs parses with Mermaid\'s parser', () => {
    const diagrams: [string, string][] = [];
    for (const name of names) for (const [f, t] of synth(name).files) if (f.endsWith('.md')) for (const d of mermaidBlocks(t)) diagrams.push([`${name} ${f}`, d]);
    // Per site: the hosts and networks, and per cluster the ways in and the GitOps layers.
    expect(diagrams.length).toBe(names.reduce((n, s) => n + 1 + 2 * synth(s).site.clusters.length, 0));
    // The first diagram with a dangling edge added, and a label of every character that could end one early.
    const broken = `${diagrams[0][1]}  x --> \n`;
    const odd = `flowchart LR\n  a[${label('say "hi" <b>', 'a [b] (c) {d} | e; f # g')}] --> b\n`;
    const results = parseMermaid([...diagrams.map(([, d]) => d), broken, odd]);
    expect(diagrams.map(([where], i) => [where, results[i]])).toEqual(diagrams.map(([where]) => [where, null]));
    // The parser does refuse a broken diagram (the check above can fail).
    expect(results[diagrams.length]).toMatch(/Parse error/);
    expect(results[diagrams.length + 1]).toBeNull();
  });
});

describe('a site of its own', () => {
  test('without stacks and trees: the runbook says so, and names no Secret', () => {
    const { site } = synth('examples/proxmox-minimal.yaml');
    const docs = renderSiteDocs(site, { terraform: new Map(), clusters: new Map() });
    expect(docs.get('docs/runbook.md')).toContain('No stack has a variable.');
    expect(docs.get('docs/runbook.md')).toContain('Its tree reads no Secret that you create.');
  });

  test('snapshot: the docs of examples/proxmox-minimal.yaml', () => {
    const { files } = synth('examples/proxmox-minimal.yaml');
    for (const [f, t] of files) if (f.startsWith(`${DOCS_DIR}/`)) expect(t).toMatchSnapshot(f);
  });
});
