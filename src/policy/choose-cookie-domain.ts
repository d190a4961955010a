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
  report: Reporter;
}

const isWithin = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

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
    if (!isWithin(hostname, domain)) {
      report.error('cookie.domain', `"${setting}" is not ${hostname} or a parent of it; using a host-only cookie`);
      return undefined;
    }
  }
  if (!tenantPattern || !domain) return domain;
  const bound = tenantPattern.replace(/^\*\./, '');
  if (isWithin(domain, bound)) return domain;
  // Wider than the tenant: a wildcard tenant owns its base domain, an exact one only its host.
  return tenantPattern.startsWith('*.') ? bound : undefined;
}
