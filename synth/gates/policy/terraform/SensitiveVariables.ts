import type { TerraformRule } from '../types';
import { isSecretName } from './secrets';

/** Variables that hold secrets are sensitive. */
export const SensitiveVariables: TerraformRule = {
  id: 'terraform/SensitiveVariables',
  area: 'terraform',
  severity: 'error',
  message: 'Variables named like secrets are marked sensitive',
  explanation:
    'Terraform prints a variable\'s value in plans and outputs unless it is sensitive; a token passed in a variable would end up in CI logs. ' +
    'Checks every variable whose name contains password, secret, token, private_key, api_key, psk... as a word (`proxmox_api_token`, `wireguard_private_key_gw`) for `sensitive: true`. ' +
    'Fix: declare the variable with sensitive = true.',
  check: (block) => {
    if (block.kind !== 'variable' || !isSecretName(block.name)) return 'not-applicable';
    return block.body.sensitive === true ? 'compliant' : [{ detail: `variable ${block.name} is not sensitive` }];
  },
};
