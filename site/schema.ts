/**
 * The site schema: the one typed description of a self-hosted Kubernetes site.
 *
 * Shape only lives here (types, enums, formats, unknown keys rejected). Rules that relate
 * fields to each other (addresses inside networks, no address used twice, ...) live in
 * `validate.ts`, so that each failure can name every place involved.
 *
 * No field holds a secret value: secrets are named (Terraform variables, Kubernetes secrets).
 */
import { z } from 'zod';
import { App } from './apps/schema';
import { fqdn, label, plainPath } from './formats';
import { GIT_URL_FORMS, GitUrl, httpUrl, LIBVIRT_ALLOWED, LIBVIRT_URI_FORMS, LibvirtUri } from './uri';

export { DNS_LABEL } from './formats';

export { GIT_URL_FORMS, gitUrlProblem, LIBVIRT_URI_FORMS, libvirtUriProblem, type UriProblem } from './uri';

const MAC = /^52:54:00(:[0-9a-f]{2}){3}$|^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;
// The comment: no control characters and no Terraform template syntax (`${`, `%{`), as infra/bootstrap/common.ts checkSshKey requires.
const SSH_KEY = /^(?!.*[$%]\{)(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\x00-\x1f\x7f]*)?$/;
const VERSION = /^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?$/;
const CHECKSUM = /^sha(256|512):[0-9a-f]{64,128}$/;
const TF_VARIABLE = /^[a-z][a-z0-9_]{0,63}$/;
/** A Git branch name (git check-ref-format, restricted to plain characters). */
const GIT_BRANCH = /^(?![-./])(?!.*(\.\.|\/\/|\/\.|\.lock\/|\.lock$|[./]$))[A-Za-z0-9._/+-]{1,255}$/;
/** Where the synthesized `clusters/` directory sits in the Git repository: relative, no `.`/`..` segments, ending in `clusters`. */
const GITOPS_PATH = /^(?!.*(^|\/)\.\.?(\/|$))([A-Za-z0-9._-]+\/)*clusters$/;
/** An NFS export of a NAS: absolute, plain segments, none of them `.` or `..`. */
const NFS_EXPORT_PATH = /^(\/(?!\.\.?(\/|$))[A-Za-z0-9._-]+)+$/;
/** A Proxmox storage id (`local`, `local-lvm`, `nfs.backup`). */
const STORAGE_ID = /^[A-Za-z]([A-Za-z0-9_.-]{0,62}[A-Za-z0-9])?$/;


const ipv4 = () => z.ipv4({ error: 'an IPv4 address' });
const cidr = () => z.cidrv4({ error: 'an IPv4 CIDR block' });
const version = () => z.string().regex(VERSION, { error: 'a pinned version such as 1.2.3 or v1.2.3' });

export const ROLES = ['server', 'agent', 'storage', 'loadbalancer', 'database', 'infra', 'gateway', 'generic'] as const;
export const DISK_PURPOSES = ['os', 'longhorn', 'nfs', 'postgresql', 'data'] as const;
export const NETWORK_KINDS = ['bridge', 'nat', 'vlan', 'wireguard'] as const;
export const VIP_PURPOSES = ['kube-api', 'ingress'] as const;
/** Tools a generic node can have installed (infra/bootstrap/workstation.ts). */
export const NODE_TOOLS = ['ansible'] as const;
/** GPU vendors a node's passed-through device can be (site/validate/nodes.ts says which the site supports). */
export const GPU_VENDORS = ['intel', 'nvidia'] as const;
/** A host PCI address, domain:bus:slot.function, lower-case hex (`lspci -D`). */
export const PCI_ADDRESS = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-1][0-9a-f]\.[0-7]$/;
/** A Proxmox resource mapping id (Datacenter > Resource Mappings). */
const PROXMOX_MAPPING = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;
/** The user an SSH login gets on each image OS: Flatcar's `core`, the cloud images' default user. */
export const LOGIN_USERS = { flatcar: 'core', debian: 'debian', ubuntu: 'ubuntu' } as const;
export const COMPONENTS = [
  'metallb',
  'traefik',
  'ingressNginx',
  'certManager',
  'longhorn',
  'nfs',
  'cloudnativePg',
  'strimzi',
  'kubePrometheusStack',
  'loki',
  'externalSecrets',
  'externalDns',
  'eck',
  'jenkins',
] as const;

const IFACE = /^[a-zA-Z0-9_.-]{1,15}$/;

const LibvirtPool = z.strictObject({
  name: label(),
  path: plainPath(),
});

