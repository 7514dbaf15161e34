import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** Containers cannot gain privileges (setuid binaries, file capabilities). */
export const NoPrivilegeEscalation: K8sRule = {
  id: 'k8s/NoPrivilegeEscalation',
  area: 'k8s',
  severity: 'error',
  message: 'Containers set allowPrivilegeEscalation: false',
  explanation:
    'allowPrivilegeEscalation defaults to true: a setuid binary in the image can gain privileges the container was not given (no_new_privs stays off). ' +
    'Checks securityContext.allowPrivilegeEscalation of every container and init container; the field exists only at container level. ' +
    'Fix: set it to false in each container securityContext.',
  check: (obj) =>
    perContainer(obj, ({ label, c }) => {
      const v = c.securityContext?.allowPrivilegeEscalation;
      if (v === false) return undefined;
      return v === undefined ? `${label} does not set allowPrivilegeEscalation (it defaults to true)` : `${label} sets allowPrivilegeEscalation: ${JSON.stringify(v)}`;
    }),
};
