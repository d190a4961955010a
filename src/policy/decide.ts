import type { OptionalCategoryId } from '../types';
import { applyGpc, type GpcInput } from './apply-gpc';
import { toChoices } from './decision-codec';
import type { Decision } from './decision';
import { revisionKey } from './revision-key';

/** A choice the person made in the banner, the preference center or through the API. */
export interface DecideInput extends GpcInput {
  previous: Decision | null;
  method: 'accept-all' | 'reject-all' | 'custom';
  /** Categories the person granted. */
  granted: readonly OptionalCategoryId[];
}

/**
 * Builds the decision to store for a person's choice. Granting a category while no GPC signal
 * is on is an explicit opt-in and lifts a stored GPC opt-out for it (CA Cal. Code Regs. tit. 11
 * § 7025(c)(5); Colorado Rule 5.09B); while the signal is on, only a custom choice under
 * `gpc.allowOverride` (the in-panel "Allow for this site") does, and it is recorded as an
 * override (§ 7025(c)(3); Colorado Rule 5.09A).
 */
export function decide(input: DecideInput): Decision {
  const { previous, gpc, granted } = input;
  const overriding = input.allowOverride && input.gpcOptOut.some((id) => granted.includes(id));
  const gpcOverride = overriding && (!!previous?.gpcOverride || (gpc && input.method === 'custom'));
  const liftable = (id: OptionalCategoryId) => granted.includes(id) && (!gpc || gpcOverride);
  const decision: Decision = {
    id: previous?.id ?? input.createId(),
    at: input.now,
    revision: revisionKey(input.revision),
    method: input.method,
    choices: toChoices(granted),
    gpcOptOut: (previous?.gpcOptOut ?? []).filter((id) => !liftable(id)),
    gpcOverride,
  };
  return applyGpc(decision, input) ?? decision;
}
