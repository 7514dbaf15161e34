/**
 * Components and apps: behaviour from the site (addresses, replica counts, versions) and one
 * snapshot per component of what it adds to the default tree.
 */
import * as fs from 'fs';
import * as path from 'path';
import { synthClusterTree } from '../../cluster/app';
import { WebApp, type AppSpec } from '../../cluster/apps/app';
import { webAppProps } from '../../cluster/apps/resolve';
import { COMPONENTS } from '../../cluster/components';
import { ClusterContext, COMPONENT_NAMESPACES } from '../../cluster/context';
import { INGRESS_NODE_PORTS } from '../../cluster/ports';
import { chartObjects, type ClusterTree } from '../../cluster/tree';
import { CHARTS, chartFor } from '../../cluster/versions';
import { CATALOG, loadSiteFile, type Site } from '../../site';
import { toYaml } from '../../synth/render';
import { siteWith, type Obj } from '../support/helpers';

const root = path.join(__dirname, '..', '..');

const treeOf = (site: Site) => synthClusterTree(site, site.clusters[0]);
const objects = (tree: ClusterTree, prefix = '') => [...tree].filter(([f]) => f.startsWith(prefix) && !f.endsWith('kustomization.yaml')).flatMap(([, o]) => o as Obj[]);
const find = (tree: ClusterTree, kind: string, name?: string) => objects(tree).find((o) => o.kind === kind && (!name || o.metadata.name === name));
const release = (tree: ClusterTree, name: string) => find(tree, 'HelmRelease', name)!;

const defaultSite = siteWith();
const defaultTree = treeOf(defaultSite);
/** The components the default site does not enable (eck, jenkins) come from the example that does. */
const fullTree = treeOf(loadSiteFile(path.join(root, 'examples', 'flatcar-full.yaml')).site);
const nginxSite = siteWith((d) => {
  const c = d.clusters[0];
  c.ingress = { controller: 'nginx', address: '10.17.4.200' };
  delete c.components.traefik;
  c.components.ingressNginx = { version: '4.15.1' };
});

/** The default site with an Intel GPU passed through to a Debian worker (the plugin's DaemonSet). */
const gpuSite = siteWith((d) => Object.assign(d.nodes.find((n: { name: string }) => n.name === 'worker1'), { image: 'debian', gpu: { vendor: 'intel', pci: '0000:00:02.0' } }));
/** The default site with ExternalDNS publishing its hostnames and, the target dynamic, the DDNS updater. */
const publicDnsSite = siteWith((d) => {
  d.clusters[0].components.externalDns = { version: '1.21.1' };
  d.cloudflare.target = 'dynamic';
  d.cloudflare.ddns = { cluster: d.clusters[0].name, name: 'ip.socialdevs.site' };
  for (const h of d.cloudflare.hostnames) h.dns = 'externalDns';
});

describe('snapshots', () => {
  it.each(COMPONENTS.map((c) => c.key))('%s', (key) => {
    const tree =
      key === 'ingressNginx' ? treeOf(nginxSite)
      : key === 'intelGpu' ? treeOf(gpuSite)
      : key === 'externalDns' || key === 'ddns' ? treeOf(publicDnsSite)
      : key === 'eck' || key === 'jenkins' ? fullTree
      : defaultTree;
    const ns = COMPONENT_NAMESPACES[key];
    const files = [...tree].filter(([f]) => f.startsWith(`infrastructure/controllers/${ns}/`) || f.startsWith(`infrastructure/configs/${ns}/`));
    expect(files.length).toBeGreaterThan(0);
    expect(files.map(([f, o]) => `# ${f}\n${toYaml(o)}`).join('')).toMatchSnapshot();
  });

  it('apps', () => {
    const files = [...defaultTree].filter(([f]) => f.startsWith('apps/'));
    expect(files.map(([f, o]) => `# ${f}\n${toYaml(o)}`).join('')).toMatchSnapshot();
  });
});

