import { USNAT_CORE_SEGMENT_FIELD_NAMES, UsNat } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { USNAT_CORE_LAYOUT, USNAT_SECTION_ID, USNAT_VERSION } from './usnat-fields';

describe('usnat fields', () => {
  it('uses the section id and version of the reference library', () => {
    expect(USNAT_SECTION_ID).toBe(UsNat.ID);
    expect(USNAT_VERSION).toBe(UsNat.VERSION);
  });

  it('lists the core fields in the reference order, after Version', () => {
    expect(USNAT_CORE_LAYOUT.map(([name]) => name)).toEqual(USNAT_CORE_SEGMENT_FIELD_NAMES.slice(1));
  });

  it.each(USNAT_CORE_LAYOUT.filter(([, count]) => count > 1))('gives %s the reference length %i', (name, count) => {
    expect(new UsNat().getFieldValue(name)).toHaveLength(count);
  });

  it('adds up to the 70-bit core segment of version 2', () => {
    expect(6 + 2 * USNAT_CORE_LAYOUT.reduce((sum, [, count]) => sum + count, 0)).toBe(70);
  });
});
