/**
 * Monitoring objects other components and apps add: ServiceMonitors (kube-prometheus-stack picks
 * up every ServiceMonitor and PrometheusRule of the cluster, see kube-prometheus-stack.ts).
 */
import type { Construct } from 'constructs';
import { PodMonitor, ServiceMonitor } from '../../imports/k8s/monitoring.coreos.com';
import type { Labels } from '../context';

export interface ServiceMonitorProps {
  readonly name: string;
  /** Namespace of the Service (the ServiceMonitor lives next to it). */
  readonly namespace: string;
  readonly selector: Record<string, string>;
  /** Name of the Service port to scrape. */
  readonly port: string;
  readonly path?: string;
  /** Labels of the ServiceMonitor: the component `monitoring`'s, and the caller's. */
  readonly labels: Labels;
}

export function serviceMonitor(scope: Construct, props: ServiceMonitorProps): void {
  new ServiceMonitor(scope, `${props.namespace}-${props.name}-servicemonitor`, {
    metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
    spec: {
      selector: { matchLabels: props.selector },
      namespaceSelector: { matchNames: [props.namespace] },
      endpoints: [{ port: props.port, path: props.path ?? '/metrics', interval: '30s' }],
    },
  });
}

export interface PodMonitorProps {
  readonly name: string;
  /** Namespace of the pods (the PodMonitor lives next to them). */
  readonly namespace: string;
  readonly selector: Record<string, string>;
  /** Name of the container port to scrape. */
  readonly port: string;
  readonly path?: string;
  /** Labels of the PodMonitor: the component `monitoring`'s. */
  readonly labels: Labels;
}

/** A PodMonitor, for workloads whose metrics port has no Service (Strimzi's Kafka pods). */
export function podMonitor(scope: Construct, props: PodMonitorProps): void {
  new PodMonitor(scope, `${props.namespace}-${props.name}-podmonitor`, {
    metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
    spec: {
      selector: { matchLabels: props.selector },
      namespaceSelector: { matchNames: [props.namespace] },
      podMetricsEndpoints: [{ port: props.port, path: props.path ?? '/metrics', interval: '30s' }],
    },
  });
}
