import type { K8sRule, RuleFinding } from '../types';
import { describeExceptions, exceptionFor } from './exceptions';
import { isObject, podSpecOf } from './pods';

/** Pods do not mount directories of the node. */
export const NoHostPath: K8sRule = {
  id: 'k8s/NoHostPath',
  area: 'k8s',
  severity: 'error',
  message: 'Pods mount no hostPath volumes',
  explanation:
    'A hostPath volume reaches the node\'s file system: writing to it escapes the container, reading from it exposes other pods\' data and the node\'s credentials. ' +
    'Checks the volumes of every pod workload. ' +
    `Named exceptions (synth/gates/policy/k8s/exceptions.ts): ${describeExceptions('hostPath')}. ` +
    'Fix: use a PersistentVolumeClaim, emptyDir, ConfigMap or projected volume.',
  check: (obj) => {
    const spec = podSpecOf(obj);
    if (!spec) return 'not-applicable';
    if (exceptionFor(obj.metadata?.namespace, 'hostPath')) return 'compliant';
    const out: RuleFinding[] = [];
    for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) {
      if (isObject(v) && v.hostPath !== undefined) out.push({ detail: `volume "${v.name ?? '?'}" mounts hostPath ${v.hostPath?.path ?? '?'}` });
    }
    return out;
  },
};
