/**
 * synth/gates/secrets/index.ts: planted secrets of every kind found at their exact file:line (and column
 * where the secret is written verbatim) in every container the output has (YAML, Terraform JSON,
 * a cloud-init document escaped in a Terraform string, Ignition data URLs percent-encoded and
 * base64, shell scripts), by the full scan and the quick pass over parsed objects alike.
 */
import { gzipSync } from 'zlib';
import { isHighEntropy, redact, scanFile, scanSecrets, SECRET_KINDS } from '../../../../synth/gates/secrets';
import { CASES, cloudflare, cloudInit, CONTAINERS, ed25519Pem, entropic, ignition, parsedYaml, rand, tfJson, wgPrivate, writeFile } from '../../../support/secrets';

describe('planted secrets', () => {
  test('every kind is planted', () => {
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(Object.keys(SECRET_KINDS)));
  });

  test('the generated high-entropy value is high-entropy, the generated tokens have their documented shape', () => {
    expect(isHighEntropy(entropic)).toBe(true);
    expect(wgPrivate).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(cloudflare).toMatch(/^[A-Za-z0-9_-]{40}$/);
  });

  const matrix = CASES.flatMap((c) =>
    Object.entries(CONTAINERS).flatMap(([where, plant]) => {
      const p = plant(c);
      return p ? [{ title: `${c.name} in ${where}`, c, p }] : [];
    }),
  );

  test('each case is planted in at least 2 containers, each container holds at least 10 cases', () => {
    for (const c of CASES.filter((x) => x.kind !== 'kubernetes-secret-data')) expect(matrix.filter((m) => m.c === c).length).toBeGreaterThanOrEqual(2);
    for (const where of Object.keys(CONTAINERS)) expect(matrix.filter((m) => m.title.endsWith(`in ${where}`)).length).toBeGreaterThanOrEqual(10);
  });

  test.each(matrix)('$title: found at its file:line with its kind, nothing else', ({ c, p }) => {
    const found = scanSecrets(p.files);
    expect(found.map((f) => `${f.file}:${f.line} ${f.kind}`)).toEqual([`${p.file}:${p.line} ${c.kind}`]);
    const [f] = found;
    if (p.column !== undefined) expect(f.column).toBe(p.column);
    if (p.columnWithin) {
      expect(f.column).toBeGreaterThanOrEqual(p.columnWithin[0]);
      expect(f.column).toBeLessThanOrEqual(p.columnWithin[1]);
    }
    // Redacted: the first 4 characters of the secret (fewer for a short one), never the secret;
    // a URL with its secret so redacted.
    if (c.excerpt !== undefined) {
      expect(f.excerpt).toBe(c.excerpt);
      expect(f.excerpt).not.toContain(c.secret.slice(0, 6));
    } else {
      expect(f.excerpt).toBe(redact(c.secret.trim()));
      expect(f.excerpt.endsWith('…')).toBe(true);
      expect(c.secret.startsWith(f.excerpt.slice(0, -1))).toBe(true);
      expect(f.excerpt.length).toBeLessThanOrEqual(5);
    }
  });
});
describe('the quick pass over the objects of YAML and JSON files', () => {
  const cases = CASES.flatMap((c) =>
    Object.keys(CONTAINERS).flatMap((where) => {
      const p = CONTAINERS[where](c);
      return p ? [{ title: `${c.name} in ${where}`, p }] : [];
    }),
  );

  test('covers planted cases in YAML files that parse and in JSON files', () => {
    expect(cases.filter(({ p }) => parsedYaml(p.files).size > 0).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter(({ p }) => p.file.endsWith('.json')).length).toBeGreaterThanOrEqual(40);
  });

  // With `parsed` given (even empty), JSON files take the quick pass too.
  test.each(cases)('$title: the same findings, positions included, as the full scan', ({ p }) => {
    expect(scanSecrets(p.files, parsedYaml(p.files))).toEqual(scanSecrets(p.files));
  });

  test('a finding only the objects show is still reported with its position from the text', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  password: "Tr0ub4dor&3xyzzy"\n';
    const files = new Map([['clusters/c/a.yaml', text]]);
    expect(scanSecrets(files, parsedYaml(files)).map((f) => `${f.line}:${f.column} ${f.kind}`)).toEqual(['6:14 secret-literal']);
  });
});

