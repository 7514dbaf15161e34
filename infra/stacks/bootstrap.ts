/**
 * First-boot configuration of each node, as the nodes stack hands it to the hypervisor backend:
 * `renderBootstrap` of `infra/bootstrap` (Ignition for Flatcar, cloud-init otherwise), fed the
 * site's secrets as Terraform references (`./secrets.ts`).
 *
 * Terraform reads `${...}` and `%{...}` in every string as template syntax. The renderer's text
 * is therefore escaped here ($${ / %%{), except the site's own secret references (bare, or
 * wrapped in urlencode/base64encode), which stay live. The renderer checks the same on its side
 * (`checkTemplateFree`); escaping here keeps a renderer bug from becoming a Terraform error or an
 * expression evaluated at apply time.
 */
import type { Node, Site } from '../../site';
import type { MachineBootstrap } from '../backends/backend';
import { renderBootstrap, type Bootstrap } from '../bootstrap';
import type { NodeSecrets } from './secrets';

/** What the bootstrap renderer returns for a node. */
export type BootstrapOutput = Bootstrap;

/** A node's first-boot configuration, with the secrets that apply to it. */
export function renderNodeBootstrap(site: Site, node: Node, secrets: NodeSecrets): BootstrapOutput {
  return renderBootstrap(site, node, secrets);
}

/**
 * Escapes Terraform template syntax in `text`: every `${` / `%{` becomes `$${` / `%%{`, except
 * where one of the `live` interpolations starts (and sequences that are escaped already).
 */
export function escapeTemplate(text: string, live: readonly string[]): string {
  // Copies the text between the `${` / `%{` it finds (one regex scan, not a loop over every
  // character: the Ignition configs are most of the nodes stack).
  const starts = /[$%]\{/g;
  let out = '';
  let copied = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const i = m.index;
    const c = text[i];
    const keep = live.find((s) => text.startsWith(s, i));
    if (keep) {
      out += text.slice(copied, i) + keep;
      copied = i + keep.length;
      starts.lastIndex = copied;
      continue;
    }
    const escaped = i > 0 && text[i - 1] === c && !(i > 1 && text[i - 2] === c);
    out += text.slice(copied, i) + (escaped ? '' : c);
    copied = i;
  }
  return out + text.slice(copied);
}

/**
 * The forms a secret reference may take in rendered text: `${expr}`, and `${urlencode(expr)}` /
 * `${base64encode(expr)}` where it lands in a data URL or an encoded field.
 */
export function liveForms(references: readonly string[]): string[] {
  return references.flatMap((r) => {
    const expr = /^\$\{(.+)\}$/.exec(r)?.[1];
    return expr ? [r, `\${urlencode(${expr})}`, `\${base64encode(${expr})}`] : [r];
  });
}

/** The renderer's output, escaped for Terraform, in the shape the backends take. */
export function toMachineBootstrap(out: BootstrapOutput, references: readonly string[]): MachineBootstrap {
  const live = liveForms(references);
  const esc = (s: string) => escapeTemplate(s, live);
  return out.format === 'ignition'
    ? { format: 'ignition', content: esc(JSON.stringify(out.ignition)) }
    : { format: 'cloud-init', userData: esc(out.userData), networkConfig: esc(out.networkConfig), metaData: esc(out.metaData) };
}
