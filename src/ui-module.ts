import type { Reporter } from './policy/reporter';
import type { ResolvedConfig } from './policy/resolve-config';
import type { CategoryId, Consent, ConsentConfig } from './types';

/** The config keys only the UI uses, checked by the UI file when it loads. */
export type UiConfig = Pick<ConsentConfig, 'texts' | 'theme' | 'links'>;

/** Where UI config comes from: the top level (`path: ''`) or the matched `tenants` entry. */
export interface UiConfigSource {
  /** Prefix of the paths that errors name, e.g. `tenants["*.acme.com"]`. */
  path: string;
  /** The config there; the UI reads only its `texts`, `theme` and `links`. */
  config: UiConfig;
}

/**
 * What an instance hands its UI: the resolved config facts it renders, and live answers that
 * the core computes, so the rules stay in the core and the UI only renders.
 */
export interface UiContext {
  mode: 'opt-in' | 'opt-out';
  /** `language` from the config or `data-lang`; the UI picks its language when it loads (`pickLanguage`). */
  language?: string;
  /** `texts`, `theme` and `links` as configured, not yet checked: the UI checks what it uses. */
  uiConfig: UiConfigSource[];
  /** Where the UI reports bad config. */
  report: Reporter;
  /** Per-category `label` and `description` overrides. */
  categoryConfig: ResolvedConfig['categoryConfig'];
  /** Enabled categories in category order, `essential` first. */
  categories: CategoryId[];
  /** Categories a GPC signal opts out of (`gpc.optOut`, enabled ones only). */
  gpcOptOut: CategoryId[];
  /** `gpc.allowOverride`. */
  allowOverride: boolean;
  /** A decision is due, so the first layer belongs on screen (and under an open dialog). */
  isDue(): boolean;
  /** Show the passive "Opt-Out Request Honored" status (docs/gpc-and-dnt.md). */
  gpcHonored(): boolean;
  /** The floating re-open control belongs on screen when nothing else is shown. */
  wantsReopen(): boolean;
}

/** The UI of one instance, created once its file has loaded. */
export interface Ui {
  /** Renders the banner, preference center and re-open control into `target`; returns the unmount. */
  mount(consent: Consent, target: Element): () => void;
  /** Shows, in a held iframe's place, why it is empty and a button that calls `onAllow`; returns the removal. */
  placeholder(frame: HTMLIFrameElement, categories: CategoryId[], onAllow: () => void): () => void;
}

/**
 * What the UI file exports: `consentry/ui` in npm builds, `consentry-ui.js` in the script tag.
 * @example createConsent(config, { ui: () => import('consentry/ui') }) // consentry/core
 */
export interface UiModule {
  /** Async where the UI first loads its language's texts (the script tag's `i18n/<lang>.js`). */
  createUi(context: UiContext): Ui | PromiseLike<Ui>;
}
