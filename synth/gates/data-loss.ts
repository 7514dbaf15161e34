/**
 * The data-loss guard: compares the previous output tree (the committed `dist/`) with a new one and
 * finds every stateful object that would disappear, or be replaced at its address (a change of an
 * attribute Terraform cannot update in place: REPLACING_ATTRIBUTES): Terraform VMs, disks, storage pools and any
 * resource with `prevent_destroy`; Kubernetes objects that hold data (cluster/stateful.ts) and
 * those the previous tree kept from pruning (the namespaces holding data). Applying such an
 * output destroys the data: `terraform apply` replaces or deletes the resource, Flux or Argo CD
 * prunes the object.
 *
 * A disappearance is allowed only when the site says so: a removal declared with a reason
 * (`changes.removals`), or a Terraform `moved` block of the new output that carries the address
 * to one the new output holds (what a declared node rename, `changes.renames`, produces).
 *
 * Pure: file maps in (path → content, as `renderSite` makes them and `dist/` holds them), result
 * out. Objects are named as the policy pack names them: `terraform/<stack>/<type>.<name>` and
 * `clusters/<cluster>/<Kind>/<namespace|_>/<name>`.
 */
import { isKeptFromPruning, isStatefulKind } from '../../cluster/stateful';
import type { SiteSpec } from '../../site/schema';
import { cloudConfigOf, firstBootByHand } from './first-boot';
import { k8sObjectId, k8sObjectsOfFile, objectPattern, terraformObjectId } from './policy';
import { blocksOf, isObject } from './policy/terraform/blocks';

/** A stateful object of the previous tree: its id, what it is (for the message), the file it was in. */
export interface StatefulObject {
  readonly object: string;
  readonly what: string;
  readonly file: string;
}

/** A disappearance the site allows by a declared removal. */
export interface DeclaredRemoval extends StatefulObject {
  /** Index in `changes.removals`. */
  readonly removal: number;
  readonly reason: string;
}

/** A disappearance a `moved` block of the new output covers. */
export interface MovedObject extends StatefulObject {
  /** The id it moved to. */
  readonly to: string;
}

/** A declared removal that matched nothing that disappears. */
export interface UnusedRemoval {
  readonly removal: number;
  readonly object: string;
}

export interface DataLossResult {
  /** Stateful objects that would disappear without the site saying so: the synth refuses these. */
  readonly lost: readonly StatefulObject[];
  /**
   * Changes Terraform will not make (`ignore_changes`, or a provider that cannot update in place)
   * and that must be done by hand: one line each, with what to run.
   */
  readonly byHand?: readonly string[];
  /** Allowed by `changes.removals`. */
  readonly removed: readonly DeclaredRemoval[];
  /** Allowed by a `moved` block. */
  readonly moved: readonly MovedObject[];
  /** Declared removals that matched nothing disappearing (already applied, or a typo). */
  readonly unusedRemovals: readonly UnusedRemoval[];
}

/** Terraform resource types that are a VM or hold data, and what to call them. */
const STATEFUL_TYPES: Readonly<Record<string, string>> = {
  libvirt_domain: 'VM',
  libvirt_volume: 'disk',
  libvirt_pool: 'storage pool',
  proxmox_virtual_environment_vm: 'VM',
  proxmox_virtual_environment_container: 'container',
};

/**
 * What a Terraform resource is, when it is stateful; else undefined. A libvirt volume whose
 * content is downloaded or generated (`create.content.url`: a base image, an Ignition or
 * cloud-init volume) holds nothing that cannot be made again. Any resource with `prevent_destroy`
 * is stateful: that is what the code says of it.
 */
function terraformStateful(type: string, body: Record<string, unknown>): string | undefined {
  const lifecycle = body.lifecycle;
  const prevent = isObject(lifecycle) && lifecycle.prevent_destroy === true;
  if (type === 'libvirt_volume' && !prevent) {
    const create = body.create;
    const url = isObject(create) && isObject(create.content) ? create.content.url : undefined;
    if (url !== undefined) return undefined;
  }
  if (type === 'libvirt_volume' && isObject(body.create)) return 'base image, the backing file of the OS disks made from it';
  return STATEFUL_TYPES[type] ?? (prevent ? `${type} with prevent_destroy` : undefined);
}

/**
 * Attributes of a stateful resource whose change makes Terraform replace it in place (destroy,
 * then create at the same address): libvirt cannot rename a volume or a pool, the provider replaces
 * a domain whose name changes, and a Proxmox VM without `migrate` is re-created on another node.
 * A libvirt resource whose `provider` changes (its VM placed on another host) is made anew on the
 * other host, its disks empty, and the old one is left running on the first, out of Terraform's
 * hands.
 */
