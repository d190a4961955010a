import { createConsentWith } from './create-consent';
import { createInertConsent } from './create-inert-consent';
import type { Consent, ConsentConfig, ServiceDefinition } from './types';
import * as uiModule from './ui';

/**
 * Creates a consent instance with the banner and preference center.
 * @param config Optional; every key has a safe default.
 * @returns The instance; call `mount()` to show the UI. Without a `document` (server rendering)
 * an inert instance: undecided, every non-essential category denied, nothing touched.
 * @example
 * const consent = createConsent({ tenant: 'acme', revision: 3 });
 * consent.mount();
 * consent.onAllowed('analytics', () => loadAnalytics());
 */
export function createConsent(config?: ConsentConfig<ServiceDefinition>): Consent {
  if (typeof document === 'undefined') return createInertConsent(config);
  return createConsentWith(config, { ui: () => uiModule, gpp: () => import('./gpp') });
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
