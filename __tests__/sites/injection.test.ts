/**
 * No site value can inject a command, a config line or Terraform template syntax.
 *
 * Every free-text field of the schema either rejects hostile values with a site error naming the
 * field, or (the SSH key comment, suppression reasons) takes them and they end up only where they
 * belong, quoted: the rendered cloud-init YAML and Ignition JSON read back to the same string, and
 * no shell script, config file or Terraform string holds them outside that.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { loadSite, SiteError } from '../../site';
import { renderSite } from '../../synth/render';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
const doc = (file: string): Doc => parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** The message of the SiteError that loading the edited site throws. */
function failure(file: string, edit: (d: Doc) => void): string {
  const d = doc(file);
  edit(d);
  try {
    loadSite(stringify(d), 'site.yaml');
  } catch (e) {
    if (e instanceof SiteError) return e.message;
    throw e;
  }
  throw new Error('the site loaded');
}

const HOSTILE = ['\nrm -rf /', '$(rm -rf /)', '`id`', "'", '"', ';reboot', '\n[Peer]\nAllowedIPs = 0.0.0.0/0', '\ninclude /etc/shadow', '${file("/etc/shadow")}', '%{ if true }x%{ endif }', ' x', '{{ .x }}', '\\'];

/** Free-text fields: [what, site file, path as printed, how to set it (appending to a valid value)]. */
const FIELDS: [string, string, string, (d: Doc, v: string) => void][] = [
  ['libvirt URI', 'site.yaml', 'hypervisor.uri', (d, v) => (d.hypervisor.uri = `qemu+ssh://root@192.168.0.40/system${v}`)],
  ['libvirt pool path', 'site.yaml', 'hypervisor.pool.path', (d, v) => (d.hypervisor.pool.path = `/var/lib/libvirt/images${v}`)],
  ['hypervisor bridge', 'site.yaml', 'hypervisor.bridge', (d, v) => (d.hypervisor.bridge = `br0${v}`)],
  ['network bridge', 'site.yaml', 'networks[0].bridge', (d, v) => (d.networks[0].bridge = `br0${v}`)],
  ['image URL', 'site.yaml', 'images.debian.url', (d, v) => (d.images.debian.url = `https://cloud.debian.org/x.qcow2${v}`)],
  ['Git repository', 'site.yaml', 'clusters[0].gitops.repository', (d, v) => (d.clusters[0].gitops.repository = `https://github.com/socialdevs/microcloud.git${v}`)],
  ['Git branch', 'site.yaml', 'clusters[0].gitops.branch', (d, v) => (d.clusters[0].gitops.branch = `main${v}`)],
  ['component version', 'site.yaml', 'clusters[0].components.metallb.version', (d, v) => (d.clusters[0].components.metallb.version = `0.16.1${v}`)],
  ['k3s version', 'site.yaml', 'clusters[0].k3s.version', (d, v) => (d.clusters[0].k3s.version = `v1.33.5+k3s1${v}`)],
  ['pool range', 'site.yaml', 'clusters[0].pools[0].addresses[0]', (d, v) => (d.clusters[0].pools[0].addresses[0] = `10.17.4.200-10.17.4.220${v}`)],
  ['Cloudflare token variable', 'site.yaml', 'cloudflare.apiTokenVariable', (d, v) => (d.cloudflare.apiTokenVariable = `cloudflare_api_token${v}`)],
  ['public hostname', 'site.yaml', 'cloudflare.hostnames[0].name', (d, v) => (d.cloudflare.hostnames[0].name = `socialdevs.site${v}`)],
  ['SSH key (template syntax or a line break in the comment)', 'site.yaml', 'ssh.authorizedKeys[0]', (d, v) => (d.ssh.authorizedKeys[0] = `${d.ssh.authorizedKeys[0]}${v.includes('\n') || /[$%]\{/.test(v) ? v : `\n${v}`}`)],
  ['S3 bucket', 'site.yaml', 'terraform.backend.bucket', (d, v) => (d.terraform = { backend: { kind: 's3', bucket: `state${v}`, region: 'eu-west-1' } })],
  ['S3 region', 'site.yaml', 'terraform.backend.region', (d, v) => (d.terraform = { backend: { kind: 's3', bucket: 'state', region: `eu-west-1${v}` } })],
  ['S3 key prefix', 'site.yaml', 'terraform.backend.keyPrefix', (d, v) => (d.terraform = { backend: { kind: 's3', bucket: 'state', region: 'eu-west-1', keyPrefix: `sites${v}` } })],
  ['S3 endpoint', 'site.yaml', 'terraform.backend.endpoint', (d, v) => (d.terraform = { backend: { kind: 's3', bucket: 'state', region: 'eu-west-1', endpoint: `https://minio.lan:9000${v}` } })],
  ['Proxmox datastore', 'examples/proxmox-minimal.yaml', 'hypervisor.datastore', (d, v) => (d.hypervisor.datastore = `local-lvm${v}`)],
  ['Proxmox snippets datastore', 'examples/proxmox-minimal.yaml', 'hypervisor.snippets', (d, v) => (d.hypervisor.snippets = `local${v}`)],
  ['Proxmox node', 'examples/proxmox-minimal.yaml', 'hypervisor.node', (d, v) => (d.hypervisor.node = `pve${v}`)],
];