const LibvirtHost = z.strictObject({
  name: label().meta({ description: 'Name of the host: what `nodes[].host` names, and the zone (`topology.kubernetes.io/zone`) of its nodes.' }),
  host: ipv4().meta({ description: 'Address of the KVM/libvirt host.' }),
  uri: LibvirtUri.optional().meta({ description: `libvirt connection URI: ${LIBVIRT_ALLOWED}. @default qemu+ssh://root@<host>/system` }),
  pool: LibvirtPool.meta({ description: 'Storage pool for base images, OS and data volumes on this host.' }),
  bridge: z.string().regex(IFACE, { error: 'a Linux interface name' }).meta({ description: 'Existing bridge of this host attached to the LAN.' }),
});

const Libvirt = z.strictObject({
  kind: z.literal('libvirt'),
  host: ipv4().optional().meta({ description: 'Address of the KVM/libvirt host (a site with one host; else `hosts`).' }),
  uri: LibvirtUri.optional()
    .meta({ description: `libvirt connection URI: ${LIBVIRT_ALLOWED}. @default qemu+ssh://root@<host>/system` }),
  pool: LibvirtPool.optional().meta({ description: 'Storage pool for base images, OS and data volumes (a site with one host).' }),
  bridge: z.string().regex(IFACE, { error: 'a Linux interface name' }).optional().meta({ description: 'Existing host bridge attached to the LAN (a site with one host).' }),
  hosts: z
    .array(LibvirtHost)
    .min(1)
    .optional()
    .meta({ description: 'Several libvirt hosts, each with its own connection, pool and bridge, instead of host, uri, pool and bridge. The first keeps the default provider (a site that had one host lists it first, unchanged). NAT networks live on the first host. @default one host: host, uri, pool, bridge' }),
});

const ProxmoxHost = z.strictObject({
  name: label().meta({ description: 'Proxmox VE node name: what `nodes[].host` names, and the zone (`topology.kubernetes.io/zone`) of its VMs.' }),
  host: ipv4().meta({ description: 'Address of the node (SSH, for snippet uploads).' }),
  datastore: z.string().regex(STORAGE_ID, { error: 'a Proxmox storage id such as local-lvm' }).optional().meta({ description: 'Datastore for VM disks on this node. @default hypervisor.datastore' }),
  bridge: z.string().regex(IFACE, { error: 'a Linux interface name' }).optional().meta({ description: 'Default bridge on this node. @default hypervisor.bridge' }),
});

const Proxmox = z.strictObject({
  kind: z.literal('proxmox'),
  host: ipv4().meta({ description: 'Address of the Proxmox VE API (on :8006): the host, or any node of the cluster.' }),
  node: label().optional().meta({ description: 'Proxmox VE node name (a site with one node; else `hosts`).' }),
  datastore: z.string().regex(STORAGE_ID, { error: 'a Proxmox storage id such as local-lvm' }).meta({ description: 'Datastore for VM disks, e.g. local-lvm.' }),
  snippets: z.string().regex(STORAGE_ID, { error: 'a Proxmox storage id such as local' }).default('local').meta({ description: 'Datastore holding cloud-init snippets and images (on each node that runs a VM of the site). @default local' }),
  bridge: z.string().regex(IFACE, { error: 'a Linux interface name' }).meta({ description: 'Default bridge, e.g. vmbr0.' }),
  hosts: z
    .array(ProxmoxHost)
    .min(1)
    .optional()
    .meta({ description: 'The nodes of a Proxmox VE cluster that run the site\'s VMs, instead of `node`: one API endpoint (`host`), each VM on the node its `host` names. @default one node: `node`' }),
});

const Image = z.strictObject({
  os: z.enum(['flatcar', 'ubuntu', 'debian']).meta({ description: 'flatcar boots with Ignition; the others with cloud-init.' }),
  url: httpUrl('an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces)'),
  checksum: z.string().regex(CHECKSUM, { error: 'sha256:<64 hex> or sha512:<128 hex>' }).optional().meta({ description: 'Checksum of the image file; verified where the hypervisor supports it.' }),
});

const Network = z.strictObject({
  name: label(),
  cidr: cidr(),
  kind: z.enum(NETWORK_KINDS),
  vlan: z.int().min(1).max(4094).optional().meta({ description: 'VLAN id (kind vlan only).' }),
  bridge: z.string().regex(/^[a-zA-Z0-9_.-]{1,15}$/, { error: 'a Linux interface name' }).optional().meta({ description: 'Bridge name. @default the hypervisor bridge for bridge/vlan networks; on libvirt all nat networks share one bridge, vbr-<site> (libvirt isolates NAT networks from each other)' }),
  gateway: ipv4().optional(),
  dns: z.array(ipv4()).default([]).meta({ description: 'DNS servers handed to nodes on this network. @default the site infra node(s)' }),
  dhcp: z.strictObject({ start: ipv4(), end: ipv4() }).optional(),
});

const Vip = z.strictObject({
  name: label(),
  address: ipv4(),
  purpose: z.enum(VIP_PURPOSES),
});

