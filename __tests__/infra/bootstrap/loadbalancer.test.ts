import * as path from 'path';
import { loadSiteFile } from '../../../site';
import { BootstrapError } from '../../../infra/bootstrap/common';
import { haproxyConfig, INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT, keepalivedConfig, loadBalancerPlan, vrrpPriority, vrrpRouterId } from '../../../infra/bootstrap/loadbalancer';
import { primaryInterface } from '../../../infra/bootstrap/network';
import { checkHaproxy, checkKeepalived, EXAMPLE_SECRETS, PLACEHOLDER_REFERENCES, withTools } from '../../support/validators/bootstrap';
import { siteWith } from '../../support/helpers';

const site = loadSiteFile(path.join(__dirname, '..', '..', '..', 'site.yaml')).site;
const lbs = site.nodesByRole('loadbalancer');
/** The default site with the ingress on a MetalLB address instead of the web VIP. */
const metallbIngress = siteWith((d) => {
  d.clusters[0].ingress = { controller: 'traefik', address: '10.17.4.200' };
});

/** The lines of one `frontend`/`backend`/`vrrp_instance` block. */
function block(text: string, header: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === header || l.trim() === `${header} {`);
  if (start < 0) throw new Error(`no block ${header}`);
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (l === '' || l === '}') break;
    out.push(l.trim());
  }
  return out;
}

