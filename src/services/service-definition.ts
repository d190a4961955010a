import type { CategoryId } from '../types';

/** A well-known third-party service: which category it needs and how to recognise it. */
export interface ServiceDefinition {
  /** Catalogue name, used in `services: ['google-analytics']`. */
  name: string;
  category: Exclude<CategoryId, 'essential'>;
  /** Script and iframe URL substrings or `/regex/` strings held until the category is granted. */
  patterns: string[];
  /** Cookie names or `/regex/` strings deleted when the category is revoked. */
  cookies?: string[];
  /** `localStorage` keys or `/regex/` strings deleted when the category is revoked. */
  storage?: string[];
}
