import type { CategoryId } from '../types';

/** The seven consent types of Google Consent Mode v2, each granted or denied. */
export type GoogleConsent = Record<
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage',
  'granted' | 'denied'
>;

/** What the mapping depends on besides the categories. */
export interface GoogleConsentOptions {
  /** The GPC signal is on: the ad types stay denied whatever was chosen (docs/signals.md). */
  gpc: boolean;
  /** `googleConsentMode.adPersonalization`: limited marketing also grants `ad_personalization`. */
  adPersonalization: boolean;
}

/**
 * Maps categories to Consent Mode types (docs/signals.md; Google's Consent Mode documentation):
 * functional to functionality
 * and personalization storage, analytics to analytics storage, and limited marketing to ad
 * storage and ad user data. `ad_personalization` follows marketing only when the site says its
 * marketing includes personalised ads: the category is *limited* marketing, campaign
 * measurement. `security_storage` is strictly necessary and always granted.
 */
export function toGoogleConsent(categories: Record<CategoryId, boolean>, o: GoogleConsentOptions): GoogleConsent {
  const value = (granted: boolean) => (granted ? 'granted' : 'denied');
  const ads = categories.marketing && !o.gpc;
  return {
    ad_storage: value(ads),
    ad_user_data: value(ads),
    ad_personalization: value(ads && o.adPersonalization),
    analytics_storage: value(categories.analytics),
    functionality_storage: value(categories.functional),
    personalization_storage: value(categories.functional),
    security_storage: 'granted',
  };
}
