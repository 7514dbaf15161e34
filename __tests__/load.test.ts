/**
 * site/load.ts: YAML text → validated, frozen Site, with `file:line:column` on every problem.
 * The rules themselves are covered one fixture each in validate.test.ts; this file covers the
 * loader: valid sites, defaults, file handling, YAML edge cases, positions and ordering.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { loadSite, loadSiteFile, Site, SiteError } from '../site';

const ROOT = path.join(__dirname, '..');
const VALID = path.join(__dirname, 'fixtures', 'valid');
const validFixtures = fs.readdirSync(VALID).filter((f) => f.endsWith('.yaml')).sort();

/** A small valid site, one line per entry so that positions in the tests below are easy to check. */
const LINES = [
  'name: t', // 1
  'domain: t.example.org', // 2
  'hypervisor:', // 3
  '  kind: libvirt', // 4
  '  host: 10.0.0.2', // 5
  '  pool: { name: t, path: /var/lib/libvirt/images/t }', // 6
  '  bridge: br0', // 7
  'images:', // 8
  '  debian: { os: debian, url: "https://example.org/debian.qcow2" }', // 9
  'networks:', // 10
  '  - { name: lan, kind: bridge, cidr: 10.0.0.0/24 }', // 11
  'nodes:', // 12
  '  - { name: s1, role: server, network: lan, address: 10.0.0.11, cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }', // 13
  '  - { name: a1, role: agent, network: lan, address: 10.0.0.21, cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }', // 14
  'clusters:', // 15
  '  - { name: t, nodes: [s1, a1], k3s: { version: v1.33.5+k3s1 }, gitops: { repository: "https://example.org/t.git" } }', // 16
  'ssh:', // 17
  '  authorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3b2k t"]', // 18
];
const SITE = `${LINES.join('\n')}\n`;