const Disk = z.strictObject({
  name: label(),
  sizeGiB: z.int().min(1).max(65536),
  purpose: z.enum(DISK_PURPOSES),
});

const Node = z.strictObject({
  name: label(),
  role: z.enum(ROLES),
  network: label(),
  address: ipv4(),
  mac: z.string().regex(MAC, { error: 'a lower-case MAC address such as 52:54:00:17:04:21' }).optional(),
  cpu: z.int().min(1).max(512),
  memoryMiB: z.int().min(256).max(4194304),
  disks: z.array(Disk).min(1).max(26, { error: 'at most 26 disks (the devices vda to vdz)' }),
  image: label().meta({ description: 'Key of `images`.' }),
  host: label().optional().meta({ description: 'The host (`hypervisor.hosts[].name`) the VM runs on. Changing it re-creates the VM on the other host, which the data-loss guard refuses unless declared (changes.removals). @default placed by the site: servers of a cluster, load balancers and Longhorn nodes spread over the hosts (each on the host with the fewest of its kind so far, in hosts order)' }),
  publicAddress: ipv4().optional().meta({ description: 'Public address (gateway nodes that live outside the hypervisor).' }),
  external: z.boolean().default(false).meta({ description: 'Not a VM on the hypervisor (a VPS, a physical box): configuration is rendered, nothing is provisioned. @default false' }),
  tunnel: z
    .strictObject({
      peer: label().meta({ description: 'The site side of the tunnel: a load balancer on the network of an ingress VIP (any load balancer when the ingress is a MetalLB address). It dials out to the gateway (nothing has to reach into the hypervisor\'s NAT networks) and its HAProxy proxies the forwarded ports to the ingress.' }),
      peerAddress: ipv4().meta({ description: 'Tunnel address of the peer: a free host address in the gateway\'s wireguard network.' }),
      forward: z
        .array(z.literal([80, 443]))
        .min(1)
        .default([80, 443])
        .meta({ description: 'Public TCP ports the gateway forwards through the tunnel to the ingress (each the ingress VIP port of the same number). @default [80, 443]' }),
      keepaliveSeconds: z.int().min(1).max(65535).default(25).meta({ description: 'PersistentKeepalive of the peer, which sits behind NAT and keeps the tunnel open. @default 25' }),
      allowFrom: z
        .array(cidr())
        .min(1)
        .optional()
        .meta({ description: 'Sources the gateway forwards the public ports from, e.g. Cloudflare\'s published IPv4 ranges (https://www.cloudflare.com/ips-v4) when every public hostname is proxied. @default anywhere' }),
      admins: z
        .array(
          z.strictObject({
            name: label().meta({ description: 'The device, in the WireGuard configs\' comments.' }),
            publicKey: z.string().meta({ description: 'The device\'s WireGuard public key (`wg pubkey`: 44 characters of base64). Its private key stays on the device.' }),
            address: ipv4().meta({ description: 'The device\'s tunnel address: a free host address in the gateway\'s wireguard network.' }),
          }),
        )
        .min(1)
        .max(64)
        .optional()
        .meta({ description: 'Administrators\' devices: each a WireGuard peer of the gateway, which routes them through the tunnel to `peer`; the peer forwards them into the site networks with its own address, which the nodes then admit as the admin network (docs/site-decisions.md "Remote admin access"). @default none' }),
    })
    .optional()
    .meta({ description: 'Gateway nodes only: the public path. Public `forward` ports on the gateway go through its WireGuard tunnel to `peer`, which proxies them to the ingress VIP\'s backends. @default no public path: the gateway only routes the site networks to the first infra node (its WireGuard side configured by hand)' }),
  tools: z
    .array(z.enum(NODE_TOOLS))
    .optional()
    .meta({ description: 'Generic nodes on a debian or ubuntu image only: tools installed at first boot. `ansible`: the distribution\'s ansible-core, and the site\'s inventory (the one of `dist/ansible/inventory.yaml`) at /etc/ansible/hosts, pushed by the config stack. @default none' }),
  desktop: z
    .strictObject({
      session: z.literal('xfce').default('xfce').meta({ description: 'The desktop session: Xfce. @default xfce' }),
      remote: z.literal('xrdp').default('xrdp').meta({ description: 'How it is reached: xrdp (RDP on TCP 3389, open to the admin network only). @default xrdp' }),
    })
    .optional()
    .meta({ description: 'Generic nodes on a debian or ubuntu image only: a desktop reached over remote desktop (the package set is in docs/desktop.md). Log in as the image\'s default user once it has a password (`sudo passwd <user>` over SSH). @default no desktop' }),
  gpu: z
    .strictObject({
      vendor: z.enum(GPU_VENDORS).meta({ description: 'The GPU\'s vendor: `intel` (an iGPU or Arc card; the cluster gets the Intel GPU device plugin). `nvidia` is refused for now (docs/gpu.md).' }),
      mapping: z.string().regex(PROXMOX_MAPPING, { error: 'a Proxmox resource mapping id such as igpu' }).optional().meta({ description: 'Proxmox only: the PCI resource mapping (Datacenter > Resource Mappings) of the device, passed to the VM as hostpci0.' }),
      pci: z.string().regex(PCI_ADDRESS, { error: 'a PCI address domain:bus:slot.function such as 0000:00:02.0' }).optional().meta({ description: 'libvirt only: the host PCI address of the device (`lspci -D`), passed to the domain as a managed hostdev.' }),
    })
    .optional()
    .meta({ description: 'Server and agent VMs only: a host GPU passed through to the VM (docs/gpu.md: IOMMU and vfio on the host first). The node gets the label sitekit.dev/gpu=<vendor> at first boot, and apps with `gpu` run on it. @default no GPU' }),
  nfs: z
    .strictObject({
      export: z
        .string()
        .max(1024)
        .regex(NFS_EXPORT_PATH, { error: 'an absolute path such as /volume1/k8s (letters, digits, . _ - and /; no . or .. segment)' })
        .meta({ description: 'The NFS export the clusters\' `nfs-shared` StorageClass and the default Longhorn backup target use, as the NAS names it: on Synology DSM a shared folder is `/volume<N>/<folder>`.' }),
    })
    .optional()
    .meta({ description: 'External storage nodes only (a NAS): its NFS share. @default /srv/nfs/shared, the export a storage VM of the site gets' }),
});

