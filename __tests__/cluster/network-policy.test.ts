/**
 * NetworkPolicies of the tree: every namespace denies ingress by default, and the platform's real
 * traffic still gets through. The flows are checked with a small evaluator of the NetworkPolicy
 * ingress semantics (policies add up; a pod selected by none is open), over the synthesized tree.
 * Ports and peers expected here are the charts' facts, written out rather than imported, so a
 * change of a constant in cluster/ shows up as a failure.
 */
import * as path from 'path';
import { Chart } from 'cdk8s';
import { synthClusterTree } from '../../cluster/app';
import { ClusterContext } from '../../cluster/context';
import { allowFrom, APP_NAMESPACE_LABELS, DEFAULT_DENY, MAX_LISTED_POD_SUBNETS, nodeSources } from '../../cluster/network-policy';
import { chartObjects, type ClusterTree } from '../../cluster/tree';
import { loadSiteFile, type Site } from '../../site';
import * as ip from '../../site/ip';
import { runPolicies } from '../../synth/gates/policy';
import { renderSite } from '../../synth/render';
import { siteWith, objectsOf, type Obj } from '../support/helpers';
import { admitted, type Dest, type Labels, policiesOf, type Source } from '../support/network-policy';

const root = path.join(__dirname, '..', '..');

const isDefaultDeny = (np: Obj) =>
  JSON.stringify(np.spec.podSelector) === '{}' && JSON.stringify(np.spec.policyTypes) === '["Ingress"]' && np.spec.ingress === undefined && np.spec.egress === undefined;

const defaultSite = siteWith();
const nginxSite = siteWith((d) => {
  const c = d.clusters[0];
  c.ingress = { controller: 'nginx', address: '10.17.4.200' };
  delete c.components.traefik;
  c.components.ingressNginx = { version: '4.15.1' };
});
/** The default site keeping its apps' databases in CloudNativePG: its tree also has the `databases` namespace. */
const cnpgSite = siteWith((d) => (d.clusters[0].postgresql = 'cloudnativePg'));
const examples = ['multi-cluster.yaml', 'proxmox-minimal.yaml'].map((f) => loadSiteFile(path.join(root, 'examples', f)).site);
/** Every cluster tree the repository synthesizes, plus the Argo CD, NGINX and CloudNativePG variants of the default site. */
const trees: [string, Site, ClusterTree][] = [
  ...[defaultSite, ...examples].flatMap((s) => s.clusters.map((c) => [`${s.name}/${c.name}`, s, synthClusterTree(s, c)] as [string, Site, ClusterTree])),
  ['microcloud/argocd', defaultSite, synthClusterTree(siteWith((d) => (d.clusters[0].gitops.engine = 'argocd')), defaultSite.clusters[0])],
  ['microcloud/nginx', nginxSite, synthClusterTree(nginxSite, nginxSite.clusters[0])],
  ['microcloud/cloudnativePg', cnpgSite, synthClusterTree(cnpgSite, cnpgSite.clusters[0])],
];
/** The default site's tree with every component's namespace (the databases in CloudNativePG). */
const fullTree = trees.find(([n]) => n === 'microcloud/cloudnativePg')![2];

