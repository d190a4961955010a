import type { ConsentState, ConsentView } from '../types';
import type { Draft } from './draft';
import type { UiModel, UiSettings } from './ui-model';

/** Derives everything the UI renders from the current state, view, settings and draft. */
export function toUiModel(state: ConsentState, view: ConsentView, settings: UiSettings, draft: Draft): UiModel {
  const { gpcOptOut, allowOverride } = settings;
  return {
    state,
    view,
    mode: settings.mode,
    texts: settings.texts,
    lang: settings.lang,
    dir: settings.dir,
    categories: settings.categories,
    draft,
    gpcLocked: state.gpc && !allowOverride ? gpcOptOut.filter((id) => !state.categories[id]) : [],
    gpcOverridable: state.gpc && allowOverride ? gpcOptOut : [],
    gpcHonored: settings.gpcHonored(),
    links: settings.links,
    showReopen: view === 'none' && settings.wantsReopen(),
    logo: settings.theme.logoUrl ? { src: settings.theme.logoUrl, alt: settings.theme.logoAlt ?? '' } : undefined,
    // The banner stays under the dialog it opened, so focus can return to its Customize button.
    bannerBehind: view === 'preferences' && settings.isDue(),
  };
}