const Component = z.strictObject({ version: version() });

const Components = z.strictObject(Object.fromEntries(COMPONENTS.map((c) => [c, Component.optional()])) as {
  [K in (typeof COMPONENTS)[number]]: z.ZodOptional<typeof Component>;
});

const Pool = z.strictObject({
  name: label(),
  addresses: z.array(z.string().min(1)).min(1).meta({ description: 'Ranges `a.b.c.d-e.f.g.h` or CIDR blocks.' }),
});

/** `host:port` of an SMTP server. */
const SMARTHOST = /^(?=.{1,253}:)([A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?:\d{1,5}$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

const Alerts = z
  .discriminatedUnion('receiver', [
    z.strictObject({ receiver: z.literal('none').meta({ description: 'Alerts are evaluated and shown in Alertmanager, and sent nowhere.' }) }),
    z.strictObject({
      receiver: z.literal('webhook').meta({ description: 'An HTTP POST of every notification (Alertmanager webhook format) to a URL kept in Secret `alertmanager-webhook` (key `url`) of the site\'s secret store: webhook URLs often carry a token.' }),
    }),
    z.strictObject({
      receiver: z.literal('email'),
      to: z.string().regex(EMAIL, { error: 'an e-mail address' }),
      from: z.string().regex(EMAIL, { error: 'an e-mail address' }),
      smarthost: z.string().regex(SMARTHOST, { error: 'host:port of an SMTP server, such as smtp.example.org:587' }),
      username: z.string().regex(/^[A-Za-z0-9._%+@-]{1,254}$/, { error: 'an SMTP user name (letters, digits and . _ % + @ -)' }).optional().meta({ description: 'SMTP user; its password is in Secret `alertmanager-smtp` (key `password`) of the site\'s secret store. @default no authentication' }),
    }),
  ])
  .meta({ description: 'Where Alertmanager sends alerts: `webhook`, `email` or, explicitly, `none`.' });

const Monitoring = z.strictObject({
  alerts: Alerts.optional().meta({ description: 'Where alerts go. Required with components.kubePrometheusStack: a site says where (or `receiver: none`).' }),
  grafana: z
    .strictObject({
      public: z.boolean().default(false).meta({ description: 'Serve Grafana at `grafana.<domain>` (a public hostname of the cluster). Its admin credential is in Secret `grafana-admin` (keys `admin-user`, `admin-password`) of the site\'s secret store either way. @default false: reach it with kubectl port-forward' }),
    })
    .default({ public: false }),
});

/** An S3 bucket, its region and a path in it: `s3://<bucket>@<region>/<path>`. */
const S3_TARGET = 's3:\\/\\/[a-z0-9]([a-z0-9.-]{1,61}[a-z0-9])@[a-z0-9-]{1,32}\\/([A-Za-z0-9._-]+\\/)*[A-Za-z0-9._-]*';
/** Longhorn backup targets: `nfs://<host>:/<path>`, `s3://<bucket>@<region>/<path>`, or `none`. */
const BACKUP_TARGET = new RegExp(`^(none|nfs:\\/\\/[A-Za-z0-9]([-A-Za-z0-9.]{0,251}[A-Za-z0-9])?:(\\/[A-Za-z0-9._-]+)+\\/?|${S3_TARGET})$`);

/** The endpoint of an S3-compatible store (MinIO, Garage, Ceph RGW, a NAS's S3 service). */
const s3Endpoint = () =>
  httpUrl('an http(s) URL of RFC 3986 characters, such as http://10.0.0.5:9000')
    .optional()
    .meta({ description: 'Endpoint of an S3-compatible store (MinIO on the NAS: `http://10.0.0.5:9000`). @default AWS S3 (the bucket\'s region)' });

const Backups = z.strictObject({
  target: z
    .string()
    .regex(BACKUP_TARGET, { error: 'nfs://<host>:/<path>, s3://<bucket>@<region>/<path>, or none' })
    .optional()
    .meta({ description: 'Where Longhorn backs up the volumes (nightly): an NFS export (`nfs://10.0.0.5:/srv/backups`), an S3 bucket (`s3://backups@eu-central-1/longhorn`; credentials in Secret `longhorn-backup` of the site\'s secret store, keys AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_ENDPOINTS), or `none`. Off the site\'s own hosts for backups that outlive them. An S3 target also takes CloudNativePG\'s backups, under `<path>/postgresql`, unless `postgresql` names another place. @default the NFS export of the site\'s storage node when there is one, else none' }),
  endpoint: s3Endpoint().meta({ description: 'Endpoint of the S3-compatible store of an `s3://` target, for CloudNativePG\'s backups (Longhorn reads its own from AWS_ENDPOINTS). @default AWS S3' }),
  postgresql: z
    .strictObject({
      target: z.string().regex(new RegExp(`^${S3_TARGET}$`), { error: 's3://<bucket>@<region>/<path> (CloudNativePG backs up to object stores only)' }).meta({ description: 'The S3 bucket and path CloudNativePG backs the databases up to (base backups daily, WAL continuously): `s3://pg-backups@eu-central-1/site`. An empty path: CloudNativePG refuses to archive into one holding another cluster\'s WAL. Credentials in Secret `pg-backup-s3` of the site\'s secret store, keys ACCESS_KEY_ID and SECRET_ACCESS_KEY.' }),
      endpoint: s3Endpoint(),
    })
    .optional()
    .meta({ description: 'Where CloudNativePG backs the databases up. @default the `s3://` target under `<path>/postgresql`; with no S3 target, nowhere (a warning says so)' }),
});

/** Where the cluster's ClusterSecretStore `site-secrets` reads from. */
const Secrets = z
  .discriminatedUnion('store', [
    z.strictObject({
      store: z.literal('kubernetes').meta({ description: 'Secrets of namespace `site-secrets` in the cluster, created by hand (docs/cluster-secrets.md).' }),
    }),
    z.strictObject({
      store: z.literal('infisical').meta({ description: 'An Infisical project (External Secrets\' infisical provider, universal auth).' }),
      hostAPI: httpUrl('an http(s) URL of RFC 3986 characters').default('https://app.infisical.com/api').meta({ description: 'Base URL of the Infisical API. @default https://app.infisical.com/api' }),
      projectSlug: label().meta({ description: 'Slug of the Infisical project holding the secrets.' }),
      environmentSlug: label().meta({ description: 'Slug of its environment, such as prod.' }),
      secretsPath: z
        .string()
        .regex(/^\/([A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*)?$/, { error: 'an absolute folder path such as / or /homelab (letters, digits, . _ - and /)' })
        .default('/')
        .meta({ description: 'Folder of the environment the secrets are in. @default /' }),
      credentials: label().meta({
        description:
          'The bootstrap credential, by reference: a Secret of namespace external-secrets (created by hand, never in Git) with keys `clientId` and `clientSecret` of an Infisical machine identity (universal auth) that may read the folder.',
      }),
    }),
  ])
  .meta({ description: 'Where the ClusterSecretStore `site-secrets` (components.externalSecrets) reads the Secrets the tree asks for. @default store: kubernetes' });
/** The databases of a cluster's apps on another cluster's CloudNativePG (`clusters[].postgresql`). */
const RemotePostgresql = z.strictObject({
  cluster: label().meta({ description: 'The cluster whose CloudNativePG Cluster `pg` holds the databases (it enables components.cloudnativePg and components.metallb).' }),
  address: ipv4().meta({ description: 'The address, in a MetalLB pool of that cluster, of the LoadBalancer Service `pg-rw-external` its CloudNativePG Cluster gets (the primary). The apps reach it through a Service `<app>-postgresql` of their own.' }),
}, { error: 'a mapping { cluster, address }' });
/** Days of a maintenance window, in week order (kured's and systemd's three-letter names). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A time of day, `HH:MM` (24 hours). */
export const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** The shape of an IANA time zone name (validate/maintenance.ts checks the zone exists). */
export const TIME_ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const Maintenance = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).min(1).meta({ description: 'Days of the week the window opens on, e.g. [sat, sun].' }),
    start: z.string().regex(TIME_OF_DAY, { error: 'a time of day HH:MM such as 02:00' }).meta({ description: 'When the window opens (HH:MM, 24 hours, in `timeZone`).' }),
    end: z.string().regex(TIME_OF_DAY, { error: 'a time of day HH:MM such as 05:00' }).meta({ description: 'When it closes, later on the same day (HH:MM).' }),
    timeZone: z
      .string()
      .regex(TIME_ZONE, { error: 'an IANA time zone name such as Europe/Madrid or UTC' })
      .default('UTC')
      .meta({ description: 'The time zone of `start` and `end` (IANA name). @default UTC' }),
  })
  .meta({
    description:
      'A maintenance window: when nodes install OS updates and reboot. Debian/Ubuntu nodes run unattended-upgrades (security updates) when it opens; Flatcar nodes download updates any time. Cluster nodes are rebooted by kured inside the window, one at a time, drained; other nodes reboot themselves in it, load balancers one after the other (docs/day2.md "OS updates and reboots").',
  });

