import { describe, expect, it } from 'vitest';
import { mulberry32, runSeeds } from '../../e2e/seeded-random';
import { contrastRatio, luminance, MIN_CONTRAST, readableOn, type Rgb } from './contrast';


describe('contrast', () => {
  it.each<[Rgb, Rgb, number]>([
    [[0, 0, 0], [255, 255, 255], 21],
    [[255, 255, 255], [255, 255, 255], 1],
    [[119, 119, 119], [255, 255, 255], 4.48],
    [[0, 0, 255], [255, 255, 255], 8.59],
  ])('rates %j on %j at %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });

  it('gives black and white their luminance', () => {
    expect([luminance([0, 0, 0]), luminance([255, 255, 255])]).toEqual([0, 1]);
  });

  it.each(runSeeds('CONTRAST_UNIT_SEED'))('picks a text color of at least 4.5:1 on 20,000 colors (seed %i)', (seed) => {
    const next = mulberry32(seed);
    for (let i = 0; i < 20_000; i++) {
      const background: Rgb = [Math.floor(next() * 256), Math.floor(next() * 256), Math.floor(next() * 256)];
      const text: Rgb = readableOn(background) === '#000' ? [0, 0, 0] : [255, 255, 255];
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});
