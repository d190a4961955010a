import type { ConsentRecord, ConsentState } from '../types';

/**
 * The proof of a stored decision or of its withdrawal (contract §7; GDPR Art. 7(1)), with the id
 * and time of the record it concerns. A GPC opt-out is recorded with `method: 'gpc'`: a signal,
 * never consent (rules 22); a withdrawal with the method of what is left.
 */
export function toRecord(state: ConsentState, facts: Pick<ConsentRecord, 'id' | 'at' | 'tenant' | 'host' | 'mode'>): ConsentRecord {
  return {
    ...facts,
    revision: state.revision,
    categories: state.categories,
    gpc: state.gpc,
    method: state.method,
  };
}
