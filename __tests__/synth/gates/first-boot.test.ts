/** synth/gates/first-boot.ts: what a changed user data of a running VM leaves to do by hand (real renders: data-loss-renders.test.ts). */
import { cloudConfigOf, firstBootByHand } from '../../../synth/gates/first-boot';

const cc = (packages: string[], runcmd: string[][]) => `#cloud-config\n${JSON.stringify({ packages, runcmd })}\n`;

describe('cloudConfigOf', () => {
  it('reads a Proxmox snippet and a libvirt cloud-init disk, nothing else', () => {
    expect(cloudConfigOf('proxmox_virtual_environment_file', { source_raw: { data: '#cloud-config\na: 1\n' } })).toBe('#cloud-config\na: 1\n');
    expect(cloudConfigOf('libvirt_cloudinit_disk', { user_data: '#cloud-config\n' })).toBe('#cloud-config\n');
    // An Ignition snippet, a resource of another type: none.
    expect(cloudConfigOf('proxmox_virtual_environment_file', { source_raw: { data: '{"ignition":{}}' } })).toBeUndefined();
    expect(cloudConfigOf('libvirt_ignition', { content: '#cloud-config\n' })).toBeUndefined();
    // The field of the other type, and a snippet whose source is null or missing: none.
    expect(cloudConfigOf('libvirt_ignition', { user_data: '#cloud-config\n' })).toBeUndefined();
    expect(cloudConfigOf('libvirt_cloudinit_disk', { source_raw: { data: '#cloud-config\n' } })).toBeUndefined();
    expect(cloudConfigOf('libvirt_domain', { source_raw: { data: '#cloud-config\n' } })).toBeUndefined();
    expect(cloudConfigOf('proxmox_virtual_environment_file', { source_raw: null })).toBeUndefined();
    expect(cloudConfigOf('proxmox_virtual_environment_file', {})).toBeUndefined();
  });
});

describe('firstBootByHand', () => {
  it('names the new packages and commands, and the commands that apply them', () => {
    expect(firstBootByHand('vm', cc(['nftables'], [['systemctl', 'daemon-reload']]), cc(['nftables', 'a', 'b'], [['systemctl', 'daemon-reload'], ['echo', 'two words', "it's"]]))).toBe(
      "vm: its first-boot data adds packages a, b and first-boot commands (echo 'two words' 'it'\\''s'), which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y a b; sudo echo 'two words' 'it'\\''s'",
    );
    expect(firstBootByHand('vm', cc([], []), cc(['a'], []))).toBe('vm: its first-boot data adds package a, which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y a');
    expect(firstBootByHand('vm', cc([], []), cc([], [['x']]))).toBe('vm: its first-boot data adds first-boot commands (x), which the running VM does not get; on it, run: sudo x');
  });

  it('joins several new commands with "; "', () => {
    expect(firstBootByHand('vm', cc([], []), cc([], [['x'], ['y', 'z']]))).toBe('vm: its first-boot data adds first-boot commands (x; y z), which the running VM does not get; on it, run: sudo x; sudo y z');
  });

  it('skips the forms the bootstrap never writes: a package with a version, a shell-string command, an argument that is not a string', () => {
    const after = '#cloud-config\npackages: [a, [b, "1.0"]]\nruncmd: ["echo hi", [echo, 1], [x]]\n';
    expect(firstBootByHand('vm', cc([], []), after)).toBe('vm: its first-boot data adds package a and first-boot commands (x), which the running VM does not get; on it, run: sudo apt-get update && sudo apt-get install -y a; sudo x');
  });

  it('nothing for removals, other changes, or a text that does not parse', () => {
    expect(firstBootByHand('vm', cc(['a', 'b'], [['x']]), cc(['a'], []))).toBeUndefined();
    expect(firstBootByHand('vm', cc(['a'], [['x']]), `${cc(['a'], [['x']])}# a file changed\n`)).toBeUndefined();
    expect(firstBootByHand('vm', cc([], []), '#cloud-config\npackages: [a\n')).toBeUndefined();
  });
});
