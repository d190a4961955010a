import { describe, expect, it, vi } from 'vitest';
import { createCookieJar, type CookieJar, type CookieOptions } from './cookie-jar';
import { createDecisionStorage, type DecisionStorageOptions } from './create-decision-storage';

/** js-cookie's API, as `createCookieJar` takes it. */
type CookiesStatic = NonNullable<Parameters<typeof createCookieJar>[0]>;

interface RecordingJar extends CookieJar {
  values: Map<string, string>;
  log: unknown[][];
}

function workingJar(): RecordingJar {
  const values = new Map<string, string>();
  const log: unknown[][] = [];
  return {
    values,
    log,
    getAll: (name) => (values.has(name) ? [values.get(name)!] : []),
    names: () => [...values.keys()],
    set(name: string, value: string, options?: CookieOptions) {
      log.push(['set', name, value, options]);
      values.set(name, value);
    },
    remove(name: string, options?: CookieOptions) {
      log.push(['remove', name, options]);
      values.delete(name);
    },
  };
}

/** Cookies disabled: writes are silently dropped, as browsers do. */
function refusingJar(): RecordingJar {
  const jar = workingJar();
  jar.set = () => {};
  return jar;
}

/** `document.cookie` throws, as in a sandboxed frame, behind the real guarded adapter. */
function deniedJar(): CookieJar {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return createCookieJar({ get: fail, set: fail, remove: fail } as unknown as CookiesStatic);
}

function memoryLocal(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key: string) => data.get(key) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (key: string) => void data.delete(key),
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

