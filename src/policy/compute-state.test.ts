import { describe, expect, it } from 'vitest';
import type { ConsentState } from '../types';
import { computeState, isExpired, type StateInput } from './compute-state';
import type { Decision } from './decision';
import { toChoices } from './decision-codec';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

function input(over: Partial<StateInput> = {}): StateInput {
  return {
    decision: null,
    gpc: false,
    mode: 'opt-in',
    categories: ['functional', 'analytics', 'marketing'],
    gpcOptOut: ['marketing'],
    allowOverride: false,
    revision: '1',
    expiresDays: 180,
    now: NOW,
    failClosed: false,
    ...over,
  };
}

function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'rec000000001',
    at: NOW - DAY,
    revision: '1',
    method: 'accept-all',
    choices: toChoices(['functional', 'analytics', 'marketing']),
    gpcOptOut: [],
    gpcOverride: false,
    ...over,
  };
}

const ALL_DENIED = { essential: true, functional: false, analytics: false, marketing: false };
const ALL_GRANTED = { essential: true, functional: true, analytics: true, marketing: true };

describe('computeState: defaults without a decision', () => {
  it('denies every non-essential category in opt-in mode (EDPB Guidelines 05/2020)', () => {
    expect(computeState(input())).toEqual<ConsentState>({
      decided: false,
      categories: ALL_DENIED,
      gpc: false,
      method: 'default',
      revision: '1',
      updatedAt: null,
      id: null,
    });
  });

  it.each([
    ['opt-in', false, ALL_DENIED],
    ['opt-in', true, ALL_DENIED],
    ['opt-out', false, ALL_GRANTED],
    // Storage that forgets on reload or was tampered with: nothing may be granted by default (docs/configuration.md, Cookie).
    ['opt-out', true, ALL_DENIED],
  ] as const)('in %s mode failing closed %s gives %j', (mode, failClosed, categories) => {
    expect(computeState(input({ mode, failClosed })).categories).toEqual(categories);
  });

  it('never grants a dropped category', () => {
    const state = computeState(input({ mode: 'opt-out', categories: ['functional'] }));
    expect(state.categories).toEqual({ essential: true, functional: true, analytics: false, marketing: false });
  });

  it('always grants essential', () => {
    expect(computeState(input({ categories: [], decision: decision({ choices: toChoices([]) }) })).categories.essential).toBe(true);
  });
});

describe('computeState: a stored choice', () => {
  it('applies the stored choice with its metadata', () => {
    const d = decision({ method: 'custom', choices: toChoices(['analytics']), revision: '1' });
    expect(computeState(input({ decision: d }))).toEqual<ConsentState>({
      decided: true,
      categories: { essential: true, functional: false, analytics: true, marketing: false },
      gpc: false,
      method: 'custom',
      revision: '1',
      updatedAt: NOW - DAY,
      id: 'rec000000001',
    });
  });

  it('remembers a refusal as long as an acceptance (CNIL 2020 cookie guidelines)', () => {
    const state = computeState(input({ mode: 'opt-out', decision: decision({ method: 'reject-all', choices: toChoices([]) }) }));
    expect(state).toMatchObject({ decided: true, method: 'reject-all', categories: ALL_DENIED });
  });

  it('applies a choice made on this page even while failing closed', () => {
    expect(computeState(input({ failClosed: true, decision: decision() })).categories).toEqual(ALL_GRANTED);
  });

  it('never grants a category the site dropped after the choice', () => {
    expect(computeState(input({ categories: ['functional', 'analytics'], decision: decision() })).categories.marketing).toBe(false);
  });

  it.each([
    [180, 0, true],
    [180, 180 * DAY, true],
    [180, 180 * DAY + 1, false],
    [180, 365 * DAY, false],
    [30, 30 * DAY, true],
    [30, 31 * DAY, false],
    [395, 394 * DAY, true],
  ])('with expiresDays %s, a choice %s ms old is valid: %s', (expiresDays, age, valid) => {
    const state = computeState(input({ expiresDays, decision: decision({ at: NOW - age }) }));
    expect(state.decided).toBe(valid);
    expect(state.categories).toEqual(valid ? ALL_GRANTED : ALL_DENIED);
    expect(state.method).toBe(valid ? 'accept-all' : 'default');
  });

  it('makes the choice due again when the revision changes', () => {
    const state = computeState(input({ revision: '2', decision: decision({ revision: '1' }) }));
    expect(state).toMatchObject({ decided: false, method: 'default', revision: '2', categories: ALL_DENIED });
  });

  it('falls back to the opt-out defaults when the choice expired in opt-out mode', () => {
    const state = computeState(input({ mode: 'opt-out', decision: decision({ choices: toChoices([]), at: NOW - 400 * DAY }) }));
    expect(state.categories).toEqual(ALL_GRANTED);
  });

  it('reports the revision the choice was made under', () => {
    expect(computeState(input({ revision: 'v 2', decision: decision({ revision: 'v 2' }) })).revision).toBe('v 2');
  });
});

