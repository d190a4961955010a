import type { CategoryId, ConsentState, ConsentView, Texts, Theme } from '../types';
import type { UiContext } from '../ui-module';
import type { Draft } from './draft';

/** The context of an instance with its texts resolved for one language. */
export interface UiSettings extends Omit<UiContext, 'language' | 'uiConfig' | 'report' | 'categoryConfig'> {
  texts: Texts;
  links: { privacyPolicy?: string; cookiePolicy?: string; doNotSell?: string };
  /** Applied as `--consentry-*` custom properties on the host. */
  theme: Theme;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Everything the UI renders, derived from the stores, the settings and the open draft. */
export interface UiModel {
  state: ConsentState;
  view: ConsentView;
  mode: 'opt-in' | 'opt-out';
  texts: Texts;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Enabled categories in category order, `essential` first. */
  categories: CategoryId[];
  /** The preference center's unsaved switches and unanswered GPC conflicts. */
  draft: Draft;
  /** Switches held off by Global Privacy Control that the person may not switch on. */
  gpcLocked: CategoryId[];
  /** Categories GPC opts out of that the person may still allow after an explanation. */
  gpcOverridable: CategoryId[];
  /** Show the passive "Opt-Out Request Honored" status. */
  gpcHonored: boolean;
  links: UiSettings['links'];
  /** Show the small floating control that reopens the preference center. */
  showReopen: boolean;
  /** The preference center is open over a banner that is still due. */
  bannerBehind: boolean;
  /** `theme.logoUrl` and `theme.logoAlt`, shown in the banner. */
  logo?: { src: string; alt: string };
}

/** What the UI may do; the choices map to methods of the instance, the rest edit the draft. */
export interface UiActions {
  acceptAll(): void;
  rejectAll(): void;
  showPreferences(): void;
  hide(): void;
  /** Switches a category in the draft. */
  toggle(id: CategoryId, on: boolean): void;
  /** Answers a GPC conflict: "Allow for this site" (`true`) or "Keep opted out". */
  answer(id: CategoryId, allow: boolean): void;
  /** Stores the draft ("Save choices"). */
  saveDraft(): void;
}

/** Props of every UI component. */
export interface UiProps {
  model: UiModel;
  actions: UiActions;
}