describe('haproxy.cfg', () => {
  const cfg = haproxyConfig(site, site.node('loadbalancer1'));

  it('TCP 6443 on the API VIP to every server with check', () => {
    expect(block(cfg, 'frontend k3s-api-microcloud')).toEqual(['bind 10.17.3.10:6443', 'default_backend k3s-api-microcloud']);
    expect(block(cfg, 'backend k3s-api-microcloud')).toEqual([
      'balance roundrobin',
      'default-server inter 2s fall 3 rise 2',
      'server master1 10.17.4.21:6443 check',
      'server master2 10.17.4.22:6443 check',
      'server master3 10.17.4.23:6443 check',
    ]);
    expect(cfg).toContain('  mode tcp\n');
  });

  it(`80/443 on the ingress VIP to the agents on the ingress NodePorts ${INGRESS_HTTP_NODEPORT}/${INGRESS_HTTPS_NODEPORT}`, () => {
    expect(block(cfg, 'frontend ingress-http-microcloud')[0]).toBe('bind 10.17.3.30:80');
    expect(block(cfg, 'frontend ingress-https-microcloud')[0]).toBe('bind 10.17.3.30:443');
    // Traefik behind: the PROXY protocol v2 carries the client's address.
    expect(block(cfg, 'backend ingress-http-microcloud').slice(2)).toEqual(['server worker1 10.17.4.24:30080 check send-proxy-v2', 'server worker2 10.17.4.25:30080 check send-proxy-v2', 'server worker3 10.17.4.26:30080 check send-proxy-v2']);
    expect(block(cfg, 'backend ingress-https-microcloud').slice(2)).toEqual(['server worker1 10.17.4.24:30443 check send-proxy-v2', 'server worker2 10.17.4.25:30443 check send-proxy-v2', 'server worker3 10.17.4.26:30443 check send-proxy-v2']);
    expect(cfg).not.toContain('storage1');
    // Never to the API servers, nor to ingress-nginx (which would read the header as the request).
    expect(block(cfg, 'backend k3s-api-microcloud').join('\n')).not.toContain('send-proxy');
    const nginx = siteWith((d) => {
      d.clusters[0].ingress.controller = 'nginx';
      delete d.clusters[0].components.traefik;
      d.clusters[0].components.ingressNginx = { version: '4.13.3' };
    });
    expect(haproxyConfig(nginx, nginx.node('loadbalancer1'))).not.toContain('send-proxy');
  });

  it('the tunnel peer binds the forwarded ports on its tunnel address in the ingress frontends (same backends); the others do not', () => {
    expect(block(cfg, 'frontend ingress-http-microcloud')).toEqual([
      'bind 10.17.3.30:80',
      '# public :80 from gateway wg-gateway through the WireGuard tunnel',
      'bind 10.17.0.2:80',
      'default_backend ingress-http-microcloud',
    ]);
    expect(block(cfg, 'frontend ingress-https-microcloud')).toEqual([
      'bind 10.17.3.30:443',
      '# public :443 from gateway wg-gateway through the WireGuard tunnel',
      'bind 10.17.0.2:443',
      'default_backend ingress-https-microcloud',
    ]);
    expect(block(cfg, 'frontend k3s-api-microcloud')).toEqual(['bind 10.17.3.10:6443', 'default_backend k3s-api-microcloud']);
    expect(haproxyConfig(site, site.node('loadbalancer2'))).not.toContain('10.17.0.');
    expect(haproxyConfig(site, site.node('loadbalancer2'))).toBe(cfg.replace(/^ {2}# public .*\n {2}bind 10\.17\.0\.2:.*\n/gm, '').replace('HAProxy of loadbalancer1', 'HAProxy of loadbalancer2'));
  });

  it('only the forwarded ports are bound on the tunnel address', () => {
    const s = siteWith((doc) => {
      doc.nodes.find((n: { name: string }) => n.name === 'wg-gateway').tunnel.forward = [443];
    });
    const text = haproxyConfig(s, s.node('loadbalancer1'));
    expect(block(text, 'frontend ingress-http-microcloud')).toEqual(['bind 10.17.3.30:80', 'default_backend ingress-http-microcloud']);
    expect(block(text, 'frontend ingress-https-microcloud')).toContain('bind 10.17.0.2:443');
  });

  it('a MetalLB-addressed ingress (no ingress VIP on the peer): the tunnel ports get their own frontends to the ingress address', () => {
    const s = metallbIngress;
    const text = haproxyConfig(s, s.node('loadbalancer1'));
    expect(text).not.toContain('frontend ingress-');
    expect(text).toContain(
      [
        '# public :80 from gateway wg-gateway through the WireGuard tunnel, to the ingress address of microcloud',
        'frontend public-http-microcloud',
        '  bind 10.17.0.2:80',
        '  default_backend public-http-microcloud',
        '',
        'backend public-http-microcloud',
        '  server ingress 10.17.4.200:80 check',
        '',
        '# public :443 from gateway wg-gateway through the WireGuard tunnel, to the ingress address of microcloud',
        'frontend public-https-microcloud',
        '  bind 10.17.0.2:443',
        '  default_backend public-https-microcloud',
        '',
        'backend public-https-microcloud',
        '  server ingress 10.17.4.200:443 check',
        '',
      ].join('\n'),
    );
    expect(haproxyConfig(s, s.node('loadbalancer2'))).not.toContain('public-');
  });

  withTools(it, ['haproxy'])('haproxy -c accepts the config of loadbalancer1 with a MetalLB-addressed ingress', () => {
    expect(checkHaproxy(haproxyConfig(metallbIngress, metallbIngress.node('loadbalancer1')))).toMatchObject({ ok: true });
  });

  it('a local health endpoint for keepalived', () => {
    expect(block(cfg, 'frontend health')).toEqual(['mode http', 'bind 127.0.0.1:8404', 'monitor-uri /healthz']);
  });

  it('snapshot', () => {
    expect(cfg).toMatchSnapshot();
  });

  for (const lb of lbs) {
    withTools(it, ['haproxy'])(`haproxy -c accepts the config of ${lb.name}`, () => {
      expect(checkHaproxy(haproxyConfig(site, lb))).toMatchObject({ ok: true });
    });
  }
});

describe('keepalived.conf', () => {
  const conf = (name: string, s = PLACEHOLDER_REFERENCES) => keepalivedConfig(site, site.node(name), s);

  it('one vrrp_instance per VIP with a distinct virtual_router_id', () => {
    const text = conf('loadbalancer1');
    expect(text.match(/^vrrp_instance /gm)).toHaveLength(2);
    expect(block(text, 'vrrp_instance kube-api')).toContain('virtual_router_id 51');
    expect(block(text, 'vrrp_instance web')).toContain('virtual_router_id 52');
    expect(vrrpRouterId(site, site.vip('kube-api'))).not.toBe(vrrpRouterId(site, site.vip('web')));
  });

  it('priority by load balancer order; MASTER on the first, BACKUP on the others', () => {
    expect(lbs.map((lb) => vrrpPriority(site, site.vip('kube-api'), lb))).toEqual([150, 140, 130]);
    expect(block(conf('loadbalancer1'), 'vrrp_instance kube-api')).toEqual(expect.arrayContaining(['state MASTER', 'priority 150']));
    expect(block(conf('loadbalancer2'), 'vrrp_instance kube-api')).toEqual(expect.arrayContaining(['state BACKUP', 'priority 140']));
    expect(block(conf('loadbalancer3'), 'vrrp_instance web')).toEqual(expect.arrayContaining(['state BACKUP', 'priority 130']));
  });

  it('unicast from its own address to the other load balancers; VIP on the documented interface with the network prefix', () => {
    const b = block(conf('loadbalancer2'), 'vrrp_instance kube-api');
    expect(b).toContain('unicast_src_ip 10.17.3.12');
    expect(conf('loadbalancer2')).toContain('  unicast_peer {\n    10.17.3.11\n    10.17.3.13\n  }\n');
    expect(b).toContain('interface eth0');
    expect(conf('loadbalancer2')).toContain('    10.17.3.10/24 dev eth0\n');
  });

  it('PASS authentication with auth_pass from the secrets (a reference), haproxy health check tracked', () => {
    const text = conf('loadbalancer1');
    expect(text).toContain('    auth_type PASS\n    auth_pass ${random_password.vrrp.result}\n');
    expect(text).toContain('vrrp_script chk_haproxy {\n  script "/usr/bin/curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:8404/healthz"');
    expect(text.match(/track_script \{\n {4}chk_haproxy\n/g)).toHaveLength(2);
  });

  it('refuses an auth_pass longer than 8 characters or with unsafe characters', () => {
    expect(() => conf('loadbalancer1', { ...PLACEHOLDER_REFERENCES, vrrpPassword: 'NineChars' })).toThrow(/at most 8/);
    expect(() => conf('loadbalancer1', { ...PLACEHOLDER_REFERENCES, vrrpPassword: 'a}\n}' })).toThrow(BootstrapError);
  });

  it('snapshot', () => {
    expect(conf('loadbalancer2')).toMatchSnapshot();
  });

  for (const lb of lbs) {
    withTools(it, ['keepalived', 'unshare', 'ip'])(`keepalived --config-test accepts the config of ${lb.name} (interface ${primaryInterface(site, lb)} created in a namespace)`, () => {
      expect(checkKeepalived(keepalivedConfig(site, lb, EXAMPLE_SECRETS), [primaryInterface(site, lb)])).toMatchObject({ ok: true, output: '' });
    });
  }
});

describe('load balancer plan', () => {
  it('sysctl for binding the VIPs, configs, packages, restarts', () => {
    const plan = loadBalancerPlan(site, site.node('loadbalancer1'), PLACEHOLDER_REFERENCES);
    expect(plan.files.map((f) => [f.path, f.mode])).toEqual([
      ['/etc/sysctl.d/90-sitekit-loadbalancer.conf', 0o644],
      ['/etc/haproxy/haproxy.cfg', 0o644],
      ['/etc/keepalived/keepalived.conf', 0o600],
    ]);
    expect(plan.files[0].content).toContain('net.ipv4.ip_nonlocal_bind = 1');
    expect(plan.packages).toEqual(['haproxy', 'keepalived', 'curl']);
    expect(plan.commands[0]).toEqual(['sysctl', '--system']);
  });
});
