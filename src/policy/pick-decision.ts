import type { Decision } from './decision';
import { decodeDecision } from './decision-codec';

/** What the values stored under the decision's name come to. */
export interface PickedDecision {
  /** The newest decision among them, or `null`. */
  decision: Decision | null;
  /** How many are no decision: malformed, tampered with, of another encoding version, or dated ahead. */
  rejected: number;
}

/** A browser's clock writes `at`; a value dated further ahead than a day was not written by it. */
const MAX_AHEAD = 86_400_000;

/**
 * Reads the values stored under the decision's name. A cookie on the host and one on a parent
 * domain can share it (an older cookie scope, a sibling subdomain): the newest decision is the
 * person's latest choice.
 */
export function pickDecision(values: readonly string[], now: number): PickedDecision {
  let decision: Decision | null = null;
  let rejected = 0;
  for (const value of values) {
    const decoded = decodeDecision(value);
    if (!decoded || decoded.at > now + MAX_AHEAD) rejected++;
    else if (!decision || decoded.at > decision.at) decision = decoded;
  }
  return { decision, rejected };
}