const REPLACING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  libvirt_domain: ['name', 'provider'],
  libvirt_volume: ['name', 'pool', 'provider'],
  libvirt_pool: ['name', 'type', 'provider'],
  proxmox_virtual_environment_vm: ['node_name'],
};

const GIB = 1024 ** 3;

/** A Proxmox VM's disks by interface: size (GiB) and serial, when given. */
function proxmoxDisks(body: Record<string, unknown>): Map<string, { size?: number; serial?: string }> {
  const out = new Map<string, { size?: number; serial?: string }>();
  // Stryker disable next-line ArrayDeclaration: any entry that is not an object is skipped below
  for (const d of Array.isArray(body.disk) ? body.disk : []) {
    if (isObject(d) && typeof d.interface === 'string') out.set(d.interface, { size: typeof d.size === 'number' ? d.size : undefined, serial: typeof d.serial === 'string' ? d.serial : undefined });
  }
  return out;
}

/**
 * What happens to the data of a stateful resource that stays at its address: the changes that
 * destroy data (a shrunk disk, a Proxmox data disk detached or swapped for another at its
 * interface), and those a person must make (a libvirt volume grown: provider 0.9.7 cannot resize,
 * so the nodes stack ignores `capacity`).
 */
function inPlace(object: string, type: string, was: Record<string, unknown>, is: Record<string, unknown>, where: Pick<TreeIndex, 'uri' | 'domainOf' | 'poolPath'>): { lost: string[]; byHand: string[] } {
  const lost: string[] = [];
  const byHand: string[] = [];
  if (type === 'libvirt_volume' && typeof was.capacity === 'number' && typeof is.capacity === 'number' && was.capacity !== is.capacity) {
    const [from, to] = [was.capacity / GIB, is.capacity / GIB];
    if (to < from) lost.push(`shrinks from ${from} GiB to ${to} GiB: the end of the disk would be cut off`);
    else {
      const virsh = `virsh${where.uri ? ` -c ${where.uri}` : ''}`;
      const [pool, name] = [String(is.pool), String(is.name)];
      const domain = where.domainOf.get(object.slice(object.lastIndexOf('/') + 1)) ?? where.domainOf.get(name) ?? '<its domain>';
      const file = `${where.poolPath.get(pool) ?? `<path of pool ${pool}>`}/${name}`;
      byHand.push(
        `${object}: grown from ${from} GiB to ${to} GiB; libvirt provider 0.9.7 cannot resize a volume and the nodes stack ignores its size, so resize it by hand: ` +
          `${virsh} blockresize ${domain} ${file} ${to}G while the VM runs (${virsh} vol-resize --pool ${pool} ${name} ${to}G while it is off), then grow the filesystem in the guest (resize2fs on the disk's device)`,
      );
    }
  }
  if (type === 'proxmox_virtual_environment_vm') {
    const [before, after] = [proxmoxDisks(was), proxmoxDisks(is)];
    for (const [iface, d] of before) {
      const now = after.get(iface);
      if (!now) lost.push(`disk ${iface} detached: Proxmox keeps it as an unused disk and deletes it with the VM`);
      else if (d.serial && now.serial && d.serial !== now.serial) lost.push(`disk ${iface} would become another disk (${d.serial} -> ${now.serial}): keep the order of the data disks in the site`);
      else if (d.size !== undefined && now.size !== undefined && now.size < d.size) lost.push(`disk ${iface} shrinks from ${d.size} GiB to ${now.size} GiB: Proxmox refuses to shrink a disk`);
    }
  }
  return { lost, byHand };
}

/** The replacing attributes of a resource body, as `name "x"` texts (undefined when unset). */
function identityOf(type: string, body: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  // Stryker disable next-line ArrayDeclaration: an attribute no body has is skipped alike
  for (const a of REPLACING_ATTRIBUTES[type] ?? []) {
    // No `provider`: the provider's default configuration, named as Terraform names it (`libvirt`).
    const value = a === 'provider' ? body[a] ?? type.slice(0, type.indexOf('_')) : body[a];
    if (value !== undefined) out.set(a, JSON.stringify(value));
  }
  return out;
}

