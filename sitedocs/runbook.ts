/**
 * The runbook of the site: the Terraform variables to supply and the stacks in order (read from the
 * rendered stacks), the Secrets to create (read from the rendered trees: the ExternalSecrets and
 * what the trees read that nothing in them fills), the kubeconfig, the GitOps bootstrap, the
 * DNSSEC DS record, and what to run after each kind of edit.
 */
import type { Cluster, Site } from '../site';
import { KUBE_API_PORT } from '../site/ports';
import { rolePasswordOutput } from '../infra/stacks/secrets';
import { ansibleUser } from '../ansible/inventory';
import { credentialsSecret, nodeDatabases } from '../cluster/apps/databases';
import { ARGOCD_RELEASE, ARGOCD_VALUES_FILE } from '../cluster/argocd-install';
import { COMPONENT_NAMESPACES, NAMESPACES } from '../cluster/context';
import { chartFor } from '../cluster/versions';
import { code, doc, GENERATED, table } from './markdown';
import type { ClusterFiles, DocsInput } from './types';

/** The namespace the ExternalSecrets copy from (the default ClusterSecretStore's). */
const STORE_NAMESPACE = NAMESPACES.siteSecrets;

interface TfVariable {
  readonly type?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly sensitive?: boolean;
}

interface TfJson {
  readonly variable?: Record<string, TfVariable>;
  readonly output?: Record<string, { description?: string; sensitive?: boolean }>;
}

/** The variables of every stack, in stack order, then by name. */
export function terraformVariables(terraform: DocsInput['terraform']): { stack: string; name: string; v: TfVariable }[] {
  return [...terraform].flatMap(([stack, tf]) =>
    Object.entries((tf as TfJson).variable ?? {})
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, v]) => ({ stack, name, v })),
  );
}

/** One entry of the site's secret store and who reads it. */
export interface StoreSecret {
  readonly entry: string;
  readonly keys: string[];
  /** `namespace/name` of the Secrets filled from it. */
  readonly targets: string[];
}

/** A Secret the tree reads that nothing in the tree fills. */
export interface ManualSecret {
  readonly namespace: string;
  readonly name: string;
  readonly keys: string[];
  readonly readBy: string;
}

type Obj = { kind?: string; metadata?: { name?: string; namespace?: string }; spec?: Record<string, any> };

/** Fields that name a Secret by `{ name, key }` (cert-manager's Cloudflare token; not `privateKeySecretRef`, which cert-manager creates). */
const KEY_REFS = new Set(['secretKeyRef', 'apiTokenSecretRef']);

/**
 * Secret references anywhere under `value`: `{ name, key }` fields (KEY_REFS), a chart's
 * `existingSecret` (with its `userKey`/`passwordKey` beside it) and the Secrets Alertmanager
 * mounts (`alertmanagerSpec.secrets`).
 */
function references(value: unknown, out: { name: string; key?: string }[]): void {
  if (Array.isArray(value)) for (const v of value) references(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.existingSecret === 'string' && o.existingSecret) {
      const keys = ['userKey', 'passwordKey'].map((k) => o[k]).filter((k): k is string => typeof k === 'string');
      if (!keys.length) out.push({ name: o.existingSecret });
      for (const key of keys) out.push({ name: o.existingSecret, key });
    }
    for (const [k, v] of Object.entries(o)) {
      const ref = v as { name?: unknown; key?: unknown; secrets?: unknown } | null;
      if (KEY_REFS.has(k) && ref && typeof ref.name === 'string') out.push({ name: ref.name, ...(typeof ref.key === 'string' ? { key: ref.key } : {}) });
      else {
        if (k === 'alertmanagerSpec' && ref && Array.isArray(ref.secrets)) for (const n of ref.secrets) if (typeof n === 'string') out.push({ name: n });
        references(v, out);
      }
    }
  }
}

