/** The expected message of each invalid fixture whose issue is on networks and VIPs (site/validate/networks.ts, addresses.ts, vips.ts). */
import type { Expected } from './expected';

export const NETWORKS: Record<string, Expected> = {
  'cidr-host-bits.yaml': [
    'invalid/cidr-host-bits.yaml: 1 error(s) in the site',
    'invalid/cidr-host-bits.yaml:24:11: error: networks[1].cidr: 10.17.4.5/24 has host bits set; allowed: a network address with its prefix; fix: did you mean 10.17.4.0/24?',
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
  'duplicate-address-vip.yaml': [
    'invalid/duplicate-address-vip.yaml: 1 error(s) in the site',
    'invalid/duplicate-address-vip.yaml:24:27: error: vips[0].address: 192.168.10.21 is already used by node "worker1" (nodes[1].address: 192.168.10.21); allowed: each address used by one owner only; fix: give VIP "api" an unused address',
  ],
  'duplicate-network-name.yaml': [
    'invalid/duplicate-network-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-network-name.yaml:22:11: error: networks[1].name: network name "lan" is already used by networks[0]; allowed: a network name used once; fix: rename one of the two networks',
  ],
  'duplicate-vip-name.yaml': [
    'invalid/duplicate-vip-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-vip-name.yaml:25:13: error: vips[1].name: VIP name "api" is already used by vips[0]; allowed: a VIP name used once; fix: rename one of the two VIPs',
  ],
  'gateway-outside-network.yaml': [
    'invalid/gateway-outside-network.yaml: 1 error(s) in the site',
    'invalid/gateway-outside-network.yaml:20:14: error: networks[0].gateway: gateway 192.168.1.1 is not a host address of 192.168.10.0/24; allowed: an address in 192.168.10.1-192.168.10.254; fix: use an address inside the network',
  ],
  'invalid-cidr.yaml': [
    'invalid/invalid-cidr.yaml: 1 error(s) in the site',
    'invalid/invalid-cidr.yaml:19:11: error: networks[0].cidr: "192.168.10.0/33" is not an IPv4 CIDR block; allowed: an IPv4 CIDR block; fix: write an IPv4 CIDR block here',
  ],
  'network-overlap.yaml': [
    'invalid/network-overlap.yaml: 1 error(s) in the site',
    'invalid/network-overlap.yaml:27:11: error: networks[2].cidr: 10.0.3.0/24 overlaps network "kube" (10.0.2.0/23, networks[1]); allowed: networks that share no address; fix: choose a CIDR that does not overlap any other network',
  ],
  'unknown-key.yaml': [
    'invalid/unknown-key.yaml: 1 error(s) in the site',
    'invalid/unknown-key.yaml:20:5: error: networks[0].gatway: unknown key "gatway"; allowed: one of: name, cidr, kind, vlan, bridge, gateway, dns, dhcp; fix: did you mean "gateway"?',
  ],
  'vip-in-dhcp.yaml': [
    'invalid/vip-in-dhcp.yaml: 1 error(s) in the site',
    'invalid/vip-in-dhcp.yaml:24:27: error: vips[0].address: VIP 192.168.10.150 is inside the DHCP range of network "lan" (192.168.10.100-192.168.10.199); allowed: an address outside every DHCP range; fix: move the VIP or shrink the DHCP range',
  ],
  'vip-network-address.yaml': [
    'invalid/vip-network-address.yaml: 1 error(s) in the site',
    'invalid/vip-network-address.yaml:24:27: error: vips[0].address: VIP 192.168.10.0 is the network or broadcast address of 192.168.10.0/24; allowed: an address in 192.168.10.1-192.168.10.254; fix: pick a host address',
  ],
  'vip-outside-networks.yaml': [
    'invalid/vip-outside-networks.yaml: 1 error(s) in the site',
    'invalid/vip-outside-networks.yaml:24:27: error: vips[0].address: VIP 10.99.0.10 is not inside any site network; allowed: an address in one of: 192.168.10.0/24; fix: pick an address on the load balancers\' network',
  ],
  'vlan-id-on-bridge.yaml': [
    'invalid/vlan-id-on-bridge.yaml: 1 error(s) in the site',
    'invalid/vlan-id-on-bridge.yaml:19:11: error: networks[0].vlan: VLAN id 10 on a network of kind bridge; allowed: vlan only on networks of kind vlan; fix: remove vlan or set kind: vlan',
  ],
  'vlan-without-id.yaml': [
    'invalid/vlan-without-id.yaml: 1 error(s) in the site',
    'invalid/vlan-without-id.yaml:22:5: error: networks[1].vlan: network "storage" is of kind vlan but has no VLAN id; allowed: an integer 1-4094; fix: add vlan: <id>, or change kind',
  ],
  'nat-bridges-differ.yaml': [
    "invalid/nat-bridges-differ.yaml: 1 error(s) in the site",
    "invalid/nat-bridges-differ.yaml:31:13: error: networks[2].bridge: NAT network \"kube-b\" names bridge vbr-b, NAT network \"kube-a\" bridge vbr-a; allowed: one bridge for all NAT networks on libvirt (they share one libvirt network); fix: name bridge vbr-a on both, or no bridge",
  ],
  'nat-dhcp-twice.yaml': [
    "invalid/nat-dhcp-twice.yaml: 1 error(s) in the site",
    "invalid/nat-dhcp-twice.yaml:31:11: error: networks[2].dhcp: NAT networks \"kube-a\" and \"kube-b\" both declare a dhcp range; allowed: a dhcp range on one NAT network at most on libvirt (they share one libvirt network, which serves DHCP on one range); fix: keep dhcp on one of them (nodes have static addresses)",
  ],
};
