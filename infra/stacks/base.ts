import * as path from 'path';
import type { Construct } from 'constructs';
import type { Site } from '../../site';
import { LocalBackend, S3Backend, TerraformStack } from '../tf';

/**
 * Where a local state file lives, as the stack's backend names it: relative to the stack's
 * directory (`<out>/terraform/<stack>`, where `terraform -chdir=` runs), so `<dir>` is relative to
 * the directory holding the output. Outside the output, since the synth owns what is in it.
 */
export function localStatePath(dir: string, site: string, stack: string): string {
  const file = `${site}/${stack}.tfstate`;
  return path.posix.isAbsolute(dir) ? path.posix.join(dir, file) : path.posix.join('../../..', dir, file);
}

/**
 * A stack of the site: one Terraform state, with the backend the site selects: local
 * (`<dir>/<site>/<stack>.tfstate` next to the output, see localStatePath) by default, or S3
 * with the key `<keyPrefix>/<site>/<stack>.tfstate`.
 */
export interface SiteStackProps {
  /** The loaded site: its name and `terraform.backend` place the stack's state. */
  readonly site: Site;
}

export class SiteStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id);
    const site = props.site;
    const backend = site.spec.terraform.backend;
    if (backend.kind === 's3') {
      new S3Backend(this, {
        bucket: backend.bucket,
        region: backend.region,
        key: `${backend.keyPrefix}/${site.name}/${id}.tfstate`,
        // An S3-compatible store (MinIO, Ceph RGW, ...): path-style URLs, no AWS account checks.
        ...(backend.endpoint
          ? { endpoints: { s3: backend.endpoint }, usePathStyle: true, skipCredentialsValidation: true, skipRegionValidation: true, skipRequestingAccountId: true, skipMetadataApiCheck: true }
          : {}),
        // The state holds every generated secret: server-side encryption unless the site turns it off.
        ...(backend.encrypt ? { encrypt: true } : {}),
      });
    } else {
      new LocalBackend(this, { path: localStatePath(backend.dir, site.name, id) });
    }
  }
}
