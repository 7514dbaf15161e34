import { Context, reference } from './common';

/** Declared node renames: from a name no node has any more to a node of the site, each name once. */
export function validateRenames({ out, site, nodes }: Context): void {
  const renamed = new Map<string, number>();
  const renamedTo = new Map<string, number>();
  site.changes.renames.forEach((r, i) => {
    const path = ['changes', 'renames', i];
    const still = nodes.get(r.node);
    if (still !== undefined) {
      out.error([...path, 'node'], `node "${r.node}" is renamed to "${r.to}" but still exists (nodes[${still}])`, 'the old name of a renamed node, which no node of the site has any more', r.node === r.to ? 'remove the rename: the node keeps its name' : `rename nodes[${still}] to "${r.to}", or remove the rename`);
    } else if (renamed.has(r.node)) {
      out.error([...path, 'node'], `node "${r.node}" is renamed twice (changes.renames[${renamed.get(r.node)}])`, 'each old name renamed once', 'remove one of the two renames');
    }
    if (!renamed.has(r.node)) renamed.set(r.node, i);
    if (still === undefined && reference(out, [...path, 'to'], r.to, nodes, 'node')) {
      const first = renamedTo.get(r.to);
      if (first !== undefined) out.error([...path, 'to'], `node "${r.to}" is the new name of two renames (changes.renames[${first}] from "${site.changes.renames[first].node}")`, 'one old name per node', 'keep the rename from the node\'s last name and remove the other');
      else renamedTo.set(r.to, i);
    }
  });
}