const Cluster = z.strictObject({
  name: label(),
  nodes: z.array(label()).min(1).meta({ description: 'Nodes of role server, agent or storage that form this cluster.' }),
  k3s: z.strictObject({ version: z.string().regex(/^v\d+\.\d+\.\d+\+k3s\d+$/, { error: 'a k3s release such as v1.33.5+k3s1' }) }),
  podCidr: cidr().default('10.42.0.0/16'),
  serviceCidr: cidr().default('10.43.0.0/16'),
  apiVip: label().optional().meta({ description: 'Name of a kube-api VIP. @default the first server address' }),
  ingress: z
    .strictObject({
      controller: z.enum(['traefik', 'nginx']),
      vip: label().optional().meta({ description: 'Name of an ingress VIP served by the load balancers.' }),
      address: ipv4().optional().meta({ description: 'A MetalLB address for the ingress Service.' }),
    })
    .optional(),
  pools: z.array(Pool).default([]),
  postgresql: z
    .union([z.enum(['node', 'cloudnativePg'], { error: 'node or cloudnativePg' }), RemotePostgresql])
    .optional()
    .meta({ description: 'Where the PostgreSQL databases of the cluster\'s apps live: `node`, the site\'s database node (a role, a database and pg_hba lines per app database), `cloudnativePg`, a CloudNativePG Cluster `pg` in namespace databases (a managed role and a Database per app database; the Cluster exists only then), or `{ cluster, address }`, the CloudNativePG Cluster `pg` of another cluster of the site, reached on a MetalLB address of that cluster. @default node when the site has a database node, else cloudnativePg when components.cloudnativePg is set' }),
  gitops: z
    .strictObject({
      engine: z.enum(['flux', 'argocd']).default('flux'),
      repository: GitUrl,
      branch: z.string().regex(GIT_BRANCH, { error: 'a Git branch name such as main or release/1.2' }).default('main'),
      path: z
        .string()
        .max(1024)
        .regex(GITOPS_PATH, { error: 'a directory of the repository ending in clusters, such as clusters or dist/clusters (letters, digits, . _ - and /)' })
        .default('clusters')
        .meta({
          description:
            'Where the synthesized `clusters/` directory is in the Git repository the engine reads; every Flux Kustomization and Argo CD Application path is `<path>/<cluster>/...`. `clusters` when the output directory is pushed as its own repository, `dist/clusters` when `dist/` is committed inside this one. @default clusters',
        }),
      bootstrap: z
        .enum(['tree', 'flux'])
        .default('tree')
        .meta({
          description:
            "Who writes Flux's own files, `<path>/<cluster>/flux-system/` (`gotk-components.yaml`, `gotk-sync.yaml`, `kustomization.yaml`). `tree`: the synth (Flux pinned and built offline), applied once with kubectl; do not run `flux bootstrap` on it. `flux`: `flux bootstrap git --path=<path>/<cluster>` writes and owns them, the synth writes nothing there. Only with engine flux. @default tree",
        }),
    }),
  components: Components.default({}),
  secrets: Secrets.optional(),
  monitoring: Monitoring.optional().meta({ description: 'Alert routing and Grafana exposure of kube-prometheus-stack.' }),
  kibana: z
    .strictObject({ internalHost: fqdn().meta({ description: 'A name under the site\'s domain: an internal route with a certificate of the internal CA, no public record; the infra node\'s DNS answers it with the ingress address (without an infra node, point it there in your DNS).' }) })
    .optional()
    .meta({ description: 'Kibana of components.eck, reached on the site\'s networks. @default no route: `kubectl -n elastic port-forward svc/logs-kb-http 5601`' }),
  jenkins: z
    .strictObject({ internalHost: fqdn().meta({ description: 'A name under the site\'s domain: an internal route with a certificate of the internal CA, no public record; the infra node\'s DNS answers it with the ingress address (without an infra node, point it there in your DNS).' }) })
    .optional()
    .meta({ description: 'Jenkins of components.jenkins, reached on the site\'s networks. @default no route: `kubectl -n jenkins port-forward svc/jenkins 8080`' }),
  maintenance: Maintenance.optional().meta({ description: 'The maintenance window of this cluster\'s nodes (kured\'s reboot window, the upgrade timers of its Debian/Ubuntu nodes). @default the site\'s `maintenance`; with neither, nothing sitekit sets up installs updates or reboots (Flatcar keeps its own default: update and reboot when an update is applied)' }),
  backups: Backups.optional().meta({ description: 'Backups of the Longhorn volumes and of CloudNativePG\'s databases. @default Longhorn to the NFS export of the site\'s storage node when there is one; PostgreSQL nowhere' }),
  apps: z
    .array(App)
    .default([])
    .meta({ description: 'The applications this cluster runs, each written out or started from a built-in one (`uses:`). They belong to the cluster: renaming it carries them along. @default []' }),
});

