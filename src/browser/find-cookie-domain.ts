import type { CookieJar } from './cookie-jar';

const PROBE = 'consentry_probe';

/** True when a cookie with this `domain` (host-only when undefined) can be set and read back. */
export function canSetCookie(jar: CookieJar, domain?: string): boolean {
  jar.set(PROBE, '1', { domain });
  const ok = jar.getAll(PROBE).includes('1');
  // Removed with the same Domain and Path it was set with, or the browser keeps it (RFC 6265bis, Storage Model).
  jar.remove(PROBE, { domain });
  return ok;
}

/**
 * Finds the registrable domain of `hostname` by setting a probe cookie from the broadest
 * candidate down: the browser refuses public suffixes, so the first that sticks is the
 * registrable domain, with no public-suffix list shipped. `undefined` for IPs and single labels.
 * Each instance probes at most once, and only when it writes (`openDecisionStorage`).
 */
export function findCookieDomain(hostname: string, jar: CookieJar): string | undefined {
  const labels = hostname.split('.');
  let found: string | undefined;
  if (labels.length > 1 && !/^[\d.]+$|:/.test(hostname)) {
    for (let i = labels.length - 2; i >= 0 && !found; i--) {
      const candidate = labels.slice(i).join('.');
      if (canSetCookie(jar, candidate)) found = candidate;
    }
  }
  return found;
}
