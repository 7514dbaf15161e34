/**
 * The guest image of the boot tests: Debian bookworm built with mmdebstrap from Debian's packages
 * (no cloud image can be downloaded here), shaped like Debian's genericcloud image where it
 * matters to the first boot: cloud-init with NoCloud, netplan + systemd-networkd +
 * systemd-resolved, the cloud kernel, no SSH host keys, an empty machine-id.
 *
 * The packages the booted nodes' user-data installs are installed in the image already, with
 * their services disabled and PostgreSQL without a cluster (as the user-data's own
 * `create_main_cluster = false` leaves it): installing them under software emulation took most of
 * a boot's time. So the user-data must enable and (re)start every service it configures itself,
 * which it also needs on an image that ships the packages. `apt-get install` of the user-data
 * still runs, against a local APT repository inside the image (`/var/lib/sitekit-e2e/repo`, the
 * only APT source) that also holds the packages of roles not booted here, without any network.
 *
 * Test-only additions: a QEMU guest agent on the second serial port (ttyS1), which the tests use
 * to run commands in the guest whatever state its network is in.
 *
 * The image is cached in `SITEKIT_E2E_CACHE` (default /var/cache/sitekit-e2e) under a key made
 * of the package lists, the files written into it and `RECIPE`, so a change to any rebuilds it.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { alive, must, runSync, since } from './host';

export const CACHE_DIR = process.env.SITEKIT_E2E_CACHE ?? '/var/cache/sitekit-e2e';
export const SUITE = 'bookworm';
export const MIRROR = process.env.SITEKIT_E2E_MIRROR ?? 'http://deb.debian.org/debian';

/** Installed: what a Debian genericcloud image has that the first boot relies on. */
export const BASE_PACKAGES = [
  'systemd-sysv',
  'udev',
  'dbus',
  'libpam-systemd',
  'linux-image-cloud-amd64',
  'cloud-init',
  'netplan.io',
  'systemd-resolved',
  'openssh-server',
  'sudo',
  'locales',
  'iproute2',
  'iputils-ping',
  'apt-utils',
  'ca-certificates',
  'procps',
  'less',
  // test access only (see the module comment)
  'qemu-guest-agent',
] as const;

/** Installed, services disabled: what the user-data of the booted roles installs. */
export const ROLE_PACKAGES = ['nftables', 'dnsmasq', 'chrony', 'haproxy', 'keepalived', 'curl', 'wireguard-tools', 'postgresql', 'unattended-upgrades'] as const;
/** Services of ROLE_PACKAGES that the packages enable: disabled in the image, for the user-data to enable. */
export const ROLE_SERVICES = ['dnsmasq', 'chrony', 'haproxy', 'keepalived', 'postgresql'] as const;
/** In the image's local repository only: what the roles not booted here install. */
export const REPO_PACKAGES = ['open-iscsi', 'nfs-common', 'nfs-kernel-server'] as const;

/** A createcluster drop-in present only while the image is built. */
const NO_CLUSTER = '/etc/postgresql-common/createcluster.d/00-sitekit-e2e-image.conf';
/** Where the repository lives in the guest. */
export const GUEST_REPO = '/var/lib/sitekit-e2e/repo';
/** The test agent's unit in the guest. */
export const AGENT_UNIT = 'sitekit-e2e-agent.service';

export interface GuestImage {
  readonly dir: string;
  /** Raw ext4 root filesystem (no partition table: the kernel is booted directly). */
  readonly root: string;
  readonly kernel: string;
  readonly initrd: string;
  /** Installed packages. */
  readonly installed: ReadonlySet<string>;
  /** Packages the local repository offers. */
  readonly repo: ReadonlySet<string>;
  /** Seconds the build took, or undefined when the image came from the cache. */
  readonly builtInSeconds?: number;
}

/** Bump when the build steps change (the package lists and files are part of the key already). */
const RECIPE = 3;

/** The key of the image: what goes into it. */
export function imageKey(): string {
  const inputs = { RECIPE, SUITE, MIRROR, BASE_PACKAGES, ROLE_PACKAGES, ROLE_SERVICES, REPO_PACKAGES, files: imageFiles() };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 12);
}

function load(dir: string, builtInSeconds?: number): GuestImage {
  const list = (f: string) => new Set(fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean));
  return {
    dir,
    root: path.join(dir, 'root.img'),
    kernel: path.join(dir, 'vmlinuz'),
    initrd: path.join(dir, 'initrd.img'),
    installed: list('installed.txt'),
    repo: list('repo.txt'),
    builtInSeconds,
  };
}

