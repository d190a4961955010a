import { GppModel, HeaderV1, UsNat } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { encodeGppString, encodeUsNat } from './encode-gpp-string';
import { toUsNatFields } from './to-usnat-fields';
import { USNAT_SECTION_ID, type UsNatFields } from './usnat-fields';

const gppOf = (fields: UsNatFields) => encodeGppString([{ id: USNAT_SECTION_ID, value: encodeUsNat(fields) }]);

/** What the reference decoder's `getSection('usnat')` should return for `fields`. */
function decodedView({ GpcSegmentIncluded, Gpc, ...core }: UsNatFields) {
  return { Version: UsNat.VERSION, ...core, GpcSegmentType: 1, Gpc: GpcSegmentIncluded && Gpc };
}

/** Decodes `gpp` with `@iabgpp/cmpapi` and checks the header and every usnat field against `fields`. */
function expectDecodesTo(gpp: string, fields: UsNatFields) {
  const model = new GppModel(gpp);
  expect(new HeaderV1(gpp.split('~')[0]).getFieldValue('SectionIds')).toEqual([USNAT_SECTION_ID]);
  expect(model.getSectionIds()).toEqual([USNAT_SECTION_ID]);
  expect(model.getSection('usnat')).toEqual(decodedView(fields));
  expect(model.getFieldValue('usnat', 'GpcSegmentIncluded')).toBe(fields.GpcSegmentIncluded);
}

/** The reference encoder's GPP string for `fields`. */
function referenceGpp(fields: UsNatFields): string {
  const model = new GppModel();
  for (const [name, value] of Object.entries(fields)) model.setFieldValue('usnat', name, value);
  return model.encode();
}

/** Mulberry32, a small seeded PRNG, so a failing random case can be replayed from its seed. */
function random(seed: number) {
  return (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
}

function randomFields(next: (n: number) => number): UsNatFields {
  const int2 = () => next(3) as 0 | 1 | 2;
  const list = <N extends number>(length: N) => Array.from({ length }, int2) as never;
  return {
    SharingNotice: int2(),
    SaleOptOutNotice: int2(),
    SharingOptOutNotice: int2(),
    TargetedAdvertisingOptOutNotice: int2(),
    SensitiveDataProcessingOptOutNotice: int2(),
    SensitiveDataLimitUseNotice: int2(),
    SaleOptOut: int2(),
    SharingOptOut: int2(),
    TargetedAdvertisingOptOut: int2(),
    SensitiveDataProcessing: list(16),
    KnownChildSensitiveDataConsents: list(3),
    PersonalDataConsents: int2(),
    MspaCoveredTransaction: next(2) ? 1 : 2,
    MspaOptOutOptionMode: int2(),
    MspaServiceProviderMode: int2(),
    GpcSegmentIncluded: next(2) === 1,
    Gpc: next(2) === 1,
  };
}

const HAND_PICKED: Array<[string, UsNatFields]> = [
  ['every value 0 and no GPC subsection', { ...toUsNatFields({ saleOptOut: false, gpc: false }), SharingNotice: 0, SaleOptOutNotice: 0, SharingOptOutNotice: 0, TargetedAdvertisingOptOutNotice: 0, SaleOptOut: 0, SharingOptOut: 0, TargetedAdvertisingOptOut: 0, MspaCoveredTransaction: 2, GpcSegmentIncluded: false, Gpc: false }],
  ['every value 2', { SharingNotice: 2, SaleOptOutNotice: 2, SharingOptOutNotice: 2, TargetedAdvertisingOptOutNotice: 2, SensitiveDataProcessingOptOutNotice: 2, SensitiveDataLimitUseNotice: 2, SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2, SensitiveDataProcessing: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], KnownChildSensitiveDataConsents: [2, 2, 2], PersonalDataConsents: 2, MspaCoveredTransaction: 2, MspaOptOutOptionMode: 2, MspaServiceProviderMode: 2, GpcSegmentIncluded: true, Gpc: true }],
  ['distinct sensitive-data values in every slot', { ...toUsNatFields({ saleOptOut: true, gpc: true }), SensitiveDataProcessingOptOutNotice: 1, SensitiveDataLimitUseNotice: 2, SensitiveDataProcessing: [1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1], KnownChildSensitiveDataConsents: [2, 0, 1], PersonalDataConsents: 1 }],
  ['a different value in each notice and opt-out', { ...toUsNatFields({ saleOptOut: true, gpc: false }), SharingNotice: 2, SaleOptOutNotice: 1, SharingOptOutNotice: 2, TargetedAdvertisingOptOutNotice: 0, SensitiveDataProcessingOptOutNotice: 1, SensitiveDataLimitUseNotice: 2, SaleOptOut: 2, SharingOptOut: 1, TargetedAdvertisingOptOut: 0, PersonalDataConsents: 2 }],
  ['Service Provider Mode', { ...toUsNatFields({ saleOptOut: false, gpc: false, mspaCoveredTransaction: 1 }), SaleOptOutNotice: 0, SharingOptOutNotice: 0, TargetedAdvertisingOptOutNotice: 0, SaleOptOut: 0, SharingOptOut: 0, TargetedAdvertisingOptOut: 0, MspaOptOutOptionMode: 2, MspaServiceProviderMode: 1 }],
  ['GPC on but the subsection left out', { ...toUsNatFields({ saleOptOut: true, gpc: true }), GpcSegmentIncluded: false }],
];

