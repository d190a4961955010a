import Cookies from 'js-cookie';
import { describe, expect, it } from 'vitest';
import { createCookieJar } from './cookie-jar';

/** js-cookie's API, as `createCookieJar` takes it. */
type CookiesStatic = NonNullable<Parameters<typeof createCookieJar>[0]>;

function fakeCookies() {
  const calls: unknown[][] = [];
  const values: Record<string, string> = { consentry: 'v', theme: 'dark' };
  const cookies = {
    get: (name?: string) => (name === undefined ? values : values[name]),
    set: (...args: unknown[]) => calls.push(['set', ...args]),
    remove: (...args: unknown[]) => calls.push(['remove', ...args]),
    converter: Cookies.converter,
  } as unknown as CookiesStatic;
  return { cookies, calls };
}

function throwingCookies() {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { get: fail, set: fail, remove: fail } as unknown as CookiesStatic;
}

describe('createCookieJar', () => {
  it('reads every value of a name, decoded as js-cookie decodes, and lists the names', () => {
    const jar = createCookieJar(fakeCookies().cookies, () => 'consentry=1%7Chost; consentry_acme=x; theme=dark; consentry=1%7Cparent');
    expect(jar.getAll('consentry')).toEqual(['1|host', '1|parent']);
    expect(jar.getAll('missing')).toEqual([]);
    expect(jar.names()).toEqual(['consentry', 'theme']);
  });

  it('keeps a value with a malformed escape, which js-cookie cannot decode, as an empty one, and the other values', () => {
    const jar = createCookieJar(fakeCookies().cookies, () => 'consentry=1%7Chost; consentry=1%7C%E0%A4%A');
    expect(jar.getAll('consentry')).toEqual(['1|host', '']);
  });

  it('sets and removes with Path=/ and SameSite=Lax plus the given attributes', () => {
    const { cookies, calls } = fakeCookies();
    const jar = createCookieJar(cookies);
    jar.set('consentry', 'x', { domain: 'acme.com', expires: 180, secure: true });
    jar.remove('consentry', { domain: 'acme.com' });
    jar.set('consentry_probe', '1');
    expect(calls).toEqual([
      ['set', 'consentry', 'x', { path: '/', sameSite: 'Lax', domain: 'acme.com', expires: 180, secure: true }],
      ['remove', 'consentry', { path: '/', sameSite: 'Lax', domain: 'acme.com' }],
      ['set', 'consentry_probe', '1', { path: '/', sameSite: 'Lax' }],
    ]);
  });

  it('never throws when the browser denies cookies, as in a sandboxed frame', () => {
    const jar = createCookieJar(throwingCookies(), () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(jar.getAll('consentry')).toEqual([]);
    expect(jar.names()).toEqual([]);
    expect(() => jar.set('consentry', 'x')).not.toThrow();
    expect(() => jar.remove('consentry')).not.toThrow();
  });
});
