import type { K8sRule } from '../types';
import { effective, perContainer } from './pods';

/** Containers run under a seccomp profile. */
export const SeccompProfile: K8sRule = {
  id: 'k8s/SeccompProfile',
  area: 'k8s',
  severity: 'error',
  message: 'Containers run with seccompProfile RuntimeDefault or Localhost',
  explanation:
    'Without a seccomp profile every system call is open to the container (Unconfined); the Pod Security restricted level rejects such pods at admission, so this catches it at synth. ' +
    'Checks securityContext.seccompProfile.type of every container and init container, taking the container\'s value, else the pod\'s. ' +
    'Fix: seccompProfile: { type: RuntimeDefault } in the pod securityContext.',
  check: (obj) =>
    perContainer(obj, ({ label, c }, spec) => {
      const p = effective(spec, c, 'seccompProfile') as { type?: unknown } | undefined;
      if (p?.type === 'RuntimeDefault' || p?.type === 'Localhost') return undefined;
      return p?.type === undefined ? `${label} has no seccompProfile (pod or container securityContext)` : `${label} uses seccompProfile ${String(p.type)}`;
    }),
};
