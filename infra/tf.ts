/**
 * Our thin layer over CDKTF. Everything in infra/ imports Terraform constructs from here, so
 * moving from cdktf 0.21 (archived upstream) to a community fork is a change of this file.
 */
import { anyToTerraform, hashMapper, type TerraformMetaArguments, TerraformResource } from 'cdktf';
import type { Construct } from 'constructs';
import { makeUniqueId } from 'cdktf/lib/private/unique';

export {
  App as TerraformApp,
  Fn,
  LocalBackend,
  S3Backend,
  TerraformOutput,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Token,
  Tokenization,
} from 'cdktf';
export type { FileProvisioner, RemoteExecProvisioner, SSHProvisionerConnection } from 'cdktf';

/**
 * The Terraform name cdktf gives an element at this construct path below its stack (what
 * `TerraformStack.allocateLogicalId` computes): the id itself for a top-level construct,
 * `<ids joined by _>_<hash of the path>` below one.
 */
export function logicalIdOf(path: readonly string[]): string {
  return makeUniqueId([...path]);
}

/** Settings of a TerraformData. */
export interface TerraformDataConfig extends TerraformMetaArguments {
  /** Kept in the state; a change replaces the resource, which runs its provisioners again. @default none */
  readonly triggersReplace?: Record<string, unknown>;
}

/**
 * Terraform's built-in `terraform_data` resource (Terraform >= 1.4). Not cdktf's DataResource,
 * which runs `terraform version` at synth time once per resource: a synth would then need
 * terraform installed and spend a process start per resource.
 */
export class TerraformData extends TerraformResource {
  private readonly triggers?: Record<string, unknown>;

  constructor(scope: Construct, id: string, config: TerraformDataConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this.triggers = config.triggersReplace;
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { triggers_replace: hashMapper(anyToTerraform)(this.triggers) };
  }
}