// Clients of the default site (pod CIDR 10.42.0.0/16; pods never hold a subnet's .0 address).
const pod = (ns: string, labels: Labels = {}, addr = '10.42.7.23'): Source => ({ ip: addr, ns, labels });
const C = {
  /** The API server on master1, reaching a pod on another node: flannel's VXLAN address of master1's pod subnet. */
  apiServerTunnel: { ip: '10.42.2.0' },
  /** The API server as the node itself (same node, or a CNI without a tunnel). */
  apiServerNode: { ip: defaultSite.node('master1').address },
  internet: { ip: '198.51.100.7' },
  traefik: pod('traefik', { 'app.kubernetes.io/name': 'traefik' }),
  prometheus: pod('monitoring', { 'app.kubernetes.io/name': 'prometheus' }),
  grafana: pod('monitoring', { 'app.kubernetes.io/name': 'grafana' }),
  kubeStateMetrics: pod('monitoring', { 'app.kubernetes.io/name': 'kube-state-metrics' }),
  alloy: pod('logging', { 'app.kubernetes.io/name': 'alloy' }),
  cnpgOperator: pod('cnpg-system', { 'app.kubernetes.io/name': 'cloudnative-pg' }),
  pgReplica: pod('databases', { 'cnpg.io/cluster': 'pg' }),
  strimziOperator: pod('strimzi', { 'strimzi.io/kind': 'cluster-operator' }),
  entityOperator: pod('kafka', { 'strimzi.io/name': 'kafka-entity-operator' }),
  backend: pod('socialdevs', { 'app.kubernetes.io/name': 'backend', 'app.kubernetes.io/instance': 'backend' }),
  longhornManager: pod('longhorn-system', { app: 'longhorn-manager' }),
  /** Any pod of a namespace the tree does not manage. */
  stranger: pod('default', { app: 'debug' }),
  /** A pod claiming a host-looking address is still a pod address. */
  strangerOnNodeSubnet: pod('default', { app: 'debug' }, '10.42.2.17'),
};
const D = {
  certManagerWebhook: { ns: 'cert-manager', labels: { 'app.kubernetes.io/name': 'webhook' }, port: 10250 },
  certManagerMetrics: { ns: 'cert-manager', labels: { 'app.kubernetes.io/name': 'cert-manager' }, port: 9402 },
  cnpgWebhook: { ns: 'cnpg-system', labels: { 'app.kubernetes.io/name': 'cloudnative-pg' }, port: 9443 },
  esoWebhook: { ns: 'external-secrets', labels: { 'app.kubernetes.io/name': 'external-secrets-webhook' }, port: 10250 },
  metallbWebhook: { ns: 'metallb-system', labels: { 'app.kubernetes.io/component': 'controller' }, port: 9443 },
  longhornConversion: { ns: 'longhorn-system', labels: { app: 'longhorn-manager' }, port: 9501 },
  longhornAdmission: { ns: 'longhorn-system', labels: { app: 'longhorn-manager' }, port: 9502 },
  longhornManager: { ns: 'longhorn-system', labels: { app: 'longhorn-manager' }, port: 9500 },
  longhornShareManager: { ns: 'longhorn-system', labels: { 'longhorn.io/component': 'share-manager' }, port: 2049 },
  longhornReplica: { ns: 'longhorn-system', labels: { 'longhorn.io/component': 'instance-manager' }, port: 10000 },
  promOperatorWebhook: { ns: 'monitoring', labels: { 'app.kubernetes.io/name': 'kube-prometheus-stack-prometheus-operator' }, port: 10250 },
  traefikWeb: { ns: 'traefik', labels: { 'app.kubernetes.io/name': 'traefik' }, port: 8000 },
  traefikWebsecure: { ns: 'traefik', labels: { 'app.kubernetes.io/name': 'traefik' }, port: 8443 },
  traefikMetrics: { ns: 'traefik', labels: { 'app.kubernetes.io/name': 'traefik' }, port: 9100 },
  frontend: { ns: 'socialdevs', labels: { 'app.kubernetes.io/name': 'frontend', 'app.kubernetes.io/instance': 'frontend' }, port: 8080 },
  backend: { ns: 'socialdevs', labels: { 'app.kubernetes.io/name': 'backend', 'app.kubernetes.io/instance': 'backend' }, port: 8000 },
  grafana: { ns: 'monitoring', labels: { 'app.kubernetes.io/name': 'grafana' }, port: 3000 },
  prometheus: { ns: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' }, port: 9090 },
  kubeStateMetrics: { ns: 'monitoring', labels: { 'app.kubernetes.io/name': 'kube-state-metrics' }, port: 8080 },
  loki: { ns: 'logging', labels: { 'app.kubernetes.io/name': 'loki' }, port: 3100 },
  pg: { ns: 'databases', labels: { 'cnpg.io/cluster': 'pg' }, port: 5432 },
  pgStatus: { ns: 'databases', labels: { 'cnpg.io/cluster': 'pg' }, port: 8000 },
  pgMetrics: { ns: 'databases', labels: { 'cnpg.io/cluster': 'pg' }, port: 9187 },
  kafkaPlain: { ns: 'kafka', labels: { 'strimzi.io/cluster': 'kafka' }, port: 9092 },
  kafkaTls: { ns: 'kafka', labels: { 'strimzi.io/cluster': 'kafka' }, port: 9093 },
  kafkaControlPlane: { ns: 'kafka', labels: { 'strimzi.io/cluster': 'kafka' }, port: 9090 },
  kafkaReplication: { ns: 'kafka', labels: { 'strimzi.io/cluster': 'kafka' }, port: 9091 },
  kafkaAgent: { ns: 'kafka', labels: { 'strimzi.io/cluster': 'kafka' }, port: 8443 },
  kafkaMetrics: { ns: 'kafka', labels: { 'strimzi.io/cluster': 'kafka' }, port: 9404 },
  strimziOperator: { ns: 'strimzi', labels: { 'strimzi.io/kind': 'cluster-operator' }, port: 8080 },
  nfsController: { ns: 'csi-nfs', labels: { app: 'csi-nfs-controller' }, port: 29652 },
} satisfies Record<string, Dest>;

describe('every namespace of every tree denies ingress by default', () => {
  it.each(trees.map(([name, , tree]) => [name, tree] as const))('%s', (_name, tree) => {
    const all = objectsOf(tree);
    const namespaces = all.filter(([, o]) => o.kind === 'Namespace');
    expect(namespaces.length).toBeGreaterThan(0);
    for (const [file, ns] of namespaces) {
      const denies = all.filter(([, o]) => o.kind === 'NetworkPolicy' && o.metadata.namespace === ns.metadata.name && isDefaultDeny(o));
      expect([ns.metadata.name, denies.length]).toEqual([ns.metadata.name, 1]);
      // In the Namespace's own file, so neither is ever applied without the other.
      expect(denies[0][0]).toBe(file);
      expect(denies[0][1].metadata.name).toBe(DEFAULT_DENY);
    }
    // Every policy is in a namespace the tree creates; every allow rule names its ports or its peers.
    const names = new Set(namespaces.map(([, o]) => o.metadata.name));
    const policies = policiesOf(tree);
    expect(policies.filter((np) => (np.spec.ingress ?? []).length > 0).length).toBeGreaterThan(0);
    for (const np of policies) expect(names).toContain(np.metadata.namespace);
    // A missing or empty peer list admits every source: only an "anywhere" rule, with its ports, has
    // none; an empty list (from: []) or a rule with neither peers nor ports is an allow-all.
    const allowAll = policies.flatMap((np) =>
      ((np.spec.ingress ?? []) as { from?: unknown[]; ports?: unknown[] }[])
        .filter((rule) => (rule.from !== undefined && rule.from.length === 0) || (rule.ports !== undefined && rule.ports.length === 0) || (rule.from === undefined && rule.ports === undefined))
        .map((rule) => `${np.metadata.namespace}/${np.metadata.name}: ${JSON.stringify(rule)}`),
    );
    expect(allowAll).toEqual([]);
  });

  it('the policy pack finds no namespace without one, on the default site and every example', () => {
    for (const site of [defaultSite, ...examples]) {
      const rendered = renderSite(site);
      const r = runPolicies(rendered.files, site.spec.policy.suppressions, undefined, rendered.objects);
      expect(r.findings.filter((f) => f.rule === 'k8s/DefaultDenyNetworkPolicy')).toEqual([]);
    }
  });
});

describe('the platform’s traffic on the default site (flannel VXLAN, kube-router)', () => {
  const tree = fullTree;
  const must = (src: Source, dst: Dest) => expect([src, dst, admitted(tree, src, dst)]).toEqual([src, dst, true]);
  const mustNot = (src: Source, dst: Dest) => expect([src, dst, admitted(tree, src, dst)]).toEqual([src, dst, false]);

  it('the API server reaches every admission and conversion webhook, from the node or its VXLAN address; pods do not', () => {
    const webhooks = [D.certManagerWebhook, D.cnpgWebhook, D.esoWebhook, D.metallbWebhook, D.longhornConversion, D.longhornAdmission, D.promOperatorWebhook];
    for (const w of webhooks) {
      must(C.apiServerTunnel, w);
      must(C.apiServerNode, w);
      mustNot(C.stranger, w);
      mustNot(C.strangerOnNodeSubnet, w);
      mustNot(C.internet, w);
    }
  });

  it('web clients reach Traefik’s entry points (container ports of 80/443) from anywhere, and only those', () => {
    for (const src of [C.internet, C.apiServerTunnel, { ip: defaultSite.node('loadbalancer1').address }, C.stranger]) {
      must(src, D.traefikWeb);
      must(src, D.traefikWebsecure);
      mustNot(src, D.traefikMetrics);
    }
  });

  it('Traefik reaches the app backends and Grafana; nothing else does', () => {
    for (const d of [D.frontend, D.backend, D.grafana]) {
      must(C.traefik, d);
      mustNot(C.stranger, d);
      mustNot(C.internet, d);
    }
    mustNot(C.traefik, D.prometheus);
    mustNot(C.traefik, D.pg);
  });

  it('Prometheus scrapes what the tree monitors', () => {
    for (const d of [D.traefikMetrics, D.certManagerMetrics, D.longhornManager, D.pgMetrics, D.kafkaMetrics, D.backend, D.kubeStateMetrics]) {
      must(C.prometheus, d);
      mustNot(C.stranger, d);
    }
    mustNot(C.prometheus, D.pg);
  });

  it('Grafana queries Prometheus and Loki; Alloy pushes to Loki', () => {
    must(C.grafana, D.prometheus);
    must(C.grafana, D.loki);
    must(C.alloy, D.loki);
    mustNot(C.prometheus, D.loki); // not a Grafana pod
    mustNot(C.stranger, D.loki);
  });

  it('PostgreSQL admits apps, the CNPG operator and its own instances; the operator also on the status port', () => {
    must(C.backend, D.pg);
    must(C.cnpgOperator, D.pg);
    must(C.cnpgOperator, D.pgStatus);
    must(C.pgReplica, D.pg);
    mustNot(C.stranger, D.pg);
    mustNot(C.traefik, D.pg);
    mustNot(C.internet, D.pg);
    mustNot(C.backend, D.pgStatus);
    mustNot(pod('cnpg-system', { app: 'other' }), D.pgStatus);
  });

  it('Kafka admits the Strimzi operator on its ports, its own pods, apps on the listeners', () => {
    for (const d of [D.kafkaControlPlane, D.kafkaReplication, D.kafkaAgent]) {
      must(C.strimziOperator, d);
      mustNot(C.backend, d);
    }
    must(C.entityOperator, D.kafkaReplication);
    must(C.backend, D.kafkaPlain);
    must(C.backend, D.kafkaTls);
    mustNot(C.stranger, D.kafkaPlain);
    mustNot(C.prometheus, D.kafkaPlain);
  });

  it('Longhorn’s pods talk among themselves; the nodes mount NFS and iSCSI; others get nothing', () => {
    must(C.longhornManager, D.longhornReplica);
    must(C.longhornManager, D.longhornManager);
    must(C.apiServerTunnel, D.longhornShareManager);
    mustNot(C.stranger, D.longhornShareManager);
    mustNot(C.stranger, D.longhornManager);
  });

  it('namespaces with nothing to serve deny everything (hostNetwork pods of csi-nfs are not subject to policies at all)', () => {
    for (const src of [C.stranger, C.prometheus, C.internet, C.apiServerTunnel]) {
      mustNot(src, D.strimziOperator);
      mustNot(src, D.nfsController);
    }
  });
});

describe('peers come from the site', () => {
  it('the nodes’ sources: each node address, then every pod subnet’s VXLAN address of the pod CIDR', () => {
    const cluster = defaultSite.clusters[0];
    const sources = nodeSources(cluster);
    const nodes = cluster.nodes.map((n) => `${defaultSite.node(n).address}/32`).sort((a, b) => ip.compareAddresses(a.slice(0, -3), b.slice(0, -3)));
    expect(sources.slice(0, nodes.length)).toEqual(nodes);
    const tunnels = sources.slice(nodes.length);
    expect(tunnels).toHaveLength(256);
    expect([tunnels[0], tunnels[1], tunnels[255]]).toEqual(['10.42.0.0/32', '10.42.1.0/32', '10.42.255.0/32']);
  });

  it('follow the pod CIDR and node addresses of the site', () => {
    const small = siteWith((d) => (d.clusters[0].podCidr = '10.60.16.0/20'));
    expect(nodeSources(small.clusters[0]).slice(7)).toEqual(Array.from({ length: 16 }, (_, i) => `10.60.${16 + i}.0/32`));
    const wide = siteWith((d) => (d.clusters[0].podCidr = '10.64.0.0/12'));
    expect(2 ** (24 - 12)).toBeGreaterThan(MAX_LISTED_POD_SUBNETS);
    expect(nodeSources(wide.clusters[0]).slice(7)).toEqual(['10.64.0.0/12']);
    const moved = siteWith((d) => (d.nodes.find((n: any) => n.name === 'master1').address = '10.17.4.31'));
    expect(nodeSources(moved.clusters[0])).toContain('10.17.4.31/32');
    expect(nodeSources(moved.clusters[0])).not.toContain('10.17.4.21/32');
    // The data cluster of the multi-cluster example has its own pod CIDR.
    const data = examples[0].cluster('data');
    expect(nodeSources(data)).toEqual(['10.10.0.21/32', ...Array.from({ length: 256 }, (_, i) => `10.44.${i}.0/32`)]);
  });

  it('every allow-from-nodes policy of every tree lists exactly its cluster’s sources', () => {
    for (const [, site, tree] of trees) {
      const clusterName = objectsOf(tree).find(([f]) => f === 'infrastructure/configs/site-info.yaml')![1].data.cluster;
      const expected = nodeSources(site.cluster(clusterName)).map((cidr) => ({ ipBlock: { cidr } }));
      for (const np of policiesOf(tree).filter((p) => p.metadata.name === 'allow-from-nodes')) expect(np.spec.ingress[0].from).toEqual(expected);
    }
  });

  it('app namespaces carry the labels databases and kafka admit', () => {
    const ns = objectsOf(trees[0][2]).find(([, o]) => o.kind === 'Namespace' && o.metadata.name === 'socialdevs')![1];
    expect(ns.metadata.labels).toMatchObject(APP_NAMESPACE_LABELS);
  });
});

describe('per namespace', () => {
  const tree = fullTree;
  const np = (ns: string, name: string) => policiesOf(tree).find((p) => p.metadata.namespace === ns && p.metadata.name === name)?.spec;
  const ports = (spec: Obj | undefined) => spec?.ingress.flatMap((r: Obj) => r.ports?.map((p: Obj) => p.port) ?? ['*']);
  const names = (t: ClusterTree, ns: string) => policiesOf(t).filter((p) => p.metadata.namespace === ns).map((p) => p.metadata.name).sort();
  const values = (t: ClusterTree, release: string) => objectsOf(t).find(([, o]) => o.kind === 'HelmRelease' && o.metadata.name === release)![1].spec.values;

  it('the policies of each namespace of the default site (its databases in CloudNativePG)', () => {
    const byNs: Record<string, string[]> = {};
    for (const p of policiesOf(tree)) (byNs[p.metadata.namespace] ??= []).push(`${p.metadata.name}${p.spec.ingress ? ` ${ports(p.spec).join(',')}` : ''}`);
    expect(byNs).toEqual({
      'metallb-system': ['default-deny-ingress', 'allow-from-nodes 9443'],
      traefik: ['default-deny-ingress', 'allow-from-anywhere 8000,8443', 'allow-from-prometheus 9100'],
      'cert-manager': ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-nodes 10250', 'allow-from-prometheus 9402'],
      'longhorn-system': ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-nodes 9501,9502,3260,2049', 'allow-from-prometheus 9500'],
      'csi-nfs': ['default-deny-ingress'],
      'cnpg-system': ['default-deny-ingress', 'allow-from-nodes 9443'],
      databases: ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-cnpg-operator 8000,5432', 'allow-from-apps 5432', 'allow-from-prometheus 9187'],
      strimzi: ['default-deny-ingress'],
      kafka: ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-strimzi-operator 9090,9091,8443', 'allow-from-apps 9092,9093', 'allow-from-prometheus 9404'],
      monitoring: ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-nodes 10250', 'allow-from-ingress 3000'],
      logging: ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-grafana 3100'],
      'external-secrets': ['default-deny-ingress', 'allow-from-same-namespace *', 'allow-from-nodes 10250'],
      // The system-upgrade-controller serves nothing; its Jobs run on the host network.
      'system-upgrade': ['default-deny-ingress'],
      // kured only calls the API server; nothing scrapes it (the site has a maintenance window).
      kured: ['default-deny-ingress'],
      'site-secrets': ['default-deny-ingress'],
      socialdevs: ['default-deny-ingress', 'frontend 8080', 'backend 8000,8000'],
      // Flux's own policies (gotk-components.yaml), plus sitekit's default-deny.
      'flux-system': ['allow-egress *', 'allow-scraping 8080', 'allow-webhooks *', 'default-deny-ingress'],
    });
  });

  it('traefik admits 80/443 (container ports 8000/8443, pinned in its values) from anywhere; the NodePorts lead to them', () => {
    expect(np('traefik', 'allow-from-anywhere')!.ingress).toEqual([{ ports: [{ port: 8000, protocol: 'TCP' }, { port: 8443, protocol: 'TCP' }] }]);
    const proxyProtocol = { trustedIPs: ['10.17.3.11/32', '10.17.3.12/32', '10.17.3.13/32'] };
    expect(values(tree, 'traefik').ports).toEqual({ web: { port: 8000, nodePort: 30080, proxyProtocol }, websecure: { port: 8443, nodePort: 30443, proxyProtocol }, metrics: { port: 9100 } });
  });

  it('ingress-nginx admits 80/443 from anywhere and its webhook from the nodes, ports pinned in its values', () => {
    const t = trees.find(([n]) => n === 'microcloud/nginx')![2];
    expect(names(t, 'ingress-nginx')).toEqual(['allow-from-anywhere', 'allow-from-nodes', 'allow-from-prometheus', 'default-deny-ingress']);
    const nginx = (name: string) => policiesOf(t).find((p) => p.metadata.namespace === 'ingress-nginx' && p.metadata.name === name)!.spec;
    expect(nginx('allow-from-anywhere').ingress).toEqual([{ ports: [{ port: 80, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }] }]);
    expect(ports(nginx('allow-from-nodes'))).toEqual([8443]);
    expect(values(t, 'ingress-nginx').controller).toMatchObject({ containerPort: { http: 80, https: 443 }, admissionWebhooks: { port: 8443 }, metrics: { enabled: true, port: 10254 } });
    // Grafana is then reached from the ingress-nginx namespace.
    expect(policiesOf(t).find((p) => p.metadata.namespace === 'monitoring' && p.metadata.name === 'allow-from-ingress')!.spec.ingress[0].from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } },
    ]);
  });

  it('databases admits 5432 only from app namespaces, the CNPG operator and its own pods', () => {
    const peers5432 = policiesOf(tree)
      .filter((p) => p.metadata.namespace === 'databases' && p.spec.ingress)
      .flatMap((p) => p.spec.ingress)
      .filter((r: Obj) => !r.ports || r.ports.some((x: Obj) => x.port === 5432))
      .flatMap((r: Obj) => r.from);
    expect(peers5432).toEqual([
      { podSelector: {} },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cnpg-system' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'cloudnative-pg' } } },
      { namespaceSelector: { matchLabels: APP_NAMESPACE_LABELS } },
    ]);
  });

  it('webhook ports admitted from the nodes match the charts (and the values that pin them)', () => {
    const fromNodes = (ns: string) => ports(np(ns, 'allow-from-nodes'));
    expect(fromNodes('cert-manager')).toEqual([10250]);
    expect(values(tree, 'cert-manager').webhook).toEqual({ securePort: 10250 });
    expect(fromNodes('external-secrets')).toEqual([10250]);
    expect(values(tree, 'external-secrets').webhook).toEqual({ port: 10250 });
    expect(fromNodes('cnpg-system')).toEqual([9443]);
    expect(values(tree, 'cloudnative-pg').webhook).toEqual({ port: 9443 });
    expect(fromNodes('monitoring')).toEqual([10250]);
    expect(values(tree, 'kube-prometheus-stack').prometheusOperator).toEqual({ tls: { internalPort: 10250 } });
    expect(fromNodes('metallb-system')).toEqual([9443]);
    expect(fromNodes('longhorn-system')).toEqual([9501, 9502, 3260, 2049]);
  });

  it('Kafka’s listeners restrict Strimzi’s generated policy to the app namespaces too', () => {
    const kafka = objectsOf(tree).find(([, o]) => o.kind === 'Kafka')![1];
    for (const l of kafka.spec.kafka.listeners) expect(l.networkPolicyPeers).toEqual([{ namespaceSelector: { matchLabels: APP_NAMESPACE_LABELS } }]);
  });

  it('rules that depend on other components appear only with them', () => {
    const bare = siteWith((d) => {
      delete d.clusters[0].components.kubePrometheusStack;
      delete d.clusters[0].monitoring;
    });
    const t = synthClusterTree(bare, bare.clusters[0]);
    expect(policiesOf(t).filter((p) => p.metadata.name === 'allow-from-prometheus' || p.metadata.name === 'allow-from-grafana')).toEqual([]);
    const privateGrafana = siteWith((d) => (d.clusters[0].monitoring.grafana.public = false));
    expect(names(synthClusterTree(privateGrafana, privateGrafana.clusters[0]), 'monitoring')).not.toContain('allow-from-ingress');
  });

  it('allowFrom refuses an empty peer or port list (either would allow everything)', () => {
    const ctx = new ClusterContext(defaultSite, defaultSite.clusters[0]);
    const build = (props: Omit<Parameters<typeof allowFrom>[3], 'labels'> & { component: string }) => () => chartObjects((c: Chart) => allowFrom(c, 'x', 'y', { ...props, labels: ctx.labels(props.component) }));
    expect(build({ from: [], ports: [1], component: 'x' })).toThrow(/no peers/);
    expect(build({ from: 'anywhere', ports: [], component: 'x' })).toThrow(/no ports/);
    expect(build({ from: 'anywhere', ports: [1], component: 'x' })).not.toThrow();
  });
});
