// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.acme.com/shop"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CookieJar, CookieOptions } from './browser/cookie-jar';
import { createConsentWith, type ConsentEnvironment } from './create-consent';
import { decodeDecision, encodeDecision, toChoices } from './policy/decision-codec';
import type { Reporter } from './policy/reporter';
import type { Consent, ConsentConfig, ConsentRecord, ConsentState, ConsentView, OptOutDetail } from './types';
import * as ui from './ui';

interface FakeJar extends CookieJar {
  /** Stored cookies as `name@domain`, `(host)` for host-only ones. */
  values: Map<string, string>;
  sets: Array<[string, CookieOptions | undefined]>;
}

/** A browser cookie store on www.acme.com that refuses the public suffix `com`. */
function fakeJar(initial: Record<string, string> = {}): FakeJar {
  const values = new Map(Object.entries(initial).map(([name, value]) => [`${name}@acme.com`, value]));
  const sets: FakeJar['sets'] = [];
  const key = (name: string, options?: CookieOptions) => `${name}@${options?.domain ?? '(host)'}`;
  return {
    values,
    sets,
    getAll: (name) => [...values].filter(([k]) => k.startsWith(`${name}@`)).map(([, value]) => value),
    names: () => [...values.keys()].map((k) => k.split('@')[0]),
    set(name, value, options) {
      if (name !== 'consentry_probe') sets.push([name, options]);
      if (options?.domain === 'com') return;
      values.set(key(name, options), value);
    },
    remove(name, options) {
      values.delete(key(name, options));
    },
  };
}

function fakeNav(over: Record<string, unknown> = {}): Navigator {
  return { language: 'en', ...over } as unknown as Navigator;
}

const instances: Consent[] = [];

function setup(config: ConsentConfig = {}, env: ConsentEnvironment = {}) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const report: Reporter = { error: (path) => errors.push(path), warn: (path) => warnings.push(path) };
  const jar = (env.jar as FakeJar | undefined) ?? fakeJar();
  const consent = createConsentWith(config, { jar, nav: fakeNav(), local: null, report, ...env });
  instances.push(consent);
  return { consent, jar, errors, warnings };
}

