import type { ConsentRecord, ConsentState } from '../types';

/**
 * The proof of a stored decision or of its withdrawal (GDPR Art. 7(1); docs/configuration.md,
 * Consent records), with the id and time of the record it concerns. A GPC opt-out is recorded
 * with `method: 'gpc'`: a signal, never consent; a withdrawal with the method of what is left.
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
