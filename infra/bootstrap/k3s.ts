/**
 * k3s on cluster nodes: `/etc/rancher/k3s/config.yaml`, a oneshot unit that installs the binary
 * pinned to the cluster's `k3s.version` into /opt/bin when the node has none (verified against the
 * release's checksum list; later versions come from the system-upgrade-controller), and the k3s
 * service (`k3s.service` on servers, `k3s-agent.service` on agents and storage nodes). The same
 * pieces serve Flatcar (Ignition) and Debian/Ubuntu (cloud-init): on both the unit runs at every
 * boot, so both keep an upgraded binary.
 *
 * The first server of a cluster initialises it (`cluster-init: true`, embedded etcd); the other
 * servers and every agent join through `https://<apiAddress>:6443` (the API VIP when the cluster
 * has one). Servers get the server token and the agent token; agents only the agent token.
 * Rebuilding the first server's OS disk would initialise a new cluster: rejoin it by hand.
 */
import { stringify } from 'yaml';
import { GPU_NODE_LABEL, type Cluster, type Node, type Site } from '../../site';
import { BootFile, BootPlan, BootstrapError, checkCidr, checkFqdn, checkIPv4, checkK3sVersion, checkLabel, lines, renderUnit, SCRIPT_DIR, shellQuote, SystemdUnit } from './common';
import { dataDisk, MOUNT_POINTS } from './disks';
import { NODE_METRICS_PORTS } from '../../site/ports';
import { API_PORT } from './loadbalancer';
import { checkSecret } from './secrets';
import type { BootstrapSecrets } from './secrets';
import { clusterOf } from './topology';

export const K3S_BINARY = '/opt/bin/k3s';
export const K3S_CONFIG = '/etc/rancher/k3s/config.yaml';
export const K3S_INSTALL_SCRIPT = `${SCRIPT_DIR}/k3s-install`;
export const K3S_INSTALL_UNIT = 'k3s-install.service';
/** Embedded etcd snapshots: every 6 hours, 28 kept (a week). */
export const ETCD_SNAPSHOT_CRON = '0 */6 * * *';
export const ETCD_SNAPSHOT_RETENTION = 28;
/** The release the binaries and checksums are downloaded from. */
export const K3S_RELEASES = 'https://github.com/k3s-io/k3s/releases/download';

/** The unit name of the k3s service of a node. */
export function k3sUnitName(node: Node): string {
  return node.role === 'server' ? 'k3s.service' : 'k3s-agent.service';
}

function clusterOrThrow(site: Site, node: Node): Cluster {
  const cluster = clusterOf(site, node);
  if (!cluster) throw new BootstrapError(`node ${node.name} is in no cluster; it gets no k3s`);
  if (!['server', 'agent', 'storage'].includes(node.role)) throw new BootstrapError(`node ${node.name} of role ${node.role} cannot be a k3s node`);
  return cluster;
}

/** The URL of the API the node joins through. */
export function joinUrl(cluster: Cluster): string {
  return `https://${checkIPv4(cluster.apiAddress, 'cluster API address')}:${API_PORT}`;
}

/**
 * What k3s's bundled add-ons the cluster replaces: servicelb with MetalLB, Traefik with its own
 * ingress controller, local-path with Longhorn (else two StorageClasses claim to be the default).
 */
export function disabledAddons(cluster: Cluster): string[] {
  const out: string[] = [];
  if (cluster.components.metallb) out.push('servicelb');
  if (cluster.components.traefik || cluster.components.ingressNginx) out.push('traefik');
  if (cluster.components.longhorn) out.push('local-storage');
  return out;
}

/** The `tls-san` list of a server: the API VIP address and name (`<vip>.<domain>`), and the node's FQDN. */
export function tlsSans(site: Site, cluster: Cluster, node: Node): string[] {
  const out: string[] = [];
  if (cluster.apiVipSpec) out.push(checkIPv4(cluster.apiVipSpec.address, 'API VIP'), checkFqdn(`${cluster.apiVipSpec.name}.${site.domain}`, 'API name'));
  else out.push(checkIPv4(cluster.apiAddress, 'API address'));
  out.push(checkFqdn(node.fqdn, 'node FQDN'));
  return [...new Set(out)];
}

/** The well-known node label of a failure zone: on a site with several hosts, a node's host. */
export const ZONE_LABEL = 'topology.kubernetes.io/zone';

/** The label Longhorn creates a default disk on (its setting `createDefaultDiskLabeledNodes`). */
export const LONGHORN_DEFAULT_DISK_LABEL = 'node.longhorn.io/create-default-disk=true';

