/**
 * What the node bootstrap and the cluster app agree on for GPU nodes (`nodes[].gpu`): the node
 * label k3s sets at first boot (the device plugin runs only where it is), the group the render
 * devices belong to on those nodes (apps using the GPU run with it), and each vendor's resource.
 */

/** Label of a GPU node, set by k3s at its first registration: `sitekit.dev/gpu=<vendor>`. */
export const GPU_NODE_LABEL = 'sitekit.dev/gpu';

/**
 * The group that owns /dev/dri/renderD* on GPU nodes: `video`, GID 44 on Debian and Ubuntu (a
 * static id of base-passwd). The distribution gives the render nodes to `render`, whose id is
 * allocated at install and differs between images; a udev rule of the bootstrap moves them to
 * `video` so that a pod can name the group by number.
 */
export const GPU_DEVICE_GROUP = { name: 'video', gid: 44 } as const;

/** The extended resource a container asks for, per vendor the site supports. */
export const GPU_RESOURCES = { intel: 'gpu.intel.com/i915' } as const;