const Cloudflare = z.strictObject({
  zone: fqdn(),
  target: z.union([ipv4(), label()]).meta({
    description:
      'Where public records point: an IPv4 address, the name of a gateway node with a publicAddress, or `dynamic`: the public address changes (a home connection), the DDNS updater (`ddns`) keeps one record at it and every public hostname is a CNAME to that record.',
  }),
  ddns: z
    .strictObject({
      cluster: label().meta({ description: 'The cluster that runs the updater (a CronJob in namespace ddns, every 5 minutes).' }),
      name: fqdn().meta({ description: 'The record the updater keeps at the public address: a name of the zone that is none of the hostnames.' }),
    })
    .optional()
    .meta({ description: 'With target: dynamic, the DDNS updater (favonia/cloudflare-ddns): it alone writes the A record of `name`; Terraform and ExternalDNS write the hostnames as CNAMEs to it. @default none' }),
  apiTokenVariable: z.string().regex(TF_VARIABLE, { error: 'a Terraform variable name (lower-case letters, digits and _)' }).default('cloudflare_api_token').meta({ description: 'Terraform variable holding the API token. @default cloudflare_api_token' }),
  hostnames: z
    .array(
      z.strictObject({
        name: fqdn(),
        cluster: label(),
        dns: z
          .enum(['terraform', 'externalDns'])
          .optional()
          .meta({ description: 'Who writes the public record: `terraform` (the edge stack) or `externalDns` (ExternalDNS in the cluster, components.externalDns, once a route serves the name). One of them, never both. @default terraform' }),
      }),
    )
    .default([]),
});

