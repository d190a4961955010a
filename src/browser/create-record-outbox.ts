import { isPlainObject } from '../policy/validators';
import type { ConsentRecord } from '../types';
import { sendRecord } from './send-record';

/** Where records go, and where those that did not arrive wait. */
export interface RecordOutboxOptions {
  /** `recordEndpoint`. */
  endpoint: string;
  /** The `localStorage` key of the records waiting to be sent again. */
  key: string;
  local: () => Storage | null;
  nav: Navigator;
}

/** Sends consent records, keeping those that did not arrive for the next page load. */
export interface RecordOutbox {
  send(record: ConsentRecord): void;
  /** Sends again what earlier page loads could not. */
  flush(): void;
}

/** Enough for days of choices without the endpoint; older records give way to newer ones. */
const MAX_WAITING = 20;

/**
 * Sends each record to `recordEndpoint` (docs/configuration.md, Consent records). One that is
 * known not to have arrived (the beacon refused, then `fetch` failing or answered with an error)
 * waits in `localStorage` and is sent again on the next page load, so a site can still prove
 * what was chosen (GDPR Art. 7(1)).
 */
export function createRecordOutbox(o: RecordOutboxOptions): RecordOutbox {
  const read = (): ConsentRecord[] => {
    try {
      const waiting: unknown = JSON.parse(o.local()?.getItem(o.key) || '[]');
      return Array.isArray(waiting) ? waiting.filter(isPlainObject) as unknown as ConsentRecord[] : [];
    } catch {
      return [];
    }
  };
  const write = (records: ConsentRecord[]) => {
    try {
      if (records.length) o.local()?.setItem(o.key, JSON.stringify(records.slice(-MAX_WAITING)));
      else o.local()?.removeItem(o.key);
    } catch {
      // No storage (a sandboxed frame, a full quota): the record is lost, as it would be anyway.
    }
  };
  const send = (record: ConsentRecord) =>
    void sendRecord(o.endpoint, record, o.nav).then((arrived) => arrived || write([...read(), record]));
  return {
    send,
    flush() {
      const waiting = read();
      if (!waiting.length) return;
      write([]);
      waiting.forEach(send);
    },
  };
}
