/**
 * site/load.ts: YAML text → validated, frozen Site, with `file:line:column` on every problem.
 * The rules themselves are covered one fixture each in validate.test.ts; this file covers the
 * loader: valid sites, defaults, file handling, YAML edge cases, positions and ordering.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Document, Pair, parse, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { ip, loadSite, loadSiteFile, Site, SiteError, siteJsonSchema } from '../../site';
import { MAX_LISTED_ERRORS } from '../../site/errors';
import { duplicateKey, MAX_SCALAR_CHARS, MAX_SITE_BYTES } from '../../site/load';

const ROOT = path.join(__dirname, '..', '..');
const VALID = path.join(__dirname, '..', 'fixtures', 'valid');
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

/** Whether `text` loads. */
function loads(text: string): boolean {
  try {
    loadSite(text);
    return true;
  } catch (e) {
    if (e instanceof SiteError) return false;
    throw e;
  }
}

/** Whether the site JSON Schema (site.schema.json, for editors) accepts `text`. */
const jsonSchemaAccepts = (() => {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  ajv.addFormat('cidrv4', { type: 'string', validate: (s: string) => ip.isCidrSyntax(s) });
  const validate = ajv.compile(siteJsonSchema());
  return (text: string) => validate(parse(text)) as boolean;
})();

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
  // Loaded in each test, not when the describe is read: a mutation tester counts coverage per test.
  let site: Site;
  let cluster: Site['spec']['clusters'][number];
  beforeEach(() => {
    site = loadSiteFile(path.join(VALID, 'defaults.yaml')).site;
    cluster = site.spec.clusters[0];
  });

  test('cluster defaults: pod and service CIDRs, no pools, no components, Flux on main with flux-system/ written by the synth, the tree at clusters/ of its repository', () => {
    expect(cluster.podCidr).toBe('10.42.0.0/16');
    expect(cluster.serviceCidr).toBe('10.43.0.0/16');
    expect(cluster.pools).toEqual([]);
    expect(cluster.components).toEqual({});
    expect(cluster.gitops).toEqual({ engine: 'flux', repository: 'https://github.com/example/plain.git', branch: 'main', path: 'clusters', bootstrap: 'tree' });
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
    const file = path.join(__dirname, '..', 'fixtures', 'invalid', 'unknown-image.yaml');
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

  const notRegular = (file: string, kind: string) =>
    `${file}: 1 error(s) in the site\nerror: (root): cannot read the site file: ${file} is ${kind}, not a regular file; allowed: a regular file; fix: pass the site YAML file with --site <file> (save piped input to a file first)`;

  test('a directory', () => {
    expect(() => loadSiteFile(VALID)).toThrow(notRegular(VALID, 'a directory'));
  });

  // Read until memory ran out before (std::bad_alloc, the process aborted).
  test('a character device such as /dev/zero is refused before it is read', () => {
    expect(() => loadSiteFile('/dev/zero')).toThrow(notRegular('/dev/zero', 'a character device'));
  });

  describe('in a temporary directory', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-load-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    // Opening a FIFO for reading waits for a writer: the load would hang.
    test('a FIFO is refused without waiting for a writer', () => {
      const fifo = path.join(dir, 'site.fifo');
      execFileSync('mkfifo', [fifo]);
      expect(() => loadSiteFile(fifo)).toThrow(notRegular(fifo, 'a FIFO (named pipe)'));
    });

    test('a symbolic link to a site file is read', () => {
      const link = path.join(dir, 'link.yaml');
      fs.symlinkSync(path.join(VALID, 'minimal-libvirt.yaml'), link);
      expect(loadSiteFile(link).site.nodes.length).toBe(1);
    });

    test(`a file over ${MAX_SITE_BYTES} bytes is refused before it is parsed; one of exactly that size is parsed`, () => {
      const big = path.join(dir, 'big.yaml');
      // Comments only: at the limit, the file loads as an empty site.
      const text = `${'#'.repeat(1023)}\n`.repeat(MAX_SITE_BYTES / 1024);
      fs.writeFileSync(big, text);
      expect(() => loadSiteFile(big)).toThrow(`${big}: 1 error(s) in the site\n${big}:1:1: error: (root): the site is empty;`);
      fs.appendFileSync(big, '#');
      expect(() => loadSiteFile(big)).toThrow(
        `${big}: 1 error(s) in the site\nerror: (root): the site file is ${MAX_SITE_BYTES + 1} bytes, over the limit of 1048576 bytes (1 MiB); allowed: a site file of at most 1048576 bytes; fix: check that --site names the site YAML file`,
      );
    });
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

  test(`a value longer than ${MAX_SCALAR_CHARS} characters is refused, naming it and its position; one of exactly that length is read`, () => {
    const FIX = 'fix: shorten it, or check the quotes and the indentation before it: a quote left open runs on to the next one';
    expect(failure(edit(['  bridge: br0', `  bridge: ${'b'.repeat(MAX_SCALAR_CHARS)}`]))).toMatch(/\nt\.yaml:7:11: error: hypervisor\.bridge: "b{77}\.\.\." is not a Linux interface name;/);
    // Quotes count: this one is 2 characters over.
    expect(failure(edit(['  bridge: br0', `  bridge: "${'b'.repeat(MAX_SCALAR_CHARS)}"`]))).toBe(`t.yaml: 1 error(s) in the site\nt.yaml:7:11: error: hypervisor.bridge: a value 65538 characters long; allowed: at most 65536 characters; ${FIX}`);
    expect(failure(edit(['disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters', `disks: [{ name: os, sizeGiB: 20, purpose: '${'o'.repeat(70000)}' }] }\nclusters`]))).toBe(
      `t.yaml: 1 error(s) in the site\nt.yaml:14:146: error: nodes[1].disks[0].purpose: a value 70002 characters long; allowed: at most 65536 characters; ${FIX}`,
    );
    // A key (explicit: an implicit one is a syntax error past 1024 characters): the mapping holding it is named.
    expect(failure(edit(['  bridge: br0', `  bridge: br0\n  ? ${'k'.repeat(70000)}\n  : x`]))).toBe(`t.yaml: 1 error(s) in the site\nt.yaml:8:5: error: hypervisor: a key 70000 characters long; allowed: at most 65536 characters; ${FIX}`);
  });

  describe('duplicate keys', () => {
    test.each<[string, string, string]>([
      ['a number and a string that load as one key', `${SITE}1: a\n"1": b\n`, 't.yaml:20:1: error: (root): invalid YAML: key "1" appears twice in this mapping; fix: keep one of the two'],
      ['a duplicate before a syntax error is the one reported', edit(['name: t\n', 'name: t\nname: u\n'], ['  bridge: br0', '  bridge: [br0']), 't.yaml:2:1: error: (root): invalid YAML: key "name" appears twice in this mapping; fix: keep one of the two'],
      ['a syntax error before a duplicate is the one reported', edit(['name: t\n', 'name: [t\n'], ['  bridge: br0', '  bridge: br0\n  bridge: br1']), 't.yaml:2:1: error: (root): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix: fix the YAML syntax at this position'],
      ['the first in the text, not the first mapping walked', edit(['  bridge: br0', '  bridge: br0\n  bridge: br1'], ['ssh:', 'ssh:\n  authorizedKeys: []']), 't.yaml:8:3: error: (root): invalid YAML: key "bridge" appears twice in this mapping; fix: keep one of the two'],
      ['in a mapping in a list in a mapping in a list', edit(['cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\n  - { name: a1', 'cpu: 2, memoryMiB: 2048, image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os, sizeGiB: 30 }] }\n  - { name: a1']), 't.yaml:13:151: error: (root): invalid YAML: key "sizeGiB" appears twice in this mapping; fix: keep one of the two'],
      // YAML 1.2 has no merge keys: "<<" is a key like any other, and no key of a site.
      ['"<<" twice', `${SITE}x: &x { a: 1 }\ny: { <<: *x, <<: *x }\n`, 't.yaml:20:14: error: (root): invalid YAML: key "<<" appears twice in this mapping; fix: keep one of the two'],
    ])('%s', (_what, text, line) => {
      expect(failure(text)).toBe(`t.yaml: 1 error(s) in the site\n${line}`);
    });

    test('"<<" is an unknown key in a YAML 1.2 site', () => {
      const text = edit(['  - { name: lan, kind: bridge, cidr: 10.0.0.0/24 }', '  - &lan { name: lan, kind: bridge, cidr: 10.0.0.0/24 }\n  - { <<: *lan, name: lan2 }']);
      expect(failure(text)).toMatch(/\nt\.yaml:12:7: error: networks\[1\]\["<<"\]: unknown key "<<";/);
    });

    // A YAML 1.1 document (`%YAML 1.1`) has merge keys: the keys merged in do not count as duplicates.
    test('merge keys of a YAML 1.1 document are not duplicates, and own keys override merged ones', () => {
      const text = `%YAML 1.1\n---\n${SITE.replace('  debian: { os: debian, url: "https://example.org/debian.qcow2" }', '  debian: &img { os: debian, url: "https://example.org/debian.qcow2" }\n  other: { <<: *img, <<: *img, url: "https://example.org/other.qcow2" }')}`;
      expect(loadSite(text).site.spec.images).toEqual({ debian: { os: 'debian', url: 'https://example.org/debian.qcow2' }, other: { os: 'debian', url: 'https://example.org/other.qcow2' } });
    });

    // yaml's own check (uniqueKeys) compares each key with every earlier one: 200 000 keys took minutes.
    test('finding them is linear: a mapping of 200 000 keys is checked, and its one duplicate found', () => {
      const doc = new Document();
      const map = new YAMLMap();
      for (let i = 0; i < 200_000; i++) {
        const key = new Scalar(`key${i}`);
        key.range = [i, i + 1, i + 1];
        map.items.push(new Pair(key, new Scalar(i)));
      }
      doc.contents = map;
      expect(duplicateKey(doc)).toBeUndefined();
      const again = new Scalar('key7');
      again.range = [200_000, 200_001, 200_001];
      map.items.push(new Pair(again, new Scalar(0)));
      expect(duplicateKey(doc)).toEqual({ key: 'key7', written: 'key7', offset: 200_000 });
    });

    test('a list of 200 000 mappings is walked, and the duplicate in its last one found', () => {
      const doc = new Document();
      const list = new YAMLSeq();
      for (let i = 0; i < 200_000; i++) {
        const map = new YAMLMap();
        for (const name of i === 199_999 ? ['a', 'b', 'a'] : ['a', 'b']) {
          const key = new Scalar(name);
          key.range = [i * 3 + map.items.length, 0, 0];
          map.items.push(new Pair(key, new Scalar(i)));
        }
        list.items.push(map);
      }
      doc.contents = list;
      expect(duplicateKey(doc)).toEqual({ key: 'a', written: 'a', offset: 199_999 * 3 + 2 });
    });
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

describe('the rules of an app (LoadOptions.rules)', () => {
  const issue = (severity: 'error' | 'warning', path: (string | number)[], message: string) => ({ severity, path, message, allowed: 'what the app needs', fix: 'give it that' });

  test('run after the site passed its own rules, on the Site; an error fails the load, located and sorted with the site\'s own warnings', () => {
    const seen: string[] = [];
    const rules = [
      (s: Site) => {
        seen.push(s.spec.name);
        return [issue('error', ['nodes', 1, 'cpu'], 'the app needs 4 CPUs on a1')];
      },
      () => [issue('warning', ['clusters', 0, 'name'], 'the app prefers another name')],
    ];
    let error: SiteError | undefined;
    try {
      loadSite(edit(['role: agent', 'role: server']), 't.yaml', { rules });
    } catch (e) {
      error = e as SiteError;
    }
    expect(seen).toEqual(['t']);
    expect(error).toBeInstanceOf(SiteError);
    expect(error!.message).toBe(['t.yaml: 1 error(s) in the site', 't.yaml:14:70: error: nodes[1].cpu: the app needs 4 CPUs on a1; allowed: what the app needs; fix: give it that'].join('\n'));
    expect(error!.issues.map((i) => `${i.location} ${i.severity}: ${i.message}`)).toEqual([
      't.yaml:14:70 error: the app needs 4 CPUs on a1',
      't.yaml:16:13 warning: the app prefers another name',
      't.yaml:16:23 warning: cluster "t" has 2 k3s servers; etcd quorum tolerates no more failures than with 1',
    ]);
  });

  test('their warnings are returned with the site\'s own; a site with an error of its own never reaches them', () => {
    const rules = [() => [issue('warning', ['clusters', 0, 'name'], 'the app prefers another name')]];
    expect(loadSite(SITE, 't.yaml', { rules }).warnings.map((i) => `${i.location} ${i.severity}: ${i.message}`)).toEqual(['t.yaml:16:13 warning: the app prefers another name']);
    const never = () => {
      throw new Error('a rule ran on a site with an error');
    };
    expect(() => loadSite(edit(['image: debian, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters', 'image: debain, disks: [{ name: os, sizeGiB: 20, purpose: os }] }\nclusters']), 't.yaml', { rules: [never] })).toThrow(
      't.yaml:14:96: error: nodes[1].image: unknown image "debain"',
    );
  });
});

describe('nesting', () => {
  const nested = (depth: number) => `name: t\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  /** The most flow lists inside the top mapping that pass: the parser's stack also holds the document and that mapping. */
  const DEEPEST = 98;

  test('collections nested deeper than the limit are refused at the first level too many, before the parser recurses', () => {
    expect(failure(nested(DEEPEST + 1))).toBe(
      [
        't.yaml: 1 error(s) in the site',
        `t.yaml:2:${5 + DEEPEST}: error: (root): invalid YAML: collections nested more than 100 levels deep; allowed: at most 100 levels of nested lists and mappings (a site has fewer than 10); fix: check the brackets and the indentation here`,
      ].join('\n'),
    );
    expect(failure(nested(5000)).split('\n')[1]).toBe(`t.yaml:2:${5 + DEEPEST}: error: (root): invalid YAML: collections nested more than 100 levels deep; allowed: at most 100 levels of nested lists and mappings (a site has fewer than 10); fix: check the brackets and the indentation here`);
  });

  test('the deepest nesting allowed passes the guard (and fails the schema instead)', () => {
    expect(failure(nested(DEEPEST)).split('\n')[1]).toMatch(/^t\.yaml:1:1: error: \w+: missing required key/);
  });
});

describe('many problems', () => {
  test(`the message lists the first ${MAX_LISTED_ERRORS} errors and counts the others; the error keeps them all`, () => {
    const extra = Array.from({ length: MAX_LISTED_ERRORS + 50 }, (_, i) => `x${i}: 1`).join('\n');
    let error: SiteError | undefined;
    try {
      loadSite(`${SITE}${extra}\n`, 't.yaml');
    } catch (e) {
      error = e as SiteError;
    }
    const lines = error!.message.split('\n');
    expect(lines[0]).toBe('t.yaml: 150 error(s) in the site');
    expect(lines[1]).toBe('t.yaml:19:1: error: x0: unknown key "x0"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, ssh, terraform, policy, changes; fix: remove "x0"');
    expect(lines[MAX_LISTED_ERRORS]).toMatch(/^t\.yaml:118:1: error: x99: unknown key "x99";/);
    expect(lines.slice(MAX_LISTED_ERRORS + 1)).toEqual(['... and 50 more error(s)']);
    expect(error!.issues.length).toBe(150);
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

/** The module object load.ts reads `fs` through (the test's own `import * as fs` is a read-only view of it). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: typeof fs = require('fs');

describe('reading the file', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitekit-read-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  const notRegular = (file: string, kind: string) =>
    `${file}: 1 error(s) in the site\nerror: (root): cannot read the site file: ${file} is ${kind}, not a regular file; allowed: a regular file; fix: pass the site YAML file with --site <file> (save piped input to a file first)`;
  /** Stats of a file of one kind only (`isFile` etc. all false but that one). */
  const statsOf = (kind?: 'isSocket' | 'isBlockDevice' | 'isCharacterDevice' | 'isFIFO' | 'isDirectory') => {
    const no = () => false;
    const st = { isFile: no, isDirectory: no, isFIFO: no, isSocket: no, isCharacterDevice: no, isBlockDevice: no, size: 0 };
    return (kind ? { ...st, [kind]: () => true } : st) as unknown as fs.Stats;
  };

  test.each<[string, Parameters<typeof statsOf>[0], string]>([
    ['a socket', 'isSocket', 'a socket'],
    ['a block device', 'isBlockDevice', 'a block device'],
    ['a character device', 'isCharacterDevice', 'a character device'],
    ['a file of no known kind', undefined, 'an unknown kind of file'],
  ])('%s is refused by its kind, and never opened', (_what, kind, shown) => {
    const file = path.join(dir, 'special');
    jest.spyOn(nodeFs, 'statSync').mockReturnValue(statsOf(kind));
    const open = jest.spyOn(nodeFs, 'openSync');
    expect(() => loadSiteFile(file)).toThrow(notRegular(file, shown));
    expect(open).not.toHaveBeenCalled();
  });

  test('a FIFO is refused without being opened', () => {
    const fifo = path.join(dir, 'site.fifo');
    execFileSync('mkfifo', [fifo]);
    const open = jest.spyOn(nodeFs, 'openSync');
    expect(() => loadSiteFile(fifo)).toThrow(notRegular(fifo, 'a FIFO (named pipe)'));
    expect(open).not.toHaveBeenCalled();
  });

  // What stat saw may have changed by the open: the open does not wait, and the opened file is checked again.
  test('a path that became a FIFO after the stat is opened without waiting and refused', () => {
    const fifo = path.join(dir, 'late.fifo');
    execFileSync('mkfifo', [fifo]);
    jest.spyOn(nodeFs, 'statSync').mockReturnValue(fs.statSync(path.join(VALID, 'minimal-libvirt.yaml')));
    const open = jest.spyOn(nodeFs, 'openSync');
    expect(() => loadSiteFile(fifo)).toThrow(notRegular(fifo, 'a FIFO (named pipe)'));
    expect(open).toHaveBeenCalledWith(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  });

  test('a path that became a directory after the stat is refused, and the descriptor closed', () => {
    jest.spyOn(nodeFs, 'statSync').mockReturnValue(fs.statSync(path.join(VALID, 'minimal-libvirt.yaml')));
    const close = jest.spyOn(nodeFs, 'closeSync');
    expect(() => loadSiteFile(VALID)).toThrow(notRegular(VALID, 'a directory'));
    expect(close).toHaveBeenCalledTimes(1);
  });

  test(`a file that reports a size within the limit (as /proc files report 0) is read to at most ${MAX_SITE_BYTES} bytes`, () => {
    const big = path.join(dir, 'growing.yaml');
    fs.writeFileSync(big, `${'#'.repeat(1023)}\n`.repeat(MAX_SITE_BYTES / 1024));
    const real = fs.statSync(big);
    jest.spyOn(nodeFs, 'statSync').mockReturnValue({ ...real, isFile: () => true, size: 0 } as fs.Stats);
    // Exactly at the limit: all of it is read (its last line is a key, not a comment).
    fs.writeFileSync(big, `${'#'.repeat(1023)}\n`.repeat(MAX_SITE_BYTES / 1024 - 1) + `${'#'.repeat(1016)}\nname: t`);
    expect(() => loadSiteFile(big)).toThrow(`${big}: 7 error(s) in the site\n${big}:1025:1: error: clusters: missing required key "clusters"`);
    fs.appendFileSync(big, '\n');
    expect(() => loadSiteFile(big)).toThrow(
      `${big}: 1 error(s) in the site\nerror: (root): the site file is more than ${MAX_SITE_BYTES} bytes, over the limit of 1048576 bytes (1 MiB); allowed: a site file of at most 1048576 bytes; fix: check that --site names the site YAML file`,
    );
  });

  test('an error while reading is a site error naming its code, and the descriptor is closed', () => {
    const file = path.join(VALID, 'minimal-libvirt.yaml');
    jest.spyOn(nodeFs, 'readSync').mockImplementation(() => {
      throw Object.assign(new Error('i/o error'), { code: 'EIO' });
    });
    const close = jest.spyOn(nodeFs, 'closeSync');
    expect(() => loadSiteFile(file)).toThrow(`${file}: 1 error(s) in the site\nerror: (root): cannot read the site file (EIO); fix: pass an existing file with --site <file>`);
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('YAML details', () => {
  const only = (text: string) => failure(text).split('\n').slice(1);

  test('strict parsing: a multi-line implicit key in a flow list is a syntax error', () => {
    expect(only(edit(['nodes: [s1, a1]', 'nodes: [s1\n      a1: x]']))).toEqual(['t.yaml:16:24: error: (root): invalid YAML: Implicit keys of flow sequence pairs need to be on a single line; fix: fix the YAML syntax at this position']);
  });

  test.each<[string, string, string]>([
    ['double-quoted with a space', '"my key"', '"my key"'],
    ['double-quoted with an escaped quote', '"a\\"b"', '"a\\"b"'],
    ['single-quoted with a space', "'my key'", '"my key"'],
    ['single-quoted with a doubled quote', "'a''b'", '"a\'b"'],
    ['plain with a space', 'my key', '"my key"'],
    ['plain, loaded as another value (a boolean)', 'True', '"True"'],
    ['plain, ending in a double quote', 'a"', '"a\\""'],
    ['plain, ending in a single quote', "a'", '"a\'"'],
    ['plain, starting with a colon', ':x', '":x"'],
  ])('a duplicate key is named as written, quoted and escaped like any value: %s', (_what, key, shown) => {
    expect(only(edit(['name: t\n', `name: t\n${key}: 1\n${key}: 2\n`]))).toEqual([`t.yaml:3:1: error: (root): invalid YAML: key ${shown} appears twice in this mapping; fix: keep one of the two`]);
  });

  test('a null key and an empty one load as one key', () => {
    expect(only(edit(['name: t\n', 'name: t\n~: 1\n"": 2\n']))).toEqual(['t.yaml:3:1: error: (root): invalid YAML: key "" appears twice in this mapping; fix: keep one of the two']);
  });

  test('a duplicate in a mapping used as a key is found before one in its value, which comes later in the text', () => {
    expect(only('? { y: 1, y: 2 }\n: { x: 1, x: 2 }\n')).toEqual(['t.yaml:1:11: error: (root): invalid YAML: key "y" appears twice in this mapping; fix: keep one of the two']);
  });

  describe('several long scalars: the first in the text is named', () => {
    const FIX = 'allowed: at most 65536 characters; fix: shorten it, or check the quotes and the indentation before it: a quote left open runs on to the next one';
    test('two keys of one mapping', () => {
      expect(only(`${SITE}? ${'k'.repeat(70000)}\n: 1\n? ${'j'.repeat(70001)}\n: 2\n`)).toEqual([`t.yaml:19:3: error: (root): a key 70000 characters long; ${FIX}`]);
    });
    test('two values of one mapping', () => {
      expect(only(`${SITE}x: ${'v'.repeat(70000)}\ny: ${'w'.repeat(70001)}\n`)).toEqual([`t.yaml:19:4: error: x: a value 70000 characters long; ${FIX}`]);
    });
    test('a value under a key that is a list names the mapping', () => {
      expect(only(`${SITE}? [a]\n: ${'v'.repeat(70000)}\n`)).toEqual([`t.yaml:20:3: error: (root): a value 70000 characters long; ${FIX}`]);
    });
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
      ['t.yaml:9:3: error: hypervisor.pol: unknown key "pol"; allowed: one of: kind, host, node, datastore, snippets, bridge; fix: remove "pol"'],
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
    ['__', 'write a DNS label here'],
    [`x${'-'.repeat(70)}y`, 'did you mean "x"?'],
    [`${'a'.repeat(62)}-b`, `did you mean "${'a'.repeat(62)}"?`],
  ])('a name that is not a DNS label: %s', (name, fix) => {
    expect(only(edit(['name: t\n', `name: "${name}"\n`]))).toEqual([
      `t.yaml:1:7: error: name: "${name}" is not a DNS label; allowed: a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters; fix: ${fix}`,
    ]);
  });
});
