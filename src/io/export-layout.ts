// Making room for the export frame (a title band on top, a source/date band below) on a
// canvas of the live chart's own size: the chart is laid out in the area between the bands.
// Every vertically positioned component moves down by the top band and clear of the bottom
// band, and percentages are resolved against the height of that inner area (on the full
// canvas they would reach into the bands).
import { isPlainObject, type OptionRecord } from './clone-option';

export interface FrameBands {
  /** Height of the title band added above the chart, px. */
  top: number;
  /** Height of the source/date band added below the chart, px. */
  bottom: number;
}

interface BoxDefaults {
  top?: number;
  bottom?: number;
  /** A grid spans from top to bottom; a legend sits at one edge and ignores the other default. */
  stretches?: boolean;
}

/** Components positioned with top/bottom/height, and ECharts 6's defaults where they matter. */
const BOXED_COMPONENTS: Readonly<Record<string, BoxDefaults>> = {
  grid: { top: 65, bottom: 80, stretches: true },
  legend: { bottom: 15 },
  visualMap: {},
  dataZoom: {},
  timeline: {},
  calendar: {},
  singleAxis: {},
  parallel: {},
};

/** Components and series placed by a centre point and a radius (pie, gauge, radar, polar). */
const CENTERED_COMPONENTS = ['polar', 'radar', 'geo'] as const;

const PERCENT = /^(-?\d+(?:\.\d+)?)%$/;

/** Resolves a length (px number or 'n%') against `base`; other keywords come back unchanged. */
function toPixels(value: unknown, base: number): unknown {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const m = PERCENT.exec(value.trim());
    if (m) return (Number(m[1]) / 100) * base;
    if (/^-?\d+(\.\d+)?(px)?$/.test(value.trim())) return parseFloat(value);
  }
  return value;
}

function shiftEdge(value: unknown, base: number, band: number): unknown {
  const px = toPixels(value, base);
  if (typeof px === 'number') return px + band;
  // Keywords: 'top' means the top edge of the chart area, now below the band.
  if (px === 'top' || px === 'bottom') return band;
  return px;
}

function shiftBox(box: OptionRecord, defaults: BoxDefaults, height: number, bands: FrameBands) {
  const hasTop = box.top !== undefined;
  const hasBottom = box.bottom !== undefined;
  const fillDefaults = defaults.stretches ? box.height === undefined : !hasTop && !hasBottom;
  if (hasTop) box.top = shiftEdge(box.top, height, bands.top);
  else if (fillDefaults && defaults.top !== undefined) box.top = defaults.top + bands.top;
  if (hasBottom) box.bottom = shiftEdge(box.bottom, height, bands.bottom);
  else if (fillDefaults && defaults.bottom !== undefined) box.bottom = defaults.bottom + bands.bottom;
  if (box.height !== undefined) box.height = toPixels(box.height, height);
}

/** `size` is the inner area between the bands. */
function shiftCenter(item: OptionRecord, size: { width: number; height: number }, bands: FrameBands) {
  // ECharts resolves a percentage radius against half the smaller side of the canvas.
  const radiusBase = Math.min(size.width, size.height) / 2;
  const center = Array.isArray(item.center) ? item.center : ['50%', '50%'];
  const [x, y] = center as unknown[];
  item.center = [toPixels(x, size.width), shiftEdge(y, size.height, bands.top)];
  if (Array.isArray(item.radius)) item.radius = item.radius.map((r: unknown) => toPixels(r, radiusBase));
  else if (item.radius !== undefined) item.radius = toPixels(item.radius, radiusBase);
  else {
    const fallback = DEFAULT_RADIUS[String(item.type)];
    if (typeof fallback === 'number') item.radius = fallback * radiusBase;
    else if (fallback !== undefined) item.radius = fallback.map((r) => r * radiusBase);
  }
}

/** ECharts 6 defaults, as fractions of half the smaller side (PieSeries, GaugeSeries, SunburstSeries). */
const DEFAULT_RADIUS: Readonly<Record<string, number | readonly number[]>> = {
  pie: [0, 0.5],
  gauge: 0.75,
  sunburst: [0, 0.75],
};

function eachEntry(value: unknown, visit: (entry: OptionRecord) => void): void {
  for (const entry of Array.isArray(value) ? value : [value]) if (isPlainObject(entry)) visit(entry);
}

/**
 * Fits every vertically placed component of `option` (mutated: pass a clone) between the
 * bands of a canvas of `canvas` size.
 */
export function shiftLayoutForFrame(
  option: OptionRecord,
  canvas: { width: number; height: number },
  bands: FrameBands,
): void {
  const size = { width: canvas.width, height: Math.max(1, canvas.height - bands.top - bands.bottom) };
  for (const [name, defaults] of Object.entries(BOXED_COMPONENTS)) {
    eachEntry(option[name], (box) => shiftBox(box, defaults, size.height, bands));
  }
  for (const name of CENTERED_COMPONENTS) eachEntry(option[name], (item) => shiftCenter(item, size, bands));
  eachEntry(option.series, (series) => {
    if (['pie', 'gauge', 'sunburst'].includes(String(series.type))) shiftCenter(series, size, bands);
    else if (['funnel', 'treemap', 'sankey'].includes(String(series.type)))
      shiftBox(series, {}, size.height, bands);
  });
}
