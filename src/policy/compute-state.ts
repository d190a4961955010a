import type { CategoryId, ConsentState, OptionalCategoryId } from '../types';
import { OPTIONAL_CATEGORY_IDS } from './categories';
import type { Decision } from './decision';
import { revisionKey } from './revision-key';

/** Everything the effective state depends on. */
export interface StateInput {
  decision: Decision | null;
  /** The GPC signal is on right now. */
  gpc: boolean;
  mode: 'opt-in' | 'opt-out';
  /** Enabled optional categories. */
  categories: readonly OptionalCategoryId[];
  gpcOptOut: readonly OptionalCategoryId[];
  allowOverride: boolean;
  revision: string;
  expiresDays: number;
  now: number;
  /**
   * Something opt-out defaults rely on broke: storage that cannot keep a decision across page
   * loads or held a tampered value, or a config that did not arrive. Nothing is then granted
   * until the person decides (docs/configuration.md, Cookie).
   */
  failClosed: boolean;
}

const DAY = 86_400_000;

/** True when a stored choice no longer counts: too old, or made under another policy revision. */
export function isExpired(decision: Decision, input: Pick<StateInput, 'revision' | 'expiresDays' | 'now'>): boolean {
  return decision.revision !== revisionKey(input.revision) || input.now - decision.at > input.expiresDays * DAY;
}

/** Derives the effective consent state (docs/npm.md, The state). Pure. */
export function computeState(input: StateInput): ConsentState {
  const { decision, gpc } = input;
  const valid = decision && decision.method !== 'gpc' && !isExpired(decision, input) ? decision : null;
  const granted = (id: OptionalCategoryId): boolean => {
    if (!input.categories.includes(id)) return false;
    // A stored GPC opt-out outlives the signal; the live signal overrides any stored grant
    // (CA §7025(c)(3)) unless the person allowed the category for this site anyway.
    if (decision?.gpcOptOut.includes(id)) return false;
    if (gpc && input.gpcOptOut.includes(id) && !(valid?.gpcOverride && input.allowOverride && valid.choices[id])) return false;
    return valid ? valid.choices[id] : input.mode === 'opt-out' && !input.failClosed;
  };
  const categories = { essential: true } as Record<CategoryId, boolean>;
  for (const id of OPTIONAL_CATEGORY_IDS) categories[id] = granted(id);
  return {
    decided: !!valid,
    categories,
    gpc,
    method: valid ? valid.method : decision?.gpcOptOut.length ? 'gpc' : 'default',
    revision: input.revision,
    updatedAt: decision?.at ?? null,
    id: decision?.id ?? null,
  };
}
