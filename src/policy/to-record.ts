import type { ConsentRecord, ConsentState } from '../types';

/**
 * The proof of a stored decision (contract §7; GDPR Art. 7(1)). A GPC opt-out is recorded with
 * `method: 'gpc'`: a signal, never consent (rules 22).
 */
export function toRecord(state: ConsentState, facts: Pick<ConsentRecord, 'tenant' | 'host' | 'mode'>): ConsentRecord {
  return {
    id: state.id ?? '',
    ...facts,
    revision: state.revision,
    categories: state.categories,
    gpc: state.gpc,
    method: state.method,
    at: state.updatedAt ?? 0,
  };
}
