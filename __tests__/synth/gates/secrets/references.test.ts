/** References (to Terraform, Kubernetes Secrets, files) and look-alikes of secrets are no finding. */
import { scanFile } from '../../../../synth/gates/secrets';
import { cloudInit, ignition, rand, randBytes, script, sha256, sshPublic, tfJson, wgPublic, writeFile } from '../../../support/secrets';

describe('references and look-alikes are not secrets', () => {
  const REFERENCE_YAML: Record<string, string> = {
    'Terraform references': 'password: "${random_password.db.result}"\ntoken: ${var.k3s_token}\nagent-token: "${random_password.k3s_agent_token.result}"\njoin-token: "K10${var.ca_hash}::server:${random_password.k3s_token.result}"',
    'empty and null values': 'apiKey: ""\npassword:\nsecret: null\ntoken: ~',
    'a secretKeyRef': 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n  - name: LOG_LEVEL\n    value: debug',
    'existingSecret and its keys': 'grafana:\n  admin:\n    existingSecret: grafana-admin\n    existingSecretPasswordKey: admin-password\n    useExistingSecret: true',
    'secretName': 'spec:\n  secretName: internal-ca\n  tls:\n    - secretName: grafana-tls',
    'a field naming a Secret': 'passwordSecret: db-credentials\ntlsSecret: web-tls',
    'an ExternalSecret': 'spec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: backend-database\n        property: password\n    - secretKey: ACCESS_KEY_ID\n      remoteRef:\n        key: pg-backup-s3\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: site-secrets',
    '*SecretRef': 'privateKeySecretRef:\n  name: letsencrypt-account-key\napiTokenSecretRef:\n  name: cloudflare-api-token\n  key: api-token\npasswordSecretRef:\n  name: x\n  key: password',
    'SSH public keys': `ssh_authorized_keys:\n  - ${sshPublic}\nkey: ${sshPublic}\nsshAuthorizedKeys: ["${sshPublic}"]`,
    'checksums': `sha256: ${sha256}\nchecksum: sha256:${sha256}\nkey: sha256:${sha256}\ndigest: sha512-${randBytes(41, 64).toString('base64')}`,
    'files holding secrets': 'tokenFile: /var/lib/rancher/k3s/server/token\npassword_file: /etc/sitekit/postgresql/app-password\ntoken: /run/secrets/k3s-token',
    'settings named after passwords': 'password_encryption: scram-sha-256\nssh_pwauth: false\nauth_enabled: false\nautomountServiceAccountToken: false\ntopologyKey: kubernetes.io/hostname\npasswordAuthentication: false',
    'a WireGuard public key': `publicKey: ${wgPublic}\nwireguard_site_public_key: ${wgPublic}`,
    'a base64 certificate': `caBundle: ${Buffer.from(`-----BEGIN CERTIFICATE-----\n${rand(42, 64)}\n-----END CERTIFICATE-----\n`).toString('base64')}`,
    'low-entropy key names': 'key: pg-backup-s3\nproperty: SECRET_ACCESS_KEY\nsecretAccessKey:\n  key: SECRET_ACCESS_KEY\n  name: pg-backup-s3\nsigningKey: kubernetes-default-signing-key',
    'templates and placeholders': 'password: "{{ .Values.password }}"\ntoken: <your-token>\nsecret: "********"',
    'a cloud-init file whose content is a reference': 'write_files:\n  - path: /etc/sitekit/postgresql/app-password\n    permissions: "0600"\n    content: |\n      ${random_password.postgresql_password.result}',
    'a private key header without a body (a script looking for one)': "check: grep -q -- '-----BEGIN OPENSSH PRIVATE KEY-----' ~/.ssh/id",
    'URLs without credentials': [
      'repository: https://github.com/socialdevs/microcloud.git?ref=main',
      'chart: https://charts.example.com/index.yaml?version=1',
      'maps: https://maps.example.com/api/js?key=&libraries=places',
      'git: ssh://git@github.com/socialdevs/microcloud.git',
      'scp: git@github.com:socialdevs/microcloud.git',
      'uri: qemu+ssh://root@192.168.0.40/system?keyfile=/root/.ssh/id_ed25519&no_verify=1',
      'list: https://api.example.com/v1/items?pageToken=CiAKGjBp&sort_key=name&auth=false',
      'email: ops@example.com',
    ].join('\n'),
    'a documentation URL in a comment': '# https://fluxcd.io/flux/components/source/gitrepositories/#secret-reference\nkind: GitRepository',
    'URL credentials by reference': [
      'url: https://git.example.com/x.git?access_token=${var.git_token}',
      'image: "https://${var.image_user}@images.example.com/debian.qcow2?sig=<signature>"',
      'env: postgresql://$(DATABASE_USER):$(DATABASE_PASSWORD)@postgresql:5432/app',
    ].join('\n'),
  };

  const REFERENCE_TEXT: Record<string, string> = {
    'command substitution': 'PASSWORD=$(cat /run/secrets/db)\nTOKEN=`cat /etc/token`\nSITEKIT_PG_PASSWORD=$(cat "$password_file")',
    'shell variables': 'PASSWORD="$DB_PASSWORD"\nexport TOKEN=${K3S_TOKEN}\nexport SITEKIT_PG_PASSWORD\nAPI_KEY=$1',
    'keepalived with a Terraform reference': 'authentication {\n  auth_type PASS\n  auth_pass ${random_password.vrrp_password.result}\n}',
    'WireGuard with a reference and a public key': `[Interface]\nPrivateKey = \${var.wireguard_private_key}\n[Peer]\nPublicKey = ${wgPublic}\nPresharedKey = \${var.psk}`,
    'file names and settings': "password_file='/etc/sitekit/postgresql/app-password'\npassword_encryption = 'scram-sha-256'\nhba_file = '/etc/pg_hba.conf'",
    'psql variables': "\\set password `printf '%s' \"$SITEKIT_PG_PASSWORD\"`\nALTER ROLE app WITH LOGIN PASSWORD :'password';",
    'a checksum check': `echo "${sha256}  /tmp/k3s" | sha256sum -c -\nexpected=$(awk '$2 == f { print $1 }' sums)`,
    'an authorized_keys line': sshPublic,
    'a grep for a key header': "grep -q -- '-----BEGIN RSA PRIVATE KEY-----' \"$f\" && echo 'refusing a private key'",
    'URLs with referenced credentials': 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\ncurl -u "admin:$ADMIN_PASSWORD" https://grafana.example/api\nurl=https://user:$PASS@example.org/',
    'URLs with referenced credentials in the query, an scp-like Git URL':
      'curl -fsS "https://api.example.com/v1/deploy?env=prod&token=$API_TOKEN"\ngit clone git@github.com:socialdevs/microcloud.git /srv/x\nwget -q "https://images.example.com/debian.qcow2?sig=${SIG}&sv=2022-11-02"',
    'k3s config with references': 'token: "${random_password.k3s_token.result}"\nagent-token: "${random_password.k3s_agent_token.result}"\nserver: "https://10.17.3.10:6443"',
  };

  test.each(Object.entries(REFERENCE_YAML))('YAML: %s', (_, yaml) => {
    expect(scanFile('clusters/lab/planted.yaml', `${yaml}\n`)).toEqual([]);
    const tf = tfJson({ libvirt_cloudinit_disk: { n1: { user_data: cloudInit(yaml) } } });
    expect(scanFile('terraform/nodes/cdk.tf.json', tf)).toEqual([]);
  });

  test.each(Object.entries(REFERENCE_TEXT))('text: %s', (_, text) => {
    expect(scanFile('scripts/setup.sh', script(text))).toEqual([]);
    const tf = tfJson({
      libvirt_cloudinit_disk: { n1: { user_data: cloudInit(writeFile(text)) } },
      libvirt_ignition: { n2: { content: ignition(`data:,${encodeURIComponent(text)}`) }, n3: { content: ignition(`data:;base64,${Buffer.from(text).toString('base64')}`) } },
    });
    expect(scanFile('terraform/nodes/cdk.tf.json', tf)).toEqual([]);
  });

  test('Terraform JSON: a sensitive variable without a default, provider credentials from variables', () => {
    const tf = `${JSON.stringify(
      {
        variable: { cloudflare_api_token: { description: 'Cloudflare API token (Zone:Read, DNS:Edit).', type: 'string', sensitive: true }, wireguard_private_key_gw: { description: 'WireGuard private key (base64, from `wg genkey`).', type: 'string', sensitive: true } },
        provider: { cloudflare: [{ api_token: '${var.cloudflare_api_token}' }], proxmox: [{ api_token: '${var.proxmox_api_token}', insecure: false }] },
        resource: { random_password: { vrrp_password: { length: 8, special: false }, k3s_token: { length: 48 } } },
      },
      null,
      2,
    )}\n`;
    expect(scanFile('terraform/edge/cdk.tf.json', tf)).toEqual([]);
  });
});
