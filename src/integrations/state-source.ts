import type { ReadableAtom } from 'nanostores';
import type { ConsentState } from '../types';

/** The state as an integration reads it: now, and on each change. */
export type StateSource = Pick<ReadableAtom<ConsentState>, 'get' | 'listen'>;