/** What is in one tree: every object id, the stateful ones, and the moves its Terraform declares. */
interface TreeIndex {
  readonly ids: Set<string>;
  /** The replacing attributes of each stateful Terraform resource (REPLACING_ATTRIBUTES). */
  readonly identity: Map<string, Map<string, string>>;
  /** Type and body of each stateful Terraform resource, for the in-place checks. */
  readonly bodies: Map<string, { type: string; body: Record<string, unknown> }>;
  /** The libvirt connection URI of the stacks, for the commands of byHand. */
  uri?: string;
  /** libvirt volume (name, or address of its resource) → the name of the domain that attaches it, for the commands of byHand. */
  readonly domainOf: Map<string, string>;
  /** libvirt pool name → its directory, for the commands of byHand. */
  readonly poolPath: Map<string, string>;
  /** Object id → first-boot data (firstBootData), to tell running VMs whose bootstrap changed. */
  readonly firstBoot: Map<string, string>;
  /** Object id → its cloud-init user data, to tell what a running VM does not get of a change. */
  readonly cloudConfig: Map<string, string>;
  readonly stateful: StatefulObject[];
  /** Old id → new id, from the `moved` blocks. */
  readonly moves: Map<string, string>;
}

/** The first-boot data of a resource that carries it (Ignition, cloud-init, a Proxmox snippet), as text; else undefined. */
function firstBootData(type: string, body: Record<string, unknown>): string | undefined {
  const keys: Readonly<Record<string, readonly string[]>> = {
    libvirt_ignition: ['content'],
    libvirt_cloudinit_disk: ['user_data', 'meta_data', 'network_config'],
    proxmox_virtual_environment_file: ['source_raw'],
  };
  return keys[type] ? JSON.stringify(keys[type].map((k) => body[k] ?? null)) : undefined;
}

/** Records which domain attaches each libvirt volume and where each pool lives. */
function noteLibvirtNames(index: Pick<TreeIndex, 'domainOf' | 'poolPath'>, type: string, body: Record<string, unknown>): void {
  if (type === 'libvirt_pool' && typeof body.name === 'string' && isObject(body.target) && typeof body.target.path === 'string') index.poolPath.set(body.name, body.target.path);
  if (type !== 'libvirt_domain' || typeof body.name !== 'string' || !isObject(body.devices) || !Array.isArray(body.devices.disks)) return;
  for (const d of body.devices.disks) {
    const volume = isObject(d) && isObject(d.source) && isObject(d.source.volume) ? d.source.volume.volume : undefined;
    // A volume by name, or by reference to the volume resource (`${libvirt_volume.<name>.name}`): keyed by name or address.
    if (typeof volume === 'string') index.domainOf.set(/^\$\{(libvirt_volume\.[^.}]+)\.name\}$/.exec(volume)?.[1] ?? volume, body.name);
  }
}

function parseJson(file: string, text: string): Record<string, unknown> {
  let tf: unknown;
  try {
    tf = JSON.parse(text);
  } catch (e) {
    throw new Error(`data-loss guard: ${file} is not JSON: ${(e as Error).message}`);
  }
  return isObject(tf) ? tf : {};
}

function indexTree(files: ReadonlyMap<string, string>, only: (file: string, text: string) => boolean = () => true, parsed?: ReadonlyMap<string, readonly unknown[]>): TreeIndex {
  const index: TreeIndex = { ids: new Set(), identity: new Map(), bodies: new Map(), stateful: [], moves: new Map(), domainOf: new Map(), poolPath: new Map(), firstBoot: new Map(), cloudConfig: new Map() };
  for (const [file, text] of files) {
    if (!only(file, text)) continue;
    const tf = /^terraform\/([^/]+)\/cdk\.tf\.json$/.exec(file);
    if (tf) {
      const stack = tf[1];
      const json = parseJson(file, text);
      for (const block of blocksOf(stack, json)) {
        const object = terraformObjectId(block);
        index.ids.add(object);
        if (block.kind === 'resource') {
          noteLibvirtNames(index, block.type, block.body as Record<string, unknown>);
          const boot = firstBootData(block.type, block.body as Record<string, unknown>);
          if (boot !== undefined) index.firstBoot.set(object, boot);
          const userData = cloudConfigOf(block.type, block.body as Record<string, unknown>);
          if (userData !== undefined) index.cloudConfig.set(object, userData);
        }
        const what = block.kind === 'resource' ? terraformStateful(block.type, block.body as Record<string, unknown>) : undefined;
        if (!what) continue;
        index.stateful.push({ object, what, file });
        index.identity.set(object, identityOf(block.type, block.body as Record<string, unknown>));
        index.bodies.set(object, { type: block.type, body: block.body as Record<string, unknown> });
      }
      const libvirt = isObject(json.provider) ? json.provider.libvirt : undefined;
      const first = Array.isArray(libvirt) ? libvirt[0] : libvirt;
      if (isObject(first) && typeof first.uri === 'string') index.uri = first.uri;
      // Stryker disable next-line ArrayDeclaration: any entry that is not an object is skipped below
      for (const m of Array.isArray(json.moved) ? json.moved : []) {
        if (isObject(m) && typeof m.from === 'string' && typeof m.to === 'string') index.moves.set(`terraform/${stack}/${m.from}`, `terraform/${stack}/${m.to}`);
      }
      continue;
    }
    const k8s = /^clusters\/([^/]+)\/.+\.ya?ml$/.exec(file);
    if (!k8s) continue;
    for (const obj of k8sObjectsOfFile(file, text, parsed, 'data-loss guard')) {
      const object = k8sObjectId(k8s[1], obj);
      index.ids.add(object);
      if (isStatefulKind(obj)) index.stateful.push({ object, what: obj.kind, file });
      else if (isKeptFromPruning(obj)) index.stateful.push({ object, what: `${obj.kind} kept from pruning`, file });
    }
  }
  return index;
}

