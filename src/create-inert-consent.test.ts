import { describe, expect, it, vi } from 'vitest';
import { createConsent as createHeadless } from './core';
import { createConsent } from './index';

// This file runs in Node, where there is no `document`: as during server rendering.
describe.each([
  ['consentry', createConsent],
  ['consentry/core', createHeadless],
])('createConsent from %s without a document', (_, create) => {
  it('returns an undecided instance with every non-essential category denied, even in opt-out mode', () => {
    const consent = create({ mode: 'opt-out', revision: 4 });
    expect(consent.getState()).toEqual({
      decided: false,
      categories: { essential: true, functional: false, analytics: false, marketing: false },
      gpc: false,
      method: 'default',
      revision: '4',
      updatedAt: null,
      id: null,
    });
    expect(consent.allowed('analytics')).toBe(false);
    expect(consent.$view.get()).toBe('none');
  });

  it('changes nothing and runs nothing when its actions are called', () => {
    const consent = create();
    const runs: string[] = [];
    consent.on('change', () => runs.push('change'));
    consent.onAllowed('essential', () => runs.push('essential'));
    consent.acceptAll();
    consent.save({ analytics: true });
    consent.showPreferences();
    consent.mount();
    consent.destroy();
    expect(runs).toEqual([]);
    expect(consent.getState().decided).toBe(false);
    expect(consent.$view.get()).toBe('none');
  });

  it('reports a bad config as in the browser', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      create({ mode: 'sometimes' as never });
      expect(error).toHaveBeenCalledWith(expect.stringContaining('mode:'));
    } finally {
      error.mockRestore();
    }
  });
});
