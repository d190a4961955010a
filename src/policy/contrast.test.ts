import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, MIN_CONTRAST, readableOn, type Rgb } from './contrast';

/** A small deterministic generator, so that the sweep below is the same on every run. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

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

  it('picks a text color of at least 4.5:1 on 20,000 colors', () => {
    const next = random(2024);
    for (let i = 0; i < 20_000; i++) {
      const background: Rgb = [Math.floor(next() * 256), Math.floor(next() * 256), Math.floor(next() * 256)];
      const text: Rgb = readableOn(background) === '#000' ? [0, 0, 0] : [255, 255, 255];
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});