const STATE_DIR = /^(?!.*\$\{)(\/)?[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

const Backend = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('local'),
    dir: z
      .string()
      .regex(STATE_DIR, { error: 'a directory path such as state or /var/lib/sitekit/state (letters, digits, . _ - and /)' })
      .default('state')
      .meta({ description: 'Where the local state files live: `<dir>/<site>/<stack>.tfstate`, relative to the directory that holds the output directory (the repository root for `dist/`), or absolute. Never inside the output: a synth would own it. @default state' }),
  }),
  z.strictObject({
    kind: z.literal('s3'),
    bucket: z.string().regex(/^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/, { error: 'an S3 bucket name (lower-case letters, digits, "." and "-")' }),
    region: z.string().regex(/^[A-Za-z0-9]([A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/, { error: 'a region name such as eu-central-1' }),
    endpoint: httpUrl('an http(s) URL of RFC 3986 characters').optional(),
    keyPrefix: z.string().regex(/^(?!(.*\/)?\.\.?(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, { error: 'a key prefix such as sites or team/sites (letters, digits, . _ - and /)' }).default('sites'),
    encrypt: z
      .boolean()
      .default(true)
      .meta({ description: 'Server-side encryption of the state objects (SSE-S3). An S3-compatible store must support it (MinIO needs a KMS); set false only for one that does not, and encrypt its disks instead. @default true' }),
  }),
]);

export const SiteSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: label().meta({ description: 'Site name, used in resource names.' }),
    domain: fqdn().meta({ description: 'Internal DNS domain of the site.' }),
    hypervisor: z.discriminatedUnion('kind', [Libvirt, Proxmox]),
    images: z.record(label(), Image),
    networks: z.array(Network).min(1),
    vips: z.array(Vip).max(205, { error: 'at most 205 VIPs (keepalived virtual router ids 51 to 255)' }).default([]),
    nodes: z.array(Node).min(1),
    clusters: z.array(Cluster).min(1),
    cloudflare: Cloudflare.optional(),
    maintenance: Maintenance.optional().meta({ description: 'The maintenance window of every node (a cluster\'s own `maintenance` wins for its nodes). @default none: nodes keep their images\' update behaviour (Flatcar updates and reboots when an update is applied, uncoordinated; Debian/Ubuntu as the image ships)' }),
    ssh: z.strictObject({
      authorizedKeys: z.array(z.string().regex(SSH_KEY, { error: 'an OpenSSH public key line' })).min(1),
      externalFrom: z
        .array(cidr())
        .default(['0.0.0.0/0'])
        .meta({ description: 'Where external nodes (a VPS, reached over the internet, not from the admin network) accept SSH from, besides the admin network. Logins are key-only on every node. @default ["0.0.0.0/0"] (anywhere)' }),
    }),
    terraform: z.strictObject({ backend: Backend.default({ kind: 'local', dir: 'state' }) }).default({ backend: { kind: 'local', dir: 'state' } }),
    policy: z
      .strictObject({
        suppressions: z
          .array(
            z.strictObject({
              rule: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9]+$/, { error: 'a rule id such as k8s/ReadOnlyRootFilesystem' }),
              object: z.string().min(1).meta({ description: 'The object the rule is suppressed for: `terraform/<stack>/<type>.<name>` or `clusters/<cluster>/<Kind>/<namespace>/<name>`.' }),
              reason: z.string().trim().min(10, { error: 'a reason of at least 10 characters' }),
            }),
          )
          .default([]),
      })
      .default({ suppressions: [] })
      .meta({ description: 'Policy rule suppressions, each for one rule and one object, with a mandatory reason.' }),
    changes: z
      .strictObject({
        renames: z
          .array(
            z.strictObject({
              node: label().meta({ description: 'The name the node had (no node of the site has it any more).' }),
              to: label().meta({ description: 'The name of the node now: a node of the site.' }),
            }),
          )
          .default([])
          .meta({ description: 'Nodes renamed on purpose: Terraform `moved` blocks carry each of the old name\'s VM, disks and first-boot resources over to the new name instead of replacing them. Keep an entry as long as the VM lives: on libvirt its domain and volumes keep the old name (libvirt cannot rename them), and dropping the entry would replace them, which the data-loss guard refuses. @default []' }),
        removals: z
          .array(
            z.strictObject({
              object: z.string().min(1).meta({ description: 'The stateful object removed on purpose: `terraform/<stack>/<type>.<name>` or `clusters/<cluster>/<Kind>/<namespace>/<name>`; `*` matches any characters.' }),
              reason: z.string().trim().min(10, { error: 'a reason of at least 10 characters' }),
            }),
          )
          .default([])
          .meta({ description: 'Stateful objects (VMs, disks, PVCs, databases, Kafka) whose data may go with them: a synth refuses to drop one from the output unless it is listed here. @default []' }),
      })
      .default({ renames: [], removals: [] })
      .meta({ description: 'Intended changes that would otherwise destroy data: node renames and removals of stateful objects. @default no renames, no removals' }),
  })
  .meta({ title: 'Site', description: 'One self-hosted Kubernetes site: networks, VIPs, nodes, clusters.' });