function throwingLocal(): Storage {
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

const SILENT = { error() {}, warn() {} };

function options(over: Partial<DecisionStorageOptions> = {}): DecisionStorageOptions {
  return { name: 'consentry_acme', domain: () => 'acme.com', expiresDays: 180, secure: true, jar: workingJar(), local: () => memoryLocal(), report: SILENT, ...over };
}

describe('createDecisionStorage', () => {
  it('keeps the decision in a cookie when cookies work', () => {
    const jar = workingJar();
    const storage = createDecisionStorage(options({ jar }));
    expect(storage.kind()).toBe('cookie');
    jar.log.length = 0;
    storage.write('1|value');
    expect(storage.read()).toEqual(['1|value']);
    storage.clear();
    expect(storage.read()).toEqual([]);
    expect(jar.log).toEqual([
      ['set', 'consentry_acme', '1|value', { domain: 'acme.com', expires: 180, secure: true }],
      ['remove', 'consentry_acme', { domain: 'acme.com' }],
    ]);
  });

  it('writes a host-only cookie without a domain, and no Secure off https', () => {
    const jar = workingJar();
    const storage = createDecisionStorage(options({ jar, domain: () => undefined, secure: false, expiresDays: 30 }));
    storage.kind();
    jar.log.length = 0;
    storage.write('v');
    expect(jar.log).toEqual([['set', 'consentry_acme', 'v', { domain: undefined, expires: 30, secure: false }]]);
  });

  it('leaves no probe cookie or probe key behind', () => {
    const jar = workingJar();
    const local = memoryLocal();
    createDecisionStorage(options({ jar, local: () => local }));
    expect(jar.names()).toEqual([]);
    expect(local.data.size).toBe(0);
  });

  it.each<[string, 'cookie' | 'local' | 'memory', () => CookieJar, () => Storage | null]>([
    ['cookies work', 'cookie', workingJar, memoryLocal],
    ['cookies work, no localStorage', 'cookie', workingJar, () => null],
    ['cookies refused', 'local', refusingJar, memoryLocal],
    ['cookies throw', 'local', deniedJar, memoryLocal],
    ['cookies refused, localStorage throws', 'memory', refusingJar, throwingLocal],
    ['cookies throw, localStorage throws', 'memory', deniedJar, throwingLocal],
    ['cookies throw, no localStorage', 'memory', deniedJar, () => null],
  ])('falls back in order: %s → %s', (_, kind, jar, local) => {
    const errors: string[] = [];
    const storage = createDecisionStorage(options({ jar: jar(), local, report: { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} } }));
    expect(storage.kind()).toBe(kind);
    storage.kind();
    // Once, naming the cookie and where the decision went instead.
    expect(errors).toEqual(
      kind === 'cookie' ? [] : [expect.stringMatching(new RegExp(`^cookie consentry_acme: cannot be written here; the decision is kept in ${kind === 'local' ? 'localStorage' : 'memory'}.* denied`))],
    );
  });

  it('probes nothing until the first write when there is no decision and cookies are on', () => {
    const jar = workingJar();
    const storage = createDecisionStorage(options({ jar, cookieEnabled: true }));
    expect(storage.read()).toEqual([]);
    expect(jar.log).toEqual([]);
    storage.write('1|value');
    expect(jar.log.map(([op, cookie]) => `${op} ${cookie}`)).toEqual([
      'set consentry_probe',
      'remove consentry_probe',
      'set consentry_acme',
    ]);
  });

  it('reads a decision kept in localStorage when there is no decision cookie, as where the browser drops cookies silently', () => {
    const local = memoryLocal();
    local.data.set('consentry_acme', '1|kept');
    const jar = refusingJar();
    const storage = createDecisionStorage(options({ jar, local: () => local, cookieEnabled: true }));
    expect(storage.read()).toEqual(['1|kept']);
    expect(jar.log, 'without a probe').toEqual([]);
  });

  it('reads the decision from localStorage at once when the browser says cookies are off', () => {
    const local = memoryLocal();
    local.data.set('consentry_acme', '1|kept');
    const storage = createDecisionStorage(options({ jar: refusingJar(), local: () => local, cookieEnabled: false }));
    expect(storage.read()).toEqual(['1|kept']);
  });

  it('never opens localStorage while cookies work', () => {
    const local = vi.fn(memoryLocal);
    const storage = createDecisionStorage(options({ local }));
    storage.write('v');
    storage.clear();
    expect(local).not.toHaveBeenCalled();
  });

  it('neither probes nor asks for the domain when the decision cookie is already there', () => {
    const jar = workingJar();
    jar.values.set('consentry_acme', '1|stored');
    const domain = vi.fn(() => 'acme.com');
    const storage = createDecisionStorage(options({ jar, domain }));
    expect(storage.kind()).toBe('cookie');
    expect(storage.read()).toEqual(['1|stored']);
    expect(jar.log).toEqual([]);
    expect(domain).not.toHaveBeenCalled();
  });

  it('keeps the decision in localStorage when cookies cannot be written', () => {
    const local = memoryLocal();
    const storage = createDecisionStorage(options({ jar: refusingJar(), local: () => local }));
    storage.write('1|value');
    expect(local.data.get('consentry_acme')).toBe('1|value');
    expect(storage.read()).toEqual(['1|value']);
    storage.clear();
    expect(storage.read()).toEqual([]);
    expect(local.data.size).toBe(0);
  });

  it('reads an empty localStorage value as nothing', () => {
    const local = memoryLocal();
    local.data.set('consentry_acme', '');
    expect(createDecisionStorage(options({ jar: refusingJar(), local: () => local, cookieEnabled: false })).read()).toEqual([]);
  });

  it('does not throw when localStorage starts failing after the check', () => {
    const local = memoryLocal();
    const storage = createDecisionStorage(options({ jar: refusingJar(), local: () => local }));
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    local.setItem = fail;
    local.removeItem = fail;
    expect(() => storage.write('v')).not.toThrow();
    expect(() => storage.clear()).not.toThrow();
  });

  it('reads nothing, without throwing, when localStorage starts failing to read', () => {
    const local = memoryLocal();
    local.data.set('consentry_acme', '1|kept');
    const storage = createDecisionStorage(options({ jar: refusingJar(), local: () => local, cookieEnabled: false }));
    local.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(storage.read()).toEqual([]);
  });

  it('keeps the decision in memory, without throwing, when nothing else works', () => {
    const storage = createDecisionStorage(options({ jar: deniedJar(), local: throwingLocal }));
    expect(storage.read()).toEqual([]);
    expect(() => storage.write('1|value')).not.toThrow();
    expect(storage.read()).toEqual(['1|value']);
    storage.clear();
    expect(storage.read()).toEqual([]);
  });
});
