/** A color as sRGB bytes. */
export type Rgb = readonly [number, number, number];

/** Relative luminance (WCAG 2.2, definition of relative luminance). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (byte: number) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colors, 1 to 21 (WCAG 2.2, definition of contrast ratio). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Black or white, whichever reads better on `background`: at least 4.58:1 on any opaque color, so
 * text in it always meets WCAG 2.2 1.4.3 (4.5:1). The two are equal at relative luminance 0.179.
 */
export function readableOn(background: Rgb): '#000' | '#fff' {
  return luminance(background) > 0.179 ? '#000' : '#fff';
}

/** WCAG 2.2 1.4.3: normal text needs 4.5:1 against its background. */
export const MIN_CONTRAST = 4.5;
