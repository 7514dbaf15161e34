/** Small hand-written trees for the data-loss guard's tests (__tests__/synth/gates/data-loss/). */
import { stringify } from 'yaml';

export type Changes = { renames?: { node: string; to: string }[]; removals?: { object: string; reason: string }[] };
export const site = (changes: Changes = {}) => ({ spec: { changes: { renames: changes.renames ?? [], removals: changes.removals ?? [] } } });

export const tf = (json: object) => `${JSON.stringify(json, null, 2)}\n`;
export const yaml = (...objects: object[]) => objects.map((o) => stringify(o)).join('---\n');

/** A nodes stack with one VM: OS and data volume, an Ignition volume (generated content), the domain. */
export const VM = {
  resource: {
    libvirt_volume: {
      'w1_disk-os_AAAA': { name: 's-w1-os.qcow2', backing_store: { path: '/p/base' } },
      'w1_disk-data_BBBB': { name: 's-w1-data.qcow2', lifecycle: { prevent_destroy: true } },
      w1_bootstrap_CCCC: { name: 's-w1.ign', create: { content: { url: '${libvirt_ignition.w1_ignition_DDDD.path}' } } },
    },
    libvirt_ignition: { w1_ignition_DDDD: { name: 's-w1.ign', content: '{}' } },
    libvirt_domain: { w1_domain_EEEE: { name: 's-w1' } },
    random_password: { token: { length: 32 } },
  },
};

export const pvc = (name: string, namespace = 'apps') => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace } });
