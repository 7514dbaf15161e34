/** The expected message of each invalid fixture whose issue is on an app (site/validate/apps.ts, the image pin of site/apps/schema.ts). */
import type { Expected } from './expected';

export const APPS: Record<string, Expected> = {
  'app-database-without-backend.yaml': [
    'invalid/app-database-without-backend.yaml: 1 error(s) in the site',
    'invalid/app-database-without-backend.yaml:42:32: error: clusters[0].apps[0].database: app "web" of cluster "tiny" uses database "web", but the cluster has neither a database node nor CloudNativePG; allowed: a node of role database, or components.cloudnativePg; fix: add components.cloudnativePg: { version: ... }, or a database node',
  ],
  'app-host-not-hostname.yaml': [
    'invalid/app-host-not-hostname.yaml: 1 error(s) in the site',
    'invalid/app-host-not-hostname.yaml:42:28: error: clusters[0].apps[0].host: app "web" of cluster "tiny" is served at www.tiny.example.org, which is not a public hostname of the site (cloudflare.hostnames: app.tiny.example.org); allowed: www.tiny.example.org in cloudflare.hostnames with cluster: tiny; fix: add { name: www.tiny.example.org, cluster: tiny } to cloudflare.hostnames',
  ],
  'app-host-other-cluster.yaml': [
    'invalid/app-host-other-cluster.yaml: 1 error(s) in the site',
    'invalid/app-host-other-cluster.yaml:44:28: error: clusters[0].apps[0].host: app "web" of cluster "tiny" is served at other.tiny.example.org, which cloudflare.hostnames routes to cluster "other"; allowed: a public hostname with cluster: tiny; fix: set cluster: tiny on other.tiny.example.org in cloudflare.hostnames, or move the app to cluster "other"',
  ],
  'app-image-unpinned.yaml': [
    'invalid/app-image-unpinned.yaml: 1 error(s) in the site',
    'invalid/app-image-unpinned.yaml:42:29: error: clusters[0].apps[0].image: image "nginx:latest" is on the tag latest, which moves: the tree would not say what runs; allowed: an image pinned by tag such as nginxinc/nginx-unprivileged:1.29.3-alpine, optionally with @sha256:<64 hex>; fix: pin a release tag, e.g. nginx:<version> from the image\'s registry',
  ],
  'app-kafka-without-strimzi.yaml': [
    'invalid/app-kafka-without-strimzi.yaml: 1 error(s) in the site',
    'invalid/app-kafka-without-strimzi.yaml:42:29: error: clusters[0].apps[0].kafka: app "web" of cluster "tiny" uses Kafka topics (orders), but the cluster does not enable strimzi; allowed: components.strimzi on a cluster whose apps use Kafka; fix: add components.strimzi: { version: ... }',
  ],
  'app-missing-image.yaml': [
    'invalid/app-missing-image.yaml: 1 error(s) in the site',
    'invalid/app-missing-image.yaml:42:9: error: clusters[0].apps[0]: app "shop" of cluster "tiny" has no image; allowed: image in the entry, or uses: a built-in app that has it (one of: jellyfin, linkding, memos, socialdevs-frontend, socialdevs-backend, web); fix: add image, or uses: ...',
  ],
  'app-name-twice.yaml': [
    'invalid/app-name-twice.yaml: 1 error(s) in the site',
    'invalid/app-name-twice.yaml:43:17: error: clusters[0].apps[1].name: app name "web" is already used in namespace "web" by clusters[0].apps[0]; allowed: an app name used once per namespace; fix: rename one of the two apps, or give one another namespace',
  ],
  'app-redis-claim-taken.yaml': [
    'invalid/app-redis-claim-taken.yaml: 1 error(s) in the site',
    'invalid/app-redis-claim-taken.yaml:42:29: error: clusters[0].apps[0].redis: app "web" of cluster "tiny" asks for a Redis, whose volume claim is "web-redis-data", the claim of a volume of clusters[0].apps[0] in namespace "web"; allowed: no volume claim named "web-redis-data" in the app\'s namespace; fix: rename that volume',
  ],
  'app-redis-invalid.yaml': [
    'invalid/app-redis-invalid.yaml: 1 error(s) in the site',
    'invalid/app-redis-invalid.yaml:42:29: error: clusters[0].apps[0].redis: "2Gi" matches none of the allowed forms; allowed: true or { sizeGiB: 1 to 100 }; fix: write true or { sizeGiB: 1 to 100 } here',
  ],
  'app-redis-name-taken.yaml': [
    'invalid/app-redis-name-taken.yaml: 1 error(s) in the site',
    'invalid/app-redis-name-taken.yaml:42:29: error: clusters[0].apps[0].redis: app "web" of cluster "tiny" asks for a Redis, whose StatefulSet, Service and Secret are named "web-redis", the name of clusters[0].apps[1] in namespace "web"; allowed: no app named "web-redis" in the app\'s namespace; fix: rename one of the two apps, or give one another namespace',
  ],
  'app-redis-without-external-secrets.yaml': { warnings: [
    'invalid/app-redis-without-external-secrets.yaml:42:29: warning: clusters[0].apps[0].redis: app "web" of cluster "tiny" asks for a Redis whose password is Secret "web-redis" (key password), which nothing in the tree fills: cluster "tiny" does not enable External Secrets; allowed: a Secret External Secrets fills from the site\'s secret store, or one created by hand; fix: add components.externalSecrets: { version: ... }, or create Secret "web-redis" in namespace "web" by hand (kubectl create secret generic web-redis --from-literal=password=...)',
  ] },
  'app-secret-without-external-secrets.yaml': { warnings: [
    'invalid/app-secret-without-external-secrets.yaml:42:9: warning: clusters[0].apps[0].env.LD_SUPERUSER_PASSWORD: app "linkding" of cluster "tiny" reads Secret "linkding-admin" (key password), which nothing in the tree fills: cluster "tiny" does not enable External Secrets; allowed: a Secret External Secrets fills from the site\'s secret store, or one created by hand; fix: add components.externalSecrets: { version: ... }, or create Secret "linkding-admin" in namespace "linkding" by hand (kubectl create secret generic)',
  ] },
  'app-volume-storage-class.yaml': [
    'invalid/app-volume-storage-class.yaml: 1 error(s) in the site',
    'invalid/app-volume-storage-class.yaml:42:62: error: clusters[0].apps[0].volumes[0].storageClass: volume "data" of app "memos" of cluster "tiny" asks for storage class nfs-shared, which the cluster does not have; allowed: one of: local-path (longhorn and longhorn-single come with components.longhorn, nfs-shared with components.nfs); fix: use one of them, or enable the component that provides it',
  ],
  'app-gpu-without-gpu-node.yaml': [
    'invalid/app-gpu-without-gpu-node.yaml: 1 error(s) in the site',
    'invalid/app-gpu-without-gpu-node.yaml:52:27: error: clusters[0].apps[0].gpu: app "web" of cluster "tiny" asks for an intel GPU, but no node of the cluster has one; allowed: gpu: intel on apps of a cluster with a node that has gpu: { vendor: intel }; fix: give a server or agent node of cluster "tiny" a GPU (gpu: { vendor: intel, ... }; docs/gpu.md), or remove gpu from the app',
  ],
  'app-internal-host-node-name.yaml': [
    'invalid/app-internal-host-node-name.yaml: 1 error(s) in the site',
    'invalid/app-internal-host-node-name.yaml:42:36: error: clusters[0].apps[0].internalHost: app "web" of cluster "tiny" has internal hostname cp1.tiny.example.org, which is the internal name of node "cp1" (nodes[0]: 192.168.10.11): the site\'s DNS would answer it with both addresses; allowed: an internal hostname that no node or VIP is named as in domain tiny.example.org; fix: rename node "cp1", or choose another internal hostname',
  ],
  'jenkins-host-app.yaml': [
    'invalid/jenkins-host-app.yaml: 1 error(s) in the site',
    'invalid/jenkins-host-app.yaml:43:30: error: clusters[0].jenkins.internalHost: Jenkins of cluster "tiny" is served at web.tiny.example.org, which app "web" of cluster "tiny" already serves; allowed: one route per internal hostname; fix: give Jenkins a hostname of its own',
  ],
  'jenkins-host-node-name.yaml': [
    'invalid/jenkins-host-node-name.yaml: 1 error(s) in the site',
    'invalid/jenkins-host-node-name.yaml:43:30: error: clusters[0].jenkins.internalHost: Jenkins of cluster "tiny" has internal hostname worker1.tiny.example.org, which is the internal name of node "worker1" (nodes[1]: 192.168.10.21): the site\'s DNS would answer it with both addresses; allowed: an internal hostname that no node or VIP is named as in domain tiny.example.org; fix: rename node "worker1", or choose another internal hostname',
  ],
};
