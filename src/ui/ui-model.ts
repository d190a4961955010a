import type { CategoryId, ConsentState, ConsentView, Texts, Theme } from '../types';

/** Everything the UI renders, derived from the stores and the resolved config. */
export interface UiModel {
  state: ConsentState;
  view: ConsentView;
  mode: 'opt-in' | 'opt-out';
  texts: Texts;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Enabled categories in contract order, `essential` first. */
  categories: CategoryId[];
  /** Switches held off by Global Privacy Control that the person may not switch on. */
  gpcLocked: CategoryId[];
  /** Categories GPC opts out of that the person may still allow after an explanation. */
  gpcOverridable: CategoryId[];
  /** Show the passive "Opt-Out Request Honored" status. */
  gpcHonored: boolean;
  links: { privacyPolicy?: string; cookiePolicy?: string; doNotSell?: string };
  /** Show the small floating control that reopens the preference center. */
  showReopen: boolean;
  /** The preference center is open over a banner that is still due. */
  bannerBehind: boolean;
  /** `theme.logoUrl`, shown in the banner. */
  logo?: string;
}

/** What the UI may do; each maps to a method of the instance. */
export interface UiActions {
  acceptAll(): void;
  rejectAll(): void;
  save(choices: Partial<Record<CategoryId, boolean>>): void;
  showPreferences(): void;
  hide(): void;
}

/** Props of every UI component. */
export interface UiProps {
  model: UiModel;
  actions: UiActions;
}

/** The resolved config facts the UI needs besides the stores. */
export interface UiContext {
  mode: 'opt-in' | 'opt-out';
  texts: Texts;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Enabled categories in contract order, `essential` first. */
  categories: CategoryId[];
  /** Categories a GPC signal opts out of (`gpc.optOut`, enabled ones only). */
  gpcOptOut: CategoryId[];
  /** `gpc.allowOverride`. */
  allowOverride: boolean;
  links: UiModel['links'];
  /** Already validated; applied as `--consentry-*` custom properties on the host. */
  theme: Theme;
  /** Categories a stored GPC opt-out holds off; it outlives the signal, and so does its status. */
  storedGpcOptOut: () => CategoryId[];
  /** The page has its own `[data-consent-open]` control, so no floating one is needed. */
  hasOpenControl: () => boolean;
}
