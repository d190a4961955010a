import { describe, expect, it, vi } from 'vitest';
import type { DecisionStorage } from '../browser/decision-storage';
import type { Decision } from '../policy/decision';
import { decodeDecision, encodeDecision, toChoices } from '../policy/decision-codec';
import type { Reporter } from '../policy/reporter';
import { resolveConfig } from '../policy/resolve-config';
import type { ConsentConfig, ConsentState, OptOutDetail } from '../types';
import { createConsentStore, type ConsentStoreOptions } from './create-consent-store';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1, 9);

interface FakeStorage extends DecisionStorage {
  value: string | undefined;
  /** Every write and clear, in order; `null` for a clear. */
  log: Array<string | null>;
}

function fakeStorage(kind: ReturnType<DecisionStorage['kind']> = 'cookie', initial?: string): FakeStorage {
  const storage: FakeStorage = {
    kind: () => kind,
    value: initial,
    log: [],
    read: () => (storage.value === undefined ? [] : [storage.value]),
    write(value) {
      storage.value = value;
      storage.log.push(value);
    },
    clear() {
      storage.value = undefined;
      storage.log.push(null);
    },
  };
  return storage;
}

function setup(over: { config?: ConsentConfig; mode?: 'opt-in' | 'opt-out'; gpc?: boolean; storage?: FakeStorage } = {}) {
  const errors: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} };
  const storage = over.storage ?? fakeStorage();
  let n = 0;
  const options: ConsentStoreOptions = {
    config: resolveConfig(over.config ?? {}, 'www.acme.com'),
    mode: over.mode ?? 'opt-in',
    storage,
    gpc: over.gpc ?? false,
    report,
    now: () => NOW,
    createId: () => `rec${String(++n).padStart(9, '0')}`,
  };
  const store = createConsentStore(options);
  const events: string[] = [];
  const optouts: OptOutDetail[] = [];
  store.on('optout', (detail) => {
    optouts.push(detail);
    events.push(`optout ${detail.source} ${detail.categories.join(',')}`);
  });
  store.$state.listen((state) => events.push(`state ${state.method}${state.gpc ? ' +gpc' : ''} marketing=${state.categories.marketing}`));
  return { store, storage, errors, events, optouts };
}

const stored = (storage: FakeStorage) => (storage.value ? decodeDecision(storage.value) : null);

function encoded(over: Partial<Decision> = {}) {
  return encodeDecision({
    id: 'old000000001',
    at: NOW - DAY,
    revision: '1',
    method: 'accept-all',
    choices: toChoices(['functional', 'analytics', 'marketing']),
    gpcOptOut: [],
    gpcOverride: false,
    ...over,
  });
}

