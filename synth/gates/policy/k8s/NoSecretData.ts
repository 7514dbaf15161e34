import type { K8sRule } from '../types';
import { isObject } from './pods';

/** No secret values in git: Secrets come from External Secrets (or outside the tree). */
export const NoSecretData: K8sRule = {
  id: 'k8s/NoSecretData',
  area: 'k8s',
  severity: 'error',
  message: 'No Secret objects with data or stringData in the GitOps tree',
  explanation:
    'The tree is pushed to a Git repository: a Secret with data there is a leaked credential (base64 is an encoding, not encryption). ' +
    'Checks every object of kind Secret (core API) in every file: data and stringData must be absent or empty. ' +
    'Fix: an ExternalSecret (the site\'s ClusterSecretStore), or a Secret created outside git and referenced by name.',
  check: (obj) => {
    if (obj.kind !== 'Secret' || !(obj.apiVersion === 'v1' || obj.apiVersion === undefined)) return 'not-applicable';
    const keys = (f: string) => (isObject(obj[f]) ? Object.keys(obj[f] as object) : []);
    const out = ['data', 'stringData'].filter((f) => keys(f).length).map((f) => ({ detail: `${f} holds ${keys(f).length} key(s): ${keys(f).sort().join(', ')}` }));
    return out;
  },
};