describe('positions through the decoding layers', () => {
  const pat = `ghp_${rand(40, 36)}`;
  const secretLine = (text: string) => text.split('\n').findIndex((l) => l.includes(pat)) + 1;

  test('a token in a cloud-init string escaped in Terraform JSON: the line and column where it is written', () => {
    const tf = tfJson({ libvirt_cloudinit_disk: { n1: { user_data: cloudInit(writeFile(`GH=\\"x\\"\nexport GITHUB_TOKEN="${pat}"`)) } } });
    const [f] = scanFile('terraform/nodes/cdk.tf.json', tf);
    expect(f).toEqual({ file: 'terraform/nodes/cdk.tf.json', line: secretLine(tf), column: tf.split('\n')[secretLine(tf) - 1].indexOf(pat) + 1, kind: 'github-token', excerpt: 'ghp_…' });
  });

  test('a token in an Ignition file (percent-encoded data URL inside the escaped Ignition JSON): exact column', () => {
    const tf = tfJson({ libvirt_ignition: { n1: { content: ignition(`data:,${encodeURIComponent(`# é ü\n${'x'.repeat(300)}\nTOKEN=${pat}\n`)}`) } } });
    const [f] = scanFile('terraform/nodes/cdk.tf.json', tf);
    expect(f).toMatchObject({ line: secretLine(tf), column: tf.split('\n')[secretLine(tf) - 1].indexOf(pat) + 1, kind: 'github-token' });
  });

  test('a token in a base64 Ignition file: its line, a column inside the base64 group that encodes it', () => {
    const body = `#!/bin/sh\n${'echo padding\n'.repeat(20)}TOKEN=${pat}\n`;
    const b64 = Buffer.from(body).toString('base64');
    const tf = tfJson({ libvirt_ignition: { n1: { content: ignition(`data:;base64,${b64}`) } } });
    const [f] = scanFile('terraform/nodes/cdk.tf.json', tf);
    const line = tf.split('\n').findIndex((l) => l.includes(b64)) + 1;
    const expected = tf.split('\n')[line - 1].indexOf(b64) + Math.floor(body.indexOf(pat) / 3) * 4 + 1;
    expect(f).toMatchObject({ line, column: expected, kind: 'github-token' });
  });

  test('a gzip-compressed base64 Ignition file is decompressed (line of the data URL)', () => {
    const gz = gzipSync(Buffer.from(`#!/bin/sh\nTOKEN=${pat}\n`)).toString('base64');
    const tf = tfJson({ libvirt_ignition: { n1: { content: ignition(`data:;base64,${gz}`) } } });
    expect(scanFile('terraform/nodes/cdk.tf.json', tf).map((f) => [f.line, f.kind])).toEqual([[tf.split('\n').findIndex((l) => l.includes(gz)) + 1, 'github-token']]);
  });

  test('a PEM private key wrapped in base64 (Kubernetes Secret data) is found, and the Secret data too', () => {
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${Buffer.from(ed25519Pem).toString('base64')}\n`;
    expect(scanFile('clusters/lab/tls.yaml', yaml).map((f) => [f.line, f.kind])).toEqual([
      [7, 'kubernetes-secret-data'],
      [7, 'pem-private-key'],
    ]);
  });

  test('a YAML file holding several secrets: each at its line, sorted', () => {
    const yaml = `a: 1\npassword: hunter2hunter2\nnested:\n  deeper:\n    - name: DB_PASSWORD\n      value: plain-text-pw\n    - name: LOG_LEVEL\n      value: debug\nnote: ${pat}\n`;
    expect(scanFile('x.yaml', yaml).map((f) => `${f.line}:${f.column} ${f.kind} ${f.excerpt}`)).toEqual([
      '2:11 secret-literal hunt…',
      '6:14 secret-literal plai…',
      '9:7 github-token ghp_…',
    ]);
  });

  test('a multi-line literal in a Kubernetes Secret is found at its first line', () => {
    const yaml = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: cfg\nstringData:\n  app.ini: |\n    [db]\n    host = db\n  empty: ""\n  ref: ${DB_PASSWORD}\n';
    expect(scanFile('s.yaml', yaml).map((f) => `${f.line}:${f.column} ${f.kind} ${f.excerpt}`)).toEqual(['7:5 kubernetes-secret-data [db]…']);
  });

  test('a YAML file that does not parse is still scanned, line by line', () => {
    const yaml = `a: [unclosed\npassword: hunter2hunter2\n  bad: indentation: here\n`;
    expect(scanFile('x.yaml', yaml).map((f) => `${f.line}:${f.column} ${f.kind}`)).toEqual(['2:11 secret-literal']);
  });

  test('a Terraform variable default or output value marked sensitive is judged like a secret field', () => {
    const tf = `${JSON.stringify({ variable: { admin: { type: 'string', sensitive: true, default: 'letmein-now' } }, output: { ok: { value: '${random_password.x.result}', sensitive: true } } }, null, 2)}\n`;
    expect(scanFile('terraform/a/cdk.tf.json', tf).map((f) => f.kind)).toEqual(['secret-literal']);
  });
});
