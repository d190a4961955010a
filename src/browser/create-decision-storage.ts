import type { Reporter } from '../policy/reporter';
import type { CookieJar } from './cookie-jar';
import type { DecisionStorage } from './decision-storage';
import { canSetCookie } from './find-cookie-domain';

/** Where and how long the decision is kept. */
export interface DecisionStorageOptions {
  /** Cookie and `localStorage` key name. */
  name: string;
  /** Cookie `Domain`, host-only when undefined; asked for only when a cookie is written or probed. */
  domain: () => string | undefined;
  expiresDays: number;
  secure: boolean;
  jar: CookieJar;
  /** Gives `localStorage`, or `null` where there is none or it throws; asked for only when cookies fail. */
  local: () => Storage | null;
  /** `navigator.cookieEnabled`: `false` says at once that cookies are off. */
  cookieEnabled?: boolean;
  report: Reporter;
}

type Kind = ReturnType<DecisionStorage['kind']>;

const attempt = (run: () => void) => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

/**
 * Keeps the decision in a cookie, falling back to `localStorage`, then memory, when cookies
 * cannot be written (docs/configuration.md, Cookie). Never throws: a sandboxed frame denies
 * both. Probing sets cookies, each a round trip to the browser, so it waits for the first write:
 * a decision cookie already there proves cookies work. Without one, the decision may be in
 * `localStorage`, where a browser that drops cookies without saying so had it kept.
 */
export function createDecisionStorage(o: DecisionStorageOptions): DecisionStorage {
  const { name, jar } = o;
  let local: Storage | null = null;
  let memory: string | undefined;
  let found: Kind | undefined;
  const probe = `${name}_probe`;
  const kind = (): Kind => {
    if (found) return found;
    if (canSetCookie(jar, o.domain())) return (found = 'cookie');
    found = attempt(() => {
      local = o.local();
      local!.setItem(probe, '1');
      local!.removeItem(probe);
    })
      ? 'local'
      : 'memory';
    o.report.error(
      `cookie ${name}`,
      `cannot be written here; the decision is kept in ${found === 'local' ? 'localStorage' : 'memory until the page is left'} and every non-essential category is denied until the person decides`,
    );
    return found;
  };
  if (jar.getAll(name).length) found = 'cookie';
  else if (o.cookieEnabled === false) kind();
  return {
    kind,
    read() {
      const cookies = found === 'local' || found === 'memory' ? [] : jar.getAll(name);
      if (cookies.length) return cookies;
      let value: string | null | undefined = memory;
      // No decision cookie: a browser that drops cookies silently kept it in localStorage.
      if (found !== 'memory' && found !== 'cookie') attempt(() => (value = (local ??= o.local())!.getItem(name)));
      return value ? [value] : [];
    },
    write(value) {
      const where = kind();
      if (where === 'cookie') jar.set(name, value, { domain: o.domain(), expires: o.expiresDays, secure: o.secure });
      else if (where === 'local') attempt(() => local!.setItem(name, value));
      else memory = value;
    },
    clear() {
      const where = kind();
      if (where === 'cookie') jar.remove(name, { domain: o.domain() });
      else if (where === 'local') attempt(() => local!.removeItem(name));
      else memory = undefined;
    },
  };
}
