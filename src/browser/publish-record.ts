import type { Reporter } from '../policy/reporter';
import type { ConsentRecord } from '../types';
import type { RecordOutbox } from './create-record-outbox';

/** Sends a consent record to `recordEndpoint` and `onRecord`; a failing callback is reported, not thrown. */
export function publishRecord(
  record: ConsentRecord,
  to: { outbox?: RecordOutbox; onRecord?: (record: ConsentRecord) => void; report: Reporter },
): void {
  to.outbox?.send(record);
  try {
    to.onRecord?.(record);
  } catch (error) {
    to.report.error('onRecord', `threw ${error}`);
  }
}
