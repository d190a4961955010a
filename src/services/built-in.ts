import {
  GOOGLE_ADS,
  GOOGLE_ANALYTICS,
  GOOGLE_TAG_MANAGER,
  HOTJAR,
  LINKEDIN_INSIGHT,
  META_PIXEL,
  MICROSOFT_CLARITY,
  MICROSOFT_UET,
  TIKTOK_PIXEL,
  YOUTUBE,
} from './catalogue';
import type { ServiceDefinition } from './service-definition';

/**
 * The services `consentry.js` knows by name: the ones most sites run. Every page view pays for
 * each byte of the loader, so the rest of the catalogue is given as a definition in the config
 * (docs/gating.md lists them) or imported from `consentry/services` in npm builds.
 */
export const BUILT_IN_SERVICES: readonly ServiceDefinition[] = [
  GOOGLE_ANALYTICS,
  GOOGLE_TAG_MANAGER,
  GOOGLE_ADS,
  META_PIXEL,
  LINKEDIN_INSIGHT,
  TIKTOK_PIXEL,
  MICROSOFT_CLARITY,
  MICROSOFT_UET,
  HOTJAR,
  YOUTUBE,
];
