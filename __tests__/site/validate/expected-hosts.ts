/** The expected message of each invalid fixture whose issue is on the hypervisor's hosts and where VMs run (site/validate/hosts.ts). */
import type { Expected } from './expected';

export const HOSTS: Record<string, Expected> = {
  'host-address-twice.yaml': [
    'invalid/host-address-twice.yaml: 1 error(s) in the site',
    'invalid/host-address-twice.yaml:9:25: error: hypervisor.hosts[1].host: 192.168.10.2 is already used by host "h1" (hypervisor.hosts[0].host: 192.168.10.2); allowed: each address used by one owner only; fix: give host "h2" an unused address',
  ],
  'host-name-twice.yaml': [
    'invalid/host-name-twice.yaml: 1 error(s) in the site',
    'invalid/host-name-twice.yaml:9:15: error: hypervisor.hosts[1].name: host name "h1" is already used by hypervisor.hosts[0]; allowed: a host name used once; fix: rename one of the two hosts',
  ],
  'host-nat-network.yaml': [
    'invalid/host-nat-network.yaml: 1 error(s) in the site',
    'invalid/host-nat-network.yaml:44:11: error: nodes[1].host: node "worker1" runs on host "h2" but is on the NAT network "inner", which is on the first host "h1" only; allowed: on hosts other than the first: bridge or vlan networks (a libvirt NAT network lives on one host); fix: set host: h1, or put the node on a bridge or vlan network',
  ],
  'host-on-external-node.yaml': [
    'invalid/host-on-external-node.yaml: 1 error(s) in the site',
    'invalid/host-on-external-node.yaml:41:11: error: nodes[1].host: node "worker1" is external (not a VM) but names host "h2"; allowed: host on VMs only; fix: remove host',
  ],
  'host-unknown.yaml': [
    'invalid/host-unknown.yaml: 1 error(s) in the site',
    'invalid/host-unknown.yaml:40:11: error: nodes[1].host: unknown host "h3"; allowed: one of: h1, h2; fix: did you mean "h1"?',
  ],
  'host-without-hosts.yaml': [
    'invalid/host-without-hosts.yaml: 1 error(s) in the site',
    'invalid/host-without-hosts.yaml:40:11: error: nodes[1].host: node "worker1" names host "h2", but the hypervisor lists no hosts; allowed: host with hypervisor.hosts (a site with several hosts); fix: remove host (the site has one host), or list the hosts in hypervisor.hosts',
  ],
  'hosts-and-single-host.yaml': [
    'invalid/hosts-and-single-host.yaml: 1 error(s) in the site',
    'invalid/hosts-and-single-host.yaml:10:11: error: hypervisor.bridge: hypervisor has both hosts and bridge; allowed: either host, pool, bridge (one host) or hosts (one entry per host); fix: move host, uri, pool and bridge into an entry of hosts',
  ],
  'hypervisor-without-host.yaml': [
    'invalid/hypervisor-without-host.yaml: 1 error(s) in the site',
    'invalid/hypervisor-without-host.yaml:6:3: error: hypervisor: libvirt hypervisor has no host, pool, bridge; allowed: host, pool, bridge (one host), or hosts (one entry per host); fix: add host: ..., pool: ..., bridge: ...',
  ],
  'servers-on-one-host.yaml': { warnings: [
    'invalid/servers-on-one-host.yaml:54:12: warning: clusters[0].nodes: the 3 servers of cluster "tiny" all run on host "h1": losing that host stops the cluster (etcd loses every member), so the servers are not highly available; allowed: servers of a cluster on different hosts; fix: give the servers different hosts (host: <name>), or leave host out on them to have them spread',
  ] },
};