describe('computeState: GPC', () => {
  it('reports the live signal', () => {
    expect(computeState(input({ gpc: true })).gpc).toBe(true);
    expect(computeState(input({ gpc: false })).gpc).toBe(false);
  });

  it('denies marketing even with a stored grant (CA Cal. Code Regs. tit. 11 § 7025(c)(3))', () => {
    const state = computeState(input({ gpc: true, decision: decision() }));
    expect(state.categories).toEqual({ essential: true, functional: true, analytics: true, marketing: false });
    // GPC never makes a decision due again.
    expect(state).toMatchObject({ decided: true, method: 'accept-all' });
  });

  it('does not deny functional or analytics in opt-out mode (docs/gpc-and-dnt.md)', () => {
    expect(computeState(input({ mode: 'opt-out', gpc: true })).categories).toEqual({
      essential: true,
      functional: true,
      analytics: true,
      marketing: false,
    });
  });

  it('denies every category in gpc.optOut', () => {
    const state = computeState(input({ mode: 'opt-out', gpc: true, gpcOptOut: ['analytics', 'marketing'] }));
    expect(state.categories).toEqual({ essential: true, functional: true, analytics: false, marketing: false });
  });

  it('keeps a stored GPC opt-out after the signal is gone (CA Cal. Code Regs. tit. 11 § 7025(c)(5); Colorado Rule 5.09)', () => {
    const gpcOnly = decision({ method: 'gpc', choices: toChoices([]), gpcOptOut: ['marketing'] });
    const state = computeState(input({ mode: 'opt-out', gpc: false, decision: gpcOnly }));
    expect(state).toEqual<ConsentState>({
      decided: false,
      categories: { essential: true, functional: true, analytics: true, marketing: false },
      gpc: false,
      method: 'gpc',
      revision: '1',
      updatedAt: NOW - DAY,
      id: 'rec000000001',
    });
  });

  it('keeps a stored GPC opt-out over a later stored grant', () => {
    const state = computeState(input({ decision: decision({ gpcOptOut: ['marketing'] }) }));
    expect(state).toMatchObject({ decided: true, categories: { marketing: false, analytics: true } });
  });

  it.each([
    ['an expired choice', { at: NOW - 200 * DAY }, {}],
    ['a changed revision', {}, { revision: '2' }],
  ])('keeps a stored GPC opt-out after %s', (_, d, over) => {
    const state = computeState(input({ mode: 'opt-out', decision: decision({ gpcOptOut: ['marketing'], ...d }), ...over }));
    expect(state.decided).toBe(false);
    expect(state.categories.marketing).toBe(false);
  });

  it('does not count a GPC-only record as a choice in opt-in mode', () => {
    const gpcOnly = decision({ method: 'gpc', choices: toChoices([]), gpcOptOut: ['marketing'] });
    expect(computeState(input({ decision: gpcOnly }))).toMatchObject({ decided: false, method: 'gpc', categories: ALL_DENIED });
  });

  it.each([
    [true, true, true, true],
    [true, false, true, false],
    [false, true, true, false],
    [true, true, false, false],
  ])('with allowOverride %s, a stored override %s and marketing chosen %s, marketing is %s under GPC', (allowOverride, gpcOverride, chosen, granted) => {
    const d = decision({ gpcOverride, choices: toChoices(chosen ? ['analytics', 'marketing'] : ['analytics']) });
    expect(computeState(input({ gpc: true, allowOverride, decision: d })).categories.marketing).toBe(granted);
  });

  it('does not honour an override stored under an expired choice', () => {
    const d = decision({ gpcOverride: true, at: NOW - 200 * DAY });
    expect(computeState(input({ gpc: true, allowOverride: true, decision: d })).categories.marketing).toBe(false);
  });
});

describe('computeState: Do Not Track', () => {
  it('has no DNT input, so the state is the same whatever DNT says (docs/gpc-and-dnt.md)', () => {
    const plain = input({ mode: 'opt-out' });
    // @ts-expect-error DNT is deliberately not an input of the state.
    const withDnt: StateInput = { ...plain, doNotTrack: '1' };
    expect(computeState(withDnt)).toEqual(computeState(plain));
  });
});

describe('isExpired', () => {
  it.each([
    ['1', 180, 0, false],
    ['1', 180, 181 * DAY, true],
    ['2', 180, 0, true],
  ])('revision %s, expiresDays %s, age %s → %s', (revision, expiresDays, age, expired) => {
    expect(isExpired(decision({ at: NOW - age }), { revision, expiresDays, now: NOW })).toBe(expired);
  });
});
