/**
 * Nodes that boot: every cloud-init VM of the default site (infra, three load balancers,
 * PostgreSQL, the external WireGuard gateway) booted under QEMU with its real first-boot
 * configuration — the user-data and network-config the synthesized Terraform holds, its secrets
 * filled with test values — on the devices libvirt assigned the generated domains, on a private
 * network inside a network namespace of this run (no route out). Two VMs of the seed-000 Proxmox
 * example boot beside them with what Proxmox would give them, and one deliberately broken load
 * balancer shows that the checks catch a wrong NIC name and a typo in HAProxy's configuration.
 *
 * What the guests cannot show here: Flatcar (no image), k3s (no binary): see the README.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { loadSite } from '../../site';
import { macOf } from '../../infra/backends/common';
import { createHash } from 'node:crypto';
import { ROLE_PASSWORD_LENGTH } from '../../infra/bootstrap/database';
import { nodeDatabaseClients } from '../../infra/bootstrap/topology';
import { NFTABLES_FILE } from '../../infra/bootstrap/firewall';
import { dnsRecords } from '../../infra/bootstrap/infranode';
import { HAPROXY_HEALTH } from '../../infra/bootstrap/loadbalancer';
import { PRIMARY_INTERFACE } from '../../infra/bootstrap/network';
import { addressesOn, haproxyListens, interfaces, nftablesLoaded, nicUp, noFailedUnits, unitActive } from './support/checks';
import { requireHost, Run, run as runCmd, since, waitFor } from './support/host';
import { guestImage, type GuestImage } from './support/image';
import { defineSite, Libvirtd, type DefinedDomain } from './support/libvirt';
import { PrivateNetwork } from './support/netns';
import { proxmoxSeed, PVE_PCI } from './support/proxmox';
import { cloudConfig, libvirtSeeds, resources, ROOT, siteFile, synthesize, TestValues, writtenFile, type Json } from './support/site';
import { bridgeOf, brokenSeed, libvirtSpec, segments } from './support/guests';
import { Vm, type VmSpec } from './support/vm';

const site = siteFile('site.yaml');
const stacks = synthesize(site);
const values = new TestValues(stacks);
const seeds = libvirtSeeds(site, stacks, values);

/**
 * Seed 000 as its example has it, but for the client's desktop: the desktop's packages (Xfce, xrdp)
 * and Firefox's snap are not in the test image, which has no network; what the client's boot shows
 * is Proxmox's network data. (Its user-data with the desktop passes `cloud-init schema` in npm test.)
 */
const pve = (() => {
  const doc = parse(fs.readFileSync(path.join(ROOT, 'examples/proxmox-minimal.yaml'), 'utf8'));
  for (const n of doc.nodes) delete n.desktop;
  return loadSite(stringify(doc), 'examples/proxmox-minimal.yaml').site;
})();
const pveStacks = synthesize(pve);
const pveValues = new TestValues(pveStacks);
/** The seed-000 VM booted: an Ubuntu one (generic role; its k3s servers and agents cannot install k3s here). */
const PVE_BOOTED = ['client'];
/** Their Terraform: the VM (with `initialization`) and the user-data snippet, evaluated. */
const pveVms = new Map(
  PVE_BOOTED.map((name) => {
    const r = resources(pveStacks, 'proxmox_virtual_environment_vm').find((x) => x.body.name === name)!;
    const snippet = resources(pveStacks, 'proxmox_virtual_environment_file').find((x) => x.name === `${name}-user-data`)!;
    const body = pveValues.deep(r.body, `proxmox_virtual_environment_vm.${r.name}`);
    return [name, { body, seed: proxmoxSeed(body, pveValues.evaluate(snippet.body.source_raw.data, `proxmox_virtual_environment_file.${snippet.name}`)) }];
  }),
);

/** The gateway VPS's provider network (test values: the site only knows the public address). */
const PUBLIC = { bridge: 'br-pub', router: '203.0.113.1', prefix: 24 };
/**
 * The load balancer booted with a deliberately broken configuration (harness tests): the site's
 * other two show the load balancer role.
 */
const BROKEN = 'loadbalancer3';