/** The Secrets of a cluster's tree: the store entries its ExternalSecrets copy, and the Secrets it reads that nothing fills. */
export function clusterSecrets(files: ClusterFiles): { store: StoreSecret[]; manual: ManualSecret[] } {
  const store = new Map<string, { keys: Set<string>; targets: Set<string> }>();
  const filled = new Set<string>();
  const read = new Map<string, { keys: Set<string>; by: Set<string> }>();
  for (const objects of files.values()) {
    for (const o of objects as Obj[]) {
      // CRDs are most of a tree's bytes (Flux's install) and only describe fields: nothing to read there.
      if (!o?.kind || !o.metadata || o.kind === 'CustomResourceDefinition') continue;
      const ns = o.metadata.namespace ?? '';
      if (o.kind === 'Secret') filled.add(`${ns}/${o.metadata.name}`);
      if (o.kind === 'ExternalSecret') {
        const target = `${ns}/${o.spec?.target?.name ?? o.metadata.name}`;
        filled.add(target);
        for (const d of o.spec?.data ?? []) {
          const e = store.get(d.remoteRef.key) ?? { keys: new Set(), targets: new Set() };
          e.keys.add(d.remoteRef.property ?? d.secretKey);
          e.targets.add(target);
          store.set(d.remoteRef.key, e);
        }
        continue;
      }
      const refs: { name: string; key?: string }[] = [];
      if (o.kind === 'GitRepository' && typeof o.spec?.secretRef?.name === 'string') refs.push({ name: o.spec.secretRef.name });
      references(o.spec, refs);
      // Chart values name Secrets of the release's namespace (Flux HelmRelease, Argo CD Application).
      // A ClusterIssuer's Secrets are in cert-manager's own namespace (its cluster resource namespace).
      const where =
        o.kind === 'HelmRelease' ? (o.spec?.targetNamespace ?? ns) : o.kind === 'Application' ? (o.spec?.destination?.namespace ?? ns) : o.kind === 'ClusterIssuer' ? COMPONENT_NAMESPACES.certManager : ns;
      for (const r of refs) {
        const id = `${where}/${r.name}`;
        const e = read.get(id) ?? { keys: new Set(), by: new Set() };
        if (r.key) e.keys.add(r.key);
        e.by.add(`${o.kind} ${o.metadata.name}`);
        read.set(id, e);
      }
    }
  }
  const sorted = <T>(s: Set<T>) => [...s].sort();
  return {
    store: [...store].sort(([a], [b]) => (a < b ? -1 : 1)).map(([entry, e]) => ({ entry, keys: sorted(e.keys), targets: sorted(e.targets) })),
    manual: [...read]
      .filter(([id]) => !filled.has(id))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, e]) => {
        const [namespace, name] = id.split('/');
        return { namespace, name, keys: sorted(e.keys), readBy: sorted(e.by).join(', ') };
      }),
  };
}

function kubeconfig(site: Site, c: Cluster): string[] {
  const first = c.servers[0];
  const file = `kubeconfig-${c.name}`;
  return [
    `### Cluster ${c.name}`,
    '',
    `k3s writes the admin kubeconfig on its servers; take it from ${first.name} and point it at ${c.apiVipSpec ? `the API VIP ${c.apiVipSpec.name}` : 'the first server'} (the servers' certificates name it):`,
    '',
    '```sh',
    `ssh ${ansibleUser(site, first)}@${first.address} sudo cat /etc/rancher/k3s/k3s.yaml > ${file}`,
    `kubectl --kubeconfig ${file} config set-cluster default --server https://${c.apiAddress}:${KUBE_API_PORT}`,
    `export KUBECONFIG=$PWD/${file}`,
    'kubectl get nodes',
    '```',
  ];
}