/** The image, from the cache or built now (about a minute on an idle machine, several on a busy one). */
export async function guestImage(log: (line: string) => void = () => undefined): Promise<GuestImage> {
  const dir = path.join(CACHE_DIR, `debian-${SUITE}-${imageKey()}`);
  if (fs.existsSync(path.join(dir, 'done'))) return load(dir);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Builds of runs that died (their mmdebstrap died with them).
  for (const e of fs.readdirSync(CACHE_DIR)) {
    const pid = Number(/\.build-(\d+)$/.exec(e)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) removeTree(path.join(CACHE_DIR, e));
  }
  const build = `${dir}.build-${process.pid}`;
  removeTree(build);
  fs.mkdirSync(build);
  const t0 = Date.now();
  try {
    log(`building the guest image in ${build} (mmdebstrap ${SUITE} from ${MIRROR})`);
    await buildImage(build);
    fs.writeFileSync(path.join(build, 'done'), `${new Date().toISOString()} ${since(t0)} s\n`);
    try {
      fs.renameSync(build, dir);
    } catch {
      // Another run finished the same image first: use that one.
      removeTree(build);
    }
    // Older images (other keys) are no longer used by this version of the tests.
    for (const e of fs.readdirSync(CACHE_DIR)) {
      const p = path.join(CACHE_DIR, e);
      if (e.startsWith(`debian-${SUITE}-`) && p !== dir && !e.includes('.build-')) fs.rmSync(p, { recursive: true, force: true });
    }
  } catch (e) {
    removeTree(build);
    throw e;
  }
  return load(dir, since(t0));
}

/** Files the build writes into the root filesystem, by path. */
export function imageFiles(): Record<string, string> {
  return {
    '/etc/fstab': 'LABEL=root / ext4 defaults,discard 0 1\n',
    '/etc/apt/sources.list': `# sitekit e2e: the packages the nodes install, baked into the image (no network)\ndeb [trusted=yes] file:${GUEST_REPO} ./\n`,
    '/etc/cloud/cloud.cfg.d/90-sitekit-e2e.cfg': [
      '# sitekit e2e: keep the local repository as the only APT source',
      'apt:',
      '  preserve_sources_list: true',
      '# one host key type: generating RSA keys takes long under software emulation',
      'ssh_genkeytypes: [ed25519]',
      '# the image boots its kernel directly: no GRUB to configure',
      'grub_dpkg:',
      '  enabled: false',
      '',
    ].join('\n'),
    // The locale cloud-init sets by default, already in place: it would regenerate it otherwise.
    '/etc/default/locale': 'LANG=en_US.UTF-8\n',
    // Software emulation on a shared machine can be many times slower than a real VM: no unit may
    // fail for taking longer than usual to start, or to answer its watchdog.
    '/etc/systemd/system.conf.d/90-sitekit-e2e.conf': '[Manager]\nDefaultTimeoutStartSec=15min\n',
    '/etc/systemd/system/service.d/90-sitekit-e2e.conf': '[Service]\nWatchdogSec=0\n',
    [`/etc/systemd/system/${AGENT_UNIT}`]: [
      '[Unit]',
      'Description=sitekit e2e: QEMU guest agent on ttyS1 (test access)',
      'DefaultDependencies=no',
      'Wants=dev-ttyS1.device',
      'After=dev-ttyS1.device',
      'Before=shutdown.target',
      'Conflicts=shutdown.target',
      '',
      '[Service]',
      'ExecStart=/usr/sbin/qemu-ga --method=isa-serial --path=/dev/ttyS1',
      'Restart=always',
      'RestartSec=1',
      '',
      '[Install]',
      'WantedBy=sysinit.target',
      '',
    ].join('\n'),
  };
}

/**
 * Removes a directory tree, unmounting first whatever a killed mmdebstrap left mounted below it
 * (its chroot's /proc, /sys, /dev/pts): a recursive delete must never walk into those.
 */
