/**
 * Load balancers: HAProxy (TCP) in front of each cluster's API servers and ingress nodes, and
 * keepalived holding the VIPs with VRRP (unicast between the load balancers).
 *
 * HAProxy binds each VIP address, so every load balancer needs `net.ipv4.ip_nonlocal_bind = 1`
 * (the VIP is only local on the VRRP master). Ingress goes to Traefik's (or ingress-nginx's)
 * NodePorts on the cluster's agent nodes: the cluster app must expose the controller's Service on
 * `INGRESS_HTTP_NODEPORT`/`INGRESS_HTTPS_NODEPORT`. TLS passes through (TCP mode). To Traefik,
 * HAProxy sends the PROXY protocol (v2, `send-proxy-v2`) with the client's address, which Traefik
 * accepts from the load balancers only (`proxyProtocol.trustedIPs`; its Service keeps the source
 * address with `externalTrafficPolicy: Local`): access logs, allow lists and rate limits see the
 * client, not a load balancer or a node. ingress-nginx gets plain TCP (no PROXY header).
 *
 * The load balancer that is the peer of a gateway's tunnel (the public path) also binds the
 * forwarded ports on its tunnel address, in the same frontends as the ingress VIP: public traffic
 * the gateway sends through WireGuard reaches the same backends, proxied from the load balancer's
 * own address (no DNAT, nothing routed into the NAT networks). `ip_nonlocal_bind` lets HAProxy
 * bind it before wg0 is up. On that path HAProxy sees the gateway's tunnel address as the client
 * (the gateway masquerades into the tunnel), so that is the address the PROXY header carries; the
 * visitor's address is in Cloudflare's CF-Connecting-IP header.
 */
import type { Cluster, Node, Site } from '../../site';
import type { VipSpec } from '../../site/schema';
import { BootPlan, BootstrapError, checkIPv4, checkLabel, checkPort, lines } from './common';
import { primaryInterface } from './network';
import { checkSecret } from './secrets';
import { INGRESS_NODE_PORTS, KUBE_API_PORT } from '../../site/ports';
import type { BootstrapSecrets } from './secrets';
import { clusterNodes, ingressTargets, loadBalancersOf, sendsProxyProtocol, tunnelTo, vipsOf } from './topology';

/** NodePort of the ingress controller's HTTP port (shared with the cluster app through site/ports). */
export const INGRESS_HTTP_NODEPORT = INGRESS_NODE_PORTS.http;
/** NodePort of the ingress controller's HTTPS port (shared with the cluster app through site/ports). */
export const INGRESS_HTTPS_NODEPORT = INGRESS_NODE_PORTS.https;
/** Kubernetes API port (k3s servers and the API VIP). */
export const API_PORT = KUBE_API_PORT;
/** HAProxy's local health endpoint, checked by keepalived. */
export const HAPROXY_HEALTH = { address: '127.0.0.1', port: 8404, path: '/healthz' } as const;
/** virtual_router_id of the n-th site VIP (0-based) is this plus n plus 1: 51, 52, ... */
export const VRRP_ROUTER_ID_BASE = 50;
/** Priority of the first load balancer of a VIP; each next one is 10 lower. */
export const VRRP_TOP_PRIORITY = 150;

export const HAPROXY_CONFIG = '/etc/haproxy/haproxy.cfg';
export const KEEPALIVED_CONFIG = '/etc/keepalived/keepalived.conf';
export const NONLOCAL_BIND_SYSCTL = '/etc/sysctl.d/90-sitekit-loadbalancer.conf';

/** The clusters a load balancer fronts, with the VIPs it holds for them. */
function frontedClusters(site: Site, lb: Node): { cluster: Cluster; api?: VipSpec; ingress?: VipSpec }[] {
  const held = new Set(vipsOf(site, lb).map((v) => v.name));
  return site.clusters
    .map((cluster) => ({
      cluster,
      api: cluster.apiVipSpec && held.has(cluster.apiVipSpec.name) ? cluster.apiVipSpec : undefined,
      ingress: cluster.ingressVipSpec && held.has(cluster.ingressVipSpec.name) ? cluster.ingressVipSpec : undefined,
    }))
    .filter((c) => c.api || c.ingress);
}

/** An extra bind of a frontend, with the comment that says why. */
interface ExtraBind {
  readonly address: string;
  readonly comment: string;
}

