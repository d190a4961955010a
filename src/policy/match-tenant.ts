import { isWithinDomain } from './is-within-domain';
import type { ConsentConfig } from '../types';

/** A `tenants` entry that matched the current host, with the pattern that matched it. */
export interface TenantMatch {
  pattern: string;
  config: NonNullable<ConsentConfig['tenants']>[string];
}

/**
 * Finds the first `tenants` pattern matching `hostname` (docs/tenants.md, Matching): `acme.com`
 * matches that host only, `*.acme.com` acme.com itself and any host below it, as a site owner
 * who writes it means.
 */
export function matchTenant(tenants: ConsentConfig['tenants'], hostname: string): TenantMatch | null {
  const host = hostname.toLowerCase();
  for (const [pattern, config] of Object.entries(tenants ?? {})) {
    const wildcard = pattern.startsWith('*.');
    if (wildcard ? isWithinDomain(host, pattern.slice(2)) : host === pattern) return { pattern, config };
  }
  return null;
}
