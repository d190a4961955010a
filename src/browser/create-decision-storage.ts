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
}

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
 * cannot be written (contract §7). Never throws: a sandboxed frame denies both. A decision
 * cookie that is already there proves cookies work, so a returning visitor costs no probe.
 */
export function createDecisionStorage(o: DecisionStorageOptions): DecisionStorage {
  const { name, jar } = o;
  let local: Storage | null = null;
  let memory: string | undefined;
  const probe = `${name}_probe`;
  const kind =
    jar.get(name) !== undefined || canSetCookie(jar, o.domain())
      ? 'cookie'
      : attempt(() => {
            local = o.local();
            local!.setItem(probe, '1');
            local!.removeItem(probe);
          })
        ? 'local'
        : 'memory';
  return {
    kind,
    read: () => (kind === 'cookie' ? jar.get(name) : kind === 'local' ? local!.getItem(name) || undefined : memory),
    write(value) {
      if (kind === 'cookie') jar.set(name, value, { domain: o.domain(), expires: o.expiresDays, secure: o.secure });
      else if (kind === 'local') attempt(() => local!.setItem(name, value));
      else memory = value;
    },
    clear() {
      if (kind === 'cookie') jar.remove(name, { domain: o.domain() });
      else if (kind === 'local') attempt(() => local!.removeItem(name));
      else memory = undefined;
    },
  };
}
