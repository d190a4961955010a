import { isWithinDomain } from './is-within-domain';
import type { Reporter } from './reporter';

/** What decides where the decision cookie lives. */
export interface CookieDomainOptions {
  hostname: string;
  /** `cookie.domain`: `'auto'`, `'host'` or an explicit domain. */
  setting: string;
  /** The registrable domain found by probing; only asked for with `'auto'`. */
  probe: () => string | undefined;
  /** The matched `tenants` pattern, which the cookie may never be wider than. */
  tenantPattern: string | null;
  /** `sharedDomains`: platform domains tenants live on side by side, never a cookie's scope. */
  sharedDomains: readonly string[];
  report: Reporter;
}

/**
 * Picks the cookie `Domain` attribute; `undefined` means a host-only cookie (docs/configuration.md,
 * Cookie). A tenant's cookie never reaches past its pattern, so tenants on subdomains of one
 * platform domain never see each other's decision (docs/tenants.md, Cookie scope).
 */
export function chooseCookieDomain(options: CookieDomainOptions): string | undefined {
  const { hostname, setting, tenantPattern, report } = options;
  if (setting === 'host') return undefined;
  let domain: string | undefined;
  if (setting === 'auto') domain = options.probe();
  else {
    domain = setting.replace(/^\./, '').toLowerCase();
    if (!isWithinDomain(hostname, domain)) {
      report.error('cookie.domain', `"${setting}" is not ${hostname} or a parent of it; using a host-only cookie`);
      return undefined;
    }
  }
  if (tenantPattern && domain) {
    const bound = tenantPattern.replace(/^\*\./, '');
    // Wider than the tenant: a wildcard tenant owns its base domain, an exact one only its host.
    if (!isWithinDomain(domain, bound)) domain = tenantPattern.startsWith('*.') ? bound : undefined;
  }
  // A platform's domain is shared by its tenants: a cookie there, or on a parent of it, would reach all of them.
  if (domain && options.sharedDomains.some((shared) => isWithinDomain(shared.toLowerCase(), domain))) {
    if (setting !== 'auto') report.error('cookie.domain', `"${setting}" is shared by the tenants of sharedDomains; using a host-only cookie`);
    return undefined;
  }
  return domain;
}
