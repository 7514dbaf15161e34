import type { K8sRule } from '../types';
import { exceptionFor, HOST_ACCESS_EXCEPTIONS } from './exceptions';

const LEVELS = ['privileged', 'baseline', 'restricted'];
const ENFORCE = 'pod-security.kubernetes.io/enforce';

/** Every namespace enforces a Pod Security Standard. */
export const NamespacePodSecurity: K8sRule = {
  id: 'k8s/NamespacePodSecurity',
  area: 'k8s',
  severity: 'error',
  message: `Namespaces enforce a Pod Security level (label ${ENFORCE})`,
  explanation:
    'Pod Security Admission rejects pods that break the namespace\'s level; without the label the cluster default applies (privileged on k3s), so nothing is enforced. ' +
    `Checks every Namespace object: the label ${ENFORCE} is one of ${LEVELS.join(', ')}, and \`privileged\` only where a named exception needs it ` +
    `(namespaces ${Object.keys(HOST_ACCESS_EXCEPTIONS).join(', ')}; see synth/gates/policy/k8s/exceptions.ts). ` +
    'Namespaces created outside the tree (kube-system) are not seen. ' +
    'Fix: label the namespace restricted (apps) or baseline (operators), with pod-security.kubernetes.io/warn: restricted.',
  check: (obj) => {
    if (obj.kind !== 'Namespace') return 'not-applicable';
    const level = obj.metadata?.labels?.[ENFORCE];
    if (level === undefined) return [{ detail: `no ${ENFORCE} label` }];
    if (!LEVELS.includes(level)) return [{ detail: `${ENFORCE} is ${JSON.stringify(level)}, not one of ${LEVELS.join(', ')}` }];
    const name = obj.metadata?.name;
    if (level === 'privileged' && !(['hostPath', 'hostNetwork', 'privileged'] as const).some((a) => exceptionFor(name, a))) {
      return [{ detail: `namespace ${name} enforces privileged, but no named exception covers it` }];
    }
    return 'compliant';
  },
};
