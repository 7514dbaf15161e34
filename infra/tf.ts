/**
 * Our thin layer over CDKTF. Everything in infra/ imports Terraform constructs from here, so
 * moving from cdktf 0.21 (archived upstream) to a community fork is a change of this file.
 */
import { makeUniqueId } from 'cdktf/lib/private/unique';

export {
  App,
  DataResource,
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
