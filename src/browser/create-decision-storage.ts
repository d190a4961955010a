import type { CookieJar } from './cookie-jar';
import type { DecisionStorage } from './decision-storage';
import { canSetCookie } from './find-cookie-domain';

/** Where and how long the decision is kept. */
export interface DecisionStorageOptions {
  /** Cookie and `localStorage` key name. */
  name: string;
  /** Cookie `Domain`; host-only when undefined. */
  domain: string | undefined;
  expiresDays: number;
  secure: boolean;
  jar: CookieJar;
  /** Pass `null` where there is none or it throws. */
  local: Storage | null;
}

/**
 * Keeps the decision in a cookie, falling back to `localStorage`, then memory, when cookies
 * cannot be written (contract §7). Never throws: a sandboxed frame denies both.
 */
export function createDecisionStorage(o: DecisionStorageOptions): DecisionStorage {
  const cookie = { domain: o.domain, expires: o.expiresDays, secure: o.secure };
  let memory: string | undefined;
  const attempt = (run: () => void) => {
    try {
      run();
      return true;
    } catch {
      return false;
    }
  };
  const probe = `${o.name}_probe`;
  const localWorks = attempt(() => {
    o.local!.setItem(probe, '1');
    o.local!.removeItem(probe);
  });
  const kind = canSetCookie(o.jar, o.domain) ? 'cookie' : localWorks ? 'local' : 'memory';
  return {
    kind,
    read: () => (kind === 'cookie' ? o.jar.get(o.name) : kind === 'local' ? o.local!.getItem(o.name) || undefined : memory),
    write(value) {
      if (kind === 'cookie') o.jar.set(o.name, value, cookie);
      else if (kind === 'local') attempt(() => o.local!.setItem(o.name, value));
      else memory = value;
    },
    clear() {
      if (kind === 'cookie') o.jar.remove(o.name, { domain: o.domain });
      else if (kind === 'local') attempt(() => o.local!.removeItem(o.name));
      else memory = undefined;
    },
  };
}