describe('createConsentStore: start', () => {
  it('starts undecided with everything denied in opt-in mode and writes nothing', () => {
    const { store, storage } = setup();
    expect(store.$state.get()).toEqual<ConsentState>({
      decided: false,
      categories: { essential: true, functional: false, analytics: false, marketing: false },
      gpc: false,
      method: 'default',
      revision: '1',
      updatedAt: null,
      id: null,
    });
    expect(storage.log).toEqual([]);
  });

  it('reads a stored decision', () => {
    const { store } = setup({ storage: fakeStorage('cookie', encoded()) });
    expect(store.$state.get()).toMatchObject({ decided: true, method: 'accept-all', id: 'old000000001', updatedAt: NOW - DAY });
  });

  it.each([
    [{}, 'cookie consentry'],
    [{ tenant: 'acme' }, 'cookie consentry_acme'],
  ])('reports a malformed stored value naming the cookie (%j) and reads it as no decision', (config, name) => {
    const { store, errors } = setup({ config, storage: fakeStorage('cookie', '1|tampered|x') });
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith(`${name}:`)).toBe(true);
    expect(store.$state.get()).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
  });

  it('grants by default in opt-out mode with a working cookie', () => {
    expect(setup({ mode: 'opt-out' }).store.$state.get().categories).toEqual({ essential: true, functional: true, analytics: true, marketing: true });
  });

  it.each(['local', 'memory'] as const)('denies by default in opt-out mode with %s storage, until the person decides (docs/configuration.md)', (kind) => {
    const { store } = setup({ mode: 'opt-out', storage: fakeStorage(kind) });
    expect(store.$state.get().categories).toEqual({ essential: true, functional: false, analytics: false, marketing: false });
    store.acceptAll();
    expect(store.$state.get().categories).toEqual({ essential: true, functional: true, analytics: true, marketing: true });
  });

  it('denies by default in opt-out mode over a tampered cookie, reports it, and trusts the storage again once the person decides', () => {
    const { store, errors } = setup({ mode: 'opt-out', storage: fakeStorage('cookie', '1|tampered|x') });
    expect(errors).toEqual([expect.stringMatching(/^cookie consentry: malformed value ignored; every non-essential category is denied/)]);
    expect(store.$state.get()).toMatchObject({ decided: false, categories: { functional: false, analytics: false, marketing: false } });
    store.save({ analytics: true });
    store.reset();
    expect(store.$state.get()).toMatchObject({ decided: false, categories: { functional: true, analytics: true, marketing: true } });
  });

  it('keeps failing closed over a tampered cookie when a GPC opt-out is stored over it', () => {
    const { store } = setup({ mode: 'opt-out', gpc: true, storage: fakeStorage('cookie', 'garbage') });
    expect(store.$state.get()).toMatchObject({ method: 'gpc', categories: { functional: false, analytics: false, marketing: false } });
  });

  it('stores the GPC opt-out before anything can run, without an event yet', () => {
    const { store, storage, events } = setup({ gpc: true, mode: 'opt-out' });
    expect(stored(storage)).toEqual<Decision>({
      id: 'rec000000001',
      at: NOW,
      revision: '1',
      method: 'gpc',
      choices: toChoices([]),
      gpcOptOut: ['marketing'],
      gpcOverride: false,
    });
    expect(store.$state.get()).toMatchObject({ decided: false, gpc: true, method: 'gpc', categories: { analytics: true, marketing: false } });
    expect(events).toEqual([]);
  });
});

describe('createConsentStore: choices', () => {
  it('stores, records and announces a choice even when a page listener of the state throws', () => {
    vi.useFakeTimers();
    try {
      const records: string[] = [];
      const storage = fakeStorage();
      const store = createConsentStore({
        config: resolveConfig({}, 'www.acme.com'),
        mode: 'opt-in',
        storage,
        gpc: false,
        report: { error() {}, warn() {} },
        onStore: (state) => records.push(state.method),
      });
      const optouts: string[] = [];
      store.on('optout', (detail) => optouts.push(detail.categories.join()));
      store.$state.listen(() => {
        throw new Error('a page listener bug');
      });
      expect(() => store.rejectAll()).not.toThrow();
      expect([records, optouts, stored(storage)?.method]).toEqual([['reject-all'], ['marketing'], 'reject-all']);
      expect(() => vi.runAllTimers()).toThrow('a page listener bug');
    } finally {
      vi.useRealTimers();
    }
  });

  it('persists Accept all', () => {
    const { store, storage } = setup();
    store.acceptAll();
    expect(stored(storage)).toEqual<Decision>({
      id: 'rec000000001',
      at: NOW,
      revision: '1',
      method: 'accept-all',
      choices: toChoices(['functional', 'analytics', 'marketing']),
      gpcOptOut: [],
      gpcOverride: false,
    });
    expect(store.$state.get()).toMatchObject({ decided: true, method: 'accept-all', updatedAt: NOW, id: 'rec000000001' });
  });

  it('persists Reject all and emits a user opt-out', () => {
    const { store, storage, events, optouts } = setup({ config: { tenant: 'acme' } });
    store.rejectAll();
    expect(stored(storage)).toMatchObject({ method: 'reject-all', choices: toChoices([]) });
    expect(optouts).toEqual<OptOutDetail[]>([{ source: 'user', categories: ['marketing'], tenant: 'acme' }]);
    expect(events).toEqual(['state reject-all marketing=false', 'optout user marketing']);
  });

  it('persists a custom choice, ignoring essential and unknown keys', () => {
    const { store, storage } = setup();
    store.save({ essential: false, analytics: true, functional: false });
    expect(stored(storage)).toMatchObject({ method: 'custom', choices: toChoices(['analytics']) });
    expect(store.$state.get().categories).toEqual({ essential: true, functional: false, analytics: true, marketing: false });
  });

  it('treats missing categories in a custom choice as denied', () => {
    const { store } = setup({ storage: fakeStorage('cookie', encoded()) });
    store.save({ functional: true });
    expect(store.$state.get().categories).toEqual({ essential: true, functional: true, analytics: false, marketing: false });
  });

  it('never grants a dropped category', () => {
    const { store, storage } = setup({ config: { categories: { marketing: false } } });
    store.acceptAll();
    expect(stored(storage)?.choices).toEqual(toChoices(['functional', 'analytics']));
    store.save({ marketing: true });
    expect(store.$state.get().categories.marketing).toBe(false);
  });

  it('keeps the record id across choices', () => {
    const { store, storage } = setup();
    store.acceptAll();
    store.rejectAll();
    expect(stored(storage)?.id).toBe('rec000000001');
  });

  it('emits no opt-out for Accept all', () => {
    const { store, optouts } = setup();
    store.acceptAll();
    expect(optouts).toEqual([]);
  });
});

