import { describe, expect, it } from 'vitest';
import type { Decision } from './decision';
import { encodeDecision, toChoices } from './decision-codec';
import { pickDecision } from './pick-decision';

const NOW = Date.UTC(2026, 0, 10);
const HOUR = 3_600_000;

const value = (at: number, method: Decision['method'] = 'accept-all') =>
  encodeDecision({ id: 'rec000000001', at, revision: '1', method, choices: toChoices(method === 'accept-all' ? ['analytics'] : []), gpcOptOut: [], gpcOverride: false });

describe('pickDecision', () => {
  it('reads nothing stored as no decision', () => {
    expect(pickDecision([], NOW)).toEqual({ decision: null, rejected: 0 });
  });

  it('takes the newest of two same-name values, whichever order the browser lists them in', () => {
    const older = value(NOW - 48 * HOUR, 'accept-all');
    const newer = value(NOW - HOUR, 'reject-all');
    expect(pickDecision([older, newer], NOW).decision?.method).toBe('reject-all');
    expect(pickDecision([newer, older], NOW).decision?.method).toBe('reject-all');
  });

  it('counts a malformed duplicate and keeps the valid one', () => {
    expect(pickDecision(['1|forged', value(NOW - HOUR)], NOW)).toMatchObject({ decision: { method: 'accept-all' }, rejected: 1 });
  });

  it('rejects a value dated more than a day ahead of this clock, and takes one a little ahead', () => {
    expect(pickDecision([value(NOW + 25 * HOUR)], NOW)).toEqual({ decision: null, rejected: 1 });
    expect(pickDecision([value(NOW + HOUR)], NOW).decision?.at).toBe(NOW + HOUR);
  });
});
