/**
 * Formats shared by the site schema (schema.ts) and the apps' schema (apps/schema.ts): names,
 * DNS names and plain paths, with the words their errors use.
 */
import { z } from 'zod';

/** RFC 1123 label: what Kubernetes and DNS accept as a name. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const FQDN = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A plain absolute path (as infra/bootstrap/common.ts checkPath): no spaces, quotes, `$`, globs or `..`. */
export const PLAIN_PATH = /^(?!.*\/\.\.?(\/|$))(\/[A-Za-z0-9._@+-]+)+\/?$/;
export const PLAIN_PATH_TEXT = 'an absolute path of letters, digits and . _ @ + - (no spaces, quotes, $ or ..)';

export const label = () => z.string({ error: 'a DNS label' }).regex(DNS_LABEL, { error: 'a DNS label' });
export const fqdn = () => z.string().regex(FQDN, { error: 'a lower-case DNS name' });
export const plainPath = () => z.string().regex(PLAIN_PATH, { error: PLAIN_PATH_TEXT });
