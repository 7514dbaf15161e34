/**
 * Every rule of the site, one fixture each: `__tests__/fixtures/invalid/<rule>.yaml` is a small,
 * otherwise valid site that breaks exactly that rule. The table below holds the exact message each
 * fixture produces, `file:line:column` included; a fixture without an entry fails the test, so no
 * fixture goes untested. Fixtures that only warn load, and their warnings are compared instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { formatIssue, loadSite, SiteError, SiteSchema, validateSite, type SiteSpec } from '../../site';

const DIR = path.join(__dirname, '..', 'fixtures', 'invalid');

/** The full message of the SiteError (lines), or the warnings of a site that loads. */
type Expected = readonly string[] | { readonly warnings: readonly string[] };

const EXPECTED: Record<string, Expected> = {
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
  'address-broadcast.yaml': [
    'invalid/address-broadcast.yaml: 1 error(s) in the site',
    'invalid/address-broadcast.yaml:35:14: error: nodes[1].address: 192.168.10.255 is the network or broadcast address of 192.168.10.0/24; allowed: an address in 192.168.10.1-192.168.10.254; fix: pick a host address',
  ],
  'address-outside-network.yaml': [
    'invalid/address-outside-network.yaml: 1 error(s) in the site',
    'invalid/address-outside-network.yaml:38:14: error: nodes[1].address: 10.17.4.21 is outside network "lan" (192.168.10.0/24); allowed: an address in 192.168.10.1-192.168.10.254; fix: set network: kube03, or pick an address in 192.168.10.0/24',
  ],
  'api-vip-without-loadbalancers.yaml': [
    'invalid/api-vip-without-loadbalancers.yaml: 1 error(s) in the site',
    'invalid/api-vip-without-loadbalancers.yaml:50:13: error: clusters[0].apiVip: VIP "api" needs load balancers, but the site has no node of role loadbalancer; allowed: a VIP served by at least one loadbalancer node (two or more for failover); fix: add loadbalancer nodes, or remove the VIP',
  ],
  'backups-without-longhorn.yaml': [
    'invalid/backups-without-longhorn.yaml: 1 error(s) in the site',
    'invalid/backups-without-longhorn.yaml:47:14: error: clusters[0].backups: cluster "tiny" names a backup target, but does not enable Longhorn, whose volumes it backs up; allowed: backups with components.longhorn; fix: add components.longhorn: { version: ... }, or remove backups',
  ],
  'binary-garbage.yaml': [
    'invalid/binary-garbage.yaml: 1 error(s) in the site',
    'invalid/binary-garbage.yaml:1:1: error: (root): invalid YAML: the file is not text (bytes that are not UTF-8 at this position); allowed: a YAML file saved as UTF-8 text; fix: pass the site YAML file, not a binary or differently encoded one',
  ],
  'cidr-host-bits.yaml': [
    'invalid/cidr-host-bits.yaml: 1 error(s) in the site',
    'invalid/cidr-host-bits.yaml:24:11: error: networks[1].cidr: 10.17.4.5/24 has host bits set; allowed: a network address with its prefix; fix: did you mean 10.17.4.0/24?',
  ],
  'cloudflare-target-invalid.yaml': [
    'invalid/cloudflare-target-invalid.yaml: 1 error(s) in the site',
    'invalid/cloudflare-target-invalid.yaml:50:11: error: cloudflare.target: "203.0.113" matches none of the allowed forms; allowed: an IPv4 address or a DNS label; fix: write an IPv4 address or a DNS label here',
  ],
  'cloudflare-target-not-gateway.yaml': [
    'invalid/cloudflare-target-not-gateway.yaml: 1 error(s) in the site',
    'invalid/cloudflare-target-not-gateway.yaml:50:11: error: cloudflare.target: node "cp1" is not a gateway with a publicAddress; allowed: an IPv4 address, or a gateway node with publicAddress; fix: name the gateway node or give the public address',
  ],
  'cloudflare-target-unknown.yaml': [
    'invalid/cloudflare-target-unknown.yaml: 1 error(s) in the site',
    'invalid/cloudflare-target-unknown.yaml:50:11: error: cloudflare.target: unknown node "wg-gatway"; allowed: one of: cp1, worker1; fix: define node "wg-gatway" or reference an existing one',
  ],
  'cluster-member-role.yaml': [
    'invalid/cluster-member-role.yaml: 1 error(s) in the site',
    'invalid/cluster-member-role.yaml:51:27: error: clusters[0].nodes[2]: node "backup" has role generic, which does not join a cluster; allowed: nodes of role server, agent, storage; fix: remove "backup" from the cluster\'s nodes',
  ],
  'database-without-postgresql-disk.yaml': [
    'invalid/database-without-postgresql-disk.yaml: 1 error(s) in the site',
    'invalid/database-without-postgresql-disk.yaml:47:12: error: nodes[2].disks: node "pg1" of role database has no disk of purpose postgresql; allowed: a disk with purpose: postgresql on every database node; fix: add a disk with purpose: postgresql',
  ],
  'dhcp-outside-network.yaml': [
    'invalid/dhcp-outside-network.yaml: 1 error(s) in the site',
    'invalid/dhcp-outside-network.yaml:21:11: error: networks[0].dhcp: DHCP range 192.168.10.100-192.168.11.199 is not inside 192.168.10.0/24; allowed: addresses in 192.168.10.1-192.168.10.254; fix: move the DHCP range inside the network',
  ],
  'dhcp-reversed.yaml': [
    'invalid/dhcp-reversed.yaml: 1 error(s) in the site',
    'invalid/dhcp-reversed.yaml:21:20: error: networks[0].dhcp.start: DHCP range starts at 192.168.10.199, after its end 192.168.10.100; allowed: start <= end; fix: swap start and end',
  ],
  'duplicate-address-dns.yaml': [
    'invalid/duplicate-address-dns.yaml: 1 error(s) in the site',
    'invalid/duplicate-address-dns.yaml:21:11: error: networks[0].dns[0]: DNS server 192.168.10.21 is already used by node "worker1" (nodes[1].address); allowed: an infra node, a network gateway, the hypervisor host, or an address outside the site; fix: point DNS at the infra node',
  ],
  'duplicate-address-gateway.yaml': [
    'invalid/duplicate-address-gateway.yaml: 1 error(s) in the site',
    'invalid/duplicate-address-gateway.yaml:35:14: error: nodes[1].address: 192.168.10.1 is already used by the gateway of network "lan" (networks[0].gateway: 192.168.10.1); allowed: each address used by one owner only; fix: give node "worker1" an unused address',
  ],
  'duplicate-address-hypervisor.yaml': [
    'invalid/duplicate-address-hypervisor.yaml: 1 error(s) in the site',
    'invalid/duplicate-address-hypervisor.yaml:35:14: error: nodes[1].address: 192.168.10.2 is already used by the hypervisor host (hypervisor.host: 192.168.10.2); allowed: each address used by one owner only; fix: give node "worker1" an unused address',
  ],
  'duplicate-address-nodes.yaml': [
    'invalid/duplicate-address-nodes.yaml: 1 error(s) in the site',
    'invalid/duplicate-address-nodes.yaml:35:14: error: nodes[1].address: 192.168.10.11 is already used by node "cp1" (nodes[0].address: 192.168.10.11); allowed: each address used by one owner only; fix: give node "worker1" an unused address',
  ],
  'duplicate-address-vip.yaml': [
    'invalid/duplicate-address-vip.yaml: 1 error(s) in the site',
    'invalid/duplicate-address-vip.yaml:24:27: error: vips[0].address: 192.168.10.21 is already used by node "worker1" (nodes[1].address: 192.168.10.21); allowed: each address used by one owner only; fix: give VIP "api" an unused address',
  ],
  'duplicate-cluster-name.yaml': [
    'invalid/duplicate-cluster-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-cluster-name.yaml:55:11: error: clusters[1].name: cluster name "tiny" is already used by clusters[0]; allowed: a cluster name used once; fix: rename one of the two clusters',
  ],
  'duplicate-disk-name.yaml': [
    'invalid/duplicate-disk-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-disk-name.yaml:39:61: error: nodes[1].disks[1].name: disk name "os" is used twice on node "worker1"; allowed: unique disk names per node; fix: rename one of the disks',
  ],
  'duplicate-mac.yaml': [
    'invalid/duplicate-mac.yaml: 1 error(s) in the site',
    'invalid/duplicate-mac.yaml:40:10: error: nodes[1].mac: MAC 52:54:00:0a:0b:0c is already used by node "cp1" (nodes[0].mac); allowed: a MAC address used once; fix: change one MAC, or remove it to have one derived from the address',
  ],
  'duplicate-network-name.yaml': [
    'invalid/duplicate-network-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-network-name.yaml:22:11: error: networks[1].name: network name "lan" is already used by networks[0]; allowed: a network name used once; fix: rename one of the two networks',
  ],
  'duplicate-node-name.yaml': [
    'invalid/duplicate-node-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-node-name.yaml:40:11: error: nodes[2].name: node name "worker1" is already used by nodes[1]; allowed: a node name used once; fix: rename one of the two nodes',
  ],
  'duplicate-vip-name.yaml': [
    'invalid/duplicate-vip-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-vip-name.yaml:25:13: error: vips[1].name: VIP name "api" is already used by vips[0]; allowed: a VIP name used once; fix: rename one of the two VIPs',
  ],
  'duplicate-yaml-key.yaml': [
    'invalid/duplicate-yaml-key.yaml: 1 error(s) in the site',
    'invalid/duplicate-yaml-key.yaml:37:5: error: (root): invalid YAML: key "cpu" appears twice in this mapping; fix: keep one of the two',
  ],
  'empty-list.yaml': [
    'invalid/empty-list.yaml: 1 error(s) in the site',
    'invalid/empty-list.yaml:39:12: error: nodes[1].disks: a list of 0 is too small; allowed: at least 1 item(s); fix: use at least 1 item(s)',
  ],
  'empty.yaml': [
    'invalid/empty.yaml: 1 error(s) in the site',
    'invalid/empty.yaml:1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/',
  ],
  'even-servers.yaml': { warnings: [
    'invalid/even-servers.yaml:43:12: warning: clusters[0].nodes: cluster "tiny" has 2 k3s servers; etcd quorum tolerates no more failures than with 1; allowed: an odd number of servers (1, 3, 5); fix: add or remove one server',
  ] },
  'gateway-outside-network.yaml': [
    'invalid/gateway-outside-network.yaml: 1 error(s) in the site',
    'invalid/gateway-outside-network.yaml:20:14: error: networks[0].gateway: gateway 192.168.1.1 is not a host address of 192.168.10.0/24; allowed: an address in 192.168.10.1-192.168.10.254; fix: use an address inside the network',
  ],
  'gateway-without-public-address.yaml': [
    'invalid/gateway-without-public-address.yaml: 1 error(s) in the site',
    'invalid/gateway-without-public-address.yaml:43:5: error: nodes[2].publicAddress: gateway node "wg-gateway" has no publicAddress; allowed: the public IPv4 address of the gateway; fix: add publicAddress: <its public address>',
  ],
  'git-url-credentials.yaml': [
    'invalid/git-url-credentials.yaml: 1 error(s) in the site',
    'invalid/git-url-credentials.yaml:46:19: error: clusters[0].gitops.repository: "https://***@git.example.com/tiny.git" has user info (a user name or token before "@"); allowed: https://host/path, or ssh://[user@]host[:port]/path with a login name such as git as the only user info; no password, token, query or fragment; fix: remove it: Flux and Argo CD read Git credentials from a Secret (Flux: the GitRepository secretRef), never from the URL, which is committed',
  ],
  'git-url-query.yaml': [
    'invalid/git-url-query.yaml: 1 error(s) in the site',
    'invalid/git-url-query.yaml:46:19: error: clusters[0].gitops.repository: "https://git.example.com/tiny.git?***" has a query string; allowed: https://host/path, or ssh://[user@]host[:port]/path with a login name such as git as the only user info; no password, token, query or fragment; fix: remove it: Flux and Argo CD read Git credentials from a Secret (Flux: the GitRepository secretRef), never from the URL, which is committed',
  ],
  'hostname-cluster-without-ingress.yaml': [
    'invalid/hostname-cluster-without-ingress.yaml: 1 error(s) in the site',
    'invalid/hostname-cluster-without-ingress.yaml:52:46: error: cloudflare.hostnames[0].cluster: hostname app.tiny.example.org routes to cluster "tiny", which has no ingress; allowed: a cluster with an ingress; fix: add ingress: to cluster "tiny"',
  ],
  'hostname-outside-zone.yaml': [
    'invalid/hostname-outside-zone.yaml: 1 error(s) in the site',
    'invalid/hostname-outside-zone.yaml:58:15: error: cloudflare.hostnames[0].name: hostname tiny.example.com is not in zone tiny.example.org; allowed: tiny.example.org or a name ending in .tiny.example.org; fix: rename it to <name>.tiny.example.org',
  ],
  'hostname-internal-name.yaml': [
    'invalid/hostname-internal-name.yaml: 1 error(s) in the site',
    'invalid/hostname-internal-name.yaml:67:15: error: cloudflare.hostnames[1].name: public hostname grafana.tiny.example.org is also the internal name of node "grafana" (nodes[2]: 192.168.10.30): inside the site it would resolve to that address, outside to the public ingress; allowed: a public hostname that no node or VIP is named as in domain tiny.example.org; fix: rename node "grafana", or choose another public hostname',
  ],
  'hostname-twice.yaml': [
    'invalid/hostname-twice.yaml: 1 error(s) in the site',
    'invalid/hostname-twice.yaml:59:15: error: cloudflare.hostnames[1].name: hostname app.tiny.example.org is declared twice; allowed: each hostname once; fix: remove the duplicate',
  ],
  'hostname-unknown-cluster.yaml': [
    'invalid/hostname-unknown-cluster.yaml: 1 error(s) in the site',
    'invalid/hostname-unknown-cluster.yaml:58:46: error: cloudflare.hostnames[0].cluster: unknown cluster "tinny"; allowed: one of: tiny; fix: did you mean "tiny"?',
  ],
  'hypervisor-kind-missing.yaml': [
    'invalid/hypervisor-kind-missing.yaml: 1 error(s) in the site',
    'invalid/hypervisor-kind-missing.yaml:6:3: error: hypervisor.kind: missing required key "kind"; allowed: one of: libvirt, proxmox; fix: add kind',
  ],
  'hypervisor-kind-typo.yaml': [
    'invalid/hypervisor-kind-typo.yaml: 1 error(s) in the site',
    'invalid/hypervisor-kind-typo.yaml:6:9: error: hypervisor.kind: "libvrt" is not a known kind; allowed: one of: libvirt, proxmox; fix: did you mean "libvirt"?',
  ],
  'image-url-scheme.yaml': [
    'invalid/image-url-scheme.yaml: 1 error(s) in the site',
    'invalid/image-url-scheme.yaml:14:10: error: images.debian.url: "ftp://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-am..." is not an http(s) URL; allowed: an http(s) URL; fix: write an http(s) URL here',
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
  'invalid-cidr.yaml': [
    'invalid/invalid-cidr.yaml: 1 error(s) in the site',
    'invalid/invalid-cidr.yaml:19:11: error: networks[0].cidr: "192.168.10.0/33" is not an IPv4 CIDR block; allowed: an IPv4 CIDR block; fix: write an IPv4 CIDR block here',
  ],
  'invalid-ipv4.yaml': [
    'invalid/invalid-ipv4.yaml: 1 error(s) in the site',
    'invalid/invalid-ipv4.yaml:35:14: error: nodes[1].address: "192.168.10.021" is not an IPv4 address; allowed: an IPv4 address; fix: write an IPv4 address here',
  ],
  'invalid-yaml.yaml': [
    'invalid/invalid-yaml.yaml: 1 error(s) in the site',
    'invalid/invalid-yaml.yaml:32:3: error: (root): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix: fix the YAML syntax at this position',
  ],
  'k3s-version.yaml': [
    'invalid/k3s-version.yaml: 1 error(s) in the site',
    'invalid/k3s-version.yaml:44:21: error: clusters[0].k3s.version: "v1.33.5" is not a k3s release such as v1.33.5+k3s1; allowed: a k3s release such as v1.33.5+k3s1; fix: write a k3s release such as v1.33.5+k3s1 here',
  ],
  'libvirt-uri-command.yaml': [
    'invalid/libvirt-uri-command.yaml: 1 error(s) in the site',
    'invalid/libvirt-uri-command.yaml:10:8: error: hypervisor.uri: "qemu+ssh://root@192.168.10.2/system?command=/x" has the query parameter "command", which is not allowed: it names a program to run instead of ssh; allowed: for qemu+ssh only the query parameters keyfile and knownhosts (paths); fix: remove "command=/x" from the query',
  ],
  'libvirt-uri-ext.yaml': [
    'invalid/libvirt-uri-ext.yaml: 1 error(s) in the site',
    'invalid/libvirt-uri-ext.yaml:10:8: error: hypervisor.uri: "qemu+ext:///system?command=/tmp/pwn.sh" uses the scheme "qemu+ext", which is not allowed: the ext transport runs the program the URI names (command=) on the machine running Terraform; allowed: qemu:///system or qemu:///session (libvirt on the machine running Terraform), qemu+ssh://[user@]host[:port]/system with the query parameters keyfile and knownhosts, qemu+tls://host[:port]/system with pkipath, or qemu+tcp://host[:port]/system (/session instead of /system on each); fix: connect with qemu+ssh://[user@]host/system (the provider\'s own SSH client, which runs no program)',
  ],
  'libvirt-uri-no-verify.yaml': [
    'invalid/libvirt-uri-no-verify.yaml: 1 error(s) in the site',
    'invalid/libvirt-uri-no-verify.yaml:10:8: error: hypervisor.uri: "qemu+tls://192.168.10.2/system?no_verify=1" has the query parameter "no_verify", which is not allowed: it turns the host key or certificate check off; allowed: for qemu+tls only the query parameter pkipath (a path); fix: remove "no_verify=1" from the query',
  ],
  'libvirt-uri-sshcmd.yaml': [
    'invalid/libvirt-uri-sshcmd.yaml: 1 error(s) in the site',
    'invalid/libvirt-uri-sshcmd.yaml:10:8: error: hypervisor.uri: "qemu+sshcmd://root@192.168.10.2/system?command=/tmp/pwn.sh&known_hosts_verify..." uses the scheme "qemu+sshcmd", which is not allowed: the sshcmd transport runs a program the URI can name (command=, netcat=) on the machine running Terraform; allowed: qemu:///system or qemu:///session (libvirt on the machine running Terraform), qemu+ssh://[user@]host[:port]/system with the query parameters keyfile and knownhosts, qemu+tls://host[:port]/system with pkipath, or qemu+tcp://host[:port]/system (/session instead of /system on each); fix: connect with qemu+ssh://[user@]host/system (the provider\'s own SSH client, which runs no program)',
  ],
  'libvirt-uri-unknown-parameter.yaml': [
    'invalid/libvirt-uri-unknown-parameter.yaml: 1 error(s) in the site',
    'invalid/libvirt-uri-unknown-parameter.yaml:10:8: error: hypervisor.uri: "qemu+ssh://root@192.168.10.2/system?keyfile=/root/.ssh/id_ed25519&mode=legacy" has the query parameter "mode", which is not allowed; allowed: for qemu+ssh only the query parameters keyfile and knownhosts (paths); fix: remove "mode=legacy" from the query',
  ],
  'longhorn-without-disk.yaml': [
    'invalid/longhorn-without-disk.yaml: 1 error(s) in the site',
    'invalid/longhorn-without-disk.yaml:48:17: error: clusters[0].components.longhorn: Longhorn is enabled but no node of cluster "tiny" has a longhorn disk; allowed: at least one member node with a disk of purpose longhorn; fix: add a longhorn disk to the storage or agent nodes',
  ],
  'loki-chart-major.yaml': [
    'invalid/loki-chart-major.yaml: 1 error(s) in the site',
    "invalid/loki-chart-major.yaml:48:24: error: clusters[0].components.loki.version: loki chart version 6.55.0 is not 18.x, the chart sitekit writes Loki's values for (grafana-community's loki chart): with grafana/loki's 6.x they render no Loki, and the upgrade deletes its StatefulSet and volume; allowed: 18.x of https://grafana-community.github.io/helm-charts; fix: set components.loki.version to 18.x, e.g. the release sitekit pins (cluster/versions.ts); see README, Day 2",
  ],
  'missing-required-key.yaml': [
    'invalid/missing-required-key.yaml: 1 error(s) in the site',
    'invalid/missing-required-key.yaml:32:5: error: nodes[1].memoryMiB: missing required key "memoryMiB"; allowed: an integer; fix: add memoryMiB',
  ],
  'name-not-dns-label.yaml': [
    'invalid/name-not-dns-label.yaml: 1 error(s) in the site',
    'invalid/name-not-dns-label.yaml:42:11: error: clusters[0].name: "Tiny_Cluster" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: did you mean "tiny-cluster"?',
  ],
  'network-overlap.yaml': [
    'invalid/network-overlap.yaml: 1 error(s) in the site',
    'invalid/network-overlap.yaml:27:11: error: networks[2].cidr: 10.0.3.0/24 overlaps network "kube" (10.0.2.0/23, networks[1]); allowed: networks that share no address; fix: choose a CIDR that does not overlap any other network',
  ],
  'nfs-without-storage-node.yaml': [
    'invalid/nfs-without-storage-node.yaml: 1 error(s) in the site',
    'invalid/nfs-without-storage-node.yaml:48:12: error: clusters[0].components.nfs: NFS is enabled but the site has no node of role storage; allowed: a storage node exporting /srv/nfs/shared; fix: add a node of role storage',
  ],
  'no-os-disk.yaml': [
    'invalid/no-os-disk.yaml: 1 error(s) in the site',
    'invalid/no-os-disk.yaml:39:12: error: nodes[1].disks: node "worker1" has 0 disks of purpose os; allowed: exactly one disk with purpose: os; fix: mark exactly one disk as purpose: os',
  ],
  'no-server.yaml': [
    'invalid/no-server.yaml: 1 error(s) in the site',
    'invalid/no-server.yaml:43:12: error: clusters[0].nodes: cluster "tiny" has no k3s server; allowed: at least one node of role server (3 for HA); fix: add a node of role server to the cluster',
  ],
  'node-in-dhcp.yaml': [
    'invalid/node-in-dhcp.yaml: 1 error(s) in the site',
    'invalid/node-in-dhcp.yaml:35:14: error: nodes[1].address: static address 192.168.10.121 is inside the DHCP range of network "lan" (192.168.10.100-192.168.10.199); allowed: static addresses outside every DHCP range; fix: move the node or shrink the DHCP range',
  ],
  'node-in-two-clusters.yaml': [
    'invalid/node-in-two-clusters.yaml: 1 error(s) in the site',
    'invalid/node-in-two-clusters.yaml:56:18: error: clusters[1].nodes[1]: node "worker1" is already in cluster "tiny"; allowed: each node in one cluster; fix: remove "worker1" from one of the clusters',
  ],
  'not-a-mapping.yaml': [
    'invalid/not-a-mapping.yaml: 1 error(s) in the site',
    'invalid/not-a-mapping.yaml:2:1: error: (root): expected a mapping, received a list of 2; allowed: a mapping; fix: write a mapping here',
  ],
  'number-too-small.yaml': [
    'invalid/number-too-small.yaml: 1 error(s) in the site',
    'invalid/number-too-small.yaml:28:10: error: nodes[0].cpu: 0 is too small; allowed: at least 1; fix: use at least 1',
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
  'public-address-not-external.yaml': [
    'invalid/public-address-not-external.yaml: 1 error(s) in the site',
    'invalid/public-address-not-external.yaml:50:20: error: nodes[2].publicAddress: node "wg-gateway" has a publicAddress but is not external; allowed: publicAddress only on external nodes (a VPS outside the hypervisor); fix: add external: true, or remove publicAddress',
  ],
  'removal-short-reason.yaml': [
    'invalid/removal-short-reason.yaml: 1 error(s) in the site',
    'invalid/removal-short-reason.yaml:54:74: error: changes.removals[0].reason: "gone" is too small; allowed: at least 10 character(s); fix: use at least 10 character(s)',
  ],
  'rename-old-name-exists.yaml': [
    'invalid/rename-old-name-exists.yaml: 1 error(s) in the site',
    'invalid/rename-old-name-exists.yaml:54:15: error: changes.renames[0].node: node "worker1" is renamed to "cp1" but still exists (nodes[1]); allowed: the old name of a renamed node, which no node of the site has any more; fix: rename nodes[1] to "cp1", or remove the rename',
  ],
  'rename-same-target.yaml': [
    'invalid/rename-same-target.yaml: 1 error(s) in the site',
    'invalid/rename-same-target.yaml:55:27: error: changes.renames[1].to: node "worker1" is the new name of two renames (changes.renames[0] from "worker0"); allowed: one old name per node; fix: keep the rename from the node\'s last name and remove the other',
  ],
  'rename-twice.yaml': [
    'invalid/rename-twice.yaml: 1 error(s) in the site',
    'invalid/rename-twice.yaml:55:15: error: changes.renames[1].node: node "worker0" is renamed twice (changes.renames[0]); allowed: each old name renamed once; fix: remove one of the two renames',
  ],
  'rename-unknown-target.yaml': [
    'invalid/rename-unknown-target.yaml: 1 error(s) in the site',
    'invalid/rename-unknown-target.yaml:54:28: error: changes.renames[0].to: unknown node "worker2"; allowed: one of: cp1, worker1; fix: did you mean "worker1"?',
  ],
  'service-cidr-overlaps-network.yaml': [
    'invalid/service-cidr-overlaps-network.yaml: 1 error(s) in the site',
    'invalid/service-cidr-overlaps-network.yaml:50:18: error: clusters[0].serviceCidr: 10.43.0.0/16 overlaps site network "kube" (10.43.0.0/24); allowed: a CIDR that no site network uses; fix: choose another private range for the cluster',
  ],
  'ssh-key.yaml': [
    'invalid/ssh-key.yaml: 1 error(s) in the site',
    'invalid/ssh-key.yaml:50:7: error: ssh.authorizedKeys[0]: "ssh-dss AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3b2k ..." is not an OpenSSH public key line; allowed: an OpenSSH public key line; fix: write an OpenSSH public key line here',
  ],
  'storage-without-nfs-disk.yaml': [
    'invalid/storage-without-nfs-disk.yaml: 1 error(s) in the site',
    'invalid/storage-without-nfs-disk.yaml:47:12: error: nodes[2].disks: node "nas" of role storage has no disk of purpose nfs; allowed: a disk with purpose: nfs on every storage node; fix: add a disk with purpose: nfs',
  ],
  'tab-indentation.yaml': [
    'invalid/tab-indentation.yaml: 1 error(s) in the site',
    'invalid/tab-indentation.yaml:33:1: error: (root): invalid YAML: Tabs are not allowed as indentation; fix: fix the YAML syntax at this position',
  ],
  'tunnel-address-broadcast.yaml': [
    'invalid/tunnel-address-broadcast.yaml: 1 error(s) in the site',
    'invalid/tunnel-address-broadcast.yaml:54:20: error: nodes[4].tunnel.peerAddress: tunnel address 10.17.0.255 is the network or broadcast address of 10.17.0.0/24; allowed: an address in 10.17.0.1-10.17.0.254; fix: pick a host address',
  ],
  'tunnel-address-gateway.yaml': [
    'invalid/tunnel-address-gateway.yaml: 1 error(s) in the site',
    'invalid/tunnel-address-gateway.yaml:54:20: error: nodes[4].tunnel.peerAddress: tunnel address 10.17.0.1 is the address of gateway "wg-gateway" itself; allowed: a free address in 10.17.0.1-10.17.0.254 other than 10.17.0.1; fix: give the peer its own address in 10.17.0.0/24',
  ],
  'tunnel-address-outside-network.yaml': [
    'invalid/tunnel-address-outside-network.yaml: 1 error(s) in the site',
    'invalid/tunnel-address-outside-network.yaml:54:20: error: nodes[4].tunnel.peerAddress: tunnel address 10.17.3.2 is outside network "tunnel" (10.17.0.0/24) of gateway "wg-gateway"; allowed: an address in 10.17.0.1-10.17.0.254; fix: pick a free address in 10.17.0.0/24',
  ],
  'tunnel-address-used.yaml': [
    'invalid/tunnel-address-used.yaml: 1 error(s) in the site',
    'invalid/tunnel-address-used.yaml:54:20: error: nodes[4].tunnel.peerAddress: 10.17.0.2 is already used by node "wg-gateway2" (nodes[5].address: 10.17.0.2); allowed: each address used by one owner only; fix: give the tunnel of gateway "wg-gateway" an unused address',
  ],
  'tunnel-forward-port.yaml': [
    'invalid/tunnel-forward-port.yaml: 1 error(s) in the site',
    'invalid/tunnel-forward-port.yaml:55:21: error: nodes[4].tunnel.forward[1]: 8080 is not allowed here; allowed: one of: 80, 443; fix: use one of: 80, 443',
  ],
  'tunnel-forward-twice.yaml': [
    'invalid/tunnel-forward-twice.yaml: 1 error(s) in the site',
    'invalid/tunnel-forward-twice.yaml:55:22: error: nodes[4].tunnel.forward[1]: port 443 is forwarded twice; allowed: each port once; fix: remove the duplicate',
  ],
  'tunnel-gateway-not-wireguard.yaml': [
    'invalid/tunnel-gateway-not-wireguard.yaml: 1 error(s) in the site',
    'invalid/tunnel-gateway-not-wireguard.yaml:44:14: error: nodes[4].network: gateway "wg-gateway" has a tunnel but is on network "lan" of kind bridge; allowed: a gateway with a tunnel on a network of kind wireguard; fix: put the gateway on its wireguard network',
  ],
  'tunnel-not-on-gateway.yaml': [
    'invalid/tunnel-not-on-gateway.yaml: 1 error(s) in the site',
    'invalid/tunnel-not-on-gateway.yaml:40:15: error: nodes[2].tunnel: node "lb1" of role loadbalancer has a tunnel; allowed: tunnel only on nodes of role gateway; fix: remove tunnel, or set role: gateway',
  ],
  'tunnel-peer-not-loadbalancer.yaml': [
    'invalid/tunnel-peer-not-loadbalancer.yaml: 1 error(s) in the site',
    'invalid/tunnel-peer-not-loadbalancer.yaml:53:13: error: nodes[4].tunnel.peer: node "worker1" has role agent and cannot be the site side of the tunnel; allowed: a load balancer holding the ingress VIP of one cluster: one of: lb1, lb2; fix: set peer to a load balancer on the network of the ingress VIP',
  ],
  'tunnel-peer-twice.yaml': [
    'invalid/tunnel-peer-twice.yaml: 1 error(s) in the site',
    'invalid/tunnel-peer-twice.yaml:60:23: error: nodes[5].tunnel.peer: node "lb1" is already the tunnel peer of gateway "wg-gateway" (nodes[4].tunnel.peer); allowed: each load balancer the peer of one gateway; fix: give each gateway its own peer',
  ],
  'tunnel-peer-two-ingresses.yaml': [
    'invalid/tunnel-peer-two-ingresses.yaml: 1 error(s) in the site',
    'invalid/tunnel-peer-two-ingresses.yaml:54:13: error: nodes[4].tunnel.peer: load balancer "lb1" holds the ingress VIPs of clusters "tiny", "other"; the tunnel forwards to one ingress; allowed: a load balancer holding the ingress VIP of one cluster (the site has none); fix: put the public cluster\'s ingress VIP on a network of its own load balancers and peer with one of them',
  ],
  'tunnel-peer-unknown.yaml': [
    'invalid/tunnel-peer-unknown.yaml: 1 error(s) in the site',
    'invalid/tunnel-peer-unknown.yaml:53:13: error: nodes[4].tunnel.peer: unknown node "lb3"; allowed: one of: cp1, worker1, lb1, lb2, wg-gateway; fix: did you mean "lb1"?',
  ],
  'tunnel-peer-without-ingress.yaml': [
    'invalid/tunnel-peer-without-ingress.yaml: 1 error(s) in the site',
    'invalid/tunnel-peer-without-ingress.yaml:54:13: error: nodes[4].tunnel.peer: load balancer "lb3" holds no ingress VIP (no cluster\'s ingress VIP is on its network "lan"); allowed: a load balancer holding the ingress VIP of one cluster: one of: lb1, lb2; fix: set peer to a load balancer on the network of the ingress VIP',
  ],
  'unknown-cluster-node.yaml': [
    'invalid/unknown-cluster-node.yaml: 1 error(s) in the site',
    'invalid/unknown-cluster-node.yaml:43:18: error: clusters[0].nodes[1]: unknown node "wroker1"; allowed: one of: cp1, worker1; fix: did you mean "worker1"?',
  ],
  'unknown-hypervisor-kind.yaml': [
    'invalid/unknown-hypervisor-kind.yaml: 1 error(s) in the site',
    'invalid/unknown-hypervisor-kind.yaml:6:9: error: hypervisor.kind: "esxi" is not a known kind; allowed: one of: libvirt, proxmox; fix: set kind to one of: libvirt, proxmox',
  ],
  'unknown-image.yaml': [
    'invalid/unknown-image.yaml: 1 error(s) in the site',
    'invalid/unknown-image.yaml:38:12: error: nodes[1].image: unknown image "debain"; allowed: one of: debian; fix: did you mean "debian"?',
  ],
  'unknown-key-no-guess.yaml': [
    'invalid/unknown-key-no-guess.yaml: 1 error(s) in the site',
    'invalid/unknown-key-no-guess.yaml:34:5: error: nodes[1].colour: unknown key "colour"; allowed: one of: name, role, network, address, mac, cpu, memoryMiB, disks, image, publicAddress, external, tunnel; fix: remove "colour"',
  ],
  'unknown-key.yaml': [
    'invalid/unknown-key.yaml: 1 error(s) in the site',
    'invalid/unknown-key.yaml:20:5: error: networks[0].gatway: unknown key "gatway"; allowed: one of: name, cidr, kind, vlan, bridge, gateway, dns, dhcp; fix: did you mean "gateway"?',
  ],
  'unknown-network.yaml': [
    'invalid/unknown-network.yaml: 1 error(s) in the site',
    'invalid/unknown-network.yaml:34:14: error: nodes[1].network: unknown network "lna"; allowed: one of: lan; fix: did you mean "lan"?',
  ],
  'unknown-top-level-key.yaml': [
    'invalid/unknown-top-level-key.yaml: 1 error(s) in the site',
    'invalid/unknown-top-level-key.yaml:48:1: error: vip: unknown key "vip"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, ssh, terraform, policy, changes; fix: did you mean "vips"?',
  ],
  'unknown-vip.yaml': [
    'invalid/unknown-vip.yaml: 1 error(s) in the site',
    'invalid/unknown-vip.yaml:66:13: error: clusters[0].apiVip: unknown VIP "apj"; allowed: one of: api; fix: did you mean "api"?',
  ],
  'unquoted-number-string.yaml': [
    'invalid/unquoted-number-string.yaml: 1 error(s) in the site',
    'invalid/unquoted-number-string.yaml:47:15: error: clusters[0].gitops.branch: expected a string, received the number 1.2; allowed: a string; fix: put the value in quotes',
  ],
  'vip-in-dhcp.yaml': [
    'invalid/vip-in-dhcp.yaml: 1 error(s) in the site',
    'invalid/vip-in-dhcp.yaml:24:27: error: vips[0].address: VIP 192.168.10.150 is inside the DHCP range of network "lan" (192.168.10.100-192.168.10.199); allowed: an address outside every DHCP range; fix: move the VIP or shrink the DHCP range',
  ],
  'vip-network-address.yaml': [
    'invalid/vip-network-address.yaml: 1 error(s) in the site',
    'invalid/vip-network-address.yaml:24:27: error: vips[0].address: VIP 192.168.10.0 is the network or broadcast address of 192.168.10.0/24; allowed: an address in 192.168.10.1-192.168.10.254; fix: pick a host address',
  ],
  'vip-not-on-loadbalancer-network.yaml': [
    'invalid/vip-not-on-loadbalancer-network.yaml: 1 error(s) in the site',
    'invalid/vip-not-on-loadbalancer-network.yaml:69:13: error: clusters[0].apiVip: VIP "api" (10.17.4.10) is not on a network of the load balancers; allowed: an address in 192.168.10.0/24 (network "lan"); fix: move VIP "api" to the load balancers\' network',
  ],
  'vip-outside-networks.yaml': [
    'invalid/vip-outside-networks.yaml: 1 error(s) in the site',
    'invalid/vip-outside-networks.yaml:24:27: error: vips[0].address: VIP 10.99.0.10 is not inside any site network; allowed: an address in one of: 192.168.10.0/24; fix: pick an address on the load balancers\' network',
  ],
  'vip-two-clusters.yaml': [
    'invalid/vip-two-clusters.yaml: 1 error(s) in the site',
    'invalid/vip-two-clusters.yaml:80:13: error: clusters[1].apiVip: VIP "api" is already used by cluster "tiny"; allowed: one cluster per VIP; fix: give each cluster its own VIP',
  ],
  'vip-wrong-purpose.yaml': [
    'invalid/vip-wrong-purpose.yaml: 1 error(s) in the site',
    'invalid/vip-wrong-purpose.yaml:66:13: error: clusters[0].apiVip: VIP "web" has purpose ingress; allowed: a VIP with purpose kube-api; fix: point apiVip at a kube-api VIP',
  ],
  'vlan-id-on-bridge.yaml': [
    'invalid/vlan-id-on-bridge.yaml: 1 error(s) in the site',
    'invalid/vlan-id-on-bridge.yaml:19:11: error: networks[0].vlan: VLAN id 10 on a network of kind bridge; allowed: vlan only on networks of kind vlan; fix: remove vlan or set kind: vlan',
  ],
  'vlan-without-id.yaml': [
    'invalid/vlan-without-id.yaml: 1 error(s) in the site',
    'invalid/vlan-without-id.yaml:22:5: error: networks[1].vlan: network "storage" is of kind vlan but has no VLAN id; allowed: an integer 1-4094; fix: add vlan: <id>, or change kind',
  ],
  'wrong-enum.yaml': [
    'invalid/wrong-enum.yaml: 1 error(s) in the site',
    'invalid/wrong-enum.yaml:33:11: error: nodes[1].role: "agnet" is not allowed here; allowed: one of: server, agent, storage, loadbalancer, database, infra, gateway, generic; fix: did you mean "agent"?',
  ],
  'wrong-type.yaml': [
    'invalid/wrong-type.yaml: 1 error(s) in the site',
    'invalid/wrong-type.yaml:36:10: error: nodes[1].cpu: expected an integer, received "two"; allowed: an integer; fix: write an integer here',
  ],
  'disk-purpose-twice.yaml': [
    "invalid/disk-purpose-twice.yaml: 1 error(s) in the site",
    "invalid/disk-purpose-twice.yaml:39:135: error: nodes[1].disks[2].purpose: node \"worker1\" has a second disk of purpose longhorn (the first is disks[1]); allowed: one disk of purpose longhorn per node (the bootstrap mounts it at /var/lib/longhorn); fix: make it one larger disk, or give this one purpose: data",
  ],
  'gateway-without-tunnel-or-infra.yaml': [
    "invalid/gateway-without-tunnel-or-infra.yaml: 1 error(s) in the site",
    "invalid/gateway-without-tunnel-or-infra.yaml:43:5: error: nodes[2]: gateway \"wg-gateway\" has no tunnel block, and the site has no infra node to be the site side of its WireGuard tunnel; allowed: a tunnel block (a load balancer as the site side), or a node of role infra; fix: add tunnel: { peer: <a load balancer>, peerAddress: <a free address of its wireguard network> }, or add an infra node",
  ],
  'nat-bridges-differ.yaml': [
    "invalid/nat-bridges-differ.yaml: 1 error(s) in the site",
    "invalid/nat-bridges-differ.yaml:31:13: error: networks[2].bridge: NAT network \"kube-b\" names bridge vbr-b, NAT network \"kube-a\" bridge vbr-a; allowed: one bridge for all NAT networks on libvirt (they share one libvirt network); fix: name bridge vbr-a on both, or no bridge",
  ],
  'nat-dhcp-twice.yaml': [
    "invalid/nat-dhcp-twice.yaml: 1 error(s) in the site",
    "invalid/nat-dhcp-twice.yaml:31:11: error: networks[2].dhcp: NAT networks \"kube-a\" and \"kube-b\" both declare a dhcp range; allowed: a dhcp range on one NAT network at most on libvirt (they share one libvirt network, which serves DHCP on one range); fix: keep dhcp on one of them (nodes have static addresses)",
  ],
  'too-many-disks.yaml': [
    "invalid/too-many-disks.yaml: 1 error(s) in the site",
    "invalid/too-many-disks.yaml:40:7: error: nodes[1].disks: a list of 27 is too big; allowed: at most 26 item(s); fix: use at most 26 item(s)",
  ],
  'vip-too-many-loadbalancers.yaml': [
    "invalid/vip-too-many-loadbalancers.yaml: 1 error(s) in the site",
    "invalid/vip-too-many-loadbalancers.yaml:58:48: error: nodes[17].network: VIP \"api\" would be held by 16 load balancers on network \"lan\"; keepalived's priorities (150, 140, ... 10) take 15; allowed: at most 15 load balancers on the network of a VIP; fix: remove load balancers from network \"lan\" (from \"lb16\" on)",
  ],
  'pool-name-twice.yaml': [
    'invalid/pool-name-twice.yaml: 1 error(s) in the site',
    'invalid/pool-name-twice.yaml:49:17: error: clusters[0].pools[1].name: pool name \"services\" is used twice in cluster \"tiny\" (pools[0]); allowed: unique pool names per cluster (each is an IPAddressPool); fix: rename one of the pools, or merge their addresses',
  ],
  'vm-on-wireguard.yaml': [
    "invalid/vm-on-wireguard.yaml: 1 error(s) in the site",
    "invalid/vm-on-wireguard.yaml:43:43: error: nodes[2].network: node \"vpn1\" is a VM on the wireguard network \"tunnel\", which the hypervisor has no bridge for; allowed: VMs on bridge, nat or vlan networks; external nodes on wireguard networks; fix: add external: true, or put the node on another network",
  ],
  'loadbalancer-without-vip.yaml': [
    "invalid/loadbalancer-without-vip.yaml: 1 error(s) in the site",
    "invalid/loadbalancer-without-vip.yaml:47:47: error: nodes[3].network: load balancer \"lb2\" is on network \"lan\", which holds no VIP of the site; allowed: load balancers on the network of a VIP; fix: move it to the network of a VIP, or add a VIP on its network",
  ],
  'server-in-no-cluster.yaml': [
    "invalid/server-in-no-cluster.yaml: 1 error(s) in the site",
    "invalid/server-in-no-cluster.yaml:40:24: error: nodes[2].role: node \"cp2\" of role server is in no cluster; allowed: server nodes listed in the nodes of a cluster; fix: add \"cp2\" to a cluster's nodes, or change its role",
  ],
  'agent-in-no-cluster.yaml': [
    "invalid/agent-in-no-cluster.yaml: 1 error(s) in the site",
    "invalid/agent-in-no-cluster.yaml:40:28: error: nodes[2].role: node \"worker2\" of role agent is in no cluster; allowed: agent nodes listed in the nodes of a cluster; fix: add \"worker2\" to a cluster's nodes, or change its role",
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
  'node-in-one-address-dhcp.yaml': [
    "invalid/node-in-one-address-dhcp.yaml: 1 error(s) in the site",
    "invalid/node-in-one-address-dhcp.yaml:35:14: error: nodes[1].address: static address 192.168.10.21 is inside the DHCP range of network \"lan\" (192.168.10.21-192.168.10.21); allowed: static addresses outside every DHCP range; fix: move the node or shrink the DHCP range",
  ],
  'flatcar-packages.yaml': [
    "invalid/flatcar-packages.yaml: 1 error(s) in the site",
    "invalid/flatcar-packages.yaml:43:104: error: nodes[2].image: node \"pg1\" of role database needs the postgresql packages, which Flatcar cannot install; allowed: a debian or ubuntu image for database nodes; fix: give it a debian or ubuntu image",
  ],
};

const fixtures = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

/** Loads a fixture the way the acceptance text asks: `loadSite(text, 'invalid/<name>.yaml')`. */
function load(name: string) {
  return loadSite(fs.readFileSync(path.join(DIR, name), 'utf8'), `invalid/${name}`);
}

function siteError(fn: () => unknown): SiteError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SiteError) return e;
    throw new Error(`expected a SiteError, got ${String(e)}`);
  }
  throw new Error('expected a SiteError, but the site loaded');
}