const timings: Record<string, number | undefined> = {};
let run: Run;
let image: GuestImage;
let lv: Libvirtd;
let domains: Map<string, DefinedDomain>;
let net: PrivateNetwork;
let cluster: string;
const vms = new Map<string, Vm>();
const booted = new Map<string, { status: string; detail: string } | Error>();

function vm(name: string): Vm {
  const v = vms.get(name);
  if (!v) throw new Error(`no VM ${name}`);
  const b = booted.get(name);
  if (b instanceof Error) throw b;
  return v;
}

beforeAll(async () => {
  requireHost();
  run = new Run('boot');
  const log = (l: string) => process.stdout.write(`[e2e] ${l}\n`);
  let t = Date.now();
  image = await guestImage(log);
  timings['image build (s)'] = image.builtInSeconds ?? 0;
  log(`guest image ${image.dir}${image.builtInSeconds !== undefined ? ` built in ${image.builtInSeconds} s` : ' (cached)'}`);

  t = Date.now();
  lv = await Libvirtd.start(run);
  domains = await defineSite(lv, resources(stacks), (v, w) => values.deep(v, w));
  timings['libvirtd + define (s)'] = since(t);

  net = await PrivateNetwork.create(run, 'site', [
    ...segments(site, 'br'),
    ...segments(pve, 'pve'),
    { bridge: PUBLIC.bridge, addresses: [`${PUBLIC.router}/${PUBLIC.prefix}`] },
  ]);
  // The site reaches the gateway's public address from behind NAT, as through the hypervisor's uplink.
  const natBlocks = site.networks.filter((n) => n.kind === 'nat').map((n) => n.block.text);
  await net.nft(`table ip sitekit_e2e {\n  chain postrouting {\n    type nat hook postrouting priority srcnat;\n    oifname "${PUBLIC.bridge}" ip saddr { ${natBlocks.join(', ')} } masquerade\n  }\n}\n`);

  // Test hosts for the k3s nodes that cannot boot here: their addresses, a TCP/HTTP backend on
  // the ports HAProxy forwards to (API 6443, ingress NodePorts), and the PostgreSQL client of
  // the cluster network.
  const k3s = site.clusters.flatMap((c) => [...c.servers, ...c.agents]);
  const kube = site.networkOfNode(k3s[0]);
  cluster = await net.host('cluster', bridgeOf(site, k3s[0], 'br'), k3s.map((n) => `${n.address}/${kube.prefix}`), kube.gateway!);
  const backend = run.file('backend.js');
  fs.writeFileSync(
    backend,
    `// sitekit e2e: the test backend behind HAProxy (${backend})\nconst net = require('net');\nfor (const port of [6443, 30080, 30443]) net.createServer((s) => { s.once('data', () => s.end('HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\nConnection: close\\r\\n\\r\\nsitekit-e2e backend ' + s.localAddress + ':' + port + '\\n')); s.on('error', () => {}); }).listen(port, '0.0.0.0');\n`,
  );
  net.daemon('backend', process.execPath, [backend], cluster);

  // The gateway's provider hands it its public address by DHCP (its network-config asks for DHCP).
  const gw = site.nodes.find((n) => n.role === 'gateway' && n.external)!;
  const gwMac = '52:54:00:cb:00:0a';
  // --user=root: dnsmasq would drop to nobody, which clears the parent-death signal.
  net.daemon('dhcp-public', 'dnsmasq', [
    '--keep-in-foreground', '--user=root', '--log-facility=-', '--log-dhcp', '--conf-file=/dev/null', '--port=0', `--interface=${PUBLIC.bridge}`, '--bind-interfaces',
    `--dhcp-range=${gw.publicAddress},static,255.255.255.0`, `--dhcp-host=${gwMac},${gw.publicAddress}`,
    `--dhcp-option=option:router,${PUBLIC.router}`, `--dhcp-leasefile=${run.file('dnsmasq.leases')}`, `--pid-file=${run.file('dnsmasq.pid')}`,
  ]);

  const specs: VmSpec[] = [];
  for (const [name, seed] of seeds) {
    const node = site.node(name);
    const d = domains.get(name);
    if (d) specs.push(libvirtSpec(site, node, d, name === BROKEN ? brokenSeed(seed) : seed));
    else {
      // An external VPS: some provider's VM; its NIC deliberately in another slot than libvirt's.
      const ref = [...domains.values()][0].assigned;
      specs.push({ name, memoryMiB: 768, cpus: 1, machine: ref.machine, nic: { mac: gwMac, bridge: PUBLIC.bridge, pci: { slot: 3 } }, disks: [{ pci: { slot: 4 } }], seed });
    }
  }
  for (const [name, { body, seed }] of pveVms) {
    specs.push({
      name,
      memoryMiB: 768,
      cpus: 1,
      machine: [...domains.values()][0].assigned.machine,
      nic: { mac: body.network_device[0].mac_address, bridge: bridgeOf(pve, pve.node(name), 'pve'), pci: PVE_PCI.net0 },
      disks: [{ pci: PVE_PCI.virtio0 }],
      cdrom: { bus: 1, unit: 0 },
      balloon: PVE_PCI.balloon0,
      vga: PVE_PCI.vga,
      seed,
    });
  }

  t = Date.now();
  // At most as many VMs booting as the machine has cores: emulated guests competing for a core
  // cost several times the CPU each (measured: ~60 s of CPU for a boot alone, ~250 s with seven).
  const parallel = Math.max(1, Number(process.env.SITEKIT_E2E_PARALLEL) || os.cpus().length);
  const queue = [...specs];
  log(`booting ${specs.length} VMs, ${parallel} at a time: ${specs.map((s) => s.name).join(', ')}`);
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const name = spec.name;
        const v = new Vm(run, net, image, spec);
        vms.set(name, v);
        try {
          await v.start();
          const r = await v.waitBooted(25 * 60_000);
          booted.set(name, r);
          timings[`boot ${name} (s)`] = v.bootSeconds;
          timings[`boot ${name} (QEMU CPU s)`] = v.cpuSeconds();
          log(`${name}: cloud-init ${r.status} after ${v.bootSeconds} s (${v.cpuSeconds()} s of CPU)`);
        } catch (e) {
          booted.set(name, e as Error);
          log(`${name}: did not boot: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }),
  );
  timings['all VMs booted (s)'] = since(t);
}, 40 * 60_000);

afterAll(() => {
  process.stdout.write(`[e2e] timings: ${JSON.stringify(timings)}\n`);
  if (process.env.SITEKIT_E2E_TIMINGS) fs.writeFileSync(process.env.SITEKIT_E2E_TIMINGS, JSON.stringify(timings, null, 2));
  run?.close();
});

const lbs = site.nodes.filter((n) => n.role === 'loadbalancer' && n.name !== BROKEN);
const cloudInitVms = [...seeds.keys()].filter((n) => n !== BROKEN);
const siteVm = (name: string) => site.node(name);

describe('the image holds what the first boot installs', () => {
  it('every package of every user-data is in the image or its local repository (nothing is downloaded)', () => {
    const wanted = new Set([...seeds.values(), ...[...pveVms.values()].map((v) => v.seed)].flatMap((s) => (cloudConfig(s).packages ?? []) as string[]));
    const missing = [...wanted].filter((p) => !image.installed.has(p) && !image.repo.has(p));
    expect(missing).toEqual([]);
  });
});

describe('every cloud-init VM of the default site boots with its real first-boot configuration', () => {
  it.each(cloudInitVms)('%s: cloud-init finishes without error', (name) => {
    const b = booted.get(name);
    if (b instanceof Error) throw b;
    if (b?.status !== 'done') throw vm(name).fail(`cloud-init ended with status ${b?.status}:\n${b?.detail}`);
  });

  it.each(cloudInitVms)('%s: the NIC is up with the site address (a VM: matched by MAC, named eth0; the external gateway: by DHCP)', async (name) => {
    const node = siteVm(name);
    if (node.external) {
      await nicUp(vm(name), { mac: vm(name).spec.nic.mac, address: `${node.publicAddress}/${PUBLIC.prefix}` });
      const route = JSON.parse(await vm(name).must('ip -j route show default', 'show the default route'));
      expect([name, route.map((r: Json) => r.gateway)]).toEqual([name, [PUBLIC.router]]);
      return;
    }
    const n = site.networkOfNode(node);
    await nicUp(vm(name), { mac: macOf(node), name: PRIMARY_INTERFACE, address: `${node.address}/${n.prefix}` });
    const route = JSON.parse(await vm(name).must('ip -j route show default', 'show the default route'));
    expect([name, route.map((r: Json) => `${r.gateway} ${r.dev}`)]).toEqual([name, [`${n.gateway} ${PRIMARY_INTERFACE}`]]);
  });

  it.each(cloudInitVms)('%s: nftables holds the generated ruleset', async (name) => {
    await nftablesLoaded(vm(name), NFTABLES_FILE, writtenFile(seeds.get(name)!, NFTABLES_FILE));
  });

  it.each(cloudInitVms)('%s: no failed unit (systemctl --failed is empty)', async (name) => {
    await noFailedUnits(vm(name));
  });
});

describe('the services of each role', () => {
  it('dnsmasq on the infra node answers every name of the site, to a node resolving through its configured resolvers', async () => {
    await unitActive(vm('infra-cluster'), 'dnsmasq.service');
    for (const client of ['loadbalancer2', 'postgresql1']) {
      // cloud-init's manage_etc_hosts maps a node's own names to 127.0.1.1 in /etc/hosts (Debian's convention).
      for (const r of dnsRecords(site).filter((x) => x.name !== client && !x.name.startsWith(`${client}.`))) {
        const got = await vm(client).sh(`getent ahostsv4 ${r.name} | awk '{ print $1; exit }'`);
        if (got.stdout.trim() !== r.address) throw vm(client).fail(`${r.name} resolved to "${got.stdout.trim()}" (${got.stderr.trim()}), expected ${r.address}`);
      }
    }
  });

  it('chrony on the infra node serves time: the load balancers synchronise to it', async () => {
    const infra = site.nodes.find((n) => n.role === 'infra')!;
    await unitActive(vm('infra-cluster'), 'chrony.service');
    for (const lb of lbs) {
      // A burst of requests instead of the 64 s polls: emulated guests on a busy machine lose samples.
      let burst = 0;
      await waitFor(`${lb.name} to synchronise to ${infra.address}`, 240_000, async () => {
        if (burst++ % 10 === 0) await vm(lb.name).sh('chronyc burst 4/8 >/dev/null');
        const t = await vm(lb.name).sh('chronyc -n tracking');
        return t.stdout.includes(`(${infra.address})`) && !/Leap status\s*:\s*Not synchronised/.test(t.stdout) ? true : undefined;
      }, 3000).catch(async (e) => {
        const s = await vm(lb.name).sh('chronyc -n sources; chronyc -n tracking');
        throw vm(lb.name).fail(`${(e as Error).message}\n${s.stdout}${s.stderr}`);
      });
    }
  });

  it('HAProxy listens on every VIP on each load balancer, and the VIPs forward to the test backends', async () => {
    for (const lb of lbs) {
      const binds = [...site.vips.filter((v) => v.purpose === 'kube-api').map((v) => `${v.address}:6443`), ...site.vips.filter((v) => v.purpose === 'ingress').flatMap((v) => [`${v.address}:80`, `${v.address}:443`])];
      await haproxyListens(vm(lb.name), binds, `http://${HAPROXY_HEALTH.address}:${HAPROXY_HEALTH.port}${HAPROXY_HEALTH.path}`);
    }
    const api = site.vip('kube-api').address;
    const web = site.vip('web').address;
    for (const [url, port] of [[`http://${web}/`, 30080], [`http://${api}:6443/`, 6443], [`http://${web}:443/`, 30443]] as const) {
      const r = await runCmd('ip', ['netns', 'exec', net.ns, 'curl', '-sS', '--max-time', '10', url], { timeoutMs: 20_000 });
      expect([url, r.stdout.trim() || r.stderr.trim()]).toEqual([url, expect.stringMatching(new RegExp(`^sitekit-e2e backend 10\\.17\\.4\\.\\d+:${port}$`))]);
    }
  });

  it('keepalived: the first load balancer holds both VIPs, the others none', async () => {
    const vips = site.vips.map((v) => v.address);
    await waitFor('loadbalancer1 to hold the VIPs', 30_000, async () => ((await addressesOn(vm('loadbalancer1'), PRIMARY_INTERFACE)).filter((a) => vips.includes(a)).length === vips.length ? true : undefined));
    for (const lb of lbs.slice(1).map((n) => n.name)) expect([lb, (await addressesOn(vm(lb), PRIMARY_INTERFACE)).filter((a) => vips.includes(a))]).toEqual([lb, []]);
  });

  it('PostgreSQL: its data on the data disk, the app role accepted from the cluster network, refused from elsewhere and with a wrong password', async () => {
    const db = vm('postgresql1');
    const mount = await db.must('findmnt -n -o SOURCE /srv/postgresql', 'find the data disk mount');
    expect(mount.trim()).toBe('/dev/vdb');
    const clusters = await db.must('pg_lsclusters -h', 'list clusters');
    expect(clusters).toMatch(/^15\s+main\s+5432\s+online\s+postgres\s+\/srv\/postgresql\/15\/main\s/m);
    const key = values.values.get('random_password.postgresql_password.result')!;
    const node = site.node('postgresql1');
    const address = node.address;
    // The app's database and role (the one the site's backend asks for), and the password the setup derives for it.
    const [{ database: POSTGRES_DATABASE, role: POSTGRES_ROLE }] = nodeDatabaseClients(site, node);
    const password = createHash('sha256').update(`${key}:${POSTGRES_ROLE}`).digest('hex').slice(0, ROLE_PASSWORD_LENGTH);
    const psql = (ns: string, pw: string) =>
      runCmd('ip', ['netns', 'exec', ns, 'psql', `host=${address} user=${POSTGRES_ROLE} dbname=${POSTGRES_DATABASE} connect_timeout=8`, '-XAtc', 'select current_user, inet_client_addr()'], { env: { ...process.env, PGPASSWORD: pw }, timeoutMs: 30_000 });
    const ok = await psql(cluster, password);
    expect([ok.code, ok.stdout.trim(), ok.stderr.trim()]).toEqual([0, `${POSTGRES_ROLE}|${site.clusters[0].servers[0].address}`, '']);
    const wrong = await psql(cluster, `${password}x`);
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining(`password authentication failed for user "${POSTGRES_ROLE}"`)]);
    // The namespace's own address on the database network: not a cluster network.
    const outside = await psql(net.ns, password);
    expect([outside.code, outside.stderr]).toEqual([2, expect.stringMatching(/timeout expired|no pg_hba.conf entry/)]);
  });

  it('the gateway: WireGuard up with its tunnel peer, forwarding on, and the public ports reach the ingress through the tunnel', async () => {
    const gw = vm('wg-gateway');
    await unitActive(gw, 'wg-quick@wg0.service');
    await unitActive(vm('loadbalancer1'), 'wg-quick@wg0.service');
    expect((await gw.must('sysctl -n net.ipv4.ip_forward', 'read ip_forward')).trim()).toBe('1');
    const peerKey = values.wireguard.get('loadbalancer1')!.publicKey;
    await waitFor('a WireGuard handshake between wg-gateway and loadbalancer1', 60_000, async () => {
      const hs = await gw.sh('wg show wg0 latest-handshakes');
      const line = hs.stdout.split('\n').find((l) => l.startsWith(peerKey));
      return line && Number(line.split(/\s+/)[1]) > 0 ? true : undefined;
    }).catch(async (e) => {
      const s = await gw.sh('wg show; ip -br addr');
      throw gw.fail(`${(e as Error).message}\n${s.stdout}`);
    });
    const pub = site.node('wg-gateway').publicAddress!;
    for (const [port, backendPort] of [[80, 30080], [443, 30443]] as const) {
      const r = await runCmd('ip', ['netns', 'exec', net.ns, 'curl', '-sS', '--max-time', '15', `http://${pub}:${port}/`], { timeoutMs: 30_000 });
      expect([port, r.stdout.trim() || r.stderr.trim()]).toEqual([port, expect.stringMatching(new RegExp(`^sitekit-e2e backend 10\\.17\\.4\\.\\d+:${backendPort}$`))]);
    }
  });

  it('keepalived moves the VIPs to the next load balancer when the first one stops, and the VIPs keep forwarding', async () => {
    const vips = site.vips.map((v) => v.address);
    await vm('loadbalancer1').stop();
    await waitFor('loadbalancer2 to take over the VIPs', 30_000, async () => ((await addressesOn(vm('loadbalancer2'), PRIMARY_INTERFACE)).filter((a) => vips.includes(a)).length === vips.length ? true : undefined)).catch(async (e) => {
      const s = await vm('loadbalancer2').sh('ip -br addr; journalctl -b -u keepalived --no-pager -n 20 -o cat');
      throw vm('loadbalancer2').fail(`${(e as Error).message}\n${s.stdout}`);
    });
    const r = await runCmd('ip', ['netns', 'exec', net.ns, 'curl', '-sS', '--max-time', '10', `http://${site.vip('web').address}/`], { timeoutMs: 20_000 });
    expect(r.stdout.trim()).toMatch(/^sitekit-e2e backend 10\.17\.4\.\d+:30080$/);
  });
});

