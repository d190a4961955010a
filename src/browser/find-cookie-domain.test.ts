import { describe, expect, it } from 'vitest';
import type { CookieJar, CookieOptions } from './cookie-jar';
import { canSetCookie, findCookieDomain } from './find-cookie-domain';

interface BrowserJar extends CookieJar {
  /** Stored cookies as `name@domain`, `(host)` for host-only ones. */
  stored(): string[];
  log: string[];
}

/**
 * Emulates a browser on `hostname`: a `Domain` cookie is kept only for the host or a parent of
 * it that is not a public suffix; host-only and domain cookies of one name are separate.
 */
function browserJar(hostname: string, publicSuffixes = ['com', 'io', 'uk', 'co.uk', 'platform.io', 'test']): BrowserJar {
  const cookies = new Map<string, string>();
  const log: string[] = [];
  const key = (name: string, options?: CookieOptions) => `${name}@${options?.domain ?? '(host)'}`;
  return {
    log,
    stored: () => [...cookies.keys()],
    getAll: (name) => [...cookies].filter(([k]) => k.startsWith(`${name}@`)).map(([, value]) => value),
    names: () => [...new Set([...cookies.keys()].map((k) => k.split('@')[0]))],
    set(name, value, options) {
      const domain = options?.domain;
      log.push(`set ${name} ${domain ?? '(host)'}`);
      if (domain !== undefined && (publicSuffixes.includes(domain) || !(hostname === domain || hostname.endsWith(`.${domain}`)))) return;
      cookies.set(key(name, options), value);
    },
    remove(name, options) {
      log.push(`remove ${name} ${options?.domain ?? '(host)'}`);
      cookies.delete(key(name, options));
    },
  };
}

/** A jar that fails the test if it is touched at all. */
const untouchable: CookieJar = {
  getAll: () => expect.unreachable('getAll'),
  names: () => expect.unreachable('names'),
  set: () => expect.unreachable('set'),
  remove: () => expect.unreachable('remove'),
};

describe('canSetCookie', () => {
  it('is true for a domain the browser accepts and leaves no probe behind', () => {
    const jar = browserJar('www.alpha.com');
    expect(canSetCookie(jar, 'alpha.com')).toBe(true);
    expect(jar.stored()).toEqual([]);
    expect(jar.log).toEqual(['set consentry_probe alpha.com', 'remove consentry_probe alpha.com']);
  });

  it('is false for a public suffix and leaves no probe behind', () => {
    const jar = browserJar('www.alpha.com');
    expect(canSetCookie(jar, 'com')).toBe(false);
    expect(jar.stored()).toEqual([]);
  });

  it('probes a host-only cookie without a domain', () => {
    const jar = browserJar('localhost');
    expect(canSetCookie(jar)).toBe(true);
    expect(jar.log).toEqual(['set consentry_probe (host)', 'remove consentry_probe (host)']);
    expect(jar.stored()).toEqual([]);
  });

  it('is false when cookies are disabled', () => {
    const jar = browserJar('www.alpha.com');
    jar.set = () => {};
    expect(canSetCookie(jar)).toBe(false);
  });
});

describe('findCookieDomain', () => {
  it.each<[string, string | undefined, string[]]>([
    ['www.bravo.com', 'bravo.com', ['bravo.com']],
    ['a.b.c.charlie.com', 'charlie.com', ['charlie.com']],
    ['delta.com', 'delta.com', ['delta.com']],
    ['shop.echo.co.uk', 'echo.co.uk', ['co.uk', 'echo.co.uk']],
    ['foxtrot.platform.io', 'foxtrot.platform.io', ['platform.io', 'foxtrot.platform.io']],
    ['www.golf.platform.io', 'golf.platform.io', ['platform.io', 'golf.platform.io']],
  ])('finds the registrable domain of %s: %s, broadest first', (hostname, expected, tried) => {
    const jar = browserJar(hostname);
    expect(findCookieDomain(hostname, jar)).toBe(expected);
    expect(jar.log.filter((line) => line.startsWith('set')).map((line) => line.split(' ')[2])).toEqual(tried);
  });

  it('leaves no probe cookie behind, removing each with the domain it was set with', () => {
    const jar = browserJar('www.hotel.co.uk');
    findCookieDomain('www.hotel.co.uk', jar);
    expect(jar.stored()).toEqual([]);
    expect(jar.names()).toEqual([]);
    expect(jar.log).toEqual([
      'set consentry_probe co.uk',
      'remove consentry_probe co.uk',
      'set consentry_probe hotel.co.uk',
      'remove consentry_probe hotel.co.uk',
    ]);
  });

  it('probes every time it is asked, with the jar it is given', () => {
    findCookieDomain('a.kilo.com', browserJar('a.kilo.com'));
    const jar = browserJar('a.kilo.com');
    expect(findCookieDomain('a.kilo.com', jar)).toBe('kilo.com');
    expect(jar.log).not.toEqual([]);
  });

  it.each(['localhost', '127.0.0.1', '192.168.1.20', '[::1]', '[2001:db8::1]', ''])('returns undefined for %j without probing', (hostname) => {
    expect(findCookieDomain(hostname, untouchable)).toBeUndefined();
  });

  it('returns undefined when every candidate is refused', () => {
    const jar = browserJar('www.lima.com');
    jar.set = () => {};
    expect(findCookieDomain('www.lima.com', jar)).toBeUndefined();
  });
});
