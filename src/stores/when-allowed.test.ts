import { atom } from 'nanostores';
import { describe, expect, it, vi } from 'vitest';
import type { ConsentState } from '../types';
import { whenAllowed } from './when-allowed';

const state = (analytics: boolean): ConsentState => ({
  decided: analytics,
  categories: { essential: true, functional: false, analytics, marketing: false },
  gpc: false,
  method: analytics ? 'custom' : 'default',
  revision: '1',
  updatedAt: null,
  id: null,
});

describe('whenAllowed', () => {
  it('runs at once when the category is already allowed', () => {
    const runs: string[] = [];
    whenAllowed(atom(state(true)), 'analytics', () => runs.push('run'));
    expect(runs).toEqual(['run']);
  });

  it('runs once on the change that allows the category, and not again after a revoke and re-grant', () => {
    const $state = atom(state(false));
    const runs: string[] = [];
    whenAllowed($state, 'analytics', () => runs.push('run'));
    expect(runs).toEqual([]);
    $state.set(state(true));
    $state.set(state(false));
    $state.set(state(true));
    expect(runs).toEqual(['run']);
  });

  it('never runs once cancelled', () => {
    const $state = atom(state(false));
    const runs: string[] = [];
    whenAllowed($state, 'analytics', () => runs.push('run'))();
    $state.set(state(true));
    expect(runs).toEqual([]);
  });

  it('waits for its own category, whatever else changes', () => {
    const $state = atom(state(false));
    const runs: string[] = [];
    whenAllowed($state, 'marketing', () => runs.push('run'));
    $state.set(state(true));
    expect(runs).toEqual([]);
  });

  it('lets the other listeners of the change run when it throws, and rethrows apart', () => {
    vi.useFakeTimers();
    try {
      const $state = atom(state(false));
      const seen: boolean[] = [];
      whenAllowed($state, 'analytics', () => {
        throw new Error('page bug');
      });
      $state.listen((next) => seen.push(next.categories.analytics));
      $state.set(state(true));
      expect(seen).toEqual([true]);
      expect(() => vi.runAllTimers()).toThrow('page bug');
    } finally {
      vi.useRealTimers();
    }
  });
});