function tcpProxy(name: string, bind: string, port: number, servers: readonly Node[], targetPort: number, extra?: ExtraBind, proxyProtocol = false): string[] {
  return [
    '',
    `frontend ${name}`,
    `  bind ${bind}:${port}`,
    ...(extra ? [`  # ${extra.comment}`, `  bind ${checkIPv4(extra.address, 'bind address')}:${port}`] : []),
    `  default_backend ${name}`,
    '',
    `backend ${name}`,
    '  balance roundrobin',
    '  default-server inter 2s fall 3 rise 2',
    ...servers.map((s) => `  server ${checkLabel(s.name, 'node name')} ${checkIPv4(s.address, 'server address')}:${targetPort} check${proxyProtocol ? ' send-proxy-v2' : ''}`),
  ];
}

/**
 * `haproxy.cfg` of a load balancer: for every cluster whose VIP it holds, TCP 6443 on the API VIP
 * to the cluster's servers and 80/443 on the ingress VIP to its agent nodes' NodePorts, every
 * server with `check`; plus the local health endpoint keepalived probes.
 */
export function haproxyConfig(site: Site, lb: Node): string {
  const out: string[] = [
    `# sitekit: HAProxy of ${checkLabel(lb.name, 'node name')}`,
    'global',
    '  log /dev/log local0',
    '  chroot /var/lib/haproxy',
    '  stats socket /run/haproxy/admin.sock mode 660 level admin',
    '  user haproxy',
    '  group haproxy',
    '',
    'defaults',
    '  mode tcp',
    '  log global',
    '  option tcplog',
    '  option dontlognull',
    '  timeout connect 5s',
    '  # long timeouts for kubectl watch/exec/logs streams',
    '  timeout client 30m',
    '  timeout server 30m',
    '',
    'frontend health',
    '  mode http',
    `  bind ${HAPROXY_HEALTH.address}:${HAPROXY_HEALTH.port}`,
    `  monitor-uri ${HAPROXY_HEALTH.path}`,
  ];
  const tunnel = tunnelTo(site, lb);
  for (const { cluster, api, ingress } of frontedClusters(site, lb)) {
    const c = checkLabel(cluster.name, 'cluster name');
    if (api) out.push(...tcpProxy(`k3s-api-${c}`, checkIPv4(api.address, 'VIP'), API_PORT, cluster.servers, API_PORT));
    if (ingress) {
      const targets = ingressTargets(cluster);
      // The public path: the ports the gateway forwards, bound on this load balancer's tunnel address too.
      const pub = (port: number): ExtraBind | undefined =>
        tunnel && tunnel.cluster.name === cluster.name && tunnel.forward.includes(port)
          ? { address: tunnel.peerAddress, comment: `public :${port} from gateway ${checkLabel(tunnel.gateway.name, 'node name')} through the WireGuard tunnel` }
          : undefined;
      const proxy = sendsProxyProtocol(cluster);
      out.push(...tcpProxy(`ingress-http-${c}`, checkIPv4(ingress.address, 'VIP'), 80, targets, INGRESS_HTTP_NODEPORT, pub(80), proxy));
      out.push(...tcpProxy(`ingress-https-${c}`, ingress.address, 443, targets, INGRESS_HTTPS_NODEPORT, pub(443), proxy));
    }
  }
  if (tunnel?.ingressAddress !== undefined) {
    // The public cluster's ingress is a MetalLB address (no VIP here): the tunnel's ports go to it.
    const c = checkLabel(tunnel.cluster.name, 'cluster name');
    for (const port of tunnel.forward) {
      const name = `public-${port === 443 ? 'https' : 'http'}-${c}`;
      out.push(
        '',
        `# public :${port} from gateway ${checkLabel(tunnel.gateway.name, 'node name')} through the WireGuard tunnel, to the ingress address of ${c}`,
        `frontend ${name}`,
        `  bind ${checkIPv4(tunnel.peerAddress, 'tunnel address')}:${checkPort(port, 'forwarded port')}`,
        `  default_backend ${name}`,
        '',
        `backend ${name}`,
        `  server ingress ${checkIPv4(tunnel.ingressAddress, 'ingress address')}:${port} check`,
      );
    }
  }
  return lines(out);
}

/** virtual_router_id of a VIP: distinct per site VIP. */
export function vrrpRouterId(site: Site, vip: VipSpec): number {
  const id = VRRP_ROUTER_ID_BASE + site.vips.findIndex((v) => v.name === vip.name) + 1;
  if (id <= VRRP_ROUTER_ID_BASE || id > 255) throw new BootstrapError(`VIP ${vip.name}: no VRRP router id left (at most ${255 - VRRP_ROUTER_ID_BASE} VIPs)`);
  return id;
}

