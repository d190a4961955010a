import type { ConsentRecord } from '../types';

/**
 * Posts a consent record as JSON, with `navigator.sendBeacon` first because it survives the
 * page unloading right after a choice, and `fetch` with `keepalive` where beacons are refused.
 * Resolves `false` when it is known not to have arrived, so that it can be sent again.
 */
export async function sendRecord(endpoint: string, record: ConsentRecord, nav: Navigator = navigator): Promise<boolean> {
  const body = JSON.stringify(record);
  try {
    if (nav.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }))) return true;
  } catch {
    // Some browsers throw on cross-origin beacons with a JSON type; fetch follows.
  }
  try {
    return (await fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } })).ok;
  } catch {
    return false;
  }
}