describe('encodeUsNat and encodeGppString', () => {
  // The reference decoder reads the opt-outs, notices and Gpc we meant.
  it.each<[boolean, boolean, 1 | 2]>([
    [true, true, 2],
    [true, false, 2],
    [false, true, 2],
    [false, false, 2],
    [true, true, 1],
    [true, false, 1],
    [false, true, 1],
    [false, false, 1],
  ])('decodes with @iabgpp/cmpapi field by field for marketing denied %s, GPC %s, covered transaction %i', (saleOptOut, gpc, mspaCoveredTransaction) => {
    const fields = toUsNatFields({ saleOptOut, gpc, mspaCoveredTransaction });
    const gpp = gppOf(fields);
    expectDecodesTo(gpp, fields);
    expect(gpp).toBe(referenceGpp(fields));
  });

  it.each(HAND_PICKED)('decodes with @iabgpp/cmpapi field by field for %s', (_, fields) => {
    expectDecodesTo(gppOf(fields), fields);
  });

  it.each(HAND_PICKED)('equals the reference encoding of the same fields for %s', (_, fields) => {
    const reference = referenceGpp(fields);
    const decoded = new GppModel(reference);
    const roundTripped = { ...fields, ...decoded.getSection('usnat'), GpcSegmentIncluded: decoded.getFieldValue('usnat', 'GpcSegmentIncluded') };
    expect(gppOf(fields)).toBe(reference);
    expect(gppOf(roundTripped)).toBe(reference);
  });

  it('writes the strings a GPC opt-out produces', () => {
    expect(gppOf(toUsNatFields({ saleOptOut: true, gpc: true }))).toBe('DBABLA~CVQVAAAAAACA.YA');
    expect(gppOf(toUsNatFields({ saleOptOut: false, gpc: false }))).toBe('DBABLA~CVQqAAAAAACA.QA');
  });

  it('fills a short list with 0 (not applicable), as the reference decoder does', () => {
    const fields = toUsNatFields({ saleOptOut: true, gpc: true });
    const short = { ...fields, SensitiveDataProcessing: [1, 2] } as unknown as UsNatFields;
    expect(encodeUsNat(short)).toBe(encodeUsNat({ ...fields, SensitiveDataProcessing: [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }));
  });
});

describe('encodeGppString header', () => {
  // The GPP string spec's examples: TCF EU v2 alone, with US Privacy, and TCF Canada with US Privacy.
  it.each<[number[], string]>([
    [[2], 'DBABMA'],
    [[2, 6], 'DBACNYA'],
    [[5, 6], 'DBABjw'],
  ])('writes the spec example header for sections %j as %s', (ids, header) => {
    expect(encodeGppString(ids.map((id) => ({ id, value: 'x' }))).split('~')[0]).toBe(header);
  });

  it.each<[number[]]>([[[]], [[7]], [[2, 7]], [[6, 7]], [[2, 6, 7, 8]], [[7, 8, 9, 10, 12]], [[2, 7, 20, 21, 22, 23, 24]], [[1, 3, 5, 7, 9, 11]]])(
    'encodes section ids %j as the reference header does',
    (ids) => {
      const reference = new HeaderV1();
      reference.setFieldValue('SectionIds', ids);
      const header = encodeGppString(ids.map((id) => ({ id, value: 'x' }))).split('~')[0];
      expect(header).toBe(reference.encode());
      expect(new HeaderV1(header).getFieldValue('SectionIds')).toEqual(ids);
    },
  );

  it('puts sections in id order, as the header lists them', () => {
    const usnat = encodeUsNat(toUsNatFields({ saleOptOut: true, gpc: true }));
    const gpp = encodeGppString([
      { id: USNAT_SECTION_ID, value: usnat },
      { id: 6, value: '1YYN' },
    ]);
    expect(gpp.split('~').slice(1)).toEqual(['1YYN', usnat]);
    const model = new GppModel(gpp);
    expect(model.getSectionIds()).toEqual([6, USNAT_SECTION_ID]);
    expect(model.getFieldValue('uspv1', 'OptOutSale')).toBe('Y');
    expect(model.getFieldValue('usnat', 'SaleOptOut')).toBe(1);
  });
});

describe('encodeUsNat with random fields', () => {
  const replay = Number(process.env.GPP_SEED);
  const printed = Number.isInteger(replay) && replay > 0 ? replay : Math.floor(Math.random() * 2 ** 31);
  console.log(`encodeUsNat random seed: ${printed} (replay with GPP_SEED=${printed})`);

  it.each([1, 2, 3, 20240801, printed])('agrees with @iabgpp/cmpapi on 300 random field sets from seed %i', (seed) => {
    const next = random(seed);
    for (let i = 0; i < 300; i++) {
      const fields = randomFields(next);
      const gpp = gppOf(fields);
      expect(gpp, JSON.stringify(fields)).toBe(referenceGpp(fields));
      const model = new GppModel(gpp);
      expect(model.getSection('usnat'), JSON.stringify(fields)).toEqual(decodedView(fields));
      expect(model.getFieldValue('usnat', 'GpcSegmentIncluded')).toBe(fields.GpcSegmentIncluded);
    }
  });
});