/** VRRP priority of a load balancer for a VIP: the first one highest. */
export function vrrpPriority(site: Site, vip: VipSpec, lb: Node): number {
  const i = loadBalancersOf(site, vip).findIndex((n) => n.name === lb.name);
  if (i < 0) throw new BootstrapError(`load balancer ${lb.name} does not hold VIP ${vip.name}`);
  const p = VRRP_TOP_PRIORITY - 10 * i;
  if (p < 1) throw new BootstrapError(`VIP ${vip.name}: too many load balancers for distinct VRRP priorities`);
  return p;
}

/**
 * `keepalived.conf` of a load balancer: one `vrrp_instance` per VIP it holds (virtual_router_id
 * distinct per VIP; priority by load balancer order; MASTER on the first, BACKUP on the others),
 * unicast to the other load balancers of the VIP, PASS authentication, and a `vrrp_script` that
 * drops the instance to FAULT (releasing the VIP) when HAProxy's health endpoint stops answering.
 */
export function keepalivedConfig(site: Site, lb: Node, secrets: Partial<BootstrapSecrets>): string {
  const pass = checkSecret('vrrpPassword', secrets.vrrpPassword);
  const iface = primaryInterface(site, lb);
  if (!/^[a-zA-Z0-9_.-]{1,15}$/.test(iface)) throw new BootstrapError(`interface name ${JSON.stringify(iface)} is not a Linux interface name`);
  const net = site.networkOfNode(lb);
  const out: string[] = [
    `# sitekit: keepalived of ${checkLabel(lb.name, 'node name')}; VRRP on interface ${iface} (see network.ts for how it is named)`,
    'global_defs {',
    `  router_id ${lb.name}`,
    '  enable_script_security',
    '  script_user root',
    '}',
    '',
    'vrrp_script chk_haproxy {',
    `  script "/usr/bin/curl -fsS -o /dev/null --max-time 2 http://${HAPROXY_HEALTH.address}:${HAPROXY_HEALTH.port}${HAPROXY_HEALTH.path}"`,
    '  interval 2',
    '  fall 2',
    '  rise 2',
    '}',
  ];
  for (const vip of vipsOf(site, lb)) {
    const peers = loadBalancersOf(site, vip).filter((n) => n.name !== lb.name);
    const first = loadBalancersOf(site, vip)[0]?.name === lb.name;
    out.push(
      '',
      `vrrp_instance ${checkLabel(vip.name, 'VIP name')} {`,
      `  state ${first ? 'MASTER' : 'BACKUP'}`,
      `  interface ${iface}`,
      `  virtual_router_id ${vrrpRouterId(site, vip)}`,
      `  priority ${vrrpPriority(site, vip, lb)}`,
      '  advert_int 1',
      `  unicast_src_ip ${checkIPv4(lb.address, 'load balancer address')}`,
      '  unicast_peer {',
      ...peers.map((p) => `    ${checkIPv4(p.address, 'peer address')}`),
      '  }',
      '  authentication {',
      '    auth_type PASS',
      `    auth_pass ${pass}`,
      '  }',
      '  virtual_ipaddress {',
      `    ${checkIPv4(vip.address, 'VIP')}/${net.prefix} dev ${iface}`,
      '  }',
      '  track_script {',
      '    chk_haproxy',
      '  }',
      '}',
    );
  }
  return lines(out);
}

/** Files, packages and commands of a load balancer. */
export function loadBalancerPlan(site: Site, lb: Node, secrets: Partial<BootstrapSecrets>): BootPlan {
  if (lb.flatcar) throw new BootstrapError(`load balancer ${lb.name} needs the haproxy and keepalived packages; give it a debian or ubuntu image`);
  if (!vipsOf(site, lb).length) throw new BootstrapError(`load balancer ${lb.name} is on network ${lb.network}, which holds no VIP of the site`);
  for (const { cluster } of frontedClusters(site, lb)) if (!clusterNodes(cluster).length) throw new BootstrapError(`cluster ${cluster.name} has no nodes`);
  return {
    files: [
      { path: NONLOCAL_BIND_SYSCTL, mode: 0o644, content: lines('# sitekit: HAProxy binds the VIPs, which are local only on the VRRP master', 'net.ipv4.ip_nonlocal_bind = 1') },
      { path: HAPROXY_CONFIG, mode: 0o644, content: haproxyConfig(site, lb) },
      { path: KEEPALIVED_CONFIG, mode: 0o600, content: keepalivedConfig(site, lb, secrets) },
    ],
    units: [],
    packages: ['haproxy', 'keepalived', 'curl'],
    commands: [
      ['sysctl', '--system'],
      ['systemctl', 'enable', 'haproxy.service', 'keepalived.service'],
      ['systemctl', 'restart', 'haproxy.service'],
      ['systemctl', 'restart', 'keepalived.service'],
    ],
  };
}
