/** The expected message of each invalid fixture whose issue is on nodes and their tunnels (site/validate/nodes.ts, tunnels.ts). */
import type { Expected } from './expected';

export const NODES: Record<string, Expected> = {
  'address-broadcast.yaml': [
    'invalid/address-broadcast.yaml: 1 error(s) in the site',
    'invalid/address-broadcast.yaml:35:14: error: nodes[1].address: 192.168.10.255 is the network or broadcast address of 192.168.10.0/24; allowed: an address in 192.168.10.1-192.168.10.254; fix: pick a host address',
  ],
  'address-outside-network.yaml': [
    'invalid/address-outside-network.yaml: 1 error(s) in the site',
    'invalid/address-outside-network.yaml:38:14: error: nodes[1].address: 10.17.4.21 is outside network "lan" (192.168.10.0/24); allowed: an address in 192.168.10.1-192.168.10.254; fix: set network: kube03, or pick an address in 192.168.10.0/24',
  ],
  'database-without-postgresql-disk.yaml': [
    'invalid/database-without-postgresql-disk.yaml: 1 error(s) in the site',
    'invalid/database-without-postgresql-disk.yaml:47:12: error: nodes[2].disks: node "pg1" of role database has no disk of purpose postgresql; allowed: a disk with purpose: postgresql on every database node; fix: add a disk with purpose: postgresql',
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
  'duplicate-disk-name.yaml': [
    'invalid/duplicate-disk-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-disk-name.yaml:39:61: error: nodes[1].disks[1].name: disk name "os" is used twice on node "worker1"; allowed: unique disk names per node; fix: rename one of the disks',
  ],
  'duplicate-mac.yaml': [
    'invalid/duplicate-mac.yaml: 1 error(s) in the site',
    'invalid/duplicate-mac.yaml:40:10: error: nodes[1].mac: MAC 52:54:00:0a:0b:0c is already used by node "cp1" (nodes[0].mac); allowed: a MAC address used once; fix: change one MAC, or remove it to have one derived from the address',
  ],
  'duplicate-node-name.yaml': [
    'invalid/duplicate-node-name.yaml: 1 error(s) in the site',
    'invalid/duplicate-node-name.yaml:40:11: error: nodes[2].name: node name "worker1" is already used by nodes[1]; allowed: a node name used once; fix: rename one of the two nodes',
  ],
  'empty-list.yaml': [
    'invalid/empty-list.yaml: 1 error(s) in the site',
    'invalid/empty-list.yaml:39:12: error: nodes[1].disks: a list of 0 is too small; allowed: at least 1 item(s); fix: use at least 1 item(s)',
  ],
  'gateway-without-public-address.yaml': [
    'invalid/gateway-without-public-address.yaml: 1 error(s) in the site',
    'invalid/gateway-without-public-address.yaml:43:5: error: nodes[2].publicAddress: gateway node "wg-gateway" has no publicAddress; allowed: the public IPv4 address of the gateway; fix: add publicAddress: <its public address>',
  ],
  'invalid-ipv4.yaml': [
    'invalid/invalid-ipv4.yaml: 1 error(s) in the site',
    'invalid/invalid-ipv4.yaml:35:14: error: nodes[1].address: "192.168.10.021" is not an IPv4 address; allowed: an IPv4 address; fix: write an IPv4 address here',
  ],
  'missing-required-key.yaml': [
    'invalid/missing-required-key.yaml: 1 error(s) in the site',
    'invalid/missing-required-key.yaml:32:5: error: nodes[1].memoryMiB: missing required key "memoryMiB"; allowed: an integer; fix: add memoryMiB',
  ],
  'no-os-disk.yaml': [
    'invalid/no-os-disk.yaml: 1 error(s) in the site',
    'invalid/no-os-disk.yaml:39:12: error: nodes[1].disks: node "worker1" has 0 disks of purpose os; allowed: exactly one disk with purpose: os; fix: mark exactly one disk as purpose: os',
  ],
  'node-in-dhcp.yaml': [
    'invalid/node-in-dhcp.yaml: 1 error(s) in the site',
    'invalid/node-in-dhcp.yaml:35:14: error: nodes[1].address: static address 192.168.10.121 is inside the DHCP range of network "lan" (192.168.10.100-192.168.10.199); allowed: static addresses outside every DHCP range; fix: move the node or shrink the DHCP range',
  ],
  'number-too-small.yaml': [
    'invalid/number-too-small.yaml: 1 error(s) in the site',
    'invalid/number-too-small.yaml:28:10: error: nodes[0].cpu: 0 is too small; allowed: at least 1; fix: use at least 1',
  ],
  'public-address-not-external.yaml': [
    'invalid/public-address-not-external.yaml: 1 error(s) in the site',
    'invalid/public-address-not-external.yaml:50:20: error: nodes[2].publicAddress: node "wg-gateway" has a publicAddress but is not external; allowed: publicAddress only on external nodes (a VPS outside the hypervisor); fix: add external: true, or remove publicAddress',
  ],
  'storage-without-nfs-disk.yaml': [
    'invalid/storage-without-nfs-disk.yaml: 1 error(s) in the site',
    'invalid/storage-without-nfs-disk.yaml:47:12: error: nodes[2].disks: node "nas" of role storage has no disk of purpose nfs; allowed: a disk with purpose: nfs on every storage node; fix: add a disk with purpose: nfs',
  ],
  'tunnel-admin-address-broadcast.yaml': [
    'invalid/tunnel-admin-address-broadcast.yaml: 1 error(s) in the site',
    'invalid/tunnel-admin-address-broadcast.yaml:56:93: error: nodes[4].tunnel.admins[0].address: address 10.17.0.255 of admin device "laptop" is the network or broadcast address of 10.17.0.0/24; allowed: an address in 10.17.0.1-10.17.0.254; fix: pick a host address',
  ],
  'tunnel-admin-address-outside.yaml': [
    'invalid/tunnel-admin-address-outside.yaml: 1 error(s) in the site',
    'invalid/tunnel-admin-address-outside.yaml:56:93: error: nodes[4].tunnel.admins[0].address: address 192.168.0.10 of admin device "laptop" is outside network "tunnel" (10.17.0.0/24) of gateway "wg-gateway"; allowed: an address in 10.17.0.1-10.17.0.254; fix: pick a free address in 10.17.0.0/24',
  ],
  'tunnel-admin-address-used.yaml': [
    'invalid/tunnel-admin-address-used.yaml: 1 error(s) in the site',
    'invalid/tunnel-admin-address-used.yaml:56:93: error: nodes[4].tunnel.admins[0].address: 10.17.0.2 is already used by the tunnel of gateway "wg-gateway" (nodes[4].tunnel.peerAddress: 10.17.0.2); allowed: each address used by one owner only; fix: give admin device "laptop" an unused address',
  ],
  'tunnel-admin-key-twice.yaml': [
    'invalid/tunnel-admin-key-twice.yaml: 1 error(s) in the site',
    'invalid/tunnel-admin-key-twice.yaml:57:37: error: nodes[4].tunnel.admins[1].publicKey: admin device "phone" has the public key of admin device "laptop"; allowed: a key pair of its own for each device; fix: make a key pair on the device with wg genkey and give its public key',
  ],
  'tunnel-admin-key.yaml': [
    'invalid/tunnel-admin-key.yaml: 1 error(s) in the site',
    'invalid/tunnel-admin-key.yaml:56:38: error: nodes[4].tunnel.admins[0].publicKey: public key "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk" of admin device "laptop" is not a WireGuard public key; allowed: 44 characters of base64 ending in "=", as wg pubkey prints them; fix: on the device, run wg genkey | tee private.key | wg pubkey and give the printed public key; the private key stays on the device',
  ],
  'tunnel-admin-name-twice.yaml': [
    'invalid/tunnel-admin-name-twice.yaml: 1 error(s) in the site',
    'invalid/tunnel-admin-name-twice.yaml:57:19: error: nodes[4].tunnel.admins[1].name: admin device "laptop" is listed twice (nodes[4].tunnel.admins[0]); allowed: each device once, by a name of its own; fix: rename the device or remove the duplicate',
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
  'unknown-image.yaml': [
    'invalid/unknown-image.yaml: 1 error(s) in the site',
    'invalid/unknown-image.yaml:38:12: error: nodes[1].image: unknown image "debain"; allowed: one of: debian; fix: did you mean "debian"?',
  ],
  'unknown-key-no-guess.yaml': [
    'invalid/unknown-key-no-guess.yaml: 1 error(s) in the site',
    'invalid/unknown-key-no-guess.yaml:34:5: error: nodes[1].colour: unknown key "colour"; allowed: one of: name, role, network, address, mac, cpu, memoryMiB, disks, image, host, publicAddress, external, tunnel, tools, desktop, gpu, nfs; fix: remove "colour"',
  ],
  'unknown-network.yaml': [
    'invalid/unknown-network.yaml: 1 error(s) in the site',
    'invalid/unknown-network.yaml:34:14: error: nodes[1].network: unknown network "lna"; allowed: one of: lan; fix: did you mean "lan"?',
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
  'too-many-disks.yaml': [
    "invalid/too-many-disks.yaml: 1 error(s) in the site",
    "invalid/too-many-disks.yaml:40:7: error: nodes[1].disks: a list of 27 is too big; allowed: at most 26 item(s); fix: use at most 26 item(s)",
  ],
  'vip-too-many-loadbalancers.yaml': [
    "invalid/vip-too-many-loadbalancers.yaml: 1 error(s) in the site",
    "invalid/vip-too-many-loadbalancers.yaml:58:48: error: nodes[17].network: VIP \"api\" would be held by 16 load balancers on network \"lan\"; keepalived's priorities (150, 140, ... 10) take 15; allowed: at most 15 load balancers on the network of a VIP; fix: remove load balancers from network \"lan\" (from \"lb16\" on)",
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
  'node-in-one-address-dhcp.yaml': [
    "invalid/node-in-one-address-dhcp.yaml: 1 error(s) in the site",
    "invalid/node-in-one-address-dhcp.yaml:35:14: error: nodes[1].address: static address 192.168.10.21 is inside the DHCP range of network \"lan\" (192.168.10.21-192.168.10.21); allowed: static addresses outside every DHCP range; fix: move the node or shrink the DHCP range",
  ],
  'flatcar-packages.yaml': [
    "invalid/flatcar-packages.yaml: 1 error(s) in the site",
    "invalid/flatcar-packages.yaml:43:104: error: nodes[2].image: node \"pg1\" of role database needs the postgresql packages, which Flatcar cannot install; allowed: a debian or ubuntu image for database nodes; fix: give it a debian or ubuntu image",
  ],
  'desktop-not-generic.yaml': [
    'invalid/desktop-not-generic.yaml: 1 error(s) in the site',
    'invalid/desktop-not-generic.yaml:43:168: error: nodes[2].desktop: node "dns1" of role infra has a desktop, which only generic nodes have; allowed: desktop on nodes of role generic; fix: remove desktop, or move it to a generic node (a client VM)',
  ],
  'desktop-on-flatcar.yaml': [
    'invalid/desktop-on-flatcar.yaml: 1 error(s) in the site',
    'invalid/desktop-on-flatcar.yaml:43:173: error: nodes[2].desktop: node "client" has a desktop, whose packages Flatcar cannot install; allowed: desktop on nodes with a debian or ubuntu image; fix: give it a debian or ubuntu image, or remove desktop',
  ],
  'tools-not-generic.yaml': [
    'invalid/tools-not-generic.yaml: 1 error(s) in the site',
    'invalid/tools-not-generic.yaml:43:168: error: nodes[2].tools: node "runner" of role agent has tools: [ansible], which only generic nodes have; allowed: tools on nodes of role generic; fix: remove tools, or move them to a generic node (an automation VM)',
  ],
  'tools-on-flatcar.yaml': [
    'invalid/tools-on-flatcar.yaml: 1 error(s) in the site',
    'invalid/tools-on-flatcar.yaml:43:175: error: nodes[2].tools: node "automation" has tools: [ansible], whose packages Flatcar cannot install; allowed: tools on nodes with a debian or ubuntu image; fix: give it a debian or ubuntu image, or remove tools',
  ],
  'tools-twice.yaml': [
    'invalid/tools-twice.yaml: 1 error(s) in the site',
    'invalid/tools-twice.yaml:43:184: error: nodes[2].tools[1]: tool ansible is listed twice on node "automation" (the first is tools[0]); allowed: each tool once; fix: remove tools[1]',
  ],
  'gpu-device-twice.yaml': [
    'invalid/gpu-device-twice.yaml: 1 error(s) in the site',
    'invalid/gpu-device-twice.yaml:44:32: error: nodes[1].gpu.pci: PCI address 0000:00:02.0 is already passed through to node "cp1" (nodes[0].gpu); allowed: each host device on one VM (a device passed through belongs to one running VM); fix: give node "worker1" another device, or remove its gpu',
  ],
  'gpu-mapping-on-libvirt.yaml': [
    'invalid/gpu-mapping-on-libvirt.yaml: 1 error(s) in the site',
    'invalid/gpu-mapping-on-libvirt.yaml:43:36: error: nodes[1].gpu.mapping: node "worker1" names its gpu by resource mapping igpu, which libvirt does not take; allowed: pci on libvirt: the PCI address of the device on the libvirt host (lspci -D); fix: replace mapping with pci: "0000:00:02.0"',
  ],
  'gpu-not-k3s-node.yaml': [
    'invalid/gpu-not-k3s-node.yaml: 1 error(s) in the site',
    'invalid/gpu-not-k3s-node.yaml:43:164: error: nodes[2].gpu: node "dns1" of role infra has a gpu, which only server and agent nodes have; allowed: gpu on nodes of role server or agent (k3s nodes run the device plugin and the apps); fix: remove gpu, or move it to a server or agent node',
  ],
  'gpu-nvidia.yaml': [
    'invalid/gpu-nvidia.yaml: 1 error(s) in the site',
    'invalid/gpu-nvidia.yaml:43:20: error: nodes[1].gpu.vendor: node "worker1" has an nvidia gpu, which the site does not support yet: the guest would need the NVIDIA driver and container toolkit, and k3s the nvidia runtime, none of which the bootstrap installs; allowed: vendor: intel; fix: use an Intel GPU, or pass the NVIDIA card through by hand (docs/gpu.md)',
  ],
  'gpu-on-flatcar.yaml': [
    'invalid/gpu-on-flatcar.yaml: 1 error(s) in the site',
    'invalid/gpu-on-flatcar.yaml:43:10: error: nodes[1].gpu: node "worker1" has a gpu, whose render device the bootstrap gives to the video group only on debian and ubuntu images; allowed: gpu on nodes with a debian or ubuntu image; fix: give it a debian or ubuntu image, or remove gpu',
  ],
  'gpu-pci-on-proxmox.yaml': [
    'invalid/gpu-pci-on-proxmox.yaml: 1 error(s) in the site',
    'invalid/gpu-pci-on-proxmox.yaml:44:32: error: nodes[1].gpu.pci: node "worker1" names its gpu by PCI address 0000:00:02.0, which Proxmox does not take; allowed: mapping on Proxmox: a PCI resource mapping of the Proxmox host (Datacenter > Resource Mappings); fix: replace pci with mapping: igpu',
  ],
  'gpu-without-pci.yaml': [
    'invalid/gpu-without-pci.yaml: 1 error(s) in the site',
    'invalid/gpu-without-pci.yaml:43:10: error: nodes[1].gpu: node "worker1" has a gpu without pci; allowed: pci on libvirt: the PCI address of the device on the libvirt host (lspci -D); fix: add pci: "0000:00:02.0"',
  ],
  "nfs-export-not-external.yaml": [
    "invalid/nfs-export-not-external.yaml: 1 error(s) in the site",
    "invalid/nfs-export-not-external.yaml:25:132: error: nodes[2].nfs: node \"nas\" names an NFS export, but is not an external storage node (a NAS): the site provisions it, and its bootstrap exports /srv/nfs/shared; allowed: nfs.export on a node with role: storage and external: true; fix: add external: true (the node is a NAS), or remove nfs",
  ],
  "nfs-export-relative.yaml": [
    "invalid/nfs-export-relative.yaml: 1 error(s) in the site",
    "invalid/nfs-export-relative.yaml:25:141: error: nodes[2].nfs.export: \"volume1/k8s\" is not an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment); allowed: an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment); fix: write an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment) here",
  ],
  "nfs-export-dot-dot.yaml": [
    "invalid/nfs-export-dot-dot.yaml: 1 error(s) in the site",
    "invalid/nfs-export-dot-dot.yaml:25:141: error: nodes[2].nfs.export: \"/volume1/../k8s\" is not an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment); allowed: an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment); fix: write an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment) here",
  ],
};