/**
 * What the node's k3s exposes or declares for the cluster's components: with kube-prometheus-stack,
 * etcd's metrics on the node address (servers) and the controller manager, scheduler (servers)
 * and kube-proxy (every node) listening beyond localhost, the firewall admitting only the cluster
 * (firewall.ts); with Longhorn, the default-disk label on nodes that have a longhorn disk, so the
 * servers' system disks never become Longhorn disks; on a GPU node, its GPU label
 * (`sitekit.dev/gpu=<vendor>`, where the device plugin runs). k3s applies labels only when the node
 * registers: a GPU added to a running node is labelled by hand (docs/gpu.md).
 */
export function componentSettings(cluster: Cluster, node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (cluster.components.kubePrometheusStack) {
    if (node.role === 'server') {
      out['etcd-expose-metrics'] = true;
      out['kube-controller-manager-arg'] = ['bind-address=0.0.0.0'];
      out['kube-scheduler-arg'] = ['bind-address=0.0.0.0'];
    }
    out['kube-proxy-arg'] = [`metrics-bind-address=0.0.0.0:${NODE_METRICS_PORTS.kubeProxy}`];
  }
  const labels = [
    ...(cluster.components.longhorn && dataDisk(node, 'longhorn') ? [LONGHORN_DEFAULT_DISK_LABEL] : []),
    ...(node.gpu ? [`${GPU_NODE_LABEL}=${node.gpu.vendor}`] : []),
  ];
  if (labels.length) out['node-label'] = labels;
  return out;
}

/**
 * `/etc/rancher/k3s/config.yaml` of a cluster node. Every string is double-quoted, so a token
 * (a Terraform reference resolved at apply time) is always read as a string.
 */
export function k3sConfig(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): string {
  const cluster = clusterOrThrow(site, node);
  checkLabel(node.name, 'node name');
  const common = { 'node-name': node.name, 'node-ip': checkIPv4(node.address, 'node address') };
  let config: Record<string, unknown>;
  if (node.role === 'server') {
    const first = cluster.servers[0].name === node.name;
    const disable = disabledAddons(cluster);
    config = {
      ...(first ? { 'cluster-init': true } : { server: joinUrl(cluster) }),
      token: checkSecret('k3sToken', secrets.k3sToken),
      'agent-token': checkSecret('k3sAgentToken', secrets.k3sAgentToken),
      ...common,
      'tls-san': tlsSans(site, cluster, node),
      'cluster-cidr': checkCidr(cluster.podCidr, 'pod CIDR'),
      'service-cidr': checkCidr(cluster.serviceCidr, 'service CIDR'),
      ...(disable.length ? { disable } : {}),
      'secrets-encryption': true,
      'etcd-snapshot-schedule-cron': ETCD_SNAPSHOT_CRON,
      'etcd-snapshot-retention': ETCD_SNAPSHOT_RETENTION,
      'write-kubeconfig-mode': '0600',
      ...componentSettings(cluster, node),
    };
  } else {
    config = { server: joinUrl(cluster), token: checkSecret('k3sAgentToken', secrets.k3sAgentToken), ...common, ...componentSettings(cluster, node) };
  }
  // With several hosts, the node's zone is its host: Longhorn (soft zone anti-affinity, its
  // default) and topology spread constraints then keep replicas on different machines.
  const host = site.multiHost ? site.hostOf(node) : undefined;
  if (host) config['node-label'] = [...((config['node-label'] as string[] | undefined) ?? []), `${ZONE_LABEL}=${checkLabel(host.name, 'host name')}`];
  const role = node.role === 'server' ? (cluster.servers[0].name === node.name ? 'first server: initialises the cluster' : 'server: joins the cluster') : `${node.role}: joins as an agent`;
  return `# sitekit: k3s ${cluster.name}, ${node.name} (${role})\n${stringify(config, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
}

/**
 * The install script: when the node has no k3s binary yet, downloads the pinned k3s binary,
 * checks it against the release checksums, installs it to /opt/bin. It runs at every boot and
 * never replaces a binary that is there: the system-upgrade-controller upgrades running nodes
 * (cluster/components/system-upgrade.ts), and reinstalling the first-boot version would undo that.
 */
export function k3sInstallScript(version: string): string {
  checkK3sVersion(version);
  const urlVersion = version.replace('+', '%2B');
  return lines(
    '#!/bin/sh',
    `# sitekit: installs k3s ${version} to ${K3S_BINARY} when no k3s is installed, verified against the release's sha256 list.`,
    '# An installed k3s is kept whatever its version: upgrades are the system-upgrade-controller\'s job.',
    'set -eu',
    '',
    `version=${shellQuote(version)}`,
    `base=${shellQuote(`${K3S_RELEASES}/${urlVersion}`)}`,
    `dest=${shellQuote(K3S_BINARY)}`,
    '',
    'if [ -x "$dest" ]; then',
    '  echo "k3s-install: $dest is installed ($("$dest" --version 2>/dev/null | head -n 1)), kept"',
    '  exit 0',
    'fi',
    '',
    'case $(uname -m) in',
    '  x86_64) asset=k3s; sums=sha256sum-amd64.txt ;;',
    '  aarch64) asset=k3s-arm64; sums=sha256sum-arm64.txt ;;',
    '  *) echo "k3s-install: unsupported architecture $(uname -m)" >&2; exit 1 ;;',
    'esac',
    '',
    'tmp=$(mktemp -d)',
    "trap 'rm -rf \"$tmp\"' EXIT",
    'curl -fsSL --retry 10 --retry-delay 5 --retry-connrefused -o "$tmp/$asset" "$base/$asset"',
    'curl -fsSL --retry 10 --retry-delay 5 --retry-connrefused -o "$tmp/sums" "$base/$sums"',
    'expected=$(awk -v f="$asset" \'$2 == f { print $1 }\' "$tmp/sums")',
    'if [ -z "$expected" ]; then',
    '  echo "k3s-install: no checksum for $asset in $sums" >&2',
    '  exit 1',
    'fi',
    'echo "$expected  $tmp/$asset" | sha256sum -c -',
    'install -D -m 0755 "$tmp/$asset" "$dest.new"',
    'mv -f "$dest.new" "$dest"',
    'echo "k3s-install: installed $version"',
  );
}

