import { createConsentWith } from './create-consent';
import type { Consent, ConsentConfig } from './types';

/**
 * Creates a headless consent instance: the same API as `consentry`, with no UI code. Render your
 * own banner from `$state` and `$view`; `mount()` only warns.
 * @example
 * const consent = createConsent({ mode: 'opt-in' });
 * consent.$view.subscribe((view) => renderMyBanner(view, consent.getState()));
 */
export function createConsent(config?: ConsentConfig): Consent {
  return createConsentWith(config);
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
  Texts,
  Theme,
} from './types';
