import type { ResolvedConfig } from './policy/resolve-config';
import type { CategoryId, Consent, ConsentConfig, Theme } from './types';

/**
 * What an instance hands its UI: the resolved config facts it renders, and live answers that
 * the core computes, so the rules stay in the core and the UI only renders.
 */
export interface UiContext {
  mode: 'opt-in' | 'opt-out';
  /** Languages wanted, most wanted first: config or `data-lang`, `<html lang>`, the browser. */
  languages: Array<string | null | undefined>;
  /** The config's `texts`, already validated. */
  textOverrides: ConsentConfig['texts'];
  /** Per-category `label` and `description` overrides. */
  categoryConfig: ResolvedConfig['categoryConfig'];
  /** Enabled categories in contract order, `essential` first. */
  categories: CategoryId[];
  /** Categories a GPC signal opts out of (`gpc.optOut`, enabled ones only). */
  gpcOptOut: CategoryId[];
  /** `gpc.allowOverride`. */
  allowOverride: boolean;
  links: { privacyPolicy?: string; cookiePolicy?: string; doNotSell?: string };
  /** Already validated; applied as `--consentry-*` custom properties on the host. */
  theme: Theme;
  /** A decision is due, so the first layer belongs on screen (and under an open dialog). */
  isDue(): boolean;
  /** Show the passive "Opt-Out Request Honored" status (contract §5). */
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
  createUi(context: UiContext): Ui;
}