/** Lets the ready microtask and any timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function listenOnDocument<T>(name: string) {
  const details: T[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<T>).detail);
  document.addEventListener(name, listener);
  return { details, stop: () => document.removeEventListener(name, listener) };
}

const storedDecision = (jar: FakeJar, name = 'consentry') => {
  const [value] = jar.getAll(name);
  return value ? decodeDecision(value) : null;
};

afterEach(() => {
  for (const consent of instances.splice(0)) consent.destroy();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('createConsentWith: ready', () => {
  it('fires ready once, after a microtask, on the instance and on document', async () => {
    const onDocument = listenOnDocument<ConsentState>('consentry:ready');
    const { consent } = setup();
    const events: string[] = [];
    consent.on('ready', (state) => events.push(`ready decided=${state.decided}`));
    expect(events).toEqual([]);
    await settle();
    consent.acceptAll();
    await settle();
    expect(events).toEqual(['ready decided=false']);
    expect(onDocument.details).toHaveLength(1);
    expect(onDocument.details[0]).toMatchObject({ decided: false, gpc: false });
    onDocument.stop();
  });

  it('waits for DOMContentLoaded while the document is loading', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const { consent } = setup();
    const events: string[] = [];
    consent.on('ready', () => events.push('ready'));
    await settle();
    expect(events).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(events).toEqual(['ready']);
  });

  it('calls a ready listener registered after ready at once, with the state', async () => {
    const { consent } = setup();
    await settle();
    const states: ConsentState[] = [];
    consent.on('ready', (state) => states.push(state));
    expect(states).toEqual([consent.getState()]);
  });

  it('announces no change before ready', async () => {
    const { consent } = setup();
    const changes: string[] = [];
    consent.on('change', (state) => changes.push(state.method));
    consent.acceptAll();
    await settle();
    consent.rejectAll();
    expect(changes).toEqual(['reject-all']);
  });
});

describe('createConsentWith: choices', () => {
  it('announces consentry:change on document after acceptAll', async () => {
    const onDocument = listenOnDocument<ConsentState>('consentry:change');
    const { consent } = setup();
    const changes: ConsentState[] = [];
    consent.on('change', (state) => changes.push(state));
    await settle();
    consent.acceptAll();
    expect(onDocument.details).toHaveLength(1);
    expect(onDocument.details[0]).toMatchObject({ decided: true, method: 'accept-all', categories: { analytics: true, marketing: true } });
    expect(changes).toEqual(onDocument.details);
    onDocument.stop();
  });

  it('answers allowed() from the effective state', async () => {
    const { consent } = setup();
    expect(['essential', 'functional', 'analytics', 'marketing'].map((id) => consent.allowed(id as never))).toEqual([true, false, false, false]);
    consent.save({ analytics: true });
    expect(consent.allowed('analytics')).toBe(true);
    expect(consent.allowed('marketing')).toBe(false);
    expect(consent.allowed('essential')).toBe(true);
  });

  it('keeps marketing denied after Accept all under GPC', async () => {
    const { consent } = setup({}, { nav: fakeNav({ globalPrivacyControl: true }) });
    await settle();
    consent.acceptAll();
    expect(consent.allowed('analytics')).toBe(true);
    expect(consent.allowed('marketing')).toBe(false);
  });

  it('stores the decision in a cookie on the registrable domain, Secure on https, for 180 days', () => {
    const { consent, jar } = setup();
    consent.acceptAll();
    expect(jar.sets).toEqual([['consentry', { domain: 'acme.com', expires: 180, secure: true }]]);
    expect(storedDecision(jar)).toMatchObject({ method: 'accept-all' });
  });

  it('finds the cookie domain in its own cookie jar, whatever another instance found in another jar', () => {
    const hostOnly = fakeJar();
    const set = hostOnly.set;
    // A jar that refuses every Domain attribute, as a browser does for a host under a public suffix.
    hostOnly.set = (name, value, options) => (options?.domain ? undefined : set(name, value, options));
    const first = setup({}, { jar: fakeJar() });
    first.consent.acceptAll();
    const second = setup({}, { jar: hostOnly });
    second.consent.acceptAll();
    expect(first.jar.sets).toEqual([['consentry', { domain: 'acme.com', expires: 180, secure: true }]]);
    expect(second.jar.sets).toEqual([['consentry', { domain: undefined, expires: 180, secure: true }]]);
  });

  it('keeps a decision no longer than 395 days, whatever cookie.expiresDays asks for', () => {
    const { consent, jar, warnings } = setup({ cookie: { expiresDays: 1000 } });
    consent.acceptAll();
    expect(jar.sets).toEqual([['consentry', { domain: 'acme.com', expires: 395, secure: true }]]);
    expect(warnings).toEqual(['cookie.expiresDays']);
  });

  it('names the cookie after the tenant', () => {
    const { consent, jar } = setup({ tenant: 'acme' });
    consent.rejectAll();
    expect(jar.sets.map(([name]) => name)).toEqual(['consentry_acme']);
  });

  it('scopes a matched tenant to its exact host', () => {
    const { consent, jar } = setup({ tenants: { 'www.acme.com': { tenant: 'www' } } });
    consent.acceptAll();
    expect(jar.sets).toEqual([['consentry_www', { domain: undefined, expires: 180, secure: true }]]);
  });

  it('reads a stored decision at start', () => {
    const jar = fakeJar({
      consentry: encodeDecision({
        id: 'k3x9q0a7b2mz',
        at: Date.now() - 1000,
        revision: '1',
        method: 'reject-all',
        choices: toChoices([]),
        gpcOptOut: [],
        gpcOverride: false,
      }),
    });
    const { consent } = setup({}, { jar });
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' });
    expect(consent.$view.get()).toBe('none');
  });

  it('runs onAllowed at once for a stored grant, and on the choice for a new visitor', () => {
    const jar = fakeJar({
      consentry: encodeDecision({ id: 'k3x9q0a7b2mz', at: Date.now() - 1000, revision: '1', method: 'accept-all', choices: toChoices(['functional', 'analytics', 'marketing']), gpcOptOut: [], gpcOverride: false }),
    });
    const runs: string[] = [];
    setup({}, { jar }).consent.onAllowed('analytics', () => runs.push('returning'));
    const { consent } = setup();
    consent.onAllowed('analytics', () => runs.push('new'));
    expect(runs).toEqual(['returning']);
    consent.rejectAll();
    consent.acceptAll();
    expect(runs).toEqual(['returning', 'new']);
  });

  it('reports a tampered cookie and asks again', () => {
    const { consent, errors } = setup({}, { jar: fakeJar({ consentry: '1|forged|value' }) });
    expect(errors).toEqual(['cookie consentry']);
    expect(consent.getState().decided).toBe(false);
    expect(consent.$view.get()).toBe('banner');
  });

  it('reports a bad config value and keeps working with the default', () => {
    const { consent, errors } = setup({ recordEndpoint: 'javascript:alert(1)', mode: 'sideways' as never });
    expect(errors).toEqual(['recordEndpoint', 'mode']);
    expect(consent.$view.get()).toBe('banner');
    expect(consent.getState().categories.marketing).toBe(false);
  });

  it('leaves texts, theme and links to the UI, which reports them at their full path when it loads', () => {
    const config: ConsentConfig = {
      links: { doNotSell: 'javascript:alert(1)' },
      tenants: { 'www.acme.com': { tenant: 'acme', theme: { primary: 'url(x)' } }, 'other.com': { theme: { font: '}' } } },
    };
    const headless = setup(config);
    expect(headless.errors).toEqual([]);
    const withUi = setup(config, { ui: () => ui });
    withUi.consent.mount();
    expect(withUi.errors).toEqual(['links.doNotSell', 'tenants["www.acme.com"].theme.primary']);
    expect(document.querySelector('consentry-ui')).not.toBeNull();
  });

  it('reports bad arguments at the method they were given to, and throws nothing', () => {
    const { consent, errors } = setup({}, { ui: () => ui });
    const api = consent as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(api.save(null)).toBeUndefined();
    expect(typeof api.on('change', 'not a function')).toBe('function');
    expect(typeof api.onAllowed('everything', () => {})).toBe('function');
    expect(api.mount(42)).toBeUndefined();
    expect(api.allowed({ toString: null })).toBe(false);
    expect(errors).toEqual(['save', 'on', 'onAllowed', 'mount', 'allowed']);
    expect(consent.getState().decided).toBe(false);
  });

  it('warns on mount in the headless build', () => {
    const { consent, warnings } = setup();
    consent.mount();
    expect(warnings).toEqual(['mount']);
  });
});

describe('createConsentWith: views', () => {
  it('opens the banner while a decision is due, and moves between layers', () => {
    const { consent, jar } = setup();
    const views: ConsentView[] = [consent.$view.get()];
    consent.$view.listen((view) => views.push(view));
    consent.showPreferences();
    // Leaving the preference center while undecided returns to the banner (closing is not consent).
    consent.hide();
    consent.hide();
    expect(views).toEqual(['banner', 'preferences', 'banner', 'none']);
    // Closing writes no grant and leaves every non-essential category denied (docs/accessibility.md).
    expect(jar.sets).toEqual([]);
    expect(consent.getState()).toMatchObject({ decided: false, categories: { functional: false, analytics: false, marketing: false } });
  });

  it('closes the UI on a decision, and hides the preference center fully afterwards', () => {
    const { consent } = setup();
    consent.showPreferences();
    consent.save({ analytics: true });
    expect(consent.$view.get()).toBe('none');
    consent.showPreferences();
    consent.hide();
    expect(consent.$view.get()).toBe('none');
  });

  it('shows the banner on demand', () => {
    const { consent } = setup();
    consent.acceptAll();
    consent.showBanner();
    expect(consent.$view.get()).toBe('banner');
  });

  it('opens the banner again after reset', () => {
    const { consent } = setup();
    consent.acceptAll();
    consent.reset();
    expect(consent.getState().decided).toBe(false);
    expect(consent.$view.get()).toBe('banner');
  });

  it('opens the preference center from a data-consent-open control', async () => {
    const { consent } = setup();
    document.body.innerHTML = '<footer><button data-consent-open><span>Cookie settings</span></button></footer>';
    await settle();
    document.querySelector('span')!.click();
    expect(consent.$view.get()).toBe('preferences');
  });

  it('opens nothing for a site with only essential cookies', () => {
    const { consent } = setup({ categories: { functional: false, analytics: false, marketing: false } });
    expect(consent.$view.get()).toBe('none');
  });
});

describe('createConsentWith: records', () => {
  it('records every decision, a GPC opt-out and a withdrawal, with the record id and time', () => {
    const records: ConsentRecord[] = [];
    const { consent } = setup({ tenant: 'acme', onRecord: (r) => records.push(r) }, { nav: fakeNav({ globalPrivacyControl: true }) });
    consent.acceptAll();
    consent.hide();
    consent.reset();
    expect(records.map((r) => [r.method, r.categories.marketing, r.gpc])).toEqual([
      ['gpc', false, true],
      ['accept-all', false, true],
      // A withdrawal keeps the stored GPC opt-out: only the signal's opt-out is left.
      ['gpc', false, true],
    ]);
    expect(new Set(records.map((r) => r.id)).size).toBe(1);
    expect(records[0]).toMatchObject({ tenant: 'acme', host: 'www.acme.com', mode: 'opt-in', revision: '1' });
    expect(records.every((r) => r.at > 0)).toBe(true);
  });

  it('records the withdrawal of a choice under the id of the choice', () => {
    const records: ConsentRecord[] = [];
    const { consent } = setup({ onRecord: (r) => records.push(r) });
    consent.save({ analytics: true });
    consent.reset();
    consent.reset();
    expect(records.map((r) => [r.method, r.categories.analytics])).toEqual([
      ['custom', true],
      ['default', false],
    ]);
    expect(records[1].id).toBe(records[0].id);
  });
});

describe('createConsentWith: clean-up at load', () => {
  it.each<[string, ConsentConfig, Record<string, unknown>]>([
    ['a new revision', { revision: 2, categories: { analytics: { cookies: ['_ga'] } } }, {}],
    ['GPC over a stored grant', { revision: 1, categories: { marketing: { cookies: ['_fbp'] } } }, { globalPrivacyControl: true }],
  ])('deletes the cookies of what is denied at load after %s', (_, config, nav) => {
    const granted = encodeDecision({
      id: 'abcdefgh',
      at: Date.now() - 1000,
      revision: '1',
      method: 'accept-all',
      choices: toChoices(['functional', 'analytics', 'marketing']),
      gpcOptOut: [],
      gpcOverride: false,
    });
    const jar = fakeJar({ consentry: granted, _ga: 'GA1', _fbp: 'fb.1' });
    setup(config, { jar, nav: fakeNav(nav) });
    const left = jar.names();
    expect(left).toContain('consentry');
    expect(left).not.toContain(config.categories?.analytics ? '_ga' : '_fbp');
  });

  it('deletes nothing that is granted', () => {
    const jar = fakeJar({ _ga: 'GA1' });
    setup({ mode: 'opt-out', categories: { analytics: { cookies: ['_ga'] } } }, { jar });
    expect(jar.names()).toContain('_ga');
  });
});

describe('createConsentWith: GPC', () => {
  it.each<[string, Record<string, unknown>, boolean, boolean]>([
    // The navigator value (W3C Global Privacy Control), with and without the server hint
    ['true', { globalPrivacyControl: true }, false, true],
    ['true', { globalPrivacyControl: true }, true, true],
    ['"1"', { globalPrivacyControl: '1' }, false, true],
    ['"1"', { globalPrivacyControl: '1' }, true, true],
    ['false', { globalPrivacyControl: false }, false, false],
    ['false', { globalPrivacyControl: false }, true, true],
    ['undefined', { globalPrivacyControl: undefined }, false, false],
    ['undefined', { globalPrivacyControl: undefined }, true, true],
    ['missing', {}, false, false],
    ['missing', {}, true, true],
  ])('reads navigator %s with hint %s as gpc %s', (_, nav, hint, gpc) => {
    expect(setup({}, { nav: fakeNav(nav), gpcHint: hint }).consent.getState().gpc).toBe(gpc);
    expect(setup({ gpcHint: hint }, { nav: fakeNav(nav) }).consent.getState().gpc).toBe(gpc);
  });

  it('denies marketing at once and opens nothing in opt-out mode (CA Cal. Code Regs. tit. 11 § 7025(f))', () => {
    const { consent, jar } = setup({ mode: 'opt-out' }, { nav: fakeNav({ globalPrivacyControl: true }) });
    expect(consent.getState()).toMatchObject({
      decided: false,
      gpc: true,
      method: 'gpc',
      categories: { essential: true, functional: true, analytics: true, marketing: false },
    });
    expect(consent.$view.get()).toBe('none');
    expect(storedDecision(jar)).toMatchObject({ method: 'gpc', gpcOptOut: ['marketing'] });
  });

  it('opens the banner as usual in opt-in mode, with marketing off', () => {
    const { consent } = setup({ mode: 'opt-in' }, { nav: fakeNav({ globalPrivacyControl: true }) });
    expect(consent.$view.get()).toBe('banner');
    expect(consent.allowed('marketing')).toBe(false);
  });

  it('emits optout once per page load when GPC is applied (docs/script-tag.md, Events)', async () => {
    const onDocument = listenOnDocument<OptOutDetail>('consentry:optout');
    const { consent } = setup({ tenant: 'acme' }, { nav: fakeNav({ globalPrivacyControl: true }) });
    const optouts: OptOutDetail[] = [];
    consent.on('optout', (detail) => optouts.push(detail));
    await settle();
    await settle();
    expect(optouts).toEqual<OptOutDetail[]>([{ source: 'gpc', categories: ['marketing'], tenant: 'acme' }]);
    expect(onDocument.details).toEqual(optouts);
    onDocument.stop();
  });

  it('applies a signal injected before DOMContentLoaded (docs/gpc-and-dnt.md)', () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const nav = fakeNav();
    const { consent, jar } = setup({}, { nav });
    const optouts: OptOutDetail[] = [];
    consent.on('optout', (detail) => optouts.push(detail));
    consent.acceptAll();
    expect(consent.allowed('marketing')).toBe(true);
    (nav as unknown as Record<string, unknown>).globalPrivacyControl = true;
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(consent.getState()).toMatchObject({ gpc: true, decided: true, categories: { marketing: false } });
    expect(optouts).toEqual<OptOutDetail[]>([{ source: 'gpc', categories: ['marketing'], tenant: null }]);
    expect(storedDecision(jar)?.gpcOptOut).toEqual(['marketing']);
  });

  it('keeps marketing denied on a later visit without the signal (CA Cal. Code Regs. tit. 11 § 7025(c)(5); Colorado Rule 5.09)', () => {
    const jar = fakeJar();
    setup({}, { jar, nav: fakeNav({ globalPrivacyControl: true }) });
    const later = setup({}, { jar, nav: fakeNav() });
    expect(later.consent.getState()).toMatchObject({ gpc: false, method: 'gpc', categories: { marketing: false } });
  });
});

describe('createConsentWith: Do Not Track', () => {
  const value = encodeDecision({
    id: 'k3x9q0a7b2mz',
    at: Date.now() - 1000,
    revision: '1',
    method: 'custom',
    choices: toChoices(['analytics', 'marketing']),
    gpcOptOut: [],
    gpcOverride: false,
  });
  const stored = () => fakeJar({ consentry: value });

  it.each<[string, ConsentConfig, () => FakeJar]>([
    ['opt-in, no decision', {}, () => fakeJar()],
    ['opt-out, no decision', { mode: 'opt-out' }, () => fakeJar()],
    ['opt-in, stored decision', {}, stored],
  ])('gives the same state whatever doNotTrack says (%s; docs/gpc-and-dnt.md)', async (_, config, jar) => {
    const snapshot = async (nav: Navigator) => {
      const { consent } = setup(config, { jar: jar(), nav });
      await settle();
      return { state: consent.getState(), view: consent.$view.get() };
    };
    const without = await snapshot(fakeNav());
    expect(await snapshot(fakeNav({ doNotTrack: '1' }))).toEqual(without);
    expect(await snapshot(fakeNav({ doNotTrack: '0' }))).toEqual(without);
    expect(await snapshot(fakeNav({ doNotTrack: 'unspecified' }))).toEqual(without);
  });
});

describe('createConsentWith: destroy', () => {
  it('stops announcing on document and removes the open-control listener', async () => {
    const onDocument = listenOnDocument<ConsentState>('consentry:change');
    const { consent } = setup();
    await settle();
    consent.destroy();
    consent.acceptAll();
    document.body.innerHTML = '<button data-consent-open>Cookie settings</button>';
    consent.hide();
    document.querySelector('button')!.click();
    expect(onDocument.details).toEqual([]);
    expect(consent.$view.get()).toBe('none');
    onDocument.stop();
  });
});
