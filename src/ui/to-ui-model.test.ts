import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/en';
import type { CategoryId, ConsentState, ConsentView } from '../types';
import { toUiModel } from './to-ui-model';
import type { UiContext } from './ui-model';

const ALL: CategoryId[] = ['essential', 'functional', 'analytics', 'marketing'];

function state(over: Partial<ConsentState> & { marketing?: boolean } = {}): ConsentState {
  const { marketing = false, ...rest } = over;
  return {
    decided: false,
    categories: { essential: true, functional: false, analytics: false, marketing },
    gpc: false,
    method: 'default',
    revision: '1',
    updatedAt: null,
    id: null,
    ...rest,
  };
}

function context(over: Partial<UiContext> & { openControl?: boolean } = {}): UiContext {
  const { openControl = false, ...rest } = over;
  return {
    mode: 'opt-in',
    texts: EN,
    lang: 'en',
    dir: 'ltr',
    categories: ALL,
    gpcOptOut: ['marketing'],
    allowOverride: false,
    links: {},
    theme: {},
    storedGpcOptOut: () => [],
    hasOpenControl: () => openControl,
    ...rest,
  };
}

describe('toUiModel', () => {
  it.each<[string, boolean, boolean, boolean, CategoryId[], CategoryId[]]>([
    ['no signal', false, false, false, [], []],
    ['signal, no override', true, false, false, ['marketing'], []],
    ['signal, override allowed', true, true, false, [], ['marketing']],
    ['signal, override allowed, already allowed', true, true, true, [], ['marketing']],
    ['no signal, override allowed', false, true, false, [], []],
  ])(
    'locks and offers GPC categories: %s',
    (_, gpc, allowOverride, marketing, locked, overridable) => {
      const model = toUiModel(state({ gpc, marketing }), 'preferences', context({ allowOverride }));
      expect([model.gpcLocked, model.gpcOverridable]).toEqual([locked, overridable]);
    },
  );

  it.each<[boolean, CategoryId[], boolean, CategoryId[], boolean]>([
    [true, [], false, ['marketing'], true],
    [true, ['marketing'], false, ['marketing'], true],
    // Rules 8: a later visit without the signal still shows the stored opt-out as honored.
    [false, ['marketing'], false, ['marketing'], true],
    [false, [], false, ['marketing'], false],
    [true, [], true, ['marketing'], false],
    [true, [], false, [], false],
  ])(
    'reports GPC as honored for signal %s, stored opt-out %j, marketing %s, gpc.optOut %j: %s',
    (gpc, stored, marketing, gpcOptOut, honored) => {
      const model = toUiModel(state({ gpc, marketing }), 'none', context({ gpcOptOut, storedGpcOptOut: () => stored }));
      expect(model.gpcHonored).toBe(honored);
    },
  );

  it.each<[ConsentView, boolean, boolean, CategoryId[], boolean]>([
    ['none', false, false, ALL, true],
    ['none', true, false, ALL, false],
    ['none', true, true, ALL, true],
    ['banner', false, false, ALL, false],
    ['preferences', false, true, ALL, false],
    ['none', false, false, ['essential'], false],
  ])(
    'shows the re-open control for view %s, open control %s, GPC %s, categories %j: %s',
    (view, openControl, gpc, categories, shown) => {
      const model = toUiModel(state({ gpc }), view, context({ openControl, categories }));
      expect(model.showReopen).toBe(shown);
    },
  );

  it('passes the resolved config through', () => {
    const ctx = context({
      mode: 'opt-out',
      dir: 'rtl',
      lang: 'he',
      links: { doNotSell: '/dns' },
      theme: { logoUrl: '/logo.svg' },
    });
    const model = toUiModel(state(), 'banner', ctx);
    expect(model).toMatchObject({
      view: 'banner',
      mode: 'opt-out',
      dir: 'rtl',
      lang: 'he',
      texts: EN,
      categories: ALL,
      links: { doNotSell: '/dns' },
      logo: '/logo.svg',
    });
  });
});
