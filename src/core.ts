import { createConsentWith } from './create-consent';
import { createInertConsent } from './create-inert-consent';
import type { Consent, ConsentConfig, ServiceDefinition } from './types';
import type { UiModule } from './ui-module';

/** Options of the headless `createConsent`. */
export interface CreateConsentOptions {
  /**
   * Loads the UI when something is first to be shown, so the bundle that holds it is fetched
   * only then. Without it the instance is headless and `mount()` only warns.
   * @default none
   * @example { ui: () => import('consentry/ui') }
   */
  ui?: () => UiModule | PromiseLike<UiModule>;
}

/**
 * Creates a headless consent instance: the same API as `consentry`, with no UI code. Render your
 * own banner from `$state` and `$view`, or pass `ui` to load the built-in one lazily. Without a
 * `document` (server rendering) the instance is inert: undecided, every non-essential category
 * denied, nothing touched.
 * @example
 * const consent = createConsent({ mode: 'opt-in' });
 * consent.$view.subscribe((view) => renderMyBanner(view, consent.getState()));
 */
export function createConsent(config?: ConsentConfig<ServiceDefinition>, options: CreateConsentOptions = {}): Consent {
  if (typeof document === 'undefined') return createInertConsent(config);
  return createConsentWith(config, { ui: options.ui, gpp: () => import('./gpp') });
}

export type {
  CategoryConfig,
  CategoryId,
  Consent,
  ConsentConfig,
  ConsentEvents,
  ConsentMethod,
  ConsentMode,
  ConsentRecord,
  ConsentState,
  ConsentView,
  OptionalCategoryId,
  OptOutDetail,
  ServiceDefinition,
  Texts,
  Theme,
} from './types';
