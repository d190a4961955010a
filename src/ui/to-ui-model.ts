import { isBannerDue } from '../policy/is-banner-due';
import type { ConsentState, ConsentView } from '../types';
import type { UiContext, UiModel } from './ui-model';

/** Derives everything the UI renders from the current state, view and resolved config. */
export function toUiModel(state: ConsentState, view: ConsentView, context: UiContext): UiModel {
  const { gpcOptOut, allowOverride, categories } = context;
  const gpcLocked =
    state.gpc && !allowOverride ? gpcOptOut.filter((id) => !state.categories[id]) : [];
  // Contract §5, rules 8: a stored GPC opt-out outlives the signal, so the status shows for it too.
  const stored = context.storedGpcOptOut();
  const gpcHonored = gpcOptOut.some((id) => !state.categories[id] && (state.gpc || stored.includes(id)));
  return {
    state,
    view,
    mode: context.mode,
    texts: context.texts,
    lang: context.lang,
    dir: context.dir,
    categories,
    gpcLocked,
    gpcOverridable: state.gpc && allowOverride ? gpcOptOut : [],
    gpcHonored,
    links: context.links,
    // With only `essential` there is nothing to choose, so nothing to reopen (contract §1).
    showReopen:
      view === 'none' && categories.length > 1 && (gpcHonored || !context.hasOpenControl()),
    logo: context.theme.logoUrl,
    // The banner stays under the dialog it opened, so focus can return to its Customize button.
    bannerBehind: view === 'preferences' && isBannerDue(state, context.mode, categories.length > 1),
  };
}
