/**
 * Fixed port numbers shared by the cluster app and the load balancers in front of it.
 *
 * With `ingress.vip`, the ingress controller is a NodePort Service on these ports and HAProxy on
 * the load balancer nodes forwards the VIP's :80/:443 to every cluster node on them. Both apps
 * read them from here, so the two ends cannot drift.
 */
export const INGRESS_NODE_PORTS = {
  /** Plain HTTP entry point (redirected to HTTPS by the ingress controller). */
  http: 30080,
  /** HTTPS entry point. */
  https: 30443,
} as const;

/** The ports the ingress VIP listens on, by NodePort. */
export const INGRESS_VIP_PORTS = { http: 80, https: 443 } as const;

/** The Kubernetes API port (k3s servers and the API VIP). */
export const KUBE_API_PORT = 6443;

/**
 * Metrics the cluster's Prometheus scrapes from the nodes' host network (kube-prometheus-stack):
 * the node firewall admits them from the cluster's networks and pod CIDR, and k3s binds the
 * control-plane ones beyond localhost, when the cluster runs kube-prometheus-stack.
 */
export const NODE_METRICS_PORTS = {
  /** node-exporter (a hostNetwork DaemonSet), every node. */
  nodeExporter: 9100,
  /** kube-proxy's metrics, every node. */
  kubeProxy: 10249,
} as const;

/** Control-plane metrics on the k3s servers (embedded etcd, controller manager, scheduler). */
export const SERVER_METRICS_PORTS = {
  etcd: 2381,
  controllerManager: 10257,
  scheduler: 10259,
} as const;
