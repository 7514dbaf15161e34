/**
 * What a change of a running VM's cloud-init user data leaves to do by hand. First-boot data is
 * first boot only (docs/day2.md): a package or a first-boot command added to a VM that runs (such
 * as `tools: [ansible]` or a `desktop` given to an existing node) reaches only VMs created from then
 * on. The data-loss guard says which, with the commands that do it on the running VM; files are
 * left out (the day-2 ones are pushed by the config stack).
 */
import { cloudConfig } from './policy/terraform/bootstrap';

/** The user data of a resource that carries cloud-init's (a Proxmox snippet, a libvirt cloud-init disk); else undefined. */
export function cloudConfigOf(type: string, body: Record<string, unknown>): string | undefined {
  const raw = body.source_raw;
  const text = type === 'proxmox_virtual_environment_file' && raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).data : type === 'libvirt_cloudinit_disk' ? body.user_data : undefined;
  return typeof text === 'string' && text.startsWith('#cloud-config') ? text : undefined;
}

/** Packages and runcmd entries of a cloud-config (read as cloud-init reads it, as the policy pack does); empty when it does not parse. */
function packagesAndCommands(text: string): { packages: string[]; commands: string[][] } {
  const d: Record<string, unknown> = cloudConfig(text) ?? {};
  const packages = Array.isArray(d.packages) ? d.packages.filter((p): p is string => typeof p === 'string') : [];
  const commands = Array.isArray(d.runcmd) ? d.runcmd.filter((c): c is string[] => Array.isArray(c) && c.every((a) => typeof a === 'string')) : [];
  return { packages, commands };
}

/** A command for a shell line: arguments of plain characters as they are, others single-quoted. */
const shellWords = (argv: readonly string[]) => argv.map((a) => (/^[A-Za-z0-9._+/=:@%,-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');

/**
 * The by-hand line of one running VM whose user data changed from `before` to `after`: the packages
 * and first-boot commands that are new, and how to apply them; undefined when there are none.
 * (Runs with Terraform escapes, `$${`, are not expected in packages or commands.)
 */
export function firstBootByHand(vm: string, before: string, after: string): string | undefined {
  const [was, is] = [packagesAndCommands(before), packagesAndCommands(after)];
  const packages = is.packages.filter((p) => !was.packages.includes(p));
  const known = new Set(was.commands.map((c) => JSON.stringify(c)));
  const commands = is.commands.filter((c) => !known.has(JSON.stringify(c)));
  if (!packages.length && !commands.length) return undefined;
  const what = [packages.length ? `${packages.length === 1 ? 'package' : 'packages'} ${packages.join(', ')}` : '', commands.length ? `first-boot commands (${commands.map(shellWords).join('; ')})` : ''].filter(Boolean).join(' and ');
  const steps = [...(packages.length ? [`sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`] : []), ...commands.map((c) => `sudo ${shellWords(c)}`)];
  return `${vm}: its first-boot data adds ${what}, which the running VM does not get; on it, run: ${steps.join('; ')}`;
}