/** True when the removal's object (`*` matching any characters) names the id. */
function matches(pattern: string, id: string): boolean {
  // Stryker disable next-line StringLiteral: a pattern without * matches only its own text either way
  return pattern.includes('*') ? objectPattern(pattern).test(id) : pattern === id;
}

/**
 * The stateful objects of `previous` that `next` no longer holds, sorted by id, split into those
 * the site allows (declared removals, `moved` blocks) and those it does not (`lost`). An empty
 * `previous` (a first synth) loses nothing. `parsed`: the objects of `next`'s YAML files, as the
 * renderer has them (`Rendered.objects`), which spares parsing them again.
 */
export function checkDataLoss(previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>, site: { readonly spec: Pick<SiteSpec, 'changes'> }, parsed?: ReadonlyMap<string, readonly unknown[]>): DataLossResult {
  // A file with the same content in both trees loses nothing: only the others are parsed (most
  // synths change a few files, or none), and the new tree only when something stateful changed.
  const before = indexTree(previous, (file, text) => next.get(file) !== text);
  const after: Pick<TreeIndex, 'ids' | 'identity' | 'bodies' | 'moves' | 'uri' | 'domainOf' | 'poolPath' | 'firstBoot' | 'cloudConfig'> =
    before.stateful.length || before.firstBoot.size
      ? indexTree(next, undefined, parsed)
      : // Stryker disable next-line ObjectLiteral: with nothing stateful and no first-boot data before, nothing reads it
        { ids: new Set(), identity: new Map(), bodies: new Map(), moves: new Map(), domainOf: new Map(), poolPath: new Map(), firstBoot: new Map(), cloudConfig: new Map() };
  const byHand: string[] = [];
  const removals = site.spec.changes.removals;
  const used = new Set<number>();
  const lost: StatefulObject[] = [];
  const removed: DeclaredRemoval[] = [];
  const moved: MovedObject[] = [];
  const seen = new Set<string>();
  // Gone: no longer in the tree, or still there (or moved) with a replacing attribute changed.
  const gone: (StatefulObject & { readonly to?: string })[] = [];
  for (const s of before.stateful) {
    if (seen.has(s.object)) continue;
    seen.add(s.object);
    const moveTo = after.moves.get(s.object);
    const now = after.ids.has(s.object) ? s.object : moveTo !== undefined && after.ids.has(moveTo) ? moveTo : undefined;
    if (now === undefined) {
      gone.push(s);
      continue;
    }
    const was = before.identity.get(s.object);
    const is = after.identity.get(now);
    const changed = was && is ? [...was].filter(([a, v]) => is.has(a) && is.get(a) !== v).map(([a, v]) => `${a} ${v} -> ${is.get(a)}`) : [];
    if (changed.length) {
      gone.push({ ...s, what: `${s.what}, replaced: ${changed.join(', ')}` });
      continue;
    }
    const [b, a] = [before.bodies.get(s.object), after.bodies.get(now)];
    const change = b && a && b.type === a.type ? inPlace(now, a.type, b.body, a.body, after) : { lost: [], byHand: [] };
    byHand.push(...change.byHand);
    if (change.lost.length) gone.push({ ...s, what: `${s.what}, ${change.lost.join('; ')}` });
    else if (now !== s.object) gone.push({ ...s, to: now });
  }
  for (const s of gone.sort((a, b) => (a.object < b.object ? -1 : a.object > b.object ? 1 : 0))) {
    const { to, ...object } = s;
    if (to !== undefined) {
      moved.push({ ...object, to });
      continue;
    }
    const i = removals.findIndex((r) => matches(r.object, s.object));
    if (i >= 0) {
      used.add(i);
      removed.push({ ...s, removal: i, reason: removals[i].reason });
      continue;
    }
    lost.push(s);
  }
  // Running VMs keep the first-boot data they booted with: say which ones the change does not reach.
  const stale = [...before.firstBoot].filter(([id, data]) => after.firstBoot.has(after.moves.get(id) ?? id) && after.firstBoot.get(after.moves.get(id) ?? id) !== data).map(([id]) => id);
  const short = (id: string) => id.slice(id.indexOf('/', id.indexOf('/') + 1) + 1);
  if (stale.length) {
    byHand.push(
      `the first-boot data of ${stale.length === 1 ? '1 existing VM' : `${stale.length} existing VMs`} changed, which their bootstrap (first boot only) does not bring to them: ` +
        `${stale.map(short).join(', ')}; new VMs get it, running ones keep theirs until it is applied by hand (docs/day2.md)`,
    );
  }
  // What of it: packages and first-boot commands a running VM does not get (a node's tools or desktop added).
  for (const id of stale) {
    const [was, is] = [before.cloudConfig.get(id), after.cloudConfig.get(after.moves.get(id) ?? id)];
    const line = was !== undefined && is !== undefined ? firstBootByHand(short(id), was, is) : undefined;
    if (line) byHand.push(line);
  }
  const unusedRemovals = removals.flatMap((r, i) => (used.has(i) ? [] : [{ removal: i, object: r.object }]));
  return { lost, removed, moved, unusedRemovals, ...(byHand.length ? { byHand } : {}) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A replacement by a change of host: a Proxmox VM's node, a libvirt resource's provider. */
const HOST_CHANGE = /replaced: (.*, )?(node_name|provider) /;
/** The refusal's fix for a VM on another host: most often one the site placed anew when a host was added. */
const HOST_FIX = '  a VM on another host is a new VM there (its disks empty): to keep one where it runs, pin it to its host (nodes[].host: <the host it runs on>)';

/**
 * The refusal for a result with lost objects: a count line, one line per object (id, what it is,
 * the file it was in), then how to fix it. Lines after the first are indented by two spaces; no
 * trailing newline. Empty when nothing is lost.
 */
export function formatDataLoss(result: Pick<DataLossResult, 'lost'>): string {
  if (!result.lost.length) return '';
  return [
    `data loss: this output would destroy ${plural(result.lost.length, 'stateful object')} of the previous one (nothing written):`,
    ...result.lost.map((s) => `    ${s.object} (${s.what}, in ${s.file})`),
    '  fix: undo the change; or, for a renamed node, declare the rename in the site (changes.renames: [{ node: <old name>, to: <new name> }]: its VM and disks move to the new name);',
    '  or, if the data may go, declare each removal with its reason (changes.removals: [{ object: <id above, * for any characters>, reason: <why> }])',
    ...(result.lost.some((s) => HOST_CHANGE.test(s.what)) ? [HOST_FIX] : []),
  ].join('\n');
}

/**
 * One line per allowed disappearance and per unused removal, for the synth's summary and
 * warnings: `moved    <from> -> <to>`, `removed  <id>: <reason>`, and for unused removals
 * `warning: changes.removals[<i>] (<object>) matches nothing this synth removes: delete it once
 * `terraform apply` has made the removal`.
 */
export function formatAllowed(result: DataLossResult): { summary: string[]; warnings: string[] } {
  return {
    summary: [...result.moved.map((m) => `moved    ${m.object} -> ${m.to}`), ...result.removed.map((r) => `removed  ${r.object}: ${r.reason}`)],
    warnings: [
      ...result.unusedRemovals.map((u) => `warning: changes.removals[${u.removal}] (${u.object}) matches nothing this synth removes: delete it once \`terraform apply\` has made the removal (npm run plan still needs it until then)`),
      ...(result.byHand ?? []).map((l) => `by hand: ${l}`),
    ],
  };
}

/** The refusal of a synth that would lose data: a user error (exit 1, nothing written). */
export class DataLossError extends Error {
  readonly userError = true;
  constructor(readonly result: DataLossResult) {
    super(formatDataLoss(result));
  }
}

/**
 * The guard as the synth runs it: throws a DataLossError when anything stateful would be lost;
 * else returns the lines for the summary (what moved, what was removed as declared) and the
 * warnings (unused removals).
 */
export function assertNoDataLoss(previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>, site: { readonly spec: Pick<SiteSpec, 'changes'> }, parsed?: ReadonlyMap<string, readonly unknown[]>): { result: DataLossResult; summary: string[]; warnings: string[] } {
  const result = checkDataLoss(previous, next, site, parsed);
  if (result.lost.length) throw new DataLossError(result);
  return { result, ...formatAllowed(result) };
}
