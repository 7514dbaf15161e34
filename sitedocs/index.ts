/**
 * The generated docs of the site (`docs/` of the output), rendered by GitHub as they are: the IP
 * plan, the topology diagrams (Mermaid), the port matrix, the inventory and the runbook. They read
 * the `Site` and the rest of the render (Terraform variables and outputs, the trees' NetworkPolicies
 * and Secrets), so they say what the other files hold. Deterministic: no date, no path of the
 * machine.
 */
import type { Site } from '../site';
import { inventoryDoc } from './inventory';
import { ipPlanDoc } from './ip-plan';
import { doc, GENERATED } from './markdown';
import { portsDoc } from './ports';
import { runbookDoc } from './runbook';
import { topologyDoc } from './topology';
import type { DocsInput } from './types';

export type { ClusterFiles, DocsInput } from './types';

/** Where the docs go, relative to the output directory. */
export const DOCS_DIR = 'docs';

/** The documents, by file name, with what each says (the index lists them in this order). */
const DOCS: readonly { file: string; title: string; render: (site: Site, input: DocsInput) => string }[] = [
  { file: 'runbook.md', title: 'Runbook: Terraform variables, stacks in order, kubeconfig, Secrets, GitOps bootstrap, DNSSEC, day 2', render: runbookDoc },
  { file: 'ip-plan.md', title: 'IP plan: networks and every address they hand out', render: (s) => ipPlanDoc(s) },
  { file: 'topology.md', title: 'Topology: hosts, networks and nodes; ways in; GitOps layers', render: (s, i) => topologyDoc(s, i.clusters) },
  { file: 'ports.md', title: 'Port matrix: node firewalls, public forwarding, NetworkPolicies', render: (s, i) => portsDoc(s, i.clusters) },
  { file: 'inventory.md', title: 'Inventory: cpu, memory and disks per node, host and cluster', render: (s) => inventoryDoc(s) },
];

/** Every file of `docs/`, by path relative to the output directory. */
export function renderSiteDocs(site: Site, input: DocsInput): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    `${DOCS_DIR}/README.md`,
    doc(`Site ${site.name} (${site.domain})`, GENERATED, [DOCS.map((d) => `- [${d.file}](${d.file}): ${d.title}`)]),
  );
  for (const d of DOCS) files.set(`${DOCS_DIR}/${d.file}`, d.render(site, input));
  return files;
}
