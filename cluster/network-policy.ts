/**
 * NetworkPolicies of the tree: every namespace the tree creates denies all ingress by default
 * (`defaultDeny`, emitted next to the Namespace object), and each component adds, next to its
 * chart, one `allow-from-<peer>` policy per kind of client it has (`allowFrom` and the helpers
 * below). Policies are additive: a pod accepts a connection when any policy selecting it allows
 * it. Egress is left open (policyTypes Ingress only); apps restrict their own egress (apps/app.ts).
 *
 * Ports are the pods' container ports: a policy sees a connection after the Service (or NodePort)
 * has been translated to a pod, so Traefik's Service port 443 is its container port 8443 here.
 *
 * What policies cannot express and relies on the CNI (k3s: flannel VXLAN, policies enforced by
 * its embedded kube-router controller):
 *  - traffic from a pod's own node (kubelet probes) is always accepted, whatever the policies;
 *  - pods with hostNetwork (csi-driver-nfs, MetalLB speaker, node-exporter) are not subject to
 *    policies at all; their namespaces get the default-deny for the pods that are not.
 *
 * The nodes' host network (`nodePeers`): the Kubernetes API server calls admission and conversion
 * webhooks from the servers' host network, and host processes (the NFS client of a Longhorn RWX
 * volume) reach pods the same way. Such a connection to a pod on another node leaves through
 * flannel's VXLAN interface and carries that interface's address, the network address (`.0`) of
 * the sending node's pod subnet, not the node's own address (what RKE2's
 * `rke2-flannel-host-networking` policy allows for the same reason). Pod subnets are handed out
 * by the controller manager at run time, so every possible one is listed; no pod ever holds a
 * `.0` address. The node addresses themselves are listed too (flannel's host-gw backend, or a
 * CNI without a tunnel, keeps them).
 */
import type { Construct } from 'constructs';
import { IntOrString, KubeNetworkPolicy, type NetworkPolicyEgressRule, type NetworkPolicyIngressRule, type NetworkPolicyPeer } from 'cdk8s-plus-28/lib/imports/k8s';
import type { Cluster } from '../site';
import * as ip from '../site/ip';
import { COMPONENT_NAMESPACES, type Labels } from './context';

/** Name of the default-deny policy of every namespace. */
export const DEFAULT_DENY = 'default-deny-ingress';

/** The private IPv4 ranges egress to the internet leaves out (the site's networks are in them). */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;

/** Egress to the cluster's DNS (kube-dns in kube-system), UDP and TCP 53. */
export const DNS_EGRESS: NetworkPolicyEgressRule = {
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
  ports: [{ port: IntOrString.fromNumber(53), protocol: 'UDP' }, { port: IntOrString.fromNumber(53), protocol: 'TCP' }],
};

/** Egress to the internet (every address but the private ranges) on these TCP ports. */
export function internetEgress(ports: readonly number[]): NetworkPolicyEgressRule {
  return { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...PRIVATE_RANGES] } }], ports: ports.map((p) => ({ port: IntOrString.fromNumber(p), protocol: 'TCP' })) };
}


/**
 * Prefix of a node's pod subnet: k3s leaves the controller manager's default (`--node-cidr-mask-size`
 * 24 for IPv4); flannel's VXLAN interface takes the subnet's network address.
 */
export const NODE_POD_SUBNET_PREFIX = 24;
/**
 * At most this many pod subnets are listed one by one (a /16 pod CIDR, the k3s default); a larger
 * pod CIDR is allowed as a whole, which also admits its pods.
 */
export const MAX_LISTED_POD_SUBNETS = 256;

/** Labels every app namespace carries (cluster/app.ts sets them on the Namespace; they equal `ctx.labels('app')`'s). */
export const APP_NAMESPACE_LABELS = { 'app.kubernetes.io/managed-by': 'sitekit', 'sitekit.dev/component': 'app' } as const;

/** Labels of kube-prometheus-stack's Grafana pods (the grafana subchart) and Prometheus pods (set by the operator). */
export const GRAFANA_POD_LABELS = { 'app.kubernetes.io/name': 'grafana' } as const;
export const PROMETHEUS_POD_LABELS = { 'app.kubernetes.io/name': 'prometheus' } as const;

/** Who may connect: `anywhere` (no `from`), or a list of peers. */
export type Peers = 'anywhere' | readonly NetworkPolicyPeer[];

/** Selects a namespace by its name (the `kubernetes.io/metadata.name` label Kubernetes sets). */
export const namespaceSelector = (ns: string) => ({ matchLabels: { 'kubernetes.io/metadata.name': ns } });

/** Peers, for `allowFrom`. */
export const peers = {
  /** Every pod of the policy's own namespace. */
  sameNamespace: (): NetworkPolicyPeer[] => [{ podSelector: {} }],
  /** Pods of another namespace, optionally only those with these labels. */
  namespace: (ns: string, podLabels?: Record<string, string>): NetworkPolicyPeer[] => [
    { namespaceSelector: namespaceSelector(ns), ...(podLabels ? { podSelector: { matchLabels: { ...podLabels } } } : {}) },
  ],
  /** Every pod of every app namespace (apps/). */
  appNamespaces: (): NetworkPolicyPeer[] => [{ namespaceSelector: { matchLabels: { ...APP_NAMESPACE_LABELS } } }],
  /** The Prometheus pods of kube-prometheus-stack. */
  prometheus: (): NetworkPolicyPeer[] => peers.namespace(COMPONENT_NAMESPACES.kubePrometheusStack, PROMETHEUS_POD_LABELS),
  /** The Grafana pods of kube-prometheus-stack. */
  grafana: (): NetworkPolicyPeer[] => peers.namespace(COMPONENT_NAMESPACES.kubePrometheusStack, GRAFANA_POD_LABELS),
  /** The nodes' host network: `nodeSources` of the cluster (see the module comment). */
  nodes: (sources: readonly string[]): NetworkPolicyPeer[] => sources.map((cidr) => ({ ipBlock: { cidr } })),
};

