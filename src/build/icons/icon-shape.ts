// The app icon as geometry: a report sheet with a rising bar chart on the theme colour.
// Coordinates are in a unit square so every size is drawn from the same shapes; the
// maskable variant keeps the glyph inside the central safe circle (radius 0.4) that
// Android's masks never crop.
export const THEME_COLOR = '#1d4e89';
export const BACKGROUND_COLOR = '#ffffff';

type Rgba = readonly [number, number, number, number];
const THEME: Rgba = [0x1d, 0x4e, 0x89, 255];
const SHEET: Rgba = [255, 255, 255, 255];
const BAR: Rgba = [0xd9, 0x48, 0x3b, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number;
}

function inRoundedRect(x: number, y: number, { x0, y0, x1, y1, r }: Rect): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Glyph shapes in the unit square, scaled about the centre by `scale`. */
function glyph(scale: number): { sheet: Rect; bars: Rect[] } {
  const s = (v: number) => 0.5 + (v - 0.5) * scale;
  const rect = (x0: number, y0: number, x1: number, y1: number, r: number): Rect => ({
    x0: s(x0),
    y0: s(y0),
    x1: s(x1),
    y1: s(y1),
    r: r * scale,
  });
  return {
    sheet: rect(0.24, 0.18, 0.76, 0.82, 0.04),
    bars: [
      rect(0.33, 0.56, 0.42, 0.72, 0.01),
      rect(0.455, 0.44, 0.545, 0.72, 0.01),
      rect(0.58, 0.3, 0.67, 0.72, 0.01),
    ],
  };
}

/** Colour at a point of the unit square. */
export function iconColorAt(x: number, y: number, maskable: boolean): Rgba {
  const background: Rect = maskable
    ? { x0: 0, y0: 0, x1: 1, y1: 1, r: 0 }
    : { x0: 0, y0: 0, x1: 1, y1: 1, r: 0.18 };
  if (!inRoundedRect(x, y, background)) return TRANSPARENT;
  // 0.8 keeps the sheet's corners (at about 0.39 from the centre) inside the safe circle.
  const { sheet, bars } = glyph(maskable ? 0.8 : 1);
  if (bars.some((b) => inRoundedRect(x, y, b))) return BAR;
  if (inRoundedRect(x, y, sheet)) return SHEET;
  return THEME;
}

const SUPERSAMPLE = 4;

/** RGBA pixels of the icon at `size`, antialiased by SUPERSAMPLE² samples per pixel. */
export function rasterizeIcon(size: number, maskable: boolean): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = iconColorAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            maskable,
          );
          // Premultiplied accumulation so transparent samples do not darken the edges.
          for (let k = 0; k < 3; k++) acc[k]! += c[k]! * c[3];
          acc[3]! += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const alpha = acc[3]!;
      for (let k = 0; k < 3; k++) out[o + k] = alpha === 0 ? 0 : Math.round(acc[k]! / alpha);
      out[o + 3] = Math.round(alpha / n);
    }
  }
  return out;
}
