import { CompressedBase64UrlEncoder } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { toBase64Url, toBits } from './bits';

describe('toBits', () => {
  it.each([
    [0, 2, '00'],
    [1, 2, '01'],
    [2, 2, '10'],
    [3, 6, '000011'],
    [5, 6, '000101'],
    [1, 12, '000000000001'],
    [4095, 12, '111111111111'],
  ])('writes %i in %i bits as %s', (value, width, bits) => {
    expect(toBits(value, width)).toBe(bits);
  });
});

describe('toBase64Url', () => {
  // The three header examples of the GPP string spec, as the bits its field lists give.
  it.each([
    ['000011' + '000001' + '000000000001' + '0' + '011', 'DBABMA'],
    ['000011' + '000001' + '000000000010' + '0' + '011' + '0' + '1011', 'DBACNYA'],
    ['000011' + '000001' + '000000000001' + '1' + '00011' + '11', 'DBABjw'],
  ])('encodes the spec example %s as %s', (bits, encoded) => {
    expect(toBase64Url(bits)).toBe(encoded);
  });

  it.each([
    ['', ''],
    ['1', 'gA'],
    ['111111', '_A'],
    ['11111111', '_w'],
    ['111110111111', '-_A'],
  ])('pads %j to a whole byte, then to whole characters: %s', (bits, encoded) => {
    expect(toBase64Url(bits)).toBe(encoded);
  });

  it('matches the reference encoder for every length up to 96 bits', () => {
    for (let length = 0; length <= 96; length++) {
      const bits = Array.from({ length }, (_, i) => ((i * 7 + length) % 3 === 0 ? '1' : '0')).join('');
      expect(toBase64Url(bits), bits).toBe(CompressedBase64UrlEncoder.getInstance().encode(bits));
    }
  });
});