/** SITE with each `[from, to]` replaced once; fails when `from` is not there. */
function edit(...edits: [string, string][]): string {
  let text = SITE;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`not in the test site: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** The message of the SiteError that loading `text` throws. */
function failure(text: string, file = 't.yaml'): string {
  try {
    loadSite(text, file);
  } catch (e) {
    if (e instanceof SiteError) return e.message;
    throw e;
  }
  throw new Error('the site loaded');
}

describe('valid sites', () => {
  test('the valid fixtures include a minimal libvirt site, a Proxmox site, a multi-cluster site and one on defaults', () => {
    expect(validFixtures).toEqual(expect.arrayContaining(['minimal-libvirt.yaml', 'proxmox.yaml', 'multi-cluster.yaml', 'defaults.yaml']));
  });

  test.each([...validFixtures.map((f) => `__tests__/fixtures/valid/${f}`), 'site.yaml', 'examples/multi-cluster.yaml', 'examples/proxmox-minimal.yaml'])(
    '%s loads without errors or warnings',
    (file) => {
      const { site, warnings } = loadSite(fs.readFileSync(path.join(ROOT, file), 'utf8'), file);
      expect(site).toBeInstanceOf(Site);
      expect(warnings).toEqual([]);
    },
  );

  test('the test site itself is valid', () => {
    expect(loadSite(SITE).site.name).toBe('t');
  });

  test('each valid fixture has what its name says', () => {
    const load = (f: string) => loadSiteFile(path.join(VALID, f)).site;
    const mini = load('minimal-libvirt.yaml');
    expect([mini.spec.hypervisor.kind, mini.nodes.length, mini.clusters.length]).toEqual(['libvirt', 1, 1]);
    const pve = load('proxmox.yaml');
    expect([pve.spec.hypervisor.kind, pve.clusters.length, pve.spec.terraform.backend.kind]).toEqual(['proxmox', 1, 's3']);
    const multi = load('multi-cluster.yaml');
    expect(multi.clusters.map((c) => c.name)).toEqual(['apps', 'data']);
    expect(multi.clusters.map((c) => c.apiAddress)).toEqual(['10.0.1.10', '10.0.1.11']);
    // 10.0.2.0/23 and 10.0.20.0/24 are both there and do not overlap.
    expect(multi.networks.map((n) => n.cidr)).toEqual(expect.arrayContaining(['10.0.2.0/23', '10.0.20.0/24']));
  });
});

describe('defaults', () => {
  const { site } = loadSiteFile(path.join(VALID, 'defaults.yaml'));
  const cluster = site.spec.clusters[0];

  test('cluster defaults: pod and service CIDRs, no pools, no components, Flux on main, the tree at clusters/ of its repository', () => {
    expect(cluster.podCidr).toBe('10.42.0.0/16');
    expect(cluster.serviceCidr).toBe('10.43.0.0/16');
    expect(cluster.pools).toEqual([]);
    expect(cluster.components).toEqual({});
    expect(cluster.gitops).toEqual({ engine: 'flux', repository: 'https://github.com/example/plain.git', branch: 'main', path: 'clusters' });
    expect(cluster.apiVip).toBeUndefined();
    expect(cluster.ingress).toBeUndefined();
  });

  test('site defaults: no VIPs, no DNS servers, nodes not external, a local Terraform backend, no Cloudflare', () => {
    expect(site.spec.vips).toEqual([]);
    expect(site.spec.networks[0].dns).toEqual([]);
    expect(site.spec.nodes.map((n) => n.external)).toEqual([false, false]);
    expect(site.spec.terraform).toEqual({ backend: { kind: 'local', dir: 'state' } });
    expect(site.spec.cloudflare).toBeUndefined();
  });

  test('Proxmox snippets default to local; an S3 backend keeps its key prefix default', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'multi-cluster.yaml'), 'utf8');
    const { site: pve } = loadSite(text);
    expect(pve.spec.hypervisor).toEqual({ kind: 'proxmox', host: '10.10.0.2', node: 'neo50q', datastore: 'local-zfs', snippets: 'local', bridge: 'vmbr0' });
    const s3 = loadSite(`${SITE}terraform:\n  backend: { kind: s3, bucket: b, region: r }\n`).site;
    expect(s3.spec.terraform.backend).toEqual({ kind: 's3', bucket: 'b', region: 'r', keyPrefix: 'sites', encrypt: true });
  });
});

describe('files', () => {
  test('loadSiteFile names the file as given in every message', () => {
    const file = path.join(__dirname, 'fixtures', 'invalid', 'unknown-image.yaml');
    expect(() => loadSiteFile(file)).toThrow(`${file}:38:12: error: nodes[1].image: unknown image "debain"; allowed: one of: debian; fix: did you mean "debian"?`);
  });

  test('a missing file', () => {
    const file = path.join(os.tmpdir(), 'sitekit-no-such-dir', 'site.yaml');
    let message = '';
    try {
      loadSiteFile(file);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(`${file}: 1 error(s) in the site\nerror: (root): cannot read the site file (ENOENT); fix: pass an existing file with --site <file>`);
  });

  test('a directory', () => {
    expect(() => loadSiteFile(VALID)).toThrow(`${VALID}: 1 error(s) in the site\nerror: (root): cannot read the site file (EISDIR); fix: pass an existing file with --site <file>`);
  });

  test('loadSite names the file site.yaml unless told otherwise', () => {
    expect(() => loadSite(edit(['name: t', 'name: T']))).toThrow(
      'site.yaml: 1 error(s) in the site\nsite.yaml:1:7: error: name: "T" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: did you mean "t"?',
    );
  });
});

describe('YAML', () => {
  test.each<[string, string, string]>([
    ['an empty file', '', 't.yaml:1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/'],
    ['only comments', '# nothing here\n\n# at all\n', 't.yaml:1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/'],
    ['an explicit null', '~\n', 't.yaml:1:1: error: (root): the site is empty; allowed: a mapping with name, domain, hypervisor, images, networks, nodes, clusters, ssh; fix: start from site.yaml or examples/'],
    ['a scalar', 'hello\n', 't.yaml:1:1: error: (root): expected a mapping, received "hello"; allowed: a mapping; fix: write a mapping here'],
    ['a list', '\n- a\n- b\n', 't.yaml:2:1: error: (root): expected a mapping, received a list of 2; allowed: a mapping; fix: write a mapping here'],
    ['an unclosed flow list', 'name: [unclosed\n', 't.yaml:2:1: error: (root): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix: fix the YAML syntax at this position'],
    ['two documents', `${SITE}---\nname: u\n`, 't.yaml:19:1: error: (root): invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments(); fix: fix the YAML syntax at this position'],
    ['a duplicate key in a flow mapping', edit(['{ name: lan, kind: bridge,', '{ name: lan, kind: bridge, name: lan2,']), 't.yaml:11:32: error: (root): invalid YAML: key "name" appears twice in this mapping; fix: keep one of the two'],
    ['a duplicate quoted key', edit(['name: t\n', 'name: t\n"name": u\n']), 't.yaml:2:1: error: (root): invalid YAML: key "name" appears twice in this mapping; fix: keep one of the two'],
    ['a NUL byte', edit(['  bridge: br0', '  bridge: br\u00000']), 't.yaml:7:13: error: (root): invalid YAML: the file is not text (control character U+0000 at this position); allowed: a YAML file saved as UTF-8 text; fix: pass the site YAML file, not a binary or differently encoded one'],
    ['an escape character', edit(['domain: t.example.org', 'domain: \u001b[31mt.example.org']), 't.yaml:2:9: error: (root): invalid YAML: the file is not text (control character U+001B at this position); allowed: a YAML file saved as UTF-8 text; fix: pass the site YAML file, not a binary or differently encoded one'],
    ['bytes that were not UTF-8', edit(['images:', 'images: # caf\ufffd']), 't.yaml:8:14: error: (root): invalid YAML: the file is not text (bytes that are not UTF-8 at this position); allowed: a YAML file saved as UTF-8 text; fix: pass the site YAML file, not a binary or differently encoded one'],
    ['an unknown tag (it would silently become a string)', edit(['name: t', 'name: !secret t']), 't.yaml:1:7: error: (root): invalid YAML: Unresolved tag: !secret; fix: fix the YAML syntax at this position'],
    ['an unsupported YAML version', `%YAML 1.3\n---\n${SITE}`, 't.yaml:1:7: error: (root): invalid YAML: Unsupported YAML version 1.3; fix: fix the YAML syntax at this position'],
  ])('%s', (_what, text, line) => {
    const message = failure(text);
    expect(message).toBe(`t.yaml: 1 error(s) in the site\n${line}`);
  });

  test('only the first syntax error is reported (the others are mostly its consequences)', () => {
    const text = edit(['  kind: libvirt', ' kind: libvirt']);
    expect(parseDocument(text).errors.length).toBeGreaterThan(1);
    expect(failure(text)).toBe('t.yaml: 1 error(s) in the site\nt.yaml:4:8: error: (root): invalid YAML: Nested mappings are not allowed in compact mappings; fix: fix the YAML syntax at this position');
  });

  test('an alias bomb is refused', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    expect(failure(bomb)).toBe('t.yaml: 1 error(s) in the site\nt.yaml:1:1: error: (root): invalid YAML: Excessive alias count indicates a resource exhaustion attack');
  });

  test('anchors and aliases within reason, CRLF line ends, a byte order mark and tabs inside values are fine', () => {
    const withAlias = edit(['{ os: debian, url: "https://example.org/debian.qcow2" }', '&img { os: debian, url: "https://example.org/debian.qcow2" }'], ['ssh:', 'x-unused: *img\nssh:']);
    // x-unused is an unknown key: aliases resolve, and the error is about the key, not the alias.
    expect(failure(withAlias)).toBe(
      't.yaml: 1 error(s) in the site\nt.yaml:17:1: error: ["x-unused"]: unknown key "x-unused"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, ssh, terraform, policy, changes; fix: remove "x-unused"',
    );
    expect(loadSite(SITE.replace(/\n/g, '\r\n')).site.name).toBe('t');
    expect(loadSite(`\ufeff${SITE}`).site.name).toBe('t');
    const reason = `${SITE}policy:\n  suppressions: [{ rule: k8s/CpuLimits, object: "clusters/t/*", reason: "a reason\\twith a tab" }]\n`;
    expect(loadSite(reason).site.spec.policy.suppressions[0].reason).toBe('a reason\twith a tab');
  });

  // Regression (fuzz): a tab in an SSH key comment loaded, then the bootstrap renderer refused it (exit 2, a stack trace).
  test('a control character in an SSH key comment is a site error', () => {
    expect(failure(edit(['Nf4n3b2k t"]', 'Nf4n3b2k a\\tb"]']))).toBe(
      't.yaml: 1 error(s) in the site\nt.yaml:18:20: error: ssh.authorizedKeys[0]: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3..." is not an OpenSSH public key line; allowed: an OpenSSH public key line; fix: write an OpenSSH public key line here',
    );
  });

  test('positions after a CRLF line end are still right', () => {
    expect(failure(edit(['name: t', 'name: T']).replace(/\n/g, '\r\n'))).toMatch(/\nt\.yaml:1:7: error: name: "T" is not a DNS label;/);
    expect(failure(edit(['  bridge: br0', '  bridge: br0 x']).replace(/\n/g, '\r\n'))).toMatch(/\nt\.yaml:7:11: error: hypervisor\.bridge: "br0 x" is not a Linux interface name;/);
  });
});

describe('schema messages', () => {
  test.each<[string, [string, string][], string]>([
    [
      'an unknown key points at the key, in a block mapping',
      [['  bridge: br0', '  bridge: br0\n  brige: br1']],
      't.yaml:8:3: error: hypervisor.brige: unknown key "brige"; allowed: one of: kind, host, uri, pool, bridge; fix: did you mean "bridge"?',
    ],
    [
      'an unknown key points at the key, in a flow mapping',
      [['{ name: lan, kind: bridge,', '{ name: lan, knd: bridge, kind: bridge,']],
      't.yaml:11:18: error: networks[0].knd: unknown key "knd"; allowed: one of: name, cidr, kind, vlan, bridge, gateway, dns, dhcp; fix: did you mean "kind"?',
    ],
    [
      'an unknown key inside a map of images',
      [['{ os: debian, url:', '{ os: debian, sha256: x, url:']],
      't.yaml:9:25: error: images.debian.sha256: unknown key "sha256"; allowed: one of: os, url, checksum; fix: remove "sha256"',
    ],
    [
      'a missing key points at its mapping',
      [['  bridge: br0\n', '']],
      't.yaml:4:3: error: hypervisor.bridge: missing required key "bridge"; allowed: a string; fix: add bridge',
    ],
    [
      'a missing top-level key points at the document',
      [['ssh:\n  authorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6ObKk3dC5JfXvGqA0M5e2U0yZl0cYw8r0Nf4n3b2k t"]\n', '']],
      't.yaml:1:1: error: ssh: missing required key "ssh"; allowed: a mapping; fix: add ssh',
    ],
    [
      'a list where a mapping belongs',
      [['  pool: { name: t, path: /var/lib/libvirt/images/t }', '  pool: [t, /var/lib/libvirt/images/t]']],
      't.yaml:6:9: error: hypervisor.pool: expected a mapping, received a list of 2; allowed: a mapping; fix: write a mapping here',
    ],
    [
      'a mapping where a list belongs',
      [['nodes: [s1, a1]', 'nodes: { s1: true }']],
      't.yaml:16:23: error: clusters[0].nodes: expected a list, received a mapping; allowed: a list; fix: write a list here',
    ],
    [
      'a boolean that YAML read from an unquoted word',
      [['  bridge: br0', '  bridge: yes'], ['name: t', 'name: true']],
      't.yaml:1:7: error: name: expected a string, received the boolean true; allowed: a string; fix: put the value in quotes',
    ],
    [
      'a string where true or false belongs',
      [['address: 10.0.0.21,', 'address: 10.0.0.21, external: "yes",']],
      't.yaml:14:74: error: nodes[1].external: expected true or false, received "yes"; allowed: true or false; fix: write true or false here',
    ],
    [
      'a number too big',
      [['address: 10.0.0.21, cpu: 2,', 'address: 10.0.0.21, cpu: 1024,']],
      't.yaml:14:69: error: nodes[1].cpu: 1024 is too big; allowed: at most 512; fix: use at most 512',
    ],
    [
      'a string that is not a libvirt URI',
      [['  bridge: br0', '  bridge: br0\n  uri: ""']],
      't.yaml:8:8: error: hypervisor.uri: "" is not a libvirt URI such as qemu+ssh://root@host/system (RFC 3986 characters only); allowed: a libvirt URI such as qemu+ssh://root@host/system (RFC 3986 characters only); fix: write a libvirt URI such as qemu+ssh://root@host/system (RFC 3986 characters only) here',
    ],
    [
      'a DNS label with no close label to suggest',
      [['{ name: lan,', '{ name: "--",']],
      't.yaml:11:13: error: networks[0].name: "--" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: write a DNS label here',
    ],
    [
      'a DNS label that is too long',
      [['name: t', `name: ${'a'.repeat(64)}`]],
      `t.yaml:1:7: error: name: "${'a'.repeat(64)}" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: did you mean "${'a'.repeat(63)}"?`,
    ],
    [
      'a wrong enum value without a close one',
      [['{ name: lan, kind: bridge,', '{ name: lan, kind: macvtap,']],
      't.yaml:11:24: error: networks[0].kind: "macvtap" is not allowed here; allowed: one of: bridge, nat, vlan, wireguard; fix: use one of: bridge, nat, vlan, wireguard',
    ],
    [
      'an unknown Terraform backend kind',
      [['ssh:', 'terraform:\n  backend: { kind: s4 }\nssh:']],
      't.yaml:18:20: error: terraform.backend.kind: "s4" is not a known kind; allowed: one of: local, s3; fix: did you mean "s3"?',
    ],
  ])('%s', (_what, edits, line) => {
    expect(failure(edit(...edits))).toBe(`t.yaml: 1 error(s) in the site\n${line}`);
  });
});

describe('several problems', () => {
  test('are all reported, sorted by line and column, whatever order the rules found them in', () => {
    const text = edit(
      ['name: t', 'name: t\nnmae: u'], // line 2: unknown key (schema)
      ['address: 10.0.0.21, cpu: 2,', 'address: 10.0.0.21, cpu: 0,'], // line 15: too small (schema)
      ['  host: 10.0.0.2', '  host: 10.0.0.256'], // line 6: not an address (schema)
    );
    expect(failure(text)).toBe(
      [
        't.yaml: 3 error(s) in the site',
        't.yaml:2:1: error: nmae: unknown key "nmae"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, ssh, terraform, policy, changes; fix: did you mean "name"?',
        't.yaml:6:9: error: hypervisor.host: "10.0.0.256" is not an IPv4 address; allowed: an IPv4 address; fix: write an IPv4 address here',
        't.yaml:15:69: error: nodes[1].cpu: 0 is too small; allowed: at least 1; fix: use at least 1',
      ].join('\n'),
    );
  });

  test('cross-field errors are reported together, with the warnings kept on the error but not in its message', () => {
    const text = edit(
      ['role: agent', 'role: server'], // two servers: a warning
      ['image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters', 'image: debain, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters'],
      ['address: 10.0.0.11', 'address: 10.0.1.11'],
    );
    let error: SiteError | undefined;
    try {
      loadSite(text, 't.yaml');
    } catch (e) {
      error = e as SiteError;
    }
    expect(error).toBeInstanceOf(SiteError);
    expect(error!.message).toBe(
      [
        't.yaml: 2 error(s) in the site',
        't.yaml:13:54: error: nodes[0].address: 10.0.1.11 is outside network "lan" (10.0.0.0/24); allowed: an address in 10.0.0.1-10.0.0.254; fix: pick an address in 10.0.0.0/24',
        't.yaml:14:97: error: nodes[1].image: unknown image "debain"; allowed: one of: debian; fix: did you mean "debian"?',
      ].join('\n'),
    );
    expect(error!.issues.map((i) => `${i.location} ${i.severity}`)).toEqual(['t.yaml:13:54 error', 't.yaml:14:97 error', 't.yaml:16:23 warning']);
  });

  test('at the same position: ordered by message', () => {
    // The VIP is both inside the DHCP range and on a node's address: two errors at vips[0].address,
    // found in the order "inside the DHCP range", "already used", and reported in message order.
    const text = edit(
      ['cidr: 10.0.0.0/24 }', 'cidr: 10.0.0.0/24, dhcp: { start: 10.0.0.100, end: 10.0.0.199 } }\nvips:\n  - { name: api, address: 10.0.0.150, purpose: kube-api }'],
      ['address: 10.0.0.21', 'address: 10.0.0.150'],
    );
    expect(failure(text)).toBe(
      [
        't.yaml: 3 error(s) in the site',
        't.yaml:13:27: error: vips[0].address: 10.0.0.150 is already used by node "a1" (nodes[1].address: 10.0.0.150); allowed: each address used by one owner only; fix: give VIP "api" an unused address',
        't.yaml:13:27: error: vips[0].address: VIP 10.0.0.150 is inside the DHCP range of network "lan" (10.0.0.100-10.0.0.199); allowed: an address outside every DHCP range; fix: move the VIP or shrink the DHCP range',
        't.yaml:16:53: error: nodes[1].address: static address 10.0.0.150 is inside the DHCP range of network "lan" (10.0.0.100-10.0.0.199); allowed: static addresses outside every DHCP range; fix: move the node or shrink the DHCP range',
      ].join('\n'),
    );
  });
});

describe('the result', () => {
  test('a Site, deeply frozen, and the warnings with their positions', () => {
    const { site, warnings } = loadSite(edit(['role: agent', 'role: server']), 't.yaml');
    expect(Object.isFrozen(site)).toBe(true);
    expect(Object.isFrozen(site.spec.nodes[0].disks[0])).toBe(true);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        path: ['clusters', 0, 'nodes'],
        message: 'cluster "t" has 2 k3s servers; etcd quorum tolerates no more failures than with 1',
        allowed: 'an odd number of servers (1, 3, 5)',
        fix: 'add or remove one server',
        location: 't.yaml:16:23',
      },
    ]);
  });
});
