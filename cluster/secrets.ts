/**
 * Secrets never appear in the tree. Objects refer to Secrets by name; when External Secrets is
 * enabled, an ExternalSecret fills each such Secret from the site's ClusterSecretStore (by default
 * a Kubernetes namespace filled by hand, see components/external-secrets.ts).
 */
import type { Construct } from 'constructs';
import { ExternalSecret, ExternalSecretSpecSecretStoreRefKind } from '../imports/k8s/external-secrets.io';
import { NAMES } from './context';

export interface SecretRefProps {
  /** Name of the Kubernetes Secret the workload reads. */
  readonly name: string;
  readonly namespace: string;
  /** Secret key → property of the remote secret of the same name. */
  readonly keys: readonly string[];
  /** The remote secret, when it is not named like the Secret. @default name */
  readonly remoteKey?: string;
  /** The Secret's type and labels, when a consumer needs them (e.g. `kubernetes.io/basic-auth`). */
  readonly target?: { readonly type?: string; readonly labels?: Record<string, string> };
  readonly labels?: Record<string, string>;
}

/** An ExternalSecret producing Secret `name`: for clusters running External Secrets (elsewhere the Secret is created by hand). */
export function externalSecret(scope: Construct, props: SecretRefProps): void {
  new ExternalSecret(scope, `${props.namespace}-${props.name}-external-secret`, {
    metadata: { name: props.name, namespace: props.namespace, labels: props.labels },
    spec: {
      refreshInterval: '1h',
      secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: NAMES.secretStore },
      target: {
        name: props.name,
        ...(props.target ? { template: { ...(props.target.type ? { type: props.target.type } : {}), ...(props.target.labels ? { metadata: { labels: props.target.labels } } : {}) } } : {}),
      },
      data: props.keys.map((key) => ({ secretKey: key, remoteRef: { key: props.remoteKey ?? props.name, property: key } })),
    },
  });
}
