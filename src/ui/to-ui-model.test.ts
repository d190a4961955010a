import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/en';
import type { CategoryId, ConsentState, ConsentView } from '../types';
import { openDraft } from './draft';
import { toUiModel } from './to-ui-model';
import type { UiSettings } from './ui-model';

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

function settings(over: Partial<UiSettings> = {}): UiSettings {
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
    isDue: () => false,
    gpcHonored: () => false,
    wantsReopen: () => false,
    ...over,
  };
}

const model = (s: ConsentState, view: ConsentView, over: Partial<UiSettings> = {}) => toUiModel(s, view, settings(over), openDraft(s));

describe('toUiModel', () => {
  it.each<[string, boolean, boolean, boolean, CategoryId[], CategoryId[]]>([
    ['no signal', false, false, false, [], []],
    ['signal, no override', true, false, false, ['marketing'], []],
    ['signal, override allowed', true, true, false, [], ['marketing']],
    ['signal, override allowed, already allowed', true, true, true, [], ['marketing']],
    ['no signal, override allowed', false, true, false, [], []],
  ])('locks and offers GPC categories: %s', (_, gpc, allowOverride, marketing, locked, overridable) => {
    const m = model(state({ gpc, marketing }), 'preferences', { allowOverride });
    expect([m.gpcLocked, m.gpcOverridable]).toEqual([locked, overridable]);
  });

  it.each<[ConsentView, boolean, boolean]>([
    ['none', true, true],
    ['none', false, false],
    ['banner', true, false],
    ['preferences', true, false],
  ])('shows the re-open control for view %s when the core wants it (%s): %s', (view, wanted, shown) => {
    expect(model(state(), view, { wantsReopen: () => wanted }).showReopen).toBe(shown);
  });

  it.each<[ConsentView, boolean, boolean]>([
    ['preferences', true, true],
    ['preferences', false, false],
    ['banner', true, false],
    ['none', true, false],
  ])('keeps the banner under the dialog for view %s while a decision is due (%s): %s', (view, due, behind) => {
    expect(model(state(), view, { isDue: () => due }).bannerBehind).toBe(behind);
  });

  it('takes the GPC status from the core', () => {
    expect(model(state(), 'none', { gpcHonored: () => true }).gpcHonored).toBe(true);
    expect(model(state(), 'none', { gpcHonored: () => false }).gpcHonored).toBe(false);
  });

  it('passes the settings and the draft through', () => {
    const s = state();
    const draft = { choices: { ...s.categories, analytics: true }, conflicts: [] };
    const m = toUiModel(s, 'banner', settings({ mode: 'opt-out', dir: 'rtl', lang: 'he', links: { doNotSell: '/dns' }, theme: { logoUrl: '/logo.svg', logoAlt: 'Acme' } }), draft);
    expect(m).toMatchObject({
      view: 'banner',
      mode: 'opt-out',
      dir: 'rtl',
      lang: 'he',
      texts: EN,
      categories: ALL,
      draft,
      links: { doNotSell: '/dns' },
      logo: { src: '/logo.svg', alt: 'Acme' },
    });
  });
});