describe('createConsentStore: GPC', () => {
  it('stores the opt-out and emits a gpc optout on setGpc(true)', () => {
    const { store, storage, events, optouts } = setup({ config: { tenant: 'acme' } });
    store.setGpc(true);
    expect(stored(storage)).toMatchObject({ method: 'gpc', gpcOptOut: ['marketing'] });
    expect(optouts).toEqual<OptOutDetail[]>([{ source: 'gpc', categories: ['marketing'], tenant: 'acme' }]);
    // One state change: the live signal and the stored opt-out land together.
    expect(events).toEqual(['state gpc +gpc marketing=false', 'optout gpc marketing']);
    expect(store.$state.get()).toMatchObject({ gpc: true, categories: { marketing: false } });
  });

  it('emits the gpc optout at ready time for a signal seen at start', () => {
    const { store, storage, optouts } = setup({ gpc: true });
    store.setGpc(true);
    expect(optouts).toEqual<OptOutDetail[]>([{ source: 'gpc', categories: ['marketing'], tenant: null }]);
    // Stored once, at start.
    expect(storage.log).toHaveLength(1);
  });

  it('keeps an earlier choice decided and denies marketing when GPC turns on', () => {
    const { store, storage } = setup({ storage: fakeStorage('cookie', encoded()) });
    store.setGpc(true);
    expect(stored(storage)).toMatchObject({ method: 'accept-all', at: NOW - DAY, gpcOptOut: ['marketing'] });
    expect(store.$state.get()).toMatchObject({ decided: true, method: 'accept-all', categories: { analytics: true, marketing: false } });
  });

  it('keeps the stored opt-out when the signal goes away', () => {
    const { store, events } = setup({ mode: 'opt-out' });
    store.setGpc(true);
    store.setGpc(false);
    expect(store.$state.get()).toMatchObject({ gpc: false, method: 'gpc', categories: { functional: true, marketing: false } });
    expect(events).toEqual([
      'state gpc +gpc marketing=false',
      'optout gpc marketing',
      'state gpc marketing=false',
    ]);
  });

  it('emits nothing for setGpc(false)', () => {
    const { store, storage, optouts } = setup();
    store.setGpc(false);
    expect(optouts).toEqual([]);
    expect(storage.log).toEqual([]);
  });

  it('keeps marketing denied on Accept all under GPC', () => {
    const { store, storage } = setup({ gpc: true });
    store.acceptAll();
    expect(stored(storage)).toMatchObject({ method: 'accept-all', gpcOptOut: ['marketing'] });
    expect(store.$state.get()).toMatchObject({ decided: true, categories: { analytics: true, marketing: false } });
  });

  it('honours Allow for this site under GPC only with allowOverride', () => {
    const allowed = setup({ gpc: true, config: { gpc: { allowOverride: true } } });
    allowed.store.save({ marketing: true });
    expect(stored(allowed.storage)).toMatchObject({ gpcOverride: true, gpcOptOut: [] });
    expect(allowed.store.$state.get().categories.marketing).toBe(true);

    const refused = setup({ gpc: true });
    refused.store.save({ marketing: true });
    expect(stored(refused.storage)).toMatchObject({ gpcOverride: false, gpcOptOut: ['marketing'] });
    expect(refused.store.$state.get().categories.marketing).toBe(false);
  });

  it('lifts the stored opt-out on an explicit opt-in after the signal is gone', () => {
    const { store } = setup({ storage: fakeStorage('cookie', encoded({ method: 'gpc', choices: toChoices([]), gpcOptOut: ['marketing'] })) });
    expect(store.$state.get().categories.marketing).toBe(false);
    store.acceptAll();
    expect(store.$state.get().categories.marketing).toBe(true);
  });

  it('emits opt-outs in the order they happen', () => {
    const { store, events } = setup({ config: { tenant: 'acme' } });
    store.acceptAll();
    store.setGpc(true);
    store.rejectAll();
    store.save({ analytics: true });
    expect(events).toEqual([
      'state accept-all marketing=true',
      'state accept-all +gpc marketing=false',
      'optout gpc marketing',
      'state reject-all +gpc marketing=false',
      'optout user marketing',
      'state custom +gpc marketing=false',
      'optout user marketing',
    ]);
  });
});

