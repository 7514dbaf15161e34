/**
 * Our thin layer over CDKTF. Everything in infra/ imports Terraform constructs from here, so
 * moving from cdktf 0.21 (archived upstream) to a community fork is a change of this file.
 */
export {
  App,
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
