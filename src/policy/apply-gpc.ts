import type { OptionalCategoryId } from '../types';
import { toChoices } from './decision-codec';
import type { Decision } from './decision';
import { revisionKey } from './revision-key';

/** What applying a GPC signal depends on. */
export interface GpcInput {
  gpc: boolean;
  gpcOptOut: readonly OptionalCategoryId[];
  allowOverride: boolean;
  revision: string;
  now: number;
  createId: () => string;
}

/** The categories a live GPC signal opts out of, less any the person allowed for this site. */
export function gpcTargets(decision: Decision | null, input: Pick<GpcInput, 'gpc' | 'gpcOptOut' | 'allowOverride'>): OptionalCategoryId[] {
  if (!input.gpc) return [];
  return input.gpcOptOut.filter((id) => !(input.allowOverride && decision?.gpcOverride && decision.choices[id]));
}

/**
 * Stores the GPC opt-out so it outlives the signal (CA Cal. Code Regs. tit. 11 § 7025(c)(5);
 * Colorado Rule 5.09). Returns the decision to store, or `null` when nothing changes. A person's
 * earlier choice keeps its method and date: GPC never makes a decision due again.
 */
export function applyGpc(decision: Decision | null, input: GpcInput): Decision | null {
  const added = gpcTargets(decision, input).filter((id) => !decision?.gpcOptOut.includes(id));
  if (!added.length) return null;
  if (decision) return { ...decision, gpcOptOut: [...decision.gpcOptOut, ...added] };
  return {
    id: input.createId(),
    at: input.now,
    revision: revisionKey(input.revision),
    method: 'gpc',
    choices: toChoices([]),
    gpcOptOut: added,
    gpcOverride: false,
  };
}
