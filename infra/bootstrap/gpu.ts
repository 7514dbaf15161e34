/**
 * GPU nodes (`nodes[].gpu`, Debian and Ubuntu images): a udev rule that gives the render devices
 * (/dev/dri/renderD*) to the video group, whose GID is the same on every such image, so that an
 * app's pod reaches the device with that group (cluster/apps/app.ts); it is applied once at first
 * boot (the device is there before cloud-init writes the rule). The node's label
 * `sitekit.dev/gpu=<vendor>` comes with k3s's config (k3s.ts componentSettings).
 */
import { GPU_DEVICE_GROUP, type Node } from '../../site';
import { BootPlan, BootstrapError, lines } from './common';

export const GPU_UDEV_RULE = '/etc/udev/rules.d/70-sitekit-gpu.rules';

export function gpuPlan(node: Node): BootPlan {
  if (!node.gpu) return { files: [], units: [], packages: [], commands: [] };
  if (node.flatcar) throw new BootstrapError(`node ${node.name}: a gpu needs a debian or ubuntu image`);
  return {
    files: [
      {
        path: GPU_UDEV_RULE,
        mode: 0o644,
        content: lines(
          `# sitekit: the render devices of the passed-through ${node.gpu.vendor} GPU belong to group ${GPU_DEVICE_GROUP.name} (GID ${GPU_DEVICE_GROUP.gid}), which pods using the GPU run with.`,
          `SUBSYSTEM=="drm", KERNEL=="renderD*", GROUP="${GPU_DEVICE_GROUP.name}", MODE="0660"`,
        ),
      },
    ],
    units: [],
    packages: [],
    commands: [['udevadm', 'trigger', '--subsystem-match=drm', '--action=change']],
  };
}
