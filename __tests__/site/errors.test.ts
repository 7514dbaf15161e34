/**
 * site/errors.ts: paths, issue rendering, "did you mean" and the edit distance behind it.
 */
import { didYouMean, distance, formatIssue, formatPath, show, SiteError, type PathSegment, type SiteIssue } from '../../site';

describe('formatPath', () => {
  test.each<[PathSegment[], string]>([
    [[], '(root)'],
    [['name'], 'name'],
    [['nodes', 3, 'address'], 'nodes[3].address'],
    [['nodes', 0], 'nodes[0]'],
    [[0], '[0]'],
    [[0, 'name'], '[0].name'],
    [['clusters', 1, 'pools', 0, 'addresses', 2], 'clusters[1].pools[0].addresses[2]'],
    [['images', 'debian', 'url'], 'images.debian.url'],
    [['$schema'], '$schema'],
    [['_private', 'x1'], '_private.x1'],
    // Keys that are not identifiers are quoted, as in JavaScript.
    [['images', 'my-image', 'url'], 'images["my-image"].url'],
    [['my key'], '["my key"]'],
    [['1abc'], '["1abc"]'],
    [['a', ''], 'a[""]'],
    [['a', 'say "hi"'], 'a["say \\"hi\\""]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('show', () => {
  test.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    ['two', '"two"'],
    ['', '""'],
    ['a "quoted" word', '"a \\"quoted\\" word"'],
    [42, '42'],
    [2.5, '2.5'],
    [true, 'true'],
    [false, 'false'],
    [[], 'a list of 0'],
    [[1, 2, 3], 'a list of 3'],
    [{}, 'a mapping'],
    [{ a: 1 }, 'a mapping'],
  ])('%j → %s', (value, expected) => {
    expect(show(value)).toBe(expected);
  });

  test('long strings are cut to 77 characters and "..."', () => {
    expect(show('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(show('x'.repeat(81))).toBe(`"${'x'.repeat(77)}..."`);
  });
});

describe('formatIssue', () => {
  const issue: SiteIssue = {
    severity: 'error',
    path: ['nodes', 3, 'address'],
    message: '10.0.0.1 is outside network "lan" (192.168.0.0/24)',
    allowed: 'an address in 192.168.0.1-192.168.0.254',
    fix: 'pick an address in 192.168.0.0/24',
    location: 'site.yaml:12:14',
  };

  test('location, severity, path, message, allowed and fix', () => {
    expect(formatIssue(issue)).toBe(
      'site.yaml:12:14: error: nodes[3].address: 10.0.0.1 is outside network "lan" (192.168.0.0/24); allowed: an address in 192.168.0.1-192.168.0.254; fix: pick an address in 192.168.0.0/24',
    );
  });

  test('without a location', () => {
    expect(formatIssue({ ...issue, location: undefined })).toBe(
      'error: nodes[3].address: 10.0.0.1 is outside network "lan" (192.168.0.0/24); allowed: an address in 192.168.0.1-192.168.0.254; fix: pick an address in 192.168.0.0/24',
    );
  });

  test('without allowed or fix', () => {
    expect(formatIssue({ severity: 'warning', path: [], message: 'something', location: 'a.yaml:1:1' })).toBe('a.yaml:1:1: warning: (root): something');
    expect(formatIssue({ severity: 'error', path: ['x'], message: 'm', fix: 'f' })).toBe('error: x: m; fix: f');
    expect(formatIssue({ severity: 'error', path: ['x'], message: 'm', allowed: 'a' })).toBe('error: x: m; allowed: a');
  });

  test('empty allowed or fix are left out', () => {
    expect(formatIssue({ severity: 'error', path: ['x'], message: 'm', allowed: '', fix: '' })).toBe('error: x: m');
  });
});

describe('SiteError', () => {
  const issues: SiteIssue[] = [
    { severity: 'error', path: ['name'], message: 'first', location: 's.yaml:1:7' },
    { severity: 'warning', path: ['clusters', 0, 'nodes'], message: 'a warning', location: 's.yaml:3:3' },
    { severity: 'error', path: ['domain'], message: 'second', fix: 'do this', location: 's.yaml:2:9' },
  ];

  test('its message counts and lists the errors, one per line, and leaves warnings out', () => {
    const e = new SiteError('s.yaml', issues);
    expect(e.message).toBe('s.yaml: 2 error(s) in the site\ns.yaml:1:7: error: name: first\ns.yaml:2:9: error: domain: second; fix: do this');
  });

  test('keeps every issue, is an Error named SiteError and is marked as the user\'s to fix', () => {
    const e = new SiteError('s.yaml', issues);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('SiteError');
    expect(e.userError).toBe(true);
    expect(e.file).toBe('s.yaml');
    expect(e.issues).toEqual(issues);
  });
});

describe('distance (Levenshtein)', () => {
  test.each<[string, string, number]>([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['gatway', 'gateway', 1], // insertion
    ['gateway', 'gatway', 1], // deletion
    ['agent', 'agant', 1], // substitution
    ['lan', 'lna', 2], // a transposition is two edits
    ['debian', 'debain', 2],
    ['Server', 'server', 1], // case-sensitive
    ['abc', 'xyz', 3],
    ['intention', 'execution', 5],
  ])('distance(%j, %j) = %d', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
    expect(distance(b, a)).toBe(d);
  });
});

describe('didYouMean', () => {
  const keys = ['name', 'cidr', 'kind', 'vlan', 'bridge', 'gateway', 'dns', 'dhcp'];
  test.each<[string, readonly string[], string | undefined]>([
    ['gatway', keys, 'gateway'],
    ['gateway', keys, 'gateway'],
    ['GATEWAY', keys, 'gateway'], // case-insensitive, returns the candidate as written
    ['Gatway', keys, 'gateway'],
    ['briddge', keys, 'bridge'],
    ['cdir', keys, 'cidr'], // 2 edits: allowed for any word
    ['lna', ['lan', 'tunnel'], 'lan'],
    ['agnet', ['server', 'agent', 'storage'], 'agent'],
    ['libvrt', ['libvirt', 'proxmox'], 'libvirt'],
    ['promox', ['libvirt', 'proxmox'], 'proxmox'],
    ['wroker1', ['cp1', 'worker1'], 'worker1'],
    ['vip', ['name', 'vips', 'nodes'], 'vips'],
    // Long words tolerate length/3 edits: 12 letters → 4.
    ['kubeprometeus', ['kubePrometheusStack', 'kubeprometheus'], 'kubeprometheus'],
    ['kubePromStack', ['kubePrometheusStack'], undefined], // 6 edits > 13/3
    // Nothing close enough.
    ['colour', keys, undefined],
    ['esxi', ['libvirt', 'proxmox'], undefined],
    ['wg-gatway', ['cp1', 'worker1'], undefined],
    // Short words: never a suggestion that replaces every character.
    ['xy', ['ab'], undefined],
    ['x', ['a', 'b'], undefined],
    ['ip', ['vip'], 'vip'],
    ['a', ['ab'], undefined],
    // No candidates.
    ['anything', [], undefined],
    ['', [], undefined],
  ])('didYouMean(%j, %j) = %j', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });

  test('ties go to the first candidate', () => {
    expect(didYouMean('cat', ['bat', 'cap'])).toBe('bat');
    expect(didYouMean('cat', ['cap', 'bat'])).toBe('cap');
  });

  test('the closest candidate wins over an earlier, farther one', () => {
    expect(didYouMean('nodez', ['name', 'nodes'])).toBe('nodes');
  });
});
