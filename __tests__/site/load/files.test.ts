/**
 * site/load.ts and read-file.ts: the site file (kinds of files, sizes, read errors) and reading it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { loadSite, loadSiteFile } from '../../../site';
import { MAX_SITE_BYTES } from '../../../site/load';

import { edit, VALID } from './harness';

/** The module object load.ts reads `fs` through (the test's own `import * as fs` is a read-only view of it). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: typeof fs = require('fs');

describe('files', () => {
  test('loadSiteFile names the file as given in every message', () => {
    const file = path.join(__dirname, '..', '..', 'fixtures', 'invalid', 'unknown-image.yaml');
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
