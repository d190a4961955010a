import { describe, expect, it } from 'vitest';
import type { CategoryId, ConsentState } from '../types';
import { isGpcHonored } from './is-gpc-honored';

function state(gpc: boolean, marketing: boolean): ConsentState {
  return {
    decided: false,
    categories: { essential: true, functional: false, analytics: false, marketing },
    gpc,
    method: 'default',
    revision: '1',
    updatedAt: null,
    id: null,
  };
}

describe('isGpcHonored', () => {
  it.each<[boolean, CategoryId[], boolean, CategoryId[], boolean]>([
    [true, [], false, ['marketing'], true],
    [true, ['marketing'], false, ['marketing'], true],
    // A later visit without the signal still shows the stored opt-out as honored (docs/gpc-and-dnt.md).
    [false, ['marketing'], false, ['marketing'], true],
    [false, [], false, ['marketing'], false],
    [true, [], true, ['marketing'], false],
    [true, [], false, [], false],
  ])('is honored for signal %s, stored opt-out %j, marketing %s, gpc.optOut %j: %s', (gpc, stored, marketing, gpcOptOut, honored) => {
    expect(isGpcHonored(state(gpc, marketing), gpcOptOut, stored)).toBe(honored);
  });
});
