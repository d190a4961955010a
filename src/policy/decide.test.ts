import { describe, expect, it } from 'vitest';
import type { OptionalCategoryId } from '../types';
import { computeState } from './compute-state';
import { decide, type DecideInput } from './decide';
import type { Decision } from './decision';
import { toChoices } from './decision-codec';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const ALL: OptionalCategoryId[] = ['functional', 'analytics', 'marketing'];

function choice(over: Partial<DecideInput> & Pick<DecideInput, 'method' | 'granted'>): DecideInput {
  return {
    previous: null,
    gpc: false,
    gpcOptOut: ['marketing'],
    allowOverride: false,
    revision: '2',
    now: NOW,
    createId: () => 'new000000001',
    ...over,
  };
}

const gpcOnly: Decision = {
  id: 'old000000001',
  at: NOW - 30 * DAY,
  revision: '2',
  method: 'gpc',
  choices: toChoices([]),
  gpcOptOut: ['marketing'],
  gpcOverride: false,
};

function effective(d: Decision, gpc: boolean, allowOverride = false) {
  return computeState({
    decision: d,
    gpc,
    mode: 'opt-in',
    categories: ALL,
    gpcOptOut: ['marketing'],
    allowOverride,
    revision: '2',
    expiresDays: 180,
    now: NOW,
    failClosed: false,
  }).categories;
}

describe('decide', () => {
  it.each<[DecideInput['method'], OptionalCategoryId[]]>([
    ['accept-all', ALL],
    ['reject-all', []],
    ['custom', ['analytics']],
  ])('stores %s granting %j', (method, granted) => {
    expect(decide(choice({ method, granted }))).toEqual<Decision>({
      id: 'new000000001',
      at: NOW,
      revision: '2',
      method,
      choices: toChoices(granted),
      gpcOptOut: [],
      gpcOverride: false,
    });
  });

  it('keeps the record id of an earlier decision and takes the current revision and time', () => {
    const d = decide(choice({ method: 'custom', granted: ['analytics'], previous: { ...gpcOnly, revision: '1' } }));
    expect(d).toMatchObject({ id: 'old000000001', at: NOW, revision: '2' });
  });

  it('lifts a stored GPC opt-out on an explicit opt-in without the signal (docs/gpc-and-dnt.md)', () => {
    const d = decide(choice({ method: 'accept-all', granted: ALL, previous: gpcOnly }));
    expect(d.gpcOptOut).toEqual([]);
    expect(effective(d, false).marketing).toBe(true);
  });

  it('keeps a stored GPC opt-out when the person does not grant that category', () => {
    const d = decide(choice({ method: 'custom', granted: ['analytics'], previous: gpcOnly }));
    expect(d.gpcOptOut).toEqual(['marketing']);
    expect(effective(d, false)).toMatchObject({ analytics: true, marketing: false });
  });

  it.each([false, true])('keeps marketing denied on Accept all under GPC (allowOverride %s)', (allowOverride) => {
    const d = decide(choice({ method: 'accept-all', granted: ALL, gpc: true, allowOverride }));
    expect(d.gpcOverride).toBe(false);
    expect(d.gpcOptOut).toEqual(['marketing']);
    expect(d.method).toBe('accept-all');
    expect(effective(d, true, allowOverride)).toEqual({ essential: true, functional: true, analytics: true, marketing: false });
    // The stored opt-out also holds once the signal is gone.
    expect(effective(d, false, allowOverride).marketing).toBe(false);
  });

  it('records an override for a custom grant under GPC with allowOverride (docs/gpc-and-dnt.md)', () => {
    const d = decide(choice({ method: 'custom', granted: ['marketing'], gpc: true, allowOverride: true, previous: gpcOnly }));
    expect(d.gpcOverride).toBe(true);
    expect(d.gpcOptOut).toEqual([]);
    expect(effective(d, true, true).marketing).toBe(true);
  });

  it('records no override for a custom grant under GPC without allowOverride', () => {
    const d = decide(choice({ method: 'custom', granted: ['marketing'], gpc: true, allowOverride: false, previous: gpcOnly }));
    expect(d.gpcOverride).toBe(false);
    expect(d.gpcOptOut).toEqual(['marketing']);
    expect(effective(d, true).marketing).toBe(false);
    expect(effective(d, false).marketing).toBe(false);
  });

  it('records no override when the custom choice under GPC leaves marketing off', () => {
    const d = decide(choice({ method: 'custom', granted: ['analytics'], gpc: true, allowOverride: true }));
    expect(d.gpcOverride).toBe(false);
    expect(d.gpcOptOut).toEqual(['marketing']);
  });

  it('drops an override when the person later rejects', () => {
    const overridden = decide(choice({ method: 'custom', granted: ['marketing'], gpc: true, allowOverride: true }));
    const d = decide(choice({ method: 'reject-all', granted: [], gpc: true, allowOverride: true, previous: overridden }));
    expect(d.gpcOverride).toBe(false);
    expect(d.gpcOptOut).toEqual(['marketing']);
    expect(effective(d, true, true).marketing).toBe(false);
  });

  it('keeps an override when the person grants marketing again', () => {
    const overridden = decide(choice({ method: 'custom', granted: ['marketing'], gpc: true, allowOverride: true }));
    const d = decide(choice({ method: 'accept-all', granted: ALL, gpc: true, allowOverride: true, previous: overridden }));
    expect(d.gpcOverride).toBe(true);
    expect(effective(d, true, true).marketing).toBe(true);
  });
});
