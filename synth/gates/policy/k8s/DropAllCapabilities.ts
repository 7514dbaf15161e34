import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** Containers drop every Linux capability. */
export const DropAllCapabilities: K8sRule = {
  id: 'k8s/DropAllCapabilities',
  area: 'k8s',
  severity: 'error',
  message: 'Containers drop ALL capabilities',
  explanation:
    'The container runtime grants a default set of capabilities (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...) that most services never use and an attacker would. ' +
    'Checks that securityContext.capabilities.drop of every container and init container contains ALL (container level only; adding back what is needed, e.g. NET_BIND_SERVICE, is fine). ' +
    'Fix: capabilities: { drop: [ALL] }.',
  check: (obj) =>
    perContainer(obj, ({ label, c }) => {
      const drop = c.securityContext?.capabilities?.drop;
      return Array.isArray(drop) && drop.some((d: unknown) => typeof d === 'string' && d.toUpperCase() === 'ALL') ? undefined : `${label} does not drop ALL capabilities`;
    }),
};
