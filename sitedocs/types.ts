/** What the docs read besides the site: the rendered output. */

/** One cluster's tree: file path (relative to `clusters/<cluster>/`) → the objects it holds. */
export type ClusterFiles = ReadonlyMap<string, readonly unknown[]>;

/** The rendered output the docs read, so they say what the other files hold. */
export interface DocsInput {
  /** Stack id → Terraform JSON, in apply order. */
  readonly terraform: ReadonlyMap<string, object>;
  /** Cluster name → its tree. */
  readonly clusters: ReadonlyMap<string, ClusterFiles>;
}
