import Cookies from 'js-cookie';

/** Our own cookie attributes type, so js-cookie's never leaks into the public API. */
export interface CookieOptions {
  domain?: string;
  expires?: number;
  secure?: boolean;
}

/** The cookie operations the SDK needs; tests and SSR pass a fake. */
export interface CookieJar {
  /**
   * Every value stored under `name` visible to this page: one cookie on the host and one on a
   * parent domain can share a name (RFC 6265bis, Storage Model), oldest first as browsers list them.
   */
  getAll(name: string): string[];
  /** Every cookie name visible to this page. */
  names(): string[];
  set(name: string, value: string, options?: CookieOptions): void;
  remove(name: string, options?: CookieOptions): void;
}

// RFC 6265bis: Lax keeps the decision on top-level navigations from other sites, which a
// consent cookie needs, and withholds it from cross-site subrequests.
const BASE = { path: '/', sameSite: 'Lax' } as const;

/**
 * The browser's cookies through js-cookie, and `document.cookie` for names held more than once,
 * which js-cookie reads as one. Every call is guarded: sandboxed frames throw.
 */
export function createCookieJar(cookies: Cookies.CookiesStatic = Cookies, header: () => string = () => document.cookie): CookieJar {
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return run();
    } catch {
      return fallback;
    }
  };
  return {
    getAll: (name) =>
      attempt(
        () =>
          header()
            .split(/; */)
            .filter((pair) => pair.startsWith(`${name}=`))
            // Each on its own: a malformed escape makes js-cookie throw, which must not hide the others.
            .map((pair) => attempt(() => cookies.converter.read(pair.slice(name.length + 1), name), '')),
        [],
      ),
    names: () => attempt(() => Object.keys(cookies.get()), []),
    set: (name, value, options) => attempt(() => void cookies.set(name, value, { ...BASE, ...options }), undefined),
    remove: (name, options) => attempt(() => cookies.remove(name, { ...BASE, ...options }), undefined),
  };
}
