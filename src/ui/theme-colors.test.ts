import { describe, expect, it, vi } from 'vitest';
import { contrastRatio, type Rgb } from '../policy/contrast';
import type { Reporter } from '../policy/reporter';
import type { Theme } from '../types';
import { mulberry32, runSeeds } from '../../e2e/seeded-random';
import { themeColors } from './theme-colors';

// The browser resolves colors through a canvas (ui/parse-color.ts, checked in e2e); here, #rrggbb.
vi.mock('./parse-color', () => ({
  parseColor: (color: string): Rgb => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as unknown as Rgb,
}));

const rgb = (color: string): Rgb => {
  const m = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(color);
  if (m) return [+m[1], +m[2], +m[3]];
  const hex = color.length === 4 ? color.replace(/[0-9a-f]/gi, (c) => c + c) : color;
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
};

function check(theme: Parameters<typeof themeColors>[0]) {
  const warnings: string[] = [];
  const report: Reporter = { error() {}, warn: (path) => warnings.push(path) };
  return { colors: themeColors(theme, report), warnings };
}

describe('themeColors', () => {
  it('leaves a readable pair alone', () => {
    expect(check({ text: '#1c1e24', background: '#ffffff', primary: '#1f4fd1' })).toEqual({ colors: { onPrimary: '#fff' }, warnings: [] });
  });

  it('replaces a text that does not read on the background, and says so', () => {
    const { colors, warnings } = check({ text: '#777777', background: '#888888' });
    expect(colors.text).toBe('#000');
    expect(warnings).toEqual(['theme.text']);
  });

  it.each<[Theme['colorScheme'], string | undefined]>([
    ['light', undefined],
    ['dark', '#000'],
    ['auto', '#000'],
  ])('keeps the %s scheme\'s default text on a light background where it reads, else black: %s', (colorScheme, text) => {
    expect(check({ background: '#f0f0f0', colorScheme }).colors.text).toBe(text);
  });

  it('gives a dark background a light text, without a warning', () => {
    expect(check({ background: '#202020' })).toEqual({ colors: { onPrimary: undefined, text: '#fff' }, warnings: [] });
  });

  it.each([
    ['#ffffff', '#1c1e24'],
    ['#101010', '#ffffff'],
  ])('gives the text %s the default background it reads on: %s', (text, background) => {
    expect(check({ text }).colors.background).toBe(background);
  });

  it.each(runSeeds('THEME_COLORS_SEED'))('keeps every text at 4.5:1 or more for 200 random tenant colors (seed %i)', (seed) => {
    const next = mulberry32(seed);
    const hex = () => `#${Array.from({ length: 3 }, () => Math.floor(next() * 256).toString(16).padStart(2, '0')).join('')}`;
    for (let i = 0; i < 200; i++) {
      const theme = { text: hex(), background: hex(), primary: hex() };
      const { colors } = check(theme);
      const text = rgb(colors.text ?? theme.text);
      const background = rgb(colors.background ?? theme.background);
      expect(contrastRatio(text, background), JSON.stringify(theme)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(rgb(colors.onPrimary!), rgb(theme.primary)), JSON.stringify(theme)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
