import type { Construct } from 'constructs';
import type { Site } from '../../site';
import { LocalBackend, S3Backend, TerraformStack } from '../tf';

/** A stack of the site: one Terraform state, with the backend the site selects. */
export class SiteStack extends TerraformStack {
  constructor(scope: Construct, id: string, site: Site) {
    super(scope, id);
    const backend = site.spec.terraform.backend;
    if (backend.kind === 's3') {
      new S3Backend(this, {
        bucket: backend.bucket,
        region: backend.region,
        key: `${backend.keyPrefix}/${site.name}/${id}.tfstate`,
        ...(backend.endpoint ? { endpoints: { s3: backend.endpoint }, usePathStyle: true, skipCredentialsValidation: true, skipRegionValidation: true } : {}),
      });
    } else {
      new LocalBackend(this, { path: 'terraform.tfstate' });
    }
  }
}
