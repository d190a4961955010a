/**
 * The US National section (`usnat`) of a GPP string, version 2, as the IAB Privacy "MSPA US
 * National Section Technical Specification" defines it (version 2.0, 2024; the same layout as
 * `UsNatCoreSegment` and `UsNatGpcSegment` in `@iabgpp/cmpapi` 3.2). Version 2 grew
 * SensitiveDataProcessing from 12 to 16 values and KnownChildSensitiveDataConsents from 2 to 3.
 */

/** GPP section id of usnat (GPP "Section Information"). */
export const USNAT_SECTION_ID = 7;

/** The usnat version this encoder writes, in the core segment's first 6 bits. */
export const USNAT_VERSION = 2;

/** A notice field: `0` not applicable (the site does not do it), `1` notice given, `2` not given. */
export type UsNatNotice = 0 | 1 | 2;

/** An opt-out field: `0` not applicable (no notice, so no choice), `1` opted out, `2` did not opt out. */
export type UsNatOptOut = 0 | 1 | 2;

/** A consent field: `0` not applicable (the site does not process it), `1` no consent, `2` consent. */
export type UsNatConsent = 0 | 1 | 2;

/** An MSPA mode: `0` not applicable (not a Covered Transaction), `1` yes, `2` no. */
export type UsNatMspaMode = 0 | 1 | 2;

type Tuple<T, N extends number, Acc extends T[] = []> = Acc['length'] extends N ? Acc : Tuple<T, N, [...Acc, T]>;

/**
 * Every usnat field but Version (which {@link USNAT_VERSION} fixes) and GpcSegmentType (always
 * `1`). Each value is an Int(2), lists are N-Bitfield(2, n), Gpc is one bit.
 */
export interface UsNatFields {
  /** Notice of processing personal data, that is the privacy notice (MSPA §1.81(a)). */
  SharingNotice: UsNatNotice;
  /** Notice of the right to opt out of the sale of personal data. */
  SaleOptOutNotice: UsNatNotice;
  /** Notice of the right to opt out of sharing (CCPA cross-context behavioural advertising). */
  SharingOptOutNotice: UsNatNotice;
  /** Notice of the right to opt out of processing for targeted advertising. */
  TargetedAdvertisingOptOutNotice: UsNatNotice;
  /** Notice of the right to opt out of processing sensitive data (Utah, Iowa). */
  SensitiveDataProcessingOptOutNotice: UsNatNotice;
  /** The "Limit the Use of My Sensitive Personal Information" link (11 CCR 7014). */
  SensitiveDataLimitUseNotice: UsNatNotice;
  /** The person opted out of the sale of personal data; `0` when SaleOptOutNotice was not applicable or not given. */
  SaleOptOut: UsNatOptOut;
  /** The person opted out of sharing; `0` when SharingOptOutNotice was not applicable or not given. */
  SharingOptOut: UsNatOptOut;
  /** The person opted out of targeted advertising; `0` when its notice was not applicable or not given. */
  TargetedAdvertisingOptOut: UsNatOptOut;
  /**
   * Consent per sensitive-data category, in the spec's order: racial or ethnic origin, religious
   * or philosophical beliefs, health, sex life or sexual orientation, citizenship or immigration
   * status, genetic data, biometric data, precise geolocation, government ids, account
   * credentials, union membership, mail and message contents, consumer health data, crime victim
   * status, national origin, transgender or nonbinary status.
   */
  SensitiveDataProcessing: Tuple<UsNatConsent, 16>;
  /** Consent for known children: ages 13 to 16, under 13, 16 to 17. */
  KnownChildSensitiveDataConsents: Tuple<UsNatConsent, 3>;
  /** Consent to advertising uses beyond the secondary-use limits of the disclosed purpose. */
  PersonalDataConsents: UsNatConsent;
  /** The site is an MSPA signatory and this is a Covered Transaction: `1` yes, `2` no (no `0`). */
  MspaCoveredTransaction: 1 | 2;
  /** The site runs the Covered Transaction in MSPA Opt-Out Option Mode. */
  MspaOptOutOptionMode: UsNatMspaMode;
  /** The site runs the Covered Transaction in MSPA Service Provider Mode. */
  MspaServiceProviderMode: UsNatMspaMode;
  /** Whether the GPC subsection (`.` and a second segment) is written at all. */
  GpcSegmentIncluded: boolean;
  /** The Global Privacy Control signal as the site saw it (`Sec-GPC` or `navigator.globalPrivacyControl`). */
  Gpc: boolean;
}

/** The core segment's fields after Version, in the order they are written, with their value counts. */
export const USNAT_CORE_LAYOUT: ReadonlyArray<readonly [keyof UsNatFields, number]> = [
  ['SharingNotice', 1],
  ['SaleOptOutNotice', 1],
  ['SharingOptOutNotice', 1],
  ['TargetedAdvertisingOptOutNotice', 1],
  ['SensitiveDataProcessingOptOutNotice', 1],
  ['SensitiveDataLimitUseNotice', 1],
  ['SaleOptOut', 1],
  ['SharingOptOut', 1],
  ['TargetedAdvertisingOptOut', 1],
  ['SensitiveDataProcessing', 16],
  ['KnownChildSensitiveDataConsents', 3],
  ['PersonalDataConsents', 1],
  ['MspaCoveredTransaction', 1],
  ['MspaOptOutOptionMode', 1],
  ['MspaServiceProviderMode', 1],
];
