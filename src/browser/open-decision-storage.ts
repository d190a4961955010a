import { chooseCookieDomain } from '../policy/choose-cookie-domain';
import { cookieName } from '../policy/cookie-name';
import type { Reporter } from '../policy/reporter';
import type { ResolvedConfig } from '../policy/resolve-config';
import type { CookieJar } from './cookie-jar';
import { createDecisionStorage } from './create-decision-storage';
import type { DecisionStorage } from './decision-storage';
import { findCookieDomain } from './find-cookie-domain';

/** Where this page keeps its decision. */
export interface OpenedStorage {
  storage: DecisionStorage;
  /** The decision cookie's `Domain`, host-only when undefined; found on first use, then kept. */
  cookieDomain: () => string | undefined;
}

/**
 * Opens the decision storage for a resolved config on this page: the cookie named after the
 * tenant, scoped by `cookie.domain` and the tenant pattern (docs/tenants.md, Cookie scope).
 * Probing for the registrable domain sets cookies, so it waits until the domain is needed: a
 * returning visitor who changes nothing never probes.
 */
export function openDecisionStorage(
  config: ResolvedConfig,
  page: {
    location: Pick<Location, 'hostname' | 'protocol'>;
    jar: CookieJar;
    local: () => Storage | null;
    cookieEnabled?: boolean;
    report: Reporter;
  },
): OpenedStorage {
  const { hostname, protocol } = page.location;
  let chosen: { domain: string | undefined } | undefined;
  const cookieDomain = () =>
    (chosen ??= {
      domain: chooseCookieDomain({
        hostname,
        setting: config.cookieDomain,
        probe: () => findCookieDomain(hostname, page.jar),
        tenantPattern: config.tenantPattern,
        sharedDomains: config.sharedDomains ?? [],
        report: page.report,
      }),
    }).domain;
  // An explicit domain costs no probe: it is checked, and a wrong one reported, at once.
  if (config.cookieDomain !== 'auto') cookieDomain();
  const storage = createDecisionStorage({
    name: cookieName(config.tenant),
    domain: cookieDomain,
    expiresDays: config.expiresDays,
    secure: protocol === 'https:',
    jar: page.jar,
    local: page.local,
    cookieEnabled: page.cookieEnabled,
    report: page.report,
  });
  return { storage, cookieDomain };
}
