import type { K8sRule } from '../types';
import { perContainer } from './pods';

/** The tag of an image reference (undefined when it has none), and whether it has a digest. */
export function parseImage(image: string): { tag?: string; digest: boolean } {
  const at = image.indexOf('@');
  const digest = at >= 0;
  const ref = digest ? image.slice(0, at) : image;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  // A colon before the last slash is a registry port (registry:5000/app), not a tag.
  return { tag: colon > slash ? ref.slice(colon + 1) : undefined, digest };
}

/** Images are pinned: a tag other than `latest`, or a digest. */
export const ImageTagPinned: K8sRule = {
  id: 'k8s/ImageTagPinned',
  area: 'k8s',
  severity: 'error',
  message: 'Container images are pinned by a tag other than latest, or by digest',
  explanation:
    'An untagged image means `:latest`, which moves: two nodes can run different code for the same spec, a restart upgrades silently, and a rollback cannot go back. ' +
    'Checks the image of every container and init container of pod workloads: it needs a tag that is not `latest`, or a digest (`@sha256:...`). ' +
    'HelmRelease values are not checked: the chart version pins their images. ' +
    'Fix: pin the image to a released version, ideally with its digest.',
  check: (obj) =>
    perContainer(obj, ({ label, c }) => {
      if (typeof c.image !== 'string' || c.image === '') return `${label} has no image`;
      const { tag, digest } = parseImage(c.image);
      if (digest) return undefined;
      if (tag === undefined) return `${label} uses image ${c.image} without a tag (that is :latest)`;
      if (tag === 'latest') return `${label} uses image ${c.image}`;
      return undefined;
    }),
};
