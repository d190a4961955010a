import Cookies from 'js-cookie';

/** Our own cookie attributes type, so js-cookie's never leaks into the public API. */
export interface CookieOptions {
  domain?: string;
  expires?: number;
  secure?: boolean;
}

/** The cookie operations the SDK needs; tests and SSR pass a fake. */
export interface CookieJar {
  get(name: string): string | undefined;
  /** Every cookie name visible to this page. */
  names(): string[];
  set(name: string, value: string, options?: CookieOptions): void;
  remove(name: string, options?: CookieOptions): void;
}

// RFC 6265bis: Lax keeps the decision on top-level navigations from other sites, which a
// consent cookie needs, and withholds it from cross-site subrequests.
const BASE = { path: '/', sameSite: 'Lax' } as const;

/** The browser's cookies through js-cookie. Every call is guarded: sandboxed frames throw. */
export function createCookieJar(cookies: Cookies.CookiesStatic = Cookies): CookieJar {
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return run();
    } catch {
      return fallback;
    }
  };
  return {
    get: (name) => attempt(() => cookies.get(name), undefined),
    names: () => attempt(() => Object.keys(cookies.get()), []),
    set: (name, value, options) => attempt(() => void cookies.set(name, value, { ...BASE, ...options }), undefined),
    remove: (name, options) => attempt(() => cookies.remove(name, { ...BASE, ...options }), undefined),
  };
}
