import { describe, expect, it } from 'vitest';
import type { Reporter } from '../policy/reporter';
import { startIntegrations, type IntegrationsOptions } from './start-integrations';
import { testState } from './test-state.fixture';

function setup(win: object, config: IntegrationsOptions['config']) {
  const errors: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} };
  const state = testState();
  const stop = startIntegrations({ win: win as Window, $state: state.$state, config, mode: 'opt-in', report });
  return { errors, state, stop };
}

describe('startIntegrations', () => {
  it('starts only the integrations the config turns on', () => {
    const win: Record<string, unknown> = {};
    setup(win, { googleConsentMode: true, uet: false });
    expect(Object.keys(win)).toEqual(['dataLayer']);
    setup(win, { uet: true, meta: true });
    expect(Object.keys(win).sort()).toEqual(['dataLayer', 'fbq', 'uetq']);
  });

  it.each<[string, object, IntegrationsOptions['config']]>([
    ['a dataLayer that is not an array', { dataLayer: 'layer' }, { googleConsentMode: true }],
    ['a frozen dataLayer', { dataLayer: Object.freeze([]) }, { googleConsentMode: true }],
    ['a uetq that is not a queue', { uetq: 42 }, { uet: true }],
    ['an fbq that is not the pixel', { fbq: 'pixel' }, { meta: true }],
  ])('reports %s under its config key and never throws', (_, win, config) => {
    let result: ReturnType<typeof setup> | undefined;
    expect(() => (result = setup(win, config))).not.toThrow();
    expect(result!.errors).toHaveLength(1);
    expect(result!.errors[0]).toMatch(/^(googleConsentMode|uet|meta): could not signal consent/);
  });

  it('reports a queue that breaks on a later change instead of throwing into the choice', () => {
    const win: { dataLayer?: unknown[] } = {};
    const { errors, state } = setup(win, { googleConsentMode: true });
    win.dataLayer!.push = () => {
      throw new Error('broken');
    };
    expect(() => state.set(['analytics'])).not.toThrow();
    expect(errors).toEqual(["googleConsentMode: could not signal consent to the vendor's queue (Error: broken)"]);
  });

  it('stops every integration', () => {
    const win: { dataLayer?: unknown[]; uetq?: unknown[] } = {};
    const { state, stop } = setup(win, { googleConsentMode: true, uet: true });
    stop();
    const lengths = [win.dataLayer!.length, win.uetq!.length];
    state.set(['marketing']);
    expect([win.dataLayer!.length, win.uetq!.length]).toEqual(lengths);
  });
});