describe('the seed-000 Proxmox VMs, with the network data Proxmox generates from ip_config', () => {
  it.each(PVE_BOOTED)('%s: net0 (ens18 to the kernel) is matched by its MAC, named eth0, with the site address and route', async (name) => {
    const node = pve.node(name);
    const n = pve.networkOfNode(node);
    await nicUp(vm(name), { mac: macOf(node), name: PRIMARY_INTERFACE, address: `${node.address}/${n.prefix}` });
    const route = JSON.parse(await vm(name).must('ip -j route show default', 'show the default route'));
    expect([name, route.map((r: Json) => `${r.gateway} ${r.dev}`)]).toEqual([name, [`${n.gateway} ${PRIMARY_INTERFACE}`]]);
    const ping = await vm(name).sh(`ping -c 1 -W 5 ${n.gateway}`);
    if (ping.code !== 0) throw vm(name).fail(`cannot reach the gateway ${n.gateway}: ${ping.stdout}`);
  });

  it.each(PVE_BOOTED)('%s: its firewall is the generated one', async (name) => {
    await nftablesLoaded(vm(name), NFTABLES_FILE, writtenFile(pveVms.get(name)!.seed, NFTABLES_FILE));
  });

  it.each(PVE_BOOTED)('%s: cloud-init done, no failed unit', async (name) => {
    const b = booted.get(name);
    if (b instanceof Error) throw b;
    if (b?.status !== 'done') throw vm(name).fail(`cloud-init ended with status ${b?.status}:\n${b?.detail}`);
    await noFailedUnits(vm(name));
  });
});

