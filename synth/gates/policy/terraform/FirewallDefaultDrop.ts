import type { RuleFinding, TerraformRule } from '../types';
import { bootstrapDocuments, isNftablesRuleset, nftChains } from './bootstrap';

/** Every node boots with an input firewall that drops what it does not allow. */
export const FirewallDefaultDrop: TerraformRule = {
  id: 'terraform/FirewallDefaultDrop',
  area: 'terraform',
  severity: 'error',
  message: 'Bootstrap documents install an nftables ruleset whose input chains have policy drop',
  explanation:
    'A node that accepts by default exposes every port a package opens (kubelet, etcd, databases) to its whole network. ' +
    'Checks every cloud-init and Ignition document in the stack (cloud-init disks, Ignition configs, Proxmox snippets, bootstrap_<node> outputs): the files it writes must include ' +
    'an nftables ruleset (by path *.nft / nftables.conf, a #!/usr/sbin/nft line, or a table block) with a base chain on the input hook, and every input base chain must say `policy drop` ' +
    '(a base chain without a policy accepts). Rulesets without an input chain (NAT only) are fine when another one filters input. ' +
    'Fix: infra/bootstrap/firewall.ts renders the default-drop ruleset for every role.',
  check: (block) => {
    const docs = bootstrapDocuments(block);
    if (!docs.length) return 'not-applicable';
    const out: RuleFinding[] = [];
    for (const doc of docs) {
      if (doc.format === 'cloud-init' && !doc.parsed) {
        out.push({ detail: `${doc.attribute}: the cloud-init document does not parse as YAML` });
        continue;
      }
      let inputChains = 0;
      for (const f of doc.files.filter(isNftablesRuleset)) {
        for (const chain of nftChains(f.content!).filter((c) => c.hook === 'input')) {
          inputChains++;
          if (chain.policy !== 'drop') out.push({ detail: `${doc.attribute}: ${f.path} chain ${chain.name} (hook input) has policy ${chain.policy}` });
        }
      }
      if (!inputChains) out.push({ detail: `${doc.attribute}: no nftables ruleset with an input chain (${doc.format})` });
    }
    return out;
  },
};
