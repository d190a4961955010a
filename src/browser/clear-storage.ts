import { toMatcher } from '../policy/to-matcher';
import type { CookieJar } from './cookie-jar';

/** Where revoked cookies may live. */
export interface ClearStorageOptions {
  jar: CookieJar;
  /** Gives `localStorage`, or `null`; asked for only when there are keys to delete. */
  local: () => Storage | null;
  hostname: string;
  /**
   * The consent cookie's domain, host-only when undefined; clearing goes no wider. Asked for only
   * when a cookie is to be deleted, since finding it may mean probing.
   */
  cookieDomain: () => string | undefined;
}

/**
 * Deletes the cookies and `localStorage` keys matching `cookies` and `storage` (names or
 * `/regex/` strings) on the current host and every parent domain up to the cookie domain
 * (docs/gating.md, Clean-up on revoke): a tracker may have set its cookie on any of them. Costs
 * nothing when nothing is listed, and reads no more than the cookie names when nothing matches.
 */
export function clearStorage(patterns: { cookies: string[]; storage: string[] }, o: ClearStorageOptions): void {
  const cookieTests = patterns.cookies.map((p) => toMatcher(p, true));
  const storageTests = patterns.storage.map((p) => toMatcher(p, true));
  const matching = cookieTests.length ? o.jar.names().filter((name) => cookieTests.some((test) => test(name))) : [];
  if (matching.length) {
    const cookieDomain = o.cookieDomain();
    const domains: Array<string | undefined> = [undefined];
    for (let domain = o.hostname; ; domain = domain.slice(domain.indexOf('.') + 1)) {
      domains.push(domain);
      if (!cookieDomain || domain === cookieDomain || !domain.includes('.')) break;
    }
    for (const name of matching) domains.forEach((domain) => o.jar.remove(name, { domain }));
  }
  if (!storageTests.length) return;
  try {
    const local = o.local();
    for (const key of Object.keys(local ?? {})) if (storageTests.some((test) => test(key))) local!.removeItem(key);
  } catch {
    // Storage can throw in sandboxed frames; nothing to clear there.
  }
}
