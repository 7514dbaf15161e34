/**
 * What the boot tests boot: the Terraform JSON the infra app synthesizes for a site (the same as
 * `npm run synth` writes), read back the way Terraform and the providers would use it. Template
 * strings are evaluated with test values for the site's secrets (`random_password` results,
 * WireGuard key variables) and the names/paths of libvirt volumes; anything else in a template
 * fails the test, as it would need a Terraform feature this evaluator does not have.
 */
import { createHash, generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { synthInfra } from '../../../infra/app';
import { loadSite, type Site } from '../../../site';

export const ROOT = path.join(__dirname, '..', '..', '..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A site file of the repository, loaded and validated. */
export function siteFile(file: string): Site {
  return loadSite(fs.readFileSync(path.join(ROOT, file), 'utf8'), file).site;
}

/** The synthesized stacks of a site, as plain JSON, by stack id. */
export function synthesize(site: Site): Record<string, Json> {
  return Object.fromEntries([...synthInfra(site)].map(([id, tf]) => [id, JSON.parse(JSON.stringify(tf))]));
}

/** A resource with its type, Terraform name and construct path (`<stack>/<path>`). */
export interface Resource {
  readonly type: string;
  readonly name: string;
  readonly stack: string;
  readonly path: string;
  readonly body: Json;
}

/** Every resource of every stack. */
export function resources(stacks: Record<string, Json>, type?: string): Resource[] {
  const out: Resource[] = [];
  for (const [stack, tf] of Object.entries(stacks)) {
    for (const [t, byName] of Object.entries<Json>(tf.resource ?? {})) {
      if (type && t !== type) continue;
      for (const [name, body] of Object.entries<Json>(byName)) {
        const { '//': meta, ...rest } = body;
        out.push({ type: t, name, stack, path: meta?.metadata?.path ?? `${stack}/${name}`, body: rest });
      }
    }
  }
  return out;
}

/** Deterministic test value of a `random_password` (its length; letters and digits, which every spec allows). */
function testPassword(name: string, length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let out = '';
  for (let round = 0; out.length < length; round++) for (const b of createHash('sha512').update(`sitekit-e2e:${name}:${round}`).digest()) out += alphabet[b % alphabet.length];
  return out.slice(0, length);
}

/** A WireGuard key pair (base64, as `wg genkey` / `wg pubkey` print them). */
export function wireguardKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const b64 = (s: string) => Buffer.from(s, 'base64url').toString('base64');
  return { privateKey: b64(privateKey.export({ format: 'jwk' }).d!), publicKey: b64(publicKey.export({ format: 'jwk' }).x!) };
}

/**
 * The values Terraform would fill in: every `random_password` (by its length) and every
 * WireGuard key variable (`wireguard_private_key_<x>` / `wireguard_public_key_<x>`, one key pair
 * per `<x>`), plus the volumes' names and paths.
 */
export class TestValues {
  readonly values = new Map<string, string>();
  readonly wireguard = new Map<string, { privateKey: string; publicKey: string }>();

  constructor(stacks: Record<string, Json>) {
    for (const r of resources(stacks, 'random_password')) this.values.set(`random_password.${r.name}.result`, testPassword(r.name, r.body.length));
    for (const tf of Object.values<Json>(stacks)) {
      for (const v of Object.keys(tf.variable ?? {})) {
        const m = /^wireguard_(private|public)_key_(.+)$/.exec(v);
        if (!m) continue;
        const pair = this.wireguard.get(m[2]) ?? wireguardKeyPair();
        this.wireguard.set(m[2], pair);
        this.values.set(`var.${v}`, m[1] === 'private' ? pair.privateKey : pair.publicKey);
      }
    }
    // Proxmox: a snippet's id is `<datastore>:snippets/<file>`, an imported image's `<datastore>:import/<file>`.
    for (const f of resources(stacks, 'proxmox_virtual_environment_file')) this.values.set(`proxmox_virtual_environment_file.${f.name}.id`, `${f.body.datastore_id}:${f.body.content_type}/${f.body.source_raw?.file_name}`);
    for (const f of resources(stacks, 'proxmox_virtual_environment_download_file')) this.values.set(`proxmox_virtual_environment_download_file.${f.name}.id`, `${f.body.datastore_id}:${f.body.content_type}/${f.body.file_name}`);
    for (const p of resources(stacks, 'libvirt_pool')) this.values.set(`libvirt_pool.${p.name}.name`, p.body.name);
    const pools = new Map(resources(stacks, 'libvirt_pool').map((p) => [p.body.name, p.body.target?.path]));
    for (const v of resources(stacks, 'libvirt_volume')) {
      this.values.set(`libvirt_volume.${v.name}.name`, v.body.name);
      const pool = typeof v.body.pool === 'string' ? this.evaluate(v.body.pool, `libvirt_volume.${v.name}.pool`) : undefined;
      const dir = pool && pools.get(pool);
      if (dir) this.values.set(`libvirt_volume.${v.name}.path`, `${dir}/${v.body.name}`);
    }
  }

  private ref(expr: string, where: string): string {
    const v = this.values.get(expr);
    if (v === undefined) throw new Error(`${where}: the template refers to ${expr}, which the boot tests have no value for`);
    return v;
  }

  /**
   * Evaluates a Terraform template string: `$${` and `%%{` are literal `${` / `%{`, `${ref}`,
   * `${urlencode(ref)}` and `${base64encode(ref)}` are filled in; any other interpolation or
   * directive fails.
   */
  evaluate(text: string, where: string): string {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
        out += `${c}{`;
        i += 3;
      } else if (c === '%' && text[i + 1] === '{') {
        throw new Error(`${where}: a Terraform template directive at ${JSON.stringify(text.slice(i, i + 40))}`);
      } else if (c === '$' && text[i + 1] === '{') {
        const end = text.indexOf('}', i);
        const expr = text.slice(i + 2, end).trim();
        const fn = /^(urlencode|base64encode)\((.+)\)$/.exec(expr);
        if (fn) {
          const v = this.ref(fn[2], where);
          out += fn[1] === 'base64encode' ? Buffer.from(v).toString('base64') : encodeURIComponent(v).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
        } else out += this.ref(expr, where);
        i = end + 1;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  /** Every string in a JSON value, evaluated. */
  deep(value: Json, where: string): Json {
    if (typeof value === 'string') return this.evaluate(value, where);
    if (Array.isArray(value)) return value.map((v, i) => this.deep(v, `${where}[${i}]`));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v, `${where}.${k}`)]));
    return value;
  }
}

