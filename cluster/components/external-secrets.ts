/**
 * External Secrets Operator: the chart (CRDs included) and the ClusterSecretStore `site-secrets`.
 * Its default provider works without any outside service: the Kubernetes provider reading Secrets
 * from namespace `site-secrets`, which an operator fills by hand. With `secrets.store: infisical`
 * the same store reads an Infisical project instead (universal auth, the machine identity's
 * credential a Secret of namespace external-secrets made by hand). Every ExternalSecret of the
 * tree uses this store, whatever its provider.
 */
import { Construct } from 'constructs';
import { KubeNamespace, KubeRole, KubeRoleBinding, KubeServiceAccount } from 'cdk8s-plus-28/lib/imports/k8s';
import { ClusterSecretStore, ClusterSecretStoreSpecProviderKubernetesServerCaProviderType } from '../../imports/k8s/external-secrets.io';
import { COMPONENT_NAMESPACES, NAMES, NAMESPACES, type Labels } from '../context';
import { allowFromNodes, allowSameNamespace, defaultDeny } from '../network-policy';
import { helmRelease } from '../release';
import type { ChartProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.externalSecrets;
const READER = 'site-secrets-reader';

/** Container port of the webhook (the chart's default, set explicitly: the NetworkPolicy admits it). */
export const EXTERNAL_SECRETS_WEBHOOK_PORT = 10250;

export function externalSecretsValues(): HelmValues {
  return {
    installCRDs: true,
    serviceMonitor: { enabled: false },
    resources: { requests: { cpu: '10m', memory: '64Mi' } },
    webhook: { port: EXTERNAL_SECRETS_WEBHOOK_PORT },
  };
}

/**
 * Who reaches External Secrets: its own pods (controller, webhook, cert-controller: same
 * namespace), the API server on the webhook (validation and conversion of SecretStores and
 * ExternalSecrets). The controller's calls to the API server and providers are egress.
 */
export function externalSecretsNetworkPolicies(scope: Construct, { labels, nodes }: NetworkPolicyProps): void {
  allowSameNamespace(scope, NS, labels);
  allowFromNodes(scope, NS, nodes, [EXTERNAL_SECRETS_WEBHOOK_PORT], labels);
}

/** The External Secrets Operator chart. */
export class ExternalSecrets extends Construct {
  constructor(scope: Construct, id: string, { release }: ChartProps) {
    super(scope, id);
    helmRelease(this, release, { name: 'external-secrets', namespace: NS, values: externalSecretsValues() });
  }
}

/** The Secret keys of the Infisical credential (a machine identity's universal auth). */
export const INFISICAL_CREDENTIAL_KEYS = { clientId: 'clientId', clientSecret: 'clientSecret' } as const;

export interface InfisicalStoreProps {
  readonly hostAPI: string;
  readonly projectSlug: string;
  readonly environmentSlug: string;
  readonly secretsPath: string;
  /** Secret of namespace external-secrets with the keys of INFISICAL_CREDENTIAL_KEYS. */
  readonly credentials: string;
}

export interface SecretStoreProps {
  /** Labels of the store, its source namespace and its reader. */
  readonly labels: Labels;
  /** Read an Infisical project instead of namespace site-secrets. @default the Kubernetes provider */
  readonly infisical?: InfisicalStoreProps;
}

/** The store every ExternalSecret reads from, with its source namespace and reader: what the charts' Secrets wait for (a prerequisite). */
export class SecretStore extends Construct {
  constructor(scope: Construct, id: string, { labels, infisical }: SecretStoreProps) {
    super(scope, id);
    const source = NAMESPACES.siteSecrets;
    // Kept with Infisical too: Secrets made by hand may still be there, and the guard never drops it (app.ts).
    new KubeNamespace(this, 'source-namespace', {
      metadata: { name: source, labels: { ...labels, 'pod-security.kubernetes.io/enforce': 'restricted' } },
    });
    // It runs no pods (only Secrets live there); denied all the same, like every namespace of the tree.
    defaultDeny(this, source, labels);
    if (infisical) {
      const ref = (key: string) => ({ name: infisical.credentials, namespace: NS, key });
      new ClusterSecretStore(this, 'store', {
        metadata: { name: NAMES.secretStore, labels },
        spec: {
          provider: {
            infisical: {
              hostApi: infisical.hostAPI,
              auth: { universalAuthCredentials: { clientId: ref(INFISICAL_CREDENTIAL_KEYS.clientId), clientSecret: ref(INFISICAL_CREDENTIAL_KEYS.clientSecret) } },
              secretsScope: { projectSlug: infisical.projectSlug, environmentSlug: infisical.environmentSlug, secretsPath: infisical.secretsPath },
            },
          },
        },
      });
      return;
    }
    new KubeServiceAccount(this, 'reader', { metadata: { name: READER, namespace: NS, labels } });
    new KubeRole(this, 'reader-role', {
      metadata: { name: READER, namespace: source, labels },
      rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }],
    });
    new KubeRoleBinding(this, 'reader-binding', {
      metadata: { name: READER, namespace: source, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: READER },
      subjects: [{ kind: 'ServiceAccount', name: READER, namespace: NS }],
    });
    new ClusterSecretStore(this, 'store', {
      metadata: { name: NAMES.secretStore, labels },
      spec: {
        provider: {
          kubernetes: {
            remoteNamespace: source,
            server: {
              url: 'https://kubernetes.default.svc',
              caProvider: { type: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType.CONFIG_MAP, name: 'kube-root-ca.crt', key: 'ca.crt', namespace: NS },
            },
            auth: { serviceAccount: { name: READER, namespace: NS } },
          },
        },
      },
    });
  }
}
