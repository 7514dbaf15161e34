/**
 * Jenkins, next to the GitOps engine (it builds and tests; Flux or Argo CD deploys): the jenkins
 * chart's controller on a Longhorn volume, with the Kubernetes plugin's default pod template for
 * agents (pods in namespace `jenkins`, the restricted Pod Security profile), the admin login from
 * Secret `jenkins-admin` and a Git credential `git` from Secret `jenkins-git`, both by reference:
 * External Secrets fills them from the site's store, else they are created by hand. An internal
 * route when the site names a host (`clusters[].jenkins.internalHost`).
 */
import { Construct } from 'constructs';
import { COMPONENT_NAMESPACES, NAMES, type Labels } from '../context';
import { allowFrom, allowSameNamespace, peers } from '../network-policy';
import { helmRelease } from '../release';
import { httpsRoute, type RouteIngress } from '../routes';
import { externalSecret } from '../secrets';
import type { ChartProps, ConfigsProps, HelmValues, NetworkPolicyProps } from './component';

const NS = COMPONENT_NAMESPACES.jenkins;

/** The controller's HTTP port (UI, API, WebSocket agents) and the inbound agent port. */
export const JENKINS_PORTS = { http: 8080, agent: 50000 } as const;

/** Size of the controller's volume (JENKINS_HOME: jobs, build records, plugins). */
export const JENKINS_VOLUME_GIB = 20;

/** The Secrets the controller reads, by name and keys. */
export const JENKINS_SECRETS = {
  admin: { name: 'jenkins-admin', userKey: 'jenkins-admin-user', passwordKey: 'jenkins-admin-password' },
  git: { name: 'jenkins-git', keys: ['username', 'password'] },
} as const;

/** Pod labels of the controller (the chart's). */
const CONTROLLER_PODS = { 'app.kubernetes.io/component': 'jenkins-controller' };

/**
 * Configuration as code: the Git credential `git` (pipelines use `credentialsId: 'git'`) from the
 * files of the mounted Secret `jenkins-git` (JCasC reads `${<secret>-<key>}` from them).
 */
export function jenkinsCredentials(): string {
  const { name } = JENKINS_SECRETS.git;
  return `credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: git
              description: Git (Secret ${name})
              username: \${${name}-username}
              password: \${${name}-password}
`;
}

export interface JenkinsProps extends ChartProps {
  /** StorageClass of the controller's volume. @default the cluster's default StorageClass */
  readonly storageClass?: string;
  /** Jenkins' own URL (its internal route). @default none: Jenkins guesses it from requests */
  readonly url?: string;
}

/**
 * Values of the jenkins chart (cluster/versions.ts; no values.schema.json upstream: the tests
 * check every key against the chart's values.yaml). Plugins are the chart's pinned list, not their
 * latest releases, so a synth always installs the same set.
 */
export function jenkinsValues({ storageClass, url }: Pick<JenkinsProps, 'storageClass' | 'url'>): HelmValues {
  const { admin, git } = JENKINS_SECRETS;
  return {
    controller: {
      admin: { createSecret: false, existingSecret: admin.name, userKey: admin.userKey, passwordKey: admin.passwordKey },
      resources: { requests: { cpu: '250m', memory: '1Gi' }, limits: { memory: '2Gi' } },
      installLatestPlugins: false,
      ...(url ? { jenkinsUrl: url } : {}),
      additionalExistingSecrets: git.keys.map((keyName) => ({ name: git.name, keyName })),
      JCasC: { configScripts: { credentials: jenkinsCredentials() } },
    },
    agent: {
      // The default pod template of the Kubernetes plugin (label jenkins-agent): agents in the release's namespace.
      restrictedPssSecurityContext: true,
      resources: { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
    },
    persistence: { enabled: true, size: `${JENKINS_VOLUME_GIB}Gi`, ...(storageClass ? { storageClass } : {}) },
    // The chart's own policies are off: jenkinsNetworkPolicies below says who connects.
    networkPolicy: { enabled: false },
  };
}

/**
 * Who reaches Jenkins: its agents (same namespace: HTTP and the inbound agent port) and the
 * ingress controller on HTTP when it has a route.
 */
export function jenkinsNetworkPolicies(scope: Construct, { labels }: NetworkPolicyProps, ingressNamespace: string | undefined): void {
  allowSameNamespace(scope, NS, labels);
  if (ingressNamespace) allowFrom(scope, NS, 'ingress', { from: peers.namespace(ingressNamespace), ports: [JENKINS_PORTS.http], pods: CONTROLLER_PODS, labels });
}

/** The jenkins chart. */
export class Jenkins extends Construct {
  constructor(scope: Construct, id: string, props: JenkinsProps) {
    super(scope, id);
    // The controller starts once its Secrets exist (JenkinsSecrets).
    helmRelease(this, props.release, { name: 'jenkins', namespace: NS, values: jenkinsValues(props), disableWait: true });
  }
}

/** The ExternalSecrets of the controller's Secrets (with External Secrets only). */
export class JenkinsSecrets extends Construct {
  constructor(scope: Construct, id: string, { labels }: { readonly labels: Labels }) {
    super(scope, id);
    const { admin, git } = JENKINS_SECRETS;
    externalSecret(this, { name: admin.name, namespace: NS, keys: [admin.userKey, admin.passwordKey], labels });
    externalSecret(this, { name: git.name, namespace: NS, keys: [...git.keys], labels });
  }
}

export interface JenkinsRouteProps extends ConfigsProps {
  readonly host: string;
  readonly ingress: RouteIngress;
}

/** Jenkins' internal route, with a certificate of the internal CA. */
export class JenkinsRoute extends Construct {
  constructor(scope: Construct, id: string, props: JenkinsRouteProps) {
    super(scope, id);
    httpsRoute(this, props.ingress, { name: 'jenkins', namespace: NS, host: props.host, service: 'jenkins', port: JENKINS_PORTS.http, labels: props.labels, issuer: NAMES.internalCa });
  }
}