export function removeTree(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const below = fs
    .readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && m.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  for (const m of below) {
    const r = runSync('umount', ['-l', m]);
    if (r.code !== 0) throw new Error(`cannot unmount ${m} before removing ${dir}: ${r.stderr.trim()}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function buildImage(build: string): Promise<void> {
  const rootfs = path.join(build, 'rootfs');
  // Downloads (with their dependencies and recommends, as cloud-init's apt-get install takes
  // them) the packages of the local repository, and indexes it. The download runs outside the
  // chroot (whose resolv.conf points at systemd-resolved) with mmdebstrap's APT configuration.
  const repoHook = [
    'set -e',
    // The locale cloud-init sets by default (en_US.UTF-8) exists, as in Debian's cloud images.
    `sed -i 's/^# *en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' "$1/etc/locale.gen"`,
    'chroot "$1" locale-gen',
    `APT_CONFIG="$MMDEBSTRAP_APT_CONFIG" apt-get install --download-only -y -q ${REPO_PACKAGES.join(' ')}`,
    `mkdir -p "$1${GUEST_REPO}"`,
    `mv "$1"/var/cache/apt/archives/*.deb "$1${GUEST_REPO}/"`,
    `chroot "$1" sh -c 'cd ${GUEST_REPO} && apt-ftparchive packages . > Packages'`,
    // The services wait for the user-data to enable them; PostgreSQL may create clusters again.
    `chroot "$1" systemctl disable ${ROLE_SERVICES.join(' ')}`,
    `rm -f "$1${NO_CLUSTER}"`,
  ].join('\n');
  // Before ROLE_PACKAGES are installed: postgresql's postinst creates no main cluster.
  const noClusterHook = [`mkdir -p "$1${path.dirname(NO_CLUSTER)}"`, `printf 'create_main_cluster = false\\n' > "$1${NO_CLUSTER}"`].join('\n');
  await must(
    'setpriv',
    [
      '--pdeathsig',
      'KILL',
      'mmdebstrap',
      '--variant=minbase',
      '--mode=root',
      `--include=${[...BASE_PACKAGES, ...ROLE_PACKAGES].join(',')}`,
      `--essential-hook=${noClusterHook}`,
      '--dpkgopt=force-unsafe-io',
      '--dpkgopt=path-exclude=/usr/share/man/*',
      '--dpkgopt=path-exclude=/usr/share/doc/*',
      '--dpkgopt=path-include=/usr/share/doc/*/copyright',
      `--customize-hook=${repoHook}`,
      SUITE,
      rootfs,
      MIRROR,
    ],
    { timeoutMs: 40 * 60_000 },
  );

  for (const [p, content] of Object.entries(imageFiles())) {
    fs.mkdirSync(path.dirname(path.join(rootfs, p)), { recursive: true });
    fs.writeFileSync(path.join(rootfs, p), content);
  }
  fs.mkdirSync(path.join(rootfs, 'etc/systemd/system/sysinit.target.wants'), { recursive: true });
  fs.symlinkSync(`/etc/systemd/system/${AGENT_UNIT}`, path.join(rootfs, 'etc/systemd/system/sysinit.target.wants', AGENT_UNIT));
  // As in a cloud image: the first boot makes the host keys, the machine id and the hostname.
  for (const f of fs.readdirSync(path.join(rootfs, 'etc/ssh'))) if (f.startsWith('ssh_host_')) fs.rmSync(path.join(rootfs, 'etc/ssh', f));
  fs.writeFileSync(path.join(rootfs, 'etc/machine-id'), '');
  fs.rmSync(path.join(rootfs, 'etc/hostname'), { force: true });
  fs.rmSync(path.join(rootfs, 'etc/apt/sources.list.d'), { recursive: true, force: true });

  const boot = fs.readdirSync(path.join(rootfs, 'boot'));
  const kernel = boot.find((f) => f.startsWith('vmlinuz-'));
  const initrd = boot.find((f) => f.startsWith('initrd.img-'));
  if (!kernel || !initrd) throw new Error(`the image has no kernel or initrd in /boot (${boot.join(', ')})`);
  fs.copyFileSync(path.join(rootfs, 'boot', kernel), path.join(build, 'vmlinuz'));
  fs.copyFileSync(path.join(rootfs, 'boot', initrd), path.join(build, 'initrd.img'));

  const installed = await must('chroot', [rootfs, 'dpkg-query', '-W', '-f', '${Package}\n']);
  fs.writeFileSync(path.join(build, 'installed.txt'), installed);
  const packages = fs.readFileSync(path.join(rootfs, GUEST_REPO.slice(1), 'Packages'), 'utf8');
  fs.writeFileSync(path.join(build, 'repo.txt'), [...packages.matchAll(/^Package: (\S+)$/gm)].map((m) => m[1]).join('\n') + '\n');

  await must('mkfs.ext4', ['-q', '-L', 'root', '-d', rootfs, path.join(build, 'root.img'), '3G'], { timeoutMs: 10 * 60_000 });
  fs.rmSync(rootfs, { recursive: true, force: true });
}
