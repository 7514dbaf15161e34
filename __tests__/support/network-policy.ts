/**
 * A NetworkPolicy ingress evaluator over a synthesized cluster tree (matchLabels and ipBlock: all the
 * tree uses): policies add up, and a pod selected by none is open.
 */
import type { ClusterTree } from '../../cluster/tree';
import * as ip from '../../site/ip';
import { objectsOf, type Obj } from './helpers';

export type Labels = Record<string, string>;

export const policiesOf = (tree: ClusterTree) => objectsOf(tree).filter(([, o]) => o.kind === 'NetworkPolicy').map(([, o]) => o);

/** A client: an address, and for a pod its namespace and labels. */
export interface Source {
  readonly ip: string;
  readonly ns?: string;
  readonly labels?: Labels;
}
/** A pod and the container port it is reached on. */
export interface Dest {
  readonly ns: string;
  readonly labels?: Labels;
  readonly port: number;
}

export function matches(selector: Obj, labels: Labels): boolean {
  expect(Object.keys(selector).filter((k) => k !== 'matchLabels')).toEqual([]); // no matchExpressions to evaluate
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

export function namespaceLabels(tree: ClusterTree, ns: string): Labels {
  const obj = objectsOf(tree).find(([, o]) => o.kind === 'Namespace' && o.metadata.name === ns)?.[1];
  return { ...(obj?.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns };
}

export function peerMatches(tree: ClusterTree, peer: Obj, src: Source, dstNs: string): boolean {
  if (peer.ipBlock) {
    const inBlock = (cidr: string) => ip.contains(ip.parseCidr(cidr), src.ip);
    return inBlock(peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some(inBlock);
  }
  if (src.ns === undefined) return false; // selectors match pods only
  if (peer.namespaceSelector ? !matches(peer.namespaceSelector, namespaceLabels(tree, src.ns)) : src.ns !== dstNs) return false;
  return !peer.podSelector || matches(peer.podSelector, src.labels ?? {});
}

/** Whether the policies of the tree let `src` open a connection to `dst`. */
export function admitted(tree: ClusterTree, src: Source, dst: Dest): boolean {
  const selecting = policiesOf(tree).filter(
    (p) => p.metadata.namespace === dst.ns && (p.spec.policyTypes ?? ['Ingress']).includes('Ingress') && matches(p.spec.podSelector, dst.labels ?? {}),
  );
  if (!selecting.length) return true;
  return selecting.some((p) =>
    (p.spec.ingress ?? []).some(
      (rule: Obj) =>
        (!rule.ports || rule.ports.some((pt: Obj) => pt.port === dst.port && (pt.protocol ?? 'TCP') === 'TCP')) &&
        (!rule.from || rule.from.some((peer: Obj) => peerMatches(tree, peer, src, dst.ns))),
    ),
  );
}
