import type { Reporter } from '../policy/reporter';
import type { ConsentRecord } from '../types';
import { sendRecord } from './send-record';

/** Sends a consent record to `recordEndpoint` and `onRecord`; a failing callback is reported, not thrown. */
export function publishRecord(
  record: ConsentRecord,
  to: { recordEndpoint?: string; onRecord?: (record: ConsentRecord) => void; nav: Navigator; report: Reporter },
): void {
  if (to.recordEndpoint) sendRecord(to.recordEndpoint, record, to.nav);
  try {
    to.onRecord?.(record);
  } catch (error) {
    to.report.error('onRecord', `threw ${error}`);
  }
}
