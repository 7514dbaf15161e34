import type { RuleFinding, TerraformRule } from '../types';
import { isObject, type Json } from './blocks';
import { bootstrapDocuments, sshdPasswordAuthentication } from './bootstrap';

/** cloud-init (PyYAML's YAML 1.1 and its own util.is_false) reads these as false. */
const FALSE = new Set([false, 'false', 'False', 'FALSE', 'no', 'No', 'NO', 'off', 'Off', 'OFF', '0', 0]);

/** Nodes accept SSH keys only. */
export const SshPasswordLoginDisabled: TerraformRule = {
  id: 'terraform/SshPasswordLoginDisabled',
  area: 'terraform',
  severity: 'error',
  message: 'Bootstrap documents disable SSH password login',
  explanation:
    'Password logins over SSH invite brute force from every network that reaches port 22. ' +
    'cloud-init documents must set ssh_pwauth: false (unset leaves the image\'s sshd default, which is "yes" on Debian and Ubuntu cloud images with PAM). ' +
    'Ignition documents (Flatcar) are compliant when no user gets a passwordHash: the core user has no password, so sshd has nothing to accept; ' +
    'a user with a passwordHash needs an sshd_config drop-in (/etc/ssh/sshd_config.d/*.conf) with PasswordAuthentication no. ' +
    'In both formats, a written sshd configuration that says PasswordAuthentication yes is a finding. ' +
    'Fix: infra/bootstrap/cloudinit.ts sets ssh_pwauth: false; for Flatcar, do not set passwordHash, or add the drop-in.',
  check: (block) => {
    const docs = bootstrapDocuments(block);
    if (!docs.length) return 'not-applicable';
    const out: RuleFinding[] = [];
    for (const doc of docs) {
      const sshd = sshdPasswordAuthentication(doc);
      for (const s of sshd.filter((x) => x.value !== 'no')) out.push({ detail: `${doc.attribute}: ${s.path} sets PasswordAuthentication ${s.value}` });
      if (doc.format === 'cloud-init') {
        if (!doc.parsed) {
          out.push({ detail: `${doc.attribute}: the cloud-init document does not parse as YAML` });
          continue;
        }
        const v = doc.parsed.ssh_pwauth;
        if (v === undefined) out.push({ detail: `${doc.attribute}: ssh_pwauth is not set (the image's sshd default applies)` });
        else if (!FALSE.has(v)) out.push({ detail: `${doc.attribute}: ssh_pwauth is ${JSON.stringify(v)}` });
      } else {
        const users = (Array.isArray(doc.parsed?.passwd?.users) ? doc.parsed!.passwd.users : []).filter(isObject);
        const withPassword = users.filter((u: Record<string, Json>) => typeof u.passwordHash === 'string' && u.passwordHash !== '');
        if (withPassword.length && !sshd.some((s) => s.value === 'no')) {
          out.push({ detail: `${doc.attribute}: user ${withPassword.map((u: Record<string, Json>) => u.name).join(', ')} has a passwordHash and no sshd_config drop-in sets PasswordAuthentication no` });
        }
      }
    }
    return out;
  },
};
