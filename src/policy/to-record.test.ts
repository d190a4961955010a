import { describe, expect, it } from 'vitest';
import type { ConsentState } from '../types';
import { toRecord } from './to-record';

const state: ConsentState = {
  decided: true,
  categories: { essential: true, functional: false, analytics: true, marketing: false },
  gpc: true,
  method: 'custom',
  revision: '3',
  updatedAt: 1_700_000_000_000,
  id: 'k3x9q0a7b2mz',
};

describe('toRecord', () => {
  it('holds exactly the fields of a consent record', () => {
    expect(toRecord(state, { id: 'k3x9q0a7b2mz', at: 1_700_000_000_000, tenant: 'acme', host: 'www.acme.com', mode: 'opt-in' })).toEqual({
      id: 'k3x9q0a7b2mz',
      tenant: 'acme',
      host: 'www.acme.com',
      revision: '3',
      categories: state.categories,
      gpc: true,
      method: 'custom',
      mode: 'opt-in',
      at: 1_700_000_000_000,
    });
  });

});