/** The site as written (defaults optional). */
export type SiteInput = z.input<typeof SiteSchema>;
/** The site after parsing (defaults filled). */
export type SiteSpec = z.output<typeof SiteSchema>;
export type NodeSpec = SiteSpec['nodes'][number];
export type NetworkSpec = SiteSpec['networks'][number];
export type VipSpec = SiteSpec['vips'][number];
export type ClusterSpec = SiteSpec['clusters'][number];
export type DiskSpec = NodeSpec['disks'][number];
export type ImageSpec = SiteSpec['images'][string];
export type AppInputSpec = ClusterSpec['apps'][number];
export type Role = (typeof ROLES)[number];
export type ComponentName = (typeof COMPONENTS)[number];
export type MaintenanceSpec = z.output<typeof Maintenance>;
export type Weekday = (typeof WEEKDAYS)[number];

/** JSON Schema of the site as written, for editors (`# yaml-language-server: $schema=./site.schema.json`). */
export function siteJsonSchema(): object {
  // The refinements of the URIs do not reach JSON Schema: their patterns of allowed forms stand in (they are stricter than the shape's).
  const forms = new Map<unknown, RegExp>([
    [LibvirtUri, LIBVIRT_URI_FORMS],
    [GitUrl, GIT_URL_FORMS],
  ]);
  return z.toJSONSchema(SiteSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const pattern = forms.get(zodSchema);
      if (pattern) jsonSchema.pattern = pattern.source;
    },
  });
}
