/**
 * MetalLB in L2 mode: the chart (with CRDs), one IPAddressPool per site pool of the cluster and an
 * L2Advertisement of all of them. Addresses come from `cluster.pools` only.
 */
import { Construct } from 'constructs';
import { IpAddressPool, L2Advertisement } from '../../imports/k8s/metallb.io';
import { COMPONENT_NAMESPACES, type Labels } from '../context';
import { allowFromNodes } from '../network-policy';
import { helmRelease } from '../release';
import type { ChartProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.metallb;

/** The controller's webhook port (fixed in the chart). */
export const METALLB_WEBHOOK_PORT = 9443;

/** Chart values (validated against the chart's values.schema.json in tests). */
export function metallbValues(): HelmValues {
  return {
    crds: { enabled: true },
    speaker: { frr: { enabled: false } },
  };
}

/**
 * Who reaches MetalLB: the API server on the controller's webhook (IPAddressPool, L2Advertisement).
 * The speakers run with hostNetwork: policies do not apply to them (memberlist, ARP).
 */
export function metallbNetworkPolicies(scope: Construct, { labels, nodes }: NetworkPolicyProps): void {
  allowFromNodes(scope, NS, nodes, [METALLB_WEBHOOK_PORT], labels);
}

/** The MetalLB chart. */
export class MetalLB extends Construct {
  constructor(scope: Construct, id: string, { release }: ChartProps) {
    super(scope, id);
    helmRelease(this, release, { name: 'metallb', namespace: NS, values: metallbValues() });
  }
}

export interface MetalLBPoolsProps {
  /** The cluster's address pools (`cluster.pools`), in site order. */
  readonly pools: readonly { readonly name: string; readonly addresses: readonly string[] }[];
  /** Labels of the pools and the advertisement. */
  readonly labels: Labels;
}

/** The address pools and their L2 advertisement: what a LoadBalancer Service (the ingress controller's) waits for (a prerequisite). */
export class MetalLBPools extends Construct {
  constructor(scope: Construct, id: string, { pools, labels }: MetalLBPoolsProps) {
    super(scope, id);
    for (const pool of pools) {
      new IpAddressPool(this, `pool-${pool.name}`, {
        metadata: { name: pool.name, namespace: NS, labels: { ...labels } },
        spec: { addresses: [...pool.addresses], autoAssign: true },
      });
    }
    if (pools.length) {
      new L2Advertisement(this, 'l2', {
        metadata: { name: 'l2', namespace: NS, labels: { ...labels } },
        spec: { ipAddressPools: pools.map((p) => p.name) },
      });
    }
  }
}

/** The annotation MetalLB reads a Service's requested address from (metallb.io since 0.15). */
export function loadBalancerIpsAnnotation(metallbVersion: string | undefined): string {
  const [major, minor] = (metallbVersion ?? '0.15.0').replace(/^v/, '').split('.').map(Number);
  return major > 0 || minor >= 15 ? 'metallb.io/loadBalancerIPs' : 'metallb.universe.tf/loadBalancerIPs';
}
