/**
 * What a platform component is: a construct that adds its objects for one GitOps layer of one
 * cluster (`controllers`: the chart; `configs`: custom resources needing its CRDs). Each layer is
 * synthesized into its own file, so a component construct is built once per layer.
 */
import type { ClusterContext } from '../context';

export type ComponentLayer = 'controllers' | 'configs';

export interface ComponentProps {
  readonly ctx: ClusterContext;
  readonly layer: ComponentLayer;
}

/** Typed Helm values: an object of JSON values. */
export type HelmValues = { readonly [key: string]: unknown };