function gitopsBootstrap(c: Cluster): string[] {
  const g = c.gitops;
  const dir = `$OUT/clusters/${c.name}`;
  const ssh = g.repository.startsWith('ssh://');
  const head = [`### Cluster ${c.name} (${g.engine})`, '', `Push the output so that ${code(`${g.path}/${c.name}`)} is in ${code(g.repository)}, branch ${code(g.branch)}; then, with the cluster's kubeconfig:`, ''];
  if (g.engine === 'argocd') {
    const argo = chartFor(c, 'argocd');
    return [
      ...head,
      '```sh',
      `helm install ${ARGOCD_RELEASE} ${argo.chart} --repo ${argo.repository} --version ${argo.version} \\`,
      `  --namespace ${NAMESPACES.argocd} --create-namespace --values ${dir}/argocd/${ARGOCD_VALUES_FILE}`,
      `kubectl create namespace ${STORE_NAMESPACE}   # then its Secrets (section 4)`,
      `kubectl apply -f ${dir}/argocd/root.yaml`,
      'kubectl -n argocd get applications -w',
      '```',
      ...(ssh ? ['', 'A private repository needs a repository Secret in `argocd` (label `argocd.argoproj.io/secret-type=repository`) first.'] : []),
    ];
  }
  if (g.bootstrap === 'flux') {
    return [
      ...head,
      '```sh',
      `kubectl create namespace ${STORE_NAMESPACE}   # then its Secrets (section 4)`,
      `flux bootstrap git --url=${g.repository} --branch=${g.branch} --path=${g.path}/${c.name}`,
      '```',
      '',
      'Pull bootstrap\'s commit before the next synth.',
    ];
  }
  return [
    ...head,
    '```sh',
    `kubectl apply --server-side -f ${dir}/flux-system/gotk-components.yaml`,
    'kubectl -n flux-system wait --for=condition=Available deployment --all --timeout=5m',
    ...(ssh ? ['kubectl -n flux-system create secret generic flux-system --from-file=identity=./deploy-key --from-file=known_hosts=./known_hosts'] : []),
    `kubectl create namespace ${STORE_NAMESPACE}   # then its Secrets (section 4)`,
    `kubectl apply --server-side -k ${dir}/flux-system`,
    'kubectl -n flux-system get kustomizations -w',
    '```',
    '',
    'Do not run `flux bootstrap` on this tree (`gitops.bootstrap: tree`): the synth writes `flux-system/`.',
  ];
}

/**
 * The Terraform output that holds the value of a store entry, when a stack makes it: the password of
 * a database node's app role, whose entry is `credentialsSecret(role)`.
 */
function valueFrom(site: Site, entry: string, terraform: DocsInput['terraform']): string {
  const d = site.nodesByRole('database').flatMap((n) => nodeDatabases(site, n)).find((db) => credentialsSecret(db.role) === entry);
  if (!d) return '';
  const name = rolePasswordOutput(d.role);
  for (const [stack, tf] of terraform) if ((tf as TfJson).output?.[name]) return `\`password\`: \`terraform -chdir=$OUT/terraform/${stack} output -raw ${name}\``;
  return '';
}

function secretsSection(site: Site, input: DocsInput): string[] {
  const { clusters } = input;
  return site.clusters.flatMap((c) => {
    const { store, manual } = clusterSecrets(clusters.get(c.name) ?? new Map());
    const out = [`### Cluster ${c.name}`, ''];
    if (store.length) {
      out.push(
        `External Secrets copies these from namespace ${code(STORE_NAMESPACE)}; create them there before the first sync (\`kubectl -n ${STORE_NAMESPACE} create secret generic <name> --from-literal=<key>=...\`):`,
        '',
        ...table(['Secret in site-secrets', 'keys', 'copied to', 'value'], store.map((s) => [code(s.entry), s.keys.map(code).join(', '), s.targets.map(code).join(', '), valueFrom(site, s.entry, input.terraform) || 'yours'])),
      );
    }
    if (manual.length) {
      out.push(
        ...(store.length ? [''] : []),
        'Read by the tree and filled by nothing in it: create them in their namespace (`kubectl -n <namespace> create secret generic <name> ...`):',
        '',
        ...table(['namespace', 'Secret', 'keys', 'read by'], manual.map((m) => [m.namespace, code(m.name), m.keys.map(code).join(', '), m.readBy])),
      );
    }
    if (!store.length && !manual.length) out.push('Its tree reads no Secret that you create.');
    return [...out, ''];
  });
}