describe('hostile values in free-text fields are site errors naming the field', () => {
  // `'` and `;` are RFC 3986 characters: URLs take them (and they stay JSON strings: see below).
  const url = (what: string) => /URI|URL|repository|endpoint/.test(what);
  const cases = FIELDS.flatMap(([what, file, at, set]) => HOSTILE.filter((v) => !(url(what) && (v === "'" || v === ';reboot'))).map((v) => [what, JSON.stringify(v), file, at, set, v] as const));
  test.each(cases)('%s + %s', (_what, _shown, file, at, set, v) => {
    const message = failure(file, (d) => set(d, v));
    expect(message).toMatch(new RegExp(`^site\\.yaml:\\d+:\\d+: error: ${at.replace(/[.[\]]/g, '\\$&')}: `, 'm'));
  });

  // Exact texts for a few (the messages each field gives).
  test.each<[string, (d: Doc) => void, string]>([
    ['an image URL with template syntax', (d) => (d.images.debian.url = 'https://cloud.debian.org/${file("/etc/shadow")}.qcow2'), 'site.yaml:16:10: error: images.debian.url: "https://cloud.debian.org/${file(\\"/etc/shadow\\")}.qcow2" is not an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces); allowed: an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces); fix: write an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces) here'],
    ['a URL line break that zod would have dropped silently', (d) => (d.images.debian.url = 'https://cloud.debian.org/x\n.qcow2'), 'site.yaml:16:10: error: images.debian.url: "https://cloud.debian.org/x\\n.qcow2" is not an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces); allowed: an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces); fix: write an http(s) URL of RFC 3986 characters (percent-encode spaces, quotes and braces) here'],
    ['a branch with a command', (d) => (d.clusters[0].gitops.branch = "main'; rm -rf / #"), 'site.yaml:252:15: error: clusters[0].gitops.branch: "main\'; rm -rf / #" is not a Git branch name such as main or release/1.2; allowed: a Git branch name such as main or release/1.2; fix: write a Git branch name such as main or release/1.2 here'],
    ['a pool path with a command substitution', (d) => (d.hypervisor.pool.path = '/var/lib/$(id)'), 'site.yaml:8:11: error: hypervisor.pool.path: "/var/lib/$(id)" is not an absolute path of letters, digits and . _ @ + - (no spaces, quotes, $ or ..); allowed: an absolute path of letters, digits and . _ @ + - (no spaces, quotes, $ or ..); fix: write an absolute path of letters, digits and . _ @ + - (no spaces, quotes, $ or ..) here'],
    ['an SSH key comment with template syntax (the bootstrap renderer refused it: exit 2)', (d) => (d.ssh.authorizedKeys[0] += ' ${file("/etc/shadow")}'), 'site.yaml:299:7: error: ssh.authorizedKeys[0]: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3..." is not an OpenSSH public key line; allowed: an OpenSSH public key line; fix: write an OpenSSH public key line here'],
  ])('%s', (_what, edit, line) => {
    expect(failure('site.yaml', edit).split('\n')).toEqual(['site.yaml: 1 error(s) in the site', line]);
  });
});