/** The three NoCloud documents of a node, as its hypervisor would hand them over. */
export interface Seed {
  readonly userData: string;
  readonly networkConfig?: string;
  readonly metaData: string;
}

/** The cloud-init seed of every cloud-init VM of a libvirt site (its `libvirt_cloudinit_disk`) and of its external nodes (their `bootstrap_<node>` output). */
export function libvirtSeeds(site: Site, stacks: Record<string, Json>, values: TestValues): Map<string, Seed> {
  const out = new Map<string, Seed>();
  for (const r of resources(stacks, 'libvirt_cloudinit_disk')) {
    const node = r.path.split('/')[1];
    const b = values.deep(r.body, `libvirt_cloudinit_disk.${r.name}`);
    out.set(node, { userData: b.user_data, networkConfig: b.network_config, metaData: b.meta_data });
  }
  for (const node of site.nodes.filter((n) => n.external)) {
    const o = stacks.nodes?.output?.[`bootstrap_${node.name.replace(/[^A-Za-z0-9_]/g, '_')}`];
    if (!o || o.value.format !== 'cloud-init') continue;
    const b = values.deep(o.value, `output.bootstrap_${node.name}`);
    out.set(node.name, { userData: b.user_data, networkConfig: b.network_config, metaData: b.meta_data });
  }
  return out;
}

/** The cloud-config of a seed, parsed. */
export function cloudConfig(seed: Seed): Json {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('yaml');
  return parse(seed.userData);
}

/** The content of a file the user-data writes. */
export function writtenFile(seed: Seed, file: string): string {
  const f = (cloudConfig(seed).write_files ?? []).find((w: Json) => w.path === file);
  if (!f) throw new Error(`the user-data writes no ${file}`);
  return f.content;
}
