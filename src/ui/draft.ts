import type { CategoryId, ConsentState } from '../types';

/** The preference center's unsaved choices, and the GPC conflicts it is explaining. */
export interface Draft {
  choices: Record<CategoryId, boolean>;
  /** Categories switched on against a GPC signal whose explanation awaits an answer (docs/gpc-and-dnt.md). */
  conflicts: CategoryId[];
}

/** A draft of the current state, as the preference center opens with it. */
export function openDraft(state: ConsentState): Draft {
  return { choices: { ...state.categories }, conflicts: [] };
}

/**
 * Switches `id` in the draft. Switching on a category the GPC signal opts out of opens its
 * explanation first (`overridable`: `gpc.allowOverride` is set); switching it off closes it.
 */
export function toggleDraft(draft: Draft, id: CategoryId, on: boolean, overridable: boolean): Draft {
  const conflicts = draft.conflicts.filter((c) => c !== id);
  return { choices: { ...draft.choices, [id]: on }, conflicts: on && overridable ? [...conflicts, id] : conflicts };
}

/** Answers a conflict: "Allow for this site" keeps the switch on, "Keep opted out" turns it off. */
export function answerConflict(draft: Draft, id: CategoryId, allow: boolean): Draft {
  return { choices: { ...draft.choices, [id]: allow }, conflicts: draft.conflicts.filter((c) => c !== id) };
}

/** What "Save choices" stores: an unanswered conflict keeps the opt-out (docs/gpc-and-dnt.md). */
export function draftChoices(draft: Draft): Record<CategoryId, boolean> {
  const choices = { ...draft.choices };
  for (const id of draft.conflicts) choices[id] = false;
  return choices;
}
