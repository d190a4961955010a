import { describe, expect, it } from 'vitest';
import { toUsNatFields } from './to-usnat-fields';

describe('toUsNatFields', () => {
  // The three opt-outs follow the marketing denial, Gpc follows the signal (docs/signals.md).
  it.each<[boolean, boolean, 1 | 2, 1 | 2, 0 | 1, 0 | 2]>([
    [true, true, 2, 1, 0, 0],
    [true, false, 2, 1, 0, 0],
    [false, true, 2, 2, 0, 0],
    [false, false, 2, 2, 0, 0],
    [true, true, 1, 1, 1, 2],
    [true, false, 1, 1, 1, 2],
    [false, true, 1, 2, 1, 2],
    [false, false, 1, 2, 1, 2],
  ])('maps sale opt-out %s, GPC %s, covered transaction %i to opt-outs %i and MSPA modes %i/%i', (saleOptOut, gpc, covered, optOut, optOutMode, serviceProviderMode) => {
    const fields = toUsNatFields({ saleOptOut, gpc, mspaCoveredTransaction: covered });
    expect([fields.SaleOptOut, fields.SharingOptOut, fields.TargetedAdvertisingOptOut]).toEqual([optOut, optOut, optOut]);
    expect([fields.MspaCoveredTransaction, fields.MspaOptOutOptionMode, fields.MspaServiceProviderMode]).toEqual([covered, optOutMode, serviceProviderMode]);
    expect([fields.GpcSegmentIncluded, fields.Gpc]).toEqual([true, gpc]);
  });

  it('declares no covered transaction by default', () => {
    expect(toUsNatFields({ saleOptOut: false, gpc: false })).toMatchObject({
      MspaCoveredTransaction: 2,
      MspaOptOutOptionMode: 0,
      MspaServiceProviderMode: 0,
    });
  });

  it.each([true, false])('gives notice of sale, sharing and targeted advertising and nothing else (opted out: %s)', (saleOptOut) => {
    expect(toUsNatFields({ saleOptOut, gpc: saleOptOut })).toMatchObject({
      SharingNotice: 1,
      SaleOptOutNotice: 1,
      SharingOptOutNotice: 1,
      TargetedAdvertisingOptOutNotice: 1,
      SensitiveDataProcessingOptOutNotice: 0,
      SensitiveDataLimitUseNotice: 0,
      SensitiveDataProcessing: Array(16).fill(0),
      KnownChildSensitiveDataConsents: [0, 0, 0],
      PersonalDataConsents: 0,
    });
  });

  it('returns a fresh object each call', () => {
    const a = toUsNatFields({ saleOptOut: true, gpc: true });
    a.SensitiveDataProcessing[0] = 2;
    expect(toUsNatFields({ saleOptOut: true, gpc: true }).SensitiveDataProcessing[0]).toBe(0);
  });
});