const sourcesByCluster = new WeakMap<Cluster, readonly string[]>();

/**
 * The source addresses of connections from the nodes' host network, as CIDRs: each node address
 * of the cluster (/32, in address order), then the network address of every possible pod subnet
 * of the cluster's pod CIDR (/32), or the whole pod CIDR when it holds more than
 * MAX_LISTED_POD_SUBNETS subnets.
 */
export function nodeSources(cluster: Cluster): readonly string[] {
  let out = sourcesByCluster.get(cluster);
  if (out) return out;
  const nodeAddresses = [...cluster.servers, ...cluster.agents].map((n) => n.address).sort(ip.compareAddresses);
  const pod = ip.parseCidr(cluster.podCidr);
  const hostBits = Math.max(0, NODE_POD_SUBNET_PREFIX - pod.prefix);
  const subnets = 2 ** hostBits;
  const step = 2n ** BigInt(32 - Math.max(NODE_POD_SUBNET_PREFIX, pod.prefix));
  const tunnels =
    subnets > MAX_LISTED_POD_SUBNETS ? [pod.text] : Array.from({ length: subnets }, (_, i) => `${ip.fromBig(pod.start + BigInt(i) * step)}/32`);
  out = Object.freeze([...new Set([...nodeAddresses.map((a) => `${a}/32`), ...tunnels])]);
  sourcesByCluster.set(cluster, out);
  return out;
}

/** `{ podSelector: {}, policyTypes: [Ingress] }`: no pod of the namespace accepts a connection unless another policy allows it. */
export function defaultDeny(scope: Construct, namespace: string, labels: Labels): void {
  new KubeNetworkPolicy(scope, `${namespace}-${DEFAULT_DENY}`, {
    metadata: { name: DEFAULT_DENY, namespace, labels: { ...labels } },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  });
}

export interface AllowProps {
  /** Who may connect. */
  readonly from: Peers;
  /** TCP container ports (after Service translation); omitted: every port. */
  readonly ports?: readonly number[];
  /** Only pods of the namespace with these labels. @default every pod of the namespace */
  readonly pods?: Record<string, string>;
  /** Labels of the policy: its component's. */
  readonly labels: Labels;
}

/** Policy `allow-from-<name>` in `namespace`: ingress from `from` to `ports`. */
export function allowFrom(scope: Construct, namespace: string, name: string, props: AllowProps): void {
  if (props.from !== 'anywhere' && props.from.length === 0) throw new Error(`network policy ${namespace}/allow-from-${name}: no peers (an empty list would allow everyone)`);
  if (props.ports && props.ports.length === 0) throw new Error(`network policy ${namespace}/allow-from-${name}: no ports (an empty list would allow every port)`);
  const rule: NetworkPolicyIngressRule = {
    ...(props.from === 'anywhere' ? {} : { from: props.from.map((p) => ({ ...p })) }),
    ...(props.ports ? { ports: props.ports.map((p) => ({ port: IntOrString.fromNumber(p), protocol: 'TCP' })) } : {}),
  };
  new KubeNetworkPolicy(scope, `${namespace}-allow-from-${name}`, {
    metadata: { name: `allow-from-${name}`, namespace, labels: { ...props.labels } },
    spec: { podSelector: props.pods ? { matchLabels: { ...props.pods } } : {}, policyTypes: ['Ingress'], ingress: [rule] },
  });
}

/**
 * Policy `allow-egress` in `namespace`: its pods may open connections only by `rules` (a component
 * that calls out and is called by no one; its ingress is denied by `defaultDeny`).
 */
export function allowEgressOnly(scope: Construct, namespace: string, rules: readonly NetworkPolicyEgressRule[], labels: Labels): void {
  new KubeNetworkPolicy(scope, `${namespace}-allow-egress`, {
    metadata: { name: 'allow-egress', namespace, labels: { ...labels } },
    spec: { podSelector: {}, policyTypes: ['Egress'], egress: [...rules] },
  });
}

/** Every pod of the namespace may reach every other on every port (components made of several cooperating pods). */
export function allowSameNamespace(scope: Construct, namespace: string, labels: Labels): void {
  allowFrom(scope, namespace, 'same-namespace', { from: peers.sameNamespace(), labels });
}

/** The nodes' host network (`nodeSources`: API server → webhooks, host clients) to `ports`. */
export function allowFromNodes(scope: Construct, namespace: string, nodes: readonly string[], ports: readonly number[], labels: Labels): void {
  allowFrom(scope, namespace, 'nodes', { from: peers.nodes(nodes), ports, labels });
}

/** Prometheus of kube-prometheus-stack to the metrics `ports`. */
export function allowFromPrometheus(scope: Construct, namespace: string, ports: readonly number[], labels: Labels): void {
  allowFrom(scope, namespace, 'prometheus', { from: peers.prometheus(), ports, labels });
}
