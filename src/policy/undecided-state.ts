import type { ConsentState } from '../types';

/** The state before anything is known: undecided, every non-essential category denied. */
export const UNDECIDED: ConsentState = {
  decided: false,
  categories: { essential: true, functional: false, analytics: false, marketing: false },
  gpc: false,
  method: 'default',
  revision: '1',
  updatedAt: null,
  id: null,
};