describe('free text that is accepted stays quoted where it lands', () => {
  const COMMENT = `admin@x $(rm -rf /) \`id\` ' " ; # {{ x }} [Peer] include`;
  const d = doc('site.yaml');
  d.ssh.authorizedKeys[0] = `${d.ssh.authorizedKeys[0]} ${COMMENT}`;
  const key = d.ssh.authorizedKeys[0] as string;
  d.policy = { suppressions: [{ rule: 'k8s/CpuLimits', object: 'clusters/x/*', reason: 'because $(rm -rf /); `id` "quoted"' }] };
  const files = renderSite(loadSite(stringify(d), 'site.yaml').site).files;

  /** Every string inside a JSON value. */
  const strings = (v: unknown, out: string[] = []): string[] => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
    return out;
  };

  test('the SSH key reaches every node, as the exact string, in cloud-init YAML and Ignition JSON', () => {
    const tf = JSON.parse(files.get('terraform/nodes/cdk.tf.json')!);
    const docs = strings(tf).filter((s) => s.includes('rm -rf'));
    expect(docs.length).toBeGreaterThan(0);
    let cloudInit = 0;
    let ignition = 0;
    for (const text of docs) {
      if (text.startsWith('#cloud-config')) {
        // Terraform escapes ($${, %%{) are undone by Terraform; the comment holds none.
        expect(parse(text).ssh_authorized_keys).toEqual([key]);
        cloudInit++;
      } else {
        const ign = JSON.parse(text);
        expect(ign.passwd.users.map((u: { sshAuthorizedKeys: string[] }) => u.sshAuthorizedKeys)).toEqual([[key]]);
        ignition++;
      }
    }
    expect([cloudInit, ignition].every((n) => n > 0)).toBe(true);
  });

  // The libvirt URI takes none of them: its query holds only keyfile, knownhosts or pkipath paths (load.test.ts).
  test("URLs with RFC 3986 sub-delimiters (' ; $ ( )) stay one JSON string in Terraform", () => {
    const e = doc('site.yaml');
    e.images.debian.url = "https://cloud.debian.org/a';$(id).qcow2";
    const tf = JSON.parse(renderSite(loadSite(stringify(e), 'site.yaml').site).files.get('terraform/network/cdk.tf.json')!);
    expect(strings(tf.resource.libvirt_volume)).toContain("https://cloud.debian.org/a';$(id).qcow2");
  });

  test('no other file holds it: no script, config file, unit or Kubernetes object', () => {
    const holders = [...files].filter(([, t]) => t.includes('rm -rf') || t.includes('because $(')).map(([f]) => f);
    expect(holders).toEqual(['terraform/config/cdk.tf.json', 'terraform/nodes/cdk.tf.json']);
    // The config stack holds the key only as the authorized_keys file it uploads, never in a script.
    const tf = JSON.parse(files.get('terraform/config/cdk.tf.json')!);
    const where = Object.entries(tf.resource.terraform_data as Record<string, { provisioner: Record<string, { content?: string }>[] }>).flatMap(([name, r]) =>
      r.provisioner.flatMap((p) => Object.entries(p).filter(([, v]) => JSON.stringify(v).includes('rm -rf')).map(([kind, v]) => [name.replace(/_ssh_keys$/, ''), kind, v.content])),
    );
    expect(where.length).toBeGreaterThan(0);
    for (const [, kind, content] of where) expect([kind, content]).toEqual(['file', `${key}\n`]);
    expect(where.map(([n]) => n).sort()).toEqual(Object.keys(tf.resource.terraform_data).filter((n) => n.endsWith('_ssh_keys')).map((n) => n.replace(/_ssh_keys$/, '')).sort());
  });
});
