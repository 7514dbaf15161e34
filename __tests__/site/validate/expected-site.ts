/** The expected message of each invalid fixture whose issue is on the document as a whole or a top-level field other than those: YAML, hypervisor, images, ssh, cloudflare, changes, maintenance. */
import type { Expected } from './expected';

export const SITE: Record<string, Expected> = {
  'cloudflare-dynamic-without-ddns.yaml': [
    'invalid/cloudflare-dynamic-without-ddns.yaml: 1 error(s) in the site',
    'invalid/cloudflare-dynamic-without-ddns.yaml:45:11: error: cloudflare.target: target is dynamic, but no DDNS updater keeps a record at the public address; allowed: target: dynamic with ddns: { cluster, name }; fix: add ddns: { cluster: <a cluster>, name: <a name of the zone> } to cloudflare, or give the public address',
  ],
  'cloudflare-ddns-fixed-target.yaml': [
    'invalid/cloudflare-ddns-fixed-target.yaml: 1 error(s) in the site',
    'invalid/cloudflare-ddns-fixed-target.yaml:45:9: error: cloudflare.ddns: a DDNS updater is configured, but the target 203.0.113.10 is not dynamic: the updater and the records would point at different addresses; allowed: ddns with target: dynamic; fix: set target: dynamic, or remove ddns',
  ],
  'cloudflare-ddns-name-is-hostname.yaml': [
    'invalid/cloudflare-ddns-name-is-hostname.yaml: 1 error(s) in the site',
    'invalid/cloudflare-ddns-name-is-hostname.yaml:45:32: error: cloudflare.ddns.name: the DDNS name app.tiny.example.org is also a public hostname (cloudflare.hostnames[0]), whose record Terraform writes: two writers of one record; allowed: a name of the zone that is none of the hostnames; fix: choose another name for the updater, such as ip.tiny.example.org',
  ],
  'hostname-terraform-and-external-dns.yaml': [
    'invalid/hostname-terraform-and-external-dns.yaml: 1 error(s) in the site',
    'invalid/hostname-terraform-and-external-dns.yaml:48:15: error: cloudflare.hostnames[1].name: hostname app.tiny.example.org is managed by ExternalDNS here and by Terraform in cloudflare.hostnames[0]: Terraform and ExternalDNS would both write its record; allowed: each hostname once, with one dns: terraform or externalDns; fix: remove one of the two entries',
  ],
  'hostname-external-dns-not-enabled.yaml': [
    'invalid/hostname-external-dns-not-enabled.yaml: 1 error(s) in the site',
    'invalid/hostname-external-dns-not-enabled.yaml:46:57: error: cloudflare.hostnames[0].dns: hostname app.tiny.example.org is managed by ExternalDNS, but cluster "tiny" does not run it; allowed: dns: externalDns with components.externalDns in cluster "tiny"; fix: add components.externalDns: { version: ... } to cluster "tiny", or remove dns: externalDns (Terraform writes the record)',
  ],
  'maintenance-day-twice.yaml': [
    'invalid/maintenance-day-twice.yaml: 1 error(s) in the site',
    'invalid/maintenance-day-twice.yaml:74:20: error: maintenance.days[2]: day "sat" is listed twice (days[0]); allowed: each day once; fix: remove one of the two',
  ],
  'maintenance-load-balancer-slots.yaml': [
    'invalid/maintenance-load-balancer-slots.yaml: 1 error(s) in the site',
    'invalid/maintenance-load-balancer-slots.yaml:73:50: error: maintenance.end: the window of 45 minutes gives each of the 2 load balancers 22 minutes to update and reboot, one after the other; allowed: at least 30 minutes per load balancer (60 minutes for 2); fix: set end to 03:00 or later',
  ],
  'maintenance-time-format.yaml': [
    'invalid/maintenance-time-format.yaml: 1 error(s) in the site',
    'invalid/maintenance-time-format.yaml:73:36: error: maintenance.start: "2am" is not a time of day HH:MM such as 02:00; allowed: a time of day HH:MM such as 02:00; fix: write a time of day HH:MM such as 02:00 here',
  ],
  'maintenance-time-zone.yaml': [
    'invalid/maintenance-time-zone.yaml: 1 error(s) in the site',
    'invalid/maintenance-time-zone.yaml:73:69: error: maintenance.timeZone: unknown time zone "Europe/Madird"; allowed: an IANA time zone name such as Europe/Madrid or UTC; fix: did you mean "Europe/Madrid"?',
  ],
  'binary-garbage.yaml': [
    'invalid/binary-garbage.yaml: 1 error(s) in the site',
    'invalid/binary-garbage.yaml:1:1: error: (root): invalid YAML: the file is not text (bytes that are not UTF-8 at this position); allowed: a YAML file saved as UTF-8 text; fix: pass the site YAML file, not a binary or differently encoded one',
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
  'duplicate-yaml-key.yaml': [
    'invalid/duplicate-yaml-key.yaml: 1 error(s) in the site',
    'invalid/duplicate-yaml-key.yaml:37:5: error: (root): invalid YAML: key "cpu" appears twice in this mapping; fix: keep one of the two',
  ],
  'empty.yaml': [
    'invalid/empty.yaml: 1 error(s) in the site',
    'invalid/empty.yaml:1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/',
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
  'invalid-yaml.yaml': [
    'invalid/invalid-yaml.yaml: 1 error(s) in the site',
    'invalid/invalid-yaml.yaml:32:3: error: (root): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix: fix the YAML syntax at this position',
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
  'not-a-mapping.yaml': [
    'invalid/not-a-mapping.yaml: 1 error(s) in the site',
    'invalid/not-a-mapping.yaml:2:1: error: (root): expected a mapping, received a list of 2; allowed: a mapping; fix: write a mapping here',
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
  'ssh-key.yaml': [
    'invalid/ssh-key.yaml: 1 error(s) in the site',
    'invalid/ssh-key.yaml:50:7: error: ssh.authorizedKeys[0]: "ssh-dss AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3b2k ..." is not an OpenSSH public key line; allowed: an OpenSSH public key line; fix: write an OpenSSH public key line here',
  ],
  'tab-indentation.yaml': [
    'invalid/tab-indentation.yaml: 1 error(s) in the site',
    'invalid/tab-indentation.yaml:33:1: error: (root): invalid YAML: Tabs are not allowed as indentation; fix: fix the YAML syntax at this position',
  ],
  'unknown-hypervisor-kind.yaml': [
    'invalid/unknown-hypervisor-kind.yaml: 1 error(s) in the site',
    'invalid/unknown-hypervisor-kind.yaml:6:9: error: hypervisor.kind: "esxi" is not a known kind; allowed: one of: libvirt, proxmox; fix: set kind to one of: libvirt, proxmox',
  ],
  'unknown-top-level-key.yaml': [
    'invalid/unknown-top-level-key.yaml: 1 error(s) in the site',
    'invalid/unknown-top-level-key.yaml:48:1: error: vip: unknown key "vip"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, maintenance, ssh, terraform, policy, changes; fix: did you mean "vips"?',
  ],
};
