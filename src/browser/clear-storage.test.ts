import { describe, expect, it, vi } from 'vitest';
import type { CookieJar, CookieOptions } from './cookie-jar';
import { clearStorage } from './clear-storage';

function fakeJar(names: string[]) {
  const removed: string[] = [];
  const jar: CookieJar = {
    getAll: () => [],
    names: () => names,
    set() {},
    remove: (name: string, options?: CookieOptions) => void removed.push(`${name}@${options?.domain ?? 'host'}`),
  };
  return { jar, removed };
}

function fakeStorage(keys: string[]): Storage {
  // Like localStorage: keys are own enumerable properties, methods live on the prototype.
  const proto = {
    removeItem(this: Record<string, string>, key: string) {
      delete this[key];
    },
  };
  return Object.assign(Object.create(proto), Object.fromEntries(keys.map((k) => [k, '1']))) as Storage;
}

describe('clearStorage', () => {
  it('deletes matching cookies on the host and every parent up to the cookie domain', () => {
    const { jar, removed } = fakeJar(['_ga', '_ga_ABC', 'session', '_gid']);
    clearStorage({ cookies: ['/^_ga/', '_gid'], storage: [] }, { jar, local: () => null, hostname: 'shop.eu.acme.com', cookieDomain: () => 'acme.com' });
    expect(removed).toEqual(
      ['_ga', '_ga_ABC', '_gid'].flatMap((name) => [`${name}@host`, `${name}@shop.eu.acme.com`, `${name}@eu.acme.com`, `${name}@acme.com`]),
    );
  });

  it('goes no wider than the host when the consent cookie is host-only', () => {
    const { jar, removed } = fakeJar(['_fbp']);
    clearStorage({ cookies: ['_fbp'], storage: [] }, { jar, local: () => null, hostname: 'acme.platform.io', cookieDomain: () => undefined });
    expect(removed).toEqual(['_fbp@host', '_fbp@acme.platform.io']);
  });

  it('matches cookie names exactly, not as substrings', () => {
    const { jar, removed } = fakeJar(['my_ga_pref']);
    clearStorage({ cookies: ['_ga'], storage: [] }, { jar, local: () => null, hostname: 'acme.com', cookieDomain: () => 'acme.com' });
    expect(removed).toEqual([]);
  });

  it('deletes matching localStorage keys and keeps the others', () => {
    const local = fakeStorage(['_hjSession', 'cart', 'amp_1']);
    clearStorage({ cookies: [], storage: ['/^_hj/', 'amp_1'] }, { jar: fakeJar([]).jar, local: () => local, hostname: 'acme.com', cookieDomain: () => 'acme.com' });
    expect(Object.keys(local)).toEqual(['cart']);
  });

  it('never opens localStorage when no key is listed', () => {
    const local = vi.fn(() => fakeStorage(['_ga']));
    clearStorage({ cookies: ['_ga'], storage: [] }, { jar: fakeJar([]).jar, local, hostname: 'acme.com', cookieDomain: () => 'acme.com' });
    expect(local).not.toHaveBeenCalled();
  });

  it('asks for the cookie domain, which may mean probing, only when a cookie is to be deleted', () => {
    const cookieDomain = vi.fn(() => 'acme.com');
    clearStorage({ cookies: ['_ga'], storage: [] }, { jar: fakeJar(['_other']).jar, local: () => null, hostname: 'acme.com', cookieDomain });
    expect(cookieDomain).not.toHaveBeenCalled();
  });
});