describe('createConsentStore: reset and reload', () => {
  it('forgets the choice and clears storage', () => {
    const { store, storage, events } = setup();
    store.acceptAll();
    store.reset();
    expect(storage.value).toBeUndefined();
    expect(storage.log.at(-1)).toBeNull();
    expect(store.$state.get()).toMatchObject({ decided: false, method: 'default', categories: { analytics: false } });
    expect(events).toEqual(['state accept-all marketing=true', 'state default marketing=false']);
  });

  it('keeps a stored GPC opt-out', () => {
    const { store, storage } = setup({ storage: fakeStorage('cookie', encoded({ gpcOptOut: ['marketing'] })) });
    store.reset();
    expect(stored(storage)).toMatchObject({ method: 'gpc', choices: toChoices([]), gpcOptOut: ['marketing'], gpcOverride: false });
    expect(store.$state.get()).toMatchObject({ decided: false, method: 'gpc', categories: { marketing: false } });
  });

  it('stores the opt-out again when reset while the signal is on', () => {
    const { store, storage } = setup({ gpc: true, config: { gpc: { allowOverride: true } } });
    store.save({ marketing: true });
    store.reset();
    expect(stored(storage)).toMatchObject({ method: 'gpc', gpcOptOut: ['marketing'] });
    expect(store.$state.get().categories.marketing).toBe(false);
  });

  it('picks up a decision another tab stored on reload', () => {
    const { store, storage, events } = setup();
    storage.value = encoded({ method: 'reject-all', choices: toChoices([]) });
    store.reload();
    expect(store.$state.get()).toMatchObject({ decided: true, method: 'reject-all' });
    expect(events).toEqual(['state reject-all marketing=false']);
  });

  it('ignores its own decision on reload, so a polling tab never re-announces it', () => {
    const { store, events } = setup();
    store.acceptAll();
    store.reload();
    store.reload();
    expect(events).toEqual(['state accept-all marketing=true']);
  });

  it('reports a malformed value once, not on every reload', () => {
    const { store, storage, errors } = setup();
    storage.value = 'garbage';
    store.reload();
    store.reload();
    expect(errors).toHaveLength(1);
  });
});
