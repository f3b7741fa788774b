// The charts' legends are HTML beside the canvas (ChartLegend.svelte), not ECharts' legend
// component: a first visit compiles and draws less (ECharts' scrolling legend, its layout and
// its text; the measurements are in the README's Performance section), an HTML legend wraps on
// a phone instead of paging, and its entries are buttons a keyboard and a screen reader can
// use. The entries come from the option's own series, so a legend cannot disagree with what
// is drawn.
import type { BarSeriesOption, ChartOption, LineSeriesOption } from './option-types';

export interface LegendEntry {
  /** The series name; series that share it (the trend's dashed companion) share the entry. */
  name: string;
  color: string;
  /** 'bar': a filled swatch; 'line': a line with the series' symbol; 'points': the symbol alone. */
  kind: 'bar' | 'line' | 'points';
  /** The symbol of a line or point series (circle, rect, triangle, diamond). */
  symbol?: string;
  /** A hatched swatch (the 未报告 band). */
  hatched: boolean;
}

type Series = BarSeriesOption | LineSeriesOption;

function seriesOf(option: ChartOption): Series[] {
  return (option.series === undefined ? [] : [option.series].flat()) as Series[];
}

function colorOf(series: Series): string {
  const own = (series as { color?: unknown }).color;
  const item = (series.itemStyle as { color?: unknown } | undefined)?.color;
  const color = typeof own === 'string' ? own : item;
  return typeof color === 'string' ? color : '#888';
}

function entryOf(series: Series & { name: string }): LegendEntry {
  const hatched = Boolean((series.itemStyle as { decal?: unknown } | undefined)?.decal);
  if (series.type === 'bar') return { name: series.name, color: colorOf(series), kind: 'bar', hatched };
  const line = series as LineSeriesOption;
  const symbol = typeof line.symbol === 'string' ? line.symbol : 'circle';
  const lineHidden = line.lineStyle?.opacity === 0;
  return { name: series.name, color: colorOf(series), kind: lineHidden ? 'points' : 'line', symbol, hatched };
}

/** One entry per series name, in series order. */
export function legendEntries(option: ChartOption): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  for (const series of seriesOf(option)) {
    if (typeof series.name !== 'string' || entries.has(series.name)) continue;
    entries.set(series.name, entryOf(series as Series & { name: string }));
  }
  return [...entries.values()];
}

/**
 * `option` without the series the reader switched off. They are left out, not emptied: the
 * value axes and the stacks then fit what is shown, as ECharts' own legend did.
 */
export function withoutSeries(option: ChartOption, hidden: ReadonlySet<string>): ChartOption {
  if (hidden.size === 0 || option.series === undefined) return option;
  const kept = seriesOf(option).filter(
    (series) => typeof series.name !== 'string' || !hidden.has(series.name),
  );
  return { ...option, series: kept };
}

/**
 * The hidden series after their legend was rebuilt in another language: the same data gives
 * the same entries in the same order, only named otherwise, so each hidden entry is found by
 * its place (checked by its look). When the entries do not line up, the names still present
 * stay hidden.
 */
export function renamedHidden(
  hidden: ReadonlySet<string>,
  before: readonly LegendEntry[],
  after: readonly LegendEntry[],
): ReadonlySet<string> {
  if (hidden.size === 0) return hidden;
  const sameLook = (a: LegendEntry, b: LegendEntry) =>
    a.color === b.color && a.kind === b.kind && a.symbol === b.symbol && a.hatched === b.hatched;
  const lineUp = before.length === after.length && before.every((entry, i) => sameLook(entry, after[i]!));
  if (!lineUp) return new Set(after.filter((entry) => hidden.has(entry.name)).map((entry) => entry.name));
  return new Set(after.filter((_, i) => hidden.has(before[i]!.name)).map((entry) => entry.name));
}