describe('versions', () => {
  const text = fs.readFileSync(path.join(root, 'cluster', 'versions.ts'), 'utf8');

  it('pins every chart once, each with a renovate annotation naming its chart and repository', () => {
    for (const pin of Object.values(CHARTS)) {
      expect(text).toContain(`// renovate: datasource=helm depName=${pin.chart} registryUrl=${pin.repository}\n    version: '${pin.version}',`);
    }
    expect(text.match(/version: '/g)).toHaveLength(Object.keys(CHARTS).length);
  });

  it('the site version of a component overrides the pin', () => {
    const site = siteWith((d) => (d.clusters[0].components.traefik.version = '41.9.9'));
    expect(chartFor(site.clusters[0], 'traefik').version).toBe('41.9.9');
    expect(release(treeOf(site), 'traefik').spec.chart.spec.version).toBe('41.9.9');
    expect(chartFor(site.clusters[0], 'metallb').version).toBe(CHARTS.metallb.version);
  });

  it('kube-prometheus-stack comes from its OCI artifact through an OCIRepository', () => {
    const oci = find(defaultTree, 'OCIRepository', 'kube-prometheus-stack')!;
    expect(oci.spec).toMatchObject({ url: CHARTS.kubePrometheusStack.oci, ref: { tag: '88.5.3' } });
    expect(release(defaultTree, 'kube-prometheus-stack').spec.chartRef).toEqual({ kind: 'OCIRepository', name: 'kube-prometheus-stack', namespace: 'monitoring' });
  });
});

describe('MetalLB and ingress exposure', () => {
  it('one IPAddressPool per site pool, advertised in L2', () => {
    const site = siteWith((d) => d.clusters[0].pools.push({ name: 'extra', addresses: ['10.17.4.230/31'] }));
    const tree = treeOf(site);
    const pools = objects(tree).filter((o) => o.kind === 'IPAddressPool');
    expect(pools.map((p) => [p.metadata.name, p.spec.addresses])).toEqual([
      ['services', ['10.17.4.200-10.17.4.220']],
      ['extra', ['10.17.4.230/31']],
    ]);
    expect(find(tree, 'L2Advertisement')!.spec.ipAddressPools).toEqual(['services', 'extra']);
  });

  it('ingress.vip: Traefik is a NodePort Service on the shared fixed ports', () => {
    expect(INGRESS_NODE_PORTS).toEqual({ http: 30080, https: 30443 });
    const values = release(defaultTree, 'traefik').spec.values;
    // The source address is kept: the pods see the load balancer that sends the PROXY header.
    expect(values.service).toEqual({ type: 'NodePort', spec: { externalTrafficPolicy: 'Local' } });
    // Container ports pinned too: the namespace's NetworkPolicy admits exactly these (cluster/network-policy.test.ts).
    const proxyProtocol = { trustedIPs: ['10.17.3.11/32', '10.17.3.12/32', '10.17.3.13/32'] };
    expect(values.ports).toEqual({ web: { port: 8000, nodePort: INGRESS_NODE_PORTS.http, proxyProtocol }, websecure: { port: 8443, nodePort: INGRESS_NODE_PORTS.https, proxyProtocol }, metrics: { port: 9100 } });
    // On the nodes HAProxy sends to (the agents).
    expect(values.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['worker1', 'worker2', 'worker3'] }] }]);
    expect(release(defaultTree, 'traefik').spec.install.disableWait).toBeUndefined();
  });

  it('the load balancers forward to the same NodePorts (infra/bootstrap HAProxy)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lb = require('../../infra/bootstrap/loadbalancer');
    expect({ http: lb.INGRESS_HTTP_NODEPORT, https: lb.INGRESS_HTTPS_NODEPORT }).toEqual(INGRESS_NODE_PORTS);
  });

  it('ingress.address: a LoadBalancer requesting the site address from MetalLB', () => {
    const site = siteWith((d) => (d.clusters[0].ingress = { controller: 'traefik', address: '10.17.4.201' }));
    const r = release(treeOf(site), 'traefik');
    expect(r.spec.values.service).toEqual({ type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': '10.17.4.201' } });
    // The pool is a configs object: waiting for the Service's address in controllers would deadlock.
    expect(r.spec.install.disableWait).toBe(true);
  });

  it('ingress-nginx: same exposure rules, Ingress objects with cert-manager for routes', () => {
    const tree = treeOf(nginxSite);
    expect(release(tree, 'ingress-nginx').spec.values.controller.service).toEqual({ type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': '10.17.4.200' } });
    expect(find(tree, 'IngressRoute')).toBeUndefined();
    const ing = objects(tree).filter((o) => o.kind === 'Ingress');
    expect(ing.map((i) => i.spec.rules[0].host).sort()).toEqual(['api.socialdevs.site', 'grafana.socialdevs.site', 'socialdevs.site']);
    expect(ing[0].metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt-production');
    const vip = siteWith((d) => {
      delete d.clusters[0].components.traefik;
      d.clusters[0].ingress.controller = 'nginx';
      d.clusters[0].components.ingressNginx = { version: '4.15.1' };
    });
    expect(release(treeOf(vip), 'ingress-nginx').spec.values.controller.service).toEqual({ type: 'NodePort', nodePorts: INGRESS_NODE_PORTS });
  });
});

describe('Traefik routes and middlewares', () => {
  it('redirect-to-https and secure-headers middlewares; an HTTP redirect route per public hostname', () => {
    const mws = objects(defaultTree).filter((o) => o.kind === 'Middleware').map((m) => m.metadata.name);
    expect(mws).toEqual(['redirect-to-https', 'secure-headers']);
    const http = objects(defaultTree, 'infrastructure/configs/traefik/').filter((o) => o.kind === 'IngressRoute');
    expect(http.map((r) => r.spec.routes[0].match)).toEqual(defaultSite.clusters[0].hostnames.map((h) => `Host(\`${h}\`)`));
    for (const r of http) expect(r.spec).toMatchObject({ entryPoints: ['web'], routes: [{ middlewares: [{ name: 'redirect-to-https', namespace: 'traefik' }] }] });
  });

  it('Grafana behind Traefik at grafana.<domain> only when the site asks (monitoring.grafana.public)', () => {
    const route = objects(defaultTree, 'infrastructure/configs/monitoring/').find((o) => o.kind === 'IngressRoute')!;
    expect(route.spec.routes[0]).toMatchObject({ match: 'Host(`grafana.socialdevs.site`)', services: [{ name: 'kube-prometheus-stack-grafana', port: 80 }] });
    expect(route.spec.tls).toEqual({ secretName: 'grafana-tls' });
    const routes = (s: Site) => objects(treeOf(s), 'infrastructure/configs/monitoring/').filter((o) => o.kind === 'IngressRoute');
    // Not public by default, hostname or not.
    expect(routes(siteWith((d) => delete d.clusters[0].monitoring.grafana))).toEqual([]);
    const privateTree = treeOf(siteWith((d) => delete d.clusters[0].monitoring.grafana));
    expect(objects(privateTree, 'infrastructure/controllers/monitoring/').filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name)).not.toContain('allow-from-ingress');
  });

  it('refuses a route for a hostname the site does not route to the cluster', () => {
    const ctx = new ClusterContext(defaultSite, defaultSite.clusters[0]);
    const spec: AppSpec = { name: 'x', namespace: 'x', image: 'x:1', port: 80, host: 'other.example.com', resources: { cpu: '1m', memory: '1Mi' }, probes: { liveness: '/', readiness: '/' } };
    expect(() => chartObjects((c) => new WebApp(c, 'x', webAppProps(ctx, spec)))).toThrow(/not a public hostname/);
  });
});

describe('cert-manager', () => {
  it('Let’s Encrypt issuers solve DNS-01 with a Cloudflare token referenced by name, plus an internal CA', () => {
    const issuers = objects(defaultTree).filter((o) => o.kind === 'ClusterIssuer');
    expect(issuers.map((i) => i.metadata.name).sort()).toEqual(['internal-ca', 'letsencrypt-production', 'letsencrypt-staging', 'selfsigned']);
    const prod = issuers.find((i) => i.metadata.name === 'letsencrypt-production')!;
    expect(prod.spec.acme.server).toBe('https://acme-v02.api.letsencrypt.org/directory');
    expect(prod.spec.acme.solvers[0]).toEqual({
      selector: { dnsZones: ['socialdevs.site'] },
      dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare-api-token', key: 'api-token' } } },
    });
    expect(find(defaultTree, 'Certificate', 'internal-ca')!.spec).toMatchObject({ isCA: true, issuerRef: { kind: 'ClusterIssuer', name: 'selfsigned' } });
    expect(find(defaultTree, 'ExternalSecret', 'cloudflare-api-token')!.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'site-secrets' });
    expect(release(defaultTree, 'cert-manager').spec.values.crds).toEqual({ enabled: true, keep: true });
  });
});

describe('storage', () => {
  it('Longhorn replicas = min(3, nodes with a longhorn disk), default class, snapshot and backup jobs', () => {
    expect(release(defaultTree, 'longhorn').spec.values.persistence).toMatchObject({ defaultClass: true, defaultClassReplicaCount: 3 });
    const two = siteWith((d) => {
      for (const n of d.nodes) if (['worker2', 'worker3'].includes(n.name)) n.disks = n.disks.filter((x: any) => x.purpose !== 'longhorn');
    });
    expect(release(treeOf(two), 'longhorn').spec.values.persistence.defaultClassReplicaCount).toBe(2);
    const jobs = objects(defaultTree).filter((o) => o.kind === 'RecurringJob').map((j) => j.spec.task);
    expect(jobs).toEqual(['snapshot', 'backup']);
    expect(release(defaultTree, 'longhorn').spec.values.defaultBackupStore).toEqual({ backupTarget: 'nfs://10.17.4.27:/srv/nfs/shared' });
  });

  it('NFS StorageClass on the storage node address from the site', () => {
    const sc = find(defaultTree, 'StorageClass', 'nfs-shared')!;
    expect(sc).toMatchObject({ provisioner: 'nfs.csi.k8s.io', parameters: { server: defaultSite.node('storage1').address, share: '/srv/nfs/shared' } });
    const moved = siteWith((d) => (d.nodes.find((n: any) => n.name === 'storage1').address = '10.17.4.28'));
    expect(find(treeOf(moved), 'StorageClass', 'nfs-shared')!.parameters.server).toBe('10.17.4.28');
  });
});

describe('PostgreSQL and Kafka', () => {
  it('the database node: a selector-less Service of the app with an EndpointSlice on the node; no CNPG Cluster nobody uses', () => {
    expect(find(defaultTree, 'Cluster', 'pg')).toBeUndefined();
    expect(find(defaultTree, 'Database')).toBeUndefined();
    const svc = objects(defaultTree, 'apps/').find((o) => o.kind === 'Service' && o.metadata.name === 'backend-postgresql')!;
    expect(svc.metadata.namespace).toBe('socialdevs');
    expect(svc.spec.selector).toBeUndefined();
    const slice = find(defaultTree, 'EndpointSlice')!;
    expect(slice.metadata.labels['kubernetes.io/service-name']).toBe('backend-postgresql');
    expect(slice.endpoints).toEqual([{ addresses: [defaultSite.node('postgresql1').address], conditions: { ready: true } }]);
  });

  it('CloudNativePG: a Cluster, a managed role and a Database per app database', () => {
    const backups = { postgresql: { target: 's3://pg-backups@us-east-1/microcloud' } };
    for (const site of [siteWith((d) => ((d.clusters[0].postgresql = 'cloudnativePg'), (d.clusters[0].backups = backups))), siteWith((d) => (d.nodes = d.nodes.filter((n: any) => n.role !== 'database')))]) {
      const tree = treeOf(site);
      const cluster = find(tree, 'Cluster', 'pg')!;
      expect(cluster.spec).toMatchObject({ instances: 3, storage: { storageClass: 'longhorn-single' } });
      expect(cluster.spec.managed.roles).toEqual([{ name: 'socialdevs', ensure: 'present', login: true, passwordSecret: { name: 'pg-role-socialdevs' } }]);
      expect(find(tree, 'Database')).toMatchObject({ metadata: { name: 'pg-socialdevs', namespace: 'databases' }, spec: { cluster: { name: 'pg' }, name: 'socialdevs', owner: 'socialdevs', ensure: 'present' } });
      // The role's Secret and the app's come from the same Secret of the site's store.
      const roleSecret = find(tree, 'ExternalSecret', 'pg-role-socialdevs')!;
      expect(roleSecret.spec.target).toEqual({ name: 'pg-role-socialdevs', template: { type: 'kubernetes.io/basic-auth', metadata: { labels: { 'cnpg.io/reload': 'true' } } } });
      const appSecret = find(tree, 'ExternalSecret', 'backend-database')!;
      for (const s of [roleSecret, appSecret]) expect(s.spec.data.map((d: any) => d.remoteRef)).toEqual([{ key: 'postgresql-socialdevs', property: 'username' }, { key: 'postgresql-socialdevs', property: 'password' }]);
      expect(find(tree, 'EndpointSlice')).toBeUndefined();
      const env = objects(tree, 'apps/').find((o) => o.kind === 'Deployment' && o.metadata.name === 'backend')!.spec.template.spec.containers[0].env;
      expect(env.find((e: any) => e.name === 'DATABASE_HOST').value).toBe('pg-rw.databases.svc.cluster.local');
    }
  });

  it('a KRaft Kafka with controller and broker node pools', () => {
    const pools = objects(defaultTree).filter((o) => o.kind === 'KafkaNodePool');
    expect(pools.map((p) => [p.metadata.name, p.spec.roles, p.spec.replicas])).toEqual([
      ['controller', ['controller'], 3],
      ['broker', ['broker'], 3],
    ]);
    for (const p of pools) expect(p.metadata.labels['strimzi.io/cluster']).toBe('kafka');
    expect(find(defaultTree, 'Kafka')!.spec.kafka.listeners.map((l: any) => l.name)).toEqual(['plain', 'tls']);
  });
});

describe('WebApp construct and seed apps', () => {
  const apps = objects(defaultTree, 'apps/');
  const of = (kind: string, name: string) => apps.find((o) => o.kind === kind && o.metadata.name === name);

  it('frontend on the apex domain, backend on api.<domain>', () => {
    expect(of('IngressRoute', 'frontend')!.spec.routes[0].match).toBe('Host(`socialdevs.site`)');
    expect(of('IngressRoute', 'backend')!.spec.routes[0].match).toBe('Host(`api.socialdevs.site`)');
  });

  it('Deployments run as non-root with a read-only root file system, resources and probes', () => {
    for (const name of ['frontend', 'backend']) {
      const pod = of('Deployment', name)!.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      const c = pod.containers[0];
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(Object.keys(c.resources.requests).sort()).toEqual(['cpu', 'memory']);
      expect(Object.keys(c.resources.limits).sort()).toEqual(['cpu', 'memory']);
      // Both probes ask the container's own http port.
      expect(c.ports.map((p: { name: string }) => p.name)).toEqual(['http']);
      expect([c.livenessProbe.httpGet.port, c.readinessProbe.httpGet.port]).toEqual(['http', 'http']);
    }
    expect(of('Deployment', 'frontend')!.spec.template.spec.containers[0].resources).toEqual({ requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '128Mi' } });
    const backend = of('Deployment', 'backend')!.spec.template.spec.containers[0];
    expect([backend.livenessProbe.httpGet.path, backend.readinessProbe.httpGet.path]).toEqual(['/healthz', '/readyz']);
  });

  it('PDB when replicas > 1, HPA when asked, ServiceMonitor when it exposes metrics', () => {
    // The PDB leaves one of the replicas to evict (a drain never blocks on it).
    expect(of('PodDisruptionBudget', 'frontend')!.spec).toEqual({ minAvailable: 1, selector: { matchLabels: of('Deployment', 'frontend')!.spec.selector.matchLabels } });
    expect(of('Deployment', 'frontend')!.spec.replicas).toBe(2);
    expect(of('HorizontalPodAutoscaler', 'backend')!.spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(of('HorizontalPodAutoscaler', 'frontend')).toBeUndefined();
    // Scrapes the Service's named port, selecting that Service.
    expect(of('ServiceMonitor', 'backend')!.spec).toEqual({
      endpoints: [{ interval: '30s', path: '/metrics', port: of('Service', 'backend')!.spec.ports[0].name }],
      namespaceSelector: { matchNames: ['socialdevs'] },
      selector: { matchLabels: of('Service', 'backend')!.spec.selector },
    });
    expect(of('ServiceMonitor', 'frontend')).toBeUndefined();
    // With an HPA the Deployment leaves replicas to it.
    expect(of('Deployment', 'backend')!.spec.replicas).toBeUndefined();
  });

  it('the backend is wired to PostgreSQL and Kafka by name; its NetworkPolicy allows only those peers', () => {
    const env = of('Deployment', 'backend')!.spec.template.spec.containers[0].env;
    const get = (n: string) => env.find((e: any) => e.name === n);
    expect(get('DATABASE_HOST').value).toBe('backend-postgresql.socialdevs.svc.cluster.local');
    expect(get('DATABASE_NAME').value).toBe('socialdevs');
    expect(get('DATABASE_PASSWORD').valueFrom).toEqual({ secretKeyRef: { name: 'backend-database', key: 'password' } });
    expect(get('KAFKA_BOOTSTRAP_SERVERS').value).toBe('kafka-kafka-bootstrap.kafka.svc.cluster.local:9092');
    expect(find(defaultTree, 'KafkaTopic', 'socialdevs-events')!.metadata.namespace).toBe('kafka');
    const np = of('NetworkPolicy', 'backend')!.spec;
    expect(np.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(np.egress.map((r: any) => r.ports[0].port)).toEqual([53, 5432, 9092]);
    expect(np.egress[1].to).toEqual([{ ipBlock: { cidr: `${defaultSite.node('postgresql1').address}/32` } }]);
    expect(np.ingress.map((r: any) => r.from[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name'])).toEqual(['traefik', 'monitoring']);
    const frontend = of('NetworkPolicy', 'frontend')!.spec;
    expect(frontend.egress).toHaveLength(1); // DNS only
  });

  it('a database-using app on a cluster without any database: a site error at the app; the construct, given such a spec in code, throws', () => {
    const noDatabase = (d: any) => {
      d.nodes = d.nodes.filter((n: any) => n.role !== 'database');
      delete d.clusters[0].components.cloudnativePg;
    };
    expect(() => siteWith(noDatabase)).toThrow(/clusters\[0\]\.apps\[1\]\.database: app "backend" of cluster "microcloud" uses database "socialdevs", but the cluster has neither a database node nor CloudNativePG/);
    const site = siteWith((d) => {
      noDatabase(d);
      d.clusters[0].apps = [d.clusters[0].apps[0]];
    });
    const spec = { ...CATALOG['socialdevs-backend'], host: undefined };
    expect(() => chartObjects((chart) => new WebApp(chart, 'backend', webAppProps(new ClusterContext(site, site.clusters[0]), spec)))).toThrow(
      'app socialdevs/backend uses database "socialdevs", but cluster "microcloud" has neither a database node nor CloudNativePG',
    );
  });
});
