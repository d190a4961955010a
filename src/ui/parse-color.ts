import type { Rgb } from '../policy/contrast';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The sRGB bytes of a CSS color, as the browser paints it over white (a translucent color is seen
 * over the page, which is most often light). A canvas resolves every color syntax, named colors
 * included, without a parser of our own; `null` where there is no canvas.
 */
export function parseColor(color: string): Rgb | null {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
