import type { UsNatFields } from './usnat-fields';

/** What the usnat section says about a Consentry state. */
export interface UsNatOptions {
  /**
   * The limited-marketing category is denied, by GPC or by the person: an opt-out of sale,
   * sharing and targeted advertising (docs/gpc-and-dnt.md).
   */
  saleOptOut: boolean;
  /** The Global Privacy Control signal is on now. */
  gpc: boolean;
  /**
   * The tenant is an MSPA signatory and declares its transactions Covered Transactions (docs/signals.md).
   * @default 2
   */
  mspaCoveredTransaction?: 1 | 2;
}

const NOT_APPLICABLE = 0;

/**
 * Maps Consentry's state to the usnat fields (docs/signals.md; IAB GPP US National section spec).
 *
 * The site's notice (banner, "Do Not Sell or Share My Personal Information" control, privacy
 * policy) covers sale, sharing and targeted advertising, so those notices are `1` and each
 * opt-out is `1` (opted out) or `2` (did not). Consentry asks nothing about sensitive data,
 * children or secondary uses, so those fields are `0` (not applicable).
 *
 * The MSPA modes are `0` unless the transaction is covered. When it is, the site runs in
 * Opt-Out Option Mode and not in Service Provider Mode: the MSPA offers Service Provider Mode to
 * a first party that does not sell, share or target ads at all, and Opt-Out Option Mode to one
 * that does and honors opt-outs, which is what the notices above declare. The two are
 * alternatives, so one is `1` and the other `2`.
 *
 * @example
 * toUsNatFields({ saleOptOut: true, gpc: true }).SaleOptOut; // 1 (opted out)
 */
export function toUsNatFields({ saleOptOut, gpc, mspaCoveredTransaction = 2 }: UsNatOptions): UsNatFields {
  const optOut = saleOptOut ? 1 : 2;
  const covered = mspaCoveredTransaction === 1;
  return {
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SensitiveDataProcessingOptOutNotice: NOT_APPLICABLE,
    SensitiveDataLimitUseNotice: NOT_APPLICABLE,
    SaleOptOut: optOut,
    SharingOptOut: optOut,
    TargetedAdvertisingOptOut: optOut,
    SensitiveDataProcessing: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    KnownChildSensitiveDataConsents: [0, 0, 0],
    PersonalDataConsents: NOT_APPLICABLE,
    MspaCoveredTransaction: covered ? 1 : 2,
    MspaOptOutOptionMode: covered ? 1 : NOT_APPLICABLE,
    MspaServiceProviderMode: covered ? 2 : NOT_APPLICABLE,
    // The GPC subsection is always written (docs/signals.md): a reader then tells "no signal" from "not reported".
    GpcSegmentIncluded: true,
    Gpc: gpc,
  };
}