describe(`the harness catches broken configurations (${BROKEN} booted with the NIC name sitekit once assumed and a typo in an HAProxy backend)`, () => {
  it('a wrong NIC name: the NIC check fails, naming the interface the kernel gave it, with the serial console', async () => {
    const b = vm(BROKEN);
    const mac = b.spec.nic.mac;
    await expect(nicUp(b, { mac, name: PRIMARY_INTERFACE, address: `${site.node(BROKEN).address}/24` }, 2000)).rejects.toThrow(
      new RegExp(`^${BROKEN}: the NIC with MAC ${mac} should be up as eth0 with 10\\.17\\.3\\.13/24, but it is ens2, DOWN, with \\[\\][\\s\\S]*--- serial console of ${BROKEN} \\(last 40 lines\\) ---`),
    );
    const ifs = await interfaces(b);
    expect(ifs.map((i) => i.ifname)).toEqual(['lo', 'ens2']);
  });

  it('a typo in an HAProxy backend: the HAProxy check fails with the reason from its journal', async () => {
    const b = vm(BROKEN);
    await expect(haproxyListens(b, [`${site.vip('web').address}:80`], 'http://127.0.0.1:8404/healthz')).rejects.toThrow(/haproxy\.service is (failed|activating), not active[\s\S]*unable to find required default_backend: 'ingress-htp-microcloud'/);
  });

  it('and the failed units list names the first-boot step that failed, with the HAProxy error', async () => {
    await expect(noFailedUnits(vm(BROKEN))).rejects.toThrow(/failed units: .*cloud-final\.service[\s\S]*Job for haproxy\.service failed/);
  });
});
