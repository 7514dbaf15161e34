/**
 * site/load.ts, locate.ts and zod-issues.ts: schema messages (each kind of zod issue), URIs and
 * repository URLs, with their positions.
 */
import { loadSite } from '../../../site';

import { edit, failure, jsonSchemaAccepts, loads, SITE } from './harness';

describe('schema messages', () => {
  test.each<[string, [string, string][], string]>([
    [
      'an unknown key points at the key, in a block mapping',
      [['  bridge: br0', '  bridge: br0\n  brige: br1']],
      't.yaml:8:3: error: hypervisor.brige: unknown key "brige"; allowed: one of: kind, host, uri, pool, bridge, hosts; fix: did you mean "bridge"?',
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
      [['{ name: t, path: /var/lib/libvirt/images/t }', '{ name: t }']],
      't.yaml:6:9: error: hypervisor.pool.path: missing required key "path"; allowed: a string; fix: add path',
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

describe('hypervisor.uri (libvirt)', () => {
  /** The test site with `uri` set on its libvirt hypervisor (line 8, the value at column 8). */
  const withUri = (uri: string) => edit(['  bridge: br0', `  bridge: br0\n  uri: "${uri}"`]);
  const FORMS =
    'qemu:///system or qemu:///session (libvirt on the machine running Terraform), qemu+ssh://[user@]host[:port]/system with the query parameters keyfile and knownhosts, qemu+tls://host[:port]/system with pkipath, or qemu+tcp://host[:port]/system (/session instead of /system on each)';
  const SSH_QUERY = 'for qemu+ssh only the query parameters keyfile and knownhosts (paths)';
  const PLAIN_PATH = 'an absolute path or ~/path of letters, digits and . _ @ - / (no $, % or +: the provider expands environment variables and decodes escapes)';

  const ACCEPTED = [
    'qemu+ssh://root@host/system?keyfile=/root/.ssh/id',
    'qemu+ssh://admin@kvm1.example.org:2222/system?keyfile=~/.ssh/id_ed25519&knownhosts=~/.ssh/known_hosts',
    'qemu+ssh://[fd00::2]/session',
    'qemu:///system',
    'qemu:///session',
    'qemu+tls://kvm1.example.org/system?pkipath=/etc/pki/libvirt',
    'qemu+tcp://10.0.0.2:16509/system',
  ];
  test.each(ACCEPTED)('%s is accepted and kept as written', (uri) => {
    expect(loadSite(withUri(uri)).site.spec.hypervisor).toMatchObject({ kind: 'libvirt', uri });
  });

  // dmacvicar/libvirt 0.9.7 runs these programs, skips these checks, when the provider is configured (terraform plan).
  const REFUSED: [string, string, string, string][] = [
    ['qemu+unix:///system', 'uses the scheme "qemu+unix", which is not allowed: the libvirt provider (0.9.7) has no unix transport; qemu:///system is the local socket', FORMS, 'write qemu:///system'],
    ['xen+ssh://h/system', 'uses the scheme "xen+ssh", which is not allowed: sitekit runs QEMU/KVM guests only', FORMS, 'write one of the allowed forms'],
    ['qemu://10.0.0.2/system', 'names a host but no transport', FORMS, 'write qemu+ssh://[user@]host/system or qemu+tls://host/system'],
    ['qemu+ssh://root:hunter2@10.0.0.2/system', 'has a password in the URI', FORMS, 'remove the password and log in with an SSH key (keyfile=) or the SSH agent: the URI is written into the Terraform JSON'],
    ['qemu+ssh:///system', 'names no host', FORMS, 'write qemu+ssh://host/system'],
    ['qemu+ssh://h_x/system', 'has the host "h_x", which is not a host name or address', FORMS, 'write qemu+ssh://host/system'],
    ['qemu+ssh://10.0.0.2:0/system', 'has the port "0", which is not a port number', FORMS, 'write a port from 1 to 65535, or none'],
    ['qemu+tls://root@10.0.0.2/system', 'has a user name, which qemu+tls does not use', FORMS, 'remove "root@"'],
    ['qemu+ssh://r%6fot@h/system', 'has the user name "r%6fot", which is not a login name', FORMS, 'write a login name such as root'],
    ['qemu+ssh://10.0.0.2/', 'has the path "/"', FORMS, 'end the URI in /system (or /session)'],
    ['qemu+ssh://10.0.0.2/system#x', 'has a fragment (#...)', FORMS, 'remove it'],
    ['qemu+ssh://h/system?sshauth=agent', 'has the query parameter "sshauth", which is not allowed: it can forward the SSH agent or switch to password logins', SSH_QUERY, 'remove "sshauth=agent" from the query'],
    ['qemu+ssh://h/system?known_hosts_verify=ignore', 'has the query parameter "known_hosts_verify", which is not allowed: it can turn the host key check off', SSH_QUERY, 'remove "known_hosts_verify=ignore" from the query'],
    ['qemu+ssh://10.0.0.2/system?no_verify', 'has the query parameter "no_verify", which is not allowed: it turns the host key or certificate check off', SSH_QUERY, 'remove "no_verify" from the query'],
    ['qemu+ssh://10.0.0.2/system?socket=/tmp/s', 'has the query parameter "socket", which is not allowed: it points the connection at another libvirt socket', SSH_QUERY, 'remove "socket=/tmp/s" from the query'],
    ['qemu+ssh://h/system?proxy=netcat&netcat=/x', 'has the query parameter "proxy", which is not allowed: it picks the helper program run on the host', SSH_QUERY, 'remove "proxy=netcat" from the query'],
    // The provider decodes the names of query parameters: an escaped name is no known name.
    ['qemu+ssh://10.0.0.2/system?comm%61nd=/x', 'has the query parameter "comm%61nd", which is not allowed', SSH_QUERY, 'remove "comm%61nd=/x" from the query'],
    ['qemu+tcp://h/system?keyfile=/x', 'has the query parameter "keyfile", which is not allowed', 'no query parameters for qemu+tcp', 'remove "keyfile=/x" from the query'],
    ['qemu+ssh://10.0.0.2/system?keyfile=/a&keyfile=/b', 'has the query parameter "keyfile" twice', SSH_QUERY, 'keep one of the two'],
    ['qemu+ssh://10.0.0.2/system?keyfile=$HOME/.ssh/id', 'has keyfile="$HOME/.ssh/id", which is not a plain path', PLAIN_PATH, 'write keyfile=/path or keyfile=~/path'],
    ['qemu+ssh://h/system?keyfile=/a+b', 'has keyfile="/a+b", which is not a plain path', PLAIN_PATH, 'write keyfile=/path or keyfile=~/path'],
    ['qemu+ssh://h/system?knownhosts=~root/known', 'has knownhosts="~root/known", which is not a plain path', PLAIN_PATH, 'write knownhosts=/path or knownhosts=~/path'],
  ];
  test.each(REFUSED)('%s is refused', (uri, what, allowed, fix) => {
    const shown = JSON.stringify(uri.replace(':hunter2@', ':***@'));
    expect(failure(withUri(uri))).toBe(`t.yaml: 1 error(s) in the site\nt.yaml:8:8: error: hypervisor.uri: ${shown} ${what}; allowed: ${allowed}; fix: ${fix}`);
  });

  test('the password is not in the message', () => {
    expect(failure(withUri('qemu+ssh://root:hunter2@10.0.0.2/system'))).not.toContain('hunter2');
  });

  test('the JSON Schema for editors accepts and refuses the same URIs', () => {
    const uris = [...ACCEPTED, ...REFUSED.map(([uri]) => uri), 'qemu+ssh://h/system?keyfile=/a&&knownhosts=/b&', 'qemu+ssh://h/system?keyfile=/akeyfile=/b', 'qemu+ssh://h:65536/system', 'qemu+ssh://h:022/system'];
    expect(uris.filter((uri) => jsonSchemaAccepts(withUri(uri)) !== loads(withUri(uri)))).toEqual([]);
    expect(uris.filter((uri) => loads(withUri(uri)))).toEqual([...ACCEPTED, 'qemu+ssh://h/system?keyfile=/a&&knownhosts=/b&']);
  });
});

describe('clusters[].gitops.repository', () => {
  const withRepository = (url: string) => edit(['repository: "https://example.org/t.git"', `repository: "${url}"`]);
  const ALLOWED = 'https://host/path, or ssh://[user@]host[:port]/path with a login name such as git as the only user info; no password, token, query or fragment';
  const CREDENTIALS = 'Flux and Argo CD read Git credentials from a Secret (Flux: the GitRepository secretRef), never from the URL, which is committed';

  const ACCEPTED = ['https://github.com/example/t.git', 'ssh://git@github.com/example/t.git', 'ssh://git@github.com:2222/example/t.git'];
  test.each(ACCEPTED)('%s is accepted', (url) => {
    expect(loadSite(withRepository(url)).site.spec.clusters[0].gitops.repository).toBe(url);
  });

  // The URL is committed (gotk-sync.yaml, the Argo CD Application): credentials in it leak.
  const REFUSED: [string, string, string][] = [
    ['https://ghp_0123456789abcdefghijklmnopqrstuvwxyz@github.com/example/t.git', '"https://***@github.com/example/t.git" has user info (a user name or token before "@")', `remove it: ${CREDENTIALS}`],
    ['https://user@github.com/example/t.git', '"https://***@github.com/example/t.git" has user info (a user name or token before "@")', `remove it: ${CREDENTIALS}`],
    ['ssh://git:Tr0ub4dor3@github.com/example/t.git', '"ssh://git:***@github.com/example/t.git" has a password in the URL', `remove it: ${CREDENTIALS}`],
    ['ssh://0123456789abcdef0123456789abcdef01234567@github.com/example/t.git', '"ssh://***@github.com/example/t.git" has user info that is not a login name', `write the SSH login (usually git): ${CREDENTIALS}`],
    ['https://github.com/example/t.git?access_token=Tr0ub4dor3xyzzyPLUGH', '"https://github.com/example/t.git?***" has a query string', `remove it: ${CREDENTIALS}`],
    ['https://github.com/example/t.git#main', '"https://github.com/example/t.git#main" has a fragment (#...)', 'remove it; the branch is gitops.branch'],
  ];
  test.each(REFUSED)('%s is refused, without the credential in the message', (url, what, fix) => {
    const message = failure(withRepository(url));
    expect(message).toBe(`t.yaml: 1 error(s) in the site\nt.yaml:16:87: error: clusters[0].gitops.repository: ${what}; allowed: ${ALLOWED}; fix: ${fix}`);
    for (const secret of ['ghp_', 'Tr0ub4dor3', '0123456789abcdef']) expect(message).not.toContain(secret);
  });

  test('the JSON Schema for editors accepts and refuses the same URLs', () => {
    const urls = [...ACCEPTED, ...REFUSED.map(([url]) => url)];
    expect(urls.filter((url) => jsonSchemaAccepts(withRepository(url)) !== loads(withRepository(url)))).toEqual([]);
  });
});

describe('schema messages, each kind of zod issue', () => {
  const only = (text: string) => failure(text).split('\n').slice(1);
  const GITOPS = 'gitops: { repository: "https://example.org/t.git" } }';
  const LIBVIRT = 'hypervisor:\n  kind: libvirt\n  host: 10.0.0.2\n  pool: { name: t, path: /var/lib/libvirt/images/t }\n  bridge: br0';
  const S1 = 'cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\n  - { name: a1';

  test.each<[string, string, string[]]>([
    [
      'an unknown key in an optional mapping lists the keys of that mapping',
      edit([GITOPS, 'gitops: { repository: "https://example.org/t.git" }, ingress: { controller: traefik, adress: 10.0.0.50 } }']),
      ['t.yaml:16:150: error: clusters[0].ingress.adress: unknown key "adress"; allowed: one of: controller, vip, address; fix: did you mean "address"?'],
    ],
    [
      'an unknown key in a member of a discriminated union lists the keys of the member its kind names',
      edit([LIBVIRT, 'hypervisor:\n  kind: proxmox\n  host: 10.0.0.2\n  node: pve\n  datastore: local-lvm\n  bridge: vmbr0\n  pol: x']),
      ['t.yaml:9:3: error: hypervisor.pol: unknown key "pol"; allowed: one of: kind, host, node, datastore, snippets, bridge, hosts; fix: remove "pol"'],
    ],
    [
      'an unknown key in a mapping inside a member of a discriminated union lists the keys of that mapping',
      edit(['pool: { name: t, path', 'pool: { name: t, pth: x, path']),
      ['t.yaml:6:20: error: hypervisor.pool.pth: unknown key "pth"; allowed: one of: name, path; fix: did you mean "path"?'],
    ],
    [
      'an unknown key in a mapping that an alias repeats: at the key, and at the alias',
      edit(['  debian: { os: debian,', '  debian: &img { os: debian, sha: 1,'], ['\nnetworks:', '\n  other: *img\nnetworks:']),
      [
        't.yaml:9:30: error: images.debian.sha: unknown key "sha"; allowed: one of: os, url, checksum; fix: remove "sha"',
        't.yaml:10:10: error: images.other.sha: unknown key "sha"; allowed: one of: os, url, checksum; fix: remove "sha"',
      ],
    ],
    [
      'the same in a union with a default (the Terraform backend)',
      `${SITE}terraform: { backend: { kind: s3, bucket: b, region: r, foo: 1 } }\n`,
      ['t.yaml:19:57: error: terraform.backend.foo: unknown key "foo"; allowed: one of: kind, bucket, region, endpoint, keyPrefix, encrypt; fix: remove "foo"'],
    ],
    [
      'a missing discriminator lists its values',
      edit(['  kind: libvirt\n', '']),
      ['t.yaml:4:3: error: hypervisor.kind: missing required key "kind"; allowed: one of: libvirt, proxmox; fix: add kind'],
    ],
    [
      'a missing discriminator in a union inside optional mappings',
      edit([GITOPS, 'gitops: { repository: "https://example.org/t.git" }, components: { kubePrometheusStack: { version: 1.0.0 } }, monitoring: { alerts: { to: a@b.org } } }']),
      ['t.yaml:16:197: error: clusters[0].monitoring.alerts.receiver: missing required key "receiver"; allowed: one of: none, webhook, email; fix: add receiver'],
    ],
    [
      'a discriminator that is not a string gets no guess',
      edit(['  kind: libvirt\n', '  kind: 3\n']),
      ['t.yaml:4:9: error: hypervisor.kind: 3 is not a known kind; allowed: one of: libvirt, proxmox; fix: set kind to one of: libvirt, proxmox'],
    ],
    [
      'a missing key that takes one of a list of values names the key and the values (not "nothing is not allowed")',
      edit([GITOPS, 'gitops: { repository: "https://example.org/t.git" }, ingress: { vip: web } }']),
      ['t.yaml:16:127: error: clusters[0].ingress.controller: missing required key "controller"; allowed: one of: traefik, nginx; fix: add controller'],
    ],
    ['the same for a node\'s role', edit(['role: server, ', '']), ['t.yaml:13:5: error: nodes[0].role: missing required key "role"; allowed: one of: server, agent, storage, loadbalancer, database, infra, gateway, generic; fix: add role']],
    [
      'a missing key that takes one of several forms names the key and the forms',
      edit(['ssh:', 'cloudflare: { zone: example.org }\nssh:']),
      ['t.yaml:17:13: error: cloudflare.target: missing required key "target"; allowed: an IPv4 address or a DNS label; fix: add target'],
    ],
    [
      'a number where a mapping (a union of kinds) is expected: the mapping, not the string wording',
      edit([LIBVIRT, 'hypervisor: 5']),
      ['t.yaml:3:13: error: hypervisor: expected a mapping, received 5; allowed: a mapping; fix: write a mapping here'],
    ],
    [
      'a list where a mapping (a union of kinds) is expected: no kind to pick a member by',
      edit([LIBVIRT, 'hypervisor: [libvirt]']),
      ['t.yaml:3:13: error: hypervisor: expected a mapping, received a list of 1; allowed: a mapping; fix: write a mapping here'],
    ],
    ['a list where a string is expected: the type, not the quotes', edit(['  bridge: br0', '  bridge: [br0]']), ['t.yaml:7:11: error: hypervisor.bridge: expected a string, received a list of 1; allowed: a string; fix: write a string here']],
    [
      'a key of a map of names that is not a DNS label points at the key',
      edit(['  debian: {', '  Debian_1: {']),
      ['t.yaml:9:3: error: images.Debian_1: the key "Debian_1" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: did you mean "debian-1"?'],
    ],
    ['a number where a string is expected', edit(['name: t\n', 'name: 12\n']), ['t.yaml:1:7: error: name: expected a string, received the number 12; allowed: a string; fix: put the value in quotes']],
    ['a boolean where a string is expected', edit(['name: t\n', 'name: true\n']), ['t.yaml:1:7: error: name: expected a string, received the boolean true; allowed: a string; fix: put the value in quotes']],
    ['a string where an integer is expected', edit([S1, S1.replace('cpu: 2', 'cpu: two')]), ['t.yaml:13:70: error: nodes[0].cpu: expected an integer, received "two"; allowed: an integer; fix: write an integer here']],
    ['a missing integer', edit([S1, S1.replace('cpu: 2, ', '')]), ['t.yaml:13:5: error: nodes[0].cpu: missing required key "cpu"; allowed: an integer; fix: add cpu']],
    ['a list where a map of names is expected', edit(['images:\n  debian: { os: debian, url: "https://example.org/debian.qcow2" }', 'images: [a]']), ['t.yaml:8:9: error: images: expected a mapping, received a list of 1; allowed: a mapping; fix: write a mapping here']],
    ['an empty list where one item is needed', edit([S1, S1.replace('disks: [{ name: os, sizeGiB: 20, purpose: os }]', 'disks: []')]), ['t.yaml:13:112: error: nodes[0].disks: a list of 0 is too small; allowed: at least 1 item(s); fix: use at least 1 item(s)']],
    [
      'a list that is too long',
      SITE.replace('nodes:', `vips: [${Array.from({ length: 206 }, (_, i) => `{ name: v${i}, address: 10.0.0.${i + 1}, purpose: ingress }`).join(', ')}]\nnodes:`),
      ['t.yaml:12:7: error: vips: a list of 206 is too big; allowed: at most 205 item(s); fix: use at most 205 item(s)'],
    ],
    [
      'a value that matches none of the forms of a plain union',
      edit(['ssh:', 'cloudflare: { zone: example.org, target: 1.2.3 }\nssh:']),
      ['t.yaml:17:42: error: cloudflare.target: "1.2.3" matches none of the allowed forms; allowed: an IPv4 address or a DNS label; fix: write an IPv4 address or a DNS label here'],
    ],
    [
      'a number where a union of string forms is expected: the forms, not the type error of a branch',
      edit(['ssh:', 'cloudflare: { zone: example.org, target: 12 }\nssh:']),
      ['t.yaml:17:42: error: cloudflare.target: 12 matches none of the allowed forms; allowed: an IPv4 address or a DNS label; fix: write an IPv4 address or a DNS label here'],
    ],
  ])('%s', (_what, text, lines) => {
    expect(only(text)).toEqual(lines);
  });

  test.each<[string, string]>([
    ['Worker_1', 'did you mean "worker-1"?'],
    ['-a-', 'did you mean "a"?'],
    ['A--', 'did you mean "a"?'],
    ['a_-b', 'did you mean "a--b"?'],
    ['a__b', 'did you mean "a-b"?'],
    ['--a', 'did you mean "a"?'],
    ['__', 'write a DNS label here'],
    [`x${'-'.repeat(70)}y`, 'did you mean "x"?'],
    [`${'a'.repeat(62)}-b`, `did you mean "${'a'.repeat(62)}"?`],
  ])('a name that is not a DNS label: %s', (name, fix) => {
    expect(only(edit(['name: t\n', `name: "${name}"\n`]))).toEqual([
      `t.yaml:1:7: error: name: "${name}" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: ${fix}`,
    ]);
  });
});
