// Making room for the export frame (a title band on top, a source/date band below) without
// touching how the chart itself is laid out: the canvas grows by the two bands and every
// vertically positioned component moves down by the top band. Percentages are resolved
// against the chart's original height first, because on the taller canvas they would
// otherwise stretch the plot.
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
 * Moves every vertically placed component of `option` (mutated: pass a clone) down by the
 * top band and keeps it clear of the bottom band, for a canvas of size.height + both bands.
 */
export function shiftLayoutForFrame(
  option: OptionRecord,
  size: { width: number; height: number },
  bands: FrameBands,
): void {
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
