/** The expected message of each invalid fixture whose issue is on clusters (site/validate/clusters.ts). */
import type { Expected } from './expected';

export const CLUSTERS: Record<string, Expected> = {
  'external-dns-without-cloudflare.yaml': [
    'invalid/external-dns-without-cloudflare.yaml: 1 error(s) in the site',
    'invalid/external-dns-without-cloudflare.yaml:41:20: error: clusters[0].components.externalDns: ExternalDNS is enabled in cluster "tiny", but the site has no cloudflare zone for it to write records in; allowed: components.externalDns with cloudflare: { zone, target, ... }; fix: add cloudflare:, or remove components.externalDns',
  ],
  'external-dns-without-ingress.yaml': [
    'invalid/external-dns-without-ingress.yaml: 1 error(s) in the site',
    'invalid/external-dns-without-ingress.yaml:39:20: error: clusters[0].components.externalDns: ExternalDNS is enabled in cluster "tiny", which has no ingress: it publishes the hostnames the ingress routes serve; allowed: components.externalDns in a cluster with an ingress; fix: add ingress: to cluster "tiny", or remove components.externalDns',
  ],
  'infisical-without-external-secrets.yaml': [
    'invalid/infisical-without-external-secrets.yaml: 1 error(s) in the site',
    'invalid/infisical-without-external-secrets.yaml:41:23: error: clusters[0].secrets.store: cluster "tiny" reads its secrets from Infisical, but does not enable External Secrets, whose ClusterSecretStore reads them; allowed: secrets.store: infisical with components.externalSecrets; fix: add components.externalSecrets: { version: ... }, or remove secrets',
  ],
  'kibana-without-eck.yaml': [
    'invalid/kibana-without-eck.yaml: 1 error(s) in the site',
    'invalid/kibana-without-eck.yaml:41:13: error: clusters[0].kibana: cluster "tiny" routes Kibana at kibana.tiny.example.org, but does not enable eck; allowed: kibana with components.eck; fix: add components.eck: { version: ... }, or remove kibana',
  ],
  'jenkins-host-public.yaml': [
    'invalid/jenkins-host-public.yaml: 1 error(s) in the site',
    'invalid/jenkins-host-public.yaml:43:30: error: clusters[0].jenkins.internalHost: Jenkins has internal hostname app.tiny.example.org, which is a public hostname (cloudflare.hostnames); allowed: an internal hostname with no public record; fix: pick a name of its own, e.g. jenkins.tiny.example.org, or remove app.tiny.example.org from cloudflare.hostnames',
  ],
  'jenkins-without-external-secrets.yaml': { warnings: [
    'invalid/jenkins-without-external-secrets.yaml:41:16: warning: clusters[0].components.jenkins: Jenkins reads Secrets jenkins-admin (keys jenkins-admin-user, jenkins-admin-password) and jenkins-git (keys username, password), which nothing in the tree fills: cluster "tiny" does not enable External Secrets; allowed: Secrets External Secrets fills from the site\'s secret store, or ones created by hand; fix: add components.externalSecrets: { version: ... }, or create both Secrets in namespace "jenkins" by hand (kubectl create secret generic); the controller starts once they exist',
  ] },
  'maintenance-end-before-start.yaml': [
    'invalid/maintenance-end-before-start.yaml: 1 error(s) in the site',
    'invalid/maintenance-end-before-start.yaml:72:54: error: clusters[0].maintenance.end: the window ends at 01:00, before it opens (start: 23:00); allowed: an end later on the same day than the start (a window does not span midnight); fix: set end after start, or open the window earlier',
  ],
  'gitops-bootstrap-flux-with-argocd.yaml': [
    'invalid/gitops-bootstrap-flux-with-argocd.yaml: 1 error(s) in the site',
    'invalid/gitops-bootstrap-flux-with-argocd.yaml:49:18: error: clusters[0].gitops.bootstrap: gitops.bootstrap is flux, but cluster "tiny" runs argocd; allowed: bootstrap: flux only with engine: flux (Argo CD is installed by the tree); fix: remove gitops.bootstrap, or set engine: flux',
  ],
  'alerts-without-receiver.yaml': [
    'invalid/alerts-without-receiver.yaml: 1 error(s) in the site',
    'invalid/alerts-without-receiver.yaml:53:28: error: clusters[0].components.kubePrometheusStack: kube-prometheus-stack is enabled, but cluster "tiny" names no alert receiver: Alertmanager would send every alert nowhere; allowed: monitoring.alerts with receiver webhook, email or none; fix: add monitoring: { alerts: { receiver: webhook } } (or email), or receiver: none to say so',
  ],
  'monitoring-without-kube-prometheus-stack.yaml': [
    'invalid/monitoring-without-kube-prometheus-stack.yaml: 1 error(s) in the site',
    'invalid/monitoring-without-kube-prometheus-stack.yaml:54:7: error: clusters[0].monitoring: cluster "tiny" configures monitoring, but does not enable kube-prometheus-stack; allowed: monitoring with components.kubePrometheusStack; fix: add components.kubePrometheusStack: { version: ... }, or remove monitoring',
  ],
  'grafana-public-without-hostname.yaml': [
    'invalid/grafana-public-without-hostname.yaml: 1 error(s) in the site',
    'invalid/grafana-public-without-hostname.yaml:56:26: error: clusters[0].monitoring.grafana.public: Grafana is public, but grafana.tiny.example.org is not a public hostname of cluster "tiny"; allowed: grafana.tiny.example.org in cloudflare.hostnames with cluster: tiny; fix: add { name: grafana.tiny.example.org, cluster: tiny } to cloudflare.hostnames, or set public: false',
  ],
  'api-vip-without-loadbalancers.yaml': [
    'invalid/api-vip-without-loadbalancers.yaml: 1 error(s) in the site',
    'invalid/api-vip-without-loadbalancers.yaml:50:13: error: clusters[0].apiVip: VIP "api" needs load balancers, but the site has no node of role loadbalancer; allowed: a VIP served by at least one loadbalancer node (two or more for failover); fix: add loadbalancer nodes, or remove the VIP',
  ],
  'cnpg-without-backups.yaml': { warnings: [
    'invalid/cnpg-without-backups.yaml:51:22: warning: clusters[0].components.cloudnativePg: the databases in cluster "tiny"\'s CloudNativePG are not backed up: CloudNativePG backs up to an S3-compatible object store only, and the cluster names none; allowed: backups.postgresql.target: s3://<bucket>@<region>/<path>, or an s3:// backups.target; fix: add backups: { postgresql: { target: s3://<bucket>@<region>/<path>, endpoint: <URL of an S3-compatible store, e.g. MinIO on the NAS> } } and Secret pg-backup-s3 (keys ACCESS_KEY_ID, SECRET_ACCESS_KEY) to the site\'s secret store',
  ] },
  'backups-endpoint-without-s3.yaml': [
    'invalid/backups-endpoint-without-s3.yaml: 1 error(s) in the site',
    'invalid/backups-endpoint-without-s3.yaml:47:26: error: clusters[0].backups.endpoint: cluster "tiny" names an S3 endpoint (http://192.168.10.5:9000), but no backups.target; allowed: backups.endpoint with an s3:// target; fix: remove backups.endpoint, or move it to backups.postgresql.endpoint next to an s3:// backups.postgresql.target',
  ],
  'backups-postgresql-without-cnpg.yaml': [
    'invalid/backups-postgresql-without-cnpg.yaml: 1 error(s) in the site',
    'invalid/backups-postgresql-without-cnpg.yaml:47:28: error: clusters[0].backups.postgresql: cluster "tiny" names where CloudNativePG backs up, but does not enable CloudNativePG; allowed: backups.postgresql with components.cloudnativePg; fix: add components.cloudnativePg: { version: ... }, or remove backups.postgresql',
  ],
  'backups-postgresql-nfs.yaml': [
    'invalid/backups-postgresql-nfs.yaml: 1 error(s) in the site',
    'invalid/backups-postgresql-nfs.yaml:47:38: error: clusters[0].backups.postgresql.target: "nfs://192.168.10.5:/srv/pg" is not s3://<bucket>@<region>/<path> (CloudNativePG backs up to object stores only); allowed: s3://<bucket>@<region>/<path> (CloudNativePG backs up to object stores only); fix: write s3://<bucket>@<region>/<path> (CloudNativePG backs up to object stores only) here',
  ],
  'backups-without-longhorn.yaml': [
    'invalid/backups-without-longhorn.yaml: 1 error(s) in the site',
    'invalid/backups-without-longhorn.yaml:47:14: error: clusters[0].backups: cluster "tiny" names a backup target, but does not enable Longhorn, whose volumes it backs up; allowed: backups with components.longhorn; fix: add components.longhorn: { version: ... }, or remove backups',
  ],
  'cluster-member-role.yaml': [
    'invalid/cluster-member-role.yaml: 1 error(s) in the site',
    'invalid/cluster-member-role.yaml:51:27: error: clusters[0].nodes[2]: node "backup" has role generic, which does not join a cluster; allowed: nodes of role server, agent, storage; fix: remove "backup" from the cluster\'s nodes',
  ],
  'duplicate-cluster-name.yaml': [
    'invalid/duplicate-cluster-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-cluster-name.yaml:55:11: error: clusters[1].name: cluster name "tiny" is already used by clusters[0]; allowed: a cluster name used once; fix: rename one of the two clusters',
  ],
  'even-servers.yaml': { warnings: [
    'invalid/even-servers.yaml:43:12: warning: clusters[0].nodes: cluster "tiny" has 2 k3s servers; etcd quorum tolerates no more failures than with 1; allowed: an odd number of servers (1, 3, 5); fix: add or remove one server',
  ] },
  'git-url-credentials.yaml': [
    'invalid/git-url-credentials.yaml: 1 error(s) in the site',
    'invalid/git-url-credentials.yaml:46:19: error: clusters[0].gitops.repository: "https://***@git.example.com/tiny.git" has user info (a user name or token before "@"); allowed: https://host/path, or ssh://[user@]host[:port]/path with a login name such as git as the only user info; no password, token, query or fragment; fix: remove it: Flux and Argo CD read Git credentials from a Secret (Flux: the GitRepository secretRef), never from the URL, which is committed',
  ],
  'git-url-query.yaml': [
    'invalid/git-url-query.yaml: 1 error(s) in the site',
    'invalid/git-url-query.yaml:46:19: error: clusters[0].gitops.repository: "https://git.example.com/tiny.git?***" has a query string; allowed: https://host/path, or ssh://[user@]host[:port]/path with a login name such as git as the only user info; no password, token, query or fragment; fix: remove it: Flux and Argo CD read Git credentials from a Secret (Flux: the GitRepository secretRef), never from the URL, which is committed',
  ],
  'ingress-address-not-in-pool.yaml': [
    'invalid/ingress-address-not-in-pool.yaml: 1 error(s) in the site',
    'invalid/ingress-address-not-in-pool.yaml:47:46: error: clusters[0].ingress.address: ingress address 192.168.10.230 is not in any pool of cluster "tiny"; allowed: an address in 192.168.10.200-192.168.10.220; fix: pick an address from a pool',
  ],
  'ingress-controller-not-enabled.yaml': [
    'invalid/ingress-controller-not-enabled.yaml: 1 error(s) in the site',
    'invalid/ingress-controller-not-enabled.yaml:47:28: error: clusters[0].ingress.controller: ingress controller nginx is not among the cluster\'s components; allowed: components.ingressNginx with a version; fix: add components.ingressNginx: { version: ... }',
  ],
  'ingress-vip-and-address.yaml': [
    'invalid/ingress-vip-and-address.yaml: 1 error(s) in the site',
    'invalid/ingress-vip-and-address.yaml:66:14: error: clusters[0].ingress: ingress needs exactly one of vip or address; allowed: vip: <ingress VIP name> (through the load balancers) or address: <MetalLB address>; fix: set one of the two',
  ],
  'ingress-vip-without-loadbalancers.yaml': [
    'invalid/ingress-vip-without-loadbalancers.yaml: 1 error(s) in the site',
    'invalid/ingress-vip-without-loadbalancers.yaml:50:42: error: clusters[0].ingress.vip: VIP "web" needs load balancers, but the site has no node of role loadbalancer; allowed: a VIP served by at least one loadbalancer node (two or more for failover); fix: add loadbalancer nodes, or remove the VIP',
  ],
  'k3s-version.yaml': [
    'invalid/k3s-version.yaml: 1 error(s) in the site',
    'invalid/k3s-version.yaml:44:21: error: clusters[0].k3s.version: "v1.33.5" is not a k3s release such as v1.33.5+k3s1; allowed: a k3s release such as v1.33.5+k3s1; fix: write a k3s release such as v1.33.5+k3s1 here',
  ],
  'longhorn-without-disk.yaml': [
    'invalid/longhorn-without-disk.yaml: 1 error(s) in the site',
    'invalid/longhorn-without-disk.yaml:48:17: error: clusters[0].components.longhorn: Longhorn is enabled but no node of cluster "tiny" has a longhorn disk; allowed: at least one member node with a disk of purpose longhorn; fix: add a longhorn disk to the storage or agent nodes',
  ],
  'loki-chart-major.yaml': [
    'invalid/loki-chart-major.yaml: 1 error(s) in the site',
    "invalid/loki-chart-major.yaml:48:24: error: clusters[0].components.loki.version: loki chart version 6.55.0 is not 18.x, the chart sitekit writes Loki's values for (grafana-community's loki chart): with grafana/loki's 6.x they render no Loki, and the upgrade deletes its StatefulSet and volume; allowed: 18.x of https://grafana-community.github.io/helm-charts; fix: set components.loki.version to 18.x, e.g. the release sitekit pins (cluster/versions.ts); see README, Day 2",
  ],
  'name-not-dns-label.yaml': [
    'invalid/name-not-dns-label.yaml: 1 error(s) in the site',
    'invalid/name-not-dns-label.yaml:42:11: error: clusters[0].name: "Tiny_Cluster" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: did you mean "tiny-cluster"?',
  ],
  'nfs-without-storage-node.yaml': [
    'invalid/nfs-without-storage-node.yaml: 1 error(s) in the site',
    'invalid/nfs-without-storage-node.yaml:48:12: error: clusters[0].components.nfs: NFS is enabled but the site has no node of role storage; allowed: a storage node exporting /srv/nfs/shared; fix: add a node of role storage',
  ],
  'no-server.yaml': [
    'invalid/no-server.yaml: 1 error(s) in the site',
    'invalid/no-server.yaml:43:12: error: clusters[0].nodes: cluster "tiny" has no k3s server; allowed: at least one node of role server (3 for HA); fix: add a node of role server to the cluster',
  ],
  'node-in-two-clusters.yaml': [
    'invalid/node-in-two-clusters.yaml: 1 error(s) in the site',
    'invalid/node-in-two-clusters.yaml:56:18: error: clusters[1].nodes[1]: node "worker1" is already in cluster "tiny"; allowed: each node in one cluster; fix: remove "worker1" from one of the clusters',
  ],
  'pod-cidr-host-bits.yaml': [
    'invalid/pod-cidr-host-bits.yaml: 1 error(s) in the site',
    'invalid/pod-cidr-host-bits.yaml:47:14: error: clusters[0].podCidr: 10.42.1.0/16 has host bits set; allowed: a network address with its prefix; fix: did you mean 10.42.0.0/16?',
  ],
  'pod-cidr-overlaps-network.yaml': [
    'invalid/pod-cidr-overlaps-network.yaml: 1 error(s) in the site',
    'invalid/pod-cidr-overlaps-network.yaml:47:14: error: clusters[0].podCidr: 192.168.0.0/16 overlaps site network "lan" (192.168.10.0/24); allowed: a CIDR that no site network uses; fix: choose another private range for the cluster',
  ],
  'pod-service-overlap.yaml': [
    'invalid/pod-service-overlap.yaml: 1 error(s) in the site',
    'invalid/pod-service-overlap.yaml:48:18: error: clusters[0].serviceCidr: service CIDR 10.42.128.0/17 overlaps the pod CIDR 10.42.0.0/16; allowed: pod and service CIDRs that share no address; fix: use e.g. podCidr 10.42.0.0/16 and serviceCidr 10.43.0.0/16',
  ],
  'pool-host-bits.yaml': [
    'invalid/pool-host-bits.yaml: 1 error(s) in the site',
    'invalid/pool-host-bits.yaml:48:39: error: clusters[0].pools[0].addresses[0]: pool block 192.168.10.230/28 has host bits set; allowed: a network address with its prefix, or a range a.b.c.d-e.f.g.h; fix: did you mean 192.168.10.224/28?',
  ],
  'pool-in-dhcp.yaml': [
    'invalid/pool-in-dhcp.yaml: 1 error(s) in the site',
    'invalid/pool-in-dhcp.yaml:48:39: error: clusters[0].pools[0].addresses[0]: pool range 192.168.10.190-192.168.10.210 overlaps the DHCP range of network "lan" (192.168.10.100-192.168.10.199); allowed: pool ranges outside every DHCP range; fix: shrink the DHCP range or move the pool',
  ],
  'pool-invalid-range.yaml': [
    'invalid/pool-invalid-range.yaml: 1 error(s) in the site',
    'invalid/pool-invalid-range.yaml:48:39: error: clusters[0].pools[0].addresses[0]: "192.168.10.220-192.168.10.200" is not an address range; allowed: a range a.b.c.d-e.f.g.h (start <= end) or a CIDR block; fix: write e.g. 10.17.4.200-10.17.4.220',
  ],
  'pool-off-node-network.yaml': [
    'invalid/pool-off-node-network.yaml: 1 error(s) in the site',
    'invalid/pool-off-node-network.yaml:53:39: error: clusters[0].pools[0].addresses[0]: pool range 192.168.20.10-192.168.20.49 is on network "services" (192.168.20.0/24), where no node of cluster "tiny" has an interface; MetalLB (L2) answers for pool addresses on the nodes\' own networks only; allowed: a range on a network of the cluster\'s nodes: 192.168.10.0/24 (network "lan"); fix: move the range into 192.168.10.0/24, or put nodes of the cluster on network "services"',
  ],
  'postgresql-node-without-database-node.yaml': [
    'invalid/postgresql-node-without-database-node.yaml: 1 error(s) in the site',
    'invalid/postgresql-node-without-database-node.yaml:47:17: error: clusters[0].postgresql: cluster "tiny" keeps its databases on the database node, but the site has no node of role database; allowed: postgresql: node with a node of role database in the site, or postgresql: cloudnativePg; fix: add a node of role database, or set postgresql: cloudnativePg',
  ],
  'postgresql-cloudnativepg-not-enabled.yaml': [
    'invalid/postgresql-cloudnativepg-not-enabled.yaml: 1 error(s) in the site',
    'invalid/postgresql-cloudnativepg-not-enabled.yaml:47:17: error: clusters[0].postgresql: cluster "tiny" keeps its databases in CloudNativePG, which it does not enable; allowed: postgresql: cloudnativePg with components.cloudnativePg; fix: add components.cloudnativePg: { version: ... }, or set postgresql: node',
  ],
  'pool-outside-networks.yaml': [
    'invalid/pool-outside-networks.yaml: 1 error(s) in the site',
    'invalid/pool-outside-networks.yaml:48:39: error: clusters[0].pools[0].addresses[0]: pool range 10.99.0.200-10.99.0.220 is not inside a site network; allowed: a range inside the network its nodes are on; fix: move the range into a site network',
  ],
  'pool-overlaps-node.yaml': [
    'invalid/pool-overlaps-node.yaml: 1 error(s) in the site',
    'invalid/pool-overlaps-node.yaml:48:39: error: clusters[0].pools[0].addresses[0]: range 192.168.10.20-192.168.10.30 includes an address already used by node "worker1" (nodes[1].address: 192.168.10.21); allowed: each address used by one owner only; fix: give pool "services" of cluster "tiny" an unused address',
  ],
  'pools-overlap.yaml': [
    'invalid/pools-overlap.yaml: 1 error(s) in the site',
    'invalid/pools-overlap.yaml:49:40: error: clusters[0].pools[1].addresses[0]: range 192.168.10.216/29 includes an address already used by pool "services" of cluster "tiny" (clusters[0].pools[0].addresses[0]: 192.168.10.200-192.168.10.220); allowed: each address used by one owner only; fix: give pool "databases" of cluster "tiny" an unused address',
  ],
  'pools-without-metallb.yaml': [
    'invalid/pools-without-metallb.yaml: 1 error(s) in the site',
    'invalid/pools-without-metallb.yaml:48:7: error: clusters[0].pools: cluster "tiny" has address pools but MetalLB is not enabled; allowed: pools only with components.metallb; fix: add components.metallb: { version: ... }, or remove pools',
  ],
  'service-cidr-overlaps-network.yaml': [
    'invalid/service-cidr-overlaps-network.yaml: 1 error(s) in the site',
    'invalid/service-cidr-overlaps-network.yaml:50:18: error: clusters[0].serviceCidr: 10.43.0.0/16 overlaps site network "kube" (10.43.0.0/24); allowed: a CIDR that no site network uses; fix: choose another private range for the cluster',
  ],
  'unknown-cluster-node.yaml': [
    'invalid/unknown-cluster-node.yaml: 1 error(s) in the site',
    'invalid/unknown-cluster-node.yaml:43:18: error: clusters[0].nodes[1]: unknown node "wroker1"; allowed: one of: cp1, worker1; fix: did you mean "worker1"?',
  ],
  'unknown-vip.yaml': [
    'invalid/unknown-vip.yaml: 1 error(s) in the site',
    'invalid/unknown-vip.yaml:66:13: error: clusters[0].apiVip: unknown VIP "apj"; allowed: one of: api; fix: did you mean "api"?',
  ],
  'unquoted-number-string.yaml': [
    'invalid/unquoted-number-string.yaml: 1 error(s) in the site',
    'invalid/unquoted-number-string.yaml:47:15: error: clusters[0].gitops.branch: expected a string, received the number 1.2; allowed: a string; fix: put the value in quotes',
  ],
  'vip-not-on-loadbalancer-network.yaml': [
    'invalid/vip-not-on-loadbalancer-network.yaml: 1 error(s) in the site',
    'invalid/vip-not-on-loadbalancer-network.yaml:69:13: error: clusters[0].apiVip: VIP "api" (10.17.4.10) is not on a network of the load balancers; allowed: an address in 192.168.10.0/24 (network "lan"); fix: move VIP "api" to the load balancers\' network',
  ],
  'vip-two-clusters.yaml': [
    'invalid/vip-two-clusters.yaml: 1 error(s) in the site',
    'invalid/vip-two-clusters.yaml:80:13: error: clusters[1].apiVip: VIP "api" is already used by cluster "tiny"; allowed: one cluster per VIP; fix: give each cluster its own VIP',
  ],
  'vip-wrong-purpose.yaml': [
    'invalid/vip-wrong-purpose.yaml: 1 error(s) in the site',
    'invalid/vip-wrong-purpose.yaml:66:13: error: clusters[0].apiVip: VIP "web" has purpose ingress; allowed: a VIP with purpose kube-api; fix: point apiVip at a kube-api VIP',
  ],
  'pool-name-twice.yaml': [
    'invalid/pool-name-twice.yaml: 1 error(s) in the site',
    'invalid/pool-name-twice.yaml:49:17: error: clusters[0].pools[1].name: pool name \"services\" is used twice in cluster \"tiny\" (pools[0]); allowed: unique pool names per cluster (each is an IPAddressPool); fix: rename one of the pools, or merge their addresses',
  ],
  'pool-first-address-node.yaml': [
    "invalid/pool-first-address-node.yaml: 1 error(s) in the site",
    "invalid/pool-first-address-node.yaml:48:39: error: clusters[0].pools[0].addresses[0]: range 192.168.10.21-192.168.10.30 includes an address already used by node \"worker1\" (nodes[1].address: 192.168.10.21); allowed: each address used by one owner only; fix: give pool \"services\" of cluster \"tiny\" an unused address",
  ],
  'pool-last-address-node.yaml': [
    "invalid/pool-last-address-node.yaml: 1 error(s) in the site",
    "invalid/pool-last-address-node.yaml:48:39: error: clusters[0].pools[0].addresses[0]: range 192.168.10.12-192.168.10.21 includes an address already used by node \"worker1\" (nodes[1].address: 192.168.10.21); allowed: each address used by one owner only; fix: give pool \"services\" of cluster \"tiny\" an unused address",
  ],
  'pool-past-network-end.yaml': [
    "invalid/pool-past-network-end.yaml: 1 error(s) in the site",
    "invalid/pool-past-network-end.yaml:48:39: error: clusters[0].pools[0].addresses[0]: pool range 192.168.10.250-192.168.11.5 is not inside a site network; allowed: a range inside the network its nodes are on; fix: move the range into a site network",
  ],
  'pool-before-network-start.yaml': [
    "invalid/pool-before-network-start.yaml: 1 error(s) in the site",
    "invalid/pool-before-network-start.yaml:48:39: error: clusters[0].pools[0].addresses[0]: pool range 192.168.9.250-192.168.10.0 is not inside a site network; allowed: a range inside the network its nodes are on; fix: move the range into a site network",
  ],
  "postgresql-remote-unknown-cluster.yaml": [
    "invalid/postgresql-remote-unknown-cluster.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-unknown-cluster.yaml:30:28: error: clusters[0].postgresql.cluster: unknown cluster \"dta\"; allowed: one of: apps, data; fix: did you mean \"data\"?",
  ],
  "postgresql-remote-itself.yaml": [
    "invalid/postgresql-remote-itself.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-itself.yaml:30:28: error: clusters[0].postgresql.cluster: cluster \"apps\" keeps its databases on cluster \"apps\", itself; allowed: another cluster of the site, whose CloudNativePG holds the databases; fix: set postgresql: cloudnativePg to keep them in its own CloudNativePG",
  ],
  "postgresql-remote-without-cloudnativepg.yaml": [
    "invalid/postgresql-remote-without-cloudnativepg.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-without-cloudnativepg.yaml:30:28: error: clusters[0].postgresql.cluster: cluster \"apps\" keeps its databases on cluster \"data\", which does not enable CloudNativePG; allowed: a cluster with components.cloudnativePg; fix: add components.cloudnativePg: { version: ... } to cluster \"data\", or point postgresql.cluster at a cluster that runs it",
  ],
  "postgresql-remote-without-metallb.yaml": [
    "invalid/postgresql-remote-without-metallb.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-without-metallb.yaml:30:43: error: clusters[0].postgresql.address: cluster \"apps\" reaches cluster \"data\"'s PostgreSQL on 192.168.10.240, but cluster \"data\" does not enable MetalLB, which would serve that address; allowed: an address of a MetalLB pool of a cluster with components.metallb; fix: add components.metallb: { version: ... } and a pool to cluster \"data\"",
  ],
  "postgresql-remote-address-not-in-pool.yaml": [
    "invalid/postgresql-remote-address-not-in-pool.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-address-not-in-pool.yaml:30:43: error: clusters[0].postgresql.address: postgresql address 192.168.10.230 is not in any pool of cluster \"data\"; allowed: an address in 192.168.10.240-192.168.10.249; fix: pick an address from a pool of cluster \"data\"",
  ],
  "postgresql-remote-two-addresses.yaml": [
    "invalid/postgresql-remote-two-addresses.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-two-addresses.yaml:50:43: error: clusters[2].postgresql.address: cluster \"more\" reaches cluster \"data\"'s PostgreSQL on 192.168.10.241, but cluster \"apps\" on 192.168.10.240 (clusters[0].postgresql.address); allowed: one address per CloudNativePG: 192.168.10.240; fix: set postgresql.address: 192.168.10.240",
  ],
  "postgresql-remote-ingress-address.yaml": [
    "invalid/postgresql-remote-ingress-address.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-ingress-address.yaml:30:43: error: clusters[0].postgresql.address: postgresql address 192.168.10.240 is the ingress address of cluster \"data\"; allowed: an address of the pool that no other Service of that cluster requests; fix: pick another address from a pool of cluster \"data\"",
  ],
  "postgresql-remote-without-address.yaml": [
    "invalid/postgresql-remote-without-address.yaml: 1 error(s) in the site",
    "invalid/postgresql-remote-without-address.yaml:30:17: error: clusters[0].postgresql.address: missing required key \"address\"; allowed: a string; fix: add address",
  ],
};
