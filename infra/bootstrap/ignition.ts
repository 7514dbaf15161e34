/**
 * Ignition (spec 3.3.0) for Flatcar nodes: the plan's files as data URLs, its units with their
 * drop-ins, and the site's SSH keys for the `core` user. Flatcar has no package manager and
 * Ignition runs no commands, so a plan with packages or commands cannot be rendered here.
 *
 * File contents are percent-encoded data URLs. A secret reference inside a file is kept verbatim
 * (so Terraform, or CDKTF for a token, finds it); only alphanumeric secrets may be placed there
 * (`SECRET_SPECS[...].alphanumeric`), as their values need no encoding in a URL.
 */
import type { Node } from '../../site';
import { LOGIN_USERS } from '../../site/schema';
import { BootPlan, BootstrapError, checkPath, checkSshKey } from './common';
import { isReference, SECRET_SPECS, secretNameOf } from './secrets';
import type { BootstrapSecrets } from './secrets';

export const IGNITION_VERSION = '3.3.0';
/** The user Flatcar creates. */
export const FLATCAR_USER = LOGIN_USERS.flatcar;

export interface IgnitionFile {
  readonly path: string;
  readonly mode: number;
  readonly overwrite: true;
  readonly contents: { readonly source: string };
}

export interface IgnitionUnit {
  readonly name: string;
  readonly enabled?: boolean;
  readonly contents?: string;
  readonly dropins?: readonly { readonly name: string; readonly contents: string }[];
}

/** The subset of the Ignition 3.3.0 config we produce. */
export interface IgnitionConfig {
  readonly ignition: { readonly version: typeof IGNITION_VERSION };
  readonly passwd: { readonly users: readonly { readonly name: string; readonly sshAuthorizedKeys: readonly string[] }[] };
  readonly storage: { readonly files: readonly IgnitionFile[] };
  readonly systemd: { readonly units: readonly IgnitionUnit[] };
}

/** Percent-encodes everything but RFC 3986 unreserved characters (as Terraform's `urlencode` does). */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A `data:,` URL of the content, percent-encoded except for the (alphanumeric) secret references it holds. */
export function dataUrl(content: string, secrets: Partial<BootstrapSecrets>): string {
  const refs = [...new Set(Object.values(secrets).filter((v): v is string => typeof v === 'string' && isReference(v) && content.includes(v)))];
  if (!refs.length) return `data:,${percentEncode(content)}`;
  for (const r of refs) {
    const name = secretNameOf(secrets, r)!;
    if (!SECRET_SPECS[name].alphanumeric) throw new BootstrapError(`secret ${name} may hold characters a data URL must encode; it cannot go into an Ignition file`);
  }
  const pattern = new RegExp(refs.sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = 'data:,';
  let last = 0;
  for (const m of content.matchAll(pattern)) {
    out += percentEncode(content.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + percentEncode(content.slice(last));
}

/** The Ignition config of a Flatcar node from its plan. */
export function renderIgnition(node: Node, plan: BootPlan, sshKeys: readonly string[], secrets: Partial<BootstrapSecrets>): IgnitionConfig {
  if (plan.packages.length) throw new BootstrapError(`node ${node.name} runs Flatcar, which cannot install packages (${plan.packages.join(', ')}); give it a debian or ubuntu image`);
  if (plan.commands.length) throw new BootstrapError(`node ${node.name} runs Flatcar, and Ignition runs no commands; make them systemd units`);
  return {
    ignition: { version: IGNITION_VERSION },
    passwd: { users: [{ name: FLATCAR_USER, sshAuthorizedKeys: sshKeys.map(checkSshKey) }] },
    storage: {
      files: plan.files.map((f) => ({ path: checkPath(f.path, 'file path'), mode: f.mode, overwrite: true, contents: { source: dataUrl(f.content, secrets) } })),
    },
    systemd: {
      units: plan.units.map((u) => ({
        name: u.name,
        ...(u.enabled !== undefined ? { enabled: u.enabled } : {}),
        ...(u.contents !== undefined ? { contents: u.contents } : {}),
        ...(u.dropins?.length ? { dropins: u.dropins.map((d) => ({ name: d.name, contents: d.contents })) } : {}),
      })),
    },
  };
}
