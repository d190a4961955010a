/** Black or white, whichever reads better on `color`: 4.6:1 or more on any opaque color (WCAG 2.2, 1.4.3). */
export function contrastText(color: string): '#000' | '#fff' {
  // A canvas resolves any CSS color syntax to sRGB bytes without a parser of our own.
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return '#fff';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  // WCAG 2.x contrast with black equals contrast with white at relative luminance 0.179.
  return luminance > 0.179 ? '#000' : '#fff';
}

function linear(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