/** `docs/runbook.md`. */
export function runbookDoc(site: Site, input: DocsInput): string {
  const stacks = [...input.terraform.keys()];
  const vars = terraformVariables(input.terraform);
  const outputs = [...input.terraform].flatMap(([stack, tf]) => Object.entries((tf as TfJson).output ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, o]) => [stack, code(name), o.sensitive ? 'yes' : 'no', o.description ?? '']));
  const varRows = vars.map(({ stack, name, v }) => [stack, code(name), v.type, v.sensitive ? 'yes' : 'no', v.default === undefined ? 'required' : `optional (default ${JSON.stringify(v.default)})`, v.description]);
  const required = vars.filter(({ v }) => v.default === undefined);
  const edge = input.terraform.has('edge') && site.spec.cloudflare;
  return doc(`Runbook of ${site.name}`, GENERATED, [
    [
      'Commands run from the directory that holds the output directory (the repository root for `dist/`), with `OUT` set to the output directory:',
      '',
      '```sh',
      'OUT=dist   # the --out of the synth',
      '```',
    ],
    [
      '## 1. Terraform variables',
      '',
      'Supply each as `TF_VAR_<name>` in the environment (or `-var`); sensitive ones never in a file under Git.',
      '',
      ...(varRows.length ? table(['stack', 'variable', 'type', 'sensitive', 'required', 'what'], varRows) : ['No stack has a variable.']),
    ],
    [
      '## 2. Stacks, in order',
      '',
      '```sh',
      ...required.map(({ name }) => `export TF_VAR_${name}=...`),
      `for stack in ${stacks.join(' ')}; do`,
      '  terraform -chdir=$OUT/terraform/$stack init && terraform -chdir=$OUT/terraform/$stack apply',
      'done',
      '```',
      '',
      `On day 1 apply them in this order: ${stacks.map(code).join(' → ')}. Their outputs:`,
      '',
      ...(outputs.length ? table(['stack', 'output', 'sensitive', 'what'], outputs) : ['None.']),
      '',
      'Read one with `terraform -chdir=$OUT/terraform/<stack> output -raw <output>`.',
      ...(site.nodes.some((n) => n.external) ? ['', `External nodes (${site.nodes.filter((n) => n.external).map((n) => n.name).join(', ')}) are not provisioned: apply their first-boot configuration from the \`nodes\` stack's \`bootstrap_<node>\` output on the machine itself, where the stack has one.`] : []),
    ],
    ['## 3. Kubeconfig', '', ...site.clusters.flatMap((c) => [...kubeconfig(site, c), ''])],
    ['## 4. Secrets', '', 'No secret value is in the site or the output. Per cluster:', '', ...secretsSection(site, input)],
    ['## 5. GitOps bootstrap', '', ...site.clusters.flatMap((c) => [...gitopsBootstrap(c), ''])],
    edge
      ? [
          '## 6. DNSSEC',
          '',
          `The \`edge\` stack turns DNSSEC on for zone ${code(site.spec.cloudflare!.zone)}. Publish its DS record at the zone's registrar:`,
          '',
          '```sh',
          'terraform -chdir=$OUT/terraform/edge output dnssec_ds',
          '```',
        ]
      : [],
    [
      `## ${edge ? 7 : 6}. After an edit of the site`,
      '',
      'Every edit: `npm run synth` (it refuses what would destroy data and prints the `by hand:` steps), `npm run plan`, then:',
      '',
      ...table(
        ['edit', 'then'],
        [
          ['apps, components, monitoring, pools (`clusters[]`)', 'commit and push the output: the GitOps engine applies the tree; nothing on the VMs'],
          ['k3s version', 'commit and push: the tree\'s system-upgrade Plans upgrade the running nodes, servers first'],
          ['node added or removed, cpu, memory, disks', `apply \`nodes\` (cpu and memory reboot the VM; a removal must be in \`changes.removals\`), then \`config\``],
          ['firewall, SSH keys, load balancer backends, DNS records, database grants', 'apply `config`: files pushed over SSH and reloaded, no reboot'],
          ['networks', 'apply `network`, then `nodes` and `config`'],
          ...(edge ? [['public hostnames (`cloudflare`)', 'apply `edge`']] : []),
        ],
      ),
      '',
      'What each kind of edit does to running VMs is in sitekit\'s `docs/day2.md`.',
    ],
  ]);
}
