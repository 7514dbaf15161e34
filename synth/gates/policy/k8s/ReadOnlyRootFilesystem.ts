import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** Containers cannot write to their image. */
export const ReadOnlyRootFilesystem: K8sRule = {
  id: 'k8s/ReadOnlyRootFilesystem',
  area: 'k8s',
  severity: 'error',
  message: 'Containers set readOnlyRootFilesystem: true',
  explanation:
    'A writable root file system lets an intruder drop tools and change binaries, and hides state that is lost on restart. ' +
    'Checks securityContext.readOnlyRootFilesystem of every container and init container (container level only). ' +
    'Fix: set it to true and mount an emptyDir where the process must write (for seed apps, AppSpec.writablePaths).',
  check: (obj) =>
    perContainer(obj, ({ label, c }) => {
      const v = c.securityContext?.readOnlyRootFilesystem;
      if (v === true) return undefined;
      return v === undefined ? `${label} does not set readOnlyRootFilesystem` : `${label} sets readOnlyRootFilesystem: ${JSON.stringify(v)}`;
    }),
};