/** The install unit and the k3s service of a node. */
export function k3sUnits(site: Site, node: Node): SystemdUnit[] {
  const cluster = clusterOrThrow(site, node);
  const version = checkK3sVersion(cluster.k3s.version);
  const longhorn = dataDisk(node, 'longhorn') ? MOUNT_POINTS.longhorn : undefined;
  return [
    {
      name: K3S_INSTALL_UNIT,
      enabled: true,
      contents: renderUnit(`sitekit: installs k3s ${version}`, {
        Unit: { Description: `Install k3s ${version}`, Wants: 'network-online.target', After: 'network-online.target' },
        Service: { Type: 'oneshot', RemainAfterExit: true, ExecStart: K3S_INSTALL_SCRIPT },
        Install: { WantedBy: 'multi-user.target' },
      }),
    },
    {
      name: k3sUnitName(node),
      enabled: true,
      contents: renderUnit(`sitekit: k3s ${node.role === 'server' ? 'server' : 'agent'} of cluster ${cluster.name}`, {
        Unit: {
          Description: `k3s ${node.role === 'server' ? 'server' : 'agent'} (${cluster.name})`,
          Documentation: 'https://docs.k3s.io',
          Wants: 'network-online.target',
          Requires: K3S_INSTALL_UNIT,
          After: ['network-online.target', K3S_INSTALL_UNIT],
          RequiresMountsFor: longhorn,
        },
        Service: {
          Type: 'notify',
          KillMode: 'process',
          Delegate: true,
          LimitNOFILE: 1048576,
          LimitNPROC: 'infinity',
          LimitCORE: 'infinity',
          TasksMax: 'infinity',
          TimeoutStartSec: 0,
          Restart: 'always',
          RestartSec: '5s',
          ExecStartPre: ['-/sbin/modprobe br_netfilter', '-/sbin/modprobe overlay'],
          ExecStart: `${K3S_BINARY} ${node.role === 'server' ? 'server' : 'agent'}`,
        },
        Install: { WantedBy: 'multi-user.target' },
      }),
    },
  ];
}

/** Everything k3s needs on a node: config (0600, holds the token), install script, units; iSCSI for Longhorn. */
export function k3sPlan(site: Site, node: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  const cluster = clusterOrThrow(site, node);
  const files: BootFile[] = [
    { path: K3S_CONFIG, mode: 0o600, content: k3sConfig(site, node, secrets) },
    { path: K3S_INSTALL_SCRIPT, mode: 0o755, content: k3sInstallScript(cluster.k3s.version) },
  ];
  const units = k3sUnits(site, node);
  const longhorn = !!cluster.components.longhorn;
  const nfs = !!cluster.components.nfs;
  if (node.flatcar) {
    // Flatcar ships open-iscsi and the NFS client; Longhorn needs iscsid running.
    if (longhorn) units.push({ name: 'iscsid.service', enabled: true });
    return { files, units, packages: [], commands: [] };
  }
  const packages = ['curl', ...(longhorn ? ['open-iscsi'] : []), ...(nfs || longhorn ? ['nfs-common'] : [])];
  return { files, units, packages, commands: longhorn ? [['systemctl', 'enable', '--now', 'iscsid.service']] : [] };
}
