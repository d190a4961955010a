import { describe, expect, it } from 'vitest';
import { applyGpc, gpcTargets, type GpcInput } from './apply-gpc';
import { computeState } from './compute-state';
import type { Decision } from './decision';
import { toChoices } from './decision-codec';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

function gpcInput(over: Partial<GpcInput> = {}): GpcInput {
  return { gpc: true, gpcOptOut: ['marketing'], allowOverride: false, revision: '3', now: NOW, createId: () => 'new000000001', ...over };
}

function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'old000000001',
    at: NOW - 10 * DAY,
    revision: '3',
    method: 'accept-all',
    choices: toChoices(['functional', 'analytics', 'marketing']),
    gpcOptOut: [],
    gpcOverride: false,
    ...over,
  };
}

const stateOf = (d: Decision, gpc: boolean, mode: 'opt-in' | 'opt-out' = 'opt-in') =>
  computeState({
    decision: d,
    gpc,
    mode,
    categories: ['functional', 'analytics', 'marketing'],
    gpcOptOut: ['marketing'],
    allowOverride: false,
    revision: '3',
    expiresDays: 180,
    now: NOW,
    failClosed: false,
  });

describe('applyGpc', () => {
  it('changes nothing without a signal', () => {
    expect(applyGpc(null, gpcInput({ gpc: false }))).toBeNull();
    expect(applyGpc(decision(), gpcInput({ gpc: false }))).toBeNull();
  });

  it('stores a GPC-only record when there is no choice', () => {
    const stored = applyGpc(null, gpcInput());
    expect(stored).toEqual<Decision>({
      id: 'new000000001',
      at: NOW,
      revision: '3',
      method: 'gpc',
      choices: toChoices([]),
      gpcOptOut: ['marketing'],
      gpcOverride: false,
    });
    // A stored GPC opt-out alone is not a choice (docs/npm.md, The state).
    expect(stateOf(stored!, true)).toMatchObject({ decided: false, method: 'gpc' });
  });

  it('keeps the method and date of an earlier choice (GPC never makes a decision due again)', () => {
    const earlier = decision();
    const stored = applyGpc(earlier, gpcInput());
    expect(stored).toEqual({ ...earlier, gpcOptOut: ['marketing'] });
    expect(stateOf(stored!, true)).toMatchObject({ decided: true, method: 'accept-all', updatedAt: NOW - 10 * DAY, id: 'old000000001' });
    expect(stateOf(stored!, true).categories.marketing).toBe(false);
  });

  it('keeps the opt-out once the signal is gone', () => {
    const stored = applyGpc(decision(), gpcInput())!;
    expect(stateOf(stored, false).categories.marketing).toBe(false);
  });

  it('does nothing when the opt-out is already stored', () => {
    expect(applyGpc(decision({ gpcOptOut: ['marketing'] }), gpcInput())).toBeNull();
  });

  it('adds only the categories not yet opted out', () => {
    const stored = applyGpc(decision({ gpcOptOut: ['marketing'] }), gpcInput({ gpcOptOut: ['analytics', 'marketing'] }));
    expect(stored?.gpcOptOut).toEqual(['marketing', 'analytics']);
  });

  it('stores nothing when no category is subject to GPC', () => {
    expect(applyGpc(null, gpcInput({ gpcOptOut: [] }))).toBeNull();
  });

  it('respects a stored override only with allowOverride', () => {
    const overridden = decision({ method: 'custom', gpcOverride: true });
    expect(applyGpc(overridden, gpcInput({ allowOverride: true }))).toBeNull();
    expect(applyGpc(overridden, gpcInput({ allowOverride: false }))?.gpcOptOut).toEqual(['marketing']);
  });
});

describe('gpcTargets', () => {
  it.each<[string, string[], boolean, boolean, Decision | null]>([
    ['no signal', [], false, true, decision({ gpcOverride: true })],
    ['signal, no decision', ['marketing'], true, false, null],
    ['signal, plain choice', ['marketing'], true, true, decision()],
    ['signal, override allowed', [], true, true, decision({ gpcOverride: true })],
    ['signal, override not allowed', ['marketing'], true, false, decision({ gpcOverride: true })],
    ['signal, override but marketing not chosen', ['marketing'], true, true, decision({ gpcOverride: true, choices: toChoices([]) })],
  ])('%s → %j', (_, expected, gpc, allowOverride, d) => {
    expect(gpcTargets(d, { gpc, allowOverride, gpcOptOut: ['marketing'] })).toEqual(expected);
  });
});
