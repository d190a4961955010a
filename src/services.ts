/**
 * Definitions of well-known services for npm builds, one export each so a bundle keeps only the
 * ones it imports.
 * @example
 * import { createConsent } from 'consentry';
 * import { GOOGLE_ANALYTICS, META_PIXEL } from 'consentry/services';
 * createConsent({ services: [GOOGLE_ANALYTICS, META_PIXEL] });
 */
export {
  AMPLITUDE,
  GOOGLE_ADS,
  GOOGLE_ANALYTICS,
  GOOGLE_TAG_MANAGER,
  HOTJAR,
  HUBSPOT,
  INTERCOM,
  LINKEDIN_INSIGHT,
  META_PIXEL,
  MICROSOFT_CLARITY,
  MICROSOFT_UET,
  MIXPANEL,
  PINTEREST,
  REDDIT_PIXEL,
  SEGMENT,
  SERVICES,
  SNAP_PIXEL,
  TIKTOK_PIXEL,
  VIMEO,
  X_TWITTER,
  YOUTUBE,
} from './services/catalogue';
export type { ServiceDefinition } from './services/service-definition';
