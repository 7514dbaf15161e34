/**
 * site/load.ts and yaml-checks.ts: YAML edge cases (duplicate keys, anchors, nesting depth, long
 * scalars) with their positions.
 */
import { Document, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { loadSite } from '../../../site';
import { duplicateKey, MAX_SCALAR_CHARS } from '../../../site/load';
import { parseYamlDocument } from '../../../site/yaml-checks';

import { edit, failure, SITE } from './harness';

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
      // yaml reports an implicit key over 1024 characters at the key: the duplicate and the syntax error start at one offset.
      [
        'a duplicate that is itself a syntax error: the syntax error is reported',
        `${SITE}? ${'k'.repeat(1025)}\n: 1\n${'k'.repeat(1025)}: 2\n`,
        't.yaml:21:1: error: (root): invalid YAML: The : indicator must be at most 1024 chars after the start of an implicit block mapping key; fix: fix the YAML syntax at this position',
      ],
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

    // What a merge key brings in has no key of its own in the mapping: the mapping that merges it is named.
    test.each<[string, string, string]>([
      [
        'an unknown key merged into a mapping points at that mapping',
        SITE.replace('\nnetworks:', '\n  other: { <<: { os: debian, url: "https://example.org/o.qcow2", sha: 1 } }\nnetworks:'),
        't.yaml:12:10: error: images.other.sha: unknown key "sha"; allowed: one of: os, url, checksum; fix: remove "sha"',
      ],
      [
        'an unknown key inside a mapping merged in points at the mapping that merges it, not at its key of the same name',
        SITE.replace('  pool: { name: t, path: /var/lib/libvirt/images/t }', '  <<: { pool: { name: t, path: /var/lib/libvirt/images/t, bridge: br1 } }'),
        't.yaml:6:3: error: hypervisor.pool.bridge: unknown key "bridge"; allowed: one of: name, path; fix: remove "bridge"',
      ],
    ])('%s', (_what, text, line) => {
      expect(failure(`%YAML 1.1\n---\n${text}`)).toBe(`t.yaml: 1 error(s) in the site\n${line}`);
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

  test("the one-pass parse reads a text as yaml's parseDocument does: the value, the errors (code, position, message) and the lines counted", () => {
    const options = { prettyErrors: false, uniqueKeys: false, strict: true };
    const texts = [SITE, `${SITE}---\nname: u\n---\nname: v\n`, 'name: [t\n', '%YAML 1.3\n---\na: 1\n'];
    const errors = (doc: Document.Parsed) => [...doc.errors, ...doc.warnings].map((e) => [e.code, e.pos, e.message]);
    for (const text of texts) {
      const lines = new LineCounter();
      const theirLines = new LineCounter();
      const theirs = parseDocument(text, { ...options, lineCounter: theirLines });
      const ours = parseYamlDocument(text, lines, options);
      expect('doc' in ours && [ours.doc.toJS(), errors(ours.doc), lines.lineStarts]).toEqual([theirs.toJS(), errors(theirs), theirLines.lineStarts]);
    }
    expect(errors(parseDocument(texts[1])).map(([code]) => code)).toEqual(['MULTIPLE_DOCS']);
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
      't.yaml: 1 error(s) in the site\nt.yaml:17:1: error: ["x-unused"]: unknown key "x-unused"; allowed: one of: name, domain, hypervisor, images, networks, vips, nodes, clusters, cloudflare, maintenance, ssh, terraform, policy, changes; fix: remove "x-unused"',
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
