import type { ConsentMethod, OptionalCategoryId } from '../types';

/** What is stored for one browser: the person's choice and any GPC opt-out. */
export interface Decision {
  /** Random id of this browser's consent record. */
  id: string;
  /** When it was stored, ms since epoch. */
  at: number;
  /** Policy revision it was made under, as `revisionKey` stores it. */
  revision: string;
  /** `'gpc'`: only a GPC opt-out is stored, the person has not chosen yet. */
  method: Exclude<ConsentMethod, 'default'>;
  /** The person's choice per category; all false for `method: 'gpc'`. */
  choices: Record<OptionalCategoryId, boolean>;
  /**
   * Categories a GPC signal opted out of. They stay denied without the signal until the person
   * opts in to them explicitly (CA §7025(c)(5), CO Rule 5.09B).
   */
  gpcOptOut: OptionalCategoryId[];
  /** The person allowed GPC-opted-out categories for this site anyway (`gpc.allowOverride`). */
  gpcOverride: boolean;
}
