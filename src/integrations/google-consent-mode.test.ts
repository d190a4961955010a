import { describe, expect, it } from 'vitest';
import { startGoogleConsentMode } from './google-consent-mode';
import { testState } from './test-state.fixture';

type Win = Window & { dataLayer?: unknown[] };

/** dataLayer entries as plain data: Arguments objects become `['args', ...]`. */
const plain = (layer: unknown[]) =>
  layer.map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? ['args', ...Array.from(entry as IArguments)] : entry));

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

describe('startGoogleConsentMode', () => {
  it('puts the default, with every type denied but security_storage, in front of what a snippet queued', () => {
    const win = { dataLayer: [['js', 'now'], ['config', 'G-1']] } as unknown as Win;
    startGoogleConsentMode({ win, $state: testState().$state, adPersonalization: false });
    expect(plain(win.dataLayer!)).toEqual([
      ['args', 'consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['args', 'set', 'ads_data_redaction', true],
      { event: 'consentry_update', consentry: { categories: { essential: true, functional: false, analytics: false, marketing: false }, gpc: false, decided: false } },
      ['js', 'now'],
      ['config', 'G-1'],
    ]);
  });

  it('pushes only an update, after what is queued, when the loader already pushed the default', () => {
    const win = { dataLayer: [['consent', 'default'], ['config', 'G-1']] } as unknown as Win;
    startGoogleConsentMode({ win, $state: testState().$state, adPersonalization: false, defaulted: true });
    expect(plain(win.dataLayer!)).toEqual([
      ['consent', 'default'],
      ['config', 'G-1'],
      ['args', 'consent', 'update', DENIED],
      ['args', 'set', 'ads_data_redaction', true],
      { event: 'consentry_update', consentry: { categories: { essential: true, functional: false, analytics: false, marketing: false }, gpc: false, decided: false } },
    ]);
  });

  it('creates dataLayer when the snippet comes after the loader', () => {
    const win = {} as Win;
    startGoogleConsentMode({ win, $state: testState().$state, adPersonalization: false, region: ['DE', 'US-CA'] });
    expect(plain(win.dataLayer!)[0]).toEqual(['args', 'consent', 'default', { ...DENIED, wait_for_update: 500, region: ['DE', 'US-CA'] }]);
  });

  it('follows the default with an update at once for a stored decision, on every page load', () => {
    const win = {} as Win;
    startGoogleConsentMode({ win, $state: testState(['analytics']).$state, adPersonalization: false });
    expect(plain(win.dataLayer!).slice(0, 4)).toEqual([
      ['args', 'consent', 'default', DENIED],
      ['args', 'set', 'ads_data_redaction', true],
      ['args', 'consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
      ['args', 'set', 'ads_data_redaction', true],
    ]);
  });

  it('pushes an update, the redaction and the event on every change, a refusal that changes no type included', () => {
    const win = {} as Win;
    const state = testState();
    startGoogleConsentMode({ win, $state: state.$state, adPersonalization: true });
    win.dataLayer!.length = 0;
    state.set([]);
    state.set(['marketing']);
    state.set(['marketing'], true);
    const categories = (marketing: boolean) => ({ essential: true, functional: false, analytics: false, marketing });
    expect(plain(win.dataLayer!)).toEqual([
      ['args', 'consent', 'update', DENIED],
      ['args', 'set', 'ads_data_redaction', true],
      { event: 'consentry_update', consentry: { categories: categories(false), gpc: false, decided: true } },
      ['args', 'consent', 'update', { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
      ['args', 'set', 'ads_data_redaction', false],
      { event: 'consentry_update', consentry: { categories: categories(true), gpc: false, decided: true } },
      // GPC forces the ad types denied even with marketing still granted.
      ['args', 'consent', 'update', DENIED],
      ['args', 'set', 'ads_data_redaction', true],
      { event: 'consentry_update', consentry: { categories: categories(true), gpc: true, decided: true } },
    ]);
  });

  it('sends an update at once with a regional default, so that tags elsewhere follow the state too', () => {
    const win = {} as Win;
    startGoogleConsentMode({ win, $state: testState().$state, adPersonalization: false, region: ['DE'] });
    expect(plain(win.dataLayer!).slice(0, 3)).toEqual([
      ['args', 'consent', 'default', { ...DENIED, wait_for_update: 500, region: ['DE'] }],
      ['args', 'set', 'ads_data_redaction', true],
      ['args', 'consent', 'update', DENIED],
    ]);
  });

  it('leaves region out when no valid one is left', () => {
    const win = {} as Win;
    startGoogleConsentMode({ win, $state: testState().$state, adPersonalization: false, region: [] });
    expect(plain(win.dataLayer!)[0]).toEqual(['args', 'consent', 'default', { ...DENIED, wait_for_update: 500 }]);
  });

  it('pushes at the end once gtag.js or GTM handles each push', () => {
    const handled: unknown[] = [];
    const layer: unknown[] = [['config', 'G-1']];
    layer.push = (...items: unknown[]) => handled.push(...items);
    const win = { dataLayer: layer } as unknown as Win;
    startGoogleConsentMode({ win, $state: testState().$state, adPersonalization: false });
    expect(plain(handled)[0]).toEqual(['args', 'consent', 'default', { ...DENIED, wait_for_update: 500 }]);
    expect([...layer]).toEqual([['config', 'G-1']]);
  });

  it('stops on unsubscribe', () => {
    const win = {} as Win;
    const state = testState();
    startGoogleConsentMode({ win, $state: state.$state, adPersonalization: false })();
    const before = win.dataLayer!.length;
    state.set(['analytics']);
    expect(win.dataLayer!.length).toBe(before);
  });
});