describe('invalid fixtures', () => {
  test('there are at least 25, and every one has an expected message (add it to EXPECTED)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  test('every expected message has its fixture', () => {
    expect(Object.keys(EXPECTED).filter((f) => !fixtures.includes(f))).toEqual([]);
  });

  test.each(fixtures)('%s', (name) => {
    const expected = EXPECTED[name];
    expect(expected).toBeDefined();
    if (Array.isArray(expected)) {
      const e = siteError(() => load(name));
      expect(e.message).toBe(expected.join('\n'));
      // One rule per fixture: exactly one issue, no stray warning either.
      expect(e.issues).toHaveLength(1);
      expect(e.file).toBe(`invalid/${name}`);
    } else {
      const { warnings } = expected as { warnings: readonly string[] };
      const result = load(name);
      expect(result.warnings.map(formatIssue)).toEqual(warnings);
    }
  });
});

describe('validateSite', () => {
  const spec = (): SiteSpec => SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'valid', 'defaults.yaml'), 'utf8')));

  test('the default site.yaml and the examples have no issue at all, not even a warning', () => {
    for (const file of ['site.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml']) {
      const parsed = SiteSchema.parse(parse(fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8')));
      expect([file, validateSite(parsed)]).toEqual([file, []]);
    }
  });

  test('returns issues without a location (the loader adds it), and reports every problem at once', () => {
    const s = spec();
    s.nodes[1].address = s.nodes[0].address; // same address twice
    s.nodes[1].image = 'debain'; // unknown image
    s.clusters[0].podCidr = '10.42.1.0/16'; // host bits
    expect(validateSite(s)).toEqual([
      {
        severity: 'error',
        path: ['nodes', 1, 'address'],
        message: '192.168.30.11 is already used by node "server1" (nodes[0].address: 192.168.30.11)',
        allowed: 'each address used by one owner only',
        fix: 'give node "agent1" an unused address',
      },
      { severity: 'error', path: ['nodes', 1, 'image'], message: 'unknown image "debain"', allowed: 'one of: debian', fix: 'did you mean "debian"?' },
      {
        severity: 'error',
        path: ['clusters', 0, 'podCidr'],
        message: '10.42.1.0/16 has host bits set',
        allowed: 'a network address with its prefix',
        fix: 'did you mean 10.42.0.0/16?',
      },
    ]);
  });

  test('warnings have severity warning', () => {
    const s = spec();
    s.nodes[1].role = 'server';
    expect(validateSite(s)).toEqual([
      {
        severity: 'warning',
        path: ['clusters', 0, 'nodes'],
        message: 'cluster "plain" has 2 k3s servers; etcd quorum tolerates no more failures than with 1',
        allowed: 'an odd number of servers (1, 3, 5)',
        fix: 'add or remove one server',
      },
    ]);
  });

  test('four servers warn too; three do not', () => {
    const s = spec();
    const server = (name: string, address: string) => ({ ...s.nodes[0], name, address });
    s.nodes.push(server('server2', '192.168.30.12'), server('server3', '192.168.30.13'));
    s.clusters[0].nodes.push('server2', 'server3');
    expect(validateSite(s)).toEqual([]);
    s.nodes.push(server('server4', '192.168.30.14'));
    s.clusters[0].nodes.push('server4');
    expect(validateSite(s).map((i) => `${i.severity}: ${i.message}`)).toEqual([
      'warning: cluster "plain" has 4 k3s servers; etcd quorum tolerates no more failures than with 3',
    ]);
  });

  test('does not change the spec it is given', () => {
    const s = spec();
    s.nodes[1].address = s.nodes[0].address;
    const before = structuredClone(s);
    validateSite(s);
    expect(s).toEqual(before);
  });

  test('a DNS server may be the infra node, a gateway or the hypervisor host; a clash names the owner', () => {
    const s = spec();
    s.networks[0].gateway = '192.168.30.1';
    s.networks[0].dns = ['192.168.30.1', '192.168.30.2', '1.1.1.1'];
    expect(validateSite(s)).toEqual([]);
    s.networks[0].dns.push('192.168.30.21');
    expect(validateSite(s).map((i) => i.message)).toEqual(['DNS server 192.168.30.21 is already used by node "agent1" (nodes[1].address)']);
  });

  test('a DNS server that is the infra node is no clash', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[1], name: 'dns1', role: 'infra', address: '192.168.30.5' });
    s.networks[0].dns = ['192.168.30.5'];
    expect(validateSite(s)).toEqual([]);
    s.nodes[2].role = 'generic';
    expect(validateSite(s).map((i) => i.message)).toEqual(['DNS server 192.168.30.5 is already used by node "dns1" (nodes[2].address)']);
  });

  test('the hypervisor host may be the gateway of any one of several networks', () => {
    const s = spec();
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [], gateway: '192.168.40.1' });
    s.networks[0].gateway = '192.168.30.2';
    expect(validateSite(s)).toEqual([]);
  });

  test('an ingress address may be in any pool of the cluster', () => {
    const s = spec();
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].components.traefik = { version: '37.1.1' };
    s.clusters[0].pools = [{ name: 'a', addresses: ['192.168.30.100-192.168.30.110'] }, { name: 'b', addresses: ['192.168.30.120-192.168.30.130'] }];
    s.clusters[0].ingress = { controller: 'traefik', address: '192.168.30.125' } as SiteSpec['clusters'][number]['ingress'];
    expect(validateSite(s)).toEqual([]);
    s.clusters[0].ingress!.address = '192.168.30.115';
    expect(validateSite(s).map((i) => [i.message, i.allowed])).toEqual([['ingress address 192.168.30.115 is not in any pool of cluster "plain"', 'an address in 192.168.30.100-192.168.30.110, 192.168.30.120-192.168.30.130']]);
  });

  test('the hypervisor host may be a network gateway (a routing host)', () => {
    const s = spec();
    s.networks[0].gateway = s.hypervisor.host;
    expect(validateSite(s)).toEqual([]);
  });

  test('a one-address DHCP range (start = end) is a range', () => {
    const s = spec();
    s.networks[0].dhcp = { start: '192.168.30.100', end: '192.168.30.100' };
    expect(validateSite(s)).toEqual([]);
  });

  test('a pool may run from the first to the last address of its network, not one address further', () => {
    const s = spec();
    s.hypervisor.host = '192.168.30.200';
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].pools = [{ name: 'edges', addresses: ['192.168.30.0-192.168.30.9', '192.168.30.250-192.168.30.255'] }];
    expect(validateSite(s)).toEqual([]);
    s.clusters[0].pools[0].addresses = ['192.168.29.255-192.168.30.9', '192.168.30.250-192.168.31.0'];
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'clusters.0.pools.0.addresses.0: pool range 192.168.29.255-192.168.30.9 is not inside a site network',
      'clusters.0.pools.0.addresses.1: pool range 192.168.30.250-192.168.31.0 is not inside a site network',
    ]);
  });

  test('exactly 15 load balancers on the network of a VIP are fine (keepalived priorities 150 ... 10); the 16th is refused', () => {
    const text = fs.readFileSync(path.join(DIR, 'vip-too-many-loadbalancers.yaml'), 'utf8');
    const lb16 = /^ {2}- \{ name: lb16, .*\n/m;
    expect(text).toMatch(lb16);
    expect(loadSite(text.replace(lb16, ''), 'fifteen.yaml').warnings).toEqual([]);
  });

  test('every role that needs packages is refused on Flatcar, naming its packages', () => {
    const s = spec();
    s.images.flatcar = { os: 'flatcar', url: 'https://stable.release.flatcar-linux.net/amd64-usr/current/flatcar_production_qemu_image.img' };
    const base = s.nodes[1];
    const roles = [
      ['loadbalancer', 'haproxy and keepalived'],
      ['database', 'postgresql'],
      ['infra', 'dnsmasq and chrony'],
      ['gateway', 'wireguard-tools'],
    ] as const;
    roles.forEach(([role], k) => s.nodes.push({ ...base, name: `n-${role}`, role, address: `192.168.30.${40 + k}`, image: 'flatcar' }));
    // Roles without packages boot Flatcar.
    s.nodes[0].image = 'flatcar';
    s.nodes[1].image = 'flatcar';
    const onImage = validateSite(s).filter((i) => i.path[2] === 'image');
    expect(onImage).toEqual(
      roles.map(([role, packages], k) => ({
        severity: 'error',
        path: ['nodes', 2 + k, 'image'],
        message: `node "n-${role}" of role ${role} needs the ${packages} packages, which Flatcar cannot install`,
        allowed: `a debian or ubuntu image for ${role} nodes`,
        fix: 'give it a debian or ubuntu image',
      })),
    );
  });

  test('one disk per mounted purpose (nfs, postgresql too); several disks of an unmounted purpose are fine', () => {
    const s = spec();
    s.nodes[1].disks.push({ name: 'd1', sizeGiB: 10, purpose: 'data' }, { name: 'd2', sizeGiB: 10, purpose: 'data' });
    expect(validateSite(s)).toEqual([]);
    s.nodes[1].disks.push({ name: 'n1', sizeGiB: 10, purpose: 'nfs' }, { name: 'n2', sizeGiB: 10, purpose: 'nfs' }, { name: 'p1', sizeGiB: 10, purpose: 'postgresql' }, { name: 'p2', sizeGiB: 10, purpose: 'postgresql' });
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}; ${i.allowed}`)).toEqual([
      'nodes.1.disks.4.purpose: node "agent1" has a second disk of purpose nfs (the first is disks[3]); one disk of purpose nfs per node (the bootstrap mounts it at /srv/nfs)',
      'nodes.1.disks.6.purpose: node "agent1" has a second disk of purpose postgresql (the first is disks[5]); one disk of purpose postgresql per node (the bootstrap mounts it at /srv/postgresql)',
    ]);
  });

  test('on Proxmox, NAT networks may differ in bridge and each have a DHCP range (the one-libvirt-network rules are libvirt\'s)', () => {
    const s = spec();
    s.hypervisor = { kind: 'proxmox', host: '192.168.30.2', node: 'pve1', datastore: 'local-lvm', snippets: 'local', bridge: 'vmbr0' } as SiteSpec['hypervisor'];
    s.networks.push(
      { name: 'nat1', kind: 'nat', cidr: '10.98.0.0/24', bridge: 'vmbr1', dhcp: { start: '10.98.0.100', end: '10.98.0.110' }, dns: [] },
      { name: 'nat2', kind: 'nat', cidr: '10.99.0.0/24', bridge: 'vmbr2', dhcp: { start: '10.99.0.100', end: '10.99.0.110' }, dns: [] },
    );
    expect(validateSite(s)).toEqual([]);
    s.hypervisor = spec().hypervisor;
    expect(validateSite(s).map((i) => i.message)).toEqual([
      'NAT network "nat2" names bridge vmbr2, NAT network "nat1" bridge vmbr1',
      'NAT networks "nat1" and "nat2" both declare a dhcp range',
    ]);
  });

  test('a node refused by a cluster (other role, already in another cluster) does not count as its member', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[1], name: 'lh', role: 'generic', address: '192.168.30.31', disks: [...s.nodes[1].disks, { name: 'lh', sizeGiB: 50, purpose: 'longhorn' }] });
    s.clusters.push({ ...s.clusters[0], name: 'second', nodes: ['server1', 'lh'], apiVip: undefined, ingress: undefined, pools: [], components: { longhorn: { version: '1.9.1' } } } as SiteSpec['clusters'][number]);
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'clusters.1.nodes.0: node "server1" is already in cluster "plain"',
      'clusters.1.nodes.1: node "lh" has role generic, which does not join a cluster',
      'clusters.1.nodes: cluster "second" has no k3s server',
      'clusters.1.components.longhorn: Longhorn is enabled but no node of cluster "second" has a longhorn disk',
    ]);
  });

  test('a range that clashes with several claims names the first one claimed (addresses and pools alike)', () => {
    const s = spec();
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].pools = [
      { name: 'a', addresses: ['192.168.30.100-192.168.30.110'] },
      { name: 'b', addresses: ['192.168.30.120-192.168.30.130'] },
      { name: 'c', addresses: ['192.168.30.105-192.168.30.125', '192.168.30.11-192.168.30.21'] },
    ];
    expect(validateSite(s).map((i) => i.message)).toEqual([
      'range 192.168.30.105-192.168.30.125 includes an address already used by pool "a" of cluster "plain" (clusters[0].pools[0].addresses[0]: 192.168.30.100-192.168.30.110)',
      'range 192.168.30.11-192.168.30.21 includes an address already used by node "server1" (nodes[0].address: 192.168.30.11)',
    ]);
  });

  test('a node with an unknown image is reported once, whatever its role', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[1], name: 'dns', role: 'infra', address: '192.168.30.31', image: 'nope' });
    expect(validateSite(s).map((i) => i.message)).toEqual(['unknown image "nope"']);
  });

  test('load balancers and the VIPs of their networks: each network with load balancers holds a VIP; 15 per VIP, counted per network', () => {
    const s = spec();
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] });
    const lb = (name: string, network: string, address: string) => ({ ...s.nodes[1], name, role: 'loadbalancer' as const, network, address });
    // A load balancer and no VIP anywhere: it holds none.
    s.nodes.push(lb('lb-edge', 'edge', '192.168.40.31'));
    expect(validateSite(s).map((i) => i.message)).toEqual(['load balancer "lb-edge" is on network "edge", which holds no VIP of the site']);
    // Two VIPs on two networks, load balancers on both: each holds one; 15 on lan and 1 on edge are fine.
    s.vips.push({ name: 'api', address: '192.168.30.10', purpose: 'kube-api' }, { name: 'web', address: '192.168.40.10', purpose: 'ingress' });
    for (let k = 1; k <= 15; k++) s.nodes.push(lb(`lb${k}`, 'lan', `192.168.30.${40 + k}`));
    expect(validateSite(s)).toEqual([]);
    // A cluster whose only VIP (its ingress) is on no load balancer's network: the cluster's VIP rule says so, not the load balancers'.
    const t = spec();
    t.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] });
    t.vips.push({ name: 'web', address: '192.168.40.10', purpose: 'ingress' });
    t.nodes.push(lb('lb1', 'lan', '192.168.30.31'));
    t.clusters[0].components.traefik = { version: '37.1.1' };
    t.clusters[0].ingress = { controller: 'traefik', vip: 'web' } as SiteSpec['clusters'][number]['ingress'];
    expect(validateSite(t).map((i) => i.message)).toEqual(['VIP "web" (192.168.40.10) is not on a network of the load balancers']);
    // The same with a second cluster that uses no VIP.
    t.nodes.push({ ...t.nodes[0], name: 'server9', address: '192.168.30.19' });
    t.clusters.push({ ...t.clusters[0], name: 'other', nodes: ['server9'], ingress: undefined, components: {} } as SiteSpec['clusters'][number]);
    expect(validateSite(t).map((i) => i.message)).toEqual(['VIP "web" (192.168.40.10) is not on a network of the load balancers']);
  });

  test('with several networks, the messages list them all', () => {
    const s = spec();
    s.networks.push({ name: 'edge', kind: 'bridge', cidr: '192.168.40.0/24', dns: [] }, { name: 'dmz', kind: 'bridge', cidr: '192.168.50.0/24', dns: [] });
    s.nodes[1].network = 'edge';
    s.nodes[1].address = '192.168.40.21';
    s.vips.push({ name: 'nowhere', address: '10.9.9.9', purpose: 'ingress' });
    s.clusters[0].components.metallb = { version: '0.16.1' };
    s.clusters[0].pools = [{ name: 'far', addresses: ['192.168.50.100-192.168.50.110'] }];
    expect(validateSite(s).map((i) => [i.message, i.allowed, i.fix])).toEqual([
      ['VIP 10.9.9.9 is not inside any site network', 'an address in one of: 192.168.30.0/24, 192.168.40.0/24, 192.168.50.0/24', "pick an address on the load balancers' network"],
      [
        'pool range 192.168.50.100-192.168.50.110 is on network "dmz" (192.168.50.0/24), where no node of cluster "plain" has an interface; MetalLB (L2) answers for pool addresses on the nodes\' own networks only',
        'a range on a network of the cluster\'s nodes: 192.168.30.0/24 (network "lan"), 192.168.40.0/24 (network "edge")',
        'move the range into one of those networks, or put nodes of the cluster on network "dmz"',
      ],
    ]);
  });

  test('a cluster that lists an unknown node silences "in no cluster" for the other clusters\' nodes too (the unknown name is most likely one of them, misspelt)', () => {
    const s = spec();
    s.nodes.push({ ...s.nodes[0], name: 'server2', address: '192.168.30.12' });
    s.clusters[0].nodes = ['server1', 'agnet1'];
    s.clusters.push({ ...s.clusters[0], name: 'second', nodes: ['server2'] } as SiteSpec['clusters'][number]);
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['clusters.0.nodes.1: unknown node "agnet1"']);
    s.clusters[0].nodes = ['server1'];
    expect(validateSite(s).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['nodes.1.role: node "agent1" of role agent is in no cluster']);
  });

  test('the network and broadcast addresses are refused, except on a /31 (RFC 3021)', () => {
    const s = spec();
    s.networks.push({ name: 'p2p', kind: 'nat', cidr: '10.255.0.0/31', dns: [] });
    s.nodes.push({ ...s.nodes[1], name: 'edge', role: 'generic', network: 'p2p', address: '10.255.0.0' });
    expect(validateSite(s)).toEqual([]);
    s.networks[1].cidr = '10.255.0.0/30';
    expect(validateSite(s).map((i) => i.message)).toEqual(['10.255.0.0 is the network or broadcast address of 10.255.0.0/30']);
  });
});
