import { describe, expect, it } from 'vitest';
import type { ConsentState } from '../types';
import { answerConflict, draftChoices, openDraft, toggleDraft } from './draft';

const STATE: ConsentState = {
  decided: true,
  categories: { essential: true, functional: true, analytics: false, marketing: false },
  gpc: true,
  method: 'custom',
  revision: '1',
  updatedAt: 1,
  id: 'abcdefgh',
};

describe('draft', () => {
  it('opens with the current state and no conflict', () => {
    expect(openDraft(STATE)).toEqual({ choices: STATE.categories, conflicts: [] });
  });

  it('switches a category without asking when GPC does not opt out of it', () => {
    const draft = toggleDraft(openDraft(STATE), 'analytics', true, false);
    expect(draftChoices(draft)).toEqual({ essential: true, functional: true, analytics: true, marketing: false });
  });

  it('opens the explanation when a GPC-opted-out category is switched on, and closes it when switched off', () => {
    const asked = toggleDraft(openDraft(STATE), 'marketing', true, true);
    expect(asked.conflicts).toEqual(['marketing']);
    expect(asked.choices.marketing).toBe(true);
    expect(toggleDraft(asked, 'marketing', false, true).conflicts).toEqual([]);
  });

  it.each([
    [true, true],
    [false, false],
  ])('stores the answer to a conflict: allow %s gives marketing %s', (allow, marketing) => {
    const answered = answerConflict(toggleDraft(openDraft(STATE), 'marketing', true, true), 'marketing', allow);
    expect(answered.conflicts).toEqual([]);
    expect(draftChoices(answered).marketing).toBe(marketing);
  });

  it('keeps the opt-out for a conflict left unanswered (docs/gpc-and-dnt.md)', () => {
    expect(draftChoices(toggleDraft(openDraft(STATE), 'marketing', true, true)).marketing).toBe(false);
  });

  it('leaves the draft it was given unchanged', () => {
    const draft = openDraft(STATE);
    toggleDraft(draft, 'marketing', true, true);
    expect(draft).toEqual(openDraft(STATE));
  });
});
