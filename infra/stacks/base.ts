import type { Construct } from 'constructs';
import type { Site } from '../../site';
import { LocalBackend, S3Backend, TerraformStack } from '../tf';

/**
 * A stack of the site: one Terraform state, with the backend the site selects: local
 * (`terraform.tfstate` in the stack's directory) by default, or S3 with the key
 * `<keyPrefix>/<site>/<stack>.tfstate`.
 */
export class SiteStack extends TerraformStack {
  constructor(scope: Construct, id: string, site: Site) {
    super(scope, id);
    const backend = site.spec.terraform.backend;
    if (backend.kind === 's3') {
      new S3Backend(this, {
        bucket: backend.bucket,
        region: backend.region,
        key: `${backend.keyPrefix}/${site.name}/${id}.tfstate`,
        // An S3-compatible store (MinIO, Ceph RGW, ...): path-style URLs, no AWS account checks.
        // Server-side encryption is asked of AWS S3 only: S3-compatible stores may not offer it.
        ...(backend.endpoint
          ? { endpoints: { s3: backend.endpoint }, usePathStyle: true, skipCredentialsValidation: true, skipRegionValidation: true, skipRequestingAccountId: true, skipMetadataApiCheck: true }
          : { encrypt: true }),
      });
    } else {
      new LocalBackend(this, { path: 'terraform.tfstate' });
    }
  }
}
