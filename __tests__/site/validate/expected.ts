/**
 * The exact message each invalid fixture produces (`file:line:column` included), one table per
 * family of rules; fixtures.test.ts fails for a fixture in no table.
 */
import { APPS } from './expected-apps';
import { CLUSTERS } from './expected-clusters';
import { HOSTS } from './expected-hosts';
import { NETWORKS } from './expected-networks';
import { NODES } from './expected-nodes';
import { SITE } from './expected-site';

/** The full message of the SiteError (lines), or the warnings of a site that loads. */
export type Expected = readonly string[] | { readonly warnings: readonly string[] };

export const TABLES: readonly Record<string, Expected>[] = [NETWORKS, NODES, HOSTS, CLUSTERS, APPS, SITE];

export const EXPECTED: Record<string, Expected> = Object.assign({}, ...TABLES);
